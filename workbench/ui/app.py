"""Starting the window: the Qt application, translations, the manager's identity, the store."""

import asyncio
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
from workbench.core.store import Store, open_store
from workbench.services import demo
from workbench.ui import translations
from workbench.ui.dialogs.identity_dialog import IdentityDialog
from workbench.ui.main_window import MainWindow


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


def open_database(db_path: Path | None, use_demo: bool) -> Store:
    if use_demo:
        path = db_path or paths.demo_db_path()
        paths.private_folder(path.parent)
        demo.create_demo_database(path, now=clock.now(), replace_demo=True)
        return open_store(path)
    path = db_path or paths.default_db_path()
    paths.private_folder(path.parent)
    return open_store(path)


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


def run(db_path: Path | None, demo: bool) -> int:
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
        store = open_database(db_path, demo)
    except WorkbenchError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    # Qt's event loop runs asyncio's too (qasync): live syncs are tasks on it.
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = MainWindow(store, current, window_settings())
    report_shown(window)
    window.show()
    window.live.start_periodic()
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    try:
        with loop:
            loop.run_until_complete(closed.wait())
        return 0
    finally:
        store.close()
