"""Backups from the window: File → Back up database…, File → Restore from backup…, and the
daily backup. Copying and checking run on the task runner's readers (a backup is a read: the
window's writes go on meanwhile); restoring replaces the store, so the window asks the
application to close it first (``MainWindow.restore_requested``) and opens the restored one.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workbench.core import clock
from workbench.core.settings import Settings
from workbench.core.store import backup
from workbench.core.store.backup import BackupInfo
from workbench.ui.local_time import shown
from workbench.ui.tasks.runner import TaskRunner

FIRST_LOOK_MS = 20_000
"""The daily backup waits this long after start-up: the window comes first."""
LOOK_EVERY_MS = 3_600_000
"""Then it looks once an hour whether a day has passed since the last one."""


def described(info: BackupInfo) -> str:
    """When a backup was taken and what it holds, as a confirmation names it."""
    return QCoreApplication.translate(
        "Backups", "taken {when}: {items} items, {members} members, {events} events"
    ).format(
        when=shown(info.taken_at),
        items=f"{info.items:,}",
        members=f"{info.members:,}",
        events=f"{info.events:,}",
    )


def back_up(
    parent: QWidget, tasks: TaskRunner, settings: Settings, said: Callable[[str], None]
) -> None:
    """Ask where, then copy the store there in the background; ``said`` gets the outcome."""
    folder = settings.backups_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    suggested = folder / backup.backup_name(tasks.store.path, clock.now())
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Backups", "Back up database"),
        str(suggested),
        QCoreApplication.translate("Backups", "Workbench database (*.db)"),
    )
    if not path:
        return
    store_path = tasks.store.path
    said(QCoreApplication.translate("Backups", "Backing up…"))
    tasks.run(
        lambda: backup.back_up(store_path, Path(path), now=clock.now()),
        lambda info: said(
            QCoreApplication.translate("Backups", "Backed up to {path} ({what}).").format(
                path=info.path, what=described(info)
            )
        ),
        lambda problem: said(
            QCoreApplication.translate("Backups", "The backup failed: {problem}").format(
                problem=problem
            )
        ),
        context=parent,
    )


def choose_restore(
    parent: QWidget, tasks: TaskRunner, settings: Settings, restore: Callable[[Path], None]
) -> None:
    """Ask for a backup, check it in the background, then confirm naming its date and
    counts; ``restore`` gets the backup the manager confirmed."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Backups", "Restore from backup"),
        str(settings.backups_folder()),
        QCoreApplication.translate("Backups", "Workbench database (*.db);;All files (*)"),
    )
    if not path:
        return

    def confirm(info: BackupInfo) -> None:
        if confirmed(parent, info, tasks.store.path):
            restore(info.path)

    def refused(problem: str) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Backups", "Restore from backup"), problem
        )

    tasks.run(lambda: backup.describe(Path(path)), confirm, refused, context=parent)


def confirmed(parent: QWidget, info: BackupInfo, store_path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Backups", "Restore from backup"),
        QCoreApplication.translate(
            "Backups",
            "Replace {store} with the backup {backup}, {what}?\n\n"
            "What was recorded since the backup is no longer in the store; the store as it is "
            "now is kept beside it. The window closes and opens again on the backup.",
        ).format(store=store_path.name, backup=info.path.name, what=described(info)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class DailyBackup(QObject):
    """A backup a day while the window runs (at start-up when the last one is a day old),
    keeping the newest as the settings say."""

    message = Signal(str)

    def __init__(
        self, tasks: TaskRunner, settings: Callable[[], Settings], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.settings = settings
        """The settings in force (they change in the settings dialog)."""
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_EVERY_MS)
        self._timer.timeout.connect(self.look)

    def start(self) -> None:
        QTimer.singleShot(FIRST_LOOK_MS, self, self.look)
        self._timer.start()

    def look(self) -> None:
        """Take today's backup unless it is taken (or daily backups are off)."""
        chosen = self.settings()
        if not chosen.daily_backup or self.tasks.stopped:
            return
        store_path, folder, keep = (
            self.tasks.store.path,
            chosen.backups_folder(),
            chosen.backups_kept,
        )
        self.tasks.run(
            lambda: backup.daily_backup(store_path, folder, keep=keep, now=clock.now()),
            self._taken,
            lambda problem: self.message.emit(
                QCoreApplication.translate("Backups", "The daily backup failed: {problem}").format(
                    problem=problem
                )
            ),
            context=self,
        )

    def _taken(self, info: BackupInfo | None) -> None:
        if info is not None:
            self.message.emit(
                QCoreApplication.translate("Backups", "Daily backup written to {path}.").format(
                    path=info.path
                )
            )
