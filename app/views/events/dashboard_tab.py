"""The popularization programme's targets for a year or a chosen period: a bar per target
(«Охвачено 1 234 из 5 000 (24,7 %), цель 70 %»), the totals, the chart by month, and the
year's baselines the percentages are counted against.  Only the popularization programme's
plans count; the annual work plan's reach is a line of its own under the targets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_number, format_percent
from app.services import Services
from app.services.reach import BASE_FIELDS, BaselineData, ReachSummary, TargetResult
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.widgets.colours import MUTED
from app.views.widgets.form_dialog import FormDialog
from app.views.widgets.loader import Loader
from app.views.widgets.reach_chart import ReachChart

_BAR = "#1f5f99"
_REACHED = ("pupils", "students")  # people reached; schools and enterprises are involved


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TargetBar(QWidget):
    """A target's name, its bar (filled up to 100 %, the real per cent written on it) and
    «Охвачено 1 234 из 5 000 (24,7 %), цель 70 %»."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.name = QLabel()
        self.name.setStyleSheet("font-weight: 600;")
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)  # the per cent beside the bar, never dark on dark
        self.bar.setFixedHeight(14)
        self.percent = QLabel()
        self.percent.setObjectName("targetPercent")
        self.percent.setMinimumWidth(self.percent.fontMetrics().horizontalAdvance("100,0 %") + 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet(MUTED)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.bar, 1)
        row.addWidget(self.percent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(self.name)
        layout.addLayout(row)
        layout.addWidget(self.text)

    def show_target(self, t: TargetResult) -> None:
        self.name.setText(t.label)
        self.name.setWordWrap(True)
        if t.percent is None:
            self.bar.setValue(0)
            self.bar.setFormat("—")
            self.text.setText(self.tr("{actual} so far; no baseline entered (goal {goal} %)")
                              .format(actual=format_number(t.actual), goal=t.goal))
        else:
            self.bar.setValue(min(100, int(t.percent)))
            self.bar.setFormat(format_percent(t.percent))
            values = dict(actual=format_number(t.actual), base=format_number(t.base),
                          percent=format_percent(t.percent), goal=t.goal)
            if t.code in _REACHED:
                text = self.tr("Reached {actual} of {base} ({percent}), goal {goal} %")
            elif t.code == "admission":
                text = self.tr("Admitted {actual} of {base} planned ({percent}), goal {goal} %")
            else:
                text = self.tr("Involved {actual} of {base} ({percent}), goal {goal} %")
            self.text.setText(text.format(**values))
        self.percent.setText(self.bar.text() if t.percent is not None else "—")
        # one neutral bar colour: a target short of its goal is not an alarm (issue 21)
        self.bar.setStyleSheet(
            "QProgressBar { border: 1px solid #c5cfd9; border-radius: 3px; background: #f2f5f8; }"
            f" QProgressBar::chunk {{ background: {_BAR}; }}")


class BaselinesDialog(FormDialog):
    FIELDS = BASE_FIELDS  # no КЦП here: it is read from the admission figures

    def __init__(self, services: Services, data: BaselineData, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data
        self.setWindowTitle(self.tr("Baselines for {year}").format(year=data.year))
        dialogs.room_for_text(self, 560)
        form = self.new_form()
        labels = (self.tr("Pupils of grades 6–11 in the region"),
                  self.tr("Schools in the region"), self.tr("Students of the cluster's colleges"),
                  self.tr("Enterprises of the industry in the region"))
        self.spins: dict[str, QSpinBox] = {}
        for name, label in zip(self.FIELDS, labels, strict=True):
            spin = QSpinBox()
            spin.setRange(0, 100_000_000)
            spin.setGroupSeparatorShown(True)
            spin.setMaximumWidth(160)
            spin.setValue(getattr(data, name))
            self.spins[name] = self.add_field(form, name, label, spin)
        note = QLabel(self.tr("The percentages on the dashboard are counted against these "
                              "figures.") + " " + self.tr(
            "The admission figures (КЦП) are not entered here: they are taken from the "
            "section «Indicators», tab «Admissions»."))
        note.setWordWrap(True)
        note.setStyleSheet(MUTED)
        self.finish(form, note)

    def read(self) -> BaselineData:
        return BaselineData(self.original.year, version=self.original.version,
                            **{name: spin.value() for name, spin in self.spins.items()})

    def store(self, data: BaselineData) -> BaselineData:
        return self.services.reach.save_baseline(data)


class DashboardTab(QWidget):
    def __init__(self, services: Services, tasks: TaskRunner, writable: bool, parent=None):
        super().__init__(parent)
        self.services = services
        self.writable = writable
        self.summary: ReachSummary | None = None
        self.loader = Loader(tasks, self._prepare, self._arrived, self._failed)
        this_year = date.today().year

        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(this_year)
        self.year.setMaximumWidth(90)
        self.year.valueChanged.connect(self._year_changed)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setMaximumWidth(130)
            edit.dateChanged.connect(lambda *_a: self.reload())
        self._set_period(date(this_year, 1, 1), date(this_year, 12, 31))
        self.baselines_button = QPushButton(self.tr("Baselines…"))
        self.baselines_button.clicked.connect(self.edit_baselines)
        self.baselines_button.setVisible(writable)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.date_from)
        top.addWidget(QLabel("–"))
        top.addWidget(self.date_to)
        top.addStretch(1)
        top.addWidget(self.baselines_button)

        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.annual_totals = QLabel()
        self.annual_totals.setWordWrap(True)
        self.annual_totals.setStyleSheet(MUTED)
        self.baseline_note = QLabel()
        self.baseline_note.setWordWrap(True)
        self.baseline_note.setStyleSheet(MUTED)
        self.bars: list[TargetBar] = []
        targets = QGroupBox(self.tr("Programme targets"))
        self.grid = QGridLayout(targets)
        self.grid.setHorizontalSpacing(24)
        self.chart = ReachChart()
        self.chart.setMinimumHeight(260)
        self.chart.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)

        # below the period: what does not fit a 1366×705 window scrolls; it never makes the
        # window taller or wider (issue 21)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)
        column.addWidget(self.totals)
        column.addWidget(targets)
        column.addWidget(self.annual_totals)
        column.addWidget(self.baseline_note)
        column.addWidget(self.chart, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)

    # --- period ---
    def _set_period(self, first: date, last: date) -> None:
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _year_changed(self, year: int) -> None:
        self._set_period(date(year, 1, 1), date(year, 12, 31))
        self.reload()

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    # --- loading ---
    def reload(self) -> None:
        self.loader.run()

    def _prepare(self):
        reach, (first, last) = self.services.reach, self.period()
        return lambda: reach.summary(first, last)

    def _arrived(self, summary: ReachSummary) -> None:
        self.summary = summary
        while len(self.bars) < len(summary.targets):
            bar = TargetBar()
            index = len(self.bars)
            self.grid.addWidget(bar, index // 2, index % 2)
            self.bars.append(bar)
        for bar, target in zip(self.bars, summary.targets, strict=False):
            bar.show_target(target)
        self.totals.setText(self.tr(
            "In the period: {total} events planned, {held} held; {people} people reached; "
            "schools involved: {schools}; enterprises involved: {enterprises}.").format(
            total=format_number(summary.events_total), held=format_number(summary.events_held),
            people=format_number(summary.total_people), schools=format_number(summary.schools),
            enterprises=format_number(summary.enterprises)))
        annual = summary.annual  # shown apart: never counted toward the targets
        self.annual_totals.setText(self.tr(
            "Annual work plan of the cluster (not counted toward the targets): {total} events "
            "planned, {held} held; {people} people reached.").format(
            total=format_number(annual.events_total), held=format_number(annual.events_held),
            people=format_number(annual.total_people)))
        if summary.baseline is None:
            text = self.tr("No baselines entered for {year}: the percentages cannot be "
                           "counted.").format(year=summary.date_to.year)
            if self.writable:
                text += " " + self.tr("Enter them with «Baselines…».")
            self.baseline_note.setText(text)
        else:
            self.baseline_note.setText(self.tr("Percentages against the baselines of {year}.")
                                       .format(year=summary.date_to.year))
        self.chart.set_months(summary.by_month)

    def _failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Dashboard"), str(exc))

    # --- baselines ---
    def baselines_dialog(self) -> BaselinesDialog:
        year = self.period()[1].year
        return BaselinesDialog(self.services, self.services.reach.baseline(year), self)

    def edit_baselines(self) -> None:
        dialog = self.baselines_dialog()
        if dialog.exec() and dialog.saved:
            self.reload()

    def target_texts(self) -> list[tuple[str, str, int]]:
        """(bar text, line under it, bar value) per target, as shown."""
        return [(b.percent.text(), b.text.text(), b.bar.value()) for b in self.bars]
