"""Backups from the window: File → Back up database…, the daily backup, and a restore that
names the backup's date and counts, keeps the store aside and opens a window on the backup."""

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.conftest import AUTHOR
from workbench.core.incidents import cases
from workbench.core.settings import Settings
from workbench.core.store import backup
from workbench.ui import backups
from workbench.ui.app import Session
from workbench.ui.single_instance import SingleInstance


def test_back_up_database_writes_a_copy_while_the_window_runs(window, tmp_path, monkeypatch):
    target = tmp_path / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    (action,) = [
        a
        for a in window.menuBar().actions()[0].menu().actions()
        if a.objectName() == "backupAction"
    ]
    action.trigger()
    window.tasks.wait_idle()
    assert backup.describe(target).items == window.store.counts()["items"]
    assert window.statusBar().currentMessage().startswith(f"Backed up to {target}")


def test_restore_asks_naming_the_backups_date_and_counts(window, tmp_path, monkeypatch):
    taken = backup.back_up(window.store.path, tmp_path / "copy.db", now=1_790_000_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(taken.path), ""))
    asked = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    requested = []
    window.restore_requested.connect(requested.append)
    window.restore()
    window.tasks.wait_idle()
    assert requested == [taken.path]
    (text,) = asked
    assert f"{taken.items:,} items" in text and f"{taken.members:,} members" in text
    assert f"{taken.events:,} events" in text and "2026-09-21" in text


def test_a_restore_opens_a_window_on_the_backup_and_keeps_the_store_aside(
    qtbot, demo_store, tmp_path
):
    taken = backup.back_up(demo_store.path, tmp_path / "copy.db", now=1_790_000_000)
    with demo_store.write() as connection:
        cases.open_incident(connection, "After the backup", AUTHOR)
    instance = SingleInstance(demo_store.path)
    assert instance.claim()
    app = QApplication.instance()
    session = Session(app, demo_store, Settings(daily_backup=False).with_identity("Mara"), instance)
    try:
        first = session.window
        first.restore_requested.emit(taken.path)
        assert session.window is not first and session.window.isVisible()
        assert session.store is not demo_store
        assert session.store.counts()["incidents"] == 0
        assert "kept as" in session.window.statusBar().currentMessage()
        (aside,) = demo_store.path.parent.glob("demo-before-restore-*.db")
        assert session.window.settings.manager_name == "Mara"
        assert app.quitOnLastWindowClosed()
    finally:
        session.window.close()
        session.store.close()
        instance.release()
    assert backup.describe(aside).events == taken.events + 1


def test_the_daily_backup_is_taken_once_a_day_into_the_backups_folder(qtbot, window, tmp_path):
    chosen = Settings(manager_name="Mara", backup_folder=str(tmp_path / "daily"), backups_kept=2)
    daily = backups.DailyBackup(window.tasks, lambda: chosen, window)
    said = []
    daily.message.connect(said.append)
    daily.look()
    window.tasks.wait_idle()
    (made,) = backup.backups_of(window.store.path, tmp_path / "daily")
    assert said == [f"Daily backup written to {made}."]
    daily.look()
    window.tasks.wait_idle()
    assert backup.backups_of(window.store.path, tmp_path / "daily") == [made] and len(said) == 1
