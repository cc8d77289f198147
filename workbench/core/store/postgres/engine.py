"""The PostgreSQL engine: a team store on a server, reached with psycopg 3.

What the SQLite engine does with its file, this does with a URL: connections from a small pool
(checked before use, so a server that restarted is no error), writers one after another as on
SQLite (each write transaction takes one advisory lock first, so the domain's read-then-write
steps never race another manager's), the password kept out of every URL that is printed or
saved, and errors told in one line a manager can act on.
"""

from collections.abc import Callable
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, make_url
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.postgresql import Insert
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.postgresql.base import PGTypeCompiler
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.exc import ArgumentError
from sqlalchemy.sql import sqltypes

from workbench.core.errors import StoreError
from workbench.core.i18n import translate

WRITE_OPTION = "workbench_write"
"""Execution option that marks a connection's transaction as a write transaction."""
WAIT_OPTION = "workbench_wait"
"""Execution option: how many seconds a write waits for another writer."""
DEFAULT_WAIT_SECONDS = 5.0
WRITERS_LOCK = 0x776F726B62656E63  # "workbenc": the advisory lock every write transaction takes


class _TypeCompiler(PGTypeCompiler):
    """Every INTEGER of the schema is a BIGINT: Unix seconds outgrow 32 bits in 2038, and the
    queue's sort key packs a priority and a time into 64 (SQLite's integers are 64 bits)."""

    def visit_integer(self, type_: Any, **kw: Any) -> str:
        return "BIGINT"


class _BigInteger(sqltypes.BigInteger):
    """What an Integer becomes on this dialect, so that an id column is a BIGSERIAL."""


class WorkbenchDialect(PGDialect_psycopg):
    """psycopg 3 with the schema's integers as 64-bit ones (see ``_TypeCompiler``)."""

    type_compiler_cls = _TypeCompiler
    supports_statement_cache = True
    colspecs = {  # noqa: RUF012 (the base class declares it so)
        **PGDialect_psycopg.colspecs,
        sqltypes.Integer: _BigInteger,
    }


registry.register("postgresql.workbench", __name__, "WorkbenchDialect")


def insert_or_update(table: Any) -> Insert:
    """An INSERT that takes ON CONFLICT clauses, as PostgreSQL writes them."""
    return postgresql_insert(table)


_password_source: Callable[[str], str | None] | None = None


def take_passwords_from(source: Callable[[str], str | None]) -> None:
    """Where a URL opened without a password finds its password, asked with the URL as shown:
    the command line's keyring. The core reads no keyring itself."""
    global _password_source
    _password_source = source


def parse(location: str, password: str | None = None) -> URL:
    """The URL to connect with: psycopg 3 as the driver, ``password`` (from the keyring) in it
    only in memory. Refused with a clear message when it is not a database URL."""
    try:
        url = make_url(location)
    except ArgumentError as exc:
        raise StoreError(
            translate("Store", "{location} is not a database URL.").format(location=location)
        ) from exc
    if not url.database:
        raise StoreError(
            translate(
                "Store", "{location} names no database: write postgresql://user@host/database."
            ).format(location=shown(url))
        )
    url = url.set(drivername="postgresql+workbench")
    if password is None and url.password is None and _password_source is not None:
        password = _password_source(shown(url))
    return url if password is None else url.set(password=password)


def shown(url: URL | str) -> str:
    """The URL as it may be printed or saved: never with a password."""
    parsed = make_url(url) if isinstance(url, str) else url
    # URL.set() takes None for "unchanged": the URL is made anew, without the password.
    bare = URL.create(
        "postgresql",
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return bare.render_as_string(hide_password=False)


def _on_begin(connection: Any) -> None:
    # A write waits (at most its wait) for the writer before it, as BEGIN IMMEDIATE does on
    # SQLite; the lock goes with the transaction. Readers see a snapshot and never wait.
    options = connection.get_execution_options()
    if options.get(WRITE_OPTION, False):
        wait = float(options.get(WAIT_OPTION, DEFAULT_WAIT_SECONDS))
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(wait * 1000)}ms'")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITERS_LOCK})")


def create_postgres_engine(url: URL) -> Engine:
    """An engine on ``url``: a few pooled connections, checked before each use."""
    engine = create_engine(
        url,
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=True,
        pool_recycle=1800,
        connect_args={"connect_timeout": 10, "application_name": "community-workbench"},
    )
    event.listen(engine, "begin", _on_begin)
    return engine


def check_empty(connection: Connection, location: str, *, create: bool) -> None:
    """Refuse a database without a workbench schema: another program's (it has tables), or
    an empty one when ``create`` is off (it needs ``workbench team-store init`` first)."""
    tables = sorted(inspect(connection).get_table_names())
    if tables:
        raise StoreError(
            translate(
                "Store",
                "{location} holds another program's data (tables: {tables}); the workbench "
                "leaves it untouched. Give the team store a database of its own.",
            ).format(location=location, tables=", ".join(tables[:5]))
        )
    if not create:
        raise StoreError(
            translate(
                "Store",
                "{location} holds no workbench store yet: run workbench team-store init URL.",
            ).format(location=location)
        )


_ERASED_TABLES = ("items", "members", "notes", "events", "interventions", "mutes")


def vacuum(engine: Engine) -> bool:
    """After an erasure: VACUUM the tables it rewrote, so the old row versions are removed and
    their space reused. It does not overwrite that space at once, nor reach the server's
    write-ahead log, its replicas or backups; what the server keeps there is its
    administrator's to expire. Returns True when the vacuum ran."""
    with engine.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        for name in _ERASED_TABLES:
            connection.exec_driver_sql(f"VACUUM {name}")
    return True


_UNREACHABLE = ("connection refused", "timeout expired", "could not translate host name")
_FAULTS = (
    *_UNREACHABLE,
    "password authentication failed",
    "no password supplied",
    "does not exist",
    "lock timeout",
    "server closed the connection",
)


def store_fault(problem: BaseException) -> bool:
    """Whether an error is the connection's or the server's, rather than the statement's."""
    text = str(getattr(problem, "orig", None) or problem).lower()
    return any(clue in text for clue in _FAULTS)


def explained(problem: BaseException, location: str) -> StoreError:
    """A server's error as one line a manager can act on, or in its own words."""
    text = str(getattr(problem, "orig", None) or problem).strip()
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        message = translate(
            "Store",
            "The server of {location} refused the password; nothing was written. Check the "
            "password the keyring keeps for it.",
        )
    elif "database" in lowered and "does not exist" in lowered:
        message = translate(
            "Store",
            "{location} does not exist on its server: ask the administrator to create the "
            "database, then run workbench team-store init URL.",
        )
    elif any(clue in lowered for clue in _UNREACHABLE) or "server closed" in lowered:
        message = translate(
            "Store",
            "The server of {location} does not answer; nothing was written. Check that it "
            "runs and the network reaches it, or open your laptop store.",
        )
    elif "lock timeout" in lowered:
        message = translate(
            "Store",
            "{location} is busy: another manager's write (an import) holds it; nothing was "
            "written. Try again when it has finished.",
        )
    else:
        message = translate("Store", "Cannot use {location}: {problem}")
    first = text.splitlines()[0] if text else type(problem).__name__
    return StoreError(message.format(location=location, problem=first))
