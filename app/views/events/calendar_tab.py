"""The calendar: a month where each day shows its events by kind — a coloured dot, the count
and the kind (one or two events: their titles) — and a red dot by the day's number when one of
them is overdue; the day clicked lists its events beside the month; a week agenda shows the
chosen day's week in full.  Rows of weeks wholly outside the month are not shown.  Only the
month on screen is fetched, so thousands of events in the database cost nothing here."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Services, clock
from app.services.event_codes import EventStatus, status_label
from app.services.event_data import EventRow
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.events.common import audiences_text, fmt_days
from app.views.events.kinds import ORDER, kind_colour, kind_dot, kind_short, legend_html
from app.views.events.week_agenda import WeekAgenda
from app.views.widgets.colours import MUTED, RED, Level, badge
from app.views.widgets.loader import Loader

_TODAY_BORDER = "#1f5f99"
_SELECTED = "#dbe8f5"
_OTHER_MONTH = "#f4f6f8"


def shown_range(year: int, month: int) -> tuple[date, date]:
    """The days a month page can show: a week before the 1st to six weeks after."""
    first = date(year, month, 1)
    return first - timedelta(days=7), first + timedelta(days=42)


def cell_lines(events: list[EventRow], room: int) -> list[tuple[str, str]]:
    """What a day's cell says, as (kind, text) lines: the titles when they fit (one or two
    events), else one line per kind with its count — «5 · campaign», never «+6 more»."""
    if len(events) <= min(2, room):
        return [(r.plan_kind, r.title) for r in events]
    counts: dict[str, int] = {}
    for kind in (*ORDER, *(r.plan_kind for r in events)):
        counts.setdefault(kind, sum(1 for r in events if r.plan_kind == kind))
    # «5 · кампания»: the count first and apart, so no plural forms are needed
    return [(kind, f"{count} · {kind_short(kind)}") for kind, count in counts.items() if count]


class EventsCalendar(QCalendarWidget):
    """Paints the events of each day into its cell (titles cut to the width, then «+N»)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.by_day: dict[date, list[EventRow]] = {}
        self.today = clock.today()
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setDateEditEnabled(False)
        self.currentPageChanged.connect(lambda *_a: self.fit_weeks())
        # the arrows are icons only: their names for screen readers and tooltips
        for name, text in (("qt_calendar_prevmonth", self.tr("Previous month")),
                           ("qt_calendar_nextmonth", self.tr("Next month"))):
            arrow = self.findChild(QToolButton, name)
            if arrow is not None:
                arrow.setAccessibleName(text)
                arrow.setToolTip(text)
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
        self.today = today or clock.today()
        by_day: dict[date, list[EventRow]] = defaultdict(list)
        for row in rows:
            day = max(row.starts_on, first)
            while day <= min(row.last_day, last):
                by_day[day].append(row)
                day += timedelta(days=1)
        self.by_day = dict(by_day)
        self.fit_weeks()
        self.updateCells()

    def events_on(self, day: date) -> list[EventRow]:
        return self.by_day.get(day, [])

    def paintCell(self, painter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
        day = qdate.toPython()
        other_month = qdate.month() != self.monthShown()
        events = self.by_day.get(day, [])
        painter.save()
        background = (_SELECTED if qdate == self.selectedDate() else
                      _OTHER_MONTH if other_month else "#ffffff")
        painter.fillRect(rect, QColor(background))
        if day == self.today:
            painter.setPen(QPen(QColor(_TODAY_BORDER), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        inner = rect.adjusted(5, 2, -4, -2)
        painter.setFont(self._bold)
        painter.setPen(QColor("#9aa5b1" if other_month else "#1d2b36"))
        bold = QFontMetrics(self._bold)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         str(qdate.day()))
        if any(r.overdue(self.today) for r in events) and not other_month:
            # a small red dot by the number: overdue is the one alarm here, never a fill
            size = 7
            x = inner.left() + bold.horizontalAdvance(str(qdate.day())) + 4
            y = inner.top() + (bold.height() - size) // 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(RED))
            painter.drawEllipse(x, y, size, size)
        if events:
            self._paint_kinds(painter, inner.adjusted(0, bold.height() + 1, 0, 0), events,
                              other_month)
        painter.restore()

    def _paint_kinds(self, painter, area: QRect, events: list[EventRow], faded: bool) -> None:
        """One or two events: their titles; more: a line per kind, «● 5 campaign»."""
        metrics = QFontMetrics(self._small)
        step = metrics.height() + 1
        painter.setFont(self._small)
        lines = cell_lines(events, area.height() // step)
        y = area.top()
        for kind, text in lines:
            if y + step > area.bottom() + 2:
                break
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#b8c2cc" if faded else kind_colour(kind)))
            painter.drawEllipse(area.left() + 1, y + (step - 7) // 2, 7, 7)
            painter.setPen(QColor("#9aa5b1" if faded else "#1d2b36"))
            width = area.width() - 12
            painter.drawText(QRect(area.left() + 12, y, width, step),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            y += step

    def fit_weeks(self) -> None:
        """Hide the rows of weeks wholly in another month (no sixth row of next month)."""
        view = self.findChild(QTableView, "qt_calendar_calendarview")
        if view is None:
            return
        model = view.model()
        for row in range(1, model.rowCount()):
            days = [int(model.data(model.index(row, column)) or 0)
                    for column in range(model.columnCount())]
            before = row == 1 and 1 not in days
            after = row >= 4 and days[0] <= 14
            view.setRowHidden(row, before or after)


class CalendarTab(QWidget):
    open_event = Signal(object)  # an event id
    add_event = Signal(object)  # a date

    def __init__(self, services: Services, tasks: TaskRunner, writable: bool, parent=None):
        super().__init__(parent)
        self.services = services
        self.loader = Loader(tasks, self._prepare, self._arrived, self._failed)
        today = clock.today()
        self.range = shown_range(today.year, today.month)

        self.calendar = EventsCalendar()
        self.calendar.currentPageChanged.connect(lambda *_a: self.reload())
        self.calendar.selectionChanged.connect(self.show_day)
        self.calendar.activated.connect(self._day_activated)
        self.month_label = QLabel()
        self.month_label.setStyleSheet(MUTED)
        self.month_label.setWordWrap(True)
        self.legend = QLabel(legend_html())
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet(MUTED)
        self.agenda = WeekAgenda()
        self.agenda.open_event.connect(self.open_event)
        self.views = QStackedWidget()
        self.views.addWidget(self.calendar)
        self.views.addWidget(self.agenda)
        # month or week: two buttons of one group, the month first
        self.month_button = QPushButton(self.tr("Month"))
        self.week_button = QPushButton(self.tr("Week"))
        self.view_group = QButtonGroup(self)
        for index, button in enumerate((self.month_button, self.week_button)):
            button.setCheckable(True)
            self.view_group.addButton(button, index)
        self.month_button.setChecked(True)
        self.view_group.idClicked.connect(self.show_view)
        self.previous_week = QPushButton("‹")
        self.next_week = QPushButton("›")
        self.previous_week.setToolTip(self.tr("Previous week"))
        self.next_week.setToolTip(self.tr("Next week"))
        self.previous_week.setAccessibleName(self.tr("Previous week"))
        self.next_week.setAccessibleName(self.tr("Next week"))
        self.previous_week.clicked.connect(lambda: self.move_week(-1))
        self.next_week.clicked.connect(lambda: self.move_week(1))
        for button in (self.previous_week, self.next_week):
            button.setFixedWidth(32)
            button.hide()
        switch = QHBoxLayout()
        switch.setSpacing(4)
        switch.addWidget(self.month_button)
        switch.addWidget(self.week_button)
        switch.addSpacing(12)
        switch.addWidget(self.previous_week)
        switch.addWidget(self.next_week)
        switch.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(switch)
        column.addWidget(self.views, 1)
        column.addWidget(self.legend)
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
        buttons = QVBoxLayout()  # one above the other: the list beside the month stays narrow
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
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
        left.setMinimumWidth(420)  # seven days of a readable width
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
            # the kind's dot; a red one for an overdue event (no coloured text: issue 21)
            late = row.overdue(self.calendar.today)
            item.setIcon(badge(Level.CRITICAL) if late else kind_dot(row.plan_kind))
            if late:
                item.setText(item.text() + " · " + self.tr("overdue"))
            self.day_list.addItem(item)
        if not self.day_list.count():
            empty = QListWidgetItem(self.tr("No events on this day."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.day_list.addItem(empty)
        else:
            self.day_list.setCurrentRow(0)
        self.open_button.setEnabled(bool(self.calendar.events_on(day)))
        if self.views.currentWidget() is self.agenda:
            self.agenda.show_week(day, self.calendar.events_on, self.calendar.today)

    # --- month or week ---
    def show_view(self, index: int) -> None:
        """0: the month; 1: the agenda of the chosen day's week."""
        self.views.setCurrentIndex(index)
        (self.month_button, self.week_button)[index].setChecked(True)
        for button in (self.previous_week, self.next_week):
            button.setVisible(index == 1)
        self.legend.setVisible(index == 0)
        self.show_day()

    def move_week(self, step: int) -> None:
        day = self.calendar.selectedDate().toPython() + timedelta(days=7 * step)
        self.show_date(day)
        self.show_day()

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
