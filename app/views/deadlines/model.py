"""The deadlines' list: one row a deadline (due day, how long is left, kind, what, who),
filtered by urgency, kind, responsible organisation and a search text.  Sorting inside the
model (DESIGN.md); the deadline itself under ``Qt.UserRole``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.formats import format_date
from app.services.deadlines import Deadline, Urgency
from app.views.widgets.colours import ALERT
from app.views.widgets.colours import MOVED_TEXT as WARN  # amber: slipping, not yet late
from app.views.widgets.rows_model import Index, RowsTableModel, fold

COLUMNS = ("due_on", "left", "kind", "title", "responsible")


class DeadlinesModel(RowsTableModel):
    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = date.min
        self._all: list[Deadline] = []
        self._rows: list[Deadline] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._filter: tuple[str, str, str, str] = ("", "", "", "")
        self._headers = (self.tr("Due"), self.tr("Left"), self.tr("Kind"), self.tr("What"),
                         self.tr("Responsible"))

    def set_rows(self, rows: list[Deadline], today: date) -> None:
        self.beginResetModel()
        self.today, self._all = today, list(rows)
        self._rows = self._sorted(self._filtered())
        self.endResetModel()

    def set_filter(self, urgency: str = "", kind: str = "", responsible: str = "",
                   text: str = "") -> None:
        self.beginResetModel()
        self._filter = (urgency, kind, responsible, fold(text.strip()))
        self._rows = self._sorted(self._filtered())
        self.endResetModel()

    def deadline(self, row: int) -> Deadline | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def left_text(self, d: Deadline) -> str:
        left = d.days_left(self.today)
        if left < 0:
            return self.tr("overdue by {days} d.").format(days=-left)
        if left == 0:
            return self.tr("today")
        return self.tr("in {days} d.").format(days=left)

    def _filtered(self) -> list[Deadline]:
        urgency, kind, responsible, text = self._filter
        order = list(Urgency)
        out = []
        for d in self._all:
            # «this week» includes what is overdue; «this month» what is due this week too
            if urgency and order.index(d.urgency(self.today)) > order.index(Urgency(urgency)):
                continue
            if kind and d.kind != kind:
                continue
            if responsible and d.responsible != responsible:
                continue
            if text and text not in fold(f"{d.title} {d.responsible} {d.kind_label}"):
                continue
            out.append(d)
        return out

    def _key(self, d: Deadline, name: str):
        if name in ("due_on", "left"):  # ties keep the service's order (a stable sort)
            return d.due_on
        if name == "kind":
            return (fold(d.kind_label), d.due_on)
        return (fold(getattr(d, name)), d.due_on)

    def _sorted(self, rows):
        column, order = self._sort
        name = COLUMNS[column] if column >= 0 else "due_on"
        return sorted(rows, key=lambda d: self._key(d, name),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        name = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "due_on":
                return format_date(d.due_on)
            if name == "left":
                return self.left_text(d)
            if name == "kind":
                return d.kind_label
            return getattr(d, name)
        if role == Qt.ItemDataRole.ToolTipRole and name in ("title", "responsible"):
            return getattr(d, name) or None
        if role == Qt.ItemDataRole.ForegroundRole and name == "left":
            # colour only where it means something: red overdue, amber within a week
            urgency = d.urgency(self.today)
            if urgency == Urgency.OVERDUE:
                return QColor(ALERT)
            if urgency == Urgency.WEEK:
                return QColor(WARN)
        if role == Qt.ItemDataRole.UserRole:
            return d
        return None
