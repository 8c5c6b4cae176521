"""What the indicators section's tabs share: figure texts, colours, a plain sorted list
model, a table view set up the same way everywhere, and writing a report off the GUI
thread."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.formats import format_number
from app.services.errors import ServiceError
from app.views import dialogs
from app.views.widgets import columns
from app.views.widgets.filling_table import FillingTableView
from app.views.widgets.rows_model import SearchedRowsModel, fold

BEHIND_TEXT, BEHIND_BACKGROUND = "#b3261e", "#fde2e1"
MET_TEXT, MUTED_TEXT = "#2e6b3a", "#4a5a68"


def fmt_figure(value: Decimal | None) -> str:
    """1 234,5 — no trailing zeros; empty for no figure."""
    return "" if value is None else format_number(value)


def fmt_signed(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format_number(abs(value))
    return ("+" if value > 0 else "−" if value < 0 else "") + text


class Column:
    """A column of a ``ListModel``: its header, the text of a row, and how it sorts."""

    def __init__(self, header: str, text: Callable[[Any], str],
                 key: Callable[[Any], Any] | None = None, right: bool = False):
        self.header, self.text, self.right = header, text, right
        self.key = key or (lambda row: fold(text(row)))


class ListModel(SearchedRowsModel):
    """Rows of dataclasses shown through ``Column``s; the row's ``id`` in UserRole.  A search
    keeps the rows whose column texts hold every word typed."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.COLUMNS = tuple(str(i) for i in range(len(columns)))
        self._headers = tuple(c.header for c in columns)
        self._rows: list = []
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self.colour: Callable[[Any], str | None] = lambda _row: None
        #: A row's own tooltip (why it looks different), before the cell's text.
        self.tooltip: Callable[[Any], str | None] = lambda _row: None

    def set_rows(self, rows: list, keep_order: bool = False) -> None:
        self._keep_order = keep_order
        super().set_rows(rows)

    def search_text(self, row) -> str:
        return " ".join(column.text(row) or "" for column in self.columns)

    def _sorted(self, rows):
        column = self.columns[self._sort[0]]
        return sorted(rows, key=lambda r: (column.key(r) is None, column.key(r) or 0)
                      if column.right else column.key(r),
                      reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row) or column.text(row) or None
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(row)
            return QColor(colour) if colour else None
        return None

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == row_id),
                    -1)

    def rows(self) -> list:
        return list(self._rows)


def make_table(model, widths, fill: int = 0, sortable: bool = True) -> FillingTableView:
    """The kit's read-only table (app/views/widgets/columns.py), in this section's argument
    order."""
    return columns.make_table(model, fill, widths, sortable)


def selected_row(table) -> Any:
    return table.model().row_at(table.currentIndex().row())


def ask_report_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Where to write an .xlsx or a .pdf report (.xlsx when the name says neither)."""
    name = dialogs.choose_save_file(parent, title, suggested, dialogs.export_pattern())
    if not name:
        return None
    if not name.lower().endswith((".xlsx", ".pdf")):
        name += ".xlsx"
    return Path(name)


def write_off_thread(parent: QWidget, tasks, work: Callable[[], Any], path: Path,
                     status: Callable[[str], None]) -> None:
    """Write a report off the GUI thread; the status bar says when it is written, a message
    why not."""
    status(QCoreApplication.translate("Indicators", "Writing {name}…").format(name=path.name))

    def failed(exc: Exception) -> None:
        if not isinstance(exc, OSError | ServiceError):
            raise exc
        dialogs.show_message(parent, QCoreApplication.translate("Indicators", "Not written"),
                             str(exc))

    tasks.run(work, lambda _r: status(QCoreApplication.translate(
        "Indicators", "Written: {path}").format(path=path)), failed)
