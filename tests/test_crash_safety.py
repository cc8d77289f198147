"""kill -9 at any moment leaves a store that is whole: SQLite's integrity check passes, an
import is there in full or not at all and runs again to the end, and every recorded decision
has its derived state (issue 16: the crash checks, kept repeatable and bounded).

Each case runs the real command line in a child process and kills it with SIGKILL part way;
the delays spread the kills over the phases of the work (start-up, parsing, writing, commit).
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal")

LINES = 40_000


def _dump(path: Path) -> Path:
    with path.open("wb") as out:
        for n in range(LINES):
            record = {
                "id": f"c{n}",
                "author": f"user{n % 997}",
                "body": f"Kommentar {n} über Akkus, Sägen und Leim " * 3,
                "created_utc": 1_600_000_000 + n,
                "link_id": f"t3_{n // 50}",
                "parent_id": f"t3_{n // 50}",
                "subreddit": "KleinholzWerkstatt",
                "score": n % 40,
            }
            out.write(orjson.dumps(record) + b"\n")
    return path


def _workbench(home: Path, *args: str) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "WORKBENCH_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "workbench", *args],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _check(db: Path) -> int:
    """The store is sound; how many items it holds. A store killed while it was being made
    (on a slow machine the first kill can come that early) has no tables yet: the migrations
    run in one transaction, so nothing of them stayed, and it holds no items."""
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "items" not in tables:
            assert not tables - {"alembic_version"}, tables  # all of the schema, or none
            return 0
        return int(connection.execute("SELECT count(*) FROM items").fetchone()[0])
    finally:
        connection.close()


def test_an_import_killed_at_any_moment_is_whole_or_absent(tmp_path, home):
    dump = _dump(tmp_path / "comments.ndjson")
    db = tmp_path / "store.db"
    survived = 0
    # The kills fall across the import: from the store being made to its last commit, counted
    # from when a workbench process is up (on two busy cores that alone can take seconds).
    started = time.perf_counter()
    assert _workbench(home, "--version").wait(timeout=120) == 0
    up = time.perf_counter() - started
    for delay in (up + 0.1, up + 0.6, up + 1.2, up + 2.0, up + 2.8):
        child = _workbench(home, "import", "--db", str(db), str(dump))
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        if db.exists() and db.stat().st_size:
            assert _check(db) in (0, LINES)  # all of the import, or none of it
            survived += 1
    finished = _workbench(home, "import", "--db", str(db), str(dump))
    assert finished.wait(timeout=120) == 0
    assert _check(db) == LINES
    assert survived >= 3  # most kills found a store to check


def test_decisions_killed_mid_write_keep_their_derived_state(tmp_path, home):
    db = tmp_path / "demo.db"
    made = _workbench(home, "demo", "--db", str(db))
    assert made.wait(timeout=120) == 0
    assert _workbench(home, "whoami", "Mara").wait(timeout=60) == 0
    with sqlite3.connect(db) as connection:
        items = [
            str(i)
            for (i,) in connection.execute("SELECT item_id FROM queue WHERE state = 'new' LIMIT 30")
        ]
    connection.close()
    for n, delay in enumerate((0.9, 1.3, 1.7)):
        chosen = items[n * 10 : n * 10 + 10]
        child = _workbench(home, "decide", *chosen, "remove", "--db", str(db))
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        _check(db)
        with sqlite3.connect(db) as connection:
            decided = connection.execute(
                "SELECT count(*) FROM events WHERE kind = 'queue.decided'"
            ).fetchone()[0]
            derived = connection.execute("SELECT count(*) FROM queue_decisions").fetchone()[0]
        connection.close()
        assert decided == derived  # no event without its state, no state without its event


def test_an_erasure_killed_mid_write_is_whole_or_absent(tmp_path, home):
    """kill -9 while `member erase` rewrites a member's items, raw records and the event log:
    the member is erased everywhere, with its event, or nowhere (issue 16's six kills)."""
    dump = _dump(tmp_path / "comments.ndjson")
    db = tmp_path / "store.db"
    assert _workbench(home, "import", "--db", str(db), str(dump)).wait(timeout=180) == 0
    assert _workbench(home, "whoami", "Mara").wait(timeout=60) == 0
    started = time.perf_counter()  # the kills are spread over what one whole erasure takes
    whole = _workbench(
        home, "member", "erase", "reddit:user900", "--confirm", "user900", "--db", str(db)
    )
    assert whole.wait(timeout=120) == 0
    took = time.perf_counter() - started
    outcomes = [True]
    for n, share in enumerate((0.3, 0.5, 0.7, 0.85, 0.95, 1.1)):
        delay = share * took
        handle = f"user{n}"
        child = _workbench(
            home, "member", "erase", f"reddit:{handle}", "--confirm", handle, "--db", str(db)
        )
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        _check(db)
        with sqlite3.connect(db) as connection:
            erasures = connection.execute(
                "SELECT count(*) FROM events WHERE kind = 'member.erased'"
            ).fetchone()[0]
            named = connection.execute(
                "SELECT count(*) FROM members WHERE handle = ?", (handle,)
            ).fetchone()[0]
            raw_left = connection.execute(
                "SELECT count(*) FROM items WHERE raw LIKE ?", (f'%"{handle}"%',)
            ).fetchone()[0]
        connection.close()
        erased = erasures == len([o for o in outcomes if o]) + 1
        assert (named, raw_left) == ((0, 0) if erased else (1, raw_left)), (n, named, raw_left)
        if not erased:
            assert erasures == len([o for o in outcomes if o]) and raw_left > 0
        outcomes.append(erased)
    print(f"erasures killed: {outcomes.count(True) - 1} whole, {outcomes.count(False)} absent")
