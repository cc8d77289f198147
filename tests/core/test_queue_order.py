"""The queue's order within a priority (post time, oldest first) and a search's (newest post
first), on items imported out of time order."""

import random
from collections import Counter

import pytest
from sqlalchemy import event

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.queue import decisions, listing
from workbench.core.queue.listing import QueueFilter, QueueKey
from workbench.core.records import ItemRecord
from workbench.core.store import migrate, open_store, sqlite
from workbench.core.store.schema import POST_TIME_RANGE
from workbench.core.store.sqlite import queue as queue_sql

TIMES = random.Random(7).sample(range(1_000, 100_000), 90)
"""Post times in no order: item ids (import order) say nothing about them."""


def _import(store, records, now=200_000):
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=now)
        ingestor.add_all(records)
        ingestor.finish()


def _item(n, at, reports=1, body="Akku defekt"):
    return ItemRecord("forum", f"p{n}", "a", "comment", at, body=body, report_count=reports)


@pytest.fixture
def shuffled(store):
    # Three priorities (1, 2 and 3 reports), each with posts imported out of time order.
    _import(store, [_item(n, at, reports=1 + n % 3) for n, at in enumerate(TIMES)])
    return store


def _pages(connection, wanted, limit=7):
    seen, after = [], None
    while rows := listing.page(connection, wanted, after=after, limit=limit):
        seen.extend(rows)
        after = rows[-1].key
    return seen


def test_within_a_priority_the_oldest_post_comes_first_across_pages(shuffled):
    with shuffled.read() as connection:
        seen = _pages(connection, None)
    assert len(seen) == len(TIMES) and len({r.priority for r in seen}) >= 3
    assert [(r.priority, r.created_at) for r in seen] == sorted(
        ((r.priority, r.created_at) for r in seen), key=lambda key: (-key[0], key[1])
    )
    most = Counter(r.priority for r in seen).most_common(1)[0][0]
    ids = [r.item_id for r in seen if r.priority == most]
    assert len(ids) > 7 and ids != sorted(ids)  # over pages, and not in import order


def test_posts_of_the_same_second_follow_the_import_and_page_without_loss(store):
    _import(store, [_item(n, 5_000 if n % 2 else 4_000) for n in range(20)])
    with store.read() as connection:
        seen = _pages(connection, None, limit=3)
    assert [(r.created_at, r.item_id) for r in seen] == sorted(
        (r.created_at, r.item_id) for r in seen
    )
    assert len({r.item_id for r in seen}) == 20


@pytest.mark.parametrize("few", [queue_sql._FEW, 5], ids=["rare word", "common word"])
def test_search_shows_the_newest_post_first_across_pages(shuffled, monkeypatch, few):
    """A rare word's matches are sorted; a common one's walk the time index in batches, asked
    of the search index a run of ids at a time (made small here to cross several)."""
    monkeypatch.setattr(queue_sql, "_FEW", few)
    monkeypatch.setattr(queue_sql, "_FIRST_BATCH", 4)
    monkeypatch.setattr(queue_sql, "_GAP", 3)
    monkeypatch.setattr(queue_sql, "_RUNS", 3)
    _import(shuffled, [_item(100 + n, at, body="Kein Treffer") for n, at in enumerate(TIMES[:30])])
    with shuffled.read() as connection:
        seen = _pages(connection, QueueFilter(search="akku"), limit=6)
        held = _pages(connection, QueueFilter(search="akku", since=50_000), limit=6)
        # Not the open queue: the walk goes over every item's time instead of the open entries.
        new = _pages(connection, QueueFilter(search="akku", states=("new",)), limit=6)
    keys = [(r.created_at, r.item_id) for r in seen]
    assert [(r.created_at, r.item_id) for r in new] == keys  # every test item is new
    assert keys == sorted(keys, reverse=True) and len(keys) == len(TIMES)
    assert [r.created_at for r in held] == sorted(
        (at for at in TIMES if at >= 50_000), reverse=True
    )


def test_the_default_view_walks_its_index_without_sorting(shuffled):
    key = QueueKey(priority=40, item_id=5, created_at=50_000)
    with shuffled.read() as connection:
        for after in (None, key):
            sql, params = _page_sql(connection, after)
            plan = [
                row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)
            ]
            assert any("USING INDEX ix_queue_open" in step for step in plan), plan
            assert not any("TEMP B-TREE" in step for step in plan), plan


def _page_sql(connection, after):
    """The SQL and parameters a page of the default view runs, as SQLite received them."""
    statements = []

    def keep(_conn, _cursor, sql, params, _context, _many):
        statements.append((sql, params))

    event.listen(connection, "before_cursor_execute", keep)
    try:
        listing.page(connection, after=after, limit=10)
    finally:
        event.remove(connection, "before_cursor_execute", keep)
    return statements[-1]


def test_the_python_key_is_the_columns_key_even_for_hostile_times(store):
    extremes = [-(10**15), -POST_TIME_RANGE - 1, -1, 0, 1_700_000_000, POST_TIME_RANGE, 10**15]
    _import(store, [_item(n, at, reports=1 + n % 2) for n, at in enumerate(extremes)])
    with store.read() as connection:
        stored = dict(connection.exec_driver_sql("SELECT item_id, sort_key FROM queue").all())
        rows = _pages(connection, None, limit=2)
    assert {r.item_id: r.key.sort_key for r in rows} == stored
    within = [r.created_at for r in rows if r.priority == rows[0].priority]
    assert within == sorted(within)  # clamped into the range, still in order


def test_an_item_whose_time_changes_at_reimport_moves(shuffled):
    with shuffled.read() as connection:
        last = listing.page(connection, limit=1000)[-1]
    _import(shuffled, [_item(TIMES.index(last.created_at), 1, reports=last.report_count)])
    with shuffled.read() as connection:
        rows = listing.page(connection, limit=1000)
    moved = next(r for r in rows if r.item_id == last.item_id)
    same = [r for r in rows if r.priority == moved.priority]  # the oldest post now, first too
    assert moved.created_at == 1 and same[0] == moved and len(same) > 1


def test_an_entry_a_decision_makes_gets_the_post_time(store):
    _import(store, [ItemRecord("forum", "calm", "a", "comment", 3_000, body="Danke")])
    with store.write() as connection:
        item_id = connection.exec_driver_sql("SELECT id FROM items").scalar_one()
        decisions.decide(connection, [item_id], "escalate", AUTHOR)  # not in the queue before
        entry = connection.exec_driver_sql("SELECT created_at FROM queue").one()
    assert entry.created_at == 3_000


def test_upgrading_a_store_with_entries_orders_them_by_post_time(tmp_path):
    path = tmp_path / "0016.db"
    engine = sqlite.create_sqlite_engine(path)
    with engine.connect() as connection:
        connection = connection.execution_options(**{sqlite.WRITE_OPTION: True})
        with connection.begin():
            migrate.upgrade(connection, "0016")
            connection.exec_driver_sql(
                "INSERT INTO sources (uid, name, kind, network, created_at) "
                "VALUES ('s1', 'Forum', 'test', 'forum', 1)"
            )
            for n, at in enumerate(TIMES[:12]):
                connection.exec_driver_sql(
                    "INSERT INTO items (source_id, network, external_id, kind, created_at, "
                    "imported_at) VALUES (1, 'forum', ?, 'comment', ?, 1)",
                    (f"p{n}", at),
                )
                connection.exec_driver_sql(
                    "INSERT INTO queue (item_id, network, reasons, priority, entered_at) "
                    "VALUES (?, 'forum', 2, ?, 1)",
                    (n + 1, 40 + 5 * (n % 2)),
                )
    engine.dispose()
    with open_store(path) as store, store.read() as connection:
        rows = _pages(connection, None, limit=5)
    assert [(r.priority, r.created_at) for r in rows] == sorted(
        ((r.priority, r.created_at) for r in rows), key=lambda key: (-key[0], key[1])
    )
    assert len(rows) == 12
