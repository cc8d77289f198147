#!/usr/bin/env python3
"""How fast the queue answers on a store with N items (default 1,000,000), on SQLite and on
PostgreSQL side by side.

    python benchmarks/queue_bench.py [N] [--db PATH] [--postgres URL | --postgres server]

Builds each store once (the SQLite file is kept at --db, a team store at URL keeps its data for
later runs; ``server`` starts a throwaway PostgreSQL of tests/postgres/server.py and builds in it
each time), with a fifth of the items in the queue for mixed reasons, then measures with
time.perf_counter, best of several runs (targets of issue 21):
  - a page of 200 rows at positions spread over the whole queue, with and without a filter
    (target: at most 10 ms);
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
from functools import partial
from pathlib import Path

from workbench.core import sources
from workbench.core.ingest import Ingestor
from workbench.core.queue import listing
from workbench.core.queue.listing import Order, QueueFilter, QueueKey, Reason
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


PAGE_TARGET = 10.0
SEARCH_TARGET = 50.0
COUNTS_TARGET = 50.0


def measure(store: Store) -> tuple[str, dict[str, tuple[float, float]]]:
    """A line about the store, and each measurement's milliseconds with its target."""
    results: dict[str, tuple[float, float]] = {}
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
        about = f"{store.dialect}: {items:,} items, {total:,} in the queue"

        for label, wanted in (
            ("no filter", None),
            ("reason=reported", QueueFilter(reason=Reason.REPORTED)),
            ("state=new", QueueFilter(states=("new",))),
            ("network=chat", QueueFilter(networks=("chat",))),
            ("newest first", QueueFilter(order=Order.NEWEST)),
        ):
            times = [
                best_ms(partial(listing.page, connection, wanted, after=k, limit=200))
                for k in positions
            ]
            results[f"page of 200, {label} (worst)"] = (max(times), PAGE_TARGET)
            results[f"page of 200, {label} (median)"] = (statistics.median(times), PAGE_TARGET)
        for word in SEARCHES:
            ms = best_ms(partial(listing.page, connection, QueueFilter(search=word), limit=200))
            results[f"first search page {word!r}"] = (ms, SEARCH_TARGET)
        ms = best_ms(lambda: listing.view_counts(connection, "Mara"))
        results["counts of all saved views"] = (ms, COUNTS_TARGET)
    return about, results


def opened(location: Path | str, count: int) -> Store:
    """The store at ``location``, built with ``count`` items when it holds none."""
    store = open_store(location)
    with store.read() as connection:
        empty = connection.exec_driver_sql("SELECT count(*) FROM items").scalar_one() == 0
    if empty:
        print(f"Building a store of {count:,} items at {location} …", flush=True)
        started = time.perf_counter()
        build(store, count)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    return store


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("count", type=int, nargs="?", default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/queue-bench.db"))
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="also measure a team store at URL (built when empty), or 'server': on a "
        "throwaway PostgreSQL (tests/postgres/server.py)",
    )
    args = parser.parse_args()
    server = None
    measured: list[tuple[str, dict[str, tuple[float, float]]]] = []
    try:
        locations: list[Path | str] = [args.db]
        if args.postgres == "server":
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
            from tests.postgres.server import PostgresServer

            server = PostgresServer().start()
            locations.append(server.new_database())
        elif args.postgres:
            locations.append(args.postgres)
        for location in locations:
            with opened(location, args.count) as store:
                measured.append(measure(store))
    finally:
        if server is not None:
            server.stop()
    for about, _ in measured:
        print(about)
    names = [about.split(":")[0] for about, _ in measured]
    print(f"{'ms, best of 5':42s}" + "".join(f"{name:>11s}" for name in names) + "   target")
    for label, (_, target) in measured[0][1].items():
        cells = "".join(f"{results[label][0]:11.2f}" for _, results in measured)
        worst = max(results[label][0] for _, results in measured)
        print(f"{label:42s}{cells}   ≤ {target:.0f}{'' if worst <= target else '  MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
