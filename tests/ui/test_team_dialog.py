"""Team setup: the team's own words and ladder, and that the other dialogs offer them."""

import pytest

from tests.conftest import AUTHOR
from workbench.core.events import eventlog
from workbench.core.interventions import enforcement
from workbench.core.team import vocabulary
from workbench.core.team.vocabulary import Vocabulary
from workbench.ui.dialogs.team_dialog import TeamDialog
from workbench.ui.tasks.runner import TaskRunner


@pytest.fixture
def writer(store):
    writer = TaskRunner(store)
    yield writer
    writer.stop()


def test_a_team_kind_is_added_retired_and_only_team_terms_can_be_retired(qtbot, store, writer):
    dialog = TeamDialog(store, AUTHOR, writer)
    qtbot.addWidget(dialog)
    tab = dialog.kinds
    assert tab.list.count() == 12
    assert (
        tab.list.item(4).text() == "Warning — look again after 7 days, strike, speaks as if alive"
    )
    tab.list.setCurrentRow(0)
    assert not tab.retire_button.isEnabled()
    tab.name.setText("Dankeschön-Paket")
    tab.follow_up.setValue(10)
    tab.living.setChecked(True)
    tab.add()
    writer.wait_idle()
    assert tab.list.item(12).text() == (
        "Dankeschön-Paket — look again after 10 days, speaks as if alive"
    )
    tab.name.setText("dankeschön-paket")
    tab.add()
    writer.wait_idle()
    assert "already" in tab.status.text() and tab.list.count() == 13
    with store.read() as connection:
        term = vocabulary.find(connection, Vocabulary.INTERVENTION_KIND, "Dankeschön-Paket")
    assert term is not None and term.follow_up_days == 10 and term.addresses_the_living
    tab.list.setCurrentRow(12)
    assert tab.retire_button.isEnabled()
    tab.retire()
    writer.wait_idle()
    assert tab.list.count() == 12
    with store.read() as connection:
        kinds = [e.kind for e in eventlog.iter_events(connection)]
    assert kinds == ["term.added", "term.retired"]


def test_the_ladder_is_edited_with_a_team_kind(qtbot, store, writer):
    dialog = TeamDialog(store, AUTHOR, writer)
    qtbot.addWidget(dialog)
    dialog.kinds.name.setText("Gelbe Karte")
    dialog.kinds.strike.setChecked(True)
    dialog.kinds.add()
    writer.wait_idle()
    dialog.tabs.setCurrentWidget(dialog.ladder)
    ladder = dialog.ladder
    assert ladder.chosen() == ["warning", "temporary_mute", "ban"]
    ladder.kind.setCurrentIndex(ladder.kind.findData("Gelbe Karte"))
    ladder._add_step(ladder.kind.currentData())
    ladder.steps.setCurrentRow(3)
    ladder._move_up()
    ladder.steps.setCurrentRow(0)
    ladder.steps.takeItem(0)
    ladder.expiry.setValue(60)
    ladder.save()
    writer.wait_idle()
    assert "Saved" in ladder.status.text()
    with store.read() as connection:
        assert enforcement.ladder(connection) == enforcement.Ladder(
            ("temporary_mute", "Gelbe Karte", "ban"), 60
        )
    ladder.steps.clear()
    ladder.save()
    writer.wait_idle()
    assert "at least one step" in ladder.status.text()


def test_the_note_and_intervention_dialogs_offer_the_team_words(qtbot, demo_store, monkeypatch):
    from workbench.core.interventions.logbook import Targets
    from workbench.ui.dialogs.intervention_dialog import InterventionDialog, ask_and_log

    with demo_store.write() as connection:
        vocabulary.add(
            connection, Vocabulary.INTERVENTION_KIND, "Blumenstrauß", AUTHOR, follow_up_days=2
        )
        member_id = connection.exec_driver_sql("SELECT min(id) FROM members").scalar()
    chosen = []

    def pick_team_kind(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("Blumenstrauß"))
        chosen.append((dialog.kind.currentText(), dialog.follow_up.isChecked()))
        return InterventionDialog.DialogCode.Accepted

    monkeypatch.setattr(InterventionDialog, "exec", pick_team_kind)
    writer = TaskRunner(demo_store)
    logged = []
    ask_and_log(None, demo_store, writer, AUTHOR, Targets([member_id]), {}, logged.append)
    writer.wait_idle()
    writer.stop()
    assert chosen == [("Blumenstrauß", True)]
    assert logged and logged[0].payload["kind"] == "Blumenstrauß"
