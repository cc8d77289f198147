"""File → Share log… and Import shared log…: a bundle written off the UI thread, a teammate's
key trusted in the dialog after comparing its fingerprint, a preview, then the merge."""

from pathlib import Path

from PySide6.QtCore import Qt

from tests.conftest import AUTHOR
from workbench.core.events import eventlog
from workbench.core.settings import Author
from workbench.core.store import open_store
from workbench.core.team import trust
from workbench.core.team.bundles.reader import read_bundle
from workbench.core.team.keys import grouped
from workbench.services.live.secrets import Secrets
from workbench.ui.dialogs.merge_dialog import MergeDialog
from workbench.ui.dialogs.share_dialog import ShareDialog

BOB = Author(id="00000000-0000-4000-8000-000000000002", name="Bob")


def _shared(qtbot, demo_store, tasks_for, tmp_path, *, manager: str | None = None) -> Path:
    tasks = tasks_for(demo_store)
    dialog = ShareDialog(
        demo_store, AUTHOR, tasks, (["Jonas Weber", "Mara Lindqvist"], []), Secrets()
    )
    qtbot.addWidget(dialog)
    if manager is not None:
        dialog.manager.setCurrentIndex(dialog.manager.findData(manager))
    tmp_path.mkdir(exist_ok=True)
    dialog.save(tmp_path / "woche")  # the suffix is added
    qtbot.waitUntil(lambda: dialog.written is not None)
    assert dialog.written.path == tmp_path / "woche.wblog"
    return dialog.written.path


def test_sharing_writes_a_signed_bundle_of_the_chosen_manager(
    qtbot, demo_store, tasks_for, tmp_path, memory_keyring
):
    path = _shared(qtbot, demo_store, tasks_for, tmp_path, manager="Jonas Weber")
    bundle = read_bundle(path)
    assert bundle.events and {e["author"]["name"] for e in bundle.events} == {"Jonas Weber"}
    assert bundle.signer.name == AUTHOR.name


def test_an_unknown_key_is_shown_and_trusted_then_the_bundle_merged(
    qtbot, demo_store, tasks_for, tmp_path, memory_keyring
):
    path = _shared(qtbot, demo_store, tasks_for, tmp_path)
    fingerprint = read_bundle(path).signer.fingerprint
    with open_store(tmp_path / "bob.db") as bob_store:
        tasks = tasks_for(bob_store)
        dialog = MergeDialog(bob_store, BOB, tasks, path, Secrets())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.trust_row.isVisible())
        assert grouped(fingerprint) in dialog.summary.text()
        assert not dialog.merge_button.isEnabled()
        assert dialog.trust_name.text() == AUTHOR.name
        dialog.grab().save(str(tmp_path / "untrusted.png"))
        qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.preview is not None)
        assert "new event" in dialog.summary.text() and dialog.merge_button.isEnabled()
        dialog.grab().save(str(tmp_path / "preview.png"))
        with bob_store.read() as connection:
            assert [e.kind for e in eventlog.iter_events(connection)] == ["team.key_trusted"]
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.merged is not None)
        assert bob_store.counts()["events"] == demo_store.counts()["events"] + 2
        again = MergeDialog(bob_store, BOB, tasks, path, Secrets())
        qtbot.addWidget(again)
        qtbot.waitUntil(lambda: again.preview is not None)
        assert "Nothing new" in again.summary.text() and not again.merge_button.isEnabled()


def test_a_damaged_bundle_says_why_it_cannot_be_merged(qtbot, store, tasks_for, tmp_path):
    damaged = tmp_path / "kaputt.wblog"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    dialog = MergeDialog(store, BOB, tasks_for(store), damaged, Secrets())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "cannot be merged" in dialog.summary.text())
    assert "kaputt.wblog" in dialog.summary.text() and not dialog.merge_button.isEnabled()


def test_a_teammates_erasure_is_asked_in_the_dialog_before_it_erases_here(
    qtbot, demo_store, tasks_for, tmp_path, memory_keyring
):
    from tests.core.team.support import manager
    from workbench.core.members.erase import erase_member

    first = _shared(qtbot, demo_store, tasks_for, tmp_path)
    with open_store(tmp_path / "bob.db") as bob_store:
        bob = manager("Bob", 2, bob_store)
        with bob_store.write() as connection:
            trust.trust(connection, read_bundle(first).signer.fingerprint, "Alice", BOB)
        bob.merge(first)
        with demo_store.write() as connection:
            member_id, handle = connection.exec_driver_sql(
                "SELECT m.id, m.handle FROM members m JOIN notes n ON n.member_id = m.id "
                "WHERE length(m.handle) > 5 LIMIT 1"
            ).one()
            erase_member(connection, member_id, AUTHOR)
        second = _shared(qtbot, demo_store, tasks_for, tmp_path / "later")
        dialog = MergeDialog(bob_store, BOB, tasks_for(bob_store), second, Secrets())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.preview is not None)
        assert dialog.erase_too.isVisible() and not dialog.erase_too.isChecked()
        assert handle in dialog.erase_too.text()
        dialog.grab().save(str(tmp_path / "erasure.png"))
        qtbot.mouseClick(dialog.erase_too, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.merged is not None)
        with bob_store.read() as connection:
            left = connection.exec_driver_sql(
                "SELECT count(*) FROM members WHERE handle = ?", (handle,)
            ).scalar()
        assert left == 0


def test_pseudonymizing_is_offered_once_the_team_secret_is_here(
    qtbot, demo_store, tasks_for, tmp_path, memory_keyring
):
    from workbench.services.team.identity import keep_team_secret

    tasks = tasks_for(demo_store)
    without = ShareDialog(demo_store, AUTHOR, tasks, ([], []), Secrets())
    qtbot.addWidget(without)
    assert not without.pseudonymize.isEnabled() and "team secret" in without.pseudonymize.toolTip()
    keep_team_secret("a secret the whole team shares")
    dialog = ShareDialog(demo_store, AUTHOR, tasks, ([], []), Secrets())
    qtbot.addWidget(dialog)
    assert dialog.pseudonymize.isEnabled()
    qtbot.mouseClick(dialog.pseudonymize, Qt.MouseButton.LeftButton)
    dialog.save(tmp_path / "anonym.wblog")
    qtbot.waitUntil(lambda: dialog.written is not None)
    assert read_bundle(dialog.written.path).pseudonymized


def test_the_preview_shows_the_bans_a_bundle_brings_to_a_followed_list(
    qtbot, demo_store, tasks_for, tmp_path, memory_keyring
):
    from tests.core.team.support import manager
    from workbench.core.team import watchlists
    from workbench.core.team.watchlists import Target

    with demo_store.write() as connection:
        watchlists.create(connection, "Spammers", AUTHOR)
        mine = watchlists.find(connection, AUTHOR, "Spammers")
        watchlists.set_entry(connection, mine, Target("domain", "spam.example"), "mute", AUTHOR)
    first = _shared(qtbot, demo_store, tasks_for, tmp_path / "first")
    with open_store(tmp_path / "bob.db") as bob_store:
        bob = manager("Bob", 2, bob_store)
        with bob_store.write() as connection:
            trust.trust(connection, read_bundle(first).signer.fingerprint, "Alice", BOB)
        bob.merge(first)
        with bob_store.write() as connection:
            watchlists.subscribe(connection, watchlists.find(connection, BOB, "Spammers"), BOB)
        with demo_store.write() as connection:
            mine = watchlists.find(connection, AUTHOR, "Spammers")
            watchlists.set_entry(connection, mine, Target("domain", "bad.example"), "ban", AUTHOR)
        second = _shared(qtbot, demo_store, tasks_for, tmp_path / "second")
        dialog = MergeDialog(bob_store, BOB, tasks_for(bob_store), second, Secrets())
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.preview is not None)
        assert [c.what for c in dialog.watch_changes] == ["added"]
        assert "Watch lists you follow" in dialog.summary.text()
        assert "bad.example" in dialog.summary.text() and "ban" in dialog.summary.text()
