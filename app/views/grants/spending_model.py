"""The spending picture as a tree: sources with their budget lines under them, the total
last.  Sorting happens inside the model (DESIGN.md); the total row always stays at the end.
Lines with overdue deliveries are red."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.formats import format_money, format_percent
from app.services.grants import SpendingRow, label
from app.views.grants.common import (
    OVERDUE_TEXT,
    TOTAL_BACKGROUND,
    fmt_thousands,
)
from app.views.widgets.colours import Level, badge

COLUMNS = ("name", "planned", "announced", "contracted", "accepted", "paid", "remaining",
           "pct_contracted", "pct_paid")
MONEY = set(COLUMNS[1:7])
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)

_Index = QModelIndex | QPersistentModelIndex


class _Node:
    __slots__ = ("row", "parent", "children", "key")

    def __init__(self, row: SpendingRow, parent: _Node | None, key: int):
        self.row, self.parent, self.key = row, parent, key
        self.children: list[_Node] = []


class SpendingModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._nodes: list[_Node] = []  # by key: the index's internal id
        self._top: list[_Node] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.thousands = True  # sums in thousands of roubles: nine columns fit a laptop
        self._names = (
            self.tr("Source / budget line"), self.tr("Planned"), self.tr("Announced"),
            self.tr("Contracted"), self.tr("Accepted"), self.tr("Paid"), self.tr("Remaining"),
            self.tr("Contracted"), self.tr("Paid"),
        )
        self._bold = QFont()
        self._bold.setBold(True)

    # --- data in ---
    def set_rows(self, rows: list[SpendingRow]) -> None:
        self.beginResetModel()
        self._nodes, self._top = [], []
        for row in rows:
            node = self._add(row, None)
            self._top.append(node)
            node.children = [self._add(child, node) for child in row.children]
        self._order()
        self.endResetModel()

    def _add(self, row: SpendingRow, parent: _Node | None) -> _Node:
        node = _Node(row, parent, len(self._nodes))
        self._nodes.append(node)
        return node

    @property
    def rows(self) -> list[SpendingRow]:
        """Top-level rows as shown (sources, then the total)."""
        return [n.row for n in self._top]

    @property
    def total(self) -> SpendingRow | None:
        return next((n.row for n in self._top if n.row.level == "total"), None)

    @property
    def overdue_count(self) -> int:
        total = self.total
        return total.overdue if total else 0

    def set_thousands(self, on: bool) -> None:
        """Sums in thousands of roubles (41 250,00) or in roubles (41 250 000,00 ₽)."""
        self.thousands = on
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.layoutAboutToBeChanged.emit()  # the texts change width
        self.layoutChanged.emit()

    def money_text(self, value: Decimal | None) -> str:
        return fmt_thousands(value) if self.thousands else format_money(value)

    def header_text(self, section: int) -> str:
        """Two lines: what the figure is, and its unit."""
        if section == 0:
            return self._names[0]
        if COLUMNS[section] in MONEY:
            unit = self.tr("k RUB") if self.thousands else self.tr("RUB")
        else:
            unit = "%"
        return f"{self._names[section]}\n{unit}"

    # --- sorting ---
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        nodes = [(self._nodes[i.internalId()], i.column()) for i in before]
        self._order()
        self.changePersistentIndexList(
            before, [self.createIndex(self._row_of(n), c, n.key) for n, c in nodes])
        self.layoutChanged.emit()

    def _order(self) -> None:
        column, order = self._sort
        if column < 0 or column >= len(COLUMNS):
            def key(node):  # the service's own order
                return node.key
        elif COLUMNS[column] == "name":
            def key(node):
                return node.row.name.casefold().replace("ё", "е")
        else:
            name = COLUMNS[column]

            def key(node):
                value = getattr(node.row.figures, name)
                return Decimal(-1) if value is None else value
        reverse = order == Qt.SortOrder.DescendingOrder and column >= 0
        sources = [n for n in self._top if n.row.level != "total"]
        totals = [n for n in self._top if n.row.level == "total"]
        self._top = sorted(sources, key=key, reverse=reverse) + totals  # the total stays last
        for node in sources:
            node.children.sort(key=key, reverse=reverse)

    def _row_of(self, node: _Node) -> int:
        siblings = self._top if node.parent is None else node.parent.children
        return siblings.index(node)

    # --- Qt model interface ---
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self._nodes[parent.internalId()].children if parent.isValid() else self._top
        return self.createIndex(row, column, siblings[row].key)

    def parent(self, *args):  # parent(index) of the model; parent() of the QObject
        if not args:
            return super().parent()
        index = args[0]
        if not index.isValid():
            return QModelIndex()
        up = self._nodes[index.internalId()].parent
        if up is None:
            return QModelIndex()
        return self.createIndex(self._row_of(up), 0, up.key)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._top)
        if parent.column() > 0:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRE if section > 0 else None
        return None

    def row_at(self, index: _Index) -> SpendingRow | None:
        return self._nodes[index.internalId()].row if index.isValid() else None

    def index_of(self, level: str, record_id) -> QModelIndex:
        for node in self._nodes:
            if node.row.level == level and node.row.id == record_id:
                return self.createIndex(self._row_of(node), 0, node.key)
        return QModelIndex()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._nodes[index.internalId()].row
        name = COLUMNS[index.column()]
        overdue = row.level == "line" and row.overdue > 0
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "name":
                return row.name
            value = getattr(row.figures, name)
            return self.money_text(value) if name in MONEY else format_percent(value)
        if role == Qt.ItemDataRole.UserRole:
            return (row.level, row.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and name != "name":
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and row.level in ("source", "total"):
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and name == "name" and overdue:
            return badge(Level.CRITICAL)  # a red dot, not a red row (issue 21)
        if role == Qt.ItemDataRole.ForegroundRole:
            if name == "remaining" and row.figures.remaining < 0:  # overspent: the figure
                return QBrush(QColor(OVERDUE_TEXT))
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(TOTAL_BACKGROUND)) if row.level == "total" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if name in MONEY:  # the exact sum, kopecks and all
                return format_money(getattr(row.figures, name))
            return self._tooltip(row)
        return None

    def _tooltip(self, row: SpendingRow) -> str | None:
        parts = [row.name]
        if row.category:
            parts.append(label(row.category))
        if row.overdue:
            parts.append(self.tr("Overdue deliveries: {count}").format(count=row.overdue))
        if row.level == "line":
            parts.append(self.tr("Double-click to see its procedures and contracts."))
        return "\n".join(parts)
