from tests.conftest import AUTHOR
from workbench.core.events import eventlog
from workbench.core.queue import listing
from workbench.core.queue.listing import QueueFilter, Reason
from workbench.ui.dialogs.rules_dialog import RulesDialog


def test_a_rule_is_previewed_saved_as_an_event_and_checked_against_all_items(
    qtbot, demo_store, tasks_for
):
    dialog = RulesDialog(demo_store, AUTHOR, tasks_for(demo_store))
    qtbot.addWidget(dialog)
    dialog.name.setText("Krypto-Spam")
    dialog.kind.setCurrentIndex(dialog.kind.findData("keywords"))
    dialog.pattern.setPlainText("krypto, gewinn garantiert")
    dialog.preview()
    assert "Would flag" in dialog.status.text() and dialog.matches.count() > 0
    with qtbot.waitSignal(dialog.rescanned, timeout=20_000) as result:
        dialog.save()
    dialog.wait()
    assert result.args[0] > 0
    with demo_store.read() as connection:
        flagged = listing.count(connection, QueueFilter(reason=Reason.RULE))
        kinds = [e.kind for e in eventlog.iter_events(connection) if e.author_id == AUTHOR.id]
    assert flagged > 0 and kinds == ["rule.saved"]
    assert dialog.list.count() == 1 and dialog.list.item(0).text() == "Krypto-Spam"
    with qtbot.waitSignal(dialog.rescanned, timeout=20_000):
        dialog.delete_rule()
    dialog.wait()
    assert dialog.list.count() == 0 and dialog.current_id is None
    with demo_store.read() as connection:
        assert listing.count(connection, QueueFilter(reason=Reason.RULE)) == 0


def test_a_broken_rule_says_why_and_records_nothing(qtbot, demo_store, tasks_for):
    dialog = RulesDialog(demo_store, AUTHOR, tasks_for(demo_store))
    qtbot.addWidget(dialog)
    dialog.name.setText("Kaputt")
    dialog.kind.setCurrentIndex(dialog.kind.findData("regex"))
    dialog.pattern.setPlainText("(offen")
    before = demo_store.counts()["events"]
    dialog.save()
    dialog.wait()
    qtbot.waitUntil(lambda: "cannot be read" in dialog.status.text())
    assert dialog.save_button.isEnabled()
    assert demo_store.counts()["events"] == before
