"""One item in full, for the queue's detail pane: its text, its thread, and who wrote it."""

from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Connection, text

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.text import excerpt

THREAD_DEPTH = 20
"""How many parents are followed up the thread at most."""
REPLIES_SHOWN = 50


@dataclass(frozen=True, slots=True)
class MemberCard:
    member_id: int
    network: str
    handle: str
    display_name: str
    status: str
    item_count: int
    first_seen_at: int | None
    last_seen_at: int | None
    tags: list[str] = field(default_factory=list)
    notes: list[tuple[str, str, str, int]] = field(default_factory=list)
    """Latest notes: (type, text, author, time)."""
    interventions: list[tuple[str, str, int]] = field(default_factory=list)
    """Latest interventions: (kind, author, time)."""


@dataclass(frozen=True, slots=True)
class ThreadEntry:
    item_id: int
    author_handle: str
    created_at: int
    excerpt: str


@dataclass(frozen=True, slots=True)
class ItemView:
    item_id: int
    network: str
    external_id: str
    kind: str
    title: str
    body: str
    body_html: str | None
    url: str | None
    created_at: int
    platform_state: str
    report_count: int
    source_name: str
    author: MemberCard | None
    parents: list[ThreadEntry]
    """The chain of parents, the thread's first post first."""
    replies: list[ThreadEntry]
    """Direct replies, oldest first."""


def _entry(row: Any) -> ThreadEntry:
    return ThreadEntry(
        row.id, row.handle or "", row.created_at, excerpt(row.title or row.body, 200)
    )


_ENTRY = """
SELECT i.id, i.title, i.body, i.created_at, m.handle, i.parent_external_id
FROM items i LEFT JOIN members m ON m.id = i.member_id
"""


def member_card(connection: Connection, member_id: int) -> MemberCard:
    row = connection.execute(
        text(
            "SELECT id, network, handle, display_name, status, item_count, first_seen_at, "
            "last_seen_at FROM members WHERE id = :id"
        ),
        {"id": member_id},
    ).first()
    if row is None:
        raise WorkbenchError(
            translate("Members", "There is no member {id} in this database.").format(id=member_id)
        )
    tags = connection.execute(
        text(
            "SELECT t.name FROM member_tags mt JOIN tags t ON t.id = mt.tag_id "
            "WHERE mt.member_id = :id ORDER BY t.name"
        ),
        {"id": member_id},
    ).scalars()
    notes = connection.execute(
        text(
            "SELECT type, text, author_name, created_at FROM notes WHERE member_id = :id "
            "ORDER BY created_at DESC LIMIT 5"
        ),
        {"id": member_id},
    ).all()
    interventions = connection.execute(
        text(
            "SELECT iv.kind, iv.author_name, iv.created_at FROM intervention_targets t "
            "JOIN interventions iv ON iv.id = t.intervention_id WHERE t.member_id = :id "
            "ORDER BY iv.created_at DESC LIMIT 5"
        ),
        {"id": member_id},
    ).all()
    return MemberCard(
        member_id=row.id,
        network=row.network,
        handle=row.handle,
        display_name=row.display_name,
        status=row.status,
        item_count=row.item_count,
        first_seen_at=row.first_seen_at,
        last_seen_at=row.last_seen_at,
        tags=list(tags),
        notes=[(n.type, n.text, n.author_name, n.created_at) for n in notes],
        interventions=[(i.kind, i.author_name, i.created_at) for i in interventions],
    )


def item_view(connection: Connection, item_id: int) -> ItemView:
    row = connection.execute(
        text(
            "SELECT i.*, s.name AS source_name FROM items i JOIN sources s ON s.id = i.source_id "
            "WHERE i.id = :id"
        ),
        {"id": item_id},
    ).first()
    if row is None:
        raise WorkbenchError(
            translate("Queue", "There is no item {id} in this database.").format(id=item_id)
        )
    parents: list[ThreadEntry] = []
    parent = row.parent_external_id
    while parent and len(parents) < THREAD_DEPTH:
        found = connection.execute(
            text(f"{_ENTRY} WHERE i.network = :network AND i.external_id = :id"),
            {"network": row.network, "id": parent},
        ).first()
        if found is None:
            break
        parents.insert(0, _entry(found))
        parent = found.parent_external_id
    replies = connection.execute(
        text(
            f"{_ENTRY} WHERE i.network = :network AND i.thread_external_id = :thread "
            "AND i.parent_external_id = :me ORDER BY i.created_at LIMIT :limit"
        ),
        {
            "network": row.network,
            "thread": row.thread_external_id,
            "me": row.external_id,
            "limit": REPLIES_SHOWN,
        },
    ).all()
    return ItemView(
        item_id=row.id,
        network=row.network,
        external_id=row.external_id,
        kind=row.kind,
        title=row.title,
        body=row.body,
        body_html=row.body_html,
        url=row.url,
        created_at=row.created_at,
        platform_state=row.platform_state,
        report_count=row.report_count,
        source_name=row.source_name,
        author=None if row.member_id is None else member_card(connection, row.member_id),
        parents=parents,
        replies=[_entry(reply) for reply in replies],
    )


def authors_of(connection: Connection, item_ids: list[int]) -> list[int]:
    """The distinct known authors of some items, in the order of their first item."""
    author: dict[int, int | None] = dict(
        connection.execute(
            text("SELECT id, member_id FROM items WHERE id IN (SELECT value FROM json_each(:ids))"),
            {"ids": orjson.dumps(item_ids).decode()},
        ).all()
    )
    return list(dict.fromkeys(a for i in item_ids if (a := author.get(i)) is not None))
