"""A small read-only table over row dataclasses, described by columns: the drill-down's
lines, procedures, contracts, payments and acceptances.  Sorting inside the model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.formats import format_date, format_money, format_percent
from app.views.widgets.colours import Level, badge

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]  # the raw value: sorted by, and shown through ``kind``
    kind: str = "text"  # text, money, date, percent, count
    text: Callable[[Any], str] | None = None  # the shown text when not just the value


def _shown(column: Column, row) -> str:
    if column.text is not None:
        return column.text(row)
    value = column.value(row)
    if column.kind == "money":
        return format_money(value)
    if column.kind == "date":
        return format_date(value)
    if column.kind == "percent":
        return format_percent(value)
    return "" if value is None else str(value)


def _sort_key(column: Column):
    def key(row):
        value = column.value(row)
        if column.kind == "date":
            return (value is None, value or date.min)
        if column.kind in ("money", "percent", "count"):
            return (value is None, value if value is not None else Decimal(0))
        return (False, str(value or "").casefold().replace("ё", "е"))
    return key


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self._rows: list = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.is_marked: Callable[[Any], bool] = lambda _row: False  # red rows (overdue)
        self.tooltip: Callable[[Any], str | None] = lambda _row: None

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    @property
    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):
        return self._rows[row]

    def row_of(self, record_id) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    # --- sorting ---
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._rows[i.row()], i.column()) for i in before]
        self._rows = self._sorted(self._rows)
        position = {id(r): n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(position[id(r)], c) for r, c in kept])
        self.layoutChanged.emit()

    def _sorted(self, rows: list) -> list:
        column, order = self._sort
        if not 0 <= column < len(self.columns):
            return rows
        return sorted(rows, key=_sort_key(self.columns[column]),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    # --- Qt model interface ---
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole and self._numeric(section):
            return _RIGHT
        return None

    def _numeric(self, section: int) -> bool:
        return self.columns[section].kind in ("money", "percent", "count")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(column, row)
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._numeric(index.column()):
            return _RIGHT
        marked = self.is_marked(row)
        if role == Qt.ItemDataRole.DecorationRole and marked and index.column() == 0:
            return badge(Level.CRITICAL)  # a red dot, not a red row (issue 21)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row) or (_shown(column, row) if column.kind == "text" else None)
        return None
