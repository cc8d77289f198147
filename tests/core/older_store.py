"""A SQLite store left at an older revision with a few forum items in it, indexed as an import
at that revision would: where the search migrations' tests start."""

from collections.abc import Callable, Mapping
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from workbench.core.store import migrate, sqlite


def revision_before(revision: str) -> str:
    """The revision that ``revision`` upgrades from."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return str(script.get_revision(revision).down_revision)


def make(
    path: Path,
    revision: str,
    texts: Mapping[str, tuple[str, str]],
    check: Callable[[Connection], None] = lambda connection: None,
) -> None:
    """A store at ``revision`` holding ``texts`` (external id to title and body), its search
    indexes rebuilt from them; ``check`` sees it before it is closed."""
    engine = sqlite.create_sqlite_engine(path)
    with engine.connect() as connection:
        connection = connection.execution_options(**{sqlite.WRITE_OPTION: True})
        with connection.begin():
            migrate.upgrade(connection, revision)
            connection.exec_driver_sql(
                "INSERT INTO sources (uid, name, kind, network, created_at) "
                "VALUES ('s1', 'Forum', 'test', 'forum', 1)"
            )
            for key, (title, body) in texts.items():
                connection.exec_driver_sql(
                    "INSERT INTO items (source_id, network, external_id, kind, title, body, "
                    "created_at, imported_at) VALUES (1, 'forum', ?, 'post', ?, ?, 1, 1)",
                    (key, title, body),
                )
            for index in ("items_fts", "items_fts_trigram"):  # as an import would
                connection.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
            check(connection)
    engine.dispose()
