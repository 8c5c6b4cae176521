"""The programme's performance indicators for a chosen year: baseline, target, actual,
deviation and per cent, a dot by those behind; computed indicators take their actual from the
data.  A target (and a manual actual with its source) is set in a small dialog; the reports are
written off the GUI thread.  The search (number, name) is beside the year, the programme below."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from app.formats import format_date, format_percent, number_or_none
from app.services import Services
from app.services.clock import today
from app.services.errors import ValidationError
from app.services.indicators import IndicatorRow, ValueData
from app.services.tasks import TaskRunner
from app.views import dialogs, printing
from app.views.indicators.common import (
    MUTED_TEXT,
    ask_report_path,
    fmt_figure,
    fmt_signed,
    make_table,
    write_off_thread,
)
from app.views.indicators.programme_approval import ProgrammeApprovalDialog
from app.views.widgets.colours import Level, badge, level_style, progress_level
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.form_dialog import FormDialog, select_data
from app.views.widgets.loader import Loader
from app.views.widgets.page import PagePart
from app.views.widgets.page_actions import PageToolbar, search_box, set_tip
from app.views.widgets.rows_model import RowsTableModel, fold

_WIDTHS = (45, 300, 70, 85, 85, 85, 90, 75, 100)


class IndicatorsModel(RowsTableModel):
    """Indicator rows in the programme's order (sorting is not offered: the order is the
    programme's numbering)."""

    COLUMNS = ("code", "name", "unit", "baseline", "target", "actual", "deviation", "percent",
               "kind")
    _FIGURES = ("baseline", "target", "actual", "deviation", "percent")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[IndicatorRow] = []
        self._rows: list[IndicatorRow] = []
        self._words: list[str] = []
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self.year: int | None = None  # the year shown: a finished year's miss is red
        self._headers = (self.tr("No."), self.tr("Indicator"), self.tr("Unit"),
                         self.tr("Baseline"), self.tr("Target"), self.tr("Actual"),
                         self.tr("Deviation"), self.tr("%"), self.tr("How counted"))

    def set_rows(self, rows: list[IndicatorRow]) -> None:
        self._all = list(rows)
        self._refresh()

    def set_search(self, text: str) -> None:
        """Keep the indicators whose number or name holds every word typed."""
        self._words = fold(text).split()
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        self._rows = [r for r in self._all
                      if all(w in fold(f"{r.code or ''} {r.name}") for w in self._words)]
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._all)

    def _sorted(self, rows):
        return rows

    def sort(self, column, order=Qt.SortOrder.AscendingOrder) -> None:
        pass  # the programme's order

    def level(self, r: IndicatorRow) -> Level:
        """Amber when well behind in a running year, red when a finished year missed it."""
        return progress_level(r.percent, self.year is not None and self.year < today().year)

    def text(self, r: IndicatorRow, name: str) -> str:
        if name == "deviation":
            return fmt_signed(r.deviation)
        if name == "percent":
            return format_percent(r.percent) if r.percent is not None else ""
        if name == "kind":
            return self.tr("computed") if r.computed else self.tr("entered")
        if name in self._FIGURES:
            return fmt_figure(getattr(r, name))
        return getattr(r, name) or ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        name = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r, name)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.TextAlignmentRole and name in self._FIGURES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and name == "percent":
            return badge(self.level(r))  # a dot, not a pink row (issue 21)
        if role == Qt.ItemDataRole.ForegroundRole:
            if name == "kind":
                return QColor(MUTED_TEXT)
        if role == Qt.ItemDataRole.FontRole and name == "kind" and r.computed:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "name":
                return r.name
            if name in ("actual", "kind"):
                source = r.source or self.tr("no source given")
                return (f"{source}, {format_date(r.as_of)}" if r.as_of else source)
        return None

    def row_at(self, row: int) -> IndicatorRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, indicator_id) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == indicator_id), -1)

    def rows(self) -> list[IndicatorRow]:
        return list(self._rows)


class ValueDialog(FormDialog):
    """A year's target, and for a manual indicator its actual with the source and date."""

    def __init__(self, services: Services, row: IndicatorRow, year: int, parent=None):
        super().__init__(parent)
        self.services, self.row, self.year = services, row, year
        self.setWindowTitle(self.tr("Indicator for {year}").format(year=year))
        dialogs.room_for_text(self, 560)
        name = QLabel(f"{row.code}. {row.name}" if row.code else row.name)
        name.setWordWrap(True)
        name.setStyleSheet("font-weight: 600;")
        form = self.new_form()
        unit = f" ({row.unit})" if row.unit else ""
        self.target = self.line(form, "target", self.tr("Target") + unit)
        self.actual = self.line(form, "actual", self.tr("Actual") + unit)
        self.source = self.line(form, "source", self.tr("Source of the actual"),
                                self.tr("e.g. report of the college, letter No. …"))
        self.as_of = OptionalDateEdit()
        self.add_field(form, "as_of", self.tr("As of"), self.as_of)
        self.target.setText(fmt_figure(row.target))
        note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_TEXT};")
        if row.computed:
            self.actual.setText(fmt_figure(row.actual))
            for widget in (self.actual, self.source, self.as_of):
                widget.setEnabled(False)
            note.setText(self.tr("This indicator is computed from the data in ClusterDesk: "
                                 "only its target is entered."))
        else:
            self.actual.setText(fmt_figure(row.actual))
            self.source.setText(row.source)
            self.as_of.set_value(row.as_of)
            note.setText(self.tr("An actual needs its source: where the figure comes from."))
        self.finish(name, form, note)

    def _number(self, name: str, edit, errors: dict[str, str]):
        text = edit.text().strip()
        if not text:
            return None
        value = number_or_none(text)
        if value is None:
            errors[name] = self.tr("Write a number, e.g. 12 or 98,5.")
        return value

    def read(self) -> ValueData:
        errors: dict[str, str] = {}
        target = self._number("target", self.target, errors)
        actual = None if self.row.computed else self._number("actual", self.actual, errors)
        if errors:
            raise ValidationError(errors)
        if self.row.computed:
            return ValueData(self.year, target=target)
        return ValueData(self.year, target=target, actual=actual,
                         source=self.source.text().strip(), as_of=self.as_of.value())

    def store(self, data: ValueData):
        return self.services.indicators.set_value(self.row.id, data)


class IndicatorsTab(PagePart):
    def __init__(self, services: Services, tasks: TaskRunner, writable: bool, parent=None):
        super().__init__(services, tasks, parent)
        self.writable = writable
        self.model = IndicatorsModel(self)
        self.loader = Loader(tasks, self._prepare, self._arrived, self._failed)
        self._select_after = None

        self.year = QComboBox()
        self.year.setMinimumWidth(90)
        self.year.currentIndexChanged.connect(lambda *_a: self.reload())
        self.set_years([date.today().year], date.today().year)
        self.programme = QLabel()
        self.programme.setWordWrap(True)
        self.programme.setStyleSheet(f"color: {MUTED_TEXT};")
        self.toolbar = PageToolbar()
        bar = self.toolbar
        self.value_action = bar.standard("edit", self.edit_value,
                                         self.tr("Set target or actual…"))
        self.report_action = bar.standard("export", self.export_indicators,
                                          self.tr("Indicators report…"))
        self.annual_action = bar.extra(self.tr("Annual report…"), self.export_annual,
                                       "mdi6.file-chart-outline", file_action=True)
        self.approve_action = bar.extra(self.tr("Approve the programme…"),
                                        self.approve_programme, "mdi6.check-decagram-outline")
        self.approve_action.setVisible(writable)
        self.print_action = bar.standard("print", self.print_indicators)
        set_tip(self.print_action, self.tr("Print the indicators report of the year chosen"))
        self.refresh_action = bar.standard("refresh", self.reload)
        self.search = search_box(self.tr("Search by number or name…"), 300)
        self.search.setMinimumWidth(150)  # the row must still fit a 1024-wide window
        self.search.textChanged.connect(self._search_changed)
        self.value_action.setVisible(writable)
        self.edit_action, self.export_action = self.value_action, self.report_action
        self.value_button = bar.widgetForAction(self.value_action)
        self.report_button = bar.widgetForAction(self.report_action)
        self.annual_button = bar.widgetForAction(self.annual_action)
        self.count = QLabel()
        top = QHBoxLayout()  # the year, the search and the count; the programme on a line below
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(self.search, 10)  # grows to its whole placeholder before the gap does
        top.addStretch(1)
        top.addWidget(self.count)

        self.table = make_table(self.model, _WIDTHS, fill=1, sortable=False)
        if writable:
            self.table.doubleClicked.connect(lambda _i: self.edit_value())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self._loaded = False
        self.empty_state = EmptyState(
            self.table, self.model, self.tr("There are no performance indicators yet: they "
                                            "come with the programme of activity."),
            is_empty=lambda: self._loaded and self.model.total == 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(self.programme)
        layout.addWidget(self.empty_state, 1)
        self._update_actions()

    # --- years ---
    def set_years(self, years: list[int], current: int) -> None:
        chosen = self.year.currentData() or current
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        select_data(self.year, chosen if chosen in years else
                    min(years, key=lambda y: abs(y - current)))
        self.year.blockSignals(False)

    def current_year(self) -> int:
        return self.year.currentData()

    # --- loading ---
    def reload(self) -> None:
        self.loader.run()

    def _prepare(self):
        indicators, year = self.services.indicators, self.current_year()
        return lambda: (indicators.programme(), indicators.rows(year))

    def _arrived(self, result) -> None:
        programme, rows = result
        self.current_programme = programme
        self.approve_action.setEnabled(programme is not None)
        if programme is not None:
            years = programme.years
            if [self.year.itemData(i) for i in range(self.year.count())] != years:
                asked = self.current_year()
                self.set_years(years, date.today().year)
                if self.current_year() != asked:  # today's year is outside the programme
                    self.reload()
                    return
            approved = (self.tr(", approved by the protocol No. {number} of {date}").format(
                number=programme.protocol_no, date=format_date(programme.approved_on))
                if programme.protocol_no else "")
            if approved and programme.approval_decision_id is None:
                approved += self.tr(" (typed, no council decision)")
            self.programme.setText(self.tr("{title}, {first}–{last}").format(
                title=programme.title, first=programme.year_from, last=programme.year_to)
                + approved)
            self.programme.setToolTip(self.programme.text())
        else:
            self.programme.setText(self.tr("No programme of activity entered yet."))
        keep = self._select_after or self.selected_id()
        self._select_after = None
        self._loaded = True
        self.model.year = self.current_year()
        self.model.set_rows(rows)
        row = self.model.row_of(keep)
        if row >= 0:
            self.table.selectRow(row)
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        rows = self.model.rows()
        shown, total = len(rows), self.model.total
        behind = sum(1 for r in rows if r.behind)
        text = (self.tr("{count} indicators").format(count=total) if shown == total
                else self.tr("{shown} of {total}").format(shown=shown, total=total))
        if behind:
            text += " · " + self.tr("behind target: {count}").format(count=behind)
        self.count.setText(text)
        worst = max((self.model.level(r) for r in rows), default=Level.NEUTRAL)
        self.count.setStyleSheet(level_style(worst))

    def _update_actions(self) -> None:
        self.value_action.setEnabled(self.selected_id() is not None)

    def _failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Indicators"), str(exc))

    # --- values ---
    def selected_id(self):
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def value_dialog(self, indicator_id=None) -> ValueDialog | None:
        row = self.model.row_at(self.model.row_of(indicator_id or self.selected_id()))
        return ValueDialog(self.services, row, self.current_year(), self) if row else None

    def edit_value(self) -> None:
        dialog = self.value_dialog()
        if dialog is None:
            return
        if dialog.exec() and dialog.saved:
            self.after_save(dialog.row)

    def after_save(self, row: IndicatorRow) -> None:
        self.status.emit(self.tr("Saved: {name}").format(name=row.name))
        self._select_after = row.id
        self.reload()

    # --- the programme's approval ---
    def approval_dialog(self) -> ProgrammeApprovalDialog | None:
        programme = getattr(self, "current_programme", None)
        return ProgrammeApprovalDialog(self.services, programme, self) if programme else None

    def approve_programme(self) -> None:
        dialog = self.approval_dialog()
        if dialog is not None and dialog.exec() and dialog.saved:
            self.status.emit(self.tr("The programme of activity is approved."))
            self.reload()

    # --- reports ---
    def export_indicators(self) -> None:
        year = self.current_year()
        path = ask_report_path(self, self.tr("Indicators report"),
                               self.tr("indicators-{year}.xlsx").format(year=year))
        if path is not None:
            reports = self.services.indicator_reports
            write_off_thread(self, self.tasks, lambda: reports.indicators_report(year, path),
                             path, self.status.emit)

    def print_indicators(self) -> int:
        """The year's indicators report through the print dialog; returns pages printed."""
        year, reports = self.current_year(), self.services.indicator_reports
        return printing.print_report(
            self, self.tr("Indicators report {year}").format(year=year),
            lambda path: reports.indicators_report(year, path))

    def export_annual(self) -> None:
        year = self.current_year()
        path = ask_report_path(self, self.tr("Annual report"),
                               self.tr("annual-report-{year}.xlsx").format(year=year))
        if path is not None:
            reports = self.services.annual_reports
            write_off_thread(self, self.tasks, lambda: reports.annual_report(year, path),
                             path, self.status.emit)
