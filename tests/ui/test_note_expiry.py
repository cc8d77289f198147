"""A note may carry an expiry: after it, the note leaves the profile, the queue's card, the
item's history and shared bundles (the event stays in the log, as every event does)."""

from pathlib import Path

from tests.conftest import AUTHOR
from tests.core.team.support import manager
from workbench.core import clock
from workbench.core.members import profile, roster
from workbench.core.queue import items
from workbench.core.team.bundles.reader import read_bundle


def test_an_expired_note_leaves_the_views_and_bundles(demo_store, tmp_path: Path):
    with demo_store.write() as connection:
        member_id, item_id = connection.exec_driver_sql(
            "SELECT member_id, id FROM items WHERE member_id IS NOT NULL LIMIT 1"
        ).one()
        now = clock.now()
        roster.add_note(
            connection,
            member_id,
            "other",
            "abgelaufen",
            AUTHOR,
            item_id=item_id,
            expires_at=now - 1,
        )
        roster.add_note(
            connection,
            member_id,
            "other",
            "noch gültig",
            AUTHOR,
            item_id=item_id,
            expires_at=now + 3600,
        )
        roster.add_note(connection, member_id, "other", "für immer", AUTHOR)
    with demo_store.read() as connection:
        card = items.member_card(connection, member_id)
        shown = [text for _type, text, _author, _at in card.notes]
        timeline = [entry.summary for entry in profile.timeline(connection, member_id, limit=500)]
        history = [entry.text for entry in items.history(connection, item_id)]
    assert "noch gültig" in shown and "für immer" in shown and "abgelaufen" not in shown
    assert any("noch gültig" in s for s in timeline)
    assert not any("abgelaufen" in s for s in timeline)
    assert "noch gültig" in history and "abgelaufen" not in history
    bundle = read_bundle(manager("Alice", 1, demo_store).export(tmp_path / "a.wblog").path)
    texts = {e["payload"].get("text") for e in bundle.events}
    assert {"noch gültig", "für immer"} <= texts and "abgelaufen" not in texts


def test_the_note_dialog_offers_how_long_to_keep_a_note(qtbot):
    from workbench.ui.dialogs.note_dialog import NoteDialog

    dialog = NoteDialog("anna", [])
    qtbot.addWidget(dialog)
    assert dialog.expires_at() is None  # for good, unless chosen
    dialog.keep.setCurrentIndex(dialog.keep.findData(90))
    expected = clock.now() + 90 * 86_400
    assert abs((dialog.expires_at() or 0) - expected) <= 2
