"""Start-up: the demo is built once and reused until the workbench's version changes."""

import gc
import sqlite3

from workbench.core.settings import Settings
from workbench.services import demo
from workbench.ui.app import collect_from_now_on, open_database, store_path


def _events(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        connection.close()


def test_the_demo_is_built_once_and_reused_until_the_version_changes(tmp_path):
    path = store_path(None, True, Settings(data_folder=str(tmp_path / "data")))
    assert path == (tmp_path / "data" / "demo.db").resolve()
    open_database(path, use_demo=True).close()
    built = _events(path)
    assert demo.is_current(path)
    connection = sqlite3.connect(path)  # something the manager did in the demo
    connection.execute("INSERT INTO meta (key, value) VALUES ('reused', 'yes')")
    connection.commit()
    connection.close()
    with open_database(path, use_demo=True) as store, store.read() as read:
        assert read.exec_driver_sql("SELECT value FROM meta WHERE key = 'reused'").scalar() == "yes"
    connection = sqlite3.connect(path)  # as if an older version had built it
    connection.execute("UPDATE meta SET value = '0.0.1' WHERE key = ?", (demo.VERSION_KEY,))
    connection.commit()
    connection.close()
    assert not demo.is_current(path)
    open_database(path, use_demo=True).close()
    assert demo.is_current(path) and _events(path) == built
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT 1 FROM meta WHERE key = 'reused'").fetchone() is None
    connection.close()


def test_a_database_named_with_db_is_opened_where_it_is(tmp_path):
    chosen = tmp_path / "mine.db"
    assert store_path(chosen, False, Settings(data_folder=str(tmp_path / "data"))) == chosen
    assert store_path(None, False, Settings(data_folder=str(tmp_path / "d"))) == (
        tmp_path / "d" / "workbench.db"
    )


def test_garbage_collection_resumes_once_the_window_is_shown_on_the_ui_thread(qtbot):
    from PySide6.QtCore import QObject

    was_enabled = gc.isenabled()
    gc.disable()  # as cli.gui pauses it for the start
    owner = QObject()
    try:
        collector = collect_from_now_on(owner)
        assert gc.get_freeze_count() > 0
        # Never in another thread: automatic collection stays off, the UI thread's timer runs it.
        assert not gc.isenabled() and collector._timer.isActive()
        cycle: list[object] = []
        cycle.append(cycle)
        del cycle
        kept = [[] for _ in range(2_000)]  # enough allocations for a collection to be due
        before = gc.get_count()[0]
        assert before > gc.get_threshold()[0]
        collector.collect_if_due()
        assert gc.get_count()[0] < before
        del kept
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()
