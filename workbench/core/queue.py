"""The unified moderation queue: why items are in it, their priority, and paging by key.

The queue is never loaded whole: ``page`` returns at most ``limit`` rows after a key, using the
index on (state, priority, item_id), so any page costs the same however long the queue is.
"""

from dataclasses import dataclass
from enum import IntFlag
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from workbench.core.store.schema import Item, Member, QueueEntry, QueueReason, Source, table


class Reason(IntFlag):
    """Why an item is in the queue; stored as a bit set in ``queue.reasons``."""

    HELD = 1
    REPORTED = 2
    RULE = 4
    DUPLICATE = 8
    FIRST_POST = 16
    BURST = 32

    @property
    def names(self) -> list[str]:
        return [reason.name.lower() for reason in Reason if reason in self and reason.name]


PLATFORM_STATE_REASONS = {"held": Reason.HELD, "spam": Reason.HELD, "reported": Reason.REPORTED}

OPEN_STATES = ("new", "in_review", "escalated")

_WEIGHTS = {
    Reason.REPORTED: 40,
    Reason.HELD: 30,
    Reason.RULE: 25,
    Reason.DUPLICATE: 20,
    Reason.BURST: 15,
    Reason.FIRST_POST: 10,
}


def priority(reasons: Reason, report_count: int) -> int:
    """Higher is more urgent: the sum of the reasons' weights, plus 5 a report beyond the first
    (at most 50 more). Member status and age join this formula with the full queue."""
    base = sum(weight for reason, weight in _WEIGHTS.items() if reason in reasons)
    return base + min(max(report_count - 1, 0) * 5, 50)


@dataclass(frozen=True, slots=True)
class QueueKey:
    """Where a page ends: the next page starts after it."""

    priority: int
    item_id: int


@dataclass(frozen=True, slots=True)
class QueueRow:
    item_id: int
    network: str
    source_name: str
    external_id: str
    author_handle: str
    author_status: str
    created_at: int
    title: str
    body: str
    reasons: Reason
    state: str
    priority: int
    assignee: str | None

    @property
    def key(self) -> QueueKey:
        return QueueKey(self.priority, self.item_id)


_queue = table(QueueEntry)
_items = table(Item)
_members = table(Member)
_sources = table(Source)
_reasons = table(QueueReason)


def _filtered(states: tuple[str, ...], reason: Reason | None) -> list[Any]:
    conditions: list[Any] = [_queue.c.state.in_(states)]
    if reason is not None:
        conditions.append(_queue.c.reasons.op("&")(int(reason)) != 0)
    return conditions


def page(
    connection: Connection,
    *,
    after: QueueKey | None = None,
    limit: int = 200,
    states: tuple[str, ...] = OPEN_STATES,
    reason: Reason | None = None,
) -> list[QueueRow]:
    """Up to ``limit`` queue rows, most urgent first, starting after ``after``."""
    conditions = _filtered(states, reason)
    if after is not None:
        conditions.append(
            or_(
                _queue.c.priority < after.priority,
                and_(_queue.c.priority == after.priority, _queue.c.item_id < after.item_id),
            )
        )
    query = (
        select(
            _queue.c.item_id,
            _items.c.network,
            _sources.c.name.label("source_name"),
            _items.c.external_id,
            func.coalesce(_members.c.handle, "").label("author_handle"),
            func.coalesce(_members.c.status, "").label("author_status"),
            _items.c.created_at,
            _items.c.title,
            _items.c.body,
            _queue.c.reasons,
            _queue.c.state,
            _queue.c.priority,
            _queue.c.assignee,
        )
        .select_from(
            _queue.join(_items, _items.c.id == _queue.c.item_id)
            .join(_sources, _sources.c.id == _items.c.source_id)
            .outerjoin(_members, _members.c.id == _items.c.member_id)
        )
        .where(*conditions)
        .order_by(_queue.c.priority.desc(), _queue.c.item_id.desc())
        .limit(limit)
    )
    return [_row(row) for row in connection.execute(query)]


def _row(row: Any) -> QueueRow:
    return QueueRow(
        item_id=row.item_id,
        network=row.network,
        source_name=row.source_name,
        external_id=row.external_id,
        author_handle=row.author_handle,
        author_status=row.author_status,
        created_at=row.created_at,
        title=row.title,
        body=row.body,
        reasons=Reason(row.reasons),
        state=row.state,
        priority=row.priority,
        assignee=row.assignee,
    )


def count(
    connection: Connection, *, states: tuple[str, ...] = OPEN_STATES, reason: Reason | None = None
) -> int:
    query = select(func.count()).select_from(_queue).where(*_filtered(states, reason))
    return int(connection.execute(query).scalar_one())


def reason_details(connection: Connection, item_id: int) -> list[tuple[str, str]]:
    """Why one item is in the queue: (reason name, detail) pairs, e.g. ("duplicate", "same text
    from 3 accounts")."""
    query = (
        select(_reasons.c.reason, _reasons.c.detail)
        .where(_reasons.c.item_id == item_id)
        .order_by(_reasons.c.reason)
    )
    return [(row.reason, row.detail) for row in connection.execute(query)]
