#!/usr/bin/env python3
"""How fast the queue answers on a store with N items (default 1,000,000).

    python benchmarks/queue_bench.py [N] [--db PATH]

Builds the store once (kept at --db for later runs), with a fifth of the items in the queue for
mixed reasons, then measures with time.perf_counter, best of several runs:
  - a page of 200 rows at positions spread over the whole queue, with and without a filter
    (target: at most 5 ms);
  - the first page of a full-text search for words, rare and common, inside compounds, word
    starts and a phrase (target: 50 ms);
  - the counts of all saved views together (target: 50 ms).
"""

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.queue import listing
from workbench.core.queue.listing import QueueFilter, QueueKey, Reason
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.store import Store, open_store

WORDS = (
    "akku",
    "ladegerät",
    "werkbank",
    "säge",
    "holz",
    "leim",
    "schraube",
    "bohrer",
    "lieferung",
    "support",
    "garantie",
    "battery",
    "charger",
    "workbench",
    "saw",
    "wood",
    "glue",
    "screw",
    "drill",
    "delivery",
    "warranty",
    "question",
    "thanks",
    "project",
    "finish",
    "oak",
    "maple",
    "router",
    "sander",
    "clamp",
    "dust",
    "firmware",
    "update",
    "broken",
    "works",
    "price",
    "tischkreissäge",
    "wertschätzung",
    "akkuschrauber",
    "holzleim",
)
RARE = ("zebraholz", "quastenflosser", "xylophonbau")
SEARCHES = (
    "akku",
    "delivery",
    *RARE,
    "säge",  # inside a compound, and common
    "schatzung",
    "schrauber",
    "flosser",  # inside a rare compound
    "lade*",  # the start of a word
    "ak",  # two letters: the start of a word
    '"akku ladegerät"',
)


def build(store: Store, count: int) -> None:
    rng = random.Random(11)
    with store.write() as connection:
        for network in ("forum", "chat", "blog", "reddit"):
            source = sources.ensure(connection, name=network, kind="bench", network=network)
            ingestor = Ingestor(connection, source, now=1_700_000_000, bulk=True)
            for n in range(count // 4):
                author = f"u{rng.randrange(20_000)}"
                if n < 20_000:
                    ingestor.add(MemberRecord(network, f"u{n}", handle=f"user{n}"))
                words = rng.choices(WORDS, k=rng.randrange(5, 40))
                if rng.random() < 0.0002:
                    words.append(rng.choice(RARE))
                roll = rng.random()
                ingestor.add(
                    ItemRecord(
                        network,
                        f"{network}-{n}",
                        author,
                        "comment",
                        1_600_000_000 + n * 13,
                        body=" ".join(words),
                        platform_state="held" if roll < 0.08 else "published",
                        report_count=rng.randrange(1, 6) if 0.08 <= roll < 0.2 else 0,
                    )
                )
            ingestor.finish()


def best_ms(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("count", type=int, nargs="?", default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/queue-bench.db"))
    args = parser.parse_args()
    fresh = not args.db.exists()
    store = open_store(args.db)
    if fresh:
        print(f"Building a store of {args.count:,} items at {args.db} …", flush=True)
        started = time.perf_counter()
        build(store, args.count)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    with store.read() as connection:
        items = connection.exec_driver_sql("SELECT count(*) FROM items").scalar_one()
        total = listing.count(connection)
        keys = [
            QueueKey(p, i, at)
            for p, i, at in connection.exec_driver_sql(
                "SELECT priority, item_id, created_at FROM queue "
                "WHERE state IN ('new', 'in_review', 'escalated') ORDER BY sort_key, item_id"
            )
        ]
        positions = [keys[int(f * (len(keys) - 1))] for f in (0.0, 0.1, 0.33, 0.5, 0.77, 0.99)]
        print(
            f"{items:,} items, {total:,} in the queue, {args.db.stat().st_size / 1024**2:,.0f} MB"
        )

        def pages(wanted: QueueFilter | None) -> list[float]:
            return [
                best_ms(lambda k=k: listing.page(connection, wanted, after=k, limit=200))
                for k in positions
            ]

        for label, wanted in (
            ("no filter", None),
            ("reason=reported", QueueFilter(reason=Reason.REPORTED)),
            ("state=new", QueueFilter(states=("new",))),
            ("network=chat", QueueFilter(networks=("chat",))),
        ):
            times = pages(wanted)
            worst, median = max(times), statistics.median(times)
            print(
                f"page of 200, {label:17s}: worst {worst:6.2f} ms, median {median:6.2f} ms  (≤ 5)"
            )
        for word in SEARCHES:
            ms = best_ms(lambda w=word: listing.page(connection, QueueFilter(search=w), limit=200))
            print(f"first search page {word!r:18s}: {ms:6.2f} ms  (target ≤ 50)")
        ms = best_ms(lambda: listing.view_counts(connection, "Mara"))
        print(f"counts of all saved views:    {ms:6.2f} ms  (target ≤ 50)")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
