"""A large import into a team store drops the items' secondary indexes, the search's GIN
indexes among them, and builds each of them again as it was, with the planner's statistics."""

import pytest

from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.queue import listing
from workbench.core.records import ItemRecord
from workbench.core.store import open_store

pytestmark = pytest.mark.postgres

_INDEXES = "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'items' ORDER BY 1"


def test_a_bulk_import_builds_every_index_again_and_analyzes(postgres_url):
    with open_store(postgres_url) as store:
        with store.read() as connection:
            before = connection.exec_driver_sql(_INDEXES).all()
        with store.write() as connection:
            source = sources.ensure(connection, name="Forum", kind="test", network="forum")
            ingestor = Ingestor(connection, source, now=1_800_000_000, bulk=True)
            during = connection.exec_driver_sql(_INDEXES).all()
            for n in range(300):
                body = "Grüße vom Ladegerät" if n % 100 == 0 else f"Beitrag {n}"
                ingestor.add(
                    ItemRecord(
                        "forum",
                        f"p{n}",
                        f"u{n % 7}",
                        "comment",
                        1_700_000_000 + n,
                        body=body,
                        platform_state="held",
                    )
                )
            ingestor.finish()
        with store.read() as connection:
            after = connection.exec_driver_sql(_INDEXES).all()
            analyzed = connection.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_user_tables WHERE relname IN "
                "('items', 'members', 'queue') AND last_analyze IS NOT NULL"
            ).scalar_one()
            found = listing.page(connection, listing.QueueFilter(search="grusse ladegerat"))
    names = {name for name, _ in before}
    assert {"ix_items_trigram", "ix_items_search_words", "ix_items_time"} <= names
    assert {name for name, _ in during} < names  # the secondary ones were gone meanwhile
    assert after == before and analyzed == 3
    assert sorted(row.external_id for row in found) == ["p0", "p100", "p200"]
