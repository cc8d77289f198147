"""The targets' items per day around an intervention: the days before in grey, the days after
in colour, so the intervention is where the colour changes."""

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget


class DailyActivityChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dailyActivityChart")
        self.setAccessibleName(self.tr("Items per day before and after the intervention"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(190)
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(chart.margins() * 0)
        self.setChart(chart)

    def show_days(self, daily: list[int]) -> None:
        """``daily`` holds as many days before the intervention as after it."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        half = len(daily) // 2
        before = QBarSet(self.tr("Before"))
        before.setColor(QColor("#95a5a6"))
        after = QBarSet(self.tr("After"))
        after.setColor(QColor("#2980b9"))
        # Stacked, each day is one full bar: it has a value in one of the two sets only.
        for day, count in enumerate(daily):
            before.append(count if day < half else 0)
            after.append(count if day >= half else 0)
        series = QStackedBarSeries()
        series.setBarWidth(0.8)
        series.append(before)
        series.append(after)
        chart.addSeries(series)
        chart.setTitle(self.tr("Items per day, {days} days before and after").format(days=half))
        # What the bars show, in words, for screen readers.
        self.setAccessibleDescription(
            self.tr(
                "{before} items in the {days} days before, {after} in the {days} days after."
            ).format(before=sum(daily[:half]), after=sum(daily[half:]), days=half)
        )
        days = QBarCategoryAxis()
        days.append([f"{day - half:+d}" for day in range(len(daily))])
        days.setLabelsVisible(False)
        highest = max([*daily, 1])
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setRange(0, highest)
        counts.setTickCount(min(highest, 4) + 1)
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(days)
        series.attachAxis(counts)

    def bars(self) -> list[tuple[float, float]]:
        """(before, after) per day, as drawn."""
        series = self.chart().series()
        if not series:
            return []
        before, after = series[0].barSets()  # type: ignore[attr-defined]
        return [(before.at(n), after.at(n)) for n in range(before.count())]
