"""Team → Keys and team secret…: one's own key, the teammates' keys trusted, the team secret."""

from PySide6.QtWidgets import QDialog, QLineEdit

from tests.conftest import AUTHOR
from workbench.core.team.keys import KeyPair, grouped
from workbench.services.live.secrets import Secrets
from workbench.services.team import identity
from workbench.ui.dialogs.keys_dialog import KeysDialog


def test_keys_are_made_trusted_and_untrusted_and_the_secret_kept(
    qtbot, store, tasks_for, tmp_path, memory_keyring, monkeypatch
):
    tasks = tasks_for(store)
    dialog = KeysDialog(store, AUTHOR, tasks, Secrets())
    qtbot.addWidget(dialog)
    assert "None yet" in dialog.own.text() and not dialog.copy_own.isEnabled()
    dialog.make_key()
    fingerprint = identity.existing_key(AUTHOR).public.fingerprint
    assert grouped(fingerprint) in dialog.own.text() and dialog.copy_own.isEnabled()

    teammate = KeyPair.generate().public.fingerprint
    dialog.trust(grouped(teammate), "Jonas Weber")
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1)
    row = dialog.tree.topLevelItem(0)
    assert row.text(0) == "Jonas Weber" and grouped(teammate) in row.text(1)
    dialog.trust("not a fingerprint", "X")
    qtbot.waitUntil(lambda: not dialog.problem.isHidden())
    assert "32 hex digits" in dialog.problem.text()
    dialog.show()
    dialog.grab().save(str(tmp_path / "keys.png"))
    dialog.tree.setCurrentItem(row)
    dialog.untrust_selected()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 0)

    dialog.keep_secret("too short")
    assert "at least 20 characters" in dialog.problem.text()
    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self) or 0)
    dialog.make_secret()
    secret = identity.team_secret()
    assert secret and shown[-1].findChild(QLineEdit, "newSecretText").text() == secret
    assert "holds the team secret" in dialog.secret_state.text()
