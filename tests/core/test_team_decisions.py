"""Several managers on one queue: a decision on what another manager decided since it was
shown, or on an item another manager holds, is refused with who and when; claims are exclusive
until their holder releases or decides the item. On both stores (the check is the core's)."""

import pytest

from workbench.core import sources
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.queue import decisions, items, listing
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.settings import Author

ANNA = Author(id="00000000-0000-4000-8000-00000000000a", name="Anna")
BEN = Author(id="00000000-0000-4000-8000-00000000000b", name="Ben")
AT = 1_700_000_000


@pytest.fixture
def queued(store):
    """Four reported items in the queue."""
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=1_000)
        ingestor.add_all(
            [
                MemberRecord("forum", "a", handle="troll"),
                *(
                    ItemRecord(
                        "forum", f"p{n}", "a", "comment", 100 + n, body=f"Nr {n}", report_count=1
                    )
                    for n in range(4)
                ),
            ]
        )
        ingestor.finish()
    with store.read() as connection:
        ids = [row.item_id for row in listing.page(connection, listing.QueueFilter(states=None))]
    return store, sorted(ids)


def _decided(store):
    with store.read() as connection:
        return [
            (e.author_name, e.payload["item"]["id"], e.payload["decision"])
            for e in eventlog.iter_events(connection, kinds=(Kind.QUEUE_DECIDED,))
        ]


def test_a_decision_on_what_another_decided_since_it_was_shown_is_refused(queued):
    store, ids = queued
    item = ids[0]
    with store.write() as connection:
        decisions.decide(connection, [item], "remove", ANNA, at=AT, seen={item: "new"})
    with pytest.raises(decisions.Conflicted) as refused, store.write() as connection:
        decisions.decide(connection, [item], "approve", BEN, seen={item: "new"})
    [conflict] = refused.value.conflicts
    assert (conflict.item_id, conflict.state, conflict.by, conflict.at) == (
        item,
        "removed",
        "Anna",
        AT,
    )
    said = refused.value.said(lambda unix: f"<{unix}>")
    assert said == f"Item #{item} was already removed by Anna at <{AT}>."
    assert _decided(store) == [("Anna", "p0", "remove")]  # one decision, never two


def test_a_manager_who_saw_the_decision_may_decide_over_it_and_their_own_never_conflict(queued):
    store, ids = queued
    item = ids[0]
    with store.write() as connection:
        decisions.decide(connection, [item], "remove", ANNA, seen={item: "new"})
        decisions.decide(connection, [item], "approve", BEN, seen={item: "removed"})
        decisions.decide(connection, [item], "ignore", BEN, seen={item: "new"})  # his own
    assert [d for _, _, d in _decided(store)] == ["remove", "approve", "ignore"]


def test_without_what_was_seen_only_a_decision_that_closed_the_item_stands_in_the_way(queued):
    """The command line says nothing of what its user saw: an escalation asks for the next
    decision, a removal by someone else is not overruled unseen."""
    store, ids = queued
    with store.write() as connection:
        decisions.decide(connection, [ids[0]], "escalate", ANNA)
        decisions.decide(connection, [ids[1]], "remove", ANNA)
        decisions.decide(connection, [ids[0]], "remove", BEN)
    refused = pytest.raises(decisions.Conflicted, match="already removed by Anna")
    with refused, store.write() as connection:
        decisions.decide(connection, [ids[1]], "approve", BEN)


def test_a_bulk_decision_leaves_out_what_others_got_to_and_records_the_rest(queued):
    store, ids = queued
    with store.write() as connection:
        decisions.decide(connection, [ids[1]], "approve", ANNA)
    seen = dict.fromkeys(ids, "new")
    with store.write() as connection:
        result = decisions.decide(connection, ids, "remove", BEN, seen=seen)
    assert [c.item_id for c in result.conflicts] == [ids[1]]
    assert len(result.events) == 3
    assert sorted(_decided(store)) == sorted(
        [("Anna", "p1", "approve"), *(("Ben", f"p{n}", "remove") for n in (0, 2, 3))]
    )


def test_a_claim_is_exclusive_until_its_holder_releases_or_decides_the_item(queued):
    store, ids = queued
    item = ids[2]
    with store.write() as connection:
        decisions.assign(connection, [item], "Anna", ANNA, at=AT)
    for attempt in (
        lambda c: decisions.assign(c, [item], "Ben", BEN),
        lambda c: decisions.assign(c, [item], None, BEN),
        lambda c: decisions.decide(c, [item], "remove", BEN, seen={item: "new"}),
    ):
        with pytest.raises(decisions.Conflicted) as refused, store.write() as connection:
            attempt(connection)
        assert (
            refused.value.said(str)
            == f"Item #{item} is claimed by Anna (since {AT}): theirs to decide."
        )
    with store.read() as connection:
        assert decisions.claim_in(items.history(connection, item)) == decisions.Claim("Anna", AT)
    with store.write() as connection:
        decisions.decide(connection, [item], "escalate", ANNA, seen={item: "new"})
    with store.read() as connection:
        assert decisions.claim_in(items.history(connection, item)) is None  # she decided
    with store.write() as connection:
        decisions.undo_last(connection, ANNA)  # her decision taken back: hers again
    with pytest.raises(decisions.Conflicted), store.write() as connection:
        decisions.assign(connection, [item], "Ben", BEN)
    with store.write() as connection:
        decisions.assign(connection, [item], None, ANNA)
        decisions.assign(connection, [item], "Ben", BEN)
    with store.read() as connection:
        assert decisions.claim_in(items.history(connection, item)).holder == "Ben"


def test_claiming_many_items_of_which_one_is_held_records_nothing(queued):
    store, ids = queued
    with store.write() as connection:
        decisions.assign(connection, [ids[3]], "Anna", ANNA)
    with pytest.raises(decisions.Conflicted) as refused, store.write() as connection:
        decisions.assign(connection, ids, "Ben", BEN)
    assert [c.item_id for c in refused.value.conflicts] == [ids[3]]
    with store.read() as connection:
        assigned = list(eventlog.iter_events(connection, kinds=(Kind.QUEUE_ASSIGNED,)))
    assert len(assigned) == 1
