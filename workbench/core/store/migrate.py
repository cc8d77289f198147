"""Schema revisions through Alembic, with the migration scripts shipped inside the package."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Connection

from workbench.core.errors import SchemaTooNewError
from workbench.core.i18n import translate
from workbench.core.store.schema import TABLES, table

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Leave out of autogenerate's comparison what it cannot compare on SQLite: the FTS5 index
    with its shadow tables, and indexes on expressions or with a WHERE clause (a test checks
    those exist instead)."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith("items_fts")
    return not (type_ == "index" and name in expression_indexes())


def include_object(
    _object: object, name: str | None, type_: str, _reflected: bool, _compare_to: object
) -> bool:
    """The same choice as ``include_name``, for the models' side of the comparison."""
    return include_name(name, type_, None)


def expression_indexes() -> set[str]:
    return {
        str(index.name)
        for model in TABLES
        for index in table(model).indexes
        if index.dialect_options["sqlite"].get("where") is not None
        or any(not isinstance(expression, Column) for expression in index.expressions)
    }


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config that finds the scripts from any working directory or installed wheel."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:
        raise RuntimeError("The package ships no migrations.")
    return head


def all_revisions() -> list[str]:
    """Every revision this version knows, oldest first."""
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def check_not_newer(current: str | None, path: object) -> None:
    """Refuse a database whose revision this version does not know: a newer version wrote it."""
    if current is not None and current not in all_revisions():
        raise SchemaTooNewError(
            translate(
                "Store",
                "{path} was written by a newer version of Community Workbench (schema "
                "{revision}); this version leaves it untouched. Please update the workbench to "
                "open it.",
            ).format(path=path, revision=current)
        )


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade to ``revision`` inside the caller's transaction: all steps land, or none."""
    command.upgrade(alembic_config(connection), revision)
