"""The first start on an empty store: the window says what to do instead of a blank queue."""

from PySide6.QtCore import QProcess, QSettings

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.events.changes import IMPORTED
from workbench.core.ingest import Ingestor
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.settings import Settings
from workbench.ui.main_window import MainWindow
from workbench.ui.pages.queue_page import QueuePage
from workbench.ui.pages.welcome_page import demo_command


def _window(qtbot, store, tmp_path):
    main = MainWindow(
        store,
        Settings().with_identity(AUTHOR.name),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(main)
    main.show()
    return main


def test_an_empty_store_opens_on_what_to_do(qtbot, store, tmp_path, monkeypatch):
    window = _window(qtbot, store, tmp_path)
    assert window.stack.currentWidget() is window.welcome
    text = window.welcome.findChild(type(window.welcome.status), "welcomeText").text()
    assert "WordPress" in text and "drop" in text
    chosen = []
    monkeypatch.setattr(MainWindow, "choose_import_files", lambda self: chosen.append("files"))
    monkeypatch.setattr(MainWindow, "choose_import_folder", lambda self: chosen.append("folder"))
    window2 = _window(qtbot, store, tmp_path)
    window2.welcome.files_button.click()
    window2.welcome.folder_button.click()
    assert chosen == ["files", "folder"]


def test_the_first_import_leads_on_to_the_queue(qtbot, store, tmp_path):
    window = _window(qtbot, store, tmp_path)
    with store.write() as connection:
        source = sources.ensure(connection, name="Forum", kind="test", network="forum")
        ingestor = Ingestor(connection, source, now=1_000)
        ingestor.add(MemberRecord("forum", "u1", handle="anna"))
        ingestor.add(ItemRecord("forum", "p1", "u1", "post", 900, body="Hallo", report_count=1))
        ingestor.finish()
    window.tasks.announce(IMPORTED)
    assert window.stack.currentWidget() is window.page(QueuePage)
    assert window.page(QueuePage).model.rowCount() == 1


def test_the_demo_opens_in_a_program_of_its_own(qtbot, store, tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(
        QProcess,
        "startDetached",
        lambda program, args: started.append((program, args)) or (True, 1),
    )
    window = _window(qtbot, store, tmp_path)
    window.welcome.demo_button.click()
    assert started == [demo_command()] and started[0][1][-1] == "--demo"
    assert "window of its own" in window.welcome.status.text()
