"""Follow-ups: interventions to look at again, overdue first, then today's, then the next
two weeks'. Recording what you saw (an observation) closes the follow-up or sets the next."""

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
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
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Connection

from workbench.core import effect, followups
from workbench.core.effect import Effect, Window
from workbench.core.followups import FollowUp
from workbench.core.projections import OUTCOMES
from workbench.core.settings import Author
from workbench.core.store import Store
from workbench.ui import labels
from workbench.ui.activity_chart import DailyActivityChart
from workbench.ui.local_time import day_bounds, nine_in_the_morning
from workbench.ui.writer import StoreWriter

UPCOMING_DAYS = 14


class ObservationDialog(QDialog):
    def __init__(
        self, follow_up: FollowUp, store: Store | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.follow_up = follow_up
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
        kind = labels.intervention_kinds().get(follow_up.kind, follow_up.kind)
        form.addRow(QLabel(f"{kind} · {', '.join(follow_up.targets)}"))
        form.addRow(self.tr("Measured over"), self.days)
        self.chart = DailyActivityChart()
        figures = QHBoxLayout()
        figures.addWidget(self.figures, 1)
        figures.addWidget(self.chart, 1)
        form.addRow(figures)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("What you saw"), self.text)
        form.addRow(self.again, self.again_date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(900, 540)
        self.measure()

    def measure(self) -> None:
        """The effect, measured now, in windows of the chosen length before and after."""
        if self.store is None:
            return
        with self.store.read() as connection:
            self.measured = effect.measure(
                connection, self.follow_up.intervention_id, days=self.days.value()
            )
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
        self.chart.show_days(m.daily)

    def next_follow_up_at(self) -> int | None:
        if not self.again.isChecked():
            return None
        return nine_in_the_morning(self.again_date.date())


class FollowUpsPage(QWidget):
    changed = Signal()

    def __init__(
        self, store: Store, author: Author, writer: StoreWriter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsView")
        self.store = store
        self.author = author
        self.writer = writer
        self.tree = QTreeWidget()
        self.tree.setObjectName("followUpsTree")
        self.tree.setAccessibleName(self.tr("Follow-ups"))
        self.tree.setHeaderLabels(
            [
                self.tr("Due"),
                self.tr("Intervention"),
                self.tr("About"),
                self.tr("By"),
                self.tr("Message"),
            ]
        )
        for column, width in enumerate((170, 150, 200, 140)):
            self.tree.setColumnWidth(column, width)
        self.observe_button = QPushButton(self.tr("Record what happened…"))
        self.observe_button.setObjectName("observeButton")
        self.observe_button.clicked.connect(self.observe)
        self.tree.itemActivated.connect(lambda *_: self.observe())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.observe_button, 0, Qt.AlignmentFlag.AlignRight)
        self.groups = {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Due today"),
            "upcoming": self.tr("Next two weeks"),
        }
        self.reload()

    def reload(self) -> None:
        start, end = day_bounds()
        with self.store.read() as connection:
            due = followups.open_follow_ups(connection, end + UPCOMING_DAYS * 86_400)
        self.tree.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        kinds = labels.intervention_kinds()
        for key, title in self.groups.items():
            parent = QTreeWidgetItem(self.tree, [title])
            parent.setFirstColumnSpanned(True)
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            parents[key] = parent
        for follow_up in due:
            moment = QDateTime.fromSecsSinceEpoch(follow_up.follow_up_at).toLocalTime()
            item = QTreeWidgetItem(
                parents[follow_up.when(start, end)],
                [
                    moment.toString("yyyy-MM-dd HH:mm"),
                    kinds.get(follow_up.kind, follow_up.kind),
                    ", ".join(follow_up.targets),
                    follow_up.author_name,
                    follow_up.message.replace("\n", " ")[:200],
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, follow_up)
        for key, parent in parents.items():
            parent.setText(0, f"{self.groups[key]} ({parent.childCount()})")
        self.tree.expandAll()

    def observe(self) -> None:
        item = self.tree.currentItem()
        follow_up = None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
        if not isinstance(follow_up, FollowUp):
            return
        dialog = ObservationDialog(follow_up, self.store, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outcome, note = dialog.outcome.currentData(), dialog.text.toPlainText().strip()
        next_at = dialog.next_follow_up_at()
        metrics = dialog.measured.to_json() if dialog.measured else {}

        def write(connection: Connection) -> object:
            return followups.observe(
                connection,
                follow_up.intervention_id,
                outcome,
                note,
                self.author,
                next_follow_up_at=next_at,
                metrics=metrics,
            )

        self.writer.submit(write, lambda _event: self._observed())

    def _observed(self) -> None:
        self.reload()
        self.changed.emit()
