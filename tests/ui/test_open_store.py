"""The window on a team store, on the suite's PostgreSQL: File → Open store… connects by user,
server, port and database with the password going to the keyring; the window names the store
by its URL; a team store that cannot be opened at start is said, with the laptop store offered;
several windows share one team store, and a laptop store stays one window's."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.core.errors import StoreError
from workbench.core.settings import Settings
from workbench.core.store import open_store
from workbench.core.store.copy import copy_store
from workbench.services.team_store import secret_ref
from workbench.ui import app
from workbench.ui.dialogs.open_store_dialog import OpenStoreDialog, team_url
from workbench.ui.main_window import MainWindow

pytestmark = pytest.mark.postgres
SECRET = "typed-in-the-dialog"


@pytest.fixture
def team_url_of_demo(demo_path, postgres_url):
    with open_store(demo_path) as laptop, open_store(postgres_url, upgrade=False) as team:
        copy_store(laptop, team)
    return postgres_url


def _fill(dialog, url, password=""):
    parts = urlsplit(url)
    dialog.team_choice.setChecked(True)
    dialog.user_edit.setText(parts.username)
    dialog.host_edit.setText(parts.hostname)
    dialog.port_edit.setValue(parts.port)
    dialog.database_edit.setText(parts.path.lstrip("/"))
    dialog.password_edit.setText(password)


def test_the_dialog_opens_a_team_store_and_keeps_its_password_in_the_keyring(
    qtbot, team_url_of_demo, memory_keyring, window_settings, tmp_path
):
    dialog = OpenStoreDialog(window_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, team_url_of_demo, SECRET)
    assert dialog.address.text() == f"Address: {team_url_of_demo}"
    dialog.grab().save("/tmp/open_store_dialog.png")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog.chosen is not None, timeout=10_000)
    with dialog.chosen as store:
        assert store.location == team_url_of_demo and store.dialect == "postgresql"
    stored = memory_keyring.get_password("community-workbench", secret_ref(team_url_of_demo))
    assert stored == SECRET
    window_settings.sync()
    saved = Path(window_settings.fileName()).read_text()
    assert team_url_of_demo in saved and SECRET not in saved
    # Next time the fields hold the same store, and the password field stays empty.
    again = OpenStoreDialog(window_settings)
    qtbot.addWidget(again)
    assert again.team_choice.isChecked() and again.url() == team_url_of_demo
    assert again.password_edit.text() == ""


def test_a_server_that_does_not_answer_is_said_in_the_dialog(
    qtbot, postgres_server, memory_keyring, window_settings
):
    dialog = OpenStoreDialog(window_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, postgres_server.url("team").replace(str(postgres_server.port), "1"), SECRET)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: "does not answer" in dialog.problem.text(), timeout=15_000)
    assert dialog.isVisible() and dialog.chosen is None and dialog.open_button.isEnabled()
    assert SECRET not in dialog.problem.text()
    assert memory_keyring.get_password("community-workbench", secret_ref(dialog.url())) is None
    dialog.grab().save("/tmp/open_store_dialog_down.png")


def test_a_missing_field_is_named(qtbot, window_settings):
    dialog = OpenStoreDialog(window_settings)
    qtbot.addWidget(dialog)
    dialog.team_choice.setChecked(True)
    dialog.user_edit.setText("mara")
    dialog.open_button.click()
    assert dialog.problem.text() == "Fill in the server."
    assert (
        team_url("mara", "db.example.org", 5432, "team") == "postgresql://mara@db.example.org/team"
    )
    assert team_url("mara", "::1", 6543, "t") == "postgresql://mara@[::1]:6543/t"


def test_the_window_on_a_team_store_names_it_by_its_url(qtbot, team_url_of_demo, window_settings):
    with open_store(team_url_of_demo) as store:
        window = MainWindow(store, Settings().with_identity("Mara Lindqvist"), window_settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert team_url_of_demo in window.windowTitle()
        assert window.store_label.text() == team_url_of_demo
        backup = window.findChild(type(window.open_store_action), "backupAction")
        assert not backup.isEnabled()  # the server backs a team store up
        qtbot.waitUntil(lambda: window.queue_count.text() != "", timeout=10_000)
        window.grab().save("/tmp/window_on_team_store.png")
        window.tasks.stop()
        window.close()


def _answer_the_box(qtbot, button_name: str, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        box.grab().save("/tmp/team_store_problem.png")
        box.findChild(type(box.buttons()[0]), button_name).click()

    QTimer.singleShot(50, answer)


@pytest.mark.parametrize("fault", ["no schema", "newer schema", "server down"])
def test_a_team_store_that_does_not_open_at_start_offers_the_laptop_store(
    qtbot, fault, postgres_server, postgres_url
):
    url = postgres_url
    if fault == "no schema":
        url = postgres_server.new_database()
    elif fault == "newer schema":
        postgres_server.execute_in(url, "UPDATE alembic_version SET version_num = '9999'")
    else:
        url = url.replace(str(postgres_server.port), "1")
    with pytest.raises(StoreError) as refused:
        app.open_team_store(url)
    expected = {
        "no schema": "holds no workbench store yet: run workbench team-store init",
        "newer schema": "newer version of Community Workbench",
        "server down": "does not answer; nothing was written",
    }[fault]
    assert expected in str(refused.value)
    seen: list[str] = []
    _answer_the_box(qtbot, "openLaptopStore", seen)
    assert app.offer_laptop_store(str(refused.value))
    assert seen == [str(refused.value)]


def test_the_session_swaps_stores_and_locks_only_laptop_stores(
    qtbot, demo_path, team_url_of_demo, memory_keyring
):
    qapp = QApplication.instance()
    settings = Settings().with_identity("Mara Lindqvist")
    instance = app.SingleInstance(demo_path)
    assert instance.claim()
    session = app.Session(qapp, open_store(demo_path), settings, instance)
    try:
        session.open_other(open_store(team_url_of_demo))
        assert session.store.location == team_url_of_demo and session.instance is None
        assert session.window.store is session.store
        assert session.window.statusBar().currentMessage() == f"Opened {team_url_of_demo}."
        # The laptop store is free again: another window may take it, and give it back.
        other = app.SingleInstance(demo_path)
        assert other.claim()
        other.release()
        # A second window on the same team store is no trouble: no lock to take.
        second = MainWindow(open_store(team_url_of_demo), settings, app.window_settings())
        qtbot.addWidget(second)
        second.show()
        session.open_other(Path(demo_path))
        assert session.store.location == Path(demo_path).resolve()
        assert session.instance is not None and not app.SingleInstance(demo_path).claim()
        second.tasks.stop()
        second.store.close()
        second.close()
    finally:
        session.window.tasks.stop()
        session.window.close()
        session.close()
