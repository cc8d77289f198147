#!/usr/bin/env python3
"""How long a manager waits for a small import: the Import dialog, one file of 100 comments.

    QT_QPA_PLATFORM=offscreen python benchmarks/small_import_bench.py [--runs 5] [--look 3]

Each run imports into a new store of its own: a task runner (the window's), then the dialog is
opened, the manager looks at it for ``--look`` seconds (what a manager does before clicking),
the Import button is clicked and the run waits until the dialog says the import landed. It
prints, per run, the time from the click to the dialog's summary measured here, and the time
the dialog itself reports ("Imported in … s."): the target is under 1 s, and the two must
agree. A run with ``--look 0`` clicks at once, before anything could have been started ahead.
"""

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_bench import write_dump

from workbench.core.store import open_store
from workbench.ui.dialogs.import_dialog import ImportDialog
from workbench.ui.tasks.runner import TaskRunner

ITEMS = 100
REPORTED = re.compile(r"Imported in ([0-9.]+) s\.")


def wait(seconds: float) -> None:
    """Let the event loop run for ``seconds``, as it does while a manager reads the dialog."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def one_run(folder: Path, dump: Path, look: float) -> tuple[float, float]:
    """(seconds from the click to the summary, seconds the dialog reported)."""
    store = open_store(folder / "store.db")
    tasks = TaskRunner(store)
    dialog = ImportDialog(tasks, [dump])
    dialog.show()
    wait(look)
    loop = QEventLoop()
    landed: list[float] = []

    def on_imported() -> None:
        landed.append(time.perf_counter())
        loop.quit()

    dialog.imported.connect(on_imported)
    watchdog = QTimer(singleShot=True, interval=60_000)
    watchdog.timeout.connect(loop.quit)
    clicked = time.perf_counter()
    QTest.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    watchdog.start()
    loop.exec()
    reported = REPORTED.search(dialog.status.text())
    dialog.close()
    tasks.stop()
    store.close()
    if not landed or reported is None:
        raise SystemExit(f"the import did not land: {dialog.status.text()}")
    return landed[0] - clicked, float(reported.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--look", type=float, default=3.0, help="seconds before the click")
    args = parser.parse_args()
    _app = QApplication(sys.argv)  # kept alive for the whole run
    root = Path(tempfile.mkdtemp(prefix="small-import-"))
    dump = root / "comments.ndjson"
    write_dump(dump, ITEMS)
    waited, reported = [], []
    for run in range(args.runs):
        folder = root / f"run{run}"
        folder.mkdir()
        seconds, said = one_run(folder, dump, args.look)
        waited.append(seconds)
        reported.append(said)
        print(f"run {run + 1}: waited {seconds:.3f} s from the click, the dialog said {said:.1f} s")
    print(
        f"{ITEMS} comments, looked {args.look:g} s before the click: median waited "
        f"{statistics.median(waited):.3f} s (target < 1), median reported "
        f"{statistics.median(reported):.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
