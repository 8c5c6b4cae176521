"""What the list models share: rows of dataclasses held in ``_rows``, column keys in
``COLUMNS``, translated titles in ``_headers``, the sort order in ``_sort``.  Each model says
how it orders rows (``_sorted``) and how it filters them; ``SearchedRowsModel`` adds the
search box's narrowing, once for every list that searches inside its model."""

from __future__ import annotations

from typing import Any

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


class SearchedRowsModel(RowsTableModel):
    """All the rows loaded (``set_rows``), the ones shown: those whose ``search_text`` holds
    every word typed (case and ё ignored), in the list's order (``_sorted``, or as loaded when
    ``_keep_order``).  The search text is folded once per load, not once per key typed."""

    _all: list | tuple = ()
    _keys: list[str] | tuple = ()
    _words: list[str] | tuple = ()
    _keep_order = False

    def search_text(self, row: Any) -> str:
        return ""

    def set_rows(self, rows: list) -> None:
        self._all = list(rows)
        self._keys = [fold(self.search_text(row)) for row in self._all]
        self._refresh()

    def set_search(self, text: str) -> None:
        self._words = fold(text).split()
        self._refresh()

    def _refresh(self) -> None:
        rows = [row for row, key in zip(self._all, self._keys, strict=True)
                if all(word in key for word in self._words)]
        self.beginResetModel()
        self._rows = rows if self._keep_order else self._sorted(rows)
        self.endResetModel()

    @property
    def total(self) -> int:
        """The rows loaded, whatever the search lets through."""
        return len(self._all)
