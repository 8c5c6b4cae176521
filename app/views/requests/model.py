"""The requests' list and the status board (per request and participant: sent, returned,
accepted, overdue).  Sorting inside the models (DESIGN.md); the row itself under UserRole."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.formats import format_date
from app.services.requests.status import BoardRow, RequestData
from app.views.widgets.colours import ALERT, GOOD
from app.views.widgets.rows_model import Index, RowsTableModel, fold


class RequestsModel(RowsTableModel):
    COLUMNS = ("number", "kind", "title", "period", "due_on", "progress")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RequestData] = []
        self._sort = (0, Qt.SortOrder.DescendingOrder)
        self._headers = (self.tr("№"), self.tr("What"), self.tr("Title"), self.tr("Period"),
                         self.tr("Due"), self.tr("Accepted / asked"))

    def set_rows(self, rows: list[RequestData]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    def row(self, index: int) -> RequestData | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def _sorted(self, rows):
        column, order = self._sort
        name = self.COLUMNS[column] if column >= 0 else "number"
        keys = {"number": lambda r: r.number, "kind": lambda r: fold(r.kind_label),
                "title": lambda r: fold(r.title), "period": lambda r: r.period_from,
                "due_on": lambda r: r.due_on, "progress": lambda r: (r.accepted, r.recipients)}
        return sorted(rows, key=keys[name], reverse=order == Qt.SortOrder.DescendingOrder)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        name = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"number": str(r.number), "kind": r.kind_label, "title": r.title,
                    "period": f"{format_date(r.period_from)} – {format_date(r.period_to)}",
                    "due_on": format_date(r.due_on),
                    "progress": self.tr("{accepted} of {asked}").format(
                        accepted=r.accepted, asked=r.recipients)}[name]
        if role == Qt.ItemDataRole.ForegroundRole and name == "progress" and r.overdue:
            return QColor(ALERT)
        if role == Qt.ItemDataRole.UserRole:
            return r
        return None


class BoardModel(RowsTableModel):
    COLUMNS = ("organization", "inn", "status", "sent_on", "returned_on", "accepted_on",
               "overdue", "note")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = date.min
        self._all: list[BoardRow] = []
        self._rows: list[BoardRow] = []
        self._request = None
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._headers = (self.tr("Participant"), self.tr("INN"), self.tr("Status"),
                         self.tr("Sent"), self.tr("Returned"), self.tr("Accepted"),
                         self.tr("Overdue"), self.tr("Note"))

    def set_rows(self, rows: list[BoardRow], today: date) -> None:
        self.beginResetModel()
        self.today, self._all = today, list(rows)
        self._rows = self._sorted(self._mine())
        self.endResetModel()

    def show_request(self, request_id) -> None:
        self.beginResetModel()
        self._request = request_id
        self._rows = self._sorted(self._mine())
        self.endResetModel()

    def row(self, index: int) -> BoardRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def _mine(self) -> list[BoardRow]:
        return [b for b in self._all if b.request_id == self._request]

    def overdue_text(self, b: BoardRow) -> str:
        if not b.overdue(self.today):
            return ""
        return self.tr("by {days} d.").format(days=(self.today - b.due_on).days)

    def _sorted(self, rows):
        column, order = self._sort
        name = self.COLUMNS[column] if column >= 0 else "organization"
        keys = {"organization": lambda b: fold(b.organization), "inn": lambda b: b.inn,
                "status": lambda b: b.status, "overdue": lambda b: b.due_on,
                "note": lambda b: fold(b.last_refusal)}
        key = keys.get(name) or (lambda b: getattr(b, name) or date.min)
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        b = self._rows[index.row()]
        name = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if name in ("sent_on", "returned_on", "accepted_on"):
                return format_date(getattr(b, name))
            if name == "status":
                return b.status_label
            if name == "overdue":
                return self.overdue_text(b)
            if name == "note":
                return " ".join(b.last_refusal.split())
            return getattr(b, name)
        if role == Qt.ItemDataRole.ToolTipRole and name == "note":
            return b.last_refusal or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if name == "overdue" and b.overdue(self.today):
                return QColor(ALERT)
            if name == "status" and b.accepted_on:
                return QColor(GOOD)
        if role == Qt.ItemDataRole.UserRole:
            return b
        return None
