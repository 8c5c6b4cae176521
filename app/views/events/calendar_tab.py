"""The month calendar: each day shows its events' titles (overdue red, held green); the day
clicked lists its events beside the calendar, a double click opens one.  Only the month on
screen is fetched, so thousands of events in the database cost nothing here."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.event_codes import EventStatus, status_label
from app.services.events import EventRow
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.events.common import audiences_text, fmt_days, status_colour
from app.views.widgets.colours import MUTED, OVERDUE_BACKGROUND
from app.views.widgets.loader import Loader

_TODAY_BORDER = "#1f5f99"
_SELECTED = "#dbe8f5"
_OTHER_MONTH = "#f4f6f8"


def shown_range(year: int, month: int) -> tuple[date, date]:
    """The days a month page can show: a week before the 1st to six weeks after."""
    first = date(year, month, 1)
    return first - timedelta(days=7), first + timedelta(days=42)


class EventsCalendar(QCalendarWidget):
    """Paints the events of each day into its cell (titles cut to the width, then «+N»)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.by_day: dict[date, list[EventRow]] = {}
        self.today = date.today()
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setDateEditEnabled(False)
        # the weekday names need one line, not a sixth of the height
        view = self.findChild(QTableView, "qt_calendar_calendarview")
        if view is not None:
            header = view.verticalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(0, self.fontMetrics().height() + 10)
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.5, self.font().pointSizeF() - 1.5))
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    def set_events(self, rows: list[EventRow], first: date, last: date,
                   today: date | None = None) -> None:
        self.today = today or date.today()
        by_day: dict[date, list[EventRow]] = defaultdict(list)
        for row in rows:
            day = max(row.starts_on, first)
            while day <= min(row.last_day, last):
                by_day[day].append(row)
                day += timedelta(days=1)
        self.by_day = dict(by_day)
        self.updateCells()

    def events_on(self, day: date) -> list[EventRow]:
        return self.by_day.get(day, [])

    def paintCell(self, painter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
        day = qdate.toPython()
        other_month = qdate.month() != self.monthShown()
        events = self.by_day.get(day, [])
        painter.save()
        late = any(r.overdue(self.today) for r in events)
        background = (_SELECTED if qdate == self.selectedDate() else
                      OVERDUE_BACKGROUND if late and not other_month else
                      _OTHER_MONTH if other_month else "#ffffff")
        painter.fillRect(rect, QColor(background))
        if day == self.today:
            painter.setPen(QPen(QColor(_TODAY_BORDER), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        inner = rect.adjusted(5, 2, -4, -2)
        painter.setFont(self._bold)
        painter.setPen(QColor("#9aa5b1" if other_month else "#1d2b36"))
        number_height = QFontMetrics(self._bold).height()
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         str(qdate.day()))
        if events:
            painter.setFont(self._small)
            painter.setPen(QColor("#4a5a68"))
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             str(len(events)))
            self._paint_titles(painter, inner.adjusted(0, number_height, 0, 0), events,
                               other_month)
        painter.restore()

    def _paint_titles(self, painter, area: QRect, events: list[EventRow], faded: bool) -> None:
        metrics = QFontMetrics(self._small)
        step = metrics.height()
        fits = max(0, area.height() // step)
        shown = events if len(events) <= fits else events[:max(0, fits - 1)]
        y = area.top()
        for row in shown:
            colour = status_colour(row, self.today) or "#1d2b36"
            painter.setPen(QColor("#9aa5b1" if faded else colour))
            text = metrics.elidedText("• " + row.title, Qt.TextElideMode.ElideRight,
                                      area.width())
            painter.drawText(QRect(area.left(), y, area.width(), step),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += step
        if len(shown) < len(events) and fits:
            painter.setPen(QColor("#4a5a68"))
            painter.drawText(QRect(area.left(), y, area.width(), step),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("+{count} more").format(count=len(events) - len(shown)))


class CalendarTab(QWidget):
    open_event = Signal(object)  # an event id
    add_event = Signal(object)  # a date

    def __init__(self, services: Services, tasks: TaskRunner, writable: bool, parent=None):
        super().__init__(parent)
        self.services = services
        self.loader = Loader(tasks, self._prepare, self._arrived, self._failed)
        self.range = shown_range(date.today().year, date.today().month)

        self.calendar = EventsCalendar()
        self.calendar.currentPageChanged.connect(lambda *_a: self.reload())
        self.calendar.selectionChanged.connect(self.show_day)
        self.calendar.activated.connect(self._day_activated)
        self.month_label = QLabel()
        self.month_label.setStyleSheet(MUTED)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.calendar, 1)
        column.addWidget(self.month_label)

        self.day_title = QLabel()
        self.day_title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.day_list = QListWidget()
        self.day_list.setWordWrap(True)
        self.day_list.setSpacing(2)
        self.day_list.itemActivated.connect(self._item_activated)  # double click, Enter
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self._item_activated(self.day_list.currentItem()))
        self.add_button = QPushButton(self.tr("Add event on this day…"))
        self.add_button.clicked.connect(
            lambda: self.add_event.emit(self.calendar.selectedDate().toPython()))
        self.add_button.setVisible(writable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(6, 0, 0, 0)
        side.addWidget(self.day_title)
        side.addWidget(self.day_list, 1)
        side.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

    # --- loading ---
    def reload(self) -> None:
        self.loader.run()

    def _prepare(self):
        events = self.services.events
        first, last = shown_range(self.calendar.yearShown(), self.calendar.monthShown())
        return lambda: (first, last, events.events(date_from=first, date_to=last))

    def _arrived(self, result) -> None:
        first, last, rows = result
        self.range = (first, last)
        self.calendar.set_events(rows, first, last)
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        in_month = {r.id: r for r in rows
                    if r.starts_on <= self._month_end(year, month)
                    and r.last_day >= date(year, month, 1)}
        held = sum(1 for r in in_month.values() if r.status == EventStatus.HELD)
        late = sum(1 for r in in_month.values() if r.overdue(self.calendar.today))
        text = self.tr("This month: {count} events, held {held}").format(
            count=len(in_month), held=held)
        if late:
            text += " · " + self.tr("overdue: {count}").format(count=late)
        self.month_label.setText(text)
        self.show_day()

    @staticmethod
    def _month_end(year: int, month: int) -> date:
        return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))

    def _failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Events"), str(exc))

    # --- the chosen day ---
    def show_day(self) -> None:
        day = self.calendar.selectedDate().toPython()
        self.day_title.setText(QLocale().toString(self.calendar.selectedDate(),
                                                  QLocale.FormatType.LongFormat))
        self.day_list.clear()
        for row in self.calendar.events_on(day):
            details = [status_label(row.status), fmt_days(row.starts_on, row.ends_on)]
            if row.place:
                details.append(row.place)
            item = QListWidgetItem(f"{row.title}\n{' · '.join(details)}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(audiences_text(row.audiences))
            colour = status_colour(row, self.calendar.today)
            if colour:
                item.setForeground(QColor(colour))
            self.day_list.addItem(item)
        if not self.day_list.count():
            empty = QListWidgetItem(self.tr("No events on this day."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.day_list.addItem(empty)
        else:
            self.day_list.setCurrentRow(0)
        self.open_button.setEnabled(bool(self.calendar.events_on(day)))

    def day_event_ids(self) -> list:
        return [self.day_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.day_list.count())
                if self.day_list.item(i).data(Qt.ItemDataRole.UserRole) is not None]

    def show_date(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)

    def selected_id(self):
        item = self.day_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _item_activated(self, item) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.open_event.emit(item.data(Qt.ItemDataRole.UserRole))

    def _day_activated(self, qdate: QDate) -> None:
        """A double click on a day with one event opens it."""
        ids = [r.id for r in self.calendar.events_on(qdate.toPython())]
        if len(ids) == 1:
            self.open_event.emit(ids[0])
