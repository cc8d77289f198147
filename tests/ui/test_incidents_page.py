from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from tests.conftest import AUTHOR
from workbench.core.incidents import cases
from workbench.ui.pages.incidents_page import IncidentsPage
from workbench.ui.tasks.runner import TaskRunner


def test_open_an_incident_note_it_and_set_its_status(qtbot, demo_store, monkeypatch):
    writer = TaskRunner(demo_store)
    page = IncidentsPage(demo_store, AUTHOR, writer)
    qtbot.addWidget(page)
    assert page.list.topLevelItemCount() == 0 and not page.note.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Raid am Montag", True))
    page.new_incident()
    writer.wait_idle()
    assert page.list.topLevelItemCount() == 1 and page.title.text() == "Raid am Montag"
    with demo_store.write() as connection:
        member, item = connection.exec_driver_sql(
            "SELECT member_id, id FROM items WHERE member_id IS NOT NULL LIMIT 1"
        ).one()
        cases.link(connection, page.current_id(), AUTHOR, members=[member], items=[item])
    page.reload()
    qtbot.keyClicks(page.note, "Gleicher Text im Forum und auf Discord")
    qtbot.keyClick(page.note, Qt.Key.Key_Return)
    page.status.setCurrentIndex(page.status.findData("watching"))
    page.set_status()
    writer.wait_idle()
    writer.stop()
    rows = [page.timeline.topLevelItem(n) for n in range(page.timeline.topLevelItemCount())]
    assert [row.text(1) for row in rows] == ["post", "note", "status"]
    assert rows[1].text(4) == "Gleicher Text im Forum und auf Discord"
    assert rows[2].text(4) == "watching"
    assert page.list.topLevelItem(0).text(1) == "watching"
    assert "Members: " in page.members.text() and page.note.text() == ""
