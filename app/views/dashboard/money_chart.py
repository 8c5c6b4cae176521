"""Money of the year by month, cumulative: planned, contracted and paid, in millions of
roubles (all sources)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app.views.widgets.charts import MILLION, month_names

_LINES = (("#8a9aa9", Qt.PenStyle.DashLine), ("#1f5f99", Qt.PenStyle.SolidLine),
          ("#2e8b57", Qt.PenStyle.SolidLine))  # planned, contracted, paid


class MoneyChart(QChartView):
    def __init__(self, parent=None):
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_.setLocalizeNumbers(True)
        self.chart_.setLocale(QLocale())
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.series: list[QLineSeries] = []
        names = (self.tr("Planned"), self.tr("Contracted"), self.tr("Paid"))
        for name, (colour, style) in zip(names, _LINES, strict=True):
            series = QLineSeries()
            series.setName(name)
            pen = QPen(QColor(colour), 2.5)
            pen.setStyle(style)
            series.setPen(pen)
            self.chart_.addSeries(series)
            self.series.append(series)
        self.months = QBarCategoryAxis()
        self.money = QValueAxis()
        self.money.setTitleText(self.tr("mln RUB"))
        self.money.setLabelFormat("%.0f")
        self.chart_.addAxis(self.months, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.money, Qt.AlignmentFlag.AlignLeft)
        for series in self.series:
            series.attachAxis(self.months)
            series.attachAxis(self.money)
        self.chart_.setTitle(self.tr("Money by month, cumulative"))

    def set_rows(self, rows: list[tuple[date, Decimal, Decimal, Decimal]]) -> None:
        names = month_names()
        self.months.clear()
        self.months.append([names[row[0].month - 1] for row in rows] or names)
        top = Decimal(0)
        for position, series in enumerate(self.series, start=1):
            series.clear()
            for x, row in enumerate(rows):
                series.append(x, float(row[position] / MILLION))
            top = max([top] + [row[position] for row in rows])
        self.money.setRange(0, max(float(top / MILLION) * 1.08, 1.0))
        self.money.applyNiceNumbers()

    def values(self) -> list[list[float]]:
        """What each line shows (for tests): planned, contracted, paid in millions."""
        return [[s.at(i).y() for i in range(s.count())] for s in self.series]
