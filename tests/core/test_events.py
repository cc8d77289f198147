import dataclasses

import pytest
from sqlalchemy.exc import IntegrityError

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.errors import InvalidEventError
from workbench.core.events import eventlog
from workbench.core.events.event import Event, Kind
from workbench.core.ingest import Ingestor
from workbench.core.records import ItemRecord, MemberRecord

MEMBER = {"network": "discord", "id": "u1"}
ITEM = {"network": "discord", "id": "m1"}


@pytest.fixture
def seeded(store):
    with store.write() as connection:
        source = sources.ensure(connection, name="Server", kind="test", network="discord")
        ingestor = Ingestor(connection, source, now=1_000)
        ingestor.add(MemberRecord("discord", "u1", handle="anna"))
        ingestor.add(
            ItemRecord("discord", "m1", "u1", "message", 900, body="Hallo!", report_count=2)
        )
        ingestor.finish()
    return store


def _state(connection):
    def dump(sql):
        return connection.exec_driver_sql(sql).all()

    return (
        dump("SELECT item_id, state, decided_at FROM queue ORDER BY item_id"),
        dump("SELECT id, status FROM members ORDER BY id"),
        dump("SELECT id, member_id, type, text FROM notes ORDER BY id"),
        dump("SELECT member_id, tag_id FROM member_tags ORDER BY 1, 2"),
        dump("SELECT id, dimension, value FROM ratings ORDER BY id"),
        dump("SELECT id, kind, follow_up_at FROM interventions ORDER BY id"),
        dump("SELECT intervention_id, member_id FROM intervention_targets ORDER BY 1"),
        dump("SELECT id, outcome FROM observations ORDER BY id"),
    )


def test_recorded_event_reads_back_unchanged(seeded):
    with seeded.write() as connection:
        event = eventlog.record(
            connection,
            Kind.MEMBER_NOTE_ADDED,
            {"member": MEMBER, "type": "other", "text": "Nett"},
            AUTHOR,
            at=5,
        )
    with seeded.read() as connection:
        assert eventlog.get(connection, event.id) == event
    assert event.payload["text"] == "Nett"
    assert event.to_json()["author"] == {"id": AUTHOR.id, "name": AUTHOR.name}
    assert event.to_json()["at"] == "1970-01-01T00:00:05Z"


def test_events_cannot_be_changed_through_the_core_api(seeded):
    with seeded.write() as connection:
        event = eventlog.record(
            connection, Kind.MEMBER_STATUS_SET, {"member": MEMBER, "status": "watch"}, AUTHOR
        )
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.kind = "member.status_set"  # type: ignore[misc]
    event.payload["status"] = "banned"
    assert event.payload["status"] == "watch"
    assert not [
        name for name in dir(eventlog) if name.startswith(("update", "delete", "edit", "remove"))
    ]
    assert not [name for name in dir(Event) if name.startswith(("update", "delete", "set"))]


@pytest.mark.parametrize(
    "sql",
    ["UPDATE events SET kind = 'member.tagged'", "DELETE FROM events"],
)
def test_the_database_refuses_to_change_events(seeded, sql):
    with seeded.write() as connection:
        eventlog.record(
            connection, Kind.MEMBER_STATUS_SET, {"member": MEMBER, "status": "watch"}, AUTHOR
        )
    with pytest.raises(IntegrityError, match="append-only"), seeded.write() as connection:
        connection.exec_driver_sql(sql)
    assert seeded.counts()["events"] == 1


def test_event_ids_are_uuid7_in_time_order(seeded):
    with seeded.write() as connection:
        ids = [
            eventlog.record(
                connection, Kind.MEMBER_TAGGED, {"member": MEMBER, "tag": f"t{n}"}, AUTHOR
            ).id
            for n in range(50)
        ]
    assert ids == sorted(ids)
    assert all(value[14] == "7" for value in ids)


@pytest.mark.parametrize(
    ("kind", "payload", "message"),
    [
        (Kind.MEMBER_STATUS_SET, {"member": MEMBER, "status": "gone"}, "status"),
        (
            Kind.MEMBER_STATUS_SET,
            {"member": {"network": "discord", "id": "nobody"}, "status": "watch"},
            "Unknown member",
        ),
        (Kind.MEMBER_RATED, {"member": MEMBER, "dimension": "expertise", "value": 6}, "1 to 5"),
        (Kind.QUEUE_DECIDED, {"item": ITEM, "decision": "delete"}, "decision"),
        (Kind.MEMBER_NOTE_ADDED, {"member": MEMBER, "type": "other", "text": "  "}, "text"),
        (Kind.INTERVENTION_LOGGED, {"kind": "warning", "channel": "post", "targets": {}}, "target"),
        ("member.teleported", {}, "Unknown event kind"),
    ],
)
def test_invalid_events_are_refused_and_leave_nothing(seeded, kind, payload, message):
    before = seeded.counts()
    with pytest.raises(InvalidEventError, match=message), seeded.write() as connection:
        eventlog.record(connection, kind, payload, AUTHOR)
    assert seeded.counts() == before


def test_projections_follow_events(seeded):
    with seeded.write() as connection:
        eventlog.record(
            connection, Kind.QUEUE_DECIDED, {"item": ITEM, "decision": "remove"}, AUTHOR, at=2000
        )
        eventlog.record(
            connection, Kind.MEMBER_STATUS_SET, {"member": MEMBER, "status": "memorialized"}, AUTHOR
        )
        eventlog.record(connection, Kind.MEMBER_TAGGED, {"member": MEMBER, "tag": "helper"}, AUTHOR)
        eventlog.record(
            connection, Kind.MEMBER_UNTAGGED, {"member": MEMBER, "tag": "helper"}, AUTHOR
        )
        logged = eventlog.record(
            connection,
            Kind.INTERVENTION_LOGGED,
            {
                "kind": "thanks",
                "channel": "public_reply",
                "targets": {"members": [MEMBER]},
                "follow_up_at": 9000,
            },
            AUTHOR,
        )
        eventlog.record(
            connection,
            Kind.INTERVENTION_OBSERVED,
            {"intervention": logged.id, "outcome": "improved", "next_follow_up_at": 12000},
            AUTHOR,
        )
        queue_state, members, _notes, tags, _ratings, interventions, _targets, observations = (
            _state(connection)
        )
    assert queue_state[0][1:] == ("removed", 2000)
    assert members[0][1] == "memorialized"
    assert tags == []
    assert interventions == [(logged.id, "thanks", 12000)]
    assert observations[0][1] == "improved"


def test_rebuild_from_the_log_gives_the_same_state(seeded):
    with seeded.write() as connection:
        eventlog.record(
            connection, Kind.QUEUE_DECIDED, {"item": ITEM, "decision": "approve"}, AUTHOR
        )
        eventlog.record(
            connection, Kind.MEMBER_STATUS_SET, {"member": MEMBER, "status": "watch"}, AUTHOR
        )
        eventlog.record(
            connection,
            Kind.MEMBER_NOTE_ADDED,
            {"member": MEMBER, "type": "warning", "text": "Ton"},
            AUTHOR,
        )
        eventlog.record(
            connection,
            Kind.MEMBER_RATED,
            {"member": MEMBER, "dimension": "expertise", "value": 4},
            AUTHOR,
        )
        eventlog.record(connection, Kind.MEMBER_TAGGED, {"member": MEMBER, "tag": "helper"}, AUTHOR)
        eventlog.record(
            connection,
            Kind.INTERVENTION_LOGGED,
            {
                "kind": "warning",
                "channel": "private_message",
                "targets": {"members": [MEMBER], "items": [ITEM]},
            },
            AUTHOR,
        )
        before = _state(connection)
        eventlog.rebuild(connection)
        assert _state(connection) == before


def test_rebuild_on_the_demo_reproduces_every_projection(demo_store):
    with demo_store.write() as connection:
        before = _state(connection)
        eventlog.rebuild(connection)
        assert _state(connection) == before


_COLUMNS = "id, kind, author_id, author_name, created_at, payload, origin"
_FORGED = "SELECT id, kind, 'x', 'Mallory', created_at, '{}', origin FROM events"


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE events SET author_name = 'Mallory'",
        "UPDATE OR REPLACE events SET author_name = 'Mallory'",
        "DELETE FROM events",
        f"INSERT OR REPLACE INTO events ({_COLUMNS}) {_FORGED}",
        f"REPLACE INTO events ({_COLUMNS}) {_FORGED}",
        f"INSERT INTO events ({_COLUMNS}) {_FORGED} WHERE true "
        "ON CONFLICT(id) DO UPDATE SET author_name = excluded.author_name",
        f"INSERT OR IGNORE INTO events ({_COLUMNS}) {_FORGED}",
    ],
)
def test_no_statement_rewrites_a_recorded_event(seeded, sql):
    with seeded.write() as connection:
        recorded = eventlog.record(
            connection, Kind.MEMBER_STATUS_SET, {"member": MEMBER, "status": "watch"}, AUTHOR
        )
    with pytest.raises(IntegrityError, match="append-only"), seeded.write() as connection:
        connection.exec_driver_sql(sql)
    with seeded.read() as connection:
        assert eventlog.get(connection, recorded.id) == recorded
    assert seeded.counts()["events"] == 1
