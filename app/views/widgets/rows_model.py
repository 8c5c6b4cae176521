"""What the list models share: rows of dataclasses held in ``_rows``, column keys in
``COLUMNS``, translated titles in ``_headers``.  Sorting and filtering stay in each model."""

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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
