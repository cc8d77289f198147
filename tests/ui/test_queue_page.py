import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QUrl
from PySide6.QtWidgets import QLineEdit

from tests.conftest import AUTHOR
from workbench.core import sources
from workbench.core.events import eventlog
from workbench.core.ingest import Ingestor
from workbench.core.queue import listing
from workbench.core.records import ItemRecord, MemberRecord
from workbench.core.settings import Settings
from workbench.ui import colours
from workbench.ui.dialogs.command_palette import CommandPalette
from workbench.ui.main_window import MainWindow
from workbench.ui.pages.members_page import MembersPage
from workbench.ui.pages.queue_page import QueuePage
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.widgets.item_detail import WHOLE_POST


@pytest.fixture
def page(qtbot, demo_store):
    widget = QueuePage(demo_store, AUTHOR, TaskRunner(demo_store))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.setFocus()
    yield widget
    widget.tasks.stop()


def selected(page):
    return page.model.row_at(page.current_row())


def press(page, qtbot, key):
    """A key, and then the write it made (they land on the writer's thread)."""
    qtbot.keyClick(page.view, key)
    page.tasks.wait_idle()


def state_of(store, item_id):
    with store.read() as connection:
        return connection.exec_driver_sql(
            f"SELECT state FROM queue WHERE item_id = {item_id}"
        ).scalar_one()


def test_keyboard_triage_moves_decides_and_undoes(page, qtbot, demo_store):
    first = selected(page)
    qtbot.keyClick(page.view, Qt.Key.Key_J)
    second = selected(page)
    qtbot.keyClick(page.view, Qt.Key.Key_K)
    assert selected(page).item_id == first.item_id
    press(page, qtbot, Qt.Key.Key_A)
    assert state_of(demo_store, first.item_id) == "approved"
    assert selected(page).item_id == second.item_id  # the next item at once
    assert page.model.row_of(first.item_id) is None
    before = state_of(demo_store, second.item_id)
    press(page, qtbot, Qt.Key.Key_R)
    assert state_of(demo_store, second.item_id) == "removed"
    press(page, qtbot, Qt.Key.Key_U)
    assert state_of(demo_store, second.item_id) == before
    target = selected(page).item_id
    press(page, qtbot, Qt.Key.Key_E)
    assert state_of(demo_store, target) == "escalated"
    assert page.model.row_of(target) is not None  # escalated items stay open in the queue
    with demo_store.read() as connection:
        kinds = [e.kind for e in eventlog.iter_events(connection) if e.author_id == AUTHOR.id]
    assert kinds == ["queue.decided", "queue.decided", "queue.undone", "queue.decided"]


def test_x_selects_items_for_one_bulk_decision(page, qtbot, demo_store):
    chosen = [selected(page).item_id]
    qtbot.keyClick(page.view, Qt.Key.Key_X)
    chosen.append(selected(page).item_id)
    qtbot.keyClick(page.view, Qt.Key.Key_X)
    assert page.model.checked == set(chosen)
    press(page, qtbot, Qt.Key.Key_I)
    assert [state_of(demo_store, i) for i in chosen] == ["ignored", "ignored"]
    assert page.model.checked == set()


def test_a_broken_search_shows_a_hint_and_keeps_the_list(page, qtbot):
    before = page.model.rowCount()
    page.search.setText('"unclosed')
    page.apply_filters()
    assert page.hint.isVisible() and "quotation mark" in page.hint.text()
    assert page.model.rowCount() == before
    page.search.setText("ladegerät")
    page.apply_filters()
    assert not page.hint.isVisible()


def test_filters_narrow_the_list(page, demo_store):
    page.network.setCurrentIndex(page.network.findData("discord"))
    assert page.model.rowCount() > 0
    assert {page.model.row_at(r).network for r in range(page.model.rowCount())} == {"discord"}
    page.reason.setCurrentIndex(page.reason.findData("reported"))
    with demo_store.read() as connection:
        expected = listing.count(
            connection, listing.QueueFilter(networks=("discord",), reason=listing.Reason.REPORTED)
        )
    assert page.model.rowCount() == expected


def test_showing_an_item_with_remote_images_makes_no_request(qtbot, store):
    with store.write() as connection:
        source = sources.ensure(connection, name="Blog", kind="test", network="blog")
        ingestor = Ingestor(connection, source, now=100)
        ingestor.add(MemberRecord("blog", "a", handle="anna"))
        ingestor.add(
            ItemRecord(
                "blog",
                "p1",
                "a",
                "comment",
                50,
                body="Schau mal",
                report_count=1,
                body_html='<p>Schau mal <img src="https://tracker.example/pixel.gif" alt="Pixel">'
                '<link rel="stylesheet" href="https://evil.example/s.css">'
                '<a href="https://ok.example/page">Link</a><style>@import url(https://x.example/a.css);</style></p>',
            )
        )
        ingestor.finish()
    widget = QueuePage(store, AUTHOR, TaskRunner(store))
    qtbot.addWidget(widget)
    widget.show()
    widget.tasks.stop()
    assert "Schau mal" in widget.detail.toPlainText()
    assert "[Pixel]" in widget.detail.toPlainText()
    assert "https://ok.example/page" in widget.detail.toPlainText()
    assert widget.detail.refused == []  # nothing was even asked for: no image, no style sheet
    assert (
        "tracker.example" not in widget.detail.toHtml()
        and "evil.example" not in widget.detail.toHtml()
    )


def test_a_long_post_is_prepared_off_the_ui_thread_and_shown_whole_on_request(
    qtbot, store, monkeypatch
):
    import threading

    from workbench.core.queue import reading

    sanitized_on = []
    sanitize = reading.sanitize

    def recording(html: str) -> str:
        sanitized_on.append(threading.current_thread() is threading.main_thread())
        return sanitize(html)

    monkeypatch.setattr(reading, "sanitize", recording)
    with store.write() as connection:
        source = sources.ensure(connection, name="Blog", kind="test", network="blog")
        ingestor = Ingestor(connection, source, now=100)
        ingestor.add(MemberRecord("blog", "a", handle="anna"))
        long_html = "<p>" + "Viel <b>Text</b> hier. " * 20_000 + "LETZTE ZEILE</p>"
        ingestor.add(
            ItemRecord(
                "blog", "p1", "a", "comment", 50, body="x", report_count=1, body_html=long_html
            )
        )
        ingestor.finish()
    widget = QueuePage(store, AUTHOR, TaskRunner(store))
    qtbot.addWidget(widget)
    widget.show()
    widget.tasks.wait_idle()
    shown = widget.detail.toPlainText()
    assert "Viel Text hier." in shown and "LETZTE ZEILE" not in shown
    assert "Show the whole post" in shown
    widget.detail.anchorClicked.emit(QUrl(f"{WHOLE_POST}:"))
    widget.tasks.wait_idle()
    assert "LETZTE ZEILE" in widget.detail.toPlainText()
    widget.tasks.stop()
    assert sanitized_on == [False, False]  # both times on a worker thread


def test_the_command_palette_reaches_actions_by_name(qtbot, demo_store, tmp_path, monkeypatch):
    window = MainWindow(
        demo_store,
        Settings().with_identity(AUTHOR.name),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.show()
    shown = []

    def fake_exec(self):
        shown.append(self)
        self.filter.setText("go to sour")
        self.run_current()
        return 1

    monkeypatch.setattr(CommandPalette, "exec", fake_exec)
    window.palette_action.trigger()
    assert window.stack.currentWidget().objectName() == "sourcesView"
    palette = shown[0]
    names = [palette.list.item(r).text() for r in range(palette.list.count())]
    assert any(name.startswith("Approve") for name in names) and any(
        name.startswith("Import") for name in names
    )
    assert palette.findChild(QLineEdit, "commandFilter") is not None


def test_a_decision_during_an_import_waits_off_the_ui_thread_and_lands_after(
    page, qtbot, demo_store
):
    import threading
    import time

    holding, release = threading.Event(), threading.Event()

    def hold_the_store():  # what an import does for as long as it runs
        with demo_store.write():
            holding.set()
            release.wait(10)

    importer = threading.Thread(target=hold_the_store)
    importer.start()
    holding.wait(5)
    first = selected(page)
    started = time.perf_counter()
    qtbot.keyClick(page.view, Qt.Key.Key_A)
    assert time.perf_counter() - started < 0.5  # the window did not wait for the store
    assert selected(page).item_id != first.item_id  # and moved on at once
    assert state_of(demo_store, first.item_id) == first.state  # not decided yet
    release.set()
    importer.join()
    page.tasks.wait_idle()
    assert state_of(demo_store, first.item_id) == "approved"


def test_m_mutes_the_thread_for_the_chosen_time(page, qtbot, demo_store, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("1 week", True))
    press(page, qtbot, Qt.Key.Key_M)
    with demo_store.read() as connection:
        mutes = connection.exec_driver_sql("SELECT kind, until FROM mutes").all()
    assert len(mutes) == 1 and mutes[0][0] == "thread"


def test_a_reply_template_is_filled_for_the_author_and_copied(page, qtbot):
    from PySide6.QtWidgets import QApplication

    assert page.template.count() == 4  # the demo's templates
    page.template.setCurrentIndex(page.template.findText("Willkommen"))
    page.copy_reply()
    copied = QApplication.clipboard().text()
    entry = page.model.row_at(page.current_row())
    assert copied.startswith("Herzlich willkommen in der Werkstatt, ")
    assert "{name}" not in copied and entry.network


def test_templates_are_saved_as_events_and_listed(qtbot, store):
    from workbench.core.events import eventlog
    from workbench.core.events.changes import Subject
    from workbench.ui.dialogs.templates_dialog import TemplatesDialog

    writer = TaskRunner(store)
    dialog = TemplatesDialog(store, AUTHOR, writer)
    qtbot.addWidget(dialog)
    changes = []
    writer.changed.connect(lambda made, _initiator: changes.append(made.subjects))
    dialog.name.setText("Danke")
    dialog.body.setPlainText("Danke, {name}, für deinen Beitrag auf {network}!")
    dialog.save()
    writer.wait_idle()
    assert (
        dialog.list.count() == 1
        and dialog.status.text() == "Saved."
        and changes == [{Subject.TEMPLATES}]
    )
    dialog.name.setText("")
    dialog.new()
    dialog.save()
    writer.wait_idle()
    writer.stop()
    assert "needs a name" in dialog.status.text()
    with store.read() as connection:
        assert [e.kind for e in eventlog.iter_events(connection)] == ["template.saved"]


def test_v_logs_an_intervention_on_the_author_with_a_template(page, qtbot, demo_store, monkeypatch):
    from workbench.ui.dialogs.intervention_dialog import InterventionDialog

    def fill_and_accept(dialog):
        assert "the team's ladder suggests: Warning" in dialog.advice.text()  # no strikes yet
        dialog.kind.setCurrentIndex(dialog.kind.findData("thanks"))
        dialog.template.setCurrentIndex(dialog.template.findText("Thanks for helping"))
        assert "{name}" not in dialog.message.toPlainText() and dialog.message.toPlainText()
        dialog.rationale.setText("Hilft anderen")
        dialog.tags.setText("Dank, helper , Dank,")
        return InterventionDialog.DialogCode.Accepted

    monkeypatch.setattr(InterventionDialog, "exec", fill_and_accept)
    before = demo_store.counts()["interventions"]
    press(page, qtbot, Qt.Key.Key_V)
    with demo_store.read() as connection:
        latest = connection.exec_driver_sql(
            "SELECT kind, rationale, follow_up_at, tags FROM interventions "
            "ORDER BY created_at DESC, rowid DESC LIMIT 1"
        ).one()
    assert demo_store.counts()["interventions"] == before + 1
    assert latest[:2] == ("thanks", "Hilft anderen") and latest[2] is None
    assert latest[3] == '["Dank","helper"]'


def test_v_with_checked_items_logs_one_intervention_on_all_of_them(
    page, qtbot, demo_store, monkeypatch
):
    from workbench.ui.dialogs.intervention_dialog import InterventionDialog

    rows = [page.model.row_at(n) for n in range(3)]
    page.view.selectRow(0)
    for _ in rows:
        press(page, qtbot, Qt.Key.Key_X)
    titles = []

    def warn(dialog):
        titles.append(dialog.windowTitle())
        dialog.kind.setCurrentIndex(dialog.kind.findData("warning"))
        return InterventionDialog.DialogCode.Accepted

    monkeypatch.setattr(InterventionDialog, "exec", warn)
    press(page, qtbot, Qt.Key.Key_V)
    with demo_store.read() as connection:
        intervention = connection.exec_driver_sql(
            "SELECT id FROM interventions ORDER BY created_at DESC, rowid DESC LIMIT 1"
        ).scalar_one()
        targets = connection.exec_driver_sql(
            "SELECT member_id, item_id FROM intervention_targets WHERE intervention_id = ?",
            (intervention,),
        ).all()
        authors = {
            member
            for (member,) in connection.exec_driver_sql(
                "SELECT member_id FROM items WHERE id IN (?, ?, ?)",
                tuple(row.item_id for row in rows),
            )
            if member is not None
        }
    assert {item for _, item in targets if item} == {row.item_id for row in rows}
    assert {member for member, _ in targets if member} == authors
    handles = {row.author_handle for row in rows} - {None}
    assert all(handle in titles[0] for handle in handles)


def test_source_period_author_status_and_tag_filters(page, demo_store):
    from workbench.core.queue.listing import QueueFilter

    blog = page.source.findText("Werkstatt-Blog")
    page.source.setCurrentIndex(blog)
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert rows and {row.source_name for row in rows} == {"Werkstatt-Blog"}
    page.source.setCurrentIndex(0)
    page.member_status.setCurrentIndex(page.member_status.findData("watch"))
    with demo_store.read() as connection:
        expected = listing.count(connection, QueueFilter(member_statuses=("watch",)))
    assert page.model.rowCount() == expected
    page.member_status.setCurrentIndex(0)
    assert page.tag.count() > 1  # the demo's tags
    page.period.setCurrentIndex(page.period.findData(1))
    assert page.current_filter().since is not None


def test_the_member_card_links_to_the_full_profile(qtbot, demo_store, tmp_path):
    from PySide6.QtCore import QSettings, QUrl

    from workbench.core.settings import Settings
    from workbench.ui.main_window import MainWindow
    from workbench.ui.widgets.item_detail import MEMBER_LINK

    window = MainWindow(
        demo_store,
        Settings().with_identity(AUTHOR.name),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    detail = window.page(QueuePage).detail
    window.tasks.wait_idle()  # the item is read on a worker thread
    assert "Full profile" in detail.toPlainText()
    entry = window.page(QueuePage).model.row_at(window.page(QueuePage).current_row())
    with demo_store.read() as connection:
        member_id = connection.exec_driver_sql(
            f"SELECT member_id FROM items WHERE id = {entry.item_id}"
        ).scalar_one()
    detail.anchorClicked.emit(QUrl(f"{MEMBER_LINK}:{member_id}"))
    assert window.stack.currentWidget().objectName() == "memberPanel"
    current = window.page(MembersPage).list.currentItem()
    assert current is not None and current.text(1) == entry.author_handle
    window.close()


def test_f_files_the_checked_items_and_their_authors_in_a_new_incident(
    page, qtbot, demo_store, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    from workbench.core.incidents import cases

    first, second = page.model.row_at(0), page.model.row_at(1)
    page.view.selectRow(0)
    press(page, qtbot, Qt.Key.Key_X)
    press(page, qtbot, Qt.Key.Key_X)
    offered = {}

    def choose(_parent, _title, label, choices, *_rest):
        offered["label"], offered["choices"] = label, choices
        return choices[0], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Raid", True))
    press(page, qtbot, Qt.Key.Key_F)
    assert offered == {
        "label": "2 item(s) and their authors go into:",
        "choices": ["New incident…"],
    }
    with demo_store.read() as connection:
        [row] = cases.list_incidents(connection)
        entries = cases.timeline(connection, row.id)
    assert row.title == "Raid" and row.items == 2
    assert row.members == len({first.author_handle, second.author_handle} - {None})
    assert [e.kind for e in entries] == ["item", "item"]


def messages_of(page):
    said = []
    page.message.connect(said.append)
    return said


def test_one_undo_brings_back_every_item_of_a_bulk_decision_and_says_so(page, qtbot, demo_store):
    said = messages_of(page)
    chosen = [page.model.row_at(n).item_id for n in range(3)]
    before = [state_of(demo_store, item) for item in chosen]
    for _ in chosen:
        qtbot.keyClick(page.view, Qt.Key.Key_X)
    press(page, qtbot, Qt.Key.Key_R)
    assert [state_of(demo_store, item) for item in chosen] == ["removed"] * 3
    assert said[-1].startswith("Removed 3 item(s) by ") and said[-1].endswith("— U undoes.")
    press(page, qtbot, Qt.Key.Key_U)
    assert [state_of(demo_store, item) for item in chosen] == before
    assert said[-1] == "Brought back 3 removed item(s)."
    assert selected(page).item_id == chosen[0]  # the first item that came back
    page.undo()  # what Edit > Undo calls
    page.tasks.wait_idle()
    assert said[-1] == "You have no decision to undo."


def test_after_a_bulk_decision_the_cursor_stays_on_the_next_unreviewed_item(page, qtbot):
    rows = [page.model.row_at(n).item_id for n in range(8)]
    for _ in range(3):
        qtbot.keyClick(page.view, Qt.Key.Key_X)
    assert selected(page).item_id == rows[3]
    press(page, qtbot, Qt.Key.Key_I)
    assert selected(page).item_id == rows[3]  # not rows[6]: nothing slid past the cursor
    page.view.selectRow(0)  # rows[3] now
    qtbot.keyClick(page.view, Qt.Key.Key_X)
    page.view.selectRow(0)  # back up, onto the checked item itself
    press(page, qtbot, Qt.Key.Key_A)
    assert selected(page).item_id == rows[4]


def test_e_moves_on_like_the_other_decisions(page, qtbot, demo_store):
    first, second = page.model.row_at(0).item_id, page.model.row_at(1).item_id
    page.view.selectRow(0)
    press(page, qtbot, Qt.Key.Key_E)
    assert state_of(demo_store, first) == "escalated" and page.model.row_of(first) == 0
    assert selected(page).item_id == second


def cell_center(page, row, column=3):
    return page.view.visualRect(page.model.index(row, column)).center()


def test_rows_are_checked_with_the_mouse_space_and_ctrl_a_and_esc_clears(page, qtbot):
    view, model = page.view, page.model
    box = view.visualRect(model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.topLeft() + QPoint(12, 12))
    assert model.checked == {model.row_at(1).item_id}  # a click on the box
    ids = [model.row_at(n).item_id for n in range(6)]
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, ctrl, cell_center(page, 3))
    assert model.checked == {ids[1], ids[3]} and selected(page).item_id == ids[3]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, shift, cell_center(page, 5))
    assert model.checked == {ids[1], *ids[3:6]}  # from the last checked row to this one
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, ctrl, cell_center(page, 4))
    assert model.checked == {ids[1], ids[3], ids[5]}
    assert page.checked_label.text().startswith("3 item(s) checked")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert model.checked == set()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert model.checked == {selected(page).item_id}  # Space checks without moving on
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(model.checked) == model.rowCount()


def test_queue_keys_work_anywhere_on_the_page_but_in_the_search_box(page, qtbot, demo_store):
    first = selected(page).item_id
    page.detail.setFocus()
    qtbot.keyClick(page.detail, Qt.Key.Key_J)
    assert selected(page).item_id == page.model.row_at(1).item_id
    page.search.setFocus()
    qtbot.keyClicks(page.search, "ar")
    page.tasks.wait_idle()
    assert page.search.text() == "ar" and state_of(demo_store, first) != "approved"
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.view.hasFocus()
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.view.hasFocus()
    page.search.setFocus()
    page.search.setText("ladegerät")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.view.hasFocus() and page.current_row() == 0
    assert page.model.row_at(0).item_id != first  # the results, at once


def test_buttons_and_the_context_menu_decide_for_the_mouse(page, qtbot, demo_store):
    from PySide6.QtWidgets import QToolButton

    first = selected(page).item_id
    page.findChild(QToolButton, "queueRemoveButton").click()
    page.tasks.wait_idle()
    assert state_of(demo_store, first) == "removed"
    target = page.model.row_at(2).item_id
    page.view.customContextMenuRequested.emit(cell_center(page, 2))
    menu = page.context_menu
    assert selected(page).item_id == target
    named = {action.objectName(): action for action in menu.actions()}
    assert {"queueApprove", "queueRemove", "queueClaim", "queueMuteThread"} <= set(named)
    named["queueApprove"].trigger()
    page.tasks.wait_idle()
    menu.close()
    assert state_of(demo_store, target) == "approved"
    tip = page.model.data(page.model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert tip and ":" in tip  # the reasons in full, with their details


def test_the_detail_shows_the_post_first_its_history_and_links_a_near_duplicate(
    page, qtbot, demo_store, qapp
):
    from PySide6.QtCore import QLocale, QUrl

    from workbench.core.queue import decisions
    from workbench.ui.app import install_translations
    from workbench.ui.widgets.item_detail import ITEM_LINK

    with demo_store.read() as connection:
        near = next(
            (row.item_id, other)
            for row in listing.page(
                connection, listing.QueueFilter(reason=listing.Reason.DUPLICATE), limit=500
            )
            for name, detail in listing.reason_details(connection, row.item_id)
            if (other := (listing.similar_to(detail) or (None,))[0]) is not None
        )
    item, other = near
    with demo_store.write() as connection:
        decisions.decide(connection, [item], "escalate", AUTHOR, note="Welle")
    previous = QLocale()
    installed = install_translations(qapp, QLocale("en_GB"))  # English singular and plural
    try:
        page.reload()
        page.view.selectRow(page.model.row_of(item))
        page.tasks.wait_idle()
        shown_text = page.detail.toPlainText()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
    entry = page.model.row_at(page.current_row())
    assert shown_text.index(entry.body[:20]) < shown_text.index("Full profile")  # post first
    assert f"escalated by {AUTHOR.name}: Welle" in shown_text
    assert f"nearly the same as item #{other}" in shown_text
    assert "report(s)" not in shown_text
    assert f'href="{ITEM_LINK}:{other}"' in page.detail.toHtml()
    page.detail.anchorClicked.emit(QUrl(f"{ITEM_LINK}:{other}"))
    if page.model.row_of(other) is not None:
        assert selected(page).item_id == other
    else:
        assert page.item_window.isVisible()


def test_the_list_can_be_ordered_newest_or_oldest_first_by_the_store(page):
    page.order.setCurrentIndex(page.order.findData(listing.Order.NEWEST))
    page.model.fetchMore(page.model.index(-1, -1))
    times = [page.model.row_at(n).created_at for n in range(page.model.rowCount())]
    assert len(times) > 100 and times == sorted(times, reverse=True)
    page.order.setCurrentIndex(page.order.findData(listing.Order.OLDEST))
    assert page.model.row_at(0).created_at == min(times)
    tip = page.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "order" in tip


def test_search_hits_are_marked_in_the_detail_pane(page, qtbot):
    page.search.setText("akku")
    page.apply_filters()
    assert page.model.rowCount() > 0
    page.tasks.wait_idle()
    marked = colours.palette().highlight().color().name()  # marked as a selection is
    assert marked in page.detail.toHtml()
    page.search.setText("")
    page.apply_filters()
    page.tasks.wait_idle()
    assert marked not in page.detail.toHtml()
