"""Decisions as actions: one bulk decision is one action, and one undo takes all of it back."""

import pytest

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.errors import InvalidEventError
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.queue import decisions, listing
from workbench.core.records import ItemRecord, MemberRecord


@pytest.fixture
def queued(store):
    """Five reported items by two members, in the queue."""
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=1_000)
        ingestor.add_all(
            [
                MemberRecord("forum", "a", handle="anna"),
                MemberRecord("forum", "b", handle="ben"),
                *(
                    ItemRecord(
                        "forum",
                        f"p{n}",
                        "ab"[n % 2],
                        "comment",
                        100 + n,
                        body=f"Nr {n}",
                        report_count=1,
                    )
                    for n in range(5)
                ),
            ]
        )
        ingestor.finish()
    with store.read() as connection:
        ids = [row.item_id for row in listing.page(connection)]
    return store, ids


def _states(store, ids):
    with store.read() as connection:
        return [
            connection.exec_driver_sql(f"SELECT state FROM queue WHERE item_id = {i}").scalar_one()
            for i in ids
        ]


def test_one_undo_takes_back_a_whole_bulk_decision(queued):
    store, ids = queued
    with store.write() as connection:
        decisions.decide(connection, [ids[0]], "approve", AUTHOR)
        bulk = decisions.decide(connection, ids[1:4], "remove", AUTHOR)
    assert len({event.payload["action"] for event in bulk.events}) == 1
    with store.write() as connection:
        undone = decisions.undo_last(connection, AUTHOR)
    assert undone is not None
    assert (undone.state, sorted(undone.item_ids)) == ("removed", sorted(ids[1:4]))
    assert _states(store, ids) == ["approved", "new", "new", "new", "new"]
    with store.read() as connection:
        kinds = [event.kind for event in eventlog.iter_events(connection)]
    assert kinds.count(Kind.QUEUE_UNDONE) == 1  # one action undone, one event
    with store.write() as connection:
        earlier = decisions.undo_last(connection, AUTHOR)  # the next undo: the decision before
        assert earlier is not None and (earlier.state, earlier.item_ids) == ("approved", ids[:1])
        assert decisions.undo_last(connection, AUTHOR) is None
        eventlog.rebuild(connection)
    assert _states(store, ids) == ["new"] * 5


def test_an_undo_recorded_before_actions_still_replays(queued):
    """Logs from before actions name one decision per undo, and no action per decision."""
    store, _ = queued
    item = {"network": "forum", "id": "p0"}
    with store.write() as connection:
        decided = eventlog.record(
            connection, Kind.QUEUE_DECIDED, {"item": item, "decision": "remove"}, AUTHOR
        )
        eventlog.record(connection, Kind.QUEUE_UNDONE, {"event": decided.id}, AUTHOR)
        eventlog.rebuild(connection)
        with pytest.raises(InvalidEventError, match="undone already"):
            eventlog.record(connection, Kind.QUEUE_UNDONE, {"events": [decided.id]}, AUTHOR)
    with store.read() as connection:
        state = connection.exec_driver_sql(
            "SELECT q.state FROM queue q JOIN items i ON i.id = q.item_id "
            "WHERE i.external_id = 'p0'"
        ).scalar_one()
    assert state == "new"
