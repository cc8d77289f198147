"""The unified moderation queue: why items are in it, how urgent they are, and paging by key.

Priority (highest first) is the sum of the weights of an entry's reasons, plus 5 for each report
beyond the first (at most 50 more), plus 10 when the author is on watch; within the same
priority the queue is first come, first served (item_id). Both make one sort key, and every view
has a partial index on it, and so has each network: any page costs the same however long the
queue is. Filters on the item or its author (source, dates, status) are checked along the way
(written with a unary +, so that SQLite keeps to the queue's index instead of scanning items).

Searching orders by newest first instead: FTS5 walks its matches in rowid order, so the first
page of any search is quick however common the word.
"""

from dataclasses import dataclass, field
from enum import IntFlag
from typing import Any

from sqlalchemy import Connection, text

from workbench.core.queue import search
from workbench.core.store.schema import OPEN, QUEUE_STATES, REASON_BITS, reason_term


class Reason(IntFlag):
    """Why an item is in the queue; stored as a bit set in ``queue.reasons``."""

    HELD = REASON_BITS["held"]
    REPORTED = REASON_BITS["reported"]
    RULE = REASON_BITS["rule"]
    DUPLICATE = REASON_BITS["duplicate"]
    FIRST_POST = REASON_BITS["first_post"]
    BURST = REASON_BITS["burst"]

    @property
    def names(self) -> list[str]:
        return [reason.name.lower() for reason in Reason if reason in self and reason.name]

    @classmethod
    def named(cls, name: str) -> "Reason":
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(
                f"unknown reason {name!r}; reasons: {', '.join(REASON_BITS)}"
            ) from None


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
WATCH_BONUS = 10


def priority(reasons: Reason, report_count: int, *, on_watch: bool = False) -> int:
    """The documented formula (see the module docstring)."""
    base = sum(weight for reason, weight in _WEIGHTS.items() if reason in reasons)
    return base + min(max(report_count - 1, 0) * 5, 50) + (WATCH_BONUS if on_watch else 0)


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which entries a view shows. ``states=None`` means the open ones (new, in review,
    escalated); every other field narrows further."""

    states: tuple[str, ...] | None = None
    reason: Reason | None = None
    networks: tuple[str, ...] = ()
    source_ids: tuple[int, ...] = ()
    since: int | None = None
    until: int | None = None
    member_statuses: tuple[str, ...] = ()
    tag: str | None = None
    assignee: str | None = None
    search: str = ""


@dataclass(frozen=True, slots=True)
class QueueKey:
    """Where a page ends: the next page starts after it."""

    priority: int
    item_id: int

    @property
    def sort_key(self) -> int:
        """The same number as the queue's ``sort_key`` column."""
        return self.priority * 4_294_967_296 - self.item_id


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


@dataclass(slots=True)
class _Query:
    """A WHERE clause under construction, with its parameters."""

    where: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    joins: list[str] = field(default_factory=list)

    def add(self, condition: str, **params: Any) -> None:
        self.where.append(condition)
        self.params.update(params)


def _conditions(connection: Connection, wanted: QueueFilter) -> _Query:
    query = _Query()
    if wanted.states is None:
        query.add(OPEN)  # the very text of the partial indexes' WHERE clause
    else:
        unknown = set(wanted.states) - set(QUEUE_STATES)
        if unknown:
            raise ValueError(
                f"unknown state {sorted(unknown)[0]!r}; states: {', '.join(QUEUE_STATES)}"
            )
        marks = ", ".join(f":state{n}" for n in range(len(wanted.states)))
        if len(wanted.states) == 1:
            # The very text of that state's partial index.
            query.add(f"state = '{wanted.states[0]}'")
        else:
            query.add(
                f"q.state IN ({marks})", **{f"state{n}": s for n, s in enumerate(wanted.states)}
            )
    if wanted.reason is not None:
        for reason in wanted.reason:
            query.add(reason_term(int(reason)))
    if wanted.networks:
        marks = ", ".join(f":network{n}" for n in range(len(wanted.networks)))
        query.add(
            f"q.network IN ({marks})", **{f"network{n}": v for n, v in enumerate(wanted.networks)}
        )
    if wanted.source_ids:
        marks = ", ".join(f":source{n}" for n in range(len(wanted.source_ids)))
        query.add(
            f"+i.source_id IN ({marks})",
            **{f"source{n}": v for n, v in enumerate(wanted.source_ids)},
        )
    if wanted.since is not None:
        query.add("+i.created_at >= :since", since=wanted.since)
    if wanted.until is not None:
        query.add("+i.created_at < :until", until=wanted.until)
    if wanted.member_statuses:
        marks = ", ".join(f":status{n}" for n in range(len(wanted.member_statuses)))
        query.add(
            f"+m.status IN ({marks})",
            **{f"status{n}": v for n, v in enumerate(wanted.member_statuses)},
        )
    if wanted.tag:
        query.add(
            "EXISTS (SELECT 1 FROM member_tags mt JOIN tags t ON t.id = mt.tag_id "
            "WHERE mt.member_id = i.member_id AND t.name = :tag)",
            tag=wanted.tag,
        )
    if wanted.assignee is not None:
        query.add("q.assignee = :assignee", assignee=wanted.assignee)
    if wanted.search.strip():
        match = search.to_match(wanted.search)
        if match:
            search.check(connection, match)
            query.joins.append("JOIN items_fts f ON f.rowid = q.item_id")
            query.add("items_fts MATCH :match", match=match)
    return query


_COLUMNS = """
    q.item_id, i.network, s.name AS source_name, i.external_id,
    coalesce(m.handle, '') AS author_handle, coalesce(m.status, '') AS author_status,
    i.created_at, i.title, i.body, q.reasons, q.state, q.priority, q.assignee
"""
_FROM = """
    FROM queue q
    JOIN items i ON i.id = q.item_id
    JOIN sources s ON s.id = i.source_id
    LEFT JOIN members m ON m.id = i.member_id
"""


def page(
    connection: Connection,
    wanted: QueueFilter | None = None,
    *,
    after: QueueKey | None = None,
    limit: int = 200,
) -> list[QueueRow]:
    """Up to ``limit`` entries of the view, most urgent first (newest first when searching),
    starting after ``after``. Raises :class:`search.SearchError` for an unreadable search."""
    wanted = wanted or QueueFilter()
    query = _conditions(connection, wanted)
    searching = bool(query.joins)
    if after is not None:
        if searching:
            query.add("q.item_id < :after_id", after_id=after.item_id)
        else:
            query.add("q.sort_key < :after", after=after.sort_key)
    order = "f.rowid DESC" if searching else "q.sort_key DESC"
    sql = (
        f"SELECT {_COLUMNS} {_FROM} {' '.join(query.joins)} "
        f"WHERE {' AND '.join(query.where)} ORDER BY {order} LIMIT :limit"
    )
    rows = connection.execute(text(sql), {**query.params, "limit": limit})
    return [_row(row) for row in rows]


def rows_of(connection: Connection, wanted: QueueFilter, item_ids: list[int]) -> list[QueueRow]:
    """The rows of these items that the view still shows (after a decision, say)."""
    if not item_ids:
        return []
    query = _conditions(connection, wanted)
    marks = ", ".join(f":item{n}" for n in range(len(item_ids)))
    query.add(f"q.item_id IN ({marks})", **{f"item{n}": i for n, i in enumerate(item_ids)})
    sql = f"SELECT {_COLUMNS} {_FROM} {' '.join(query.joins)} WHERE {' AND '.join(query.where)}"
    return [_row(row) for row in connection.execute(text(sql), query.params)]


def count(connection: Connection, wanted: QueueFilter | None = None) -> int:
    """How many entries the view holds; read from the queue's own indexes where it can be."""
    wanted = wanted or QueueFilter()
    query = _conditions(connection, wanted)
    on_items = (
        wanted.source_ids
        or wanted.since is not None
        or wanted.until is not None
        or wanted.member_statuses
        or wanted.tag
    )
    source = _FROM if on_items else "FROM queue q"
    sql = f"SELECT count(*) {source} {' '.join(query.joins)} WHERE {' AND '.join(query.where)}"
    return int(connection.execute(text(sql), query.params).scalar_one())


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


def saved_views(me: str) -> dict[str, QueueFilter]:
    """The named views of the sidebar; ``me`` is the manager's name, for "Assigned to me"."""
    return {
        "new": QueueFilter(states=("new",)),
        "held": QueueFilter(reason=Reason.HELD),
        "reported": QueueFilter(reason=Reason.REPORTED),
        "duplicates": QueueFilter(reason=Reason.DUPLICATE),
        "rules": QueueFilter(reason=Reason.RULE),
        "mine": QueueFilter(assignee=me),
    }


def view_counts(connection: Connection, me: str) -> dict[str, int]:
    """Live counts of the saved views, each read from its own index."""
    return {name: count(connection, wanted) for name, wanted in saved_views(me).items()}


def reason_details(connection: Connection, item_id: int) -> list[tuple[str, str]]:
    """Why one item is in the queue: (reason name, detail) pairs, e.g. ("duplicate", "same text
    from 3 accounts")."""
    rows = connection.execute(
        text("SELECT reason, detail FROM queue_reasons WHERE item_id = :item ORDER BY reason"),
        {"item": item_id},
    )
    return [(row.reason, row.detail) for row in rows]
