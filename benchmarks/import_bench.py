#!/usr/bin/env python3
"""How fast `workbench import` reads a Pushshift dump, against two baselines.

    python benchmarks/import_bench.py N [--workdir DIR]

Writes N Pushshift-style comments (English and German text, tens of thousands of authors,
threads with replies) and times, in one run:
  1. `workbench import` of the file into a new database (members normalised, queue filled,
     FTS5 index maintained), with its peak memory;
  2. a raw baseline: the sqlite3 driver, executemany of the same rows into one table with a
     unique id and an FTS5 index over the text, in one transaction;
  3. `sqlite-utils insert --nl` followed by `sqlite-utils enable-fts`.
It prints the three times (wall clock and CPU seconds: the workbench reads on one core and
writes on the other, so its CPU may exceed its wall time), the ratios against the targets of
issue 22 and the size of the workbench database. With --rounds N the three take turns N
times and the medians count: on a shared machine the load changes between runs, and the load
average is printed before and after. Needs the `bench` extra (sqlite-utils).
"""

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS_EN = [
    "the",
    "workbench",
    "battery",
    "charger",
    "drill",
    "saw",
    "blade",
    "update",
    "firmware",
    "delivery",
    "support",
    "question",
    "thanks",
    "great",
    "project",
    "wood",
    "oak",
    "maple",
    "finish",
    "glue",
    "clamp",
    "router",
    "sander",
    "dust",
    "mask",
    "safety",
    "really",
    "think",
    "would",
    "could",
    "should",
    "because",
    "never",
    "always",
    "maybe",
    "today",
    "yesterday",
    "broken",
    "works",
    "price",
    "quality",
    "warranty",
    "manual",
    "screw",
    "bit",
    "torque",
    "speed",
    "grip",
    "handle",
    "case",
    "light",
    "weight",
]
WORDS_DE = [
    "die",
    "Werkbank",
    "Akku",
    "Ladegerät",
    "Bohrer",
    "Säge",
    "Blatt",
    "Update",
    "Lieferung",
    "Support",
    "Frage",
    "danke",
    "toll",
    "Projekt",
    "Holz",
    "Eiche",
    "Ahorn",
    "Oberfläche",
    "Leim",
    "Zwinge",
    "Fräse",
    "Schleifer",
    "Staub",
    "Maske",
    "Sicherheit",
    "wirklich",
    "denke",
    "würde",
    "könnte",
    "sollte",
    "weil",
    "nie",
    "immer",
    "vielleicht",
    "heute",
    "gestern",
    "kaputt",
    "läuft",
    "Preis",
    "Qualität",
    "Garantie",
    "Anleitung",
    "Schraube",
    "Drehmoment",
    "Griff",
    "Koffer",
    "leicht",
    "Grüße",
    "schön",
]


def base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


def write_dump(path: Path, count: int, seed: int = 7) -> None:
    """N comments in threads: a tenth start a thread, the rest reply to a recent comment."""
    rng = random.Random(seed)
    authors = [f"user_{base36(rng.getrandbits(40))}" for _ in range(max(count // 20, 100))]
    threads: list[str] = []
    recent: list[str] = []
    start = 1_600_000_000
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            words = WORDS_DE if rng.random() < 0.4 else WORDS_EN
            body = " ".join(rng.choices(words, k=rng.randrange(6, 60))).capitalize() + "."
            comment_id = base36(10_000_000 + n)
            if not threads or rng.random() < 0.1:
                threads.append(f"t3_{base36(5_000_000 + len(threads))}")
                parent = threads[-1]
            else:
                parent = (
                    f"t1_{rng.choice(recent)}" if recent and rng.random() < 0.7 else threads[-1]
                )
            recent = ([*recent, comment_id])[-50:]
            author = rng.choice(authors)
            record = {
                "id": comment_id,
                "author": author,
                "author_fullname": f"t2_{author[5:]}",
                "body": body,
                "created_utc": start + n * 7,
                "link_id": threads[-1],
                "parent_id": parent,
                "subreddit": "KleinholzWerkstatt",
                "score": rng.randrange(-5, 200),
                "permalink": f"/r/KleinholzWerkstatt/comments/{threads[-1][3:]}/x/{comment_id}/",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def timed(command: list[str]) -> tuple[float, float]:
    """Wall clock and CPU seconds (its processes' user and system time) of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def raw_baseline(dump: Path, db: Path) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute(
        "CREATE TABLE comments (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, author TEXT, "
        "body TEXT, created_utc INTEGER, link_id TEXT, parent_id TEXT, subreddit TEXT, "
        "score INTEGER)"
    )
    connection.execute(
        "CREATE VIRTUAL TABLE comments_fts USING fts5(body, content='comments', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    connection.execute("BEGIN")
    columns = ("id", "author", "body", "created_utc", "link_id", "parent_id", "subreddit", "score")
    batch: list[tuple[object, ...]] = []
    insert = f"INSERT INTO comments ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    with dump.open("rb") as lines:
        for line in lines:
            record = json.loads(line)
            batch.append(tuple(record[c] for c in columns))
            if len(batch) == 5000:
                connection.executemany(insert, batch)
                batch.clear()
    connection.executemany(insert, batch)
    connection.execute("INSERT INTO comments_fts(comments_fts) VALUES ('rebuild')")
    connection.execute("COMMIT")
    connection.close()
    return time.perf_counter() - started, time.process_time() - cpu


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("count", type=int, help="number of comments")
    parser.add_argument(
        "--workdir", type=Path, help="keep files here instead of a temporary folder"
    )
    parser.add_argument("--rounds", type=int, default=1, help="take turns this many times")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="import-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    dump = workdir / "comments.ndjson"
    print(f"Writing {args.count:,} comments to {dump} …", flush=True)
    write_dump(dump, args.count)
    print(f"  {dump.stat().st_size / 1024**2:,.0f} MB", flush=True)
    bin_dir = Path(sys.executable).parent
    sqlite_utils = shutil.which("sqlite-utils", path=str(bin_dir)) or "sqlite-utils"
    runs: dict[str, list[tuple[float, float]]] = {"workbench": [], "raw": [], "utils": []}
    print(f"load average before: {_load()}", flush=True)
    for round_number in range(1, args.rounds + 1):
        for name in ("workbench.db", "raw.db", "sqlite-utils.db"):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{workdir / name}{suffix}").unlink(missing_ok=True)
        command = [str(bin_dir / "workbench"), "import", "--db", str(workdir / "workbench.db")]
        runs["workbench"].append(timed([*command, str(dump)]))
        runs["raw"].append(raw_baseline(dump, workdir / "raw.db"))
        utils_db = str(workdir / "sqlite-utils.db")
        insert = timed([sqlite_utils, "insert", utils_db, "comments", str(dump), "--nl"])
        fts = timed([sqlite_utils, "enable-fts", utils_db, "comments", "body"])
        runs["utils"].append((insert[0] + fts[0], insert[1] + fts[1]))
        said = ", ".join(f"{key} {values[-1][0]:.1f} s" for key, values in runs.items())
        print(f"round {round_number}: {said}", flush=True)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    wall = {key: statistics.median(w for w, _ in values) for key, values in runs.items()}
    cpu = {key: statistics.median(c for _, c in values) for key, values in runs.items()}
    size_mb = (workdir / "workbench.db").stat().st_size / 1024**2
    print(f"load average after:  {_load()}")
    print(f"medians of {args.rounds} round(s), wall clock (CPU seconds):")
    print(
        f"workbench import:          {wall['workbench']:8.1f} s ({cpu['workbench']:.1f})"
        f"   (peak RSS of any process {peak_mb:,.0f} MB, target <= 300)"
    )
    print(f"workbench database:        {size_mb:8.0f} MB")
    print(f"raw sqlite3 baseline:      {wall['raw']:8.1f} s ({cpu['raw']:.1f})")
    print(f"sqlite-utils insert + fts: {wall['utils']:8.1f} s ({cpu['utils']:.1f})")
    print(f"workbench / raw:           {wall['workbench'] / wall['raw']:8.2f}   (target <= 2.0)")
    print(f"workbench / sqlite-utils:  {wall['workbench'] / wall['utils']:8.2f}   (target <= 1.0)")
    if not args.workdir:
        shutil.rmtree(workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
