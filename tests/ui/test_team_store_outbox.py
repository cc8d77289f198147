"""The window on a team store whose server goes away: the writes that may wait are kept in the
outbox, the status bar says how many, and they land (signed) when the server is back."""

import re

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import text

from tests.postgres.test_outbox import _decisions, _item_ids, server, store  # noqa: F401
from workbench.core.events import eventlog, signatures
from workbench.core.events.event import Kind
from workbench.core.queue import decisions
from workbench.core.settings import Author, Settings
from workbench.services.team import outbox
from workbench.ui.main_window import MainWindow
from workbench.ui.pages.queue_page import QueuePage

pytestmark = pytest.mark.postgres


def test_the_window_keeps_writes_while_offline_says_so_and_lands_them(
    qtbot,
    server,  # noqa: F811 (the fixture imported above)
    store,  # noqa: F811 (the fixture imported above)
    tmp_path,
    memory_keyring,
):
    ini = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, Settings().with_identity("Mara Lindqvist"), ini)
    qtbot.addWidget(window)
    window.show()
    author = window.settings.author()
    label = window.outbox_label
    try:
        items = _item_ids(store)[:10]
        server.pause()
        landed: list[object] = []
        for item in items:
            window.tasks.submit(outbox.decide([item], "remove", author), landed.append)
        qtbot.waitUntil(lambda: label.isVisible() and "10" in label.text(), timeout=10_000)
        # "changes" once the English plural forms have the new text (resources/translations)
        assert re.fullmatch(r"offline: 10 change(s|\(s\)) waiting", label.text())
        assert landed == []  # kept, not failed: nothing said went wrong
        server.resume()
        window.outbox.flush()  # the backoff's next try, without its wait
        qtbot.waitUntil(lambda: not label.isVisible(), timeout=20_000)
        assert _decisions(store) == {f"p{n}": 1 for n in range(10)}
        with store.read() as connection:
            decided = [e for e in eventlog.iter_events(connection) if e.kind == "queue.decided"]
        own = frozenset({signatures.check(decided[0], frozenset()).fingerprint or ""})
        assert {signatures.check(e, own).verdict for e in decided} == {
            signatures.Verdict.SIGNED
        }  # each signed with the manager's key from the keyring
    finally:
        window.tasks.stop()
        signatures.take_keys_from(None)


ANNA = Author(id="00000000-0000-4000-8000-00000000000a", name="Anna")


def test_decisions_keyed_offline_wait_land_once_and_a_colleagues_meanwhile_is_said(
    qtbot,
    server,  # noqa: F811 (the fixture imported above)
    store,  # noqa: F811 (the fixture imported above)
    tmp_path,
    memory_keyring,
):
    """Three items removed with the keyboard while the server is away wait in the outbox and
    land once each when it is back; one Anna removed meanwhile is refused and said. One she
    escalated before the window showed it lands: the outbox kept what the row showed."""
    with store.write() as connection:
        decisions.decide(connection, [_item_ids(store)[0]], "escalate", ANNA)
    ini = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, Settings().with_identity("Mara Lindqvist"), ini)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page, label = window.page(QueuePage), window.outbox_label
    try:
        qtbot.waitUntil(lambda: page.model.rowCount() >= 4, timeout=10_000)
        escalated = next(
            row
            for row in range(page.model.rowCount())
            if page.model.row_at(row).state == "escalated"
        )
        page.view.selectRow(escalated)
        page.view.setFocus()
        said_offline: list[str] = []
        page.message.connect(said_offline.append)
        server.pause()
        chosen: list[int] = []
        for _ in range(3):
            item = page.current_item()
            assert item is not None and item not in chosen
            chosen.append(item)
            qtbot.keyClick(page.view, "r")
        qtbot.waitUntil(lambda: label.isVisible() and "3" in label.text(), timeout=10_000)
        assert re.fullmatch(r"offline: 3 change(s|\(s\)) waiting", label.text())
        assert all(page.model.row_of(item) is None for item in chosen)  # decided, as shown
        qtbot.wait(500)  # the detail pane's reads of the next items fail meanwhile
        assert said_offline and not [m for m in said_offline if "Not recorded" in m]
        page.message.disconnect(said_offline.append)

        server.resume()
        with store.write() as connection:  # Anna, at her desk, before the window is back
            decisions.decide(connection, [chosen[2]], "remove", ANNA)
        window.outbox.flush()  # the backoff's next try, without its wait
        qtbot.waitUntil(lambda: not label.isVisible(), timeout=20_000)
        said = window.statusBar().currentMessage()
        assert f"Item #{chosen[2]} was already removed by Anna at" in said, said
        assert said.startswith("A change made while offline was refused:")
        with store.read() as connection:
            removed = [
                (event.author_name, event.payload["item"]["id"])
                for event in eventlog.iter_events(connection, kinds=(Kind.QUEUE_DECIDED,))
                if event.payload["decision"] == "remove"
            ]
            names = dict(
                connection.execute(
                    text("SELECT id, external_id FROM items WHERE id = ANY(:ids)"),
                    {"ids": chosen},
                ).all()
            )
        mara = window.settings.author().name
        assert sorted(removed) == sorted(
            [(mara, names[chosen[0]]), (mara, names[chosen[1]]), ("Anna", names[chosen[2]])]
        )  # each once; Mara's third never landed over Anna's
        assert window.outbox.outbox.count() == 0
    finally:
        window.tasks.stop()
        signatures.take_keys_from(None)
