"""The store: one database file, opened, migrated and handed out as connections."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError

from workbench.core.errors import StoreError
from workbench.core.i18n import translate
from workbench.core.store import migrate, sqlite
from workbench.core.store.schema import TABLES, table


@dataclass(frozen=True, slots=True)
class StoreInfo:
    path: Path
    revision: str | None
    head: str
    counts: dict[str, int]


class Store:
    """An open workbench database. Create one with :func:`open_store`."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

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
            if sqlite.store_fault(exc):
                raise sqlite.explained(exc, self.path) from exc
            raise

    @contextmanager
    def write(self, *, wait_seconds: float | None = None) -> Iterator[Connection]:
        """A connection in one write transaction: it commits entirely at the end, or not at all.

        Another writer (an import) holds the store for as long as it runs; ``wait_seconds``
        says how long to wait for it (default: a few seconds, then an error).
        """
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
            path=self.path,
            revision=self.revision(),
            head=migrate.head_revision(),
            counts=self.counts(),
        )

    def checkpoint(self) -> bool:
        """Fold the write-ahead log into the file (after an erasure: no old copy may linger).
        False while another window or program reads the store: the log keeps old pages until
        it closes, and whoever erased must be told so."""
        return sqlite.checkpoint(self.path)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: Path, *, create: bool = True, upgrade: bool = True) -> Store:
    """Open the database at ``path``, creating it and migrating it to the current schema.

    A database written by a newer version, or another program's database, is refused before
    anything is written to it or beside it. With ``create=False`` (read commands) a missing or
    empty file is refused instead of becoming a new store. Opening takes the write lock only to
    migrate: a store that an import is writing to opens at once, on its last committed state.
    """
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
