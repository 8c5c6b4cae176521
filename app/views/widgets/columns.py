"""A table described by its columns: ``Col`` specs, a model that searches and sorts inside
itself (DESIGN.md), and the read-only table every list here is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from app.views.widgets.colours import Level, badge
from app.views.widgets.filling_table import FillingTableView
from app.views.widgets.rows_model import SearchedRowsModel, fold

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Col:
    key: str
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # by the folded text when None
    right: bool = False  # numbers: aligned right
    tip: bool = False  # long text: the whole of it as a tooltip


class ColumnsModel(SearchedRowsModel):
    """Rows of dataclasses (with an ``id``) shown through ``Col`` descriptions; search and
    sorting inside the model (DESIGN.md).  ``attention(row)`` gives a row's ``Level`` (True:
    critical), shown as a small dot before its first cell, never as a row colour."""

    def __init__(self, columns: list[Col], search_text: Callable[[Any], str] | None = None,
                 attention: Callable[[Any], bool | Level] | None = None, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.COLUMNS = tuple(c.key for c in columns)
        self._headers = tuple(c.title for c in columns)
        self._search_text = search_text
        self.attention = attention or (lambda _row: False)
        self._rows: list = []
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    def search_text(self, row) -> str:
        return self._search_text(row) if self._search_text else ""

    def _sorted(self, rows: list) -> list:
        column, order = self._sort
        col = self.columns[column]
        key = col.sort or (lambda r, c=col: fold(c.text(r) or ""))
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            level = self.attention(row)
            return badge(Level.CRITICAL if level is True else Level(level or 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tip:
            return col.text(row) or None
        return None

    def row_at(self, row: int):
        return self._rows[row]

    def row_of(self, row_id) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def rows(self) -> list:
        return list(self._rows)


def make_table(model, fill_column: int, widths: tuple[int, ...] = (),
               sortable: bool = True, name: str = "",
               hidden: tuple[str, ...] = ()) -> FillingTableView:
    """A read-only table of whole rows, one selected at a time, the way every list here is;
    its columns follow the kit's rule (app/views/widgets/filling_table.py: the main text column
    stretches, the others fit a sample of their rows, the user's widths are remembered).
    ``widths`` is no longer read (kept for the callers); ``name`` keys the remembered widths;
    ``hidden`` names the columns a list starts without (the heading's menu shows them)."""
    table = FillingTableView(fill_column)
    table.hidden_by_default = set(hidden)
    if name:
        table.setObjectName(name)
    table.setModel(model)
    if sortable:
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(26)
    table.size_columns()
    return table


def selected_id(table) -> Any:
    index = table.currentIndex()
    return table.model().data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None


def select_id(table, row_id) -> None:
    row = table.model().row_of(row_id)
    if row >= 0:
        table.selectRow(row)
        table.scrollTo(table.model().index(row, 0))
