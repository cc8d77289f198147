#!/usr/bin/env python3
"""How fast the members list answers with N members (default 100,000).

    python benchmarks/members_bench.py [N] [--db PATH]

Builds a store of N members with two items each (kept at --db), then times the first page of
200 members for each order and a few filters, best of five runs, and the suggested links.
"""

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from queue_bench import best_ms

from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.members import persons, roster
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.store import open_store


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("count", type=int, nargs="?", default=100_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/members-bench.db"))
    args = parser.parse_args()
    fresh = not args.db.exists()
    store = open_store(args.db)
    if fresh:
        rng = random.Random(3)
        with store.write() as connection:
            source = sources.ensure(connection, name="forum", kind="bench", network="forum")
            ingestor = Ingestor(connection, source, now=1_700_000_000)
            for n in range(args.count):
                ingestor.add(
                    MemberRecord("forum", f"m{n}", handle=f"user{n}", display_name=f"Name {n}")
                )
                for k in range(2):
                    at = 1_600_000_000 + rng.randrange(90_000_000)
                    ingestor.add(
                        ItemRecord("forum", f"i{n}-{k}", f"m{n}", "comment", at, body="text")
                    )
            ingestor.finish()
    with store.read() as connection:
        total = connection.exec_driver_sql("SELECT count(*) FROM members").scalar_one()
        print(f"{total:,} members")
        for order in roster.ORDERS:
            ms = best_ms(lambda o=order: roster.page(connection, order=o))
            print(f"first page, sorted by {order:13s}: {ms:7.2f} ms")
        for label, kwargs in (
            ("search 'user123'", {"search": "user123"}),
            ("status watch", {"status": "watch"}),
            ("active since", {"active_since": 1_680_000_000}),
            ("page at offset 50,000", {"offset": 50_000}),
        ):
            ms = best_ms(lambda k=kwargs: roster.page(connection, **k))
            print(f"{label:31s}: {ms:7.2f} ms")
        ms = best_ms(lambda: persons.suggestions(connection), runs=2)
        print(f"{'suggested links':31s}: {ms:7.2f} ms")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
