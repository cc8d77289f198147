"""The Watch lists page: a teammate's list followed from the keyboard, an entry overridden here,
and the member's profile naming the list."""

import os

from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.conftest import AUTHOR
from workbench.core.events import eventlog
from workbench.core.events.event import Kind
from workbench.core.settings import Author
from workbench.core.team import watchlists
from workbench.core.team.watchlists import Target
from workbench.ui.pages.members_page import MembersPage
from workbench.ui.pages.watchlists_page import WatchlistsPage

ALICE = Author(id="00000000-0000-4000-8000-00000000000a", name="Alice")


def _alices_list(store, member: Target) -> None:
    """Alice's list as her bundle brings it: her events, in this store."""
    with store.write() as connection:
        made = eventlog.record(
            connection, Kind.WATCHLIST_CREATED, {"list": "alices", "name": "Spammers"}, ALICE
        )
        for target, recommendation in ((member, "ban"), (Target("domain", "spam.example"), "mute")):
            eventlog.record(
                connection,
                Kind.WATCHLIST_ENTRY_SET,
                {
                    "list": made.payload["list"],
                    **target.to_payload(),
                    "recommendation": recommendation,
                    "reason": "Werbung",
                },
                ALICE,
            )


def test_follow_a_teammates_list_override_an_entry_and_see_it_on_the_profile(
    qtbot, window, demo_store, monkeypatch
):
    with demo_store.read() as connection:
        member_id, network, external_id, handle = connection.exec_driver_sql(
            "SELECT id, network, external_id, handle FROM members WHERE handle != '' LIMIT 1"
        ).one()
    _alices_list(demo_store, Target(network, external_id))
    sidebar = window.sidebar
    row = next(r for r in range(sidebar.count()) if sidebar.item(r).text() == "Watch lists")
    sidebar.setCurrentRow(row)
    page = window.page(WatchlistsPage)
    page.reload()
    window.tasks.wait_idle()
    qtbot.waitUntil(lambda: page.lists.topLevelItemCount() == 1)
    assert page.lists.topLevelItem(0).text(1) == "Alice · not followed"
    assert page.entries.topLevelItemCount() == 2
    assert not page.buttons["watchlistAdd"].isEnabled()  # Alice's list: only she adds

    asked: list[str] = []

    def yes(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    page.follow()
    window.tasks.wait_idle()
    qtbot.waitUntil(lambda: "· followed" in page.lists.topLevelItem(0).text(1))
    assert "Its 2 entries will be in force here" in asked[0] and handle in asked[0]

    banned = next(n for n in range(2) if page.entries.topLevelItem(n).text(0).startswith(handle))
    page.entries.setCurrentItem(page.entries.topLevelItem(banned))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("watch", True))
    page.override()
    window.tasks.wait_idle()
    qtbot.waitUntil(lambda: page.entries.topLevelItem(banned).text(2) == "watch")
    with demo_store.read() as connection:
        [named] = watchlists.naming(connection, network, external_id, window.settings.author())
    assert (named.recommendation, named.effective) == ("ban", "watch")

    if os.environ.get("WORKBENCH_SCREENSHOTS"):
        window.resize(1280, 720)
        window.grab().save(os.path.join(os.environ["WORKBENCH_SCREENSHOTS"], "watchlists.png"))
    window.open_member(member_id)
    profile = window.page(MembersPage).profile
    qtbot.waitUntil(lambda: profile.watchlists.isVisible())
    assert "Spammers</b>: watch (Werbung)" in profile.watchlists.text()
    if os.environ.get("WORKBENCH_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["WORKBENCH_SCREENSHOTS"], "profile.png"))


def test_a_new_list_and_an_entry_from_the_page(qtbot, demo_store, tasks_for, monkeypatch):
    page = WatchlistsPage(demo_store, AUTHOR, tasks_for(demo_store))
    qtbot.addWidget(page)
    answers = iter([("Blocks", True), ("Spam.Example", True), ("Werbung", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("ban", True))
    page.new_list()
    qtbot.waitUntil(lambda: page.lists.topLevelItemCount() == 1)
    assert page.buttons["watchlistAdd"].isEnabled()
    page.add_entry()
    qtbot.waitUntil(lambda: page.entries.topLevelItemCount() == 1)
    entry = page.entries.topLevelItem(0)
    assert (entry.text(0), entry.text(1), entry.text(3)) == ("spam.example", "ban", "Werbung")
