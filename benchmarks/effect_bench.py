#!/usr/bin/env python3
"""How fast the measured effect and the effectiveness report come, on queue_bench.py's store.

    python benchmarks/effect_bench.py [--db PATH]

Uses (or builds) the 1,000,000-item store of benchmarks/queue_bench.py. Logs interventions on
some of its busiest members in the middle of their activity and times effect.measure for each,
best of five runs (target: at most 50 ms), and the same for a statement to the busiest source's
whole community. Then logs 10,000 interventions on random members
(once; they stay in the store) and times the effectiveness report over the whole log (target:
at most 2 s). Last, times the enforcement recommendation (strikes, the ladder's step and what
followed each kind for similar members) for the busiest member, over that log.
"""

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from queue_bench import best_ms, build

from workbench.core.interventions import effect, enforcement, logbook, report
from workbench.core.settings import Author
from workbench.core.store import open_store


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=Path("/tmp/queue-bench.db"))
    args = parser.parse_args()
    fresh = not args.db.exists()
    store = open_store(args.db)
    if fresh:
        build(store, 1_000_000)
    author = Author("bench", "Bench")
    with store.write() as connection:
        busiest = connection.exec_driver_sql(
            "SELECT id, (first_seen_at + last_seen_at) / 2 FROM members "
            "ORDER BY item_count DESC LIMIT 5"
        ).all()
        logged = [
            logbook.log(
                connection,
                "warning",
                "public_reply",
                logbook.Targets(members=[member]),
                author,
                at=int(middle),
            ).id
            for member, middle in busiest
        ]
        source, middle = connection.exec_driver_sql(
            "SELECT source_id, (min(created_at) + max(created_at)) / 2 FROM items "
            "GROUP BY source_id ORDER BY count(*) DESC LIMIT 1"
        ).one()
        statement = logbook.log(
            connection,
            "public_statement",
            "post",
            logbook.Targets(sources=[source]),
            author,
            at=int(middle),
        ).id
    with store.read() as connection:
        items = connection.exec_driver_sql("SELECT count(*) FROM items").scalar_one()
        print(f"{items:,} items")
        for intervention in logged:
            took = best_ms(lambda chosen=intervention: effect.measure(connection, chosen))
            measured = effect.measure(connection, intervention)
            print(
                f"effect of one intervention: {took:6.2f} ms (target ≤ 50); "
                f"items before/after {measured.before.items}/{measured.after.items}"
            )
        took = best_ms(lambda: effect.measure(connection, statement))
        measured = effect.measure(connection, statement)
        assert measured.community_before is not None
        print(
            f"effect of a statement to a whole community: {took:6.2f} ms; "
            f"items per day before {measured.community_before.items_per_day}"
        )
    with store.write() as connection:
        logged_before = connection.exec_driver_sql(
            "SELECT count(*) FROM interventions"
        ).scalar_one()
        if logged_before < 10_000:
            rng = random.Random(5)
            members = connection.exec_driver_sql(
                "SELECT id, first_seen_at, last_seen_at FROM members"
            ).all()
            kinds = ("warning", "nudge", "thanks", "content_removal", "ban", "welcome")
            for _ in range(10_000 - logged_before):
                member, first, last = rng.choice(members)
                logbook.log(
                    connection,
                    rng.choice(kinds),
                    "private_message",
                    logbook.Targets(members=[member]),
                    author,
                    at=rng.randrange(first, max(last, first + 1)),
                )
    with store.read() as connection:
        count = connection.exec_driver_sql("SELECT count(*) FROM interventions").scalar_one()
        started = time.perf_counter()
        rows = report.effectiveness(connection)
        seconds = time.perf_counter() - started
    print(
        f"effectiveness report over {count:,} interventions: {seconds:.2f} s (target ≤ 2), "
        f"{len(rows)} kinds"
    )
    with store.read() as connection:
        now = connection.exec_driver_sql("SELECT max(created_at) FROM items").scalar_one()
        started = time.perf_counter()
        advice = enforcement.recommend(connection, busiest[0][0], now)
        seconds = time.perf_counter() - started
    print(
        f"enforcement recommendation over {count:,} interventions: {seconds * 1000:.0f} ms, "
        f"next step {advice.next_kind}, {len(advice.evidence)} kinds of evidence"
    )
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
