"""The import's process started ahead of the click: it takes the import, it holds nothing while
it waits, a crash is said, and it ends with the window."""

import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.test_import_dialog import COMMENTS, dump
from workbench.services import import_process
from workbench.ui import main_window
from workbench.ui.dialogs.import_dialog import ImportDialog
from workbench.ui.tasks.imports import ImportProcess

REPORTED = re.compile(r"Imported in ([0-9.]+) s\.")


def gone(pid: int) -> bool:
    """Whether the process ended (an orphan nobody reaped yet counts: it is a zombie)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


def loaded(pid: int) -> bool:
    """Whether the process has loaded what an import needs and sleeps, waiting for its import.
    The connectors come last (the store came with the module it runs): zstandard is theirs."""
    maps = Path(f"/proc/{pid}/maps").read_text()
    state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    return "zstandard" in maps and state == "S"


def opened_files(pid: int) -> set[str]:
    folder = Path(f"/proc/{pid}/fd")
    return {os.readlink(folder / fd) for fd in os.listdir(folder)}


def test_the_dialog_starts_the_process_and_the_click_hands_it_the_import(qtbot, store, tasks_for):
    tasks = tasks_for(store)
    dialog = ImportDialog(tasks, [COMMENTS])
    qtbot.addWidget(dialog)
    ahead = tasks._ahead
    assert ahead is not None and ahead.waiting
    pid = ahead.process.pid
    qtbot.waitUntil(lambda: loaded(pid), timeout=30_000)
    # Below the window: a large import then leaves it a core when it needs one.
    window = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, pid) == min(window + import_process.NICENESS, 19)
    # Waiting, it has not opened the store: no lock, no file, and a store restored meanwhile
    # would be the one it writes.
    assert not any(name.startswith(str(store.path)) for name in opened_files(pid))
    with store.write(wait_seconds=0.1) as connection:
        connection.exec_driver_sql("SELECT 1")
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        task = dialog.task
    assert task is not None and task.process is not None and task.process.pid == pid
    assert store.counts()["items"] > 0
    qtbot.waitUntil(lambda: gone(pid), timeout=10_000)
    assert tasks._ahead is None  # one process, one import

    second = ImportDialog(tasks, [COMMENTS])  # the next dialog starts a new one
    qtbot.addWidget(second)
    assert tasks._ahead is not None and tasks._ahead.process.pid != pid
    dialog.wait()


def test_the_time_said_is_the_time_the_manager_waited(qtbot, store, tasks_for):
    """Clicked at once, before the process started ahead could load: the start-up it still
    needed is waited for, and said."""
    dialog = ImportDialog(tasks_for(store), [COMMENTS])
    qtbot.addWidget(dialog)
    clicked = time.monotonic()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    waited = time.monotonic() - clicked
    said = REPORTED.search(dialog.status.text())
    assert said is not None, dialog.status.text()
    assert abs(float(said.group(1)) - waited) <= 0.15, (said.group(0), waited)
    dialog.wait()


def test_a_process_that_died_while_it_waited_is_replaced(qtbot, store, tasks_for):
    tasks = tasks_for(store)
    dialog = ImportDialog(tasks, [COMMENTS])
    qtbot.addWidget(dialog)
    killed = tasks._ahead.process.pid
    os.kill(killed, signal.SIGKILL)
    qtbot.waitUntil(lambda: not tasks._ahead.process.is_alive(), timeout=5_000)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.start()
        task = dialog.task
    assert task.process is not None and task.process.pid != killed
    assert store.counts()["items"] > 0
    dialog.wait()


def test_a_crash_during_the_import_is_said_and_nothing_lands(qtbot, store, tmp_path, tasks_for):
    path = dump(tmp_path / "many.ndjson", 40_000)
    tasks = tasks_for(store)
    dialog = ImportDialog(tasks, [path])
    qtbot.addWidget(dialog)
    dialog.start()
    with qtbot.waitSignal(dialog.task.progressed, timeout=30_000):
        pass
    pid = dialog.task.process.pid
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "The import stopped unexpectedly; nothing was imported." in dialog.status.text()
    assert store.counts()["items"] == 0 and store.counts()["sources"] == 0
    assert dialog.start_button.isEnabled()
    # The next attempt has a process of its own, started ahead again.
    assert tasks._ahead is not None and tasks._ahead.waiting and tasks._ahead.process.pid != pid
    dialog.wait()


def test_cancel_with_the_process_started_ahead_rolls_back(qtbot, store, tmp_path, tasks_for):
    path = dump(tmp_path / "many.ndjson", 40_000)
    tasks = tasks_for(store)
    dialog = ImportDialog(tasks, [path])
    qtbot.addWidget(dialog)
    pid = tasks._ahead.process.pid
    qtbot.waitUntil(lambda: loaded(pid), timeout=30_000)
    dialog.start()
    with qtbot.waitSignal(dialog.task.progressed, timeout=30_000):
        pass
    assert dialog.task.process.pid == pid
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert "Import cancelled; nothing was imported." in dialog.status.text()
    assert store.counts()["items"] == 0 and store.counts()["sources"] == 0
    dialog.wait()


def test_the_process_ends_with_the_window(qtbot, store, tasks_for):
    tasks = tasks_for(store)
    tasks.start_import_ahead()
    process = tasks._ahead.process
    tasks.start_import_ahead()  # one at a time
    assert tasks._ahead.process is process
    tasks.stop()
    assert not process.is_alive()
    tasks.start_import_ahead()  # none once the window has gone
    assert tasks._ahead is None


def test_the_process_ends_when_the_windows_process_dies(tmp_path):
    """Nobody stops it then: it sees its parent gone and ends by itself."""
    script = textwrap.dedent(
        f"""
        import os, sys, time
        from pathlib import Path
        from workbench.ui.tasks.imports import ImportProcess

        if __name__ == "__main__":
            ahead = ImportProcess(Path({str(tmp_path / "store.db")!r}))
            print(ahead.process.pid, flush=True)
            time.sleep(0.5)
            os._exit(0)
        """
    )
    (tmp_path / "window.py").write_text(script)
    finished = subprocess.run(
        [sys.executable, str(tmp_path / "window.py")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parents[2],
        check=True,
    )
    pid = int(finished.stdout.split()[0])
    deadline = time.monotonic() + 30
    while not gone(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert gone(pid)


def test_the_window_starts_one_when_it_has_been_idle(qtbot, demo_store, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    from workbench.core.settings import Settings
    from workbench.ui.main_window import MainWindow

    monkeypatch.setattr(main_window, "IMPORT_AHEAD_MS", 0)
    window = MainWindow(
        demo_store,
        Settings().with_identity("Mara"),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.tasks._ahead is not None, timeout=5_000)
    ahead: ImportProcess = window.tasks._ahead
    assert ahead.waiting
    window.close()
    assert not ahead.process.is_alive()
