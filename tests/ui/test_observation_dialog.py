"""The observation dialog records only what the manager saw, beside a chart that says when."""

from PySide6.QtCore import Qt

from workbench.core.interventions import followups
from workbench.ui.dialogs.observation_dialog import ObservationDialog
from workbench.ui.local_time import shown
from workbench.ui.widgets.activity_chart import DAY, DailyActivityChart


def _dialog(qtbot, store):
    with store.read() as connection:
        entry = next(e for e in followups.intervention_log(connection) if e.targets)
    dialog = ObservationDialog(entry.intervention_id, "Warning · someone", store)
    qtbot.addWidget(dialog)
    return dialog


def test_no_outcome_is_chosen_until_the_manager_chooses_one(qtbot, demo_store):
    dialog = _dialog(qtbot, demo_store)
    dialog.show()
    assert dialog.outcome.currentIndex() == -1 and dialog.outcome.currentData() is None
    assert dialog.outcome.placeholderText() == "Choose what you saw…"
    assert not dialog.ok_button.isEnabled()
    assert dialog.outcome_needed.isVisible()
    assert dialog.ok_button.toolTip() == dialog.outcome_needed.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # a hurried Enter records nothing
    assert dialog.isVisible() and dialog.result() != ObservationDialog.DialogCode.Accepted
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("no_change"))
    assert dialog.ok_button.isEnabled() and not dialog.outcome_needed.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == ObservationDialog.DialogCode.Accepted


def test_the_chart_dates_its_days_and_marks_the_intervention(qtbot, demo_store):
    dialog = _dialog(qtbot, demo_store)
    chart, at = dialog.chart, dialog.measured.at
    assert chart.dates() == [DailyActivityChart.date_at(at + k * DAY) for k in (-7, 0, 7)]
    assert chart.intervention_mark() == (13.5, f"Intervention, {shown(at)}")
    dialog.days.setValue(3)
    assert chart.dates() == [DailyActivityChart.date_at(at + k * DAY) for k in (-1, 0, 1)]
    assert chart.intervention_mark() == (2.5, f"Intervention, {shown(at)}")
    assert len(chart.chart().axes()) == 2  # changed in place, not stacked on the old ones
    # Whole steps on the count axis, up to the highest day.
    step, top = chart.counts.tickInterval(), chart.counts.max()
    assert step == int(step) >= 1 and top % step == 0 and top >= max(dialog.measured.daily)
