"""The queue's SQL on PostgreSQL: SQLite's views, counts and look-ups, with the filters on the
item or its author written plainly (SQLite's unary ``+`` steers its planner; on text it is an
error here), no ``INDEXED BY``, and a search as a condition on the trigram index
(``fts.trigram_condition``), its matches newest post first, as PostgreSQL's planner sees fit.

At a million items (benchmarks/queue_bench.py): the open queue's views by time follow the
queue's own copy of the post's time (``ix_queue_open_time``: only open entries are walked, not
every item to find a fifth of them in the queue), and a view of states, reasons and networks
is counted from ``queue_tally`` (migration 0026), which triggers keep, instead of reading the
hundreds of thousands of entries its index holds.
"""

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Row

from workbench.core.store.postgres import fts
from workbench.core.store.queries import QueueSelection
from workbench.core.store.sqlite import queue as sqlite_queue
from workbench.core.store.sqlite.binding import statement


def _conditions(selection: QueueSelection) -> "sqlite_queue._Where":
    """SQLite's conditions on the queue entry, and PostgreSQL's own on the item and author."""
    query = sqlite_queue._conditions(
        replace(selection, source_ids=(), since=None, until=None, member_statuses=(), match="")
    )
    if selection.source_ids:
        query.add_list("i.source_id IN :sources", "sources", selection.source_ids)
    if selection.since is not None:
        query.add("i.created_at >= :since", since=selection.since)
    if selection.until is not None:
        query.add("i.created_at < :until", until=selection.until)
    if selection.member_statuses:
        query.add_list("m.status IN :statuses", "statuses", selection.member_statuses)
    if selection.match:
        condition, params = fts.trigram_condition(selection.match)
        query.add(condition, **params)
    return query


_SEARCH_SETTINGS = (
    "SELECT set_config('random_page_cost', '1.1', true), "
    "set_config('max_parallel_workers_per_gather', '0', true)"
)
"""For the rest of the read transaction (``SET LOCAL``), which in the window is one page."""
_ITEM_TIME = ("i.created_at", "i.id")
"""What a view of closed entries follows by time: the items' time index."""


class QueueSQL(sqlite_queue.QueueSQL):
    """The queue subject on one PostgreSQL connection."""

    __slots__ = ()

    conditions = staticmethod(_conditions)

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
        if selection.match or selection.order != "priority":
            newest = bool(selection.match) or selection.order == "newest"
            # The open queue keeps the post's time: its index walks open entries only.
            at, key = ("q.created_at", "q.item_id") if selection.states is None else _ITEM_TIME
            way = " DESC" if newest else ""
            order = f"{at}{way}, {key}{way}"
            if after_item_id is not None and after_created_at is not None:
                query.add(
                    f"({at}, {key}) {'<' if newest else '>'} (:after_at, :after_id)",
                    after_at=after_created_at,
                    after_id=after_item_id,
                )
        else:
            order = "q.sort_key, q.item_id"
            if after_sort_key is not None and after_item_id is not None:
                query.add(
                    "(q.sort_key, q.item_id) > (:after, :after_id)",
                    after=after_sort_key,
                    after_id=after_item_id,
                )
        # The limit is written out: a statement psycopg has prepared (the fifth run of the
        # same text) gets a generic plan, which guesses a bound limit at a tenth of the view
        # and takes a parallel plan, 20-30 ms instead of 2.
        sql = (
            f"{query.sql(f'SELECT {sqlite_queue._COLUMNS} {sqlite_queue._FROM}')} "
            f"ORDER BY {order} LIMIT {int(limit)}"
        )
        if not selection.match:
            return self._connection.execute(statement(sql, *query.lists), query.params).all()
        # A search's best plan depends on its words (walk the newest entries for a common one,
        # ask the index for a rare one): planned each time, never from a prepared statement's
        # generic plan, which knows no words. The choice hinges on what a look-up costs: the
        # server's default prices it as on a spinning disk (4), and took a scan of the whole
        # queue over 61 look-ups for a rare word (80 ms instead of 11); 1.1 is an SSD's or a
        # cache's price. Nor does a first page wait for parallel workers to start.
        self._connection.exec_driver_sql(_SEARCH_SETTINGS)
        driver = self._connection.connection.driver_connection
        threshold, driver.prepare_threshold = driver.prepare_threshold, None  # type: ignore[union-attr]
        try:
            return self._connection.execute(statement(sql, *query.lists), query.params).all()
        finally:
            driver.prepare_threshold = threshold  # type: ignore[union-attr]

    def count(self, selection: QueueSelection) -> int:
        query = self.conditions(selection)
        on_items = (
            selection.source_ids
            or selection.since is not None
            or selection.until is not None
            or selection.member_statuses
            or selection.tag
            or selection.match
            or selection.part is not None
        )
        if on_items or selection.assignee is not None:
            joins = sqlite_queue._JOINS if on_items else ""
            sql = query.sql(f"SELECT count(*) FROM queue q {joins}")
        else:  # the same conditions on the tally's state, network and reasons
            sql = query.sql("SELECT coalesce(sum(q.entries), 0) FROM queue_tally q")
        return int(
            self._connection.execute(statement(sql, *query.lists), query.params).scalar_one()
        )
