"""The queue's SQL: views paged by one sort key, counts, reasons, decisions' look-ups and the
rule reasons of a rescan.

A view's WHERE clause repeats the very text of the partial indexes (``OPEN``, one state, each
reason), so that SQLite picks the index of the view; filters on the item or its author are
written with a unary + so that SQLite keeps to the queue's index instead of scanning items.
A search shows the newest posts first. FTS5 gives its matches in rowid (import) order only, and
costs 0.1 to 1 ms to ask about one row, so neither sorting every match nor checking each post on
the time index keeps a search quick for both a rare and a common word: a search asks the index
for its first ``_FEW`` matches; fewer mean a rare word, whose matches in the view are sorted by
time. A common word walks the items' time index a batch at a time instead, asks the search index
for its matches among each batch in one query per run of near ids (posts of one source follow
each other in time and ids), and keeps the matches the view shows.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, Row, text

from workbench.core.queue.reasons import REASON_BITS
from workbench.core.store.queries import QueueSelection
from workbench.core.store.schema import OPEN, QUEUE_STATES, reason_term
from workbench.core.store.sqlite import fts
from workbench.core.store.sqlite.binding import chunks, statement


@dataclass(slots=True)
class _Where:
    """A WHERE clause under construction, with its parameters and the lists among them."""

    where: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    lists: list[str] = field(default_factory=list)
    joins: list[str] = field(default_factory=list)

    def add(self, condition: str, **params: Any) -> None:
        self.where.append(condition)
        self.params.update(params)

    def add_list(self, condition: str, name: str, values: Sequence[Any]) -> None:
        self.add(condition, **{name: list(values)})
        self.lists.append(name)

    def sql(self, head: str) -> str:
        return f"{head} {' '.join(self.joins)} WHERE {' AND '.join(self.where)}"


def _conditions(selection: QueueSelection) -> _Where:
    query = _Where()
    if selection.states is None:
        query.add(OPEN)  # the very text of the partial indexes' WHERE clause
    elif len(selection.states) == 1:
        state = selection.states[0]
        if state not in QUEUE_STATES:  # written into the SQL: only a known state
            raise ValueError(f"unknown state {state!r}")
        query.add(f"state = '{state}'")  # the very text of that state's partial index
    else:
        query.add_list("q.state IN :states", "states", selection.states)
    for bit in selection.reason_bits:
        query.add(reason_term(int(bit)))
    if selection.networks:
        query.add_list("q.network IN :networks", "networks", selection.networks)
    if selection.source_ids:
        query.add_list("+i.source_id IN :sources", "sources", selection.source_ids)
    if selection.since is not None:
        query.add("+i.created_at >= :since", since=selection.since)
    if selection.until is not None:
        query.add("+i.created_at < :until", until=selection.until)
    if selection.member_statuses:
        query.add_list("+m.status IN :statuses", "statuses", selection.member_statuses)
    if selection.tag:
        query.add(
            "EXISTS (SELECT 1 FROM member_tags mt JOIN tags t ON t.id = mt.tag_id "
            "WHERE mt.member_id = i.member_id AND t.name = :tag)",
            tag=selection.tag,
        )
    if selection.assignee is not None:
        query.add("q.assignee = :assignee", assignee=selection.assignee)
    if selection.part is not None:
        part, parts = selection.part
        query.add("coalesce(i.member_id, q.item_id) % :parts = :part", parts=parts, part=part - 1)
    if selection.match:
        query.joins.append(fts.QUEUE_JOIN)
        query.add(fts.MATCHES, match=selection.match)
    return query


_COLUMNS = """
    q.item_id, i.network, s.name AS source_name, i.external_id,
    coalesce(m.handle, '') AS author_handle, coalesce(m.status, '') AS author_status,
    i.created_at, i.title, i.body, q.reasons, q.state, q.priority, q.assignee, i.report_count
"""
_JOINS = """
    JOIN items i ON i.id = q.item_id
    JOIN sources s ON s.id = i.source_id
    LEFT JOIN members m ON m.id = i.member_id
"""
_FROM = f"FROM queue q {_JOINS}"
_FROM_AMONG = f"FROM json_each(:among) a CROSS JOIN queue q ON q.item_id = a.value {_JOINS}"
"""A search's few candidates drive the join: the view's index is no use for them."""
_REASON_NAMES = {bit: name for name, bit in REASON_BITS.items()}
_FROM_BY_TIME = """
    FROM items i INDEXED BY ix_items_time
    JOIN queue q ON q.item_id = i.id
    JOIN sources s ON s.id = i.source_id
    LEFT JOIN members m ON m.id = i.member_id
"""

_FEW = 2000
"""Up to this many matches in the whole index, a search sorts them all by time."""
_FIRST_BATCH = 4000
"""Posts a common word's search reads first on the time index; each next batch reads four
times as many."""
_GAP = 10_000
_RUNS = 16
"""A batch's ids are asked of the search index in at most ``_RUNS`` ranges, split at gaps wider
than ``_GAP`` ids: each query costs about as much as asking about one row."""
_SEARCH_ORDER = "i.created_at DESC, i.id DESC"
_MATCHES = "SELECT rowid FROM items_fts_trigram WHERE items_fts_trigram MATCH ? LIMIT ?"
_MATCHES_IN = (
    "SELECT rowid FROM items_fts_trigram WHERE items_fts_trigram MATCH ? AND rowid BETWEEN ? AND ?"
)
_BY_TIME = (
    "SELECT id, created_at FROM items INDEXED BY ix_items_time "
    "WHERE (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?"
)
"""For the raw driver cursor (positional parameters)."""
_OPEN_BY_TIME = (
    "SELECT item_id, created_at FROM queue INDEXED BY ix_queue_open_time "
    f"WHERE {OPEN} AND (created_at, item_id) < (?, ?) "
    "ORDER BY created_at DESC, item_id DESC LIMIT ?"
)
"""The same walk over the open queue's entries only, for a search in the open queue."""

_REASONS = text("SELECT reason, detail FROM queue_reasons WHERE item_id = :item ORDER BY reason")
_ITEMS = statement(
    "SELECT i.id, i.network, i.external_id, coalesce(m.status, '') AS status "
    "FROM items i LEFT JOIN members m ON m.id = i.member_id WHERE i.id IN :ids",
    "ids",
)
_STANDING = statement(
    "SELECT i.id AS item_id, coalesce(q.state, 'new') AS state, q.assignee, e.author_id, "
    "e.author_name, e.created_at AS decided_at "
    "FROM items i LEFT JOIN queue q ON q.item_id = i.id LEFT JOIN events e ON e.id = ("
    "SELECT d.event_id FROM queue_decisions d WHERE d.item_id = i.id AND NOT d.undone "
    "ORDER BY d.event_id DESC LIMIT 1) WHERE i.id IN :ids",
    "ids",
)
_LATEST_ACTION = text(
    "SELECT action_id FROM queue_decisions WHERE author_id = :author AND NOT undone "
    "ORDER BY event_id DESC LIMIT 1"
)
_ACTION_DECISIONS = text(
    "SELECT event_id, item_id, state FROM queue_decisions "
    "WHERE action_id = :action AND NOT undone ORDER BY event_id"
)
_MUTE_TARGET = text(
    "SELECT i.network, coalesce(i.thread_external_id, i.external_id) AS thread, "
    "m.external_id AS member FROM items i LEFT JOIN members m ON m.id = i.member_id "
    "WHERE i.id = :id"
)
_RULES = text("SELECT id, name, kind, pattern, threshold, enabled FROM rules ORDER BY name")
_NEWEST_ITEMS = text("SELECT id, title, body FROM items ORDER BY id DESC LIMIT :scan")
_RULE_CANDIDATES = text(
    "SELECT i.id, i.body FROM items i LEFT JOIN members m ON m.id = i.member_id "
    "WHERE i.id > :last AND coalesce(m.status, '') != 'memorialized' "
    "ORDER BY i.id LIMIT :batch"
)
_ADD_RULE_ENTRY = text(
    "INSERT INTO queue (item_id, network, reasons, priority, entered_at, created_at) "
    "SELECT id, network, :bit, 0, :now, created_at FROM items WHERE id = :id "
    "ON CONFLICT (item_id) DO UPDATE SET reasons = queue.reasons | excluded.reasons"
)
_ADD_RULE_REASON = text(
    "INSERT INTO queue_reasons (item_id, reason, detail) VALUES (:id, 'rule', :detail)"
)
_DROP_UNREASONED = text(
    "DELETE FROM queue WHERE reasons = 0 AND state = 'new' AND item_id NOT IN "
    "(SELECT item_id FROM queue_decisions)"
)
_PRIORITY_INPUTS = text(
    "SELECT q.item_id, q.reasons, q.priority, i.report_count, "
    "coalesce(m.status, '') = 'watch' AS watched FROM queue q "
    "JOIN items i ON i.id = q.item_id LEFT JOIN members m ON m.id = i.member_id"
)
_SET_PRIORITY = text("UPDATE queue SET priority = :priority WHERE item_id = :id")
_PLATFORM_OPEN = text(
    "SELECT i.id, i.external_id FROM queue q JOIN items i ON i.id = q.item_id "
    "WHERE i.source_id = :source AND q.state = 'new' AND (q.reasons & :bits) != 0"
)


_LAST = 2**63 - 1
"""Later than any post: where a search's first page starts."""


def _scan_index(selection: QueueSelection) -> str:
    """``INDEXED BY`` the view's own partial index when a count reads all of it. Without
    statistics SQLite may take another index that holds the view (the open entries by network)
    and filter it: 15 views counted in 390 ms instead of 14 on a million items."""
    if selection.assignee is not None or selection.networks:
        return ""  # an index seeks to the assignee's or the network's entries
    if selection.states is None:
        bits = selection.reason_bits
        return (
            f"INDEXED BY ix_queue_reason_{_REASON_NAMES[bits[0]]}"
            if bits
            else ("INDEXED BY ix_queue_open")
        )
    if len(selection.states) == 1:
        return f"INDEXED BY ix_queue_state_{selection.states[0]}"
    return ""


def _runs(ids: list[int]) -> list[tuple[int, int]]:
    """Sorted ``ids`` as at most ``_RUNS`` (low, high) ranges, split at the widest gaps."""
    gaps = sorted(
        ((ids[k + 1] - ids[k], k) for k in range(len(ids) - 1) if ids[k + 1] - ids[k] > _GAP),
        reverse=True,
    )[: _RUNS - 1]
    runs, first = [], 0
    for k in sorted(k for _, k in gaps):
        runs.append((ids[first], ids[k]))
        first = k + 1
    runs.append((ids[first], ids[-1]))
    return runs


class QueueSQL:
    """The queue subject on one SQLite connection."""

    __slots__ = ("_connection",)

    conditions = staticmethod(_conditions)
    """The view's conditions as this dialect writes them (PostgreSQL's search differs)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def page(
        self,
        selection: QueueSelection,
        *,
        after_sort_key: int | None,
        after_item_id: int | None,
        after_created_at: int | None,
        limit: int,
    ) -> Sequence[Row[Any]]:
        query = self.conditions(selection)
        searching = bool(selection.match)
        by_time = not searching and selection.order != "priority"
        source = _FROM
        if searching:
            return self._search_page(selection, after_created_at, after_item_id, limit)
        if by_time:
            # Walk the items' time index, looking up each one's entry: no sort of the view.
            source = _FROM_BY_TIME
            newest = selection.order == "newest"
            order = "i.created_at DESC, i.id DESC" if newest else "i.created_at, i.id"
            if after_item_id is not None and after_created_at is not None:
                query.add(
                    f"(i.created_at, i.id) {'<' if newest else '>'} (:after_at, :after_id)",
                    after_at=after_created_at,
                    after_id=after_item_id,
                )
        else:
            # Ascending, as the partial indexes hold it: (sort_key, rowid) is walked, not sorted.
            order = "q.sort_key, q.item_id"
            if after_sort_key is not None and after_item_id is not None:
                query.add(
                    "(q.sort_key, q.item_id) > (:after, :after_id)",
                    after=after_sort_key,
                    after_id=after_item_id,
                )
        sql = f"{query.sql(f'SELECT {_COLUMNS} {source}')} ORDER BY {order} LIMIT :limit"
        return self._connection.execute(
            statement(sql, *query.lists), {**query.params, "limit": limit}
        ).all()

    def _search_page(
        self,
        selection: QueueSelection,
        after_at: int | None,
        after_id: int | None,
        limit: int,
    ) -> Sequence[Row[Any]]:
        """The view's matches newest post first, after (``after_at``, ``after_id``)."""
        match = selection.match
        # The raw cursor: a common word's batches are hundreds of thousands of (id, time) pairs.
        cursor = self._connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        few = [rowid for (rowid,) in cursor.execute(_MATCHES, (match, _FEW))]
        start = (
            (after_at, after_id) if after_at is not None and after_id is not None else (_LAST, 0)
        )
        if len(few) < _FEW:
            return self._among(selection, few, start, limit)
        found: list[Row[Any]] = []
        batch = _FIRST_BATCH
        walk = _OPEN_BY_TIME if selection.states is None else _BY_TIME
        while len(found) < limit:
            posts = cursor.execute(walk, (*start, batch)).fetchall()
            if not posts:
                break
            ids = sorted(item_id for item_id, _ in posts)
            batch_ids = set(ids)  # a range holds other posts too, older ones of a next batch
            hits = [
                rowid
                for low, high in _runs(ids)
                for (rowid,) in cursor.execute(_MATCHES_IN, (match, low, high))
                if rowid in batch_ids
            ]
            found.extend(self._among(selection, hits, start, limit - len(found)))
            start, batch = (posts[-1][1], posts[-1][0]), batch * 4
        return found

    def _among(
        self,
        selection: QueueSelection,
        item_ids: list[int],
        before: tuple[int, int],
        limit: int,
    ) -> Sequence[Row[Any]]:
        """Up to ``limit`` rows of the view among ``item_ids``, newest post first, older than
        ``before`` (created_at, id)."""
        if not item_ids:
            return []
        query = self.conditions(replace(selection, match=""))
        query.params["among"] = json.dumps(item_ids)
        query.add("(i.created_at, i.id) < (:at, :id)", at=before[0], id=before[1])
        sql = (
            f"{query.sql(f'SELECT {_COLUMNS} {_FROM_AMONG}')} ORDER BY {_SEARCH_ORDER} LIMIT :limit"
        )
        return self._connection.execute(
            statement(sql, *query.lists), {**query.params, "limit": limit}
        ).all()

    def rows_of(self, selection: QueueSelection, item_ids: Sequence[int]) -> Sequence[Row[Any]]:
        query = self.conditions(selection)
        query.add_list("q.item_id IN :items", "items", item_ids)
        sql = query.sql(f"SELECT {_COLUMNS} {_FROM}")
        return self._connection.execute(statement(sql, *query.lists), query.params).all()

    def count(self, selection: QueueSelection) -> int:
        query = self.conditions(selection)
        on_items = (
            selection.source_ids
            or selection.since is not None
            or selection.until is not None
            or selection.member_statuses
            or selection.tag
            or selection.part is not None
        )
        joins = _JOINS if on_items else ""
        sql = query.sql(f"SELECT count(*) FROM queue q {_scan_index(selection)} {joins}")
        return int(
            self._connection.execute(statement(sql, *query.lists), query.params).scalar_one()
        )

    def reasons(self, item_id: int) -> Sequence[Row[Any]]:
        return self._connection.execute(_REASONS, {"item": item_id}).all()

    def items_for_decision(self, item_ids: Sequence[int]) -> Sequence[Row[Any]]:
        found: list[Row[Any]] = []
        for chunk in chunks(item_ids):
            found.extend(self._connection.execute(_ITEMS, {"ids": chunk}))
        return found

    def standing(self, item_ids: Sequence[int]) -> Sequence[Row[Any]]:
        found: list[Row[Any]] = []
        for chunk in chunks(item_ids):
            found.extend(self._connection.execute(_STANDING, {"ids": chunk}))
        return found

    def latest_action(self, author_id: str) -> str | None:
        latest = self._connection.execute(_LATEST_ACTION, {"author": author_id}).scalar()
        return None if latest is None else str(latest)

    def action_decisions(self, action_id: str) -> Sequence[Row[Any]]:
        return self._connection.execute(_ACTION_DECISIONS, {"action": action_id}).all()

    def mute_target(self, item_id: int) -> Row[Any] | None:
        return self._connection.execute(_MUTE_TARGET, {"id": item_id}).first()

    def rules(self) -> Sequence[Row[Any]]:
        return self._connection.execute(_RULES).all()

    def newest_items(self, scan: int) -> Sequence[Row[Any]]:
        return self._connection.execute(_NEWEST_ITEMS, {"scan": scan}).all()

    def rule_candidates(self, after_id: int, batch: int) -> Sequence[Row[Any]]:
        return self._connection.execute(_RULE_CANDIDATES, {"last": after_id, "batch": batch}).all()

    def replace_rule_reasons(self, bit: int, now: int, matched: Sequence[tuple[int, str]]) -> None:
        self._connection.execute(text(f"UPDATE queue SET reasons = reasons & ~{int(bit)}"))
        self._connection.execute(text("DELETE FROM queue_reasons WHERE reason = 'rule'"))
        if matched:
            self._connection.execute(
                _ADD_RULE_ENTRY, [{"bit": bit, "now": now, "id": item_id} for item_id, _ in matched]
            )
            self._connection.execute(
                _ADD_RULE_REASON,
                [{"id": item_id, "detail": f"rule: {names}"} for item_id, names in matched],
            )
        self._connection.execute(_DROP_UNREASONED)

    def priority_inputs(self) -> Sequence[Row[Any]]:
        return self._connection.execute(_PRIORITY_INPUTS).all()

    def platform_open(self, source_id: int, bits: int) -> list[tuple[int, str]]:
        """(item id, network id) of a source's untouched entries with any of these reasons."""
        rows = self._connection.execute(_PLATFORM_OPEN, {"source": source_id, "bits": bits})
        return [(row.id, row.external_id) for row in rows]

    def drop_reasons(self, item_ids: Sequence[int], bits: int, names: Sequence[str]) -> None:
        """Take these reasons from the entries, and the entries that then have none left and
        nobody has claimed out of the queue."""
        for chunk in chunks(item_ids):
            ids = {"ids": list(chunk)}
            self._connection.execute(
                statement(
                    "UPDATE queue SET reasons = reasons & ~:bits WHERE item_id IN :ids", "ids"
                ),
                {**ids, "bits": bits},
            )
            self._connection.execute(
                statement(
                    "DELETE FROM queue_reasons WHERE item_id IN :ids AND reason IN :names",
                    "ids",
                    "names",
                ),
                {**ids, "names": list(names)},
            )
            self._connection.execute(
                statement(
                    "DELETE FROM queue WHERE item_id IN :ids AND reasons = 0 "
                    "AND state = 'new' AND assignee IS NULL",
                    "ids",
                ),
                ids,
            )

    def set_priorities(self, changed: Sequence[tuple[int, int]]) -> None:
        if changed:
            self._connection.execute(
                _SET_PRIORITY, [{"id": item_id, "priority": value} for item_id, value in changed]
            )
