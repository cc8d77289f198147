"""The targets' items per day around an intervention: the days before in grey, the days after
in colour, dates under them and a line on the moment of the intervention, so no one has to
count bars to know which day is which."""

from PySide6.QtCharts import (
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from workbench.ui import colours
from workbench.ui.local_time import day_and_month_format, shown

DAY = 86_400


class DailyActivityChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dailyActivityChart")
        self.setAccessibleName(self.tr("Items per day before and after the intervention"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(190)
        chart = QChart()
        # Axis numbers and dates in the manager's language (a chart's own default is the
        # system's, whatever the settings chose).
        chart.setLocale(QLocale())
        chart.setLocalizeNumbers(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(chart.margins() * 0)
        self.setChart(chart)
        # The axes stay and only change: a removed axis's labels stayed drawn (Qt 6.12).
        self.days = QCategoryAxis()
        self.days.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.days.setGridLineVisible(False)
        self.counts = QValueAxis()
        self.counts.setLabelFormat("%.0f")  # "%d" draws no labels where numbers are localized
        self.counts.setTickType(QValueAxis.TickType.TicksDynamic)
        self.counts.setTickAnchor(0)
        chart.addAxis(self.days, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.counts, Qt.AlignmentFlag.AlignLeft)

    def show_days(self, daily: list[int], at: int) -> None:
        """``daily`` holds as many days before the intervention (at ``at``, Unix seconds) as
        after it; each day is the 24 hours from a whole number of days before or after it."""
        chart = self.chart()
        chart.removeAllSeries()
        half = len(daily) // 2
        before = QBarSet(self.tr("Before"))
        after = QBarSet(self.tr("After"))
        # Stacked, each day is one full bar: it has a value in one of the two sets only.
        for day, count in enumerate(daily):
            before.append(count if day < half else 0)
            after.append(count if day >= half else 0)
        series = QStackedBarSeries()
        series.setBarWidth(0.8)
        series.append(before)
        series.append(after)
        chart.addSeries(series)
        highest = max([*daily, 1])
        mark = self._mark(half, highest, at)
        chart.addSeries(mark)
        chart.setTitle(self.tr("Items per day, {days} days before and after").format(days=half))
        # What the bars show, in words, for screen readers.
        self.setAccessibleDescription(
            self.tr(
                "{before} items in the {days} days before, {after} in the {days} days after."
            ).format(before=sum(daily[:half]), after=sum(daily[half:]), days=half)
        )
        self._show_dates(half, at)
        # Whole steps, at most four: "%d" under a tick at 1.5 would read as 1.
        step = -(-highest // 4)
        self.counts.setRange(0, step * -(-highest // step))
        self.counts.setTickInterval(step)
        for drawn in (series, mark):
            drawn.attachAxis(self.days)
            drawn.attachAxis(self.counts)
        colours.follow_palette(
            chart, [(before, colours.muted()), (after, colours.palette().highlight().color())]
        )

    def _mark(self, half: int, highest: int, at: int) -> QLineSeries:
        """A line from top to bottom where the days before end and the days after begin, named
        in the legend with the intervention's date and time."""
        mark = QLineSeries()
        mark.setName(self.tr("Intervention, {when}").format(when=shown(at)))
        mark.append(half - 0.5, 0)
        mark.append(half - 0.5, highest)
        mark.setPen(QPen(colours.tone(colours.Tone.ALARM), 2, Qt.PenStyle.DashLine))
        return mark

    def _show_dates(self, half: int, at: int) -> None:
        """Dates on day boundaries: halfway before, the intervention's, halfway after (the
        title says how far the ends are). Bar ``n`` sits at ``n``, so boundaries fall on the
        halves between bars."""
        for label in self.days.categoriesLabels():
            self.days.remove(label)
        self.days.setRange(-0.5, 2 * half - 0.5)
        self.days.setStartValue(-0.5)
        for offset in sorted({-(half // 2), 0, half // 2}):
            self.days.append(self.date_at(at + offset * DAY), half + offset - 0.5)

    @staticmethod
    def date_at(moment: int) -> str:
        """A day as the axis names it, short and in the manager's language: "12 Mar", "12. März"."""
        return QLocale().toString(
            QDateTime.fromSecsSinceEpoch(moment).toLocalTime().date(), day_and_month_format()
        )

    def bars(self) -> list[tuple[float, float]]:
        """(before, after) per day, as drawn."""
        series = self.chart().series()
        if not series:
            return []
        before, after = series[0].barSets()  # type: ignore[attr-defined]
        return [(before.at(n), after.at(n)) for n in range(before.count())]

    def dates(self) -> list[str]:
        """The dates under the bars, left to right."""
        return self.days.categoriesLabels()

    def intervention_mark(self) -> tuple[float, str] | None:
        """Where the intervention's line stands (between two bars) and its name."""
        lines = [s for s in self.chart().series() if isinstance(s, QLineSeries)]
        return (lines[0].at(0).x(), lines[0].name()) if lines else None
