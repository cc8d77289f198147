"""A Discourse forum (a replay of its API on 127.0.0.1) connected and synced from the window:
the Accounts dialog adds and tests it, File → Sync now brings its review queue into the queue,
and a decision made there goes out to the forum by itself."""

import asyncio
import gc

import pytest
import qasync
from PySide6.QtCore import QSettings

from tests.conftest import AUTHOR
from tests.connectors.test_discourse_api import KEY, FakeDiscourse
from workbench.core.live import pushes
from workbench.core.settings import Settings
from workbench.ui.dialogs.accounts_dialog import AccountsDialog
from workbench.ui.main_window import MainWindow
from workbench.ui.pages.queue_page import QueuePage

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def loop(qapp):
    running = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(running)
    yield running
    pending = asyncio.all_tasks(running)
    for task in pending:
        task.cancel()
    running.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    asyncio.set_event_loop(None)
    running.close()
    gc.collect()


def test_a_forum_connected_synced_and_decided_in_the_window(
    qtbot, store, tmp_path, httpserver, loop
):
    forum = FakeDiscourse(httpserver)
    window = MainWindow(
        store,
        Settings().with_identity(AUTHOR.name),
        QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.show()
    dialog = AccountsDialog(window.tasks, window.live.secrets, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("discourse"))
    assert dialog.user.isVisible() and dialog.secret_label.text() == "API key:"
    dialog.name.setText("Werkstatt")
    dialog.url.setText(httpserver.url_for("/").rstrip("/"))
    dialog.user.setText("mod")
    dialog.secret.setText(KEY)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    dialog.list.setCurrentRow(0)
    loop.run_until_complete(dialog.test())
    assert "Signed in" in dialog.status.text()
    dialog.close()

    reports = loop.run_until_complete(window.live.sync_now())
    assert reports[0].error is None and reports[0].queued > 0
    queue = window.page(QueuePage)
    queue.reload()
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0)
    queue.view.selectRow(0)
    window.tasks.wait_idle()
    queue.view.setFocus()
    queue.actions_by_name["queueRemove"].trigger()
    window.tasks.wait_idle()

    async def sent() -> None:  # the decision goes out by itself, a moment later
        for _ in range(200):
            await asyncio.sleep(0.025)
            with store.read() as connection:
                if pushes.listing(connection, state="done"):
                    return

    loop.run_until_complete(sent())
    with store.read() as connection:
        [done] = pushes.listing(connection, state="done")
    assert done.action == "remove"
    assert any("/perform/" in path for _method, path, *_ in forum.asked)
