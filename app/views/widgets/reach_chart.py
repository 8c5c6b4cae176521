"""Events held (bars, left axis) and people reached (line, right axis) by month."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app.views.widgets.charts import month_names


def month_labels(months: list[tuple[int, int]]) -> list[str]:
    """«янв.» … for one year; «янв. 26» when the period crosses a year."""
    names = month_names()
    several = len({y for y, _m in months}) > 1
    return [f"{names[m - 1]} {y % 100:02d}" if several else names[m - 1] for y, m in months]


class ReachChart(QChartView):
    def __init__(self, parent=None):
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_.setLocalizeNumbers(True)
        self.chart_.setLocale(QLocale())
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.held = QBarSet(self.tr("Events held"))
        self.held.setColor(QColor("#8fb3d6"))
        self.held.setBorderColor(QColor("#1f5f99"))
        self.bars = QBarSeries()
        self.bars.append(self.held)
        self.people = QLineSeries()
        self.people.setName(self.tr("People reached"))
        self.people.setPen(QPen(QColor("#2e8b57"), 2.5))
        self.people.setPointsVisible(True)
        self.chart_.addSeries(self.bars)
        self.chart_.addSeries(self.people)
        self.months = QBarCategoryAxis()
        self.events_axis = QValueAxis()
        self.events_axis.setTitleText(self.tr("events"))
        self.events_axis.setLabelFormat("%.0f")
        self.people_axis = QValueAxis()
        self.people_axis.setTitleText(self.tr("people"))
        self.people_axis.setLabelFormat("%.0f")
        self.chart_.addAxis(self.months, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.events_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(self.people_axis, Qt.AlignmentFlag.AlignRight)
        self.bars.attachAxis(self.months)
        self.bars.attachAxis(self.events_axis)
        self.people.attachAxis(self.months)
        self.people.attachAxis(self.people_axis)

    def set_months(self, by_month: list[tuple[int, int, int, int]]) -> None:
        """``by_month``: (year, month, events held, people reached), as ReachSummary has it."""
        self.months.clear()
        self.months.append(month_labels([(y, m) for y, m, _h, _p in by_month]))
        self.held.remove(0, self.held.count())
        self.held.append([float(h) for _y, _m, h, _p in by_month])
        self.people.clear()
        for x, (_y, _m, _h, people) in enumerate(by_month):
            self.people.append(x, people)
        self.events_axis.setRange(0, max([h for _y, _m, h, _p in by_month] + [4]) * 1.1)
        self.events_axis.applyNiceNumbers()
        self.people_axis.setRange(0, max([p for _y, _m, _h, p in by_month] + [10]) * 1.1)
        self.people_axis.applyNiceNumbers()
        self.chart_.setTitle(self.tr("Held events and people reached by month"))

    def values(self) -> tuple[list[float], list[float]]:
        """What the chart shows (for tests): held per month, people per month."""
        return ([self.held.at(i) for i in range(self.held.count())],
                [self.people.at(i).y() for i in range(self.people.count())])
