"""What a write changed: the kinds it recorded, by subject, and nothing once it is over."""

import pytest

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.events import changes
from workbench.core.events.changes import Changes, Subject
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.members import roster
from workbench.core.queue import decisions
from workbench.core.records import ItemRecord, MemberRecord


@pytest.fixture
def seeded(store):
    with store.write() as connection:
        source = sources.ensure(connection, name="Server", kind="test", network="discord")
        ingestor = Ingestor(connection, source, now=1_000)
        ingestor.add(MemberRecord("discord", "u1", handle="anna"))
        ingestor.add(ItemRecord("discord", "m1", "u1", "message", 900, body="Hallo!"))
        ingestor.finish()
    return store


def test_a_write_collects_the_kinds_it_recorded(seeded):
    with seeded.write() as connection, changes.collecting(connection) as kinds:
        item_id = connection.exec_driver_sql("SELECT id FROM items").scalar_one()
        member_id = connection.exec_driver_sql("SELECT id FROM members").scalar_one()
        decisions.decide(connection, [item_id], "remove", AUTHOR)
        roster.add_note(connection, member_id, "warning", "Freundlich ermahnt.", AUTHOR)
    found = Changes.of(kinds)
    assert found.kinds == {Kind.QUEUE_DECIDED, Kind.MEMBER_NOTE_ADDED}
    assert found.subjects == {Subject.QUEUE, Subject.PUSHES, Subject.MEMBERS}
    assert found.touches([Subject.MEMBERS, Subject.INCIDENTS])
    assert not found.touches([Subject.INCIDENTS])


def test_nothing_is_collected_outside_the_block(seeded):
    with seeded.write() as connection:
        with changes.collecting(connection) as kinds:
            pass
        member_id = connection.exec_driver_sql("SELECT id FROM members").scalar_one()
        roster.add_note(connection, member_id, "warning", "Nicht mitgezählt.", AUTHOR)
        with changes.collecting(connection) as later:
            pass
    assert kinds == set() and later == set()
    assert not Changes.of(kinds)


def test_every_kind_touches_a_subject():
    assert all(Changes.of([kind]).subjects for kind in Kind)


def test_erasure_touches_everything_that_mentions_a_member():
    assert Changes.of([Kind.MEMBER_ERASED]).subjects >= {
        Subject.MEMBERS,
        Subject.QUEUE,
        Subject.INTERVENTIONS,
        Subject.INCIDENTS,
    }
