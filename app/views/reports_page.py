"""The «Reports» section: every report the program writes in one list — who receives it and
when — with what it needs (a year, a month, a period, a record), saved to a file or sent to
the printer.  The list comes from services/reports/catalog.py."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.errors import ServiceError
from app.services.reports import catalog
from app.services.tasks import TaskRunner
from app.settings import Settings
from app.views import dialogs, printing
from app.views.widgets.loader import Loader
from app.views.widgets.page import SectionPage
from app.views.widgets.page_actions import PageToolbar


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


FORMAT_NAMES = {"pdf": "PDF", "xlsx": "Excel (xlsx)", "docx": "Word (docx)"}

class ReportsPage(SectionPage):
    written = Signal(str)  # the path of a report saved to a file

    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        today = date.today()
        defaults = catalog.default_params(today)

        title = self.title_label(self.tr("Reports"))
        self.toolbar = PageToolbar()
        self.export_action = self.toolbar.standard("export", self.save_report,
                                                   self.tr("Save to file…"))
        self.print_action = self.toolbar.standard("print", self.print_report)
        self.search = self.toolbar.add_search(self.tr("Search reports by name or recipient…"))
        self.search.textChanged.connect(self._filter)

        self.table = QTableWidget(len(catalog.REPORTS), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Report"), self.tr("Who receives it"), self.tr("When")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, kind in enumerate(catalog.REPORTS):
            name = QTableWidgetItem(kind.display_title())
            name.setData(Qt.ItemDataRole.UserRole, kind.key)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(kind.display_recipient()))
            self.table.setItem(row, 2, QTableWidgetItem(kind.display_when()))
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):  # a little air around two-line cells
            self.table.setRowHeight(row, self.table.rowHeight(row) + 8)
        self.table.itemSelectionChanged.connect(self._report_changed)
        self.table.doubleClicked.connect(lambda _index: self.save_report())

        # what the chosen report needs
        self.params_box = QGroupBox(self.tr("Report parameters"))
        form = QFormLayout(self.params_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.year_edit = QSpinBox()
        self.year_edit.setRange(2000, 2100)
        self.year_edit.setValue(defaults[catalog.YEAR])
        self.month_edit = QDateEdit(_qdate(defaults[catalog.MONTH]))
        self.month_edit.setDisplayFormat("MM.yyyy")
        self.month_edit.setCalendarPopup(True)
        self.period_from = QDateEdit(_qdate(defaults[catalog.PERIOD][0]))
        self.period_to = QDateEdit(_qdate(defaults[catalog.PERIOD][1]))
        period = QWidget()
        period_row = QHBoxLayout(period)
        period_row.setContentsMargins(0, 0, 0, 0)
        for edit in (self.period_from, self.period_to):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        period_row.addWidget(self.period_from)
        period_row.addWidget(QLabel("—"))
        period_row.addWidget(self.period_to)
        period_row.addStretch(1)
        self.record_combo = QComboBox()
        self.record_combo.setMinimumWidth(420)
        # not measured over every record (10,000 participants) each time it is shown
        self.record_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.record_combo.view().setUniformItemSizes(True)
        self._choices = Loader(tasks, self._read_choices, self._choices_read,
                               self._choices_failed)
        self._record_need, self._choice_ids = None, {}
        self.format_combo = QComboBox()
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("placeholderText")
        self._rows = {
            catalog.YEAR: (self.tr("Year"), self.year_edit),
            catalog.MONTH: (self.tr("Month"), self.month_edit),
            catalog.PERIOD: (self.tr("Period"), period),
            "record": (self.tr("For"), self.record_combo),
        }
        form.addRow(self.description)
        self._labels: dict[str, QLabel] = {}
        for key, (text, widget) in self._rows.items():
            label = QLabel(text)
            self._labels[key] = label
            form.addRow(label, widget)
        form.addRow(self.tr("Format"), self.format_combo)
        # saving and printing are the toolbar's «Сохранить в файл…» and «Печать…» (Ctrl+E,
        # Ctrl+P): one place for them on the screen, as in every section

        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.params_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.toolbar)
        layout.addLayout(body, 1)
        self.table.selectRow(0)

    # --- the chosen report ---
    def current_kind(self) -> catalog.ReportKind | None:
        items = self.table.selectedItems()
        if not items:
            return None
        key = self.table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return catalog.report_kind(key)

    def select_report(self, key: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == key:
                self.table.selectRow(row)
                return
        raise KeyError(key)

    def reload(self) -> None:
        self._report_changed()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.table.rowCount()):
            line = " ".join(self.table.item(row, c).text() for c in range(3)).casefold()
            self.table.setRowHidden(row, not all(word in line for word in words))

    def _report_changed(self) -> None:
        kind = self.current_kind()
        enabled = kind is not None
        self.format_combo.setEnabled(enabled)
        self.export_action.setEnabled(enabled)
        self.print_action.setEnabled(enabled)
        if kind is None:
            return
        self.params_box.setTitle(kind.display_title())
        self.description.setText(self.tr("Receives it: {who}. When: {when}.").format(
            who=kind.display_recipient(), when=kind.display_when()))
        record_need = next((n for n in kind.needs if n not in (
            catalog.YEAR, catalog.MONTH, catalog.PERIOD)), None)
        for key, (_text, widget) in self._rows.items():
            shown = (key in kind.needs) if key != "record" else record_need is not None
            widget.setVisible(shown)
            self._labels[key].setVisible(shown)
        self.format_combo.clear()
        for fmt in kind.formats:
            self.format_combo.addItem(FORMAT_NAMES[fmt], fmt)
        self.record_combo.clear()
        self._record_need, self._choice_ids = record_need, {}
        if record_need is not None:  # the records (every participant, …) read off the GUI thread
            self.record_combo.addItem(self.tr("Loading…"), None)
            for widget in (self.record_combo, self.export_action, self.print_action):
                widget.setEnabled(False)
            self._choices.run()

    @property
    def choosing(self) -> bool:
        """The records a report can be written for are being read."""
        return self._choices.loading

    def _read_choices(self):
        services, need = self.services, self._record_need
        return lambda: (need, catalog.choices(services, need))

    def _choices_read(self, result) -> None:
        need, choices = result
        if need != self._record_need:
            return  # another report was chosen meanwhile: its records follow
        self.record_combo.clear()
        # the combo keeps the id as text: a UUID object would not be found by findData
        self._choice_ids = {str(choice.id): choice.id for choice in choices}
        for choice in choices:
            self.record_combo.addItem(choice.label, str(choice.id))
        if not choices:
            self.record_combo.addItem(self.tr("— nothing to report on yet —"), None)
        for widget in (self.record_combo, self.export_action, self.print_action):
            widget.setEnabled(True)

    def _choices_failed(self, exc: Exception) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        dialogs.show_message(self, self.tr("Reports"), str(exc))
        self._choices_read((self._record_need, []))

    def params(self) -> dict:
        values = {
            catalog.YEAR: self.year_edit.value(),
            catalog.MONTH: _date(self.month_edit.date()).replace(day=1),
            catalog.PERIOD: (_date(self.period_from.date()), _date(self.period_to.date())),
        }
        if getattr(self, "_record_need", None) is not None:
            values[self._record_need] = self._choice_ids.get(self.record_combo.currentData())
        return values

    def _check(self, kind: catalog.ReportKind) -> str | None:
        if catalog.PERIOD in kind.needs and self.period_to.date() < self.period_from.date():
            return self.tr("The end of the period is before its start.")
        need = getattr(self, "_record_need", None)
        if need is not None and self.record_combo.currentData() is None:
            return self.tr("There is nothing to write this report for yet.")
        return None

    def _file_name(self, kind: catalog.ReportKind, fmt: str) -> str:
        name = re.sub(r"[^\w\- ]+", "", kind.display_title()).strip().replace(" ", "-")
        return f"{name or kind.key}.{fmt}"

    # --- writing ---
    def save_report(self) -> None:
        kind = self.current_kind()
        if kind is None:
            return
        problem = self._check(kind)
        if problem:
            dialogs.show_message(self, kind.display_title(), problem)
            return
        fmt = self.format_combo.currentData() or kind.formats[0]
        pattern = {"pdf": dialogs.pdf_pattern, "docx": dialogs.word_pattern}.get(
            fmt, dialogs.excel_pattern)()
        name = dialogs.choose_save_file(self, kind.display_title(),
                                        self._file_name(kind, fmt), pattern)
        if not name:
            return
        out = Path(name)
        if out.suffix.lower() != f".{fmt}":
            out = out.with_name(out.name + f".{fmt}")
        params = self.params()
        self.status.emit(self.tr("Writing «{title}»…").format(title=kind.display_title()))
        self.tasks.run(lambda: catalog.write_report(self.services, kind.key, params, out),
                       lambda path: self._written(path), self._failed)

    def _written(self, path: Path) -> None:
        self.status.emit(self.tr("Written: {path}").format(path=path))
        self.written.emit(str(path))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ServiceError | OSError):
            dialogs.show_message(self, self.tr("The report was not written"), str(exc))
        else:
            raise exc

    def print_report(self) -> int:
        kind = self.current_kind()
        if kind is None:
            return 0
        problem = self._check(kind)
        if problem:
            dialogs.show_message(self, kind.display_title(), problem)
            return 0
        if "pdf" not in kind.formats:
            return 0
        params = self.params()
        pages = printing.print_report(
            self, kind.display_title(),
            lambda path: catalog.write_report(self.services, kind.key, params, path))
        if pages:
            self.status.emit(self.tr("Sent to the printer: {pages} pages.").format(pages=pages))
        return pages
