import pytest

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.interventions import logbook
from workbench.core.members import profile
from workbench.core.queue import decisions
from workbench.core.records import ItemRecord, MemberRecord

NOW = 1_800_000_000
DAY = 86_400


@pytest.fixture
def forum(store):
    records = [
        MemberRecord("forum", "a", handle="anna"),
        MemberRecord("forum", "b", handle="ben"),
        MemberRecord("forum", "c", handle="cem"),
        MemberRecord("chat", "a", handle="anna"),
        ItemRecord(
            "forum",
            "p1",
            "a",
            "post",
            NOW - 20 * DAY,
            title="Mein Projekt",
            body="Start",
            thread_external_id="p1",
        ),
        ItemRecord(
            "forum",
            "r1",
            "b",
            "comment",
            NOW - 19 * DAY,
            body="Toll",
            parent_external_id="p1",
            thread_external_id="p1",
        ),
        ItemRecord(
            "forum",
            "r2",
            "b",
            "comment",
            NOW - 18 * DAY,
            body="Wirklich",
            parent_external_id="p1",
            thread_external_id="p1",
        ),
        ItemRecord(
            "forum",
            "r3",
            "c",
            "comment",
            NOW - 17 * DAY,
            body="Hm",
            parent_external_id="p1",
            thread_external_id="p1",
            report_count=1,
        ),
        ItemRecord(
            "forum",
            "a2",
            "a",
            "comment",
            NOW - 16 * DAY,
            body="Danke Cem",
            parent_external_id="r3",
            thread_external_id="p1",
            report_count=1,
        ),
        ItemRecord(
            "forum",
            "a3",
            "a",
            "comment",
            NOW - 2 * DAY,
            body="Noch was",
            parent_external_id="r1",
            thread_external_id="p1",
        ),
    ]
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=NOW)
        ingestor.add_all(records)
        ingestor.finish()
        anna = profile.find_member(connection, "forum:anna")
        item = connection.exec_driver_sql(
            "SELECT id FROM items WHERE external_id = 'a2'"
        ).scalar_one()
        eventlog.record(
            connection,
            Kind.MEMBER_NOTE_ADDED,
            {"member": {"network": "forum", "id": "a"}, "type": "warning", "text": "Ton"},
            AUTHOR,
            at=NOW - 15 * DAY,
        )
        decisions.decide(connection, [item], "remove", AUTHOR, at=NOW - 14 * DAY)
        logbook.log(
            connection,
            "warning",
            "private_message",
            logbook.Targets(members=[anna]),
            AUTHOR,
            at=NOW - 14 * DAY,
        )
        for value, at in ((3, NOW - 10 * DAY), (5, NOW - DAY)):
            eventlog.record(
                connection,
                Kind.MEMBER_RATED,
                {
                    "member": {"network": "forum", "id": "a"},
                    "dimension": "expertise",
                    "value": value,
                },
                AUTHOR,
                at=at,
            )
    return store, anna


def test_timeline_is_newest_first_and_pages(forum):
    store, anna = forum
    with store.read() as connection:
        everything = profile.timeline(connection, anna, limit=100)
        first = profile.timeline(connection, anna, limit=3)
        rest = profile.timeline(connection, anna, before=first[-1], limit=100)
    assert [e.kind for e in everything] == [
        "item",
        "intervention",
        "decision",
        "note",
        "item",
        "item",
    ]
    assert first + rest == everything
    assert everything[2].summary == "removed" and everything[3].summary == "warning: Ton"


def test_timeline_entries_lead_to_their_items(forum):
    from workbench.core.members import roster

    store, anna = forum
    with store.write() as connection:
        a2 = connection.exec_driver_sql("SELECT id FROM items WHERE external_id = 'a2'").scalar()
        roster.add_note(connection, anna, "abuse", "Beleidigt Cem", AUTHOR, item_id=a2)
    with store.read() as connection:
        entries = profile.timeline(connection, anna, limit=100)
        led_to = {
            (entry.kind, entry.summary): profile.item_of(connection, entry) for entry in entries
        }
        own = {int(e.ref) for e in entries if e.kind == "item"}
    assert led_to[("decision", "removed")] == a2  # the removed item
    assert led_to[("note", "abuse: Beleidigt Cem")] == a2  # the note taken on it
    assert led_to[("note", "warning: Ton")] is None  # a note on the member alone
    assert [v for (kind, _), v in led_to.items() if kind == "intervention"] == [None]
    assert {led_to[("item", e.summary)] for e in entries if e.kind == "item"} == own


def test_weekly_activity_marks_interventions(forum):
    store, anna = forum
    with store.read() as connection:
        weeks, marks = profile.weekly_activity(connection, anna, now=NOW, weeks=4)
    assert [count for _, count in weeks] == [0, 2, 0, 1]  # days -20 and -16 share a week
    assert marks == [NOW - 14 * DAY]


def test_partners_count_replies_both_ways(forum):
    store, anna = forum
    with store.read() as connection:
        found = profile.partners(connection, anna)
    assert [(p.handle, p.replies_to_them, p.replies_from_them) for p in found] == [
        ("ben", 2, 1),
        ("cem", 1, 1),
    ]


def test_ratings_history_latest_first(forum):
    store, anna = forum
    with store.read() as connection:
        assert [v for v, _, _ in profile.ratings(connection, anna)["expertise"]] == [5, 3]


def test_find_member_by_id_handle_or_network_handle(forum):
    store, anna = forum
    with store.read() as connection:
        assert profile.find_member(connection, str(anna)) == anna
        assert profile.find_member(connection, "forum:anna") == anna
        with pytest.raises(WorkbenchError, match="names 2 members"):
            profile.find_member(connection, "anna")
        with pytest.raises(WorkbenchError, match="No member"):
            profile.find_member(connection, "zoe")


def test_status_tags_and_ratings_are_events(forum):
    from workbench.core.members import roster
    from workbench.core.queue import items

    store, anna = forum
    with store.write() as connection:
        roster.set_status(connection, anna, "watch", AUTHOR)
        roster.tag(connection, anna, "helper", AUTHOR)
        roster.tag(connection, anna, "beta", AUTHOR)
        roster.tag(connection, anna, "beta", AUTHOR, on=False)
        roster.rate(connection, anna, "feedback", 4, AUTHOR)
        with pytest.raises(WorkbenchError, match="no status"):
            roster.set_status(connection, anna, "vanished", AUTHOR)
    with store.read() as connection:
        card = items.member_card(connection, anna)
        assert (card.status, card.tags) == ("watch", ["helper"])
        assert profile.ratings(connection, anna)["feedback"][0][0] == 4
        assert roster.tag_names(connection) == ["helper"]


def test_a_change_of_status_shows_in_the_timeline_with_who_made_it(forum):
    store, anna = forum
    with store.write() as connection:
        eventlog.record(
            connection,
            Kind.MEMBER_STATUS_SET,
            {"member": {"network": "forum", "id": "a"}, "status": "banned"},
            AUTHOR,
            at=NOW,
        )
        eventlog.record(  # the same handle on another network is someone else's record
            connection,
            Kind.MEMBER_STATUS_SET,
            {"member": {"network": "chat", "id": "a"}, "status": "watch"},
            AUTHOR,
            at=NOW,
        )
    with store.read() as connection:
        entries = profile.timeline(connection, anna, limit=100)
    statuses = [e for e in entries if e.kind == "status"]
    assert [(e.summary, e.author, e.at) for e in statuses] == [("banned", AUTHOR.name, NOW)]
    assert entries[0] == statuses[0]  # the newest entry
