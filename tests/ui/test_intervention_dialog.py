"""The intervention dialog follows its own advice: it preselects what the team's ladder
suggests, and on several members names each one's strikes and step."""

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import AUTHOR
from workbench.core import clock
from workbench.core.interventions import enforcement
from workbench.core.interventions.logbook import Targets
from workbench.ui import labels
from workbench.ui.dialogs.intervention_dialog import InterventionDialog, ask_and_log


@pytest.fixture
def english(qapp):
    """The shipped English forms: "1 active strike", "0 active strikes"."""
    from workbench.ui.app import install_translations

    installed = install_translations(qapp, QLocale("en_GB"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def advised(demo_store, english):
    """Every member's advice, read once: (members with no strike, members with some)."""
    with demo_store.read() as connection:
        ids = [i for (i,) in connection.exec_driver_sql("SELECT id FROM members ORDER BY id")]
        every = enforcement.recommend_each(connection, ids, clock.now())
    clean = [a for a in every if not a.recommendation.strikes]
    struck = [a for a in every if a.recommendation.strikes]
    assert clean and struck, "the demo has members with and without strikes"
    return clean, struck


def _shown(qtbot, monkeypatch, store, tasks_for, member_ids):
    """The dialog ask_and_log opens for these members, as it stands when it opens."""
    seen = []

    def look(dialog):
        qtbot.addWidget(dialog)
        seen.append(dialog)
        return InterventionDialog.DialogCode.Rejected

    monkeypatch.setattr(InterventionDialog, "exec", look)
    ask_and_log(None, store, tasks_for(store), AUTHOR, Targets(member_ids), {}, print)
    return seen[0]


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_suggested_step_is_preselected(qtbot, monkeypatch, demo_store, tasks_for, advised):
    _, struck = advised
    member = struck[0]
    suggested = member.recommendation.next_kind
    assert suggested != "welcome"
    dialog = _shown(qtbot, monkeypatch, demo_store, tasks_for, [member.member_id])
    assert dialog.kind.currentData() == suggested
    assert f"the team's ladder suggests: {dialog.kind.currentText()}." in dialog.advice.text()
    assert _ok(dialog).isEnabled() and dialog.kind_needed.isHidden()


def test_several_members_with_one_step_are_each_named(
    qtbot, monkeypatch, demo_store, tasks_for, advised
):
    clean, _ = advised
    first, second = clean[:2]
    dialog = _shown(qtbot, monkeypatch, demo_store, tasks_for, [first.member_id, second.member_id])
    assert dialog.kind.currentData() == "warning"
    text = dialog.advice.text()
    assert "The team's ladder suggests: Warning, for each of them." in text
    for member in (first, second):
        assert f"{member.handle}: 0 active strikes; the ladder suggests: Warning." in text


def test_several_members_with_different_steps_get_no_kind_chosen_for_them(
    qtbot, monkeypatch, demo_store, tasks_for, advised
):
    clean, struck = advised
    member = next(a for a in struck if a.recommendation.next_kind != "warning")
    dialog = _shown(
        qtbot, monkeypatch, demo_store, tasks_for, [clean[0].member_id, member.member_id]
    )
    assert dialog.kind.currentIndex() == -1
    assert not _ok(dialog).isEnabled() and not dialog.kind_needed.isHidden()
    assert not dialog.follow_up.isChecked() and not dialog.follow_up_date.isEnabled()
    assert dialog.follow_up_date.date() == QDate.currentDate()
    text = dialog.advice.text()
    assert "suggests different steps for these members" in text
    assert f"{clean[0].handle}: 0 active strikes; the ladder suggests: Warning." in text
    strikes = len(member.recommendation.strikes)
    shown = "1 active strike;" if strikes == 1 else f"{strikes} active strikes;"
    kind = labels.intervention_kinds()[member.recommendation.next_kind]
    assert f"{member.handle}: {shown} the ladder suggests: {kind}." in text
    dialog.kind.setCurrentIndex(dialog.kind.findData("warning"))
    assert _ok(dialog).isEnabled() and dialog.kind_needed.isHidden()
    assert dialog.follow_up.isChecked()  # the kind's own follow-up, once it is chosen


def test_the_ladder_agrees_only_when_every_step_is_the_same(advised):
    clean, struck = advised
    other = next(a for a in struck if a.recommendation.next_kind != "warning")
    assert enforcement.agreed_step(clean[:3]) == "warning"
    assert enforcement.agreed_step([clean[0], other]) is None
    assert enforcement.agreed_step([]) is None
