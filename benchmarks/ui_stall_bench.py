#!/usr/bin/env python3
"""Does the window stay responsive while an import runs? A timer probe on the UI thread.

    QT_QPA_PLATFORM=offscreen python benchmarks/ui_stall_bench.py [N]

Builds the demo community, writes a Pushshift dump of N comments (default 200,000), then opens
the queue and imports the dump on the import worker thread while the queue is being used (a
step down the list every 50 ms, the filter switched every second). A 5 ms timer on the UI thread
records how late each tick arrives; the longest gap is the longest stall (target: at most 50 ms).
"""

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_bench import write_dump

from workbench.core.records import ImportOptions
from workbench.core.settings import Author
from workbench.core.store import open_store
from workbench.services import demo, importer
from workbench.ui.pages.queue_page import QueuePage
from workbench.ui.tasks.runner import TaskRunner


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    _app = QApplication(sys.argv)  # kept alive for the whole run
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

    gaps: list[float] = []
    last = time.perf_counter()

    def tick() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append((now - last) * 1000)
        last = now

    probe = QTimer(interval=5, timeout=tick)
    browse = QTimer(interval=50, timeout=lambda: page.go(1))
    switch = QTimer(
        interval=1000,
        timeout=lambda: page.reason.setCurrentIndex((page.reason.currentIndex() + 1) % 3),
    )
    worker = tasks.new_import(importer.plan([dump]), ImportOptions(), skip_bad=False)
    loop = QEventLoop()
    worker.finished.connect(lambda _result: loop.quit())
    worker.failed.connect(lambda message, _cancelled: (print(message), loop.quit()))
    for timer in (probe, browse, switch):
        timer.start()
    started = time.perf_counter()
    last = started
    worker.start()
    loop.exec()
    worker.worker_thread.wait()
    seconds = time.perf_counter() - started
    for timer in (probe, browse, switch):
        timer.stop()
    gaps.sort()
    print(f"import of {count:,} comments took {seconds:.1f} s while the queue was used")
    p99, median = gaps[int(len(gaps) * 0.99)], gaps[len(gaps) // 2]
    print(
        f"UI timer ticks: {len(gaps):,}; longest gap {gaps[-1]:.1f} ms (target ≤ 50), "
        f"99th percentile {p99:.1f} ms, median {median:.1f} ms"
    )
    tasks.stop()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
