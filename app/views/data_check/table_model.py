"""The data check's list: one row a contradiction (rule, what is wrong, the record), the
rule's explanation as the tooltip, the contradiction itself under ``Qt.UserRole``.  Sorting
inside the model (DESIGN.md)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.services.data_check import Contradiction
from app.views.widgets.rows_model import RowsTableModel, fold

COLUMNS = ("rule", "detail", "record")

_Index = QModelIndex | QPersistentModelIndex


class DataCheckModel(RowsTableModel):
    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[tuple[int, Contradiction]] = []  # (order the check found it, row)
        self._rows: list[tuple[int, Contradiction]] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._headers = (self.tr("Rule"), self.tr("What is wrong"), self.tr("Record"))

    def set_rows(self, rows: list[Contradiction]) -> None:
        self.beginResetModel()
        self._all = list(enumerate(rows))
        self._rows = self._sorted(self._all)
        self.endResetModel()

    def contradiction(self, row: int) -> Contradiction | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def _sorted(self, rows):
        column, order = self._sort
        if column < 0:  # the rules' order, as the check lists them
            return sorted(rows, key=lambda pair: pair[0])
        name = COLUMNS[column]
        return sorted(rows, key=lambda pair: (fold(getattr(pair[1], name)), pair[0]),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(row, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.explanation
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
