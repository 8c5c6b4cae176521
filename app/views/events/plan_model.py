"""One plan's events in the plan's order, under their sections («1. Обязательные
мероприятия», then 1.1, 1.2 …): a flat table whose section rows span every column."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.formats import format_number
from app.services.event_codes import MANDATORY, VARIABLE, EventStatus, section_label, status_label
from app.services.event_data import EventRow
from app.views.events.common import audiences_text, fmt_days
from app.views.widgets.colours import SECTION_BACKGROUND, Level, badge

COLUMNS = ("number", "title", "date", "responsible", "audiences", "reach", "status")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SectionLine:
    number: int
    title: str
    count: int


def group_by_section(rows: list[EventRow]) -> list[tuple[str, list[EventRow]]]:
    """Sections in the order of their first event (mandatory before variable), events in the
    plan's order inside each."""
    ordered = sorted(rows, key=lambda r: r.position)
    groups: dict[str, list[EventRow]] = {}
    for row in ordered:
        groups.setdefault(row.section, []).append(row)
    fixed = {MANDATORY: 0, VARIABLE: 1}
    keys = sorted(groups, key=lambda s: (fixed.get(s, 2), groups[s][0].position))
    return [(key, groups[key]) for key in keys]


class PlanEventsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[tuple[str, SectionLine | EventRow]] = []  # (number, line)
        self.today = date.today()
        self._headers = (
            self.tr("No."), self.tr("Event"), self.tr("Date"), self.tr("Responsible"),
            self.tr("Audiences"), self.tr("Reach:\nplan / actual"), self.tr("Status"),
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[EventRow], today: date | None = None) -> None:
        self.today = today or date.today()
        self.beginResetModel()
        self._lines = []
        for number, (section, events) in enumerate(group_by_section(rows), start=1):
            title = section_label(section) if section else self.tr("Without a section")
            self._lines.append((str(number), SectionLine(number, title, len(events))))
            for sub, row in enumerate(events, start=1):
                self._lines.append((f"{number}.{sub}", row))
        self.endResetModel()

    # --- helpers for the page ---
    def is_section(self, row: int) -> bool:
        return isinstance(self._lines[row][1], SectionLine)

    def section_rows(self) -> list[int]:
        return [i for i in range(len(self._lines)) if self.is_section(i)]

    def event_at(self, row: int) -> EventRow | None:
        line = self._lines[row][1] if 0 <= row < len(self._lines) else None
        return line if isinstance(line, EventRow) else None

    def row_of(self, event_id) -> int:
        return next((i for i, (_n, line) in enumerate(self._lines)
                     if isinstance(line, EventRow) and line.id == event_id), -1)

    def sections(self) -> list[tuple[str, list[str]]]:
        """(section title, event titles) in order: what the plan shows."""
        out: list[tuple[str, list[str]]] = []
        for _number, line in self._lines:
            if isinstance(line, SectionLine):
                out.append((line.title, []))
            else:
                out[-1][1].append(line.title)
        return out

    # --- Qt model interface ---
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: _Index):
        flags = super().flags(index)
        if index.isValid() and self.is_section(index.row()):
            return flags & ~Qt.ItemFlag.ItemIsSelectable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        number, line = self._lines[index.row()]
        name = COLUMNS[index.column()]
        if isinstance(line, SectionLine):
            return self._section_data(number, line, name, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(number, line, name)
        if role == Qt.ItemDataRole.UserRole:
            return line.id
        if role == Qt.ItemDataRole.DecorationRole and name == "status":
            # a red dot by an overdue event's status; no coloured rows or texts (issue 21)
            return badge(Level.CRITICAL if line.overdue(self.today) else Level.NEUTRAL)
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "reach":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and name in ("title", "responsible",
                                                           "audiences"):
            return self._text(number, line, name) or None
        if role == Qt.ItemDataRole.ToolTipRole and name == "date" and line.place:
            return line.place
        return None

    def _section_data(self, number: str, line: SectionLine, name: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole and name == "number":
            return self.tr("{number}. {title} ({count})").format(
                number=number, title=line.title, count=line.count)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(SECTION_BACKGROUND))
        return None

    def _text(self, number: str, row: EventRow, name: str) -> str:
        if name == "number":
            return number
        if name == "date":
            return fmt_days(row.starts_on, row.ends_on)
        if name == "audiences":
            return audiences_text(row.audiences)
        if name == "reach":
            planned = format_number(row.planned_reach) if row.planned_reach else "—"
            actual = format_number(row.actual_reach) if row.status == EventStatus.HELD else "—"
            return f"{planned} / {actual}"
        if name == "status":
            text = status_label(row.status)
            return self.tr("{status}, overdue").format(status=text) \
                if row.overdue(self.today) else text
        return getattr(row, name)
