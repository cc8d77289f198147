"""One item in full, for the queue's detail pane: its text, its thread, who wrote it, and what
managers did about it (its history, read from the events' projections)."""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.store.queries import queries
from workbench.core.text import excerpt

THREAD_DEPTH = 20
"""How many parents are followed up the thread at most."""
REPLIES_SHOWN = 50
CARD_LATEST = 5
"""How many of a member's latest notes and interventions their card shows."""


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


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One thing a manager did about an item."""

    kind: str
    """decided, assigned, noted or muted."""
    author: str
    at: int
    what: str | None
    """The decision's state, the assignee (None: taken back), the note's type, or what was
    muted (thread, member)."""
    text: str = ""
    """Why: the decision's note, or the note itself."""
    until: int | None = None
    """Until when a mute lasts."""
    undone: bool = False
    """A decision taken back since."""
    event_id: str = ""
    """The event that recorded it (its signature is checked on a team store)."""


def history(connection: Connection, item_id: int) -> list[HistoryEntry]:
    """Who decided, assigned, noted or muted the item (its thread or its author), when and
    why, oldest first."""
    return [
        HistoryEntry(
            kind=row.kind,
            author=row.author_name,
            at=row.created_at,
            what=row.what,
            text=row.text or "",
            until=row.until,
            undone=bool(row.undone),
            event_id=str(row.event_id),
        )
        for row in queries(connection).items.history(item_id)
    ]


def _entry(row: Any) -> ThreadEntry:
    return ThreadEntry(
        row.id, row.handle or "", row.created_at, excerpt(row.title or row.body, 200)
    )


def member_card(connection: Connection, member_id: int) -> MemberCard:
    members = queries(connection).members
    row = members.card(member_id)
    if row is None:
        raise WorkbenchError(
            translate("Members", "There is no member {id} in this database.").format(id=member_id)
        )
    notes = members.latest_notes(member_id, CARD_LATEST)
    interventions = members.latest_interventions(member_id, CARD_LATEST)
    return MemberCard(
        member_id=row.id,
        network=row.network,
        handle=row.handle,
        display_name=row.display_name,
        status=row.status,
        item_count=row.item_count,
        first_seen_at=row.first_seen_at,
        last_seen_at=row.last_seen_at,
        tags=members.tags(member_id),
        notes=[(n.type, n.text, n.author_name, n.created_at) for n in notes],
        interventions=[(i.kind, i.author_name, i.created_at) for i in interventions],
    )


def item_view(connection: Connection, item_id: int) -> ItemView:
    items = queries(connection).items
    row = items.item(item_id)
    if row is None:
        raise WorkbenchError(
            translate("Queue", "There is no item {id} in this database.").format(id=item_id)
        )
    parents: list[ThreadEntry] = []
    parent = row.parent_external_id
    while parent and len(parents) < THREAD_DEPTH:
        found = items.thread_entry(row.network, parent)
        if found is None:
            break
        parents.insert(0, _entry(found))
        parent = found.parent_external_id
    replies = items.replies(row.network, row.thread_external_id, row.external_id, REPLIES_SHOWN)
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
    author = queries(connection).items.authors(item_ids)
    return list(dict.fromkeys(a for i in item_ids if (a := author.get(i)) is not None))
