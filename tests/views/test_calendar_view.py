"""The events calendar reads (issue 21): a day says its events by kind with a coloured dot
(titles when one or two), never «+6 more»; no row of a week wholly in another month; the
chosen day's list beside the month; a week agenda of the chosen day's week."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTableView

from app.services.event_codes import PlanKind
from app.services.tasks import TaskRunner
from app.views.events.calendar_tab import CalendarTab, cell_lines
from app.views.events.week_agenda import week_of
from tests.views.test_events_page import event

YEAR = 2025


def shown_tab(qtbot, services) -> CalendarTab:
    tasks = TaskRunner()
    tab = CalendarTab(services, tasks, writable=True)
    tab.held_tasks = tasks
    qtbot.addWidget(tab)
    tab.resize(1100, 640)
    tab.show()
    return tab


def wait(tab) -> None:
    tab.held_tasks.wait()


def visible_weeks(tab) -> list[list[int]]:
    view = tab.calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    return [[int(model.data(model.index(r, c))) for c in range(7)]
            for r in range(1, model.rowCount()) if not view.isRowHidden(r)]


def test_a_month_shows_only_its_own_weeks(qtbot, services):
    tab = shown_tab(qtbot, services)
    tab.show_date(date(2027, 2, 10))  # February 2027: Monday the 1st to Sunday the 28th
    wait(tab)
    assert visible_weeks(tab) == [list(range(d, d + 7)) for d in (1, 8, 15, 22)]
    tab.show_date(date(2026, 12, 10))  # Tuesday the 1st: five weeks, no sixth of January
    wait(tab)
    weeks = visible_weeks(tab)
    assert len(weeks) == 5 and weeks[0][:2] == [30, 1] and weeks[-1][:4] == [28, 29, 30, 31]


def test_a_day_says_its_events_by_kind(services):
    events_plan = services.events.create_plan(YEAR, PlanKind.EVENTS, source="empty")
    campaign = services.events.create_plan(YEAR, PlanKind.CAMPAIGN, source="empty")
    day = date(YEAR, 3, 12)
    for i in range(5):
        services.events.save_event(event(campaign.id, f"Публикация {i}", day))
    services.events.save_event(event(events_plan.id, "Профпробы", day))
    rows = services.events.events(date_from=day, date_to=day)
    lines = cell_lines(rows, 4)
    assert [kind for kind, _text in lines] == [PlanKind.EVENTS, PlanKind.CAMPAIGN]
    assert [text.split(" ")[0] for _kind, text in lines] == ["1", "5"]  # «5 · кампания»
    assert not any("ещё" in text or "+" in text for _k, text in lines)
    assert cell_lines(rows[:2], 4) == [(r.plan_kind, r.title) for r in rows[:2]]


def test_the_week_agenda_lists_the_chosen_days_week(qtbot, services):
    plan = services.events.create_plan(YEAR, PlanKind.EVENTS, source="empty")
    monday = date(YEAR, 3, 10)
    ids = [services.events.save_event(event(plan.id, "Профпробы", date(YEAR, 3, 12))).id,
           services.events.save_event(event(plan.id, "Ярмарка", date(YEAR, 3, 16))).id,
           services.events.save_event(event(plan.id, "Другая неделя", date(YEAR, 3, 17))).id]
    tab = shown_tab(qtbot, services)
    tab.show_date(date(YEAR, 3, 12))
    wait(tab)
    tab.week_button.click()
    assert tab.views.currentWidget() is tab.agenda
    assert tab.agenda.days == week_of(date(YEAR, 3, 12)) and tab.agenda.days[0] == monday
    assert tab.agenda.topLevelItemCount() == 7
    assert tab.agenda.event_ids() == ids[:2]
    opened = []
    tab.open_event.connect(opened.append)
    thursday = tab.agenda.topLevelItem(2).child(0)
    tab.agenda.itemActivated.emit(thursday, 0)
    assert opened == [ids[0]]
    tab.next_week.click()
    wait(tab)
    assert tab.agenda.days[0] == date(YEAR, 3, 17) and tab.agenda.event_ids() == [ids[2]]
    tab.month_button.click()
    assert tab.views.currentWidget() is tab.calendar
    assert tab.calendar.selectedDate() == QDate(YEAR, 3, 19)
    assert tab.day_event_ids() == []
