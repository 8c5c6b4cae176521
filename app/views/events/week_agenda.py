"""The week as an agenda: the seven days of the chosen day's week, each with its events in
full (title, kind, status, days, place), so a week reads like a diary page.  It shows what the
calendar has already fetched (the month on screen and a week either side)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from app.services.event_codes import status_label
from app.services.event_data import EventRow
from app.views.events.common import fmt_days
from app.views.events.kinds import kind_dot, kind_label
from app.views.widgets.colours import Level, badge


def week_of(day: date) -> list[date]:
    """Monday to Sunday of ``day``'s week."""
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=i) for i in range(7)]


class WeekAgenda(QTreeWidget):
    open_event = Signal(object)  # an event id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Event"), self.tr("Status"), self.tr("Days"),
                              self.tr("Place")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 220)
        self.itemActivated.connect(self._activated)
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self.days: list[date] = []

    def show_week(self, day: date, events_on, today: date) -> None:
        """The week of ``day``; ``events_on(day)`` gives a day's events."""
        self.clear()
        self.days = week_of(day)
        locale = QLocale()
        for current in self.days:
            heading = QTreeWidgetItem([locale.toString(
                current, QLocale.FormatType.LongFormat).split(" 20")[0]])
            heading.setFirstColumnSpanned(True)
            heading.setFont(0, self._bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if current == today:
                heading.setText(0, heading.text(0) + " · " + self.tr("today"))
            self.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            rows = events_on(current)
            for row in rows:
                heading.addChild(self._event_item(row, today))
            if not rows:
                empty = QTreeWidgetItem([self.tr("no events")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                heading.addChild(empty)
        self.expandAll()

    def _event_item(self, row: EventRow, today: date) -> QTreeWidgetItem:
        status = status_label(row.status)
        if row.overdue(today):
            status = self.tr("{status}, overdue").format(status=status)
        item = QTreeWidgetItem([row.title, status, fmt_days(row.starts_on, row.ends_on),
                                row.place])
        item.setIcon(0, kind_dot(row.plan_kind))
        item.setToolTip(0, f"{row.title}\n{kind_label(row.plan_kind)}")
        if row.overdue(today):
            item.setIcon(1, badge(Level.CRITICAL))
        item.setData(0, Qt.ItemDataRole.UserRole, row.id)
        return item

    def event_ids(self) -> list:
        out = []
        for i in range(self.topLevelItemCount()):
            day = self.topLevelItem(i)
            for j in range(day.childCount()):
                value = day.child(j).data(0, Qt.ItemDataRole.UserRole)
                if value is not None:
                    out.append(value)
        return out

    def selected_id(self):
        item = self.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, Qt.ItemDataRole.UserRole)
        if value is not None:
            self.open_event.emit(value)
