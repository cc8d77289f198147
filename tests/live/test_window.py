"""Live accounts in the window: the Accounts dialog, a sync on the asyncio loop that qasync
runs inside Qt, and a failed push in the Pushes view, against the real WordPress."""

import asyncio
import contextlib
import gc
import os

import pytest
import qasync
from PySide6.QtCore import QSettings

from tests.conftest import AUTHOR
from tests.live.test_wordpress import _seed
from tests.live.wordpress_server import ADMIN
from workbench.core.live import accounts, pushes
from workbench.core.queue import decisions
from workbench.core.settings import Settings
from workbench.ui.dialogs.accounts_dialog import AccountsDialog
from workbench.ui.main_window import MainWindow
from workbench.ui.pages.pushes_page import PushesPage

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytestmark = pytest.mark.live


@pytest.fixture
def loop(qapp):
    """Qt's event loop running asyncio's, as in the app."""
    running = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(running)
    yield running
    pending = asyncio.all_tasks(running)  # a send a decision started, say: ended, not dropped
    for task in pending:
        task.cancel()
    running.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    asyncio.set_event_loop(None)
    running.close()
    # qasync's notifiers and timers go now, while Qt is whole, not in a later test's collection.
    gc.collect()


@pytest.fixture
def window(qtbot, store, tmp_path):
    main = MainWindow(
        store,
        Settings().with_identity(AUTHOR.name),
        QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(main)
    main.resize(1200, 760)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_an_account_is_added_and_tested_in_the_dialog(
    window, wordpress, memory_keyring, loop, qtbot
):
    dialog = AccountsDialog(window.tasks, window.live.secrets, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "keyring" in dialog.keyring_note.text()
    dialog.name.setText("Blog")
    dialog.url.setText(wordpress.url)
    dialog.user.setText(ADMIN)
    dialog.secret.setText(wordpress.password)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert "Saved" in dialog.status.text()
    assert dialog.secret.text() == ""  # not kept in the form once saved
    assert list(memory_keyring.entries.values()) == [wordpress.password]
    testing = dialog.test()
    assert testing is not None
    loop.run_until_complete(testing)
    assert "Signed in" in dialog.status.text() and ADMIN in dialog.status.text()


def test_a_sync_in_the_window_and_a_failed_push(window, wordpress, memory_keyring, loop, qtbot):
    made = _seed(wordpress, "fenster")
    with window.store.write() as connection:
        account = accounts.add(connection, "wordpress", name="Blog", url=wordpress.url, user=ADMIN)
    window.live.secrets.save(account.secret_ref, wordpress.password)
    messages: list[str] = []
    window.live.progress.connect(messages.append)
    task = window.live.sync_now()
    assert task is not None and window.cancel_sync.isVisible()
    assert window.live.sync_now() is None  # one sync at a time
    reports = loop.run_until_complete(task)
    assert reports[0].error is None and reports[0].added >= 5
    assert any("Syncing Blog" in text for text in messages)
    assert "Blog: 5 new items" in messages[-1] or "new item" in messages[-1]
    assert not window.cancel_sync.isVisible()

    # The comment is deleted on WordPress before the decision goes out.
    site = wordpress.url.removeprefix("http://")
    with window.store.write() as connection:
        item = connection.exec_driver_sql(
            f"SELECT id FROM items WHERE external_id = '{site}/comment/{made['held']}'"
        ).scalar_one()
        decisions.decide(connection, [item], "approve", AUTHOR)
    wordpress.php(f"wp_delete_comment({made['held']}, true);")
    loop.run_until_complete(window.live.sync_now())
    with window.store.read() as connection:
        [failed] = pushes.listing(connection, state="failed")
    assert "Invalid comment ID" in (failed.message or "")
    window.sidebar.setCurrentRow(window._entry_row(PushesPage.key))
    page = window.page(PushesPage)
    qtbot.waitUntil(lambda: page.list.topLevelItemCount() == 1)
    row = page.list.topLevelItem(0)
    assert row.text(3) == "failed" and "Invalid comment ID" in row.text(5)
    page.list.setCurrentItem(row)
    assert page.retry_button.isEnabled()
    page.retry()
    qtbot.waitUntil(
        lambda: (
            page.list.topLevelItemCount() == 1 and page.list.topLevelItem(0).text(3) == "waiting"
        )
    )


def _sync_once(window, loop) -> None:
    task = window.live.sync_now()
    assert task is not None
    loop.run_until_complete(task)


def test_a_decision_in_the_window_goes_out_at_once(
    window, wordpress, memory_keyring, loop, qtbot, monkeypatch
):
    from workbench.ui.pages.queue_page import QueuePage

    made = _seed(wordpress, "sofort")
    with window.store.write() as connection:
        account = accounts.add(connection, "wordpress", name="Blog", url=wordpress.url, user=ADMIN)
    window.live.secrets.save(account.secret_ref, wordpress.password)
    _sync_once(window, loop)
    queue = window.page(QueuePage)
    queue.search.setText("sofort")
    queue.apply_filters()
    qtbot.waitUntil(lambda: queue.model.rowCount() >= 2)
    site = wordpress.url.removeprefix("http://")
    with window.store.read() as connection:
        held = connection.exec_driver_sql(
            f"SELECT id FROM items WHERE external_id = '{site}/comment/{made['held']}'"
        ).scalar_one()
    queue.view.selectRow(queue.model.row_of(held))
    window.tasks.wait_idle()
    assert queue.live.send_reply.isEnabled()  # a live item: a reply can go out
    assert not queue.live.kick.isEnabled()  # WordPress has no room to kick from
    monkeypatch.setattr(
        "workbench.ui.pages.queue_live.QInputDialog.getMultiLineText",
        lambda *args: ("Danke, ist freigeschaltet!", True),
    )
    queue.live.send_reply.trigger()
    queue.view.setFocus()
    queue.actions_by_name["queueApprove"].trigger()
    window.tasks.wait_idle()

    async def sent() -> None:  # the decision goes out on its own, a moment later
        for _ in range(400):
            await asyncio.sleep(0.025)
            if _status(wordpress, made["held"]) == "approved" and not window.live.busy:
                return

    loop.run_until_complete(sent())
    assert _status(wordpress, made["held"]) == "approved"
    replies = wordpress.rest("wp/v2/comments", parent=made["held"]).json()
    assert [r["content"]["raw"] for r in replies] == ["Danke, ist freigeschaltet!"]
    with window.store.read() as connection:
        assert {p.state for p in pushes.listing(connection)} == {"done"}


def test_one_account_failing_does_not_stop_the_others_and_a_sync_can_be_cancelled(
    window, wordpress, memory_keyring, loop, qtbot
):
    with window.store.write() as connection:
        good = accounts.add(connection, "wordpress", name="Blog", url=wordpress.url, user=ADMIN)
        bad = accounts.add(
            connection, "wordpress", name="Alt", url="http://127.0.0.1:9", user=ADMIN
        )
    window.live.secrets.save(good.secret_ref, wordpress.password)
    window.live.secrets.save(bad.secret_ref, "wrong")
    task = window.live.sync_now()
    assert task is not None
    reports = {report.account: report for report in loop.run_until_complete(task)}
    assert reports["Blog"].error is None and reports["Blog"].added > 0
    assert "cannot be reached" in (reports["Alt"].error or "")

    messages: list[str] = []
    window.live.progress.connect(messages.append)
    task = window.live.sync_now()
    assert task is not None

    async def cancel_soon() -> None:
        await asyncio.sleep(0)
        window.live.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    loop.run_until_complete(cancel_soon())
    assert task.cancelled() and "cancelled" in messages[-1]
    assert not window.cancel_sync.isVisible() and window.sync_action.isEnabled()


def _status(wordpress, comment: int) -> str:
    return wordpress.rest(f"wp/v2/comments/{comment}").json()["status"]
