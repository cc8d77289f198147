"""The queue's detail pane on a team store marks each history entry's signature: the manager's
own "signed", a colleague's whose key they do not trust so, and one changed after it was signed
in bold. A laptop store shows no marks (it signs nothing)."""

import pytest
from PySide6.QtCore import QSettings

from tests.postgres.test_outbox import server, store  # noqa: F401
from workbench.core.events import signatures
from workbench.core.queue import decisions
from workbench.core.settings import Author, Settings
from workbench.core.team.keys import KeyPair
from workbench.ui.main_window import MainWindow
from workbench.ui.pages.queue_page import QueuePage

pytestmark = pytest.mark.postgres

JONAS = Author(id="00000000-0000-4000-8000-00000000000b", name="Jonas")


def test_the_history_marks_signed_untrusted_and_bad_entries(
    qtbot,
    server,  # noqa: F811 (the fixture imported above)
    store,  # noqa: F811 (the fixture imported above)
    tmp_path,
    memory_keyring,
):
    jonas = KeyPair.generate()
    signatures.take_keys_from(lambda author: jonas if author == JONAS else None)
    with store.write() as connection:
        item = connection.exec_driver_sql("SELECT min(item_id) FROM queue").scalar_one()
        claimed, _released = (
            decisions.assign(connection, [item], name, JONAS)[0] for name in ("Jonas", None)
        )
    signatures.take_keys_from(None)
    with store.write() as connection:  # someone with the server's password rewrites history
        connection.exec_driver_sql("ALTER TABLE events DISABLE TRIGGER USER")
        connection.exec_driver_sql(
            "UPDATE events SET payload = replace(payload, '\"Jonas\"', '\"Mallory\"') "
            f"WHERE id = '{claimed.id}'"
        )
        connection.exec_driver_sql("ALTER TABLE events ENABLE TRIGGER USER")

    ini = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, Settings().with_identity("Mara Lindqvist"), ini)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.page(QueuePage)
    try:
        qtbot.waitUntil(lambda: page.model.row_of(item) is not None, timeout=10_000)
        page.view.selectRow(page.model.row_of(item))
        page.claim()  # Mara's own, signed with the key the keyring keeps for her

        def held() -> bool:
            return page.model.row_at(page.model.row_of(item)).assignee == "Mara Lindqvist"

        qtbot.waitUntil(held, timeout=10_000)
        page.view.clearSelection()
        page.view.selectRow(page.model.row_of(item))  # the detail pane reads the item again
        qtbot.waitUntil(lambda: "assigned to Mara" in page.detail.toPlainText(), timeout=10_000)
        history = page.detail.toPlainText().split("History")[1].split("Thread")[0]
        lines = [line for line in history.splitlines() if " by " in line]
        assert len(lines) == 3, history
        assert lines[0].endswith("⚠ signature does not hold: changed or forged")
        assert "assigned to Mallory by Jonas" in lines[0]
        assert lines[1].endswith("· signed, by a key you do not trust")
        assert lines[2].endswith("· signed") and "assigned to Mara Lindqvist" in lines[2]
        page.grab().save("/tmp/queue_history_signature_marks.png")
    finally:
        window.tasks.stop()
        signatures.take_keys_from(None)
