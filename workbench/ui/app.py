"""Starting the window: the Qt application, translations, the manager's identity, the store.

A laptop store is one window's: its lock and local socket (single_instance) keep a second
window off it and raise the first instead. A team store (``--db postgresql://…``, or File →
Open store…) takes neither: its server puts writers one after another (an advisory lock per
write transaction) and each window is one more manager's client of it, which is the point of
it, so any number of windows, on any number of laptops, open it side by side.
"""

import asyncio
import gc
import os
import sys
import time
from pathlib import Path

import qasync
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from workbench import APP_ID, APP_NAME, __version__
from workbench.core import clock, i18n, paths, settings
from workbench.core.errors import WorkbenchError
from workbench.core.store import Store, backup, open_store
from workbench.services import team_store
from workbench.ui import preferences, translations
from workbench.ui.backups import DailyBackup
from workbench.ui.dialogs.identity_dialog import IdentityDialog
from workbench.ui.main_thread_gc import MainThreadCollector
from workbench.ui.main_window import MainWindow
from workbench.ui.single_instance import SingleInstance


def window_settings() -> QSettings:
    """Window geometry and other view state, beside the manager's settings file."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Speak ``locale``: by default the settings' language where one is chosen, else the
    system's. Qt's own texts and the workbench's are translated, the core's ``translate`` goes
    through the application, and QLocale() formats dates and numbers in the same language.
    Returns the translators installed."""
    if locale is None:
        try:
            language = settings.load().language
        except WorkbenchError:
            language = ""  # run() reads the settings again and says what is wrong with them
        locale = translations.chosen_locale(language)
    QLocale.setDefault(locale)
    installed = translations.translators(locale)
    for translator in installed:
        translator.setParent(app)
        app.installTranslator(translator)
    i18n.install(QCoreApplication.translate)
    return installed


def ensure_identity(current: settings.Settings) -> settings.Settings | None:
    """Ask for the manager's name if none is stored yet; ``None`` if they cancel."""
    if current.has_identity:
        return current
    dialog = IdentityDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    updated = current.with_identity(dialog.name())
    settings.save(updated)
    return updated


SHOWN_ENV = "WORKBENCH_REPORT_SHOWN"
"""A file the app writes the moment its window first painted to (benchmarks/startup_bench.py)."""


class _FirstExpose(QObject):
    """Writes the time once the window is on screen and has painted (on the next turn of the
    event loop after its first expose: the widgets paint on the expose itself)."""

    def __init__(self, window: QWidget, marker: Path) -> None:
        super().__init__(window)
        self.marker = marker
        window.winId()  # the native window exists from here on
        handle = window.windowHandle()
        assert handle is not None
        handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._write)
        return False

    def _write(self) -> None:
        self.marker.write_text(f"{time.time():.3f}")


def report_shown(window: QWidget) -> None:
    """Write the moment the window first painted to the file WORKBENCH_REPORT_SHOWN names."""
    if marker := os.environ.get(SHOWN_ENV):
        _FirstExpose(window, Path(marker))


def run(db_path: Path | str | None, demo: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    install_translations(app)
    try:
        current = ensure_identity(settings.load())
        if current is None:
            return 1
        path = store_path(db_path, demo, current)
    except WorkbenchError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    store: Store | None = None
    instance: SingleInstance | None = None
    if isinstance(path, str):
        try:
            store = open_team_store(path)
        except WorkbenchError as exc:
            if not offer_laptop_store(str(exc)):
                return 1
            path, demo = store_path(None, False, current), False
    if store is None:
        assert isinstance(path, Path)
        instance = SingleInstance(path)
        if not instance.claim():
            return open_elsewhere(instance, path)
        try:
            store = open_database(path, demo)
        except WorkbenchError as exc:
            instance.release()
            QMessageBox.critical(None, APP_NAME, str(exc))
            return 1
    preferences.use(current)
    # Qt's event loop runs asyncio's too (qasync): live syncs are tasks on it.
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    session = Session(app, store, current, instance)
    QTimer.singleShot(0, lambda: collect_from_now_on(app))
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    try:
        with loop:
            loop.run_until_complete(closed.wait())
        return 0
    finally:
        session.close()


def collect_from_now_on(app: QObject) -> MainThreadCollector:
    """The window is shown: garbage collection resumes (cli.gui paused it for the start), on
    the UI thread only (main_thread_gc says why), and what the start made, which lives as long
    as the application (modules, classes, the window), is left out of its passes from now on."""
    gc.freeze()
    return MainThreadCollector(app)


def store_path(
    db_path: Path | str | None, use_demo: bool, current: settings.Settings
) -> Path | str:
    """The database the window opens: --db (a file, or a team store's URL as it is), else
    the demo or the store in the data folder."""
    if isinstance(db_path, str):
        return db_path
    if db_path is not None:
        return db_path.expanduser().resolve()
    folder = current.store_folder()
    return (paths.demo_db_path(folder) if use_demo else paths.default_db_path(folder)).resolve()


def open_database(path: Path, use_demo: bool) -> Store:
    """The store at ``path``; for the demo, built first unless this version built it."""
    paths.private_folder(path.parent)
    if use_demo:
        from workbench.services import demo  # its phrases and generator: only for the demo

        if not demo.is_current(path):
            demo.create_demo_database(path, now=clock.now(), replace_demo=True)
    return open_store(path)


def open_team_store(url: str) -> Store:
    """The team store at ``url``, with the password the keyring keeps for it. One that holds
    no store yet is refused (``workbench team-store init`` makes it), not made by a window."""
    team_store.use_keyring()
    return open_store(url, create=False)


def offer_laptop_store(problem: str) -> bool:
    """The team store did not open: say why, and whether the manager opens the laptop store."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, problem)
    box.setObjectName("teamStoreProblem")
    box.setInformativeText(
        QCoreApplication.translate("App", "Open the store on this laptop instead?")
    )
    laptop = box.addButton(
        QCoreApplication.translate("App", "Open laptop store"), QMessageBox.ButtonRole.AcceptRole
    )
    laptop.setObjectName("openLaptopStore")
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(laptop)
    box.exec()
    return box.clickedButton() is laptop


def open_elsewhere(instance: SingleInstance, path: Path) -> int:
    """Another window has the database: bring it to the front, or say where it is open."""
    if instance.ask_to_raise():
        print(
            QCoreApplication.translate(
                "App", "{path} is open in a workbench window already; it came to the front."
            ).format(path=path),
            file=sys.stderr,
        )
        return 0
    QMessageBox.warning(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "App",
            "{path} is open in another workbench window or program (process {pid}). Close it "
            "there, or open another database with --db.",
        ).format(path=path, pid=instance.holder() or "?"),
    )
    return 1


class Session(QObject):
    """The window on one store, and what outlives a window: a laptop store's lock and the
    answer to a second start (a team store has neither, see above). A restore closes the
    window and its store, puts the backup in the store's place (core.store.backup.restore
    keeps the store aside and brings it back if the backup does not open) and opens a new
    window on it; File → Open store… swaps in another store the same way."""

    def __init__(
        self,
        app: QApplication,
        store: Store,
        current: settings.Settings,
        instance: SingleInstance | None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.store = store
        self.settings = current
        self.instance = self._listen(instance)
        self.window = self._open()

    def _listen(self, instance: SingleInstance | None) -> SingleInstance | None:
        if instance is not None:
            instance.raise_requested.connect(lambda: self.window.bring_to_front())
        return instance

    def _open(self) -> MainWindow:
        window = MainWindow(self.store, self.settings, window_settings())
        window.restore_requested.connect(self.restore)
        window.open_store_requested.connect(self.open_other)
        window.live.every = self.settings.sync_minutes * 60 or None
        report_shown(window)
        window.show()
        if self.settings.auto_sync:
            window.live.start_periodic()
        if isinstance(self.store.location, Path):  # a team store's server backs it up
            daily = DailyBackup(window.tasks, lambda: window.settings, window)
            daily.message.connect(lambda text: window.statusBar().showMessage(text, 15_000))
            daily.start()
        return window

    def close(self) -> None:
        self.store.close()
        if self.instance is not None:
            self.instance.release()

    def open_other(self, chosen: Store | Path) -> None:
        """Close this window and its store and open one on ``chosen``: a team store the Open
        store dialog has opened already, or a laptop store's file, which no other window may
        hold."""
        instance = None
        if isinstance(chosen, Path):
            instance = SingleInstance(chosen)
            if not instance.claim():
                QMessageBox.warning(
                    self.window,
                    APP_NAME,
                    QCoreApplication.translate(
                        "App", "{path} is open in another workbench window or program."
                    ).format(path=chosen),
                )
                return
            try:
                store = open_store(chosen)
            except WorkbenchError as exc:
                instance.release()
                QMessageBox.warning(self.window, APP_NAME, str(exc))
                return
        else:
            store = chosen
        before = self.window
        self.settings = before.settings
        self.app.setQuitOnLastWindowClosed(False)  # the window closes, the application stays
        try:
            before.close()
            before.deleteLater()
            self.close()
            self.store, self.instance = store, self._listen(instance)
            self.window = self._open()
        finally:
            self.app.setQuitOnLastWindowClosed(True)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("App", "Opened {store}.").format(store=store.location),
            15_000,
        )

    def restore(self, backup_path: Path) -> None:
        before = self.window
        self.settings = before.settings
        self.app.setQuitOnLastWindowClosed(False)  # the window closes, the application stays
        try:
            before.close()
            before.deleteLater()
            self.store.close()
            try:
                aside = backup.restore(backup_path, self.store.path, now=clock.now())
                problem = None
            except WorkbenchError as exc:
                aside, problem = None, str(exc)
            self.store = open_store(self.store.path)
            self.window = self._open()
        finally:
            self.app.setQuitOnLastWindowClosed(True)
        if problem is not None:
            QMessageBox.warning(self.window, APP_NAME, problem)
            return
        said = QCoreApplication.translate("App", "Restored from {backup}.").format(
            backup=backup_path.name
        )
        if aside is not None:
            said += " " + QCoreApplication.translate(
                "App", "The store as it was is kept as {path}."
            ).format(path=aside)
        self.window.statusBar().showMessage(said, 30_000)
