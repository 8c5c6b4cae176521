"""A workshop's infrastructure list as a table: rows are ``ItemData``.

Search over names, the stage filter and sorting happen inside the model (DESIGN.md: no
proxy model over Python rows).  Totals are over the rows shown.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.formats import format_date, format_money, format_number
from app.services.readiness import STAGES
from app.services.site_data import ItemData, category_label, stage_label
from app.views.widgets.rows_model import RowsTableModel
from app.views.widgets.rows_model import fold as _fold

COLUMNS = ("position", "name", "category", "quantity", "unit", "unit_price", "cost", "stage",
           "dates", "contract")
_NUMBERS = {"position", "quantity", "unit_price", "cost"}
_RANK = {stage: i for i, stage in enumerate(STAGES)}
# the date each stage is reached on, in the order of the stages
STAGE_DATES = (("ordered", "ordered_on"), ("delivered", "delivered_on"),
               ("installed", "installed_on"), ("commissioned", "commissioned_on"))

_Index = QModelIndex | QPersistentModelIndex



def next_stage(stage: str) -> str | None:
    """The stage after ``stage``; None for the last one."""
    rank = _RANK.get(stage, 0)
    return STAGES[rank + 1] if rank + 1 < len(STAGES) else None


def dates_text(row: ItemData) -> str:
    """The dates of the stages reached, in stage order: «23.04.25 → — → 10.05.25» (a stage
    passed without a date shows «—»); the tooltip names each stage."""
    dates = [getattr(row, f) for _s, f in STAGE_DATES]
    reached = max([_RANK.get(row.stage, 0)] + [i + 1 for i, d in enumerate(dates) if d])
    return " → ".join(d.strftime("%d.%m.%y") if d else "—" for d in dates[:reached])


class ItemsTableModel(RowsTableModel):
    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[ItemData] = []
        self._keys: list[str] = []
        self._rows: list[ItemData] = []
        self._search = ""
        self._stage = ""
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("No."), self.tr("Name"), self.tr("Kind"), self.tr("Qty"), self.tr("Unit"),
            self.tr("Unit price"), self.tr("Sum"), self.tr("Stage"), self.tr("Stage dates"),
            self.tr("Contract"),
        )

    # --- data in ---
    def set_rows(self, rows: list[ItemData]) -> None:
        self._all = list(rows)
        self._keys = [_fold(f"{r.name} {r.specification}") for r in self._all]
        self._refresh()

    def set_filter(self, text: str, stage: str) -> None:
        self._search, self._stage = _fold(text.strip()), stage or ""
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        words = self._search.split()
        rows = [row for row, key in zip(self._all, self._keys, strict=True)
                if all(w in key for w in words) and (not self._stage or row.stage == self._stage)]
        self._rows = self._sorted(rows)
        self.endResetModel()

    # --- sorting ---
    def _sorted(self, rows: list[ItemData]) -> list[ItemData]:
        column, order = self._sort
        name = COLUMNS[column]
        if name in ("quantity", "unit_price", "cost", "position"):
            def key(r):
                return getattr(r, name)
        elif name == "category":
            def key(r):
                return _fold(category_label(r.category))
        elif name == "stage":
            def key(r):
                return _RANK.get(r.stage, 0)
        elif name == "dates":
            def key(r):
                return max((getattr(r, f) for _s, f in STAGE_DATES if getattr(r, f)),
                           default=date.min)
        else:
            def key(r):
                return _fold(getattr(r, name) or "")
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # --- Qt model interface (rowCount, columnCount, headerData: RowsTableModel) ---
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        name = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, name)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and name in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "name":
                return "\n".join(filter(None, (row.name, row.specification)))
            if name == "category":
                return category_label(row.category)
            if name == "contract" and row.contract_text and row.contract_id is None:
                return self.tr("Typed before: «{text}» — not in the register of contracts; "
                               "choose the contract in the item's window.").format(
                                   text=row.contract_text)
            if name in ("dates", "stage"):
                return "\n".join(f"{stage_label(s)}: {format_date(getattr(row, f))}"
                                 for s, f in STAGE_DATES if getattr(row, f))
        return None

    def _display(self, row: ItemData, name: str) -> str:
        if name == "position":
            return str(row.position) if row.position else ""
        if name == "category":
            return category_label(row.category)
        if name == "quantity":
            return format_number(row.quantity)
        if name == "unit_price":
            return format_money(row.unit_price)
        if name == "cost":
            return format_money(row.cost)
        if name == "stage":
            return stage_label(row.stage)
        if name == "dates":
            return dates_text(row)
        if name == "contract" and row.contract_id is None and row.contract_text:
            return f"⚠ {row.contract_text}"  # typed before 0011, matches no contract
        return getattr(row, name)

    # --- helpers for the page ---
    def row_at(self, row: int) -> ItemData:
        return self._rows[row]

    def row_of(self, item_id) -> int:
        for i, r in enumerate(self._rows):
            if r.id == item_id:
                return i
        return -1

    def item(self, item_id) -> ItemData | None:
        return next((r for r in self._all if r.id == item_id), None)

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def shown_sum(self) -> Decimal:
        return sum((r.cost for r in self._rows), Decimal(0))

    def next_position(self) -> int:
        return max((r.position for r in self._all), default=0) + 1
