"""Sources: the export files and API accounts a manager has connected."""

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, insert, select

from workbench.core import clock
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store.schema import Source, table

_sources = table(Source)


@dataclass(frozen=True, slots=True)
class SourceInfo:
    id: int
    uid: str
    kind: str
    network: str
    name: str
    created_at: int


def _info(row: Row[Any]) -> SourceInfo:
    return SourceInfo(
        id=row.id,
        uid=row.uid,
        kind=row.kind,
        network=row.network,
        name=row.name,
        created_at=row.created_at,
    )


def ensure(
    connection: Connection, *, name: str, kind: str, network: str, uid: str | None = None
) -> SourceInfo:
    """The source called ``name``, created if new; an existing one must be of the same kind."""
    row = connection.execute(select(_sources).where(_sources.c.name == name)).first()
    if row is not None:
        if row.kind != kind:
            raise WorkbenchError(
                translate(
                    "Sources",
                    "The source '{name}' holds {kind} data; "
                    "choose another name for {new_kind} data.",
                ).format(name=name, kind=row.kind, new_kind=kind)
            )
        return _info(row)
    connection.execute(
        insert(_sources).values(
            uid=uid or str(uuid.uuid4()),
            kind=kind,
            network=network,
            name=name,
            created_at=clock.now(),
        )
    )
    return _info(connection.execute(select(_sources).where(_sources.c.name == name)).one())


def list_all(connection: Connection) -> list[SourceInfo]:
    return [_info(row) for row in connection.execute(select(_sources).order_by(_sources.c.name))]
