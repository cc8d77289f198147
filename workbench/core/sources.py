"""Sources: the export files and API accounts a manager has connected."""

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select

from workbench.core import clock
from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.queue.listing import OPEN_STATES
from workbench.core.store.schema import Item, QueueEntry, Source, table

_sources = table(Source)
_items = table(Item)
_queue = table(QueueEntry)


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


@dataclass(frozen=True, slots=True)
class SourceSummary:
    """A source with what it holds: for the Sources page."""

    source: SourceInfo
    items: int
    members: int
    open_in_queue: int
    newest_item_at: int | None
    last_import_at: int | None


def summaries(connection: Connection) -> list[SourceSummary]:
    """Every source with its counts, in a few grouped reads (each one pass over an index or the
    queue), not one read per source."""
    items = connection.execute(
        select(
            _items.c.source_id,
            func.count(),
            func.count(func.distinct(_items.c.member_id)),
            func.max(_items.c.created_at),
            func.max(_items.c.imported_at),
        ).group_by(_items.c.source_id)
    )
    held: dict[int, tuple[int, int, int | None, int | None]] = {
        row[0]: (int(row[1]), int(row[2]), row[3], row[4]) for row in items
    }
    queued: dict[int, int] = {
        source_id: int(count)
        for source_id, count in connection.execute(
            select(_items.c.source_id, func.count())
            .select_from(_queue.join(_items, _items.c.id == _queue.c.item_id))
            .where(_queue.c.state.in_(OPEN_STATES))
            .group_by(_items.c.source_id)
        )
    }
    found = []
    for info in list_all(connection):
        count, members, newest, last_import = held.get(info.id, (0, 0, None, None))
        found.append(
            SourceSummary(info, count, members, queued.get(info.id, 0), newest, last_import)
        )
    return found
