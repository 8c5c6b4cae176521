"""The roadmap as a table: rows are ``RoadmapData``; a red dot by an overdue item's status,
an amber one by an item due soon, the seven standard
stages marked with a star.  Sorting inside the model (DESIGN.md)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.formats import format_date
from app.services import clock
from app.services.roadmap import RoadmapData, RoadmapStatus, status_label
from app.views.widgets.colours import Level, badge, deadline_level
from app.views.widgets.rows_model import RowsTableModel
from app.views.widgets.rows_model import fold as _fold

COLUMNS = ("number", "title", "deadline", "responsible_person", "responsible_org", "status",
           "done_on", "evidence_doc", "attachment_name")
OVERDUE_TEXT, OVERDUE_BACKGROUND = "#b3261e", "#fde2e1"
DONE_TEXT = "#2e6b3a"
STAR = "★"
_STATUS_ORDER = {s.value: i for i, s in enumerate(RoadmapStatus)}

_Index = QModelIndex | QPersistentModelIndex



class RoadmapTableModel(RowsTableModel):
    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[tuple[int, RoadmapData]] = []  # (number in the roadmap's order, row)
        self._rows: list[tuple[int, RoadmapData]] = []
        self._overdue: set = set()
        self.today = clock.today()
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("No."), self.tr("Item"), self.tr("Deadline"), self.tr("Responsible person"),
            self.tr("Organization"), self.tr("Status"), self.tr("Done on"),
            self.tr("Evidence document"), self.tr("Attached file"),
        )
        self._bold = QFont()
        self._bold.setBold(True)

    # --- data in ---
    def set_rows(self, rows: list[RoadmapData], today: date | None = None) -> None:
        self.today = today or clock.today()
        self.beginResetModel()
        self._all = list(enumerate(rows, start=1))
        self._overdue = {r.id for r in rows if r.overdue(self.today)}
        self._rows = self._sorted(self._all)
        self.endResetModel()

    @property
    def overdue_count(self) -> int:
        return len(self._overdue)

    def level(self, row: RoadmapData) -> Level:
        return deadline_level(row.deadline, row.status == RoadmapStatus.DONE, self.today,
                              overdue=row.id in self._overdue)

    def is_overdue(self, row: int) -> bool:
        return self._rows[row][1].id in self._overdue

    # --- sorting ---
    def _sorted(self, rows):
        column, order = self._sort
        name = COLUMNS[column]
        if name == "number":
            def key(pair):
                return pair[0]
        elif name in ("deadline", "done_on"):
            def key(pair):
                value = getattr(pair[1], name)
                return (value is None, value or date.min)
        elif name == "status":
            def key(pair):
                return _STATUS_ORDER.get(pair[1].status, 0)
        else:
            def key(pair):
                return _fold(getattr(pair[1], name) or "")
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # --- Qt model interface (rowCount, columnCount, headerData: RowsTableModel) ---
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        number, row = self._rows[index.row()]
        name = COLUMNS[index.column()]
        overdue = row.id in self._overdue
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "number":
                return f"{STAR} {number}" if row.standard_stage else str(number)
            if name == "status":
                text = status_label(row.status)
                return self.tr("{status}, overdue").format(status=text) if overdue else text
            if name in ("deadline", "done_on"):
                return format_date(getattr(row, name))
            return getattr(row, name)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and name == "status":
            return badge(self.level(row))  # a dot by the status, no coloured rows (issue 21)
        if role == Qt.ItemDataRole.FontRole and (
                (name == "number" and row.standard_stage) or (overdue and name == "deadline")):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "number":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "number" and row.standard_stage:
                return self.tr("Standard stage {number} of the roadmap").format(
                    number=row.standard_stage)
            if name in ("title", "responsible_person", "responsible_org", "evidence_doc",
                        "attachment_name"):
                return getattr(row, name) or None
        return None

    # --- helpers for the page ---
    def row_at(self, row: int) -> RoadmapData:
        return self._rows[row][1]

    def row_of(self, item_id) -> int:
        for i, (_n, r) in enumerate(self._rows):
            if r.id == item_id:
                return i
        return -1

    def item(self, item_id) -> RoadmapData | None:
        return next((r for _n, r in self._all if r.id == item_id), None)
