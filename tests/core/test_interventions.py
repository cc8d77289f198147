import pytest

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.interventions import followups, logbook
from workbench.core.interventions.logbook import NeedsConfirmation, Targets
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.team import vocabulary


@pytest.fixture
def people(store):
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=100)
        ingestor.add_all(
            [
                MemberRecord("forum", "alive", handle="anna"),
                MemberRecord("forum", "gone", handle="grete"),
                ItemRecord("forum", "p1", "alive", "post", 10, body="Hallo"),
            ]
        )
        ingestor.finish()
        eventlog.record(
            connection,
            Kind.MEMBER_STATUS_SET,
            {"member": {"network": "forum", "id": "gone"}, "status": "memorialized"},
            AUTHOR,
        )
        ids = dict(connection.exec_driver_sql("SELECT external_id, id FROM members").all())
        item = connection.exec_driver_sql("SELECT id FROM items").scalar_one()
    return ids, item, source


def test_an_intervention_is_an_event_with_its_targets_and_follow_up(store, people):
    ids, item, source = people
    with store.write() as connection:
        event = logbook.log(
            connection,
            "warning",
            "private_message",
            Targets(members=[ids["alive"]], items=[item], sources=[source.id]),
            AUTHOR,
            message="Bitte auf den Ton achten",
            follow_up_at=vocabulary.follow_up(connection, "warning", 1000),
        )
        targets = connection.exec_driver_sql(
            "SELECT member_id, item_id, source_id FROM intervention_targets"
        ).all()
        follow_up = connection.exec_driver_sql(
            "SELECT follow_up_at FROM interventions"
        ).scalar_one()
    assert event.payload["targets"]["members"] == [{"network": "forum", "id": "alive"}]
    assert len(targets) == 3 and follow_up == 1000 + 7 * 86_400


def test_addressing_a_memorialized_member_as_if_alive_needs_confirmation(store, people):
    ids, _, _ = people
    before = store.counts()["events"]
    with pytest.raises(NeedsConfirmation, match="grete died"), store.write() as connection:
        logbook.log(connection, "nudge", "private_message", Targets(members=[ids["gone"]]), AUTHOR)
    assert store.counts()["events"] == before
    with store.write() as connection:
        logbook.log(
            connection,
            "nudge",
            "private_message",
            Targets(members=[ids["gone"]]),
            AUTHOR,
            confirmed=True,
        )
        logbook.log(connection, "public_statement", "post", Targets(members=[ids["gone"]]), AUTHOR)
    assert store.counts()["interventions"] == 2


def test_unknown_kinds_channels_and_targets_are_refused(store, people):
    ids, _, _ = people
    for kind, channel, targets in (
        ("hug", "post", Targets(members=[ids["alive"]])),
        ("thanks", "pigeon", Targets(members=[ids["alive"]])),
        ("thanks", "post", Targets(members=[999])),
    ):
        with (
            pytest.raises(Exception, match=r"not in the team|no channel|no member"),
            store.write() as connection,
        ):
            logbook.log(connection, kind, channel, targets, AUTHOR)


def test_an_edit_supersedes_fields_and_the_original_stays(store, people):
    ids, _, _ = people
    with store.write() as connection:
        logged = logbook.log(
            connection,
            "nudge",
            "private_message",
            Targets(members=[ids["alive"]]),
            AUTHOR,
            message="Hallo!",
        )
        logbook.edit(
            connection, logged.id, {"message": "Hallo Anna!", "follow_up_at": 5_000}, AUTHOR
        )
        with pytest.raises(Exception, match="may change"):
            logbook.edit(connection, logged.id, {"targets": []}, AUTHOR)
    with store.write() as connection:
        row = connection.exec_driver_sql(
            f"SELECT message, follow_up_at, kind FROM interventions WHERE id = '{logged.id}'"
        ).one()
        assert tuple(row) == ("Hallo Anna!", 5_000, "nudge")
        assert eventlog.get(connection, logged.id).payload["message"] == "Hallo!"
        eventlog.rebuild(connection)
        again = connection.exec_driver_sql(
            f"SELECT message FROM interventions WHERE id = '{logged.id}'"
        ).scalar_one()
    assert again == "Hallo Anna!"


def test_tags_are_kept_once_trimmed_and_can_be_corrected(store, people):
    ids, _, _ = people
    with store.write() as connection:
        logged = logbook.log(
            connection,
            "warning",
            "public_reply",
            Targets(members=[ids["alive"]]),
            AUTHOR,
            tags=[" Preiserhöhung", "brigade", "Preiserhöhung"],
        )
        stored = connection.exec_driver_sql(
            f"SELECT tags FROM interventions WHERE id = '{logged.id}'"
        ).scalar_one()
        assert stored == '["Preiserhöhung","brigade"]'
        logbook.edit(connection, logged.id, {"tags": ["brigade"]}, AUTHOR)
        with pytest.raises(Exception, match="labels of 1 to 40"):
            logbook.edit(connection, logged.id, {"tags": ["x" * 41]}, AUTHOR)
        [entry] = [
            e for e in followups.intervention_log(connection) if e.intervention_id == logged.id
        ]
    assert entry.tags == ["brigade"]
