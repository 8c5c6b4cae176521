"""The event list as a table: rows are ``EventRow``; overdue rows in red, held ones green.
Search and sorting happen inside the model (DESIGN.md); the other filters in SQL."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.formats import format_number
from app.services.event_codes import EventStatus, PlanKind, status_label
from app.services.event_data import EventRow, PlanData
from app.services.reports.model import Column, TableReport
from app.views.events.common import audiences_text, fmt_days
from app.views.widgets.colours import Level, badge
from app.views.widgets.labels import plan_name
from app.views.widgets.rows_model import SearchedRowsModel, fold

COLUMNS = ("date", "title", "plan", "place", "responsible", "audiences", "planned_reach",
           "actual_reach", "status")
_STATUS_ORDER = {s.value: i for i, s in enumerate(EventStatus)}
_NUMBERS = ("planned_reach", "actual_reach")

_Index = QModelIndex | QPersistentModelIndex


class EventsTableModel(SearchedRowsModel):
    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EventRow] = []
        self._plans: dict = {}
        self.today = date.today()
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("Date"), self.tr("Event"), self.tr("Plan"), self.tr("Place"),
            self.tr("Responsible"), self.tr("Audiences"), self.tr("Planned reach"),
            self.tr("Actual reach"), self.tr("Status"),
        )

    # --- data in ---
    def set_plans(self, plans: list[PlanData]) -> None:
        self._plans = {p.id: self.short_plan_name(p) for p in plans}

    def short_plan_name(self, plan: PlanData) -> str:
        """«План мероприятий 2026»: short enough for a column."""
        if plan.kind == PlanKind.ANNUAL:
            return self.tr("Annual plan {year}").format(year=plan.year)
        if plan.kind == PlanKind.EVENTS:
            return self.tr("Plan of events {year}").format(year=plan.year)
        if plan.kind == PlanKind.CAMPAIGN:
            return self.tr("Information campaign {year}").format(year=plan.year)
        return plan_name(plan)

    def set_rows(self, rows: list[EventRow], today: date | None = None) -> None:
        self.today = today or date.today()
        super().set_rows(rows)

    def search_text(self, row: EventRow) -> str:
        return " ".join((row.title, row.place, row.responsible))

    @property
    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.overdue(self.today))

    # --- sorting ---
    def _sorted(self, rows: list[EventRow]) -> list[EventRow]:
        column, order = self._sort
        name = COLUMNS[column]
        if name == "date":
            def key(r):
                return (r.starts_on, r.last_day, r.position)
        elif name == "status":
            def key(r):
                return (_STATUS_ORDER.get(r.status, 9), r.starts_on)
        elif name in _NUMBERS:
            def key(r):
                return getattr(r, name)
        elif name == "plan":
            def key(r):
                return (fold(self._plans.get(r.plan_id, "")), r.position)
        elif name == "audiences":
            def key(r):
                return fold(audiences_text(r.audiences))
        else:
            def key(r):
                return fold(getattr(r, name) or "")
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # --- Qt model interface ---
    def text(self, row: EventRow, name: str) -> str:
        if name == "date":
            return fmt_days(row.starts_on, row.ends_on)
        if name == "plan":
            return self._plans.get(row.plan_id, "")
        if name == "audiences":
            return audiences_text(row.audiences)
        if name in _NUMBERS:
            value = getattr(row, name)
            held = name == "actual_reach" and row.status == EventStatus.HELD
            return format_number(value) if value or held else ""
        if name == "status":
            text = status_label(row.status)
            return self.tr("{status}, overdue").format(status=text) \
                if row.overdue(self.today) else text
        return getattr(row, name)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        name = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, name)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and name == "status":
            # a red dot by an overdue event's status; no coloured rows or texts (issue 21)
            return badge(Level.CRITICAL if row.overdue(self.today) else Level.NEUTRAL)
        if role == Qt.ItemDataRole.TextAlignmentRole and name in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and name in ("title", "place", "responsible",
                                                           "audiences", "plan"):
            return self.text(row, name) or None
        return None

    # --- helpers for the page ---
    def row_at(self, row: int) -> EventRow:
        return self._rows[row]

    def row_of(self, event_id) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == event_id), -1)

    def is_overdue(self, row: int) -> bool:
        return self._rows[row].overdue(self.today)

    def report(self, subtitle: str = "") -> TableReport:
        """The rows as shown (filtered and sorted) for the xlsx export."""
        columns = [Column(self.tr("Start"), "date", 12), Column(self.tr("End"), "date", 12),
                   Column(self._headers[1], width=60), Column(self._headers[2], width=34),
                   Column(self._headers[3], width=34), Column(self._headers[4], width=34),
                   Column(self._headers[5], width=40), Column(self._headers[6], "int", 14),
                   Column(self._headers[7], "int", 14), Column(self._headers[8], width=20)]
        rows, late = [], set()
        for i, r in enumerate(self._rows):
            rows.append([r.starts_on, r.ends_on, r.title, self._plans.get(r.plan_id, ""),
                         r.place, r.responsible, audiences_text(r.audiences), r.planned_reach,
                         r.actual_reach if r.status == EventStatus.HELD else None,
                         self.text(r, "status")])
            if r.overdue(self.today):
                late.add(i)
        return TableReport(self.tr("Events"), columns, rows, sheet_name=self.tr("Events"),
                           subtitle=subtitle, attention_rows=late)

