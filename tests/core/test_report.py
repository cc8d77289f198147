import pytest

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.interventions import followups, logbook, report
from workbench.core.interventions.logbook import Targets
from workbench.core.records import ItemRecord, MemberRecord

T = 1_800_000_000
DAY = 86_400


@pytest.fixture
def log(store):
    """Three warnings and a nudge, with known activity around them:
    anna: 4 items before her warning, 1 after, warned again 10 days later (a repeat);
    ben: 1 item before his warning, 3 after, no repeat; cem: nudged, 0 before, 2 after."""

    def items(member, offsets):
        return [
            ItemRecord("forum", f"{member}{n}", member, "comment", T + off * DAY, body="x y z")
            for n, off in enumerate(offsets)
        ]

    records = [MemberRecord("forum", m, handle=m) for m in ("anna", "ben", "cem")]
    records += items("anna", [-10, -8, -5, -1, 3])
    records += items("ben", [-3, 1, 2, 4])
    records += items("cem", [5, 6])
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=T + 60 * DAY)
        ingestor.add_all(records)
        ingestor.finish()
        ids = dict(connection.exec_driver_sql("SELECT external_id, id FROM members").all())
        first = logbook.log(
            connection, "warning", "private_message", Targets(members=[ids["anna"]]), AUTHOR, at=T
        )
        logbook.log(
            connection, "warning", "private_message", Targets(members=[ids["ben"]]), AUTHOR, at=T
        )
        logbook.log(
            connection,
            "warning",
            "private_message",
            Targets(members=[ids["anna"]]),
            AUTHOR,
            at=T + 10 * DAY,
        )
        logbook.log(
            connection, "nudge", "private_message", Targets(members=[ids["cem"]]), AUTHOR, at=T
        )
        followups.observe(connection, first.id, "worsened", "", AUTHOR)
    return store


def test_the_report_on_a_hand_made_log(log):
    with log.read() as connection:
        rows = {row.kind: row for row in report.effectiveness(connection)}
    warning, nudge = rows["warning"], rows["nudge"]
    assert (warning.count, nudge.count) == (3, 1)
    # activity after minus before: anna at T 1-4=-3, ben at T 3-1=+2, anna at T+10 0-2=-2
    assert warning.median_activity_change == -2.0
    assert warning.repeat_rate == pytest.approx(1 / 3, abs=0.001)
    assert warning.outcomes["worsened"] == pytest.approx(1 / 3, abs=0.001)
    assert warning.outcomes["unobserved"] == pytest.approx(2 / 3, abs=0.001)
    assert nudge.median_activity_change == 2.0 and nudge.repeat_rate == 0.0


def test_filters_and_csv(log):
    with log.read() as connection:
        later = report.effectiveness(connection, since=T + DAY)
        nobody = report.effectiveness(connection, author="Someone Else")
        everything = report.effectiveness(connection)
    assert [(r.kind, r.count) for r in later] == [("warning", 1)]
    assert nobody == []
    lines = report.to_csv(everything).splitlines()
    assert lines[0].startswith("kind,count,share_improved") and len(lines) == 3
