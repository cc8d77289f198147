"""Recording what happened after an intervention: an outcome, what the manager saw, perhaps
the next follow-up, beside the measured effect and a chart of the targets' days. Opened from a
due follow-up or from any entry of the Interventions log; each observation is a new event.

No outcome is chosen until the manager chooses one: a hurried OK must not record a success (or
a failure) that no one saw."""

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from workbench.core.events.projections import OUTCOMES
from workbench.core.interventions import effect, followups
from workbench.core.interventions.effect import Effect, Window
from workbench.core.settings import Author
from workbench.core.store import Connection, Store
from workbench.ui import labels
from workbench.ui.local_time import follow_up_due
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.widgets.activity_chart import DailyActivityChart


class ObservationDialog(QDialog):
    def __init__(
        self,
        intervention_id: str,
        heading: str,
        store: Store | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.intervention_id = intervention_id
        self.measured: Effect | None = None
        self.setObjectName("observationDialog")
        self.setWindowTitle(self.tr("What happened since?"))
        outcome_labels = {
            "improved": self.tr("Improved"),
            "no_change": self.tr("No change"),
            "worsened": self.tr("Worsened"),
            "unclear": self.tr("Unclear"),
        }
        self.outcome = QComboBox()
        self.outcome.setObjectName("observationOutcome")
        for outcome in OUTCOMES:
            self.outcome.addItem(outcome_labels[outcome], outcome)
        self.outcome.setPlaceholderText(self.tr("Choose what you saw…"))
        self.outcome.setCurrentIndex(-1)
        self.outcome_needed = QLabel(
            self.tr("Choose an outcome to record the observation; none is chosen for you.")
        )
        self.outcome_needed.setObjectName("observationOutcomeNeeded")
        self.outcome_needed.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("observationText")
        self.text.setAccessibleName(self.tr("What you saw"))
        self.text.setMaximumHeight(110)
        self.again = QCheckBox(self.tr("Look again on"))
        self.again_date = QDateEdit(QDate.currentDate().addDays(7))
        self.again_date.setDisplayFormat("yyyy-MM-dd")
        self.again_date.setCalendarPopup(True)
        self.again_date.setEnabled(False)
        self.again.toggled.connect(self.again_date.setEnabled)
        self.days = QSpinBox()
        self.days.setObjectName("effectDays")
        self.days.setRange(1, 90)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days"))
        self.figures = QTableWidget(0, 3)
        self.figures.setObjectName("effectFigures")
        self.figures.setAccessibleName(self.tr("Measured effect"))
        self.figures.setHorizontalHeaderLabels(
            [self.tr("Measure"), self.tr("Before"), self.tr("After")]
        )
        self.figures.verticalHeader().hide()
        self.figures.verticalHeader().setDefaultSectionSize(22)
        self.figures.setMinimumHeight(230)
        header = self.figures.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.days.valueChanged.connect(self.measure)
        form = QFormLayout(self)
        form.addRow(QLabel(heading))
        form.addRow(self.tr("Measured over"), self.days)
        self.chart = DailyActivityChart()
        figures = QHBoxLayout()
        figures.addWidget(self.figures, 1)
        figures.addWidget(self.chart, 1)
        form.addRow(figures)
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("What you saw"), self.text)
        form.addRow(self.again, self.again_date)
        form.addRow(self.outcome_needed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.outcome.currentIndexChanged.connect(self._update_ok)
        form.addRow(buttons)
        self.resize(900, 560)
        self._update_ok()
        self.measure()

    def _update_ok(self) -> None:
        chosen = self.outcome.currentIndex() >= 0
        self.ok_button.setEnabled(chosen)
        self.ok_button.setToolTip("" if chosen else self.outcome_needed.text())
        self.outcome_needed.setVisible(not chosen)

    def measure(self) -> None:
        """The effect, measured now, in windows of the chosen length before and after."""
        if self.store is None:
            return
        with self.store.read() as connection:
            self.measured = effect.measure(connection, self.intervention_id, days=self.days.value())
        m = self.measured
        rows: list[tuple[str, object, object]] = []
        # A statement to a whole community has no members of its own to measure.
        if m.community_before is None or m.before != Window() or m.after != Window():
            rows += [
                (self.tr("Items posted"), m.before.items, m.after.items),
                (self.tr("Replies received"), m.before.replies_received, m.after.replies_received),
                (self.tr("Members talked with"), m.before.partners, m.after.partners),
                (self.tr("Flagged or reported"), m.before.flagged, m.after.flagged),
                (self.tr("Removals"), m.before.removals, m.after.removals),
                (
                    self.tr("Negative or critical (word list)"),
                    f"{m.before.negative_share:.0%}",
                    f"{m.after.negative_share:.0%}",
                ),
            ]
        if m.community_before and m.community_after:
            rows += [
                (
                    self.tr("Active members"),
                    m.community_before.active_members,
                    m.community_after.active_members,
                ),
                (
                    self.tr("Items per day"),
                    m.community_before.items_per_day,
                    m.community_after.items_per_day,
                ),
                (
                    self.tr("New members who posted"),
                    m.community_before.first_posts,
                    m.community_after.first_posts,
                ),
            ]
        reactions = {
            "same_threads": self.tr("Later items in the same threads"),
            "about_moderation": self.tr("Items about moderation in those threads"),
            "community_about_moderation": self.tr("Items about moderation in the community"),
        }
        rows += [
            (label, "", m.reactions[key]) for key, label in reactions.items() if key in m.reactions
        ]
        self.figures.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.figures.setItem(r, c, QTableWidgetItem(str(value)))
        self.chart.show_days(m.daily, m.at)

    def next_follow_up_at(self) -> int | None:
        if not self.again.isChecked():
            return None
        return follow_up_due(self.again_date.date())


def ask_and_observe(
    parent: QWidget,
    store: Store,
    tasks: TaskRunner,
    author: Author,
    intervention_id: str,
    kind: str,
    targets: list[str],
    then: Callable[[object], None],
) -> None:
    """Ask what happened after the intervention and record it, with the figures measured, in
    the background."""
    shown = labels.intervention_kinds().get(kind, kind)
    dialog = ObservationDialog(intervention_id, f"{shown} · {', '.join(targets)}", store, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    outcome, note = dialog.outcome.currentData(), dialog.text.toPlainText().strip()
    next_at = dialog.next_follow_up_at()
    metrics = dialog.measured.to_json() if dialog.measured else {}

    def write(connection: Connection) -> object:
        return followups.observe(
            connection,
            intervention_id,
            outcome,
            note,
            author,
            next_follow_up_at=next_at,
            metrics=metrics,
        )

    tasks.submit(write, then, initiator=parent)
