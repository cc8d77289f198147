#!/usr/bin/env python3
"""What one huge field costs an import, per format (issue 16, 5).

    python benchmarks/hostile_import_bench.py [--mb 20] [--kind token|words] [--field text|other]
        [--rules] [FORMAT...]

For each format it takes the format's fixture, puts one field of ``--mb`` megabytes into its
first post or message (``token``: one run of letters without a space or an '@', the worst case
for address patterns; ``words``: ordinary words), and imports the file into a new store in a
child process of its own (the files are written beforehand, by this process). It prints the
import's time, the child's peak resident memory above that of a child that imports the same
file with a field of 10 KB instead, which takes the same path (read in the importer's process
or beside it, bulk or not: the file with the field decides), the same for the process that
reads beside the importer where one does (large inputs), the peak of SQLite's own allocations
during the import (its sqlite3_memory_highwater, where the sqlite3 module runs on a shared
libsqlite3), and the peak of Python's allocations (tracemalloc, in a third run), each next to
the field's size. A field must cost what its bytes cost: seconds, and a few times its size in
memory. Fields over the connectors' limit (4 million characters) are refused, named with
their record: then the figures are what the refusal costs.
"""

import argparse
import csv
import ctypes
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FIXTURES = ROOT / "tests" / "fixtures"
CSV_MAP = (
    ("item_id", "post_id"),
    ("author", "user_id"),
    ("created_at", "posted"),
    ("body", "text"),
)


EXTRA = "zz_extra"
"""A field no connector reads, where ``--field other`` puts the huge value."""


def _json(path: Path, place: Callable[[dict], None]) -> Callable[..., Path]:
    def write(folder: Path, field: str, read: bool = True) -> Path:
        document = orjson.loads(path.read_bytes())
        if read:
            place(document, field)
        else:
            document["messages"][1][EXTRA] = field
        out = folder / path.name
        out.write_bytes(orjson.dumps(document))
        return out

    return write


def _set(key: str, *, under: str = "messages") -> Callable[[dict, str], None]:
    def place(document: dict, field: str) -> None:
        document[under][1][key] = field

    return place


def _telegram_text(document: dict, field: str) -> None:
    """Telegram Desktop writes a message's text twice: ``text`` and ``text_entities``."""
    document["messages"][1]["text"] = field
    document["messages"][1]["text_entities"] = [{"type": "plain", "text": field}]


def _wxr(folder: Path, field: str, read: bool = True) -> Path:
    text = (FIXTURES / "wordpress-wxr" / "gemeinde-wxr-1.2.xml").read_text()
    start = text.index("<content:encoded><![CDATA[") + len("<content:encoded><![CDATA[")
    end = text.index("]]></content:encoded>", start)
    out = folder / "wxr.xml"
    if read:
        out.write_text(text[:start] + field + text[end:])
    else:
        end += len("]]></content:encoded>")
        out.write_text(f"{text[:end]}<wp:{EXTRA}><![CDATA[{field}]]></wp:{EXTRA}>{text[end:]}")
    return out


def _twitter(folder: Path, field: str, read: bool = True) -> Path:
    text = (FIXTURES / "twitter" / "ytd2023_darkliquid_tweets_reformatted.js").read_text()
    prefix, _, data = text.partition("=")
    tweets = orjson.loads(data)
    tweets[0]["tweet"]["full_text" if read else EXTRA] = field
    out = folder / "tweets.js"
    out.write_bytes(prefix.encode() + b"= " + orjson.dumps(tweets))
    return out


def _pushshift(folder: Path, field: str, read: bool = True) -> Path:
    lines = (FIXTURES / "reddit-dumps" / "pushshift-importer_test_comments.ndjson").read_bytes()
    records = [orjson.loads(line) for line in lines.splitlines() if line.strip()]
    records[0]["body" if read else EXTRA] = field
    out = folder / "RC.ndjson"
    out.write_bytes(b"\n".join(orjson.dumps(record) for record in records) + b"\n")
    return out


def _csv(folder: Path, field: str, read: bool = True) -> Path:
    with (FIXTURES / "csv" / "forum-export.csv").open(newline="") as file:
        rows = list(csv.reader(file))
    if read:
        rows[1][8] = field
    else:
        rows = [[*row, EXTRA if number == 0 else ""] for number, row in enumerate(rows)]
        rows[1][-1] = field
    out = folder / "forum.csv"
    with out.open("w", newline="") as file:
        csv.writer(file).writerows(rows)
    return out


FORMATS: dict[str, Callable[..., Path]] = {
    # Each takes a folder, the field, and whether it goes where the workbench reads it (a
    # post's text) or into a field no column reads.
    "wordpress-wxr": _wxr,
    "facebook-dyi": _json(
        FIXTURES / "facebook" / "fbdyi2022_tmitcheson_groupchat_message_1.json", _set("content")
    ),
    "twitter-archive": _twitter,
    "discord-chat-exporter": _json(
        FIXTURES / "discord" / "dce-2024_lumen-makers_general.json", _set("content")
    ),
    "telegram-desktop": _json(
        FIXTURES / "telegram" / "tg_handmade_supergroup.json", _telegram_text
    ),
    "reddit-pushshift": _pushshift,
    "csv": _csv,
}


def field_of(megabytes: float, kind: str) -> str:
    size = int(megabytes * 1024**2)
    if kind == "token":
        return ("Lorem" * (size // 5 + 1))[:size]
    return ("Lorem ipsum dolor sit amet. " * (size // 28 + 1))[:size]


BASELINE_MB = 0.01


def sqlite_library() -> ctypes.CDLL | None:
    """The libsqlite3 under this Python's sqlite3 module, to read SQLite's allocation counters;
    None where it is linked in (no shared library to ask)."""
    maps = Path("/proc/self/maps")
    lines = maps.read_text().splitlines() if maps.exists() else []
    paths = {line.split()[-1] for line in lines if "/libsqlite3" in line}
    if len(paths) != 1:
        return None
    library = ctypes.CDLL(paths.pop())
    library.sqlite3_libversion.restype = ctypes.c_char_p
    library.sqlite3_memory_used.restype = ctypes.c_int64
    library.sqlite3_memory_highwater.restype = ctypes.c_int64
    library.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
    if library.sqlite3_libversion().decode() != sqlite3.sqlite_version:
        return None
    return library


RULES = (
    ("Pills", "keywords", "viagra, pills, casino", 0.0),
    ("Shouting", "caps", "", 0.7),
    ("Links", "links", "", 3.0),
    ("Buy now", "regex", r"buy\s+now", 0.0),
)
"""With ``--rules``: one rule of each kind, as a team has them, which read each post whole."""


def _add_rules(store: Any) -> None:
    from workbench.core.queue import rules
    from workbench.core.queue.rule_matchers import RuleSpec
    from workbench.core.settings import Author

    author = Author(id="00000000-0000-4000-8000-000000000001", name="Bench")
    with store.write() as connection:
        for rule_name, kind, pattern, threshold in RULES:
            rules.save(connection, RuleSpec.new(rule_name, kind, pattern, threshold), author)


def child(name: str, path: Path, like_bytes: int, traced: bool, with_rules: bool) -> None:
    """One import of ``path`` in this process, taking the path (read here or beside, bulk or
    not) that an input of ``like_bytes`` takes; prints seconds, the process's peak RSS, the
    reading child's (0 where none ran), SQLite's peak (-1 where unknown) and the traced peak,
    in MB, then what was skipped."""
    from workbench.core.errors import WorkbenchError
    from workbench.core.records import ImportOptions
    from workbench.core.store import open_store
    from workbench.services import import_pipeline, importer

    if like_bytes >= import_pipeline.MIN_BYTES:
        import_pipeline.MIN_BYTES = 0
    if like_bytes >= importer.BULK_MIN_BYTES:
        importer.BULK_MIN_BYTES = 0
    options = ImportOptions(column_map=CSV_MAP if name == "csv" else ())
    with tempfile.TemporaryDirectory() as folder:
        # A small import first, so that what is measured is the field, not modules loading.
        with open_store(Path(folder) / "warm.db") as store:
            warm = importer.plan([FORMATS[name](Path(folder), field_of(BASELINE_MB, "token"))])
            importer.run(store, warm, options=options)
        store = open_store(Path(folder) / "bench.db")
        if with_rules:
            _add_rules(store)
        planned = importer.plan([path], format=name)
        library = sqlite_library()
        if library is not None:
            library.sqlite3_memory_highwater(1)
            used = library.sqlite3_memory_used()
        if traced:
            tracemalloc.start()
        started = time.perf_counter()
        try:
            result = importer.run(store, planned, options=options, skip_bad=True)
            skipped = "; ".join(result.summary.skipped)
        except WorkbenchError as refused:  # a whole file refused, in one line (CSV's 16 MB)
            skipped = f"refused: {refused}"
        seconds = time.perf_counter() - started
        sqlite_peak = -1.0
        if library is not None:
            sqlite_peak = (library.sqlite3_memory_highwater(0) - used) / 1024**2
        traced_peak = tracemalloc.get_traced_memory()[1] if traced else 0
        tracemalloc.stop()
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        reader_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        store.close()
        print(
            f"{seconds:.2f} {peak_rss / 1024:.0f} {reader_rss / 1024:.0f} {sqlite_peak:.1f}"
            f" {traced_peak / 1024**2:.1f} {skipped}"
        )


def run_child(
    name: str, path: Path, like_bytes: int, mode: str, with_rules: bool
) -> list[str] | str:
    """(seconds, peak RSS, reader's peak RSS, SQLite's peak, traced peak, skipped) of one
    child, or the last line of its error."""
    command = [sys.executable, __file__, "--child", name, str(path), str(like_bytes), mode]
    command += ["--rules"] if with_rules else []
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        return done.stderr.strip().splitlines()[-1]
    return [*(done.stdout.strip().splitlines() or [""])[-1].split(" ", 5), ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--kind", choices=("token", "words"), default="token")
    parser.add_argument(
        "--field",
        choices=("text", "other"),
        default="text",
        help="the post's text, or a field no column reads (kept in the raw record)",
    )
    parser.add_argument(
        "--rules", action="store_true", help="a rule of each kind in the store (RULES)"
    )
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("formats", nargs="*", default=list(FORMATS))
    args = parser.parse_args()
    if args.child:
        name, path, like_bytes, mode = args.child
        child(name, Path(path), int(like_bytes), mode == "traced", args.rules)
        return
    from workbench.services import import_pipeline

    print(
        f"one {args.mb:g} MB field ({args.kind}, {args.field}"
        f"{', with rules' if args.rules else ''});"
        " memory as a multiple of the field's size"
    )
    print(
        f"{'format':22} {'seconds':>8} {'RSS over base':>14} {'reader over base':>17}"
        f" {'SQLite peak':>14} {'traced peak':>14}  skipped"
    )
    for name in args.formats:
        with tempfile.TemporaryDirectory() as folder:
            # Written here, so that making the files costs the measured processes nothing.
            (Path(folder) / "base").mkdir()
            base_path = FORMATS[name](Path(folder) / "base", field_of(BASELINE_MB, args.kind))
            path = FORMATS[name](Path(folder), field_of(args.mb, args.kind), args.field == "text")
            like = path.stat().st_size
            runs = []
            for measured, mode in ((base_path, "plain"), (path, "plain"), (path, "traced")):
                run = run_child(name, measured, like, mode, args.rules)
                if isinstance(run, str):
                    print(f"{name:22} failed: {run}")
                    break
                runs.append(run)
        if len(runs) < 3:
            continue
        (_, base, base_reader, *_), field_run, traced_run = runs
        seconds, rss, reader, sqlite_peak, _, skipped, *_ = field_run
        traced = float(traced_run[4])
        grown, in_sqlite = float(rss) - float(base), float(sqlite_peak)
        reader_grown = float(reader) - float(base_reader)
        shown_reader = (
            f"{reader_grown:6.0f} MB {reader_grown / args.mb:5.1f}x"
            if like >= import_pipeline.MIN_BYTES
            else "-"
        )
        shown_sqlite = (
            f"{in_sqlite:6.0f} MB {in_sqlite / args.mb:5.1f}x" if in_sqlite >= 0 else " " * 15
        )
        skipped = " ".join(skipped.split())[:60]
        print(
            f"{name:22} {float(seconds):8.2f} {grown:6.0f} MB {grown / args.mb:5.1f}x"
            f" {shown_reader:>17} {shown_sqlite} {traced:6.1f} MB {traced / args.mb:4.1f}x"
            f"  {skipped}"
        )


if __name__ == "__main__":
    main()
