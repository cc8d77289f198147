"""The unified moderation queue: why items are in it, how urgent they are, and paging by key.

Priority (highest first) is the sum of the weights of an entry's reasons, plus 5 for each report
beyond the first (at most 50 more), plus 10 when the author is on watch; within the same
priority the oldest post comes first (the time the Time column shows: who waited longest is
served first), posts of the same second in the order they were imported (item_id). Priority
and post time make one sort key, and every view has a partial index on it, and so has each
network: any page costs the same however long the queue is. Filters on the item or its author
(source, dates, status) are checked along the way, keeping to the queue's index (the SQL is
the store's: workbench.core.store.sqlite.queue).

A view may instead follow the posts' own time, newest or oldest first (``Order``): the items'
index on their time is walked and each item's queue entry looked up, so these pages too cost
the same however long the queue is. A search shows the newest posts first (how the store keeps
that quick for rare and common words alike: workbench.core.store.sqlite.queue).
"""

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from workbench.core.errors import WorkbenchError
from workbench.core.i18n import translate
from workbench.core.queue import search
from workbench.core.queue.reasons import OPEN_STATES as OPEN_STATES
from workbench.core.queue.reasons import PLATFORM_STATE_REASONS as PLATFORM_STATE_REASONS
from workbench.core.queue.reasons import WATCH_BONUS as WATCH_BONUS
from workbench.core.queue.reasons import Reason as Reason
from workbench.core.queue.reasons import priority as priority
from workbench.core.store.queries import QueueSelection, queries
from workbench.core.store.schema import POST_TIME_RANGE, PRIORITY_STEP, QUEUE_STATES


class Order(StrEnum):
    """The orders the store can page by: most urgent first, or by the posts' time."""

    PRIORITY = "priority"
    NEWEST = "newest"
    OLDEST = "oldest"


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
    part: tuple[int, int] | None = None
    """(k, n): the k-th of n parts of the queue, split by author, so that managers on one shift
    share it without two of them answering the same member (as Ozone's queue split)."""
    search: str = ""
    order: Order = Order.PRIORITY


@dataclass(frozen=True, slots=True)
class QueueKey:
    """Where a page ends: the next page starts after it."""

    priority: int
    item_id: int
    created_at: int = 0
    """For the orders by time."""

    @property
    def sort_key(self) -> int:
        """The same number as the queue's ``sort_key`` column (schema.SORT_KEY)."""
        at = min(max(self.created_at, -POST_TIME_RANGE), POST_TIME_RANGE - 1)
        return at - self.priority * PRIORITY_STEP


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
    report_count: int = 0

    @property
    def key(self) -> QueueKey:
        return QueueKey(self.priority, self.item_id, self.created_at)


def _selection(connection: Connection, wanted: QueueFilter) -> QueueSelection:
    """The view as the store reads it; refuses unknown states and unreadable searches."""
    if wanted.states is not None:
        unknown = set(wanted.states) - set(QUEUE_STATES)
        if unknown:
            raise ValueError(
                f"unknown state {sorted(unknown)[0]!r}; states: {', '.join(QUEUE_STATES)}"
            )
    match = search.to_match(wanted.search) if wanted.search.strip() else ""
    if match:
        search.check(connection, match)
    return QueueSelection(
        states=wanted.states,
        reason_bits=tuple(int(reason) for reason in wanted.reason or ()),
        networks=wanted.networks,
        source_ids=wanted.source_ids,
        since=wanted.since,
        until=wanted.until,
        member_statuses=wanted.member_statuses,
        tag=wanted.tag or None,
        assignee=wanted.assignee,
        part=_checked_part(wanted.part),
        match=match,
        order=wanted.order.value,
    )


def page(
    connection: Connection,
    wanted: QueueFilter | None = None,
    *,
    after: QueueKey | None = None,
    limit: int = 200,
) -> list[QueueRow]:
    """Up to ``limit`` entries of the view in its order (most urgent first by default; the
    newest post first when searching), starting after ``after``. Raises
    :class:`search.SearchError` for an unreadable search."""
    selection = _selection(connection, wanted or QueueFilter())
    rows = queries(connection).queue.page(
        selection,
        after_sort_key=None if after is None else after.sort_key,
        after_item_id=None if after is None else after.item_id,
        after_created_at=None if after is None else after.created_at,
        limit=limit,
    )
    return [_row(row) for row in rows]


def rows_of(connection: Connection, wanted: QueueFilter, item_ids: list[int]) -> list[QueueRow]:
    """The rows of these items that the view still shows (after a decision, say)."""
    if not item_ids:
        return []
    rows = queries(connection).queue.rows_of(_selection(connection, wanted), item_ids)
    return [_row(row) for row in rows]


def count(connection: Connection, wanted: QueueFilter | None = None) -> int:
    """How many entries the view holds; read from the queue's own indexes where it can be."""
    return queries(connection).queue.count(_selection(connection, wanted or QueueFilter()))


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
        report_count=row.report_count,
    )


MAX_PARTS = 50
"""The most parts a shift splits the queue into."""


def _checked_part(part: tuple[int, int] | None) -> tuple[int, int] | None:
    if part is None:
        return None
    k, n = part
    if not 1 <= k <= n <= MAX_PARTS:
        raise WorkbenchError(
            translate(
                "Queue",
                "A part of the queue is K of N, with 1 <= K <= N <= {most}; not {k} of {n}.",
            ).format(most=MAX_PARTS, k=k, n=n)
        )
    return part if n > 1 else None


def saved_views(me: str, part: tuple[int, int] | None = None) -> dict[str, QueueFilter]:
    """The named views of the sidebar; ``me`` is the manager's name, for "Assigned to me", and
    ``part`` this manager's part of a split queue (k of n), for "My part of the queue"."""
    mine = {} if part is None or part[1] < 2 else {"my_part": QueueFilter(part=part)}
    return mine | {
        "new": QueueFilter(states=("new",)),
        "held": QueueFilter(reason=Reason.HELD),
        "reported": QueueFilter(reason=Reason.REPORTED),
        "duplicates": QueueFilter(reason=Reason.DUPLICATE),
        "rules": QueueFilter(reason=Reason.RULE),
        "mine": QueueFilter(assignee=me),
    }


def view_counts(
    connection: Connection, me: str, part: tuple[int, int] | None = None
) -> dict[str, int]:
    """Live counts of the saved views, each read from its own index."""
    return {name: count(connection, wanted) for name, wanted in saved_views(me, part).items()}


SIMILAR = "nearly the same as #{other} ({alike:.0%} alike)"
"""The detail of a near duplicate, as an import writes it."""
_SIMILAR = re.compile(r"nearly the same as #(\d+) \((\d+%) alike\)")


def similar_to(detail: str) -> tuple[int, str] | None:
    """The other item a near duplicate's detail names, and how alike they are ("93%")."""
    found = _SIMILAR.fullmatch(detail)
    return None if found is None else (int(found[1]), found[2])


def reason_details(connection: Connection, item_id: int) -> list[tuple[str, str]]:
    """Why one item is in the queue: (reason name, detail) pairs, e.g. ("duplicate", "same text
    from 3 accounts")."""
    return [(row.reason, row.detail) for row in queries(connection).queue.reasons(item_id)]
