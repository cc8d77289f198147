"""An import from the window into a team store: the import's process opens the store by its
URL, with the password the keyring keeps for it, and the password travels in no message."""

import time
from pathlib import Path

import keyring
import psycopg
import pytest
from PySide6.QtCore import Qt

from tests.ui.file_keyring import BACKEND, FILE_ENV, FileKeyring
from tests.ui.test_import_dialog import COMMENTS
from workbench.core.store import open_store
from workbench.services.live.secrets import SERVICE
from workbench.services.team_store import secret_ref
from workbench.ui.dialogs.import_dialog import ImportDialog

pytestmark = pytest.mark.postgres

ROLE = "import_manager"
PASSWORD = "kept-in-the-keyring-7731"


@pytest.fixture
def keyring_file(tmp_path, monkeypatch):
    """The keyring this process and its children share: a file."""
    before = keyring.get_keyring()  # first: keyring takes its backend from the environment
    monkeypatch.setenv(FILE_ENV, str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", BACKEND)
    backend = FileKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def password_url(postgres_server, postgres_url):
    """The team store, reached as a role the server asks a password of (the suite's server
    trusts every other role)."""
    postgres_server.execute(
        f"DO $$ BEGIN CREATE ROLE {ROLE} LOGIN SUPERUSER; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
    )
    postgres_server.execute(f"ALTER ROLE {ROLE} PASSWORD '{PASSWORD}'")
    hba = postgres_server.data / "pg_hba.conf"
    before = hba.read_text()
    hba.write_text(f"host all {ROLE} 127.0.0.1/32 scram-sha-256\n{before}")
    postgres_server.execute("SELECT pg_reload_conf()")
    url = postgres_url.replace("postgres@", f"{ROLE}@")
    _wait_until_asked_for_a_password(url)
    yield url
    hba.write_text(before)
    postgres_server.execute("SELECT pg_reload_conf()")


def _wait_until_asked_for_a_password(url: str) -> None:
    """The server reads its pg_hba.conf again a moment after it was told to."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            psycopg.connect(url).close()
        except psycopg.OperationalError:
            return
        time.sleep(0.05)
    raise AssertionError("the server still lets the role in without a password")


def _secrets_of(pid: int) -> bytes:
    """What the process was started with: its command line and its environment."""
    folder = Path(f"/proc/{pid}")
    return (folder / "cmdline").read_bytes() + (folder / "environ").read_bytes()


def test_an_import_from_the_window_lands_in_the_team_store(
    qtbot, password_url, keyring_file, tasks_for
):
    keyring_file.set_password(SERVICE, secret_ref(password_url), PASSWORD)
    with open_store(password_url, create=False, password=PASSWORD) as store:
        tasks = tasks_for(store)
        dialog = ImportDialog(tasks, [COMMENTS])
        qtbot.addWidget(dialog)
        ahead = tasks._ahead
        assert ahead is not None and ahead.waiting
        assert PASSWORD.encode() not in _secrets_of(ahead.process.pid)
        progress: list[object] = []
        with qtbot.waitSignal(dialog.imported, timeout=30_000):
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
            dialog.task.progressed.connect(progress.append)
        lines = sum(1 for line in COMMENTS.read_bytes().splitlines() if line.strip())
        assert f"Items: {lines} added" in dialog.status.text()
        assert store.counts()["items"] == lines
        assert PASSWORD not in dialog.status.text() + repr(progress)
        dialog.wait()


def test_a_password_the_server_refuses_is_said_without_it(
    qtbot, password_url, keyring_file, tasks_for
):
    wrong = "not-the-password-4410"
    keyring_file.set_password(SERVICE, secret_ref(password_url), wrong)
    with open_store(password_url, create=False, password=PASSWORD) as store:
        dialog = ImportDialog(tasks_for(store), [COMMENTS])
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
        status = dialog.status.text()
        assert "refused the password" in status and password_url in status
        assert wrong not in status and PASSWORD not in status
        assert store.counts()["items"] == 0
        dialog.wait()
