"""A list of simple records (staff trained, admission figures, agreements, shared use,
experts) with the section toolbar (add / edit / delete through a dialog built from a list of
fields, refresh, search), a year filter, and one sentence with a button while the list has
no records at all.  Each list subclasses ``RecordsTab`` and says its columns, its fields, its
service calls and its empty sentence."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.services import Services
from app.services.errors import ServiceError
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.indicators.common import Column, ListModel, make_table, selected_row
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.form_dialog import FormDialog, organization_combo, select_data
from app.views.widgets.loader import Loader
from app.views.widgets.page import PagePart
from app.views.widgets.page_actions import PageToolbar


@dataclass
class Field:
    name: str
    label: str
    kind: str = "text"  # text, lines, int, date, org, choice
    choices: tuple[tuple[str, Any], ...] = ()
    placeholder: str = ""
    maximum: int = 10_000_000


class RecordDialog(FormDialog):
    def __init__(self, services: Services, title: str, fields: list[Field], data,
                 store, writable: bool = True, parent=None):
        super().__init__(parent)
        self.original, self._store, self.specs = data, store, fields
        self.setWindowTitle(title)
        dialogs.room_for_text(self, 620)
        form = self.new_form()
        for spec in fields:
            value = getattr(data, spec.name)
            if spec.kind == "lines":
                widget = QPlainTextEdit(value or "")
                widget.setFixedHeight(80)
            elif spec.kind == "int":
                widget = QSpinBox()
                widget.setRange(0, spec.maximum)
                widget.setGroupSeparatorShown(True)
                widget.setMaximumWidth(160)
                widget.setValue(int(value or 0))
            elif spec.kind == "date":
                widget = OptionalDateEdit()
                widget.set_value(value)
            elif spec.kind == "org":
                widget = organization_combo(services, value)
            elif spec.kind == "choice":
                widget = QComboBox()
                for text, code in spec.choices:
                    widget.addItem(text, code)
                select_data(widget, value)
            else:
                widget = self.line(form, spec.name, spec.label, spec.placeholder)
                widget.setText(value or "")
                widget.setCursorPosition(0)
                widget.setReadOnly(not writable)
                continue
            self.add_field(form, spec.name, spec.label, widget)
            if not writable:
                widget.setEnabled(False)
        self.finish(form)
        if not writable:
            self.save_button.hide()

    def read(self):
        values = {}
        for spec in self.specs:
            widget = self.fields[spec.name]
            if spec.kind == "lines":
                values[spec.name] = widget.toPlainText().strip()
            elif spec.kind == "int":
                values[spec.name] = widget.value()
            elif spec.kind == "date":
                values[spec.name] = widget.value()
            elif spec.kind in ("org", "choice"):
                values[spec.name] = widget.currentData()
            else:
                values[spec.name] = widget.text().strip()
        return replace(self.original, **values)

    def store(self, data):
        return self._store(data)


class RecordsTab(PagePart):
    changed = Signal()
    YEAR_FILTER = True

    def __init__(self, services: Services, tasks: TaskRunner, writable: bool, parent=None):
        super().__init__(services, tasks, parent)
        self.writable = writable
        self.model = ListModel(self.columns(), self)
        self.loader = Loader(tasks, self._prepare, self._arrived, self._failed)
        self._select_after = None

        self.toolbar = PageToolbar()
        bar = self.toolbar
        self.add_action = bar.standard("add", self.add, self.tr("Add…"))
        self.edit_action = bar.standard(
            "edit", self.edit, self.tr("Edit…") if writable else self.tr("Open"))
        self.delete_action = bar.standard("delete", self.delete, self.tr("Delete"))
        self.refresh_action = bar.standard("refresh", self.reload)
        self.search = bar.add_search(self.tr("Search…"))
        self.search.textChanged.connect(self._search_changed)
        self.add_action.setVisible(writable)
        self.delete_action.setVisible(writable)
        self.year = QComboBox()
        self.year.addItem(self.tr("All years"), None)
        this_year = date.today().year
        for year in range(this_year + 1, this_year - 6, -1):
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(lambda *_a: self.reload())
        self.count = QLabel()
        filters = QHBoxLayout()
        if self.YEAR_FILTER:
            filters.addWidget(QLabel(self.tr("Year:")))
            filters.addWidget(self.year)
        filters.addStretch(1)
        filters.addWidget(self.count)
        self.table = make_table(self.model, self.widths(), self.fill_column())
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self._loaded = False
        self.empty_state = EmptyState(
            self.table, self.model, self.empty_text(),
            self.empty_button() if writable else None, self.add,
            is_empty=lambda: self._loaded and self.model.total == 0
            and (not self.YEAR_FILTER or self.year.currentData() is None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.empty_state, 1)
        self._update_actions()

    # --- what a list says (subclasses) ---
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def widths(self) -> tuple[int, ...]:
        raise NotImplementedError

    def fill_column(self) -> int:
        return 0

    def fields(self) -> list[Field]:
        raise NotImplementedError

    def fetch(self, year):
        """The service call (run off the GUI thread) for ``year`` (None: all)."""
        raise NotImplementedError

    def blank(self):
        raise NotImplementedError

    def save_record(self, data):
        raise NotImplementedError

    def delete_record(self, row_id) -> None:
        raise NotImplementedError

    def describe(self, row) -> str:
        raise NotImplementedError

    def dialog_title(self, row) -> str:
        return self.describe(row) if row is not None else self.tr("New record")

    def empty_text(self) -> str:
        """The sentence an empty list shows."""
        return self.tr("There are no records yet.")

    def empty_button(self) -> str:
        """The text of the button that adds the first record."""
        return self.tr("Add the first record")

    # --- loading ---
    def reload(self) -> None:
        self.loader.run()

    def _prepare(self):
        return self.fetch(self.year.currentData() if self.YEAR_FILTER else None)

    def _arrived(self, rows) -> None:
        keep = self._select_after or self.selected_id()
        self._select_after = None
        self._loaded = True
        self.model.set_rows(rows)
        row = self.model.row_of(keep)
        if row >= 0:
            self.table.selectRow(row)
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(self.tr("Records: {count}").format(count=total) if shown == total
                           else self.tr("{shown} of {total}").format(shown=shown, total=total))

    def _update_actions(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    def _failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Not loaded"), str(exc))

    # --- actions ---
    def selected_id(self):
        row = selected_row(self.table)
        return getattr(row, "id", None) if row is not None else None

    def open_dialog(self, row=None) -> RecordDialog:
        data = row if row is not None else self.blank()
        return RecordDialog(self.services, self.dialog_title(row), self.fields(), data,
                            self.save_record, self.writable, self)

    def add(self) -> None:
        self._run(self.open_dialog(None))

    def edit(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self._run(self.open_dialog(row))

    def _run(self, dialog: RecordDialog) -> None:
        self.run_dialog(dialog, self.after_save)

    def after_save(self, saved) -> None:
        self.status.emit(self.tr("Saved: {name}").format(name=self.describe(saved)))
        self._select_after = saved.id
        self.reload()
        self.changed.emit()

    def delete(self) -> None:
        row = selected_row(self.table)
        if row is None or not dialogs.confirm(self, self.tr("Delete"), self.tr(
                "Delete «{name}»?").format(name=self.describe(row))):
            return
        try:
            self.delete_record(row.id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not deleted"), str(exc))
            return
        self.status.emit(self.tr("Deleted: {name}").format(name=self.describe(row)))
        self.reload()
        self.changed.emit()
