from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.interventions import followups
from workbench.core.records import MemberRecord

MEMBER = {"network": "forum", "id": "1"}


def test_due_count_includes_overdue_and_stops_at_the_given_time(store):
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=1_000)
        ingestor.add(MemberRecord("forum", "1", handle="ann"))
        ingestor.finish()
        for follow_up in (100, 200, 300, None):
            eventlog.record(
                connection,
                Kind.INTERVENTION_LOGGED,
                {
                    "kind": "nudge",
                    "channel": "post",
                    "targets": {"members": [MEMBER]},
                    "follow_up_at": follow_up,
                },
                AUTHOR,
            )
    with store.read() as connection:
        assert [followups.due_count(connection, until) for until in (50, 100, 250, 10_000)] == [
            0,
            1,
            2,
            3,
        ]
