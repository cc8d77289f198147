#!/usr/bin/env python3
"""How long sharing a log takes: writing a bundle, reading it, and merging it, with and without
recomputing the derived state.

    python benchmarks/bundle_bench.py [ITEMS] [EVENTS] [--signed]

Builds two stores with ITEMS items (default 100,000) and, in the first, EVENTS decisions and
notes by a manager (default 20,000). Measures, best of three where it can be repeated:
  - writing the first store's bundle, and reading it back (every byte checked);
  - merging it into the empty second store (the events are newer than anything there: applied
    one by one);
  - merging, into a store that has newer events of its own, a bundle whose events are older
    (everything is recomputed in time order).
With --signed, the first store's events carry their author's signature, as a team store's do
(core.events.signatures): recording them signs each, the bundle carries them, and merging
checks each one.
"""

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from workbench.core import sources
from workbench.core.events import eventlog, signatures
from workbench.core.events.event import Kind
from workbench.core.ingest import Ingestor
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.settings import Author
from workbench.core.store import Store, open_store
from workbench.core.team import trust
from workbench.core.team.bundles.merge import merge
from workbench.core.team.bundles.reader import read_bundle
from workbench.core.team.bundles.writer import write_bundle
from workbench.core.team.keys import KeyPair

ALICE = Author(id="00000000-0000-4000-8000-00000000000a", name="Alice")
BOB = Author(id="00000000-0000-4000-8000-00000000000b", name="Bob")
START = 1_700_000_000


def build(path: Path, items: int) -> Store:
    store = open_store(path)
    members = max(1, items // 20)
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="bench", network="forum")
        ingestor = Ingestor(connection, source, now=START, bulk=True)
        ingestor.add_all(MemberRecord("forum", f"m{n}", handle=f"user{n}") for n in range(members))
        ingestor.add_all(
            ItemRecord("forum", f"p{n}", f"m{n % members}", "comment", START + n, body=f"Post {n}")
            for n in range(items)
        )
        ingestor.finish()
    return store


def record(store: Store, author: Author, events: int, items: int, at: int) -> None:
    with store.write() as connection:
        for n in range(events):
            if n % 4 == 3:
                payload = {
                    "member": {"network": "forum", "id": f"m{n % max(1, items // 20)}"},
                    "type": "other",
                    "text": f"Notiz {n}",
                }
                eventlog.record(connection, Kind.MEMBER_NOTE_ADDED, payload, author, at=at + n)
            else:
                payload = {
                    "item": {"network": "forum", "id": f"p{n % items}"},
                    "decision": "approve",
                }
                eventlog.record(connection, Kind.QUEUE_DECIDED, payload, author, at=at + n)


def timed(label: str, work) -> float:  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    work()
    took = time.perf_counter() - began
    print(f"{label:<58} {took:8.2f} s", flush=True)
    return took


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("items", nargs="?", type=int, default=100_000)
    parser.add_argument("events", nargs="?", type=int, default=20_000)
    parser.add_argument("--signed", action="store_true", help="sign as a team store does")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bundle-bench-"))
    try:
        print(f"{args.items:,} items, {args.events:,} events", flush=True)
        alice = build(folder / "alice.db", args.items)
        if args.signed:  # a laptop store signs nothing: sign as a team store would
            alice_key = KeyPair.generate()
            signatures.take_keys_from(lambda author: alice_key)
            signatures.SIGNING_DIALECTS = frozenset({"sqlite"})
        timed(
            f"record {args.events:,} events" + (" (signed)" if args.signed else ""),
            lambda: record(alice, ALICE, args.events, args.items, START + args.items),
        )
        signatures.take_keys_from(None)
        alice.close()
        bob_base = build(folder / "bob-base.db", args.items)
        bob_base.close()
        key = KeyPair.generate()
        path = folder / "alice.wblog"
        alice = open_store(folder / "alice.db")
        for _ in range(3):
            with alice.read() as connection:
                timed("write the bundle", lambda: write_bundle(connection, path, key, ALICE))
        alice.close()
        print(f"{'  bundle size':<58} {path.stat().st_size / 1e6:8.2f} MB")
        for _ in range(3):
            timed("read the bundle back (every byte checked)", lambda: read_bundle(path))
        bundle = read_bundle(path)
        for label, newer in (
            ("merge into a store with nothing newer", 0),
            ("merge older events: everything recomputed", 1),
        ):
            shutil.copyfile(folder / "bob-base.db", folder / "bob.db")
            bob = open_store(folder / "bob.db")
            with bob.write() as connection:
                trust.trust(connection, key.public.fingerprint, "Alice", BOB)
            if newer:
                record(bob, BOB, 100, args.items, START + args.items + args.events + 10)
            with bob.write() as connection:
                timed(label, lambda: merge(connection, bundle, BOB, own_fingerprint=None))
            bob.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
