"""Planned, contracted and paid by month of a chosen year (cumulative), in millions of
roubles, with Russian month names on the axis."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from app.formats import format_money
from app.views.widgets.charts import MILLION, month_names

_COLORS = ("#8a9aa9", "#1f5f99", "#2e8b57")  # planned, contracted, paid


class MonthlyChart(QWidget):
    year_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[date, Decimal, Decimal, Decimal]] = []
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setMaximumWidth(100)
        self.year.valueChanged.connect(self.year_changed)
        self.summary = QLabel()
        self.summary.setObjectName("chartSummary")
        self.summary.setStyleSheet("color: #4a5a68;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)

        self.chart = QChart()
        self.chart.setLocalizeNumbers(True)  # 1,5 rather than 1.5 under the Russian locale
        self.chart.setLocale(QLocale())
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.series: list[QLineSeries] = []
        for name, color in zip((self.tr("Planned (procedures)"), self.tr("Contracted"),
                                self.tr("Paid")), _COLORS, strict=True):
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(QColor(color), 2.5))
            series.setPointsVisible(True)
            self.chart.addSeries(series)
            self.series.append(series)
        self.months = QBarCategoryAxis()
        self.months.append(month_names())
        self.money = QValueAxis()
        self.money.setTitleText(self.tr("mln RUB"))
        self.money.setLabelFormat("%.1f")
        self.money.setMin(0)
        self.chart.addAxis(self.months, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.money, Qt.AlignmentFlag.AlignLeft)
        for series in self.series:
            series.attachAxis(self.months)
            series.attachAxis(self.money)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # the chart's own size hint is its scene's: it would widen the window (issue 21)
        self.view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.view.setMinimumSize(320, 240)
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def set_rows(self, year: int, rows: list[tuple[date, Decimal, Decimal, Decimal]]) -> None:
        self.rows = rows
        if self.year.value() != year:
            self.year.blockSignals(True)
            self.year.setValue(year)
            self.year.blockSignals(False)
        self.chart.setTitle(self.tr("Cumulative by month, {year}").format(year=year))
        top = Decimal(0)
        for position, series in enumerate(self.series, start=1):
            points = [(i, float(row[position] / MILLION)) for i, row in enumerate(rows)]
            series.clear()
            for x, y in points:
                series.append(x, y)
            top = max([top] + [row[position] for row in rows])
        self.money.setRange(0, max(float(top / MILLION) * 1.08, 1.0))
        self.money.applyNiceNumbers()
        if rows:
            _, planned, contracted, paid = rows[-1]
            self.summary.setText(self.tr(
                "By the end of the year: planned {planned}, contracted {contracted}, "
                "paid {paid}").format(planned=format_money(planned),
                                      contracted=format_money(contracted), paid=format_money(paid)))
        else:
            self.summary.clear()
