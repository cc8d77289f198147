from PySide6.QtCore import Qt

from tests.conftest import AUTHOR
from workbench.core.events import eventlog
from workbench.ui.dialogs.observation_dialog import ObservationDialog
from workbench.ui.pages.followups_page import FollowUpsPage
from workbench.ui.tasks.runner import TaskRunner


def test_follow_ups_are_grouped_and_an_observation_closes_one(qtbot, demo_store, monkeypatch):
    writer = TaskRunner(demo_store)
    page = FollowUpsPage(demo_store, AUTHOR, writer)
    qtbot.addWidget(page)
    groups = [page.tree.topLevelItem(n) for n in range(page.tree.topLevelItemCount())]
    assert [g.text(0).split(" (")[0] for g in groups] == ["Overdue", "Due today", "Next two weeks"]
    total = sum(g.childCount() for g in groups)
    assert groups[0].childCount() >= 1  # the demo's follow-ups lie around its own "now"
    first = groups[0].child(0)
    chosen = first.data(0, Qt.ItemDataRole.UserRole).intervention_id
    page.tree.setCurrentItem(first)

    def record(dialog):
        # The measured effect, shown beside the form: a statement to a whole community is
        # measured on the community, an intervention on members on those members.
        community = dialog.measured.community_before is not None
        reactions = len(dialog.measured.reactions)
        assert dialog.figures.rowCount() == (3 if community else 6) + reactions
        assert dialog.figures.item(0, 0).text() == (
            "Active members" if community else "Items posted"
        )
        # The chart draws the same days: grey before the intervention, coloured after it.
        bars = dialog.chart.bars()
        daily = dialog.measured.daily
        assert len(bars) == len(daily) == 28
        assert [b + a for b, a in bars] == daily
        assert all(a == 0 for _, a in bars[:14]) and all(b == 0 for b, _ in bars[14:])
        before, after = sum(daily[:14]), sum(daily[14:])
        assert dialog.chart.accessibleDescription() == (
            f"{before} items in the 14 days before, {after} in the 14 days after."
        )
        measured = dialog.measured
        community = measured.community_before
        posted = measured.before.items if community is None else community.items_per_day * 14
        assert sum(daily[:14]) == round(posted)
        dialog.days.setValue(7)
        assert len(dialog.chart.bars()) == 14
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("improved"))
        dialog.text.setPlainText("Seit der Warnung freundlich.")
        return ObservationDialog.DialogCode.Accepted

    monkeypatch.setattr(ObservationDialog, "exec", record)
    page.observe()
    writer.wait_idle()
    writer.stop()
    assert sum(page.tree.topLevelItem(n).childCount() for n in range(3)) == total - 1
    with demo_store.read() as connection:
        observed = [
            e for e in eventlog.iter_events(connection) if e.kind == "intervention.observed"
        ]
    assert observed[-1].payload["outcome"] == "improved"
    assert set(observed[-1].payload["metrics"]) >= {"before", "after", "days"}
    assert observed[-1].payload["intervention"] == chosen


def _interventions_page(qtbot, store):
    from workbench.ui.pages.interventions_page import InterventionsPage

    writer = TaskRunner(store)
    page = InterventionsPage(store, AUTHOR, writer)
    qtbot.addWidget(page)
    return page, writer


def test_any_logged_intervention_takes_observations_from_the_log(qtbot, demo_store, monkeypatch):
    page, writer = _interventions_page(qtbot, demo_store)
    assert not page.observe_button.isEnabled()
    # One without a follow-up: the follow-ups view never offers it, the log does.
    row = next(n for n, entry in enumerate(page.logged) if entry.follow_up_at is None)
    chosen = page.logged[row].intervention_id
    page.tree.setCurrentItem(page.tree.topLevelItem(row))
    assert page.observe_button.isEnabled()
    outcomes = iter(["unclear", "improved"])

    def record(dialog):
        assert dialog.figures.rowCount() > 0 and dialog.intervention_id == chosen
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(next(outcomes)))
        return ObservationDialog.DialogCode.Accepted

    monkeypatch.setattr(ObservationDialog, "exec", record)
    for _ in range(2):
        page.observe_current()
        writer.wait_idle()
    writer.stop()
    with demo_store.read() as connection:
        observed = [
            e.payload["outcome"]
            for e in eventlog.iter_events(connection)
            if e.kind == "intervention.observed" and e.payload["intervention"] == chosen
        ]
    assert observed[-2:] == ["unclear", "improved"]
    entry = next(e for e in page.logged if e.intervention_id == chosen)
    assert entry.outcome == "improved"  # the log shows the latest


def test_the_interventions_page_lists_the_log_newest_first(qtbot, demo_store):
    page, writer = _interventions_page(qtbot, demo_store)
    writer.stop()
    rows = [page.tree.topLevelItem(n) for n in range(page.tree.topLevelItemCount())]
    assert len(rows) == demo_store.counts()["interventions"]
    times = [row.text(0) for row in rows]
    assert times == sorted(times, reverse=True)
    assert any(
        row.text(1) == "Public statement" and row.text(3) == "Werkstatt-Blog" for row in rows
    )


def test_correcting_an_intervention_records_only_what_changed(qtbot, demo_store, monkeypatch):
    from workbench.ui.dialogs.intervention_dialog import InterventionDialog

    page, writer = _interventions_page(qtbot, demo_store)
    entry = page.logged[0]
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    seen = {}

    def correct(dialog):
        seen["message"] = dialog.message.toPlainText()
        seen["kind"] = dialog.kind.currentData()
        dialog.rationale.setText("Nach Rücksprache im Team.")
        return InterventionDialog.DialogCode.Accepted

    monkeypatch.setattr(InterventionDialog, "exec", correct)
    page.correct_current()
    writer.wait_idle()
    writer.stop()
    assert seen == {"message": entry.message, "kind": entry.kind}
    with demo_store.read() as connection:
        edits = [e for e in eventlog.iter_events(connection) if e.kind == "intervention.edited"]
    assert [e.payload for e in edits] == [
        {
            "intervention": entry.intervention_id,
            "changes": {"rationale": "Nach Rücksprache im Team."},
            "based_on": entry.intervention_id,  # the version corrected: the first record
        }
    ]
    assert page.logged[0].rationale == "Nach Rücksprache im Team."


def test_the_members_page_lists_filters_and_shows_a_card(qtbot, demo_store, tasks_for):
    from workbench.ui.pages.members_page import MembersPage

    page = MembersPage(demo_store, AUTHOR, tasks_for(demo_store))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.list.topLevelItemCount() == 200
    assert page.shown_count.text().endswith("shown, more as you scroll")
    bar = page.list.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # halfway down the first 200: nothing more yet
    assert page.list.topLevelItemCount() == 200
    bar.setValue(bar.maximum())  # near the end, the next 200 come
    assert page.list.topLevelItemCount() == 400
    page.status.setCurrentIndex(page.status.findData("memorialized"))
    assert page.list.topLevelItemCount() == 1
    page.list.setCurrentItem(page.list.topLevelItem(0))
    assert "has died" in page.card.toPlainText()


def test_the_profile_shows_timeline_chart_partners_and_ratings(qtbot, demo_store, tasks_for):
    from PySide6.QtCharts import QBarSeries, QDateTimeAxis

    from workbench.ui.pages.members_page import MembersPage

    page = MembersPage(demo_store, AUTHOR, tasks_for(demo_store))
    qtbot.addWidget(page)
    with demo_store.read() as connection:
        rated = connection.exec_driver_sql(
            "SELECT m.id FROM members m JOIN ratings r ON r.member_id = m.id "
            "ORDER BY m.item_count DESC LIMIT 1"
        ).scalar_one()
    page.show_member(rated)
    view = page.profile
    assert view.timeline.topLevelItemCount() > 0
    kinds = {
        view.timeline.topLevelItem(n).text(1) for n in range(view.timeline.topLevelItemCount())
    }
    assert "post" in kinds
    series = [s for s in view.chart.series() if isinstance(s, QBarSeries)]
    assert len(series) == 1 and series[0].count() == 2 and series[0].barSets()[0].count() == 26
    assert "★" in view.card.toPlainText()
    # Months under the weekly columns, spanning the same weeks.
    (dates,) = [a for a in view.chart.axes() if isinstance(a, QDateTimeAxis)]
    assert dates.min().daysTo(dates.max()) == 26 * 7


def test_the_profile_timeline_opens_posts_and_decided_items(
    qtbot, demo_store, monkeypatch, tasks_for
):
    from PySide6.QtCore import Qt

    from workbench.ui.dialogs.item_dialog import ItemDialog
    from workbench.ui.pages.members_page import MembersPage

    with demo_store.read() as connection:
        decided = connection.exec_driver_sql(
            "SELECT i.member_id FROM queue_decisions d JOIN items i ON i.id = d.item_id LIMIT 1"
        ).scalar_one()
    page = MembersPage(demo_store, AUTHOR, tasks_for(demo_store))
    qtbot.addWidget(page)
    page.show_member(decided)
    opened = []
    monkeypatch.setattr(ItemDialog, "exec", lambda dialog: opened.append(dialog.detail))
    rows = [
        page.profile.timeline.topLevelItem(n)
        for n in range(page.profile.timeline.topLevelItemCount())
    ]
    by_kind = {row.data(0, Qt.ItemDataRole.UserRole).kind: row for row in reversed(rows)}
    page.profile.open_entry(by_kind["decision"])
    qtbot.waitUntil(lambda: len(opened) == 1)  # each is read on a worker thread
    page.profile.open_entry(by_kind["item"])
    qtbot.waitUntil(lambda: len(opened) == 2)
    decision = by_kind["decision"].data(0, Qt.ItemDataRole.UserRole)
    with demo_store.read() as connection:
        body = connection.exec_driver_sql(
            "SELECT i.body FROM queue_decisions d JOIN items i ON i.id = d.item_id "
            "WHERE d.event_id = ?",
            (decision.ref,),
        ).scalar_one()
    assert " ".join(body.split())[:40] in " ".join(opened[0].toPlainText().split())
    assert "Full profile" not in opened[0].toPlainText()  # already on the profile
    if "note" in by_kind:
        page.profile.open_entry(by_kind["note"])
        page.tasks.wait_idle()
        assert len(opened) == 2  # the demo's notes are on members alone: no item to open


def test_the_profile_changes_status_tags_and_ratings(qtbot, demo_store, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from tests.conftest import AUTHOR
    from workbench.core.queue import items
    from workbench.core.team import vocabulary
    from workbench.core.team.vocabulary import Vocabulary
    from workbench.ui.dialogs.note_dialog import NoteDialog
    from workbench.ui.pages.members_page import MembersPage

    writer = TaskRunner(demo_store)
    page = MembersPage(demo_store, AUTHOR, writer)
    qtbot.addWidget(page)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    member_id = page.profile.member_id
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("memorialized", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.profile.change_status()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("helper", True))
    page.profile.add_tag()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Expertise", True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (5, True))
    page.profile.add_rating()

    def note(dialog):
        assert dialog.kind.findData("Troll") >= 0  # the team's own note type is offered
        dialog.kind.setCurrentIndex(dialog.kind.findData("spam_watch"))
        dialog.text.setPlainText("Verlinkt seit gestern nur noch den eigenen Shop.")
        return NoteDialog.DialogCode.Accepted

    with demo_store.write() as connection:
        vocabulary.add(connection, Vocabulary.NOTE_TYPE, "Troll", AUTHOR)
    monkeypatch.setattr(NoteDialog, "exec", note)
    page.profile.add_note()
    writer.wait_idle()
    writer.stop()
    with demo_store.read() as connection:
        card = items.member_card(connection, member_id)
    assert card.status == "memorialized" and "helper" in card.tags
    assert card.notes[0][:2] == ("spam_watch", "Verlinkt seit gestern nur noch den eigenen Shop.")
    assert (
        "has died" in page.profile.card.toPlainText()
        and "Expertise: 5" in page.profile.card.toPlainText()
    )


def test_an_intervention_from_the_profile_asks_first_for_a_member_who_died(
    qtbot, demo_store, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from tests.conftest import AUTHOR
    from workbench.core.members import roster
    from workbench.ui.dialogs.intervention_dialog import InterventionDialog
    from workbench.ui.pages.members_page import MembersPage

    writer = TaskRunner(demo_store)
    page = MembersPage(demo_store, AUTHOR, writer)
    qtbot.addWidget(page)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    member_id = page.profile.member_id
    with demo_store.write() as connection:
        roster.set_status(connection, member_id, "memorialized", AUTHOR)

    def welcome(dialog):
        assert "the team's ladder suggests" in dialog.advice.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData("welcome"))
        return InterventionDialog.DialogCode.Accepted

    monkeypatch.setattr(InterventionDialog, "exec", welcome)
    asked = []
    for answer in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes):
        monkeypatch.setattr(
            QMessageBox, "question", lambda *a, answer=answer, **k: asked.append(a[2]) or answer
        )
        before = demo_store.counts()["interventions"]
        page.profile.intervene()
        writer.wait_idle()
        logged = demo_store.counts()["interventions"] - before
        assert logged == (1 if answer == QMessageBox.StandardButton.Yes else 0)
    writer.stop()
    assert len(asked) == 2 and "died" in asked[0]


def test_erasing_from_the_profile_asks_twice(qtbot, demo_store, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from tests.conftest import AUTHOR
    from workbench.core.queue import items
    from workbench.ui.pages.members_page import MembersPage

    writer = TaskRunner(demo_store)
    page = MembersPage(demo_store, AUTHOR, writer)
    qtbot.addWidget(page)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    member_id = page.profile.member_id
    with demo_store.read() as connection:
        handle = items.member_card(connection, member_id).handle
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: asked.append("warning") or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(  # where others name the member: left as it is
        QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No
    )
    answers = iter([("wrong", True), ("", False)])  # a typo, then the manager cancels
    prompts = []

    def type_handle(_parent, _title, prompt):
        asked.append("typed")
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", type_handle)
    page.profile.erase_member()
    writer.wait_idle()
    with demo_store.read() as connection:
        assert items.member_card(connection, member_id).handle == handle  # a wrong handle: nothing
    assert "'wrong' is not" in prompts[1] and "nothing was erased" in prompts[1]
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: asked.append("typed") or (handle, True)
    )
    page.profile.erase_member()
    writer.wait_idle()
    writer.stop()
    with demo_store.read() as connection:
        assert items.member_card(connection, member_id).handle.startswith("erased-")
    assert asked == ["warning", "typed", "typed", "warning", "typed"]


def test_suggested_links_are_accepted_or_rejected_in_the_dialog(qtbot, store):
    from tests.conftest import AUTHOR
    from workbench.core import sources
    from workbench.core.ingest import Ingestor
    from workbench.core.members import persons
    from workbench.core.records import MemberRecord
    from workbench.ui.dialogs.links_dialog import LinksDialog

    with store.write() as connection:
        for network in ("forum", "discord"):
            source = sources.ensure(connection, name=network, kind="test", network=network)
            ingestor = Ingestor(connection, source, now=1)
            ingestor.add(MemberRecord(network, "x", handle="holzwurm", display_name="Anna Berg"))
            ingestor.add(
                MemberRecord(network, "y", handle=f"{network}-carl", display_name="Carl Dorn")
            )
            ingestor.finish()
    writer = TaskRunner(store)
    dialog = LinksDialog(store, AUTHOR, writer)
    qtbot.addWidget(dialog)
    dialog.wait()
    assert dialog.list.count() == 2
    texts = [dialog.list.item(n).text() for n in range(2)]
    assert "the same handle" in texts[0] and "a very similar full name" in texts[1]
    dialog.decide(True)
    writer.wait_idle()
    dialog.decide(False)
    writer.wait_idle()
    assert dialog.list.count() == 0
    dialog.reload()
    dialog.wait()
    writer.stop()
    assert dialog.list.count() == 0 and dialog.status.text().startswith("No suggestions")
    with store.read() as connection:
        linked = connection.exec_driver_sql(
            "SELECT id FROM members WHERE handle = 'holzwurm' LIMIT 1"
        ).scalar_one()
        assert len(persons.identities(connection, linked)) == 2


def test_the_effectiveness_report_is_shown_and_exported(qtbot, demo_store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    page, writer = _interventions_page(qtbot, demo_store)
    writer.stop()
    assert page.rows == []  # read when its tab is shown, not with the page
    page.tabs.setCurrentWidget(page.report_tab)
    assert page.report.rowCount() == len(page.rows) > 0
    total = sum(int(page.report.item(r, 1).text()) for r in range(page.report.rowCount()))
    assert total == demo_store.counts()["interventions"]
    assert len(page.chart.series()) == 1
    page.by.setCurrentIndex(1)
    manager = page.by.currentData()
    with demo_store.read() as connection:
        theirs = connection.exec_driver_sql(
            "SELECT count(*) FROM interventions WHERE author_name = ?", (manager,)
        ).scalar_one()
    shown = sum(int(page.report.item(r, 1).text()) for r in range(page.report.rowCount()))
    assert 0 < shown == theirs < total
    page.by.setCurrentIndex(0)
    target = tmp_path / "report.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_csv()
    assert target.read_text().startswith("kind,count,")


def test_follow_ups_falling_due_are_announced_once(qtbot, demo_store, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from tests.conftest import AUTHOR, DEMO_NOW
    from workbench.core.interventions import followups
    from workbench.core.settings import Settings
    from workbench.ui.main_window import MainWindow

    window = MainWindow(
        demo_store,
        Settings().with_identity(AUTHOR.name),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window._last_due_check = DEMO_NOW  # as if the window had been opened on the demo's day
    with demo_store.read() as connection:
        upcoming = [
            f for f in followups.open_follow_ups(connection, 2**40) if f.follow_up_at > DEMO_NOW
        ]
    assert upcoming, "the demo has follow-ups still to come"
    moment = upcoming[0].follow_up_at

    def look(now: int) -> str:
        """What the status bar says after the window looked for follow-ups due at ``now``."""
        window.statusBar().clearMessage()
        window.announce_due_follow_ups(now=now)
        window.tasks.wait_idle()
        qtbot.waitUntil(lambda: not window._due_reading)
        return window.statusBar().currentMessage()

    def away(*_args: object) -> None:
        raise OSError("the team store's server is away")

    with monkeypatch.context() as patched:  # a read that fails announces nothing, loses nothing
        patched.setattr(followups, "falling_due", away)
        assert look(moment) == ""
    assert "follow-up" in look(moment)
    assert look(moment) == ""  # once only
    window.close()


def test_a_new_intervention_from_the_log_on_two_members(qtbot, demo_store, monkeypatch):
    from workbench.ui.dialogs.intervention_dialog import InterventionDialog
    from workbench.ui.dialogs.targets_dialog import TargetsDialog

    page, writer = _interventions_page(qtbot, demo_store)
    with demo_store.read() as connection:
        handles = [
            f"{network}:{handle}"
            for network, handle in connection.exec_driver_sql(
                "SELECT network, handle FROM members WHERE status = 'active' ORDER BY id LIMIT 2"
            )
        ]
    problems = []

    def name(text):
        def fill(dialog):
            dialog.handles.setText(text)
            dialog.buttons.accepted.emit()
            problems.append(dialog.problem.text())
            return dialog.result()

        return fill

    monkeypatch.setattr(TargetsDialog, "exec", name("niemand-hier"))
    page.new_intervention()
    assert "niemand-hier" in problems[0]

    def nudge(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("nudge"))
        return InterventionDialog.DialogCode.Accepted

    monkeypatch.setattr(InterventionDialog, "exec", nudge)
    monkeypatch.setattr(TargetsDialog, "exec", name(", ".join(handles)))
    page.new_intervention()
    writer.wait_idle()
    writer.stop()
    newest = page.logged[0]
    assert newest.kind == "nudge" and len(newest.targets) == 2


def test_a_new_intervention_on_a_whole_community(qtbot, demo_store, monkeypatch):
    from workbench.ui.dialogs.intervention_dialog import InterventionDialog
    from workbench.ui.dialogs.targets_dialog import TargetsDialog

    page, writer = _interventions_page(qtbot, demo_store)

    chosen = []

    def community(dialog):
        dialog.community_choice.setChecked(True)
        dialog.community.setCurrentIndex(1)
        chosen.append(dialog.community.currentData())
        dialog.buttons.accepted.emit()
        return dialog.result()

    offered = []

    def announce(dialog):
        offered.append((dialog.kind.currentData(), dialog.advice.isVisibleTo(dialog)))
        return InterventionDialog.DialogCode.Accepted

    monkeypatch.setattr(TargetsDialog, "exec", community)
    monkeypatch.setattr(InterventionDialog, "exec", announce)
    page.new_intervention()
    writer.wait_idle()
    writer.stop()
    assert offered == [("community_announcement", False)]
    with demo_store.read() as connection:
        targets = connection.exec_driver_sql(
            "SELECT member_id, item_id, source_id FROM intervention_targets "
            "WHERE intervention_id = ?",
            (page.logged[0].intervention_id,),
        ).all()
    assert [tuple(row) for row in targets] == [(None, None, chosen[0])]
