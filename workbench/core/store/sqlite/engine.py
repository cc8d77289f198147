"""The SQLite engine: connections, pragmas and file checks.

Connection set-up (WAL, foreign keys, busy timeout), transactions that take the write lock up
front, and the checks that a file is a usable SQLite database. The SQL the domain runs is in the
subject modules beside this one; a store on another database replaces this package.
"""

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, event
from sqlalchemy.dialects.sqlite import Insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.pool import QueuePool

from workbench.core.errors import StoreError
from workbench.core.i18n import translate

SQLITE_MAGIC = b"SQLite format 3\x00"


def insert_or_update(table: Table) -> Insert:
    """An INSERT that takes ON CONFLICT clauses, as SQLite writes them."""
    return sqlite_insert(table)


def check_file(path: Path) -> None:
    """Refuse paths that are not SQLite databases before SQLite gets a chance to write to them."""
    if path.is_dir():
        raise StoreError(
            translate("Store", "{path} is a folder, not a database file.").format(path=path)
        )
    if not path.exists():
        if not path.parent.exists():
            raise StoreError(
                translate("Store", "The folder {path} does not exist.").format(path=path.parent)
            )
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(
            translate("Store", "Cannot read {path}: {problem}").format(
                path=path, problem=exc.strerror
            )
        ) from exc
    if head and head != SQLITE_MAGIC:
        raise StoreError(
            translate("Store", "{path} is not a workbench database (not an SQLite file).").format(
                path=path
            )
        )


def read_schema_revision(path: Path) -> str | None:
    """The Alembic revision recorded in ``path``, read without writing anything to the file or
    beside it. A database of another program (tables, but no revision) is refused here."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    wal, shm = sidecar_files(path)
    # Without -wal and -shm beside it, even a read-only connection would create them; the main
    # file alone then holds everything committed, so it can be read as an unchanging file.
    immutable = "&immutable=1" if not (wal.exists() or shm.exists()) else ""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro{immutable}", uri=True)
    except sqlite3.Error as exc:
        raise explained(exc, path) from exc
    try:
        tables = [
            str(name)
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        if "alembic_version" not in tables:
            if tables:
                raise StoreError(
                    translate(
                        "Store",
                        "{path} holds another program's data (tables: {tables}); the workbench "
                        "leaves it untouched. Choose a new file for a workbench store.",
                    ).format(path=path, tables=", ".join(sorted(tables)[:5]))
                )
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        raise explained(exc, path) from exc
    finally:
        connection.close()


_FAULTS = (
    "malformed",
    "not a database",
    "readonly",
    "read-only",
    "unable to open",
    "locked",
    "busy",
)


def store_fault(problem: BaseException) -> bool:
    """Whether an error is the file's (damaged, read-only, busy) rather than the statement's."""
    text = str(getattr(problem, "orig", None) or problem).lower()
    return any(fault in text for fault in _FAULTS)


def explained(problem: BaseException, path: Path) -> StoreError:
    """A database error as one line a manager can act on: what is wrong, that nothing was
    written, and what to do. Errors with no such advice keep SQLite's own words."""
    text = str(getattr(problem, "orig", None) or problem)
    lowered = text.lower()
    if "malformed" in lowered or "not a database" in lowered:
        message = translate(
            "Store",
            "{path} is damaged ({problem}); nothing was written. Restore a backup, or rescue "
            "what is readable with: sqlite3 {name} .recover",
        )
    elif "readonly" in lowered or "read-only" in lowered:
        message = translate(
            "Store",
            "{path} cannot be written ({problem}); nothing was written. Check that the file and "
            "its folder may be written by you.",
        )
    elif "unable to open" in lowered:
        message = translate(
            "Store",
            "{path} cannot be opened ({problem}); nothing was written. SQLite needs to write "
            "beside the file: check the folder's permissions.",
        )
    elif "locked" in lowered or "busy" in lowered:
        message = translate(
            "Store",
            "{path} is busy: another program (an import, or another window) is writing to it; "
            "nothing was written. Try again when it has finished.",
        )
    else:
        message = translate("Store", "Cannot use {path}: {problem}")
    return StoreError(message.format(path=path, name=path.name, problem=text.splitlines()[0]))


def create_private(path: Path) -> None:
    """A new, empty database file that only its owner can read: a store holds a community's
    moderation records (SQLite gives its -wal and -shm the same permissions)."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def checkpoint(path: Path) -> bool:
    """Fold the write-ahead log into the main file, so that the file alone holds everything.
    False if another connection's read kept part of the log (it stays until that one ends)."""
    connection = sqlite3.connect(path)
    try:
        busy, logged, folded = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    return bool(busy == 0 and logged == folded)


def sidecar_files(path: Path) -> tuple[Path, Path]:
    """SQLite's -wal and -shm files beside a database in WAL mode."""
    return Path(f"{path}-wal"), Path(f"{path}-shm")


DEFAULT_WAIT_SECONDS = 5.0
"""How long a connection waits for another writer before it gives up."""


def set_wait(connection: Any, seconds: float) -> None:
    """How long this connection waits for another writer. Set on the driver's connection, so
    that SQLAlchemy does not open a transaction for it."""
    connection.connection.driver_connection.execute(f"PRAGMA busy_timeout={int(seconds * 1000)}")


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy see transactions as we write them: sqlite3's own implicit BEGIN handling
    # is switched off and SQLAlchemy emits BEGIN itself (see _on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(DEFAULT_WAIT_SECONDS * 1000)}")
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.execute("PRAGMA cache_size=-65536")
    finally:
        cursor.close()


WRITE_OPTION = "workbench_write"
"""Execution option that marks a connection's transaction as a write transaction."""


def _on_begin(connection: Any) -> None:
    # A write transaction takes the write lock up front (BEGIN IMMEDIATE), so two writers wait
    # for each other instead of one failing half way with "database is locked". Readers use a
    # deferred BEGIN and, thanks to WAL, never wait for a writer.
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on ``path`` with the store's pragmas set on every connection."""
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        poolclass=QueuePool,
        pool_size=4,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
