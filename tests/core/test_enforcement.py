import pytest

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.errors import WorkbenchError
from workbench.core.events import eventlog
from workbench.core.ingest import Ingestor
from workbench.core.interventions import enforcement, logbook
from workbench.core.interventions.enforcement import Ladder
from workbench.core.interventions.logbook import Targets
from workbench.core.records import ItemRecord, MemberRecord

T = 1_800_000_000
DAY = 86_400


@pytest.fixture
def community(store):
    """Six members warned once at T (no strike before): m0..m3 posted nothing flagged in the
    30 days after, m4 and m5 each had a reported item 5 days after. m0 was also nudged at T
    (no strike then either); "new" has no interventions at all."""
    handles = [f"m{n}" for n in range(6)] + ["new"]
    records: list = [MemberRecord("forum", h, handle=h) for h in handles]
    records += [
        ItemRecord(
            "forum",
            f"r{n}",
            f"m{n}",
            "comment",
            T + 5 * DAY,
            report_count=2,
            platform_state="reported",
        )
        for n in (4, 5)
    ]
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=T)
        ingestor.add_all(records)
        ingestor.finish()
        ids = dict(connection.exec_driver_sql("SELECT external_id, id FROM members").all())
        for n in range(6):
            logbook.log(
                connection,
                "warning",
                "private_message",
                Targets(members=[ids[f"m{n}"]]),
                AUTHOR,
                at=T,
            )
        logbook.log(
            connection, "nudge", "public_reply", Targets(members=[ids["m0"]]), AUTHOR, at=T - 1
        )
    return store, ids


def test_strikes_count_sanctions_and_expire(community):
    store, ids = community
    with store.read() as connection:
        rules = enforcement.ladder(connection)
        active = enforcement.strikes(connection, ids["m0"], T + DAY, rules)
        expired = enforcement.strikes(connection, ids["m0"], T + rules.expiry_days * DAY, rules)
    assert [s.kind for s in active] == ["warning"]  # the nudge is no strike
    assert active[0].expires_at == T + rules.expiry_days * DAY
    assert expired == []


def test_the_recommendation_follows_the_ladder_with_evidence_from_similar_members(community):
    store, ids = community
    later = T + 40 * DAY
    with store.read() as connection:
        fresh = enforcement.recommend(connection, ids["new"], later)
        warned = enforcement.recommend(connection, ids["m1"], later)
    assert fresh.next_kind == "warning" and fresh.strikes == []
    # Six warnings given to members with no strike then: four stayed clean.
    assert fresh.similar is True
    by_kind = {e.kind: e for e in fresh.evidence}
    assert by_kind["warning"].cases == 6
    assert by_kind["warning"].clean_share == pytest.approx(4 / 6, abs=0.001)
    assert by_kind["nudge"].cases == 1 and by_kind["nudge"].clean_share == 1.0
    assert [e.kind for e in fresh.evidence] == ["warning", "nudge"]  # the ladder's kinds first
    # m1 has one strike: the next step is a temporary mute; nobody had one strike before.
    assert warned.next_kind == "temporary_mute" and len(warned.strikes) == 1
    assert warned.similar is False  # falls back to all members, and says so


def test_evidence_waits_until_the_thirty_days_are_over(community):
    store, ids = community
    with store.read() as connection:
        early = enforcement.recommend(connection, ids["new"], T + 10 * DAY)
    assert early.evidence == []


def test_the_team_ladder_is_an_event_and_is_checked(community):
    store, ids = community
    with store.write() as connection:
        enforcement.save_ladder(connection, Ladder(("warning", "ban"), 30), AUTHOR)
        with pytest.raises(WorkbenchError, match="'slap' is not in the team"):
            enforcement.check_ladder(connection, ["warning", "slap"], 30)
        with pytest.raises(WorkbenchError, match="1 to 3650"):
            enforcement.check_ladder(connection, ["warning"], 0)
    with store.read() as connection:
        assert enforcement.ladder(connection) == Ladder(("warning", "ban"), 30)
        assert enforcement.recommend(connection, ids["m1"], T + DAY).next_kind == "ban"
        assert enforcement.recommend(connection, ids["m1"], T + 31 * DAY).next_kind == "warning"
        saved = [e for e in eventlog.iter_events(connection) if e.kind == "ladder.saved"]
    assert saved[-1].payload == {"steps": ["warning", "ban"], "expiry_days": 30}
