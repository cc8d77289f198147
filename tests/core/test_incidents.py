import pytest
from sqlalchemy import text

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.incidents import cases
from workbench.core.ingest import Ingestor
from workbench.core.interventions import logbook
from workbench.core.interventions.logbook import Targets
from workbench.core.records import ItemRecord, MemberRecord

T = 1_700_000_000  # before "now", when notes and status changes are recorded


@pytest.fixture
def brigade(store):
    """The same raid on two networks: a forum post, then a Discord message an hour later."""
    with store.write() as connection:
        ids = {}
        for network, offset in (("forum", 0), ("discord", 3600)):
            source = sources.ensure(connection, name=network, kind="test", network=network)
            ingestor = Ingestor(connection, source, now=T + 7200)
            ingestor.add_all(
                [
                    MemberRecord(network, "raider", handle="raider"),
                    ItemRecord(network, "p1", "raider", "comment", T + offset, body="Boykott!"),
                ]
            )
            ingestor.finish()
            ids[network] = connection.execute(
                text(
                    "SELECT m.id, i.id FROM members m JOIN items i ON i.member_id = m.id "
                    "WHERE m.network = :network"
                ),
                {"network": network},
            ).one()
    return store, ids


def test_an_incident_gathers_several_networks_on_one_timeline(brigade):
    store, ids = brigade
    with store.write() as connection:
        opened = cases.open_incident(connection, "Boykott-Aufruf", AUTHOR, "Raid vom Forum")
        warned = logbook.log(
            connection,
            "warning",
            "private_message",
            Targets(members=[ids["discord"][0]]),
            AUTHOR,
            message="Bitte lass das.",
            at=T + 5000,
        )
        for network in ("forum", "discord"):
            member, item = ids[network]
            cases.link(connection, opened.id, AUTHOR, members=[member], items=[item])
        cases.link(connection, opened.id, AUTHOR, items=[ids["forum"][1]])  # filed again
        cases.link(connection, opened.id, AUTHOR, interventions=[warned.id])
        cases.note(connection, opened.id, "Gleicher Text auf beiden Kanälen.", AUTHOR)
        cases.set_status(connection, opened.id, "watching", AUTHOR)
    with store.read() as connection:
        [row] = cases.list_incidents(connection)
        entries = cases.timeline(connection, opened.id)
        filed = cases.members_of(connection, opened.id)
    assert (row.title, row.status, row.members, row.items, row.interventions) == (
        "Boykott-Aufruf",
        "watching",
        2,
        2,
        1,
    )
    assert row.networks == ["discord", "forum"]
    assert [(e.kind, e.network) for e in entries[:3]] == [
        ("item", "forum"),
        ("item", "discord"),
        ("intervention", ""),
    ]
    assert entries[2].summary == "warning: Bitte lass das."
    assert {e.kind for e in entries[3:]} == {"note", "status"}
    assert [handle for _, _, handle in filed] == ["raider", "raider"]


def test_the_case_file_is_rebuilt_from_events_and_bad_input_is_refused(brigade):
    store, ids = brigade
    with store.write() as connection:
        opened = cases.open_incident(connection, "Spam-Welle", AUTHOR)
        cases.link(connection, opened.id, AUTHOR, members=[ids["forum"][0]])
        cases.set_status(connection, opened.id, "closed", AUTHOR)
        with pytest.raises(WorkbenchError, match="needs a title"):
            cases.open_incident(connection, "  ", AUTHOR)
        with pytest.raises(WorkbenchError, match="'done' is no incident status"):
            cases.set_status(connection, opened.id, "done", AUTHOR)
        with pytest.raises(WorkbenchError, match="Unknown incident"):
            cases.note(connection, "nope", "x", AUTHOR)
        with pytest.raises(WorkbenchError, match="at least one"):
            cases.link(connection, opened.id, AUTHOR)
        before = cases.list_incidents(connection)
        eventlog.rebuild(connection)
        assert cases.list_incidents(connection) == before
        assert cases.find(connection, "Spam-Welle") == opened.id
        assert cases.find(connection, opened.id[:12]) == opened.id
    assert before[0].status == "closed" and before[0].members == 1
