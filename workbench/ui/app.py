"""Starting the window: the Qt application, translations, the manager's identity, the store."""

import asyncio
import sys
from pathlib import Path

import qasync
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from workbench import APP_ID, APP_NAME, __version__
from workbench.core import clock, i18n, paths, settings
from workbench.core.errors import WorkbenchError
from workbench.core.resources import resource
from workbench.core.store import Store, open_store
from workbench.services import demo
from workbench.ui.dialogs.identity_dialog import IdentityDialog
from workbench.ui.main_window import MainWindow


def window_settings() -> QSettings:
    """Window geometry and other view state, beside the manager's settings file."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and the workbench's translation for the system language, if shipped.

    The English file always comes first: it only gives singular and plural forms ("1 item",
    "2 items") to the source texts. A translation for the user's language, installed after it,
    takes precedence. Returns the translators installed."""
    locale = locale or QLocale.system()
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    folder = str(resource("translations"))
    for wanted in (QLocale(QLocale.Language.English), locale):
        ours = QTranslator(app)
        if ours.load(wanted, "workbench", "_", folder):
            installed.append(ours)
    for translator in installed:
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
