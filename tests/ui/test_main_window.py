from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QTableView, QTextBrowser

from workbench.core.queue import listing
from workbench.core.settings import Settings
from workbench.ui.dialogs.identity_dialog import IdentityDialog
from workbench.ui.main_window import MainWindow
from workbench.ui.pages.queue_page import QueuePage


def test_the_window_shows_demo_items_in_the_queue(window, demo_store):
    view = window.findChild(QTableView, "queueView")
    assert view is not None and view.isVisible()
    model = view.model()
    with demo_store.read() as connection:
        first = listing.page(connection, limit=1)[0]
        total = listing.count(connection)
    assert model.rowCount() == min(total, 200)
    assert model.index(0, 2).data() == first.author_handle
    assert view.accessibleName()
    window.tasks.wait_idle()  # the counts are read on a worker thread
    assert str(total) in window.findChild(QLabel, "queueCount").text()


def test_the_queue_loads_further_pages_on_demand(window, demo_store):
    model = window.findChild(QTableView, "queueView").model()
    model.fetchMore(QModelIndex())
    with demo_store.read() as connection:
        total = listing.count(connection)
    assert model.rowCount() == min(total, 400)
    ids = [model.row_at(row).item_id for row in range(model.rowCount())]
    assert len(set(ids)) == len(ids)


def test_selecting_an_item_shows_its_text_and_why(window, qtbot):
    view = window.findChild(QTableView, "queueView")
    view.selectRow(1)
    detail = window.findChild(QTextBrowser, "detailPane")
    row = view.model().row_at(1)
    qtbot.waitUntil(lambda: row.body[:20] in detail.toPlainText())
    assert "Why it is in the queue" in detail.toPlainText()


def test_the_sidebar_switches_views(window, demo_store):
    sidebar = window.findChild(QListWidget, "sidebar")
    labels = [sidebar.item(row).text().split("  (")[0].strip() for row in range(sidebar.count())]
    shown = [label for row, label in enumerate(labels) if not sidebar.item(row).isHidden()]
    assert shown == [
        "Queue",
        "New",
        "Held by platform",
        "Reported",
        "Duplicates",
        "Rule matches",
        "Assigned to me",
        "Members",
        "Interventions",
        "Follow-ups",
        "Incidents",
        "Watch lists",
        "Sources",
        "Pushes",
    ]
    sidebar.setCurrentRow(labels.index("Sources"))
    assert window.stack.currentWidget().objectName() == "sourcesView"
    window.tasks.wait_idle()  # the counts are read on a worker thread
    sources_view = window.stack.currentWidget().list
    assert "Werkstatt-Blog" in " ".join(
        sources_view.topLevelItem(r).text(0) for r in range(sources_view.topLevelItemCount())
    )
    sidebar.setCurrentRow(labels.index("Held by platform"))
    assert window.stack.currentWidget().objectName() == "queuePage"
    model = window.page(QueuePage).model
    assert model.rowCount() > 0 and all(
        "held" in model.row_at(r).reasons.names for r in range(model.rowCount())
    )
    with demo_store.read() as connection:
        held = listing.count(connection, listing.QueueFilter(reason=listing.Reason.HELD))
    assert sidebar.item(labels.index("Held by platform")).text().endswith(f"({held})")
    sidebar.setCurrentRow(labels.index("Members"))
    assert window.stack.currentWidget().objectName() == "memberPanel"
    from tests.conftest import AUTHOR
    from workbench.core.incidents import cases

    assert sidebar.item(labels.index("Incidents")).text() == "Incidents"
    with demo_store.write() as connection:
        cases.open_incident(connection, "Raid", AUTHOR)
    window.refresh_status()
    window.tasks.wait_idle()  # the counts are read on a worker thread
    assert sidebar.item(labels.index("Incidents")).text() == "Incidents  (1)"
    sidebar.setCurrentRow(labels.index("Incidents"))
    assert window.stack.currentWidget().objectName() == "incidentsView"


def test_the_window_remembers_its_geometry(qtbot, demo_store, window_settings):
    identity = Settings().with_identity("Mara Lindqvist")
    first = MainWindow(demo_store, identity, window_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)  # within the offscreen screen of 800 x 600
    first.close()
    second = MainWindow(demo_store, identity, window_settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (720, 520)


def test_the_menus_hold_the_file_and_help_actions(window):
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles == ["File", "Edit", "Queue", "Team", "View", "Help"]
    file_actions = [
        a.text().replace("&", "")
        for a in window.menuBar().actions()[0].menu().actions()
        if a.text()
    ]
    assert file_actions == [
        "Open store…",
        "Import…",
        "Import folder…",
        "Share log…",
        "Import shared log…",
        "Accounts…",
        "Sync now",
        "Back up database…",
        "Restore from backup…",
        "Quit",
    ]


def test_share_log_opens_on_the_managers_who_recorded_events(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "workbench.ui.dialogs.share_dialog.ShareDialog.exec",
        lambda dialog: opened.append(dialog) or 0,
    )
    window.share_action.trigger()
    qtbot.waitUntil(lambda: bool(opened))
    managers = [opened[0].manager.itemData(i) for i in range(opened[0].manager.count())]
    assert managers == [None, "Jonas Weber", "Mara Lindqvist"]
    assert opened[0].source.count() > 1  # all sources, then each by name


def test_identity_dialog_needs_a_name(qtbot):
    dialog = IdentityDialog()
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Jonas Weber")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == IdentityDialog.DialogCode.Accepted
    assert dialog.name() == "Jonas Weber"


def test_an_intervention_logged_from_a_profile_updates_every_view_that_shows_it(
    window, demo_store, qtbot, monkeypatch
):
    from PySide6.QtCore import QDate

    from workbench.ui.dialogs.intervention_dialog import InterventionDialog
    from workbench.ui.pages.followups_page import FollowUpsPage
    from workbench.ui.pages.interventions_page import InterventionsPage
    from workbench.ui.pages.members_page import MembersPage

    with demo_store.read() as connection:
        member_id, handle = connection.exec_driver_sql(
            "SELECT id, handle FROM members WHERE status = 'active' "
            "ORDER BY item_count DESC LIMIT 1"
        ).one()

    def warn_and_look_again_today(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("warning"))
        dialog.message.setPlainText("Bitte bleib sachlich.")
        dialog.follow_up.setChecked(True)
        dialog.follow_up_date.setDate(QDate.currentDate())
        return InterventionDialog.DialogCode.Accepted

    monkeypatch.setattr(InterventionDialog, "exec", warn_and_look_again_today)
    sidebar = window.findChild(QListWidget, "sidebar")
    window.tasks.wait_idle()  # the counts are read on a worker thread
    labels = [sidebar.item(row).text() for row in range(sidebar.count())]
    follow_ups_row = next(r for r, text in enumerate(labels) if text.startswith("Follow-ups"))
    due = int(labels[follow_ups_row].rpartition("(")[2].rstrip(")"))  # overdue and today's
    logged = window.page(InterventionsPage).tree.topLevelItemCount()
    due_today = window.page(FollowUpsPage).tree.topLevelItem(1).childCount()

    window.open_member(member_id)
    profile = window.page(MembersPage).profile
    profile.intervene()
    window.tasks.wait_idle()

    assert profile.timeline.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole).kind == (
        "intervention"
    )
    assert sidebar.item(follow_ups_row).text() == f"Follow-ups  ({due + 1})"
    sidebar.setCurrentRow(next(r for r, text in enumerate(labels) if text == "Interventions"))
    log = window.page(InterventionsPage).tree
    assert log.topLevelItemCount() == logged + 1 and handle in log.topLevelItem(0).text(3)
    sidebar.setCurrentRow(follow_ups_row)
    today = window.page(FollowUpsPage).tree.topLevelItem(1)
    assert today.childCount() == due_today + 1
    assert any(handle in today.child(n).text(2) for n in range(today.childCount()))
