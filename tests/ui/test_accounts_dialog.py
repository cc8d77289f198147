"""File → Accounts… without a network: adding, changing and removing an account, and what the
dialog says where no keyring is usable (the secret stays in memory, and it says so)."""

import keyring
import pytest
from keyring.backends import fail

from tests.live.support import MemoryKeyring
from workbench.core.live import accounts
from workbench.services.live.secrets import Secrets
from workbench.ui.dialogs.accounts_dialog import AccountsDialog


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def _dialog(qtbot, tasks, secrets: Secrets) -> AccountsDialog:
    dialog = AccountsDialog(tasks, secrets)
    qtbot.addWidget(dialog)
    dialog.show()
    tasks.wait_idle()
    return dialog


def _fill(dialog: AccountsDialog, *, name: str, url: str, user: str, secret: str) -> None:
    dialog.name.setText(name)
    dialog.url.setText(url)
    dialog.user.setText(user)
    dialog.secret.setText(secret)


def test_without_a_keyring_the_dialog_says_so_and_keeps_the_secret_for_the_session(
    qtbot, store, tasks_for, no_keyring
):
    tasks, secrets = tasks_for(store), Secrets()
    dialog = _dialog(qtbot, tasks, secrets)
    assert "No keyring is usable" in dialog.keyring_note.text()
    _fill(dialog, name="Blog", url="https://blog.example", user="kim", secret="s3cret pass")
    dialog.save()
    tasks.wait_idle()
    assert "this session only" in dialog.status.text()
    with store.read() as connection:
        [account] = accounts.all_accounts(connection)
    assert secrets.get(account.secret_ref) == "s3cret pass"
    assert Secrets().get(account.secret_ref) is None  # nothing outlives the session
    assert b"s3cret pass" not in store.path.read_bytes()


def test_an_account_is_changed_and_removed(qtbot, store, tasks_for):
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        tasks, secrets = tasks_for(store), Secrets()
        dialog = _dialog(qtbot, tasks, secrets)
        assert "never in the database" in dialog.keyring_note.text()
        dialog.save()  # no secret for a new account: asked for, nothing saved
        assert "Enter the secret" in dialog.status.text()
        _fill(dialog, name="Blog", url="ftp://blog.example", user="kim", secret="pw")
        dialog.save()
        tasks.wait_idle()
        assert "no web address" in dialog.status.text()  # the core's words, in the dialog
        dialog.url.setText("https://blog.example/")
        dialog.save()
        tasks.wait_idle()
        assert dialog.list.count() == 1 and list(backend.entries.values()) == ["pw"]
        dialog.list.setCurrentRow(0)
        assert dialog.name.isReadOnly() and dialog.secret.placeholderText() == "unchanged"
        dialog.interval.setValue(15)
        dialog.save()
        tasks.wait_idle()
        with store.read() as connection:
            assert accounts.named(connection, "Blog").interval == 15 * 60
        assert list(backend.entries.values()) == ["pw"]  # an empty field keeps the secret
        dialog.list.setCurrentRow(0)
        dialog.remove()
        tasks.wait_idle()
        assert dialog.list.count() == 0 and backend.entries == {}
        assert "disconnected" in dialog.status.text()  # not written over by the empty list
        with store.read() as connection:
            assert accounts.all_accounts(connection) == []
    finally:
        keyring.set_keyring(before)


def test_an_oauth_account_signs_in_through_the_browser(qtbot, qapp, store, tasks_for, monkeypatch):
    """Save opens the platform's page; the code it shows, pasted, and Save again make the
    account, named as the platform names the user, its token in the keyring."""
    import asyncio
    import gc
    from typing import Any, ClassVar

    import qasync

    from workbench.connectors.live.base import Authorization, Authorized, LiveConnector
    from workbench.connectors.live.http import LiveError, Problem
    from workbench.ui.dialogs import accounts_dialog

    class Browser(LiveConnector):
        kind: ClassVar[str] = "mastodon"
        network: ClassVar[str] = "mastodon"
        actions: ClassVar[frozenset[str]] = frozenset()
        oauth: ClassVar[bool] = True

        @classmethod
        def headers(cls, settings: Any, secret: str) -> dict[str, str]:
            return {}

        @classmethod
        async def begin_authorization(cls, client: Any, settings: Any) -> Authorization:
            return Authorization(f"{settings.url}/oauth/authorize?state=s1", "oob", "s1", "v")

        @classmethod
        async def finish_authorization(
            cls, client: Any, settings: Any, started: Authorization, answer: str
        ) -> Authorized:
            if answer != "CODE-42":
                raise LiveError(Problem.AUTH, "The instance did not accept that code.")
            return Authorized('{"access_token": "tok-9"}', "kim@mastodon.example")

        async def test(self) -> str:
            return ""

        def pull(self, cursor: Any) -> Any:
            raise NotImplementedError

        async def push(self, order: Any) -> Any:
            raise NotImplementedError

    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setitem(accounts_dialog.CONNECTORS, "mastodon", Browser)
    opened: list[str] = []
    monkeypatch.setattr(
        accounts_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toString())
    )
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        tasks = tasks_for(store)
        dialog = _dialog(qtbot, tasks, Secrets())
        dialog.kind.setCurrentIndex(dialog.kind.findData("mastodon"))
        assert not dialog.secret.isVisible() and not dialog.user.isVisible()
        assert dialog.save_button.text() == "Sign in in the browser…"
        dialog.name.setText("Fedi")
        dialog.url.setText("https://mastodon.example")
        dialog.extras[0].setText("werkstatt diy")
        dialog.save()
        loop.run_until_complete(dialog.signing_in)
        qtbot.waitUntil(lambda: bool(opened))
        assert opened == ["https://mastodon.example/oauth/authorize?state=s1"]
        assert dialog.secret.isVisible() and "paste the code" in dialog.status.text()
        assert dialog.save_button.text() == "Finish signing in"
        dialog.secret.setText("wrong")
        dialog.save()
        loop.run_until_complete(asyncio.sleep(0.05))
        assert "did not accept that code" in dialog.status.text()
        dialog.secret.setText("CODE-42")
        dialog.save()
        for _ in range(100):
            loop.run_until_complete(asyncio.sleep(0.02))
            tasks.wait_idle()
            if dialog.list.count():
                break
        with store.read() as connection:
            [account] = accounts.all_accounts(connection)
        assert account.user == "kim@mastodon.example"
        assert account.extra == {"hashtags": ["werkstatt", "diy"]}
        assert list(backend.entries.values()) == ['{"access_token": "tok-9"}']
    finally:
        keyring.set_keyring(before)
        asyncio.set_event_loop(None)
        loop.close()
        gc.collect()  # qasync's notifiers go while Qt is whole


def test_a_reddit_account_is_asked_for_its_app_and_subreddits(qtbot, store, tasks_for):
    dialog = _dialog(qtbot, tasks_for(store), Secrets())
    dialog.kind.setCurrentIndex(dialog.kind.findData("reddit"))
    assert dialog.url.isHidden() and dialog.user.isHidden()  # one Reddit; it names the user
    labels = [label.text() for label in dialog.extra_labels if not label.isHidden()]
    assert labels == ["Installed app's id:", "Subreddits:", "Redirect:"]
    dialog.extras[0].setText(" wb-app-id ")
    dialog.extras[1].setText("werkstatt  heimwerker")
    url, user, rooms, extra = dialog._values()
    assert (url, user, rooms) == ("https://www.reddit.com", "", ())
    assert extra == {
        "client_id": "wb-app-id",
        "subreddits": ["werkstatt", "heimwerker"],
        "redirect_uri": accounts.REDDIT_REDIRECT,  # left empty: the default
    }
