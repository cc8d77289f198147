"""Erasing from a profile on a team store: the server vacuums off the UI thread, and the manager
is told what that leaves (docs: README, Members)."""

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.conftest import AUTHOR
from tests.core.test_erase_mentions import _community
from workbench.core.store import open_store
from workbench.ui.pages.members_page import MembersPage

pytestmark = pytest.mark.postgres


def test_erasing_on_a_team_store_says_what_vacuum_leaves(
    qtbot, postgres_url, tasks_for, monkeypatch
):
    with open_store(postgres_url) as store:
        ids = _community(store)
        tasks = tasks_for(store)
        page = MembersPage(store, AUTHOR, tasks)
        qtbot.addWidget(page)
        page.show_member(ids["evegee"])
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("evegee", True))
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, said, *a: told.append(said))
        page.profile.erase_member()
        qtbot.waitUntil(lambda: bool(told), timeout=10_000)
        tasks.wait_idle()
    assert told[0].startswith("evegee is erased from the team store's tables.")
    assert "VACUUM FULL on items, members, notes, events, interventions and mutes" in told[0]
    assert "write-ahead log, backups and replicas" in told[0]
