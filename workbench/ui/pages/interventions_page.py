"""Interventions: the log of what the team did, newest first, with the latest outcome seen;
and the effectiveness report per kind, as a table, a chart and a CSV export."""

from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core import clock, sources
from workbench.core.atomic import write_bytes_atomic
from workbench.core.events.changes import Subject
from workbench.core.interventions import conflicts, followups, logbook, report
from workbench.core.interventions.followups import LoggedIntervention
from workbench.core.settings import Author
from workbench.core.store import Connection, Store
from workbench.core.team import templates, vocabulary
from workbench.core.team.vocabulary import Vocabulary
from workbench.ui import colours, labels
from workbench.ui.dialogs.intervention_dialog import InterventionDialog, ask_and_log
from workbench.ui.dialogs.observation_dialog import ask_and_observe
from workbench.ui.dialogs.targets_dialog import TargetsDialog
from workbench.ui.local_time import shown
from workbench.ui.pages.base import Page
from workbench.ui.tasks.runner import TaskRunner
from workbench.ui.widgets.combos import refill


class InterventionsPage(Page):
    key = "interventions"
    # The report counts the targets' items and removals; erasure changes the names shown.
    watches = frozenset(
        {Subject.INTERVENTIONS, Subject.TEAM, Subject.QUEUE, Subject.MEMBERS, Subject.SOURCES}
    )

    def __init__(
        self, store: Store, author: Author, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, author, tasks, parent)
        self.setObjectName("interventionsView")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_log(), self.tr("Log"))
        self.report_tab = self._build_report()
        self.tabs.addTab(self.report_tab, self.tr("Effectiveness"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.outcomes = {
            "improved": self.tr("improved"),
            "no_change": self.tr("no change"),
            "worsened": self.tr("worsened"),
            "unclear": self.tr("unclear"),
        }
        self.logged: list[LoggedIntervention] = []
        self.rows: list[report.KindRow] = []
        self._report_stale = True
        self.reload()
        for combo in (self.period, self.by, self.source):
            combo.currentIndexChanged.connect(lambda _index: self.reload_report())
        self.tabs.currentChanged.connect(lambda _index: self._report_if_stale())

    def _build_log(self) -> QWidget:
        """The log, newest first, with its buttons below."""
        self.tree = QTreeWidget()
        self.tree.setObjectName("interventionsTree")
        self.tree.setAccessibleName(self.tr("Interventions"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Intervention"),
                self.tr("Channel"),
                self.tr("About"),
                self.tr("By"),
                self.tr("Look again"),
                self.tr("Outcome"),
            ]
        )
        for column, width in enumerate((140, 170, 130, 220, 130, 140)):
            self.tree.setColumnWidth(column, width)
        self.tree.setToolTip(self.tr("Double-click or press Enter to correct an intervention."))
        self.tree.itemActivated.connect(lambda _item, _column: self.correct_current())
        new = QPushButton(self.tr("New intervention…"))
        new.setObjectName("newIntervention")
        new.clicked.connect(self.new_intervention)
        self.observe_button = QPushButton(self.tr("Add observation…"))
        self.observe_button.setObjectName("observeIntervention")
        self.observe_button.setToolTip(
            self.tr("Record what you saw since, beside the measured effect; as often as needed.")
        )
        self.observe_button.clicked.connect(self.observe_current)
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setToolTip(self.tr("Enter or a double-click on an entry, too."))
        self.correct_button.clicked.connect(self.correct_current)
        for needs_entry in (self.observe_button, self.correct_button):
            needs_entry.setEnabled(False)
            self.tree.currentItemChanged.connect(
                lambda item, _before, button=needs_entry: button.setEnabled(item is not None)
            )
        buttons = QHBoxLayout()
        for button in (new, self.observe_button, self.correct_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        page = QWidget()
        log_layout = QVBoxLayout(page)
        log_layout.addWidget(self.tree, 1)
        log_layout.addLayout(buttons)
        return page

    def _build_report(self) -> QWidget:
        """The effectiveness report: its filters, the table, the chart and the export."""
        self.report = QTableWidget(0, 7)
        self.report.setObjectName("effectivenessTable")
        self.report.setAccessibleName(self.tr("Effectiveness by kind"))
        self.report.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("How many"),
                self.tr("Improved"),
                self.tr("Worsened"),
                self.tr("Activity (median change)"),
                self.tr("Flagged (median change)"),
                self.tr("Repeats within 30 days"),
            ]
        )
        self.report.verticalHeader().hide()
        self.report.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart = QChart()
        self.chart.setLocale(QLocale())  # numbers in the manager's language
        self.chart.setLocalizeNumbers(True)
        self.chart.setTitle(self.tr("Share of outcomes and repeats, by kind"))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("effectivenessChart")
        self.chart_view.setAccessibleName(self.tr("Effectiveness by kind"))
        self.chart_view.setMinimumHeight(160)
        export = QPushButton(self.tr("Export CSV…"))
        export.setObjectName("exportReport")
        export.clicked.connect(self.export_csv)
        self.period = QComboBox()
        self.period.setObjectName("reportPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        for label, days in (
            (self.tr("All time"), 0),
            (self.tr("Last 30 days"), 30),
            (self.tr("Last 90 days"), 90),
            (self.tr("Last year"), 365),
        ):
            self.period.addItem(label, days)
        self.by = QComboBox()
        self.by.setObjectName("reportAuthor")
        self.by.setAccessibleName(self.tr("Manager"))
        self.source = QComboBox()
        self.source.setObjectName("reportSource")
        self.source.setAccessibleName(self.tr("Source"))
        filters = QHBoxLayout()
        for combo in (self.period, self.by, self.source):
            filters.addWidget(combo)
        filters.addStretch(1)
        page = QWidget()
        report_layout = QVBoxLayout(page)
        report_layout.addLayout(filters)
        report_layout.addWidget(self.report, 1)
        report_layout.addWidget(self.chart_view, 1)
        report_layout.addWidget(export, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _fill_filters(self, connection: Connection) -> None:
        """The managers and sources to filter by, keeping what is chosen."""
        managers = followups.managers(connection)
        refill(self.by, self.tr("Every manager"), [(name, name) for name in managers])
        refill(
            self.source,
            self.tr("Every source"),
            [(info.name, info.id) for info in sources.list_all(connection)],
        )

    def reload_report(self) -> None:
        """Read the report again if its tab is the one shown, else when it is shown next: on
        a large store it takes a second, and the window opens without waiting for it."""
        if self.tabs.currentWidget() is not self.report_tab:
            self._report_stale = True
            return
        self._report_stale = False
        days = self.period.currentData()
        with self.store.read() as connection:
            self.rows = report.effectiveness(
                connection,
                since=clock.now() - days * 86_400 if days else 0,
                author=self.by.currentData(),
                source_id=self.source.currentData(),
            )
        self._show_report(labels.intervention_kinds())

    def reload(self) -> None:
        """Read the log again; the selected intervention stays selected."""
        kinds, channels = labels.intervention_kinds(), labels.channels()
        selected = self._selected()
        with self.store.read() as connection:
            logged = followups.intervention_log(connection)
            disputed = conflicts.open_conflicts(connection)
            self._fill_filters(connection)
        self.reload_report()
        self.tree.clear()
        self.logged = logged
        for entry in logged:
            row = QTreeWidgetItem(
                self.tree,
                [
                    shown(entry.created_at),
                    " · ".join([kinds.get(entry.kind, entry.kind), *entry.tags]),
                    channels.get(entry.channel, entry.channel),
                    ", ".join(entry.targets),
                    entry.author_name,
                    shown(entry.follow_up_at),
                    self.outcomes.get(entry.outcome or "", ""),
                ],
            )
            if (conflict := disputed.get(entry.intervention_id)) is not None:
                self._mark_conflict(row, conflict)
            if selected is not None and entry.intervention_id == selected.intervention_id:
                self.tree.setCurrentItem(row)

    def _mark_conflict(self, row: QTreeWidgetItem, conflict: conflicts.Conflict) -> None:
        """Two managers corrected it apart: said on the entry, with what each wrote."""
        row.setText(1, "⚠ " + row.text(1))
        font = row.font(1)
        font.setBold(True)
        row.setFont(1, font)
        versions = "\n".join(
            self.tr("{name}: {changes}").format(
                name=c.author_name,
                changes="; ".join(f"{field} = {c.changes[field]}" for field in conflict.fields),
            )
            for c in conflict.corrections
        )
        row.setToolTip(
            1,
            self.tr(
                "Corrected at the same time by several managers; the latest is shown:\n"
                "{versions}\nCorrect it again to settle it."
            ).format(versions=versions),
        )

    def new_intervention(self) -> None:
        """Log an intervention on one or more members, or on a source's whole community."""
        with self.store.read() as connection:
            communities = sources.list_all(connection)
        whom = TargetsDialog(self.store, communities, self)
        if whom.exec() != QDialog.DialogCode.Accepted:
            return
        shown = ", ".join(whom.names)
        values = {"name": whom.names[0], "handle": shown, "network": "", "source": ""}
        ask_and_log(
            self,
            self.store,
            self.tasks,
            self.author,
            whom.targets,
            values,
            lambda _event: self._corrected(),
        )

    def _selected(self) -> LoggedIntervention | None:
        item = self.tree.currentItem()
        return None if item is None else self.logged[self.tree.indexOfTopLevelItem(item)]

    def observe_current(self) -> None:
        """An observation on the selected intervention, whether or not a follow-up is due."""
        entry = self._selected()
        if entry is None:
            return
        ask_and_observe(
            self,
            self.store,
            self.tasks,
            self.author,
            entry.intervention_id,
            entry.kind,
            entry.targets,
            lambda _event: self._corrected(),
        )

    def correct_current(self) -> None:
        """Correct the selected intervention. The correction is a new event; the log keeps
        what was first recorded."""
        entry = self._selected()
        if entry is None:
            return
        with self.store.read() as connection:
            replies = templates.load(connection)
            kinds = vocabulary.terms(connection, Vocabulary.INTERVENTION_KIND)
        logged = (
            entry.kind,
            entry.channel,
            entry.message,
            entry.rationale,
            entry.follow_up_at,
            entry.tags,
        )
        dialog = InterventionDialog(", ".join(entry.targets), {}, replies, kinds, self)
        dialog.show_logged(*logged)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes = dialog.changes_from(*logged)
        if not changes:
            return

        def write(connection: Connection) -> object:
            return logbook.edit(connection, entry.intervention_id, changes, self.author)

        self.tasks.submit(write, lambda _event: self._corrected(), initiator=self)

    def _corrected(self) -> None:
        self.reload()

    def _report_if_stale(self) -> None:
        if self._report_stale:
            self.reload_report()

    def _show_report(self, kinds: dict[str, str]) -> None:
        self.report.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = [
                kinds.get(row.kind, row.kind),
                str(row.count),
                f"{row.outcomes.get('improved', 0):.0%}",
                f"{row.outcomes.get('worsened', 0):.0%}",
                f"{row.median_activity_change:+.1f}",
                f"{row.median_flagged_change:+.1f}",
                f"{row.repeat_rate:.0%}",
            ]
            for c, value in enumerate(values):
                self.report.setItem(r, c, QTableWidgetItem(value))
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        improved = QBarSet(self.tr("Improved"))
        worsened = QBarSet(self.tr("Worsened"))
        repeats = QBarSet(self.tr("Repeats"))
        for row in self.rows:
            improved.append(row.outcomes.get("improved", 0) * 100)
            worsened.append(row.outcomes.get("worsened", 0) * 100)
            repeats.append(row.repeat_rate * 100)
        series = QBarSeries()
        for bar_set in (improved, worsened, repeats):
            series.append(bar_set)
        self.chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([kinds.get(row.kind, row.kind) for row in self.rows])
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        axis_y.setLabelFormat("%.0f %")  # localized numbers: no "%d", and "%%" stays doubled
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        colours.follow_palette(
            self.chart,
            [
                (improved, colours.palette().highlight().color()),
                (worsened, colours.tone(colours.Tone.ALARM)),
                (repeats, colours.tone(colours.Tone.WARNING)),
            ],
        )

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), "effectiveness.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            write_bytes_atomic(Path(path), report.to_csv(self.rows).encode("utf-8"))
