#!/usr/bin/env python3
"""Does the window stay responsive while an import runs? A timer probe on the UI thread.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_stall_bench.py [N] [--profile]

Builds the demo community, writes a Pushshift dump of N comments (default 200,000), then opens
the queue and imports the dump from the Import dialog, as a manager does (progress shown, the
queue reloaded when the import lands), while the queue is being used (a step down the list every
50 ms, the filter switched every second). A 5 ms timer on the UI thread records how late each
tick arrives; the longest gap is the longest stall (target: at most 50 ms), counted from the
click until 2 s after the import landed. Garbage is collected as the window collects it (on the
UI thread, what the start made frozen: ui.app.collect_from_now_on).

The longest gaps are listed with when they came (from the click; "landed+" from the import's
landing) and, on Linux, how much of each the UI thread ran and how long it was ready but waited
for a core (/proc's schedstat): a wait is the machine's, not the window's work. With --profile
the UI thread's CPU time in each gap of over 30 ms is profiled (cProfile on thread_time, so a
wait for a core is not blamed on the function it interrupted) and its top functions printed.
"""

import cProfile
import io
import os
import pstats
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_bench import write_dump

from workbench.core.settings import Author
from workbench.core.store import open_store
from workbench.services import demo
from workbench.ui.app import collect_from_now_on
from workbench.ui.dialogs.import_dialog import ImportDialog
from workbench.ui.pages.queue_page import QueuePage
from workbench.ui.tasks.runner import TaskRunner

AFTER_SECONDS = 2.0
"""How long the probe runs on after the import landed: the reload it causes counts."""
PROFILED_MS = 30.0


def main() -> int:
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    profile = "--profile" in sys.argv
    count = int(arguments[0]) if arguments else 200_000
    app = QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="ui-stall-"))
    db = folder / "demo.db"
    demo.create_demo_database(db, now=int(time.time()))
    dump = folder / "comments.ndjson"
    write_dump(dump, count)
    store = open_store(db)
    tasks = TaskRunner(store)
    page = QueuePage(store, Author("bench", "Bench"), tasks)
    page.resize(1200, 800)
    page.show()
    dialog = ImportDialog(tasks, [dump], page)
    dialog.show()
    _collector = collect_from_now_on(app)  # kept alive for the whole run
    wait(3.0)  # the manager looks at the dialog: the import's process starts meanwhile

    gaps: list[tuple[float, float, float, float]] = []  # ms, at (s), ran (ms), waited (ms)
    profiles: list[tuple[float, float, str]] = []
    profiler = cProfile.Profile(timer=time.thread_time) if profile else None
    started = last = time.perf_counter()
    scheduled = _schedstat()

    def tick() -> None:
        nonlocal last, scheduled
        now, then = time.perf_counter(), scheduled
        scheduled = _schedstat()
        gap = (now - last) * 1000
        gaps.append((gap, now - started, scheduled[0] - then[0], scheduled[1] - then[1]))
        if profiler is not None:
            profiler.disable()
            if gap > PROFILED_MS:
                profiles.append((gap, now - started, _top(profiler)))
            profiler.clear()
            profiler.enable()
        last = now

    probe = QTimer(interval=5, timeout=tick)
    browse = QTimer(interval=50, timeout=lambda: page.go(1))
    switch = QTimer(
        interval=1000,
        timeout=lambda: page.reason.setCurrentIndex((page.reason.currentIndex() + 1) % 3),
    )
    loop = QEventLoop()
    landed: list[float] = []

    def on_imported() -> None:
        landed.append(time.perf_counter() - started)
        QTimer.singleShot(int(AFTER_SECONDS * 1000), loop.quit)

    dialog.imported.connect(on_imported)
    for timer in (probe, browse, switch):
        timer.start()
    started = time.perf_counter()
    last = started
    dialog.start()
    if dialog.task is None:
        print(dialog.status.text())
        return 1
    dialog.task.failed.connect(lambda message, _cancelled: (print(message), loop.quit()))
    if profiler is not None:
        profiler.enable()
    loop.exec()
    if profiler is not None:
        profiler.disable()
    dialog.wait()
    for timer in (probe, browse, switch):
        timer.stop()
    if not landed:
        return 1
    print(f"import of {count:,} comments landed after {landed[0]:.1f} s while the queue was used")
    print(dialog.status.text().splitlines()[0])
    ordered = sorted(gap for gap, *_ in gaps)
    p99, median = ordered[int(len(ordered) * 0.99)], ordered[len(ordered) // 2]
    print(
        f"UI timer ticks: {len(gaps):,}; longest gap {ordered[-1]:.1f} ms (target ≤ 50), "
        f"99th percentile {p99:.1f} ms, median {median:.1f} ms"
    )
    for gap, at, ran, waited in sorted(gaps, reverse=True)[:8]:
        print(
            f"  {gap:6.1f} ms at {_when(at, landed[0])}: the UI thread ran {ran:5.1f} ms, "
            f"waited for a core {waited:5.1f} ms"
        )
    for gap, at, top in sorted(profiles, reverse=True)[:5]:
        print(f"\n--- {gap:.1f} ms at {_when(at, landed[0])}\n{top}")
    tasks.stop()
    store.close()
    return 0


def wait(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


_SCHEDSTAT = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")


def _schedstat() -> tuple[float, float]:
    """The UI thread's time so far on a core and ready but waiting for one, in ms (Linux)."""
    if not _SCHEDSTAT.exists():
        return 0.0, 0.0
    ran, waited, _ = _SCHEDSTAT.read_text().split()
    return int(ran) / 1e6, int(waited) / 1e6


def _when(at: float, landed: float) -> str:
    return f"{at:5.1f} s" if at < landed else f"landed+{at - landed:.2f} s"


def _top(profiler: cProfile.Profile) -> str:
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(12)
    return "\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip())


if __name__ == "__main__":
    sys.exit(main())
