"""The window as a manager moves around it: back and forward keep each view as it was left,
messages stay until read, Edit → Undo, the first size on a screen, the name, the folders."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListWidget, QSplitter

from workbench.core.settings import Settings
from workbench.ui.main_window import MainWindow
from workbench.ui.navigation import History
from workbench.ui.pages.members_page import MembersPage
from workbench.ui.pages.queue_page import QueuePage


def _row(window, title):
    sidebar = window.findChild(QListWidget, "sidebar")
    return next(
        r for r in range(sidebar.count()) if sidebar.item(r).text().strip().startswith(title)
    )


def test_history_goes_back_and_forward_and_forgets_what_lay_ahead():
    history = History()
    for row in (0, 7, 8):
        history.visit(row)
    history.visit(8)  # the same view again is no new step
    assert (history.back(), history.back(), history.back()) == (7, 0, None)
    assert history.forward() == 7
    history.visit(9)
    assert not history.can_go_forward and history.back() == 7


def test_back_from_a_profile_returns_to_the_queue_as_it_was_left(window, qtbot):
    queue = window.page(QueuePage)
    queue.search.setText("akku")
    queue.apply_filters()
    queue.view.selectRow(2)
    chosen = queue.model.row_at(2)
    member = queue.detail.member_requested
    assert chosen.author_handle
    with window.store.read() as connection:
        member_id = connection.exec_driver_sql(
            f"SELECT member_id FROM items WHERE id = {chosen.item_id}"
        ).scalar_one()
    member.emit(member_id)  # the card's "Full profile" link
    assert window.stack.currentWidget() is window.page(MembersPage)
    assert window.back_action.isEnabled() and not window.forward_action.isEnabled()
    qtbot.keyClicks(window.page(MembersPage).search, "")  # focus elsewhere, as a manager would
    window.back_action.trigger()
    assert window.stack.currentWidget() is queue
    assert queue.search.text() == "akku"
    assert queue.model.row_at(queue.current_row()).item_id == chosen.item_id
    window.forward_action.trigger()
    assert window.page(MembersPage).profile.member_id == member_id


def test_the_sidebar_comes_back_to_the_queue_where_it_was_left(window):
    sidebar = window.findChild(QListWidget, "sidebar")
    queue = window.page(QueuePage)
    queue.search.setText("akku")
    queue.apply_filters()
    queue.view.selectRow(1)
    kept = queue.model.row_at(1).item_id
    sidebar.setCurrentRow(_row(window, "Members"))
    sidebar.setCurrentRow(_row(window, "Queue"))
    assert queue.search.text() == "akku" and queue.model.row_at(queue.current_row()).item_id == kept
    sidebar.setCurrentRow(_row(window, "Reported"))  # another view: its own filter, anew
    assert queue.search.text() == ""


def test_back_and_forward_have_the_usual_keys(window):
    assert window.back_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Back)
    assert window.forward_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Forward)


def test_a_message_is_not_written_over_by_the_counts(window):
    window.page(QueuePage).message.emit("Removed 3 items.")
    window.refresh_status()
    assert window.statusBar().currentMessage() == "Removed 3 items."
    assert window.store_label.text() == window.store.path.name
    assert window.store_label.toolTip() == str(window.store.path)


def test_edit_undo_takes_back_the_last_decision(window, qtbot):
    queue = window.page(QueuePage)
    queue.view.setFocus()
    row = queue.model.row_at(queue.current_row())
    first = row.item_id
    qtbot.keyClick(queue.view, Qt.Key.Key_R)
    window.tasks.wait_idle()
    assert queue.model.row_of(first) is None
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    window.undo_action.trigger()
    window.tasks.wait_idle()
    with window.store.read() as connection:
        state = connection.exec_driver_sql(
            f"SELECT state FROM queue WHERE item_id = {first}"
        ).scalar_one()
    assert state == row.state  # as before the decision (the first entry may be escalated)


def test_the_first_window_takes_most_of_the_screen_centred(qtbot, demo_store, window_settings):
    main = MainWindow(demo_store, Settings().with_identity("Mara Lindqvist"), window_settings)
    qtbot.addWidget(main)
    main.show()
    available = main.screen().availableGeometry()
    assert main.width() == int(available.width() * 0.9)
    assert main.height() == int(available.height() * 0.9)
    assert abs(main.frameGeometry().center().x() - available.center().x()) <= 4  # the frame


def test_splitter_positions_are_kept(qtbot, demo_store, window_settings):
    identity = Settings().with_identity("Mara Lindqvist")
    first = MainWindow(demo_store, identity, window_settings)
    qtbot.addWidget(first)
    first.show()
    splitter = first.page(MembersPage).findChildren(QSplitter)[0]
    splitter.setSizes([200, 500])
    chosen = splitter.sizes()
    first.close()
    second = MainWindow(demo_store, identity, window_settings)
    qtbot.addWidget(second)
    second.show()
    assert second.page(MembersPage).findChildren(QSplitter)[0].sizes() == chosen


def test_the_name_can_be_changed_in_the_window(window, monkeypatch):
    from workbench.core import settings
    from workbench.ui.dialogs.identity_dialog import IdentityDialog

    def rename(dialog):
        assert dialog.name() == "Mara Lindqvist"  # it starts from the name in use
        dialog.name_edit.setText("Mara L.")
        return IdentityDialog.DialogCode.Accepted

    monkeypatch.setattr(IdentityDialog, "exec", rename)
    before = window.settings.manager_id
    window.identity_action.trigger()
    assert settings.load().manager_name == "Mara L." and settings.load().manager_id == before
    assert "Mara L." in window.findChild(type(window.store_label), "signedIn").text()
    assert window.page(QueuePage).author.name == "Mara L."
    assert window.page(MembersPage).profile.author.name == "Mara L."


def test_the_import_dialog_starts_where_the_last_import_came_from(window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "a.json").write_text("{}")

    def choose(_parent, _title, folder, _filter):
        asked.append(folder)
        return [str(exports / "a.json")], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    monkeypatch.setattr(MainWindow, "open_import", lambda self, paths: None)
    window.choose_import_files()
    window.choose_import_files()
    assert asked[1] == str(exports) and asked[0] != str(exports)
