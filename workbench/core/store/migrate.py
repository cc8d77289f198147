"""Schema revisions through Alembic, with the migration scripts shipped inside the package.

Alembic is imported only to migrate: which revisions the package ships and which one a store
is at are read without it, so that opening a store that is up to date (every start of the
window) does not spend a tenth of a second importing it.
"""

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Column, Connection, inspect, text

from workbench.core.errors import SchemaTooNewError
from workbench.core.i18n import translate
from workbench.core.store.schema import TABLES, table

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION_LINE = re.compile(r'^(down_revision|revision)\b[^=]*= *(?:"(\w+)"|None)', re.MULTILINE)


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


def alembic_config(connection: Connection | None = None) -> "Config":
    """An Alembic config that finds the scripts from any working directory or installed wheel."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def all_revisions() -> list[str]:
    """Every revision this version knows, oldest first: each script's ``revision`` after its
    ``down_revision``, as Alembic reads them (tests/core/test_store.py checks they agree)."""
    parents: dict[str | None, str] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text_of_script = script.read_text(encoding="utf-8")
        lines = {name: value or None for name, value in _REVISION_LINE.findall(text_of_script)}
        if "revision" not in lines or lines["revision"] is None:
            raise RuntimeError(f"The migration {script.name} names no revision.")
        if lines.get("down_revision") in parents:
            raise RuntimeError(f"The migration {script.name} branches the history.")
        parents[lines.get("down_revision")] = lines["revision"]
    chain: list[str] = []
    while (following := parents.get(chain[-1] if chain else None)) is not None:
        chain.append(following)
    if not chain or len(chain) != len(parents):
        raise RuntimeError("The package's migrations do not make one line of revisions.")
    return chain


def head_revision() -> str:
    return all_revisions()[-1]


def current_revision(connection: Connection) -> str | None:
    """The revision the store is at (Alembic's own table), None for a new store."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if found is None else str(found)


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
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
