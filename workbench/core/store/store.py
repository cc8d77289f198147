"""The store: one database, opened, migrated and handed out as connections.

A laptop store is an SQLite file (``open_store(path)``); a team store is a PostgreSQL database
(``open_store("postgresql://user@host/db")``). Both run the same revisions and the same domain;
what differs (pragmas and file checks, the server's pool and writers' lock) is in
``store.sqlite`` and ``store.postgres``.
"""

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError

from workbench.core.errors import StoreError
from workbench.core.i18n import translate
from workbench.core.store import migrate, postgres, sqlite
from workbench.core.store.schema import TABLES, table

if TYPE_CHECKING:
    from types import ModuleType


@dataclass(frozen=True, slots=True)
class StoreInfo:
    path: Path | str
    """The file, or a team store's URL (never with its password)."""
    revision: str | None
    head: str
    counts: dict[str, int]


class Store:
    """An open workbench database. Create one with :func:`open_store`."""

    def __init__(self, location: Path | str, engine: Engine) -> None:
        self.location = location
        """The file, or a team store's URL as it may be shown (no password)."""
        self.engine = engine
        self.dialect = engine.dialect.name
        """SQLAlchemy's name of the database: 'sqlite' or 'postgresql'."""
        self.session = uuid.uuid4().hex
        """Signs what this store's writes tell the other windows on a team store, so that the
        window that wrote knows its own (see ``store.postgres.notify``)."""

    @property
    def path(self) -> Path:
        """The laptop store's file; a team store has none (backups and locks are files')."""
        if not isinstance(self.location, Path):
            raise StoreError(
                translate("Store", "{location} is a team store on a server, not a file.").format(
                    location=self.location
                )
            )
        return self.location

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection in a read transaction: a consistent snapshot, never blocking writers."""
        with self._explained(), self.engine.connect() as connection, connection.begin():
            yield connection

    @contextmanager
    def _explained(self) -> Iterator[None]:
        """A damaged, read-only or busy file comes out as one line that says what to do."""
        try:
            yield
        except DatabaseError as exc:
            if self.dialect != "sqlite":
                if _postgres().store_fault(exc):
                    raise _postgres().explained(exc, str(self.location)) from exc
                raise
            if sqlite.store_fault(exc):
                raise sqlite.explained(exc, self.path) from exc
            raise

    @contextmanager
    def write(self, *, wait_seconds: float | None = None) -> Iterator[Connection]:
        """A connection in one write transaction: it commits entirely at the end, or not at all.

        Another writer (an import) holds the store for as long as it runs; ``wait_seconds``
        says how long to wait for it (default: a few seconds, then an error).
        """
        if self.dialect != "sqlite":
            wait = {} if wait_seconds is None else {_postgres().WAIT_OPTION: wait_seconds}
            with self._explained(), self.engine.connect() as connection:
                connection = connection.execution_options(
                    **{_postgres().WRITE_OPTION: True}, **wait
                )
                with connection.begin(), _notify().announcing(connection, self.session):
                    yield connection
            return
        with self._explained(), self.engine.connect() as connection:
            connection = connection.execution_options(**{sqlite.WRITE_OPTION: True})
            if wait_seconds is not None:
                sqlite.set_wait(connection, wait_seconds)
            try:
                with connection.begin():
                    yield connection
            finally:
                if wait_seconds is not None:
                    sqlite.set_wait(connection, sqlite.DEFAULT_WAIT_SECONDS)

    def revision(self) -> str | None:
        with self.read() as connection:
            return migrate.current_revision(connection)

    def counts(self) -> dict[str, int]:
        """Rows per domain table."""
        with self.read() as connection:
            return {
                str(table(model).name): int(
                    connection.execute(
                        text(f'SELECT count(*) FROM "{table(model).name}"')
                    ).scalar_one()
                )
                for model in TABLES
            }

    def info(self) -> StoreInfo:
        return StoreInfo(
            path=self.location,
            revision=self.revision(),
            head=migrate.head_revision(),
            counts=self.counts(),
        )

    def checkpoint(self) -> bool:
        """Fold the write-ahead log into the file (after an erasure: no old copy may linger).
        False while another window or program reads the store: the log keeps old pages until
        it closes, and whoever erased must be told so. A team store vacuums the tables an
        erasure rewrites instead (see ``store.postgres.engine.vacuum``)."""
        if self.dialect != "sqlite":
            return bool(_postgres().vacuum(self.engine))
        return sqlite.checkpoint(self.path)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _notify() -> "ModuleType":
    """What a team store's writes tell the other windows, imported with its first write."""
    from workbench.core.store.postgres import notify

    return notify


def _postgres() -> "ModuleType":
    """The PostgreSQL engine's module, imported when a team store is first used."""
    from workbench.core.store.postgres import engine

    return engine


def open_store(
    path: Path | str,
    *,
    create: bool = True,
    upgrade: bool = True,
    password: str | None = None,
) -> Store:
    """Open the database at ``path``, creating it and migrating it to the current schema.

    ``path`` is a file, or a PostgreSQL URL (``postgresql://user@host/db``) with the
    ``password`` given apart (from the keyring: it is never part of a URL that is shown).

    A database written by a newer version, or another program's database, is refused before
    anything is written to it or beside it. With ``create=False`` (read commands) a missing or
    empty file is refused instead of becoming a new store. Opening takes the write lock only to
    migrate: a store that an import is writing to opens at once, on its last committed state.
    """
    if postgres.is_url(path):
        return _open_postgres(str(path), create=create, upgrade=upgrade, password=password)
    path = Path(path).expanduser().resolve()
    sqlite.check_file(path)
    if not create and (not path.exists() or path.stat().st_size == 0):
        raise StoreError(translate("Store", "There is no database at {path}.").format(path=path))
    migrate.check_not_newer(sqlite.read_schema_revision(path), path)
    sqlite.create_private(path)
    engine = sqlite.create_sqlite_engine(path)
    try:
        with engine.connect() as connection, connection.begin():
            current = migrate.current_revision(connection)
        # The file alone may lag behind its write-ahead log: check what the store really holds.
        migrate.check_not_newer(current, path)
        if upgrade and current != migrate.head_revision():
            with engine.connect() as connection:
                connection = connection.execution_options(**{sqlite.WRITE_OPTION: True})
                with connection.begin():
                    if migrate.current_revision(connection) != migrate.head_revision():
                        migrate.upgrade(connection)
    except DatabaseError as exc:
        engine.dispose()
        raise sqlite.explained(exc, path) from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(path, engine)


def _open_postgres(location: str, *, create: bool, upgrade: bool, password: str | None) -> Store:
    """A team store: the database must exist on the server; with ``create`` an empty one gets
    the schema (``workbench team-store init``), a newer or another program's is refused."""
    engine_module = _postgres()
    url = engine_module.parse(location, password)
    shown = engine_module.shown(url)
    engine = engine_module.create_postgres_engine(url)
    try:
        with engine.connect() as connection, connection.begin():
            current = migrate.current_revision(connection)
            if current is None:
                engine_module.check_empty(connection, shown, create=create)
        migrate.check_not_newer(current, shown)
        if upgrade and current != migrate.head_revision():
            with engine.connect() as connection:
                connection = connection.execution_options(
                    **{engine_module.WRITE_OPTION: True, engine_module.WAIT_OPTION: 60.0}
                )
                with connection.begin():
                    if migrate.current_revision(connection) != migrate.head_revision():
                        migrate.upgrade(connection)
    except DatabaseError as exc:
        engine.dispose()
        raise engine_module.explained(exc, shown) from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(shown, engine)
