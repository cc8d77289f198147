"""The team store's tally of queue entries (migration 0026) stays what the queue holds through
every kind of write, and the saved views' counts read from it are the entries' own counts."""

import pytest

from tests.conftest import AUTHOR, DEMO_NOW
from workbench.core.events import eventlog
from workbench.core.queue import decisions, listing, rules
from workbench.core.store import Store, open_store
from workbench.services import demo

pytestmark = pytest.mark.postgres


def _assert_tally_is_the_queue(store: Store) -> None:
    with store.read() as connection:
        counted = connection.exec_driver_sql(
            "SELECT state, network, reasons, count(*) FROM queue GROUP BY state, network, reasons"
        ).all()
        tallied = connection.exec_driver_sql(
            "SELECT state, network, reasons, entries FROM queue_tally WHERE entries != 0"
        ).all()
        held = connection.exec_driver_sql(
            "SELECT count(*) FROM queue WHERE state IN ('new', 'in_review', 'escalated') "
            "AND (reasons & 1) != 0"
        ).scalar_one()
        new = connection.exec_driver_sql(
            "SELECT count(*) FROM queue WHERE state = 'new'"
        ).scalar_one()
        counts = listing.view_counts(connection, AUTHOR.name)
        chat = listing.count(connection, listing.QueueFilter(networks=("discord",)))
        chat_counted = connection.exec_driver_sql(
            "SELECT count(*) FROM queue WHERE state IN ('new', 'in_review', 'escalated') "
            "AND network = 'discord'"
        ).scalar_one()
    assert sorted(tallied) == sorted(counted) and counted
    assert (counts["held"], counts["new"], chat) == (held, new, chat_counted)


def test_the_tally_follows_imports_decisions_rescans_and_replays(postgres_url):
    with open_store(postgres_url) as store:
        demo.populate(store, now=DEMO_NOW)
        _assert_tally_is_the_queue(store)
        with store.read() as connection:
            ids = [row.item_id for row in listing.page(connection, limit=40)]
        with store.write() as connection:
            decisions.decide(connection, ids[:10], "remove", AUTHOR)
            decisions.decide(connection, ids[10:20], "escalate", AUTHOR)
            decisions.assign(connection, ids[20:25], AUTHOR.name, AUTHOR)
        _assert_tally_is_the_queue(store)
        with store.write() as connection:
            decisions.undo_last(connection, AUTHOR)
            rules.rescan(connection, DEMO_NOW)
        _assert_tally_is_the_queue(store)
        with store.write() as connection:
            eventlog.rebuild(connection)
            connection.exec_driver_sql("DELETE FROM queue WHERE item_id = %s", (ids[30],))
        _assert_tally_is_the_queue(store)
