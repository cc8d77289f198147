#!/usr/bin/env python3
"""How long the window takes to appear: the real app, started as a manager starts it.

    python benchmarks/startup_bench.py [--db PATH] [--runs 5]

Starts `python -m workbench --db PATH` (by default the 1,000,000-item store that
benchmarks/queue_bench.py builds at /tmp/queue-bench.db) with a home folder of its own (a
manager's name set, no daily backup), on Xvfb where xvfb-run is installed, else on Qt's
offscreen platform. The app writes the moment its window first painted to the file named by
WORKBENCH_REPORT_SHOWN; the figure is that moment less the moment of launch. A first run is
not counted: it migrates the store if needed, writes the modules' bytecode as an install would
have it, and brings the files into the OS's cache. Prints each run and the median (target: at
most 1 s).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

SHOWN_ENV = "WORKBENCH_REPORT_SHOWN"
TIMEOUT_SECONDS = 60


def one_run(db: Path, home: Path, display: list[str]) -> float:
    marker = home / "shown.txt"
    marker.unlink(missing_ok=True)
    environment = {**os.environ, "WORKBENCH_HOME": str(home), SHOWN_ENV: str(marker)}
    # As an installed app starts: from compiled bytecode (pip and PyInstaller ship it), which
    # the first run writes; this machine's environment otherwise compiles every module anew.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    if not display:
        environment["QT_QPA_PLATFORM"] = "offscreen"
    started = time.time()
    process = subprocess.Popen(
        [*display, sys.executable, "-m", "workbench", "--db", str(db)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        while not marker.exists() or not marker.read_text().strip():
            if process.poll() is not None:
                problem = process.stderr.read().decode() if process.stderr else ""
                raise SystemExit(f"the app ended before its window appeared: {problem}")
            if time.time() - started > TIMEOUT_SECONDS:
                raise SystemExit(f"no window after {TIMEOUT_SECONDS} s")
            time.sleep(0.005)
        return float(marker.read_text()) - started
    finally:
        process.terminate()
        process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=Path("/tmp/queue-bench.db"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db} does not exist; build it with benchmarks/queue_bench.py")
    xvfb = shutil.which("xvfb-run")
    display = [xvfb, "--auto-servernum"] if xvfb else []
    home = Path(tempfile.mkdtemp(prefix="startup-bench-"))
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_bytes(
        orjson.dumps({"manager_name": "Bench Manager", "daily_backup": False})
    )
    print(f"{args.db} on {'Xvfb' if xvfb else 'the offscreen platform'}")
    one_run(args.db, home, display)  # migrated, bytecode written, files in the OS's cache
    times = []
    for n in range(args.runs):
        times.append(one_run(args.db, home, display))
        print(f"  run {n + 1}: {times[-1]:.2f} s", flush=True)
    print(f"window shown after {statistics.median(times):.2f} s (median of {args.runs}; ≤ 1)")
    shutil.rmtree(home)
    return 0


if __name__ == "__main__":
    sys.exit(main())
