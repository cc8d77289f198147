"""One window per database: a second start raises the first, or says it is open elsewhere."""

import subprocess
import sys

from workbench.core.store.lock import StoreLock
from workbench.ui.single_instance import SingleInstance, server_name


def test_a_second_start_on_the_same_database_asks_the_first_to_come_forward(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "w.db")
    assert first.claim()
    try:
        # The same file by another path is the same database.
        second = SingleInstance(tmp_path / "sub" / ".." / "w.db")
        assert second.name == first.name
        assert not second.claim()
        with qtbot.waitSignal(first.raise_requested, timeout=5_000):
            assert second.ask_to_raise()
    finally:
        first.release()
    assert SingleInstance(tmp_path / "w.db").claim()


def test_a_database_locked_by_a_process_that_does_not_answer_is_open_elsewhere(tmp_path):
    restoring = StoreLock(tmp_path / "w.db")  # as `workbench restore` holds it
    assert restoring.acquire()
    try:
        window = SingleInstance(tmp_path / "w.db")
        assert not window.claim()
        assert not window.ask_to_raise()
        assert window.holder() is not None
    finally:
        restoring.release()


def test_other_databases_have_other_names(tmp_path):
    assert server_name(tmp_path / "a.db") != server_name(tmp_path / "b.db")


def test_a_window_that_ended_leaves_the_database_free(tmp_path):
    """The operating system releases the lock of a process that ends, however it ends."""
    code = (
        "import os; from pathlib import Path; from workbench.core.store.lock import StoreLock; "
        f"assert StoreLock(Path({str(tmp_path / 'w.db')!r})).acquire(); os._exit(9)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 9
    assert StoreLock(tmp_path / "w.db").acquire()
