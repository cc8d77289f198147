"""The offline outbox of a team store: writes a manager made while its server did not answer,
kept on the laptop in a small SQLite file of their own until they land.

One file per team store (its URL, without the password, names it), in the configuration folder
beside the settings: a restart of the window loses nothing that waits. Each write is kept with
the id and time it was made, which ``eventlog.replaying`` turns into its events' ids: landing
it twice is seen, and never records it twice. A write the server refused when it landed (a
teammate decided the item meanwhile) stays in the file with the refusal's message.
"""

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import orjson
from sqlalchemy.exc import (
    DBAPIError,
    DisconnectionError,
    InterfaceError,
    OperationalError,
    TimeoutError,
)

from workbench.core import paths
from workbench.core.errors import StoreError

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS writes ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " id TEXT NOT NULL UNIQUE,"
    " operation TEXT NOT NULL,"
    " arguments TEXT NOT NULL,"
    " author_id TEXT NOT NULL,"
    " author_name TEXT NOT NULL,"
    " made_at INTEGER NOT NULL,"
    " refused TEXT)"
)


@dataclass(frozen=True, slots=True)
class Kept:
    """A write as the outbox keeps it: what to do (an operation's name and its arguments),
    by whom, when, under which id."""

    id: str
    operation: str
    arguments: dict[str, object]
    author_id: str
    author_name: str
    made_at: int
    refused: str | None = None
    """Why the store refused it when it landed, if it did."""


def path_for(url: str) -> Path:
    """The outbox file of the team store at ``url`` (as shown, without a password)."""
    digest = hashlib.sha256(url.encode()).hexdigest()[:16]
    return paths.config_dir() / "outbox" / f"{digest}.db"


class OutboxFile:
    """The file, opened for each step: the window's thread keeps writes, another lands them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        paths.private_folder(path.parent)
        with self._connected() as db:
            db.execute(_SCHEMA)

    @contextmanager
    def _connected(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=30)) as db, db:
            yield db

    def keep(self, kept: Kept) -> None:
        """Add a write at the end; one kept already (by its id) stays where it is."""
        with self._connected() as db:
            db.execute(
                "INSERT OR IGNORE INTO writes (id, operation, arguments, author_id, author_name,"
                " made_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    kept.id,
                    kept.operation,
                    orjson.dumps(kept.arguments).decode(),
                    kept.author_id,
                    kept.author_name,
                    kept.made_at,
                ),
            )

    def _rows(self, where: str) -> list[Kept]:
        with self._connected() as db:
            rows = db.execute(
                "SELECT id, operation, arguments, author_id, author_name, made_at, refused "
                f"FROM writes WHERE {where} ORDER BY seq"
            ).fetchall()
        return [Kept(r[0], r[1], orjson.loads(r[2]), r[3], r[4], r[5], r[6]) for r in rows]

    def waiting(self) -> list[Kept]:
        """The writes still to land, in the order they were made."""
        return self._rows("refused IS NULL")

    def refusals(self) -> list[Kept]:
        """The writes the store refused when they landed, with its message."""
        return self._rows("refused IS NOT NULL")

    def count(self) -> int:
        with self._connected() as db:
            return int(
                db.execute("SELECT count(*) FROM writes WHERE refused IS NULL").fetchone()[0]
            )

    def landed(self, write_id: str) -> None:
        with self._connected() as db:
            db.execute("DELETE FROM writes WHERE id = ?", (write_id,))

    def refuse(self, write_id: str, message: str) -> None:
        with self._connected() as db:
            db.execute("UPDATE writes SET refused = ? WHERE id = ?", (message, write_id))


def unreachable(problem: BaseException) -> bool:
    """Whether ``problem`` is the server's or the connection's (down, restarting, out of
    reach, busy), so that a write waits and tries again, rather than the write's own. The
    store wraps such errors in a StoreError that explains them: its cause tells."""
    while isinstance(problem, StoreError) and problem.__cause__ is not None:
        problem = problem.__cause__
    if isinstance(problem, DBAPIError) and problem.connection_invalidated:
        return True
    return isinstance(
        problem, OperationalError | InterfaceError | DisconnectionError | TimeoutError
    )
