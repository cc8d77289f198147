"""Items settled on their platform leave the queue, unless the workbench has its own reason to
keep them or a manager took them up."""

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.live import settled
from workbench.core.queue import decisions, listing
from workbench.core.records import ItemRecord, MemberRecord


def test_settled_items_lose_the_platforms_reasons_and_leave_when_none_is_left(store):
    with store.write() as connection:
        source = sources.ensure(connection, name="Blog", kind="wordpress-api", network="wordpress")
        ingestor = Ingestor(connection, source, now=10_000_000)  # no first post: long ago
        ingestor.add(MemberRecord("wordpress", "old", handle="old"))
        for n in range(3):
            ingestor.add(
                ItemRecord("wordpress", f"c{n}", "old", "comment", 100 + n, body=f"Text {n}",
                           platform_state="held", report_count=2 if n == 2 else 0)
            )  # fmt: skip
        ingestor.finish()
        ids = dict(connection.exec_driver_sql("SELECT external_id, id FROM items").all())
        decisions.assign(connection, [ids["c1"]], AUTHOR.name, AUTHOR)  # claimed: it stays
        waiting = settled.open_on_platform(connection, source.id)
        assert set(waiting) == {"c0", "c1", "c2"}
        settled.settle(connection, [ids["c0"], ids["c1"], ids["c2"]])
        left = {row.external_id: row for row in listing.page(connection, limit=10)}
        assert set(left) == {"c1"}  # c0 and c2 had only the platform's reasons
        assert settled.open_on_platform(connection, source.id) == {}
        assert left["c1"].priority < 30  # re-ranked without "held"
