"""What the list models share: rows of dataclasses held in ``_rows``, column keys in
``COLUMNS``, translated titles in ``_headers``, the sort order in ``_sort``.  Each model says
how it orders rows (``_sorted``) and how it filters them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Text as search and sort compare it: case and ё/е ignored."""
    return text.casefold().replace("ё", "е")


class RowsTableModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()
    _rows: list
    _headers: tuple[str, ...]
    _sort: tuple[int, Qt.SortOrder]

    def _sorted(self, rows: list) -> list:
        raise NotImplementedError

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
