"""The events section driven as a user drives it: the plan grouped by section, the list with
its filters and export, the event dialog with results and reach, the reason an approved plan's
change needs, ambassador teams, the dashboard's percentages, the calendar, read-only roles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt

from app.services import Services
from app.services.event_codes import MANDATORY, VARIABLE, PlanKind, section_label
from app.services.event_data import EventData
from app.services.governance_codes import DecisionSubject
from app.services.permissions import Actor, Role
from app.services.plan_templates import template_events
from app.services.tasks import TaskRunner
from app.services.training import AdmissionData
from app.views import dialogs
from app.views.events.events_model import COLUMNS
from app.views.events.page import AMBASSADORS, CALENDAR, DASHBOARD, LIST, PLANS
from app.views.widgets.colours import Level, badge
from app.views.widgets.form_dialog import select_data
from tests.council_decisions import council_decision
from tests.helpers import DialogSpy, read_sheet, show_active, type_text

YEAR = date.today().year - 1  # a whole past year: any of its events may be marked held
FUTURE = date(date.today().year + 1, 5, 20)


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def make_page(qtbot, services, settings, tasks, tab: int = LIST):
    from app.views.events.page import EventsPage

    page = EventsPage(services, settings, tasks)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.tabs.setCurrentIndex(tab)
    page.reload()
    tasks.wait()
    return page


def event(plan_id, title: str, day: date, **kw) -> EventData:
    return replace(EventData(plan_id=plan_id, title=title, starts_on=day, section=MANDATORY,
                             audiences=["grade_8_9", "college"], planned_reach=200), **kw)


@pytest.fixture
def plan(services):
    """An empty plan of events of last year with three events: one held, one whose date
    passed unmarked (overdue), one still ahead."""
    plan = services.events.create_plan(YEAR, PlanKind.EVENTS, source="empty")
    ids = {}
    ids["held"] = services.events.save_event(event(
        plan.id, "Профпробы на площадке ВПТ", date(YEAR, 3, 12), status="held",
        reach={"grade_8_9": 120, "college": 30}, schools=["МОУ СОШ № 1"])).id
    ids["late"] = services.events.save_event(event(
        plan.id, "Экскурсия на завод", date(YEAR, 4, 8))).id
    ids["ahead"] = services.events.save_event(event(
        plan.id, "Ярмарка профессий", FUTURE, section=VARIABLE)).id
    return plan, ids


def list_titles(page) -> list[str]:
    return [page.list_tab.model.row_at(i).title for i in range(page.list_tab.model.rowCount())]


def list_cell(page, title: str, column: str, role=Qt.ItemDataRole.DisplayRole):
    model = page.list_tab.model
    return model.index(list_titles(page).index(title), COLUMNS.index(column)).data(role)


# --- plans ---
def test_the_plans_tab_shows_the_plan_events_by_section_in_order(qtbot, services, settings,
                                                                 answers, tasks):
    plan = services.events.create_plan(YEAR, PlanKind.EVENTS)
    page = make_page(qtbot, services, settings, tasks, PLANS)
    tab = page.plans_tab
    assert tab.current_id() == plan.id
    template = template_events("events", YEAR)
    sections = tab.model.sections()
    assert [title for title, _events in sections] == [section_label(MANDATORY),
                                                      section_label(VARIABLE)]
    assert sections[0][1] == [r["title"] for r in template if r["section"] == MANDATORY]
    assert sections[1][1] == [r["title"] for r in template if r["section"] == VARIABLE]
    # a section row spans the table and is numbered; its events are 1.1, 1.2 …
    assert tab.model.section_rows()[0] == 0
    assert tab.table.columnSpan(0, 0) == tab.model.columnCount()
    assert tab.model.index(1, 0).data() == "1.1"
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert tab.approve_action.isEnabled() and tab.delete_action.isEnabled()
    assert not tab.revisions_action.isEnabled()


def test_tabs_shown_after_the_load_get_the_plans_it_brought(qtbot, services, settings,
                                                             answers, tasks):
    """The plans arrive while only the calendar is made; the plans tab and the list, made
    when first shown, get them then (the plan shown, the list's wording)."""
    plan = services.events.create_plan(YEAR, PlanKind.EVENTS)
    page = make_page(qtbot, services, settings, tasks, CALENDAR)
    assert not page.tabs.is_built(PLANS) and not page.tabs.is_built(LIST)
    page.tabs.setCurrentIndex(PLANS)
    tasks.wait()
    assert page.plans_tab.current_id() == plan.id
    assert page.plans_tab.model.rowCount() > 0
    page.tabs.setCurrentIndex(LIST)
    tasks.wait()
    listed = page.list_tab
    choices = [listed.plan_filter.itemData(i) for i in range(listed.plan_filter.count())]
    assert choices == [None, plan.id]  # «all plans», then the plan to filter by
    assert listed.empty_state.label.text() == "Пока нет ни одного мероприятия."  # a plan exists


def test_new_plan_approval_and_deleting_a_draft(qtbot, services, settings, answers, tasks):
    page = make_page(qtbot, services, settings, tasks, PLANS)
    tab = page.plans_tab
    assert tab.current_id() is None  # no plan yet: the page says so and offers «New plan»
    dialog = tab.new_plan_dialog()
    qtbot.addWidget(dialog)
    dialog.year.setValue(YEAR)
    dialog.kind.setCurrentIndex(dialog.kind.findData("annual"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.after_plan_saved(dialog.saved)
    tasks.wait()
    annual = dialog.saved
    assert tab.current_id() == annual.id
    assert tab.model.rowCount() > 0

    council = ("Координационный совет кластера", "Координационного совета кластера")
    decision = council_decision(services, DecisionSubject.PLAN, "5", date(YEAR, 1, 20),
                                council=council)
    approve = tab.approve_dialog()
    qtbot.addWidget(approve)
    approve.show()
    assert approve.decision.combo.count() == 2  # «not chosen» and the one decision
    approve.save()  # no decision chosen: refused under the field
    assert approve.errors["decision_id"].isVisible()
    approve.decision.choose(decision)
    approve.save()
    assert approve.result() == approve.DialogCode.Accepted
    tab.after_plan_saved(approve.saved)
    tasks.wait()
    shown = services.events.plan(annual.id)
    assert (shown.approved, shown.protocol_no, shown.approved_on) == (True, "5",
                                                                      date(YEAR, 1, 20))
    assert "5" in tab.approval.text() and f"20.01.{YEAR}" in tab.approval.text()
    assert council[1] in tab.approval.text()
    assert not tab.delete_action.isEnabled() and not tab.approve_action.isEnabled()

    # a draft is deleted after a yes
    draft = services.events.create_plan(YEAR, PlanKind.CAMPAIGN, source="empty")
    page.reload()
    tasks.wait()
    select_data(tab.plan, draft.id)
    tasks.wait()
    answers.confirm = False
    tab.delete_plan()
    assert len(services.events.plans()) == 2
    assert tab.current_id() == draft.id
    answers.confirm = True
    tab.delete_plan()
    tasks.wait()
    assert [p.id for p in services.events.plans()] == [annual.id]


# --- the list ---
def test_the_list_filters_overdue_and_status_and_highlights_overdue(qtbot, services, settings,
                                                                    answers, tasks, plan):
    page = make_page(qtbot, services, settings, tasks)
    tab = page.list_tab
    assert list_titles(page) == ["Профпробы на площадке ВПТ", "Экскурсия на завод",
                                 "Ярмарка профессий"]
    late = list_titles(page).index("Экскурсия на завод")
    assert tab.model.is_overdue(late)
    assert tab.model.overdue_count == 1
    # a red dot by the status, never a pink row (issue 21)
    status = tab.model.COLUMNS.index("status")
    for column in range(tab.model.columnCount()):
        assert tab.model.index(late, column).data(Qt.ItemDataRole.BackgroundRole) is None
    dot = tab.model.index(late, status).data(Qt.ItemDataRole.DecorationRole)
    assert dot.cacheKey() == badge(Level.CRITICAL).cacheKey()
    assert list_cell(page, "Ярмарка профессий", "status", Qt.ItemDataRole.DecorationRole) is None

    tab.overdue_only.setChecked(True)
    tasks.wait()
    assert list_titles(page) == ["Экскурсия на завод"]
    tab.overdue_only.setChecked(False)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("held"))
    tasks.wait()
    assert list_titles(page) == ["Профпробы на площадке ВПТ"]
    tab.status_filter.setCurrentIndex(0)
    tasks.wait()
    type_text(tab.search, "ярмарка")
    assert list_titles(page) == ["Ярмарка профессий"]
    tab.search.clear()
    # sorting inside the model: by actual reach, largest first
    tab.table.sortByColumn(COLUMNS.index("actual_reach"), Qt.SortOrder.DescendingOrder)
    assert list_titles(page)[0] == "Профпробы на площадке ВПТ"


def test_the_list_exports_what_it_shows(qtbot, services, settings, answers, tasks, plan,
                                        tmp_path):
    page = make_page(qtbot, services, settings, tasks)
    page.list_tab.overdue_only.setChecked(True)
    tasks.wait()
    answers.save_file = str(tmp_path / "мероприятия")
    page.export_list()
    tasks.wait()
    rows = read_sheet(tmp_path / "мероприятия.xlsx")
    assert len(rows) == 2  # the header and the one overdue event
    assert rows[1][2] == "Экскурсия на завод"
    assert rows[1][0].date() == date(YEAR, 4, 8)


# --- the event dialog ---
def test_the_dialog_saves_a_held_event_with_reach_per_audience(qtbot, services, settings,
                                                               answers, tasks, plan):
    _plan, ids = plan
    page = make_page(qtbot, services, settings, tasks)
    dialog = page.editor.open_dialog(services.events.event(ids["late"]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.reach_spins["grade_8_9"].isEnabled()  # not held yet
    dialog.status.setCurrentIndex(dialog.status.findData("held"))
    assert dialog.reach_spins["grade_8_9"].isEnabled()
    dialog.reach_spins["grade_8_9"].setValue(85)
    dialog.reach_spins["parents"].setValue(15)
    type_text(dialog.schools, "МОУ СОШ № 5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    page.editor.after_save(dialog.saved)
    tasks.wait()
    saved = services.events.event(ids["late"])
    assert (saved.status, saved.reach, saved.schools) == (
        "held", {"grade_8_9": 85, "parents": 15}, ["МОУ СОШ № 5"])
    assert list_cell(page, "Экскурсия на завод", "actual_reach") == "100"
    assert page.list_tab.model.overdue_count == 0
    assert page.list_tab.selected_id() == ids["late"]


def test_a_cancelled_event_needs_its_reason_under_the_field(qtbot, services, settings, answers,
                                                            tasks, plan):
    _plan, ids = plan
    page = make_page(qtbot, services, settings, tasks)
    dialog = page.editor.open_dialog(services.events.event(ids["ahead"]))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData("cancelled"))
    dialog.title.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.errors["status_note"].isVisible()
    assert dialog.errors["status_note"].text() == QCoreApplication.translate(
        "Events", "Say why the event was cancelled.")
    assert dialog.errors["title"].isVisible()
    assert services.events.event(ids["ahead"]).status == "planned"


def test_a_new_event_from_the_page(qtbot, services, settings, answers, tasks, plan):
    the_plan, _ids = plan
    page = make_page(qtbot, services, settings, tasks)
    data = page.editor.new_event(the_plan.id, date(YEAR, 10, 1))
    dialog = page.editor.open_dialog(data)
    qtbot.addWidget(dialog)
    assert dialog.starts_on.value() == date(YEAR, 10, 1)
    assert not dialog.files.attach_button.isEnabled()  # files after the first save
    type_text(dialog.title, "Встреча с родителями выпускников")
    dialog.audience_boxes["parents"].setChecked(True)
    dialog.planned_reach.setValue(60)
    dialog.section.setCurrentIndex(dialog.section.findData(VARIABLE))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.editor.after_save(dialog.saved)
    tasks.wait()
    saved = services.events.event(dialog.saved.id)
    assert (saved.section, saved.audiences, saved.planned_reach) == (VARIABLE, ["parents"], 60)
    assert "Встреча с родителями выпускников" in list_titles(page)


def test_evidence_files_attach_save_and_remove(qtbot, services, settings, answers, tasks, plan,
                                               tmp_path):
    _plan, ids = plan
    photo = tmp_path / "фото.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    page = make_page(qtbot, services, settings, tasks)
    dialog = page.editor.open_dialog(services.events.event(ids["held"]))
    qtbot.addWidget(dialog)
    answers.open_file = str(photo)
    dialog.files.attach()
    assert dialog.files.names() == ["фото.jpg"]
    answers.save_file = str(tmp_path / "copy.jpg")
    dialog.files.save_copy()
    assert (tmp_path / "copy.jpg").read_bytes() == photo.read_bytes()
    dialog.files.remove()
    assert dialog.files.names() == [] and services.events.files(ids["held"]) == []


# --- an approved plan ---
@pytest.fixture
def approved(services, plan):
    the_plan, ids = plan
    services.events.approve(the_plan.id, council_decision(services, DecisionSubject.PLAN, "5",
                                                          date(YEAR, 1, 20)))
    return the_plan, ids


def test_editing_an_approved_plan_asks_for_the_reason(qtbot, services, settings, answers,
                                                      tasks, approved, monkeypatch):
    the_plan, ids = approved
    asked = []

    def ask_text(parent, title, label, text=""):
        asked.append(label)
        return "Площадка на ремонте: перенос по просьбе колледжа"

    monkeypatch.setattr(dialogs, "ask_text", ask_text)
    page = make_page(qtbot, services, settings, tasks, PLANS)
    dialog = page.editor.open_dialog(services.events.event(ids["late"]))
    qtbot.addWidget(dialog)
    assert dialog.approval_note.isVisibleTo(dialog)
    dialog.starts_on.set_value(date(YEAR, 4, 22))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(asked) == 1 and "5" in asked[0]  # the service's words, protocol No. 5
    page.editor.after_save(dialog.saved)
    tasks.wait()
    revisions = services.events.revisions(the_plan.id)
    assert [(r.number, r.why) for r in revisions] == [
        (1, "Площадка на ремонте: перенос по просьбе колледжа")]
    assert services.events.event(ids["late"]).starts_on == date(YEAR, 4, 22)
    assert page.plans_tab.current_plan().revision == 1
    assert "1" in page.plans_tab.approval.text()
    shown = page.plans_tab.revisions_dialog()
    qtbot.addWidget(shown)
    assert shown.model.rowCount() == 1
    assert shown.model.index(0, 4).data() == "Площадка на ремонте: перенос по просьбе колледжа"


def test_no_reason_given_saves_nothing(qtbot, services, settings, answers, tasks, approved,
                                       monkeypatch):
    the_plan, ids = approved
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: None)
    page = make_page(qtbot, services, settings, tasks)
    dialog = page.editor.open_dialog(services.events.event(ids["late"]))
    qtbot.addWidget(dialog)
    dialog.place.setText("Актовый зал")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert services.events.event(ids["late"]).place == ""
    assert services.events.revisions(the_plan.id) == []
    # the results are filled in freely: no reason asked
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: pytest.fail("asked"))
    dialog.place.setText("")
    dialog.status.setCurrentIndex(dialog.status.findData("held"))
    dialog.reach_spins["college"].setValue(12)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_deleting_an_event_of_an_approved_plan_asks_for_the_reason(qtbot, services, settings,
                                                                   answers, tasks, approved,
                                                                   monkeypatch):
    the_plan, ids = approved
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Исключено решением совета")
    page = make_page(qtbot, services, settings, tasks)
    page.list_tab.table.selectRow(list_titles(page).index("Ярмарка профессий"))
    page.delete_event()
    tasks.wait()
    assert "Ярмарка профессий" not in list_titles(page)
    assert [r.why for r in services.events.revisions(the_plan.id)] == [
        "Исключено решением совета"]


# --- ambassadors ---
def test_a_team_of_three_students_is_refused(qtbot, services, settings, answers, tasks):
    page = make_page(qtbot, services, settings, tasks, AMBASSADORS)
    tab = page.ambassadors_tab
    dialog = tab.open_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Команда «Мехатроники»")
    type_text(dialog.curator, "Иванова Мария Петровна")
    students = (("Баранов Илья", "СВ-22"), ("Тихонова Дарья", "МХ-23"), ("Фомин Никита", ""))
    for row, (name, group) in enumerate(students):
        dialog.members.setData(dialog.members.index(row, 0), name)
        dialog.members.setData(dialog.members.index(row, 1), group)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.errors["members"].isVisible()
    assert dialog.errors["members"].text() == QCoreApplication.translate(
        "Ambassadors", "A team has from 4 to 7 students; this one has {count}.").format(count=3)
    assert services.ambassadors.teams() == []

    dialog.members.setData(dialog.members.index(3, 0), "Калинина Ева")
    assert not dialog.errors["members"].isVisible()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.after_save(dialog.saved)
    tasks.wait()
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 3).data() == "4"
    assert [m.full_name for m in services.ambassadors.teams()[0].members][-1] == "Калинина Ева"


# --- the dashboard ---
def test_the_dashboard_shows_the_percentages_for_the_baselines_entered(qtbot, services,
                                                                       settings, answers,
                                                                       tasks, plan):
    the_plan, _ids = plan
    services.events.save_event(event(
        the_plan.id, "Неделя без турникетов", date(YEAR, 3, 20), status="held",
        reach={"grade_10_11": 80, "college": 30}, schools=["МОУ СОШ № 2"],
        enterprises=["ПАО «Северсталь»"]))
    page = make_page(qtbot, services, settings, tasks, DASHBOARD)
    tab = page.dashboard_tab
    tab.year.setValue(YEAR)
    tasks.wait()
    assert [text for text, _line, _value in tab.target_texts()] == ["—"] * 5  # no baselines

    dialog = tab.baselines_dialog()
    qtbot.addWidget(dialog)
    assert set(dialog.spins) == {"pupils", "schools", "students", "enterprises"}  # no КЦП
    for name, value in (("pupils", 800), ("schools", 8), ("students", 600),
                        ("enterprises", 4)):
        dialog.spins[name].setValue(value)
    # КЦП comes from the admission figures, not from the baselines
    services.training.save_admission(AdmissionData(YEAR, "15.02.16", "Сварщик",
                                                   places_planned=300, admitted=330))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.reload()
    tasks.wait()
    assert services.reach.baseline(YEAR).pupils == 800
    shown = {t.code: text for t, text in zip(tab.summary.targets, tab.target_texts(),
                                             strict=True)}
    # pupils 120 + 80 of 800; schools 2 of 8; college 60 of 600; 1 enterprise of 4
    assert shown["pupils"][0] == "25,0\u00a0%" and shown["pupils"][2] == 25
    assert "200" in shown["pupils"][1] and "800" in shown["pupils"][1]
    assert shown["schools"][0] == "25,0\u00a0%"
    assert shown["students"][0] == "10,0\u00a0%"
    assert shown["enterprises"][0] == "25,0\u00a0%"
    # over the goal: the bar is full, the text says the real per cent
    assert shown["admission"][0] == "110,0\u00a0%" and shown["admission"][2] == 100
    held, people = tab.chart.values()
    assert len(held) == 12 and held[2] == 2 and people[2] == 260


# --- the calendar ---
def test_the_calendar_shows_events_on_their_days(qtbot, services, settings, answers, tasks,
                                                 plan):
    the_plan, ids = plan
    services.events.save_event(event(the_plan.id, "Интенсив для педагогов", date(YEAR, 3, 30),
                                     ends_on=date(YEAR, 4, 1)))
    page = make_page(qtbot, services, settings, tasks, CALENDAR)
    tab = page.calendar_tab
    tab.show_date(date(YEAR, 3, 12))
    tasks.wait()
    assert [r.id for r in tab.calendar.events_on(date(YEAR, 3, 12))] == [ids["held"]]
    assert tab.day_event_ids() == [ids["held"]]
    for day in (date(YEAR, 3, 30), date(YEAR, 3, 31), date(YEAR, 4, 1)):
        assert [r.title for r in tab.calendar.events_on(day)] == ["Интенсив для педагогов"]
    assert tab.calendar.events_on(date(YEAR, 3, 13)) == []
    # only the month on screen is fetched
    first, last = tab.range
    assert all(first <= r.starts_on <= last or first <= r.last_day <= last
               for rows in tab.calendar.by_day.values() for r in rows)
    assert not any(r.id == ids["ahead"] for rows in tab.calendar.by_day.values() for r in rows)
    assert not tab.calendar.grab().isNull()  # the cells paint

    opened = []  # a double click on a day with one event opens it
    tab.open_event.disconnect()
    tab.open_event.connect(opened.append)
    tab.calendar.activated.emit(QDate(YEAR, 3, 12))
    assert opened == [ids["held"]]
    tab.calendar.setCurrentPage(YEAR, 4)
    tasks.wait()
    assert date(YEAR, 4, 8) in tab.calendar.by_day


# --- roles and the window ---
def test_a_read_only_role_sees_the_events_without_write_buttons(qtbot, services, settings,
                                                                answers, tasks, plan):
    inspector = Services(services.store, Actor("petrov", Role.INSPECTOR))
    page = make_page(qtbot, inspector, settings, tasks)
    assert len(list_titles(page)) == 3
    assert not page.add_action.isVisible() and not page.delete_action.isVisible()
    assert page.edit_action.isVisible()  # to look at an event
    assert not page.plans_tab.new_action.isVisible()
    assert not page.plans_tab.approve_action.isVisible()
    assert not page.plans_tab.delete_action.isVisible()
    assert not any(action.isVisible() for action in (
        page.ambassadors_tab.add_action, page.ambassadors_tab.edit_action,
        page.ambassadors_tab.delete_action))
    assert page.dashboard_tab.baselines_button.isHidden()
    assert page.calendar_tab.add_button.isHidden()
    dialog = page.editor.open_dialog(inspector.events.event(plan[1]["held"]))
    qtbot.addWidget(dialog)
    assert dialog.save_button.isHidden() and dialog.title.isReadOnly()
    assert dialog.files.attach_button.isHidden()


def test_the_window_opens_the_events_section(qtbot, services, settings, answers, plan):
    from app.views.events.page import EventsPage
    from app.views.main_window import MainWindow

    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    page = window.show_section("events")
    window.wait_until_loaded()
    assert isinstance(page, EventsPage)
    assert page.plans == services.events.plans()


def test_a_month_of_many_events_loads_only_that_month(qtbot, services, settings, answers, tasks):
    """5,000 events in the database: the calendar asks for one month's worth."""
    from sqlalchemy import insert

    from app.models import Event

    the_plan = services.events.create_plan(YEAR, PlanKind.ANNUAL, source="empty")
    start = date(YEAR, 1, 1)
    rows = [dict(plan_id=the_plan.id, position=i, title=f"Мероприятие {i}",
                 starts_on=start + timedelta(days=i % 365), audiences="college",
                 status="planned", section="", kind="", place="", format="in_person",
                 responsible_person="", planned_reach=10, status_note="", evidence="")
            for i in range(5000)]
    with services.store.sessions.begin() as s:
        s.execute(insert(Event), rows)
    page = make_page(qtbot, services, settings, tasks, CALENDAR)
    page.calendar_tab.show_date(date(YEAR, 6, 15))
    tasks.wait()
    loaded = {r.id for day in page.calendar_tab.calendar.by_day.values() for r in day}
    assert 500 < len(loaded) < 1000  # about seven weeks of the year, not 5,000
    assert len(page.calendar_tab.calendar.events_on(date(YEAR, 6, 15))) in (13, 14)


# --- the shared toolbar, the search box, the empty states, printing ---
def translate(text: str, context: str = "EventsPage") -> str:
    return QCoreApplication.translate(context, text)


def test_the_toolbar_has_the_standard_actions_and_the_search_box(qtbot, services, settings,
                                                                answers, tasks, plan):
    from PySide6.QtGui import QKeySequence

    page = make_page(qtbot, services, settings, tasks)
    actions = [a for a in page.toolbar.actions() if not a.isSeparator()]
    assert actions[:6] == [page.add_action, page.edit_action, page.delete_action,
                           page.export_action, page.print_action, page.refresh_action]
    assert page.add_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert page.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert page.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert page.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert page.refresh_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
    assert page.search is page.toolbar.search is page.list_tab.search
    assert page.search.isVisible()
    for tab in (CALENDAR, DASHBOARD):
        page.tabs.setCurrentIndex(tab)
        assert page.search.isVisible()
        assert not page.export_action.isVisible()  # the list's export
    # a tab with actions of its own shows them in the row instead (issue 21)
    page.tabs.setCurrentIndex(AMBASSADORS)
    assert page.section_bar.current_toolbar() is page.ambassadors_tab.toolbar
    assert not page.toolbar.isVisible()


def test_the_search_box_filters_the_list_from_any_tab(qtbot, services, settings, answers,
                                                      tasks, plan):
    page = make_page(qtbot, services, settings, tasks, CALENDAR)
    show_active(qtbot, page)
    page.calendar_tab.calendar.setFocus()
    qtbot.keyClick(page.calendar_tab.calendar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus, timeout=3000)
    type_text(page.search, "экскурсия")
    tasks.wait()
    assert page.tabs.currentIndex() == LIST
    assert list_titles(page) == ["Экскурсия на завод"]
    assert page.search.hasFocus()  # the typing goes on
    type_text(page.search, " на луну")  # nothing found: the empty table stays, not the sentence
    assert list_titles(page) == []
    assert not page.list_tab.empty_state.showing_empty()


def test_ctrl_n_adds_an_event_on_the_list_and_the_plans_tab_and_a_team_on_its_tab(
        qtbot, services, settings, answers, tasks, plan):
    the_plan, _ids = plan
    page = make_page(qtbot, services, settings, tasks)
    show_active(qtbot, page)
    events, teams, plans = DialogSpy(), DialogSpy(), DialogSpy()
    page.editor.open_dialog = events
    page.ambassadors_tab.open_dialog = teams
    page.plans_tab.new_plan_dialog = plans

    page.list_tab.table.setFocus()
    qtbot.keyClick(page.list_tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(events.made) == 1 and events.made[0][0].plan_id == the_plan.id
    page.tabs.setCurrentIndex(PLANS)
    tasks.wait()
    page.plans_tab.table.setFocus()
    qtbot.keyClick(page.plans_tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(events.made) == 2 and plans.made == []  # an event into the plan shown
    page.tabs.setCurrentIndex(AMBASSADORS)
    tasks.wait()
    page.ambassadors_tab.table.setFocus()
    qtbot.keyClick(page.ambassadors_tab.table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    assert teams.made == [(None,)] and len(events.made) == 2


def test_an_empty_database_offers_the_first_plan_then_the_first_event(qtbot, services, settings,
                                                                      answers, tasks):
    page = make_page(qtbot, services, settings, tasks)
    empty = page.list_tab.empty_state
    assert empty.showing_empty()
    assert empty.label.text() == translate(
        "There are no plans and events yet. An event belongs to a plan: create the year's "
        "plan first.")
    assert empty.button.isVisible()
    assert empty.button.text() == translate("Create the first plan")
    plans = DialogSpy()
    page.plans_tab.new_plan_dialog = plans
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == PLANS and len(plans.made) == 1
    tab = page.plans_tab
    assert tab.empty_state.showing_empty() and tab.empty_state.button.isVisible()
    assert tab.empty_state.label.text() == translate("There are no plans yet.", "PlansTab")
    qtbot.mouseClick(tab.empty_state.button, Qt.MouseButton.LeftButton)
    assert len(plans.made) == 2
    assert page.print_report() == 0  # no plan to print: said, no printer asked
    assert answers.messages[-1][:2] == (translate("Print"), translate(
        "Choose a plan to print: there is no plan for this year."))

    # a plan without events: the plan is shown; the list offers its first event
    the_plan = services.events.create_plan(YEAR, PlanKind.EVENTS, source="empty")
    page.reload()
    tasks.wait()
    assert not tab.empty_state.showing_empty()
    page.tabs.setCurrentIndex(LIST)
    tasks.wait()
    assert empty.showing_empty()
    assert empty.label.text() == translate("There are no events yet.")
    assert empty.button.text() == translate("Add the first event")
    events = DialogSpy()
    page.editor.open_dialog = events
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert len(events.made) == 1 and events.made[0][0].plan_id == the_plan.id
    # a filter that finds nothing shows the empty table, not the sentence
    page.list_tab.overdue_only.setChecked(True)
    tasks.wait()
    assert not empty.showing_empty()


def test_no_team_yet_offers_the_first_team(qtbot, services, settings, answers, tasks):
    page = make_page(qtbot, services, settings, tasks, AMBASSADORS)
    tab = page.ambassadors_tab
    assert tab.empty_state.showing_empty()
    assert tab.empty_state.label.text() == translate("There are no ambassador teams yet.",
                                                     "AmbassadorsTab")
    teams = DialogSpy()
    tab.open_dialog = teams
    qtbot.mouseClick(tab.empty_state.button, Qt.MouseButton.LeftButton)
    assert teams.made == [(None,)]


def test_a_read_only_role_gets_the_empty_states_without_buttons(qtbot, services, settings,
                                                                answers, tasks):
    inspector = Services(services.store, Actor("petrov", Role.INSPECTOR))
    page = make_page(qtbot, inspector, settings, tasks)
    for empty in (page.list_tab.empty_state, page.plans_tab.empty_state,
                  page.ambassadors_tab.empty_state):
        assert empty.showing_empty() and empty.button is None


@pytest.fixture
def printed(printer):
    """The shared printer fixture, its text on one line."""
    class Printed:
        path = printer.printed

        @property
        def text(self) -> str:
            return " ".join(printer.sent_text).replace("\n", " ")

        def pages(self) -> int:
            return printer.pages()

    return Printed()


def test_ctrl_p_on_the_plans_tab_prints_the_plan(qtbot, services, settings, answers, tasks,
                                                 plan, printed):
    page = make_page(qtbot, services, settings, tasks, PLANS)
    show_active(qtbot, page)
    page.plans_tab.table.setFocus()
    qtbot.keyClick(page.plans_tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not answers.messages
    assert printed.path.exists() and printed.pages() >= 1
    assert "Экскурсия на завод" in printed.text


def test_print_elsewhere_prints_the_reach_report_for_the_dashboard_period(
        qtbot, services, settings, answers, tasks, plan, printed):
    page = make_page(qtbot, services, settings, tasks, DASHBOARD)
    page.dashboard_tab.year.setValue(YEAR)
    tasks.wait()
    show_active(qtbot, page)
    page.print_action.trigger()
    assert not answers.messages
    assert printed.path.exists() and printed.pages() >= 1
    assert "Охват" in printed.text and f"31.12.{YEAR}" in printed.text
