import re

from tests.conftest import AUTHOR
from workbench.core.events import eventlog
from workbench.core.queue import listing, rules
from workbench.core.queue.highlight import Excerpt, Span
from workbench.core.queue.listing import QueueFilter, Reason
from workbench.ui.dialogs.rules_dialog import MARKED_ROLE, RulesDialog, marked_html


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
    first = dialog.matches.item(0)
    assert re.search(r"krypto|gewinn garantiert", first.text(), re.IGNORECASE)
    marked = re.findall(
        r"<span style=\"background-color[^>]*>([^<]*)</span>", first.data(MARKED_ROLE)
    )
    assert marked and all(re.fullmatch(r"krypto|gewinn\s+garantiert", m, re.I) for m in marked)
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


def test_the_preview_says_how_many_in_all_and_marks_untrusted_text_safely(
    qtbot, demo_store, tasks_for
):
    dialog = RulesDialog(demo_store, AUTHOR, tasks_for(demo_store))
    qtbot.addWidget(dialog)
    dialog.name.setText("Überall")
    dialog.kind.setCurrentIndex(dialog.kind.findData("regex"))
    dialog.pattern.setPlainText(r"\w")
    dialog.preview()
    assert dialog.matches.count() == 50 and "the first 50 are listed" in dialog.status.text()
    dialog.pattern.setPlainText("zzzqqqxxx")
    dialog.preview()
    assert dialog.matches.count() == 0 and "none of the newest" in dialog.status.text()
    hit = rules.PreviewHit(7, "<b>Titel</b>", Excerpt("a <script> b", (Span(2, 10),)))
    assert "&lt;script&gt;</span>" in marked_html(hit) and "<script>" not in marked_html(hit)
