"""Issue 21, item 6: one toolbar row per section, above the tabs, acting on the list the user
works in — «Площадки», «Показатели», «Проверки», «Мероприятия» (the mechanism:
app/views/widgets/section_toolbar.py).  For each section: exactly one toolbar on screen,
above the tab bar; Add, Edit and Delete at most once each; switching the tab or the list
changes what Add (its button and Ctrl+N) does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton

from app.services.tasks import TaskRunner
from app.views.widgets.page_actions import PageToolbar
from tests.helpers import DialogSpy, show_active

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def make(qtbot, page, tasks, tab: int = 0):
    qtbot.addWidget(page)
    page.resize(1366, 705)
    page.tabs.setCurrentIndex(tab)
    page.reload()
    settle(tasks)
    show_active(qtbot, page)
    return page


def settle(tasks) -> None:
    for _ in range(4):  # a list's answer may start the next one (a council → its meetings)
        tasks.wait()


def buttons(page, kind: str) -> list[QToolButton]:
    """The tool buttons of a standard action (``add``, ``edit``, ``delete``) on screen."""
    return [b for b in page.findChildren(QToolButton) if b.isVisible()
            and b.defaultAction() is not None
            and b.defaultAction().objectName() == f"action-{kind}"]


def check_one_row(page) -> None:
    shown = [bar for bar in page.findChildren(PageToolbar) if bar.isVisible()]
    assert shown == [page.section_bar.current_toolbar()], [b.parent() for b in shown]
    bar_bottom = page.section_bar.mapTo(page, QPoint(0, page.section_bar.height())).y()
    assert bar_bottom <= page.tabs.mapTo(page, QPoint(0, 0)).y()  # above the tab bar
    for kind in ("add", "edit", "delete"):
        assert len(buttons(page, kind)) <= 1, kind


def click_add(page) -> None:
    check_one_row(page)
    (add,) = buttons(page, "add")
    add.click()


def ctrl_n(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)
    qtbot.keyClick(widget, Qt.Key.Key_N, CTRL)


def test_sites_one_row_for_the_tree_and_the_infrastructure_list(qtbot, demo, settings, answers,
                                                                tasks, monkeypatch):
    from app.views.sites.page import SitesPage

    page = make(qtbot, SitesPage(demo, settings, tasks), tasks)
    items = page.items
    assert items.isVisible() and items.model.rowCount()
    sites, new_items = DialogSpy(), DialogSpy()
    monkeypatch.setattr(page, "open_site_dialog", sites)
    monkeypatch.setattr(items, "open_item_dialog", new_items)

    click_add(page)  # the tree's actions to begin with
    assert (sites.opened, new_items.opened) == (1, 0)
    ctrl_n(qtbot, items.table)  # the cursor in the list: the list's actions and keys
    assert (sites.opened, new_items.opened) == (1, 1)
    assert page.section_bar.current_toolbar() is items.toolbar
    click_add(page)
    assert (sites.opened, new_items.opened) == (1, 2)
    # Edit follows the list's selection
    items.table.clearSelection()
    assert not items.edit_action.isEnabled()
    items.table.selectRow(0)
    assert items.edit_action.isEnabled() and buttons(page, "edit")[0].isEnabled()
    ctrl_n(qtbot, page.tree)  # back in the tree: a site again
    assert (sites.opened, new_items.opened) == (2, 2)
    check_one_row(page)
    page.tabs.setCurrentIndex(1)  # the readiness map: its own actions, no Add
    check_one_row(page)
    assert page.section_bar.current_toolbar() is page.readiness.toolbar
    assert buttons(page, "add") == []


def test_indicators_one_row_follows_the_tab_and_the_councils_list(qtbot, demo, settings,
                                                                   answers, tasks, monkeypatch):
    from app.views.indicators.page import COUNCILS, TRAINING, IndicatorsPage

    page = make(qtbot, IndicatorsPage(demo, settings, tasks), tasks)
    check_one_row(page)
    assert page.section_bar.current_toolbar() is page.indicators_tab.toolbar
    councils_tab, training = page.councils_tab, page.training_tab
    meetings, councils, records = DialogSpy(), DialogSpy(), DialogSpy()
    monkeypatch.setattr(councils_tab, "meeting_dialog", meetings)
    monkeypatch.setattr(councils_tab, "council_dialog", councils)
    monkeypatch.setattr(training, "open_dialog", records)

    page.tabs.setCurrentIndex(COUNCILS)
    settle(tasks)
    click_add(page)  # the meetings' actions first
    assert (meetings.opened, councils.opened) == (1, 0)
    councils_tab.councils_table.setFocus()
    qtbot.waitUntil(councils_tab.councils_table.hasFocus, timeout=3000)
    click_add(page)  # the cursor in the councils' list: a council
    assert (meetings.opened, councils.opened) == (1, 1)
    page.tabs.setCurrentIndex(TRAINING)
    settle(tasks)
    click_add(page)
    assert records.opened == 1 and (meetings.opened, councils.opened) == (1, 1)
    page.tabs.setCurrentIndex(COUNCILS)  # the list used last in the tab comes back
    assert page.section_bar.current_toolbar() is councils_tab.council_bar


def test_inspections_one_row_follows_the_tab(qtbot, demo, settings, answers, tasks,
                                             monkeypatch):
    from app.views.inspections.page import CHECKLISTS, FINDINGS, InspectionsPage

    page = make(qtbot, InspectionsPage(demo, settings, tasks), tasks)
    inspections, templates = DialogSpy(), DialogSpy()
    monkeypatch.setattr(page.inspections_tab, "new_inspection_dialog", inspections)
    monkeypatch.setattr(page.checklists_tab, "new_dialog", templates)
    click_add(page)
    assert (inspections.opened, templates.opened) == (1, 0)
    page.tabs.setCurrentIndex(FINDINGS)
    settle(tasks)
    check_one_row(page)
    assert page.section_bar.current_toolbar() is page.findings_tab.toolbar
    page.tabs.setCurrentIndex(CHECKLISTS)
    settle(tasks)
    click_add(page)
    assert (inspections.opened, templates.opened) == (1, 1)
    ctrl_n(qtbot, page.checklists_tab.table)
    assert (inspections.opened, templates.opened) == (1, 2)


def test_events_one_row_follows_the_tab_and_the_plans_list(qtbot, demo, settings, answers,
                                                           tasks):
    from app.views.events.page import AMBASSADORS, CALENDAR, PLANS, EventsPage

    page = make(qtbot, EventsPage(demo, settings, tasks), tasks, CALENDAR)
    events, teams, plans = DialogSpy(), DialogSpy(), DialogSpy()
    page.editor.open_dialog = events
    page.ambassadors_tab.open_dialog = teams
    page.plans_tab.new_plan_dialog = plans
    click_add(page)  # the calendar: an event
    assert (events.opened, plans.opened, teams.opened) == (1, 0, 0)
    page.tabs.setCurrentIndex(PLANS)
    settle(tasks)
    click_add(page)  # the plans tab: a plan
    assert (events.opened, plans.opened, teams.opened) == (1, 1, 0)
    ctrl_n(qtbot, page.plans_tab.table)  # the cursor in the plan's events: an event
    assert (events.opened, plans.opened, teams.opened) == (2, 1, 0)
    click_add(page)
    assert (events.opened, plans.opened, teams.opened) == (3, 1, 0)
    page.tabs.setCurrentIndex(AMBASSADORS)
    settle(tasks)
    click_add(page)
    assert (events.opened, plans.opened, teams.opened) == (3, 1, 1)


@pytest.mark.parametrize("focus_first", [False, True])
def test_a_hidden_part_gives_the_row_back(qtbot, focus_first):
    """The mechanism alone: a scope hidden (its tab not current, its stack turned) loses the
    row, the section's own toolbar takes it; focus in a scope shows that scope's."""
    from PySide6.QtWidgets import QLineEdit, QTabWidget, QVBoxLayout, QWidget

    from app.views.widgets.section_toolbar import SectionToolbar

    root = QWidget()
    qtbot.addWidget(root)
    bar, tabs = SectionToolbar(), QTabWidget()
    layout = QVBoxLayout(root)
    layout.addWidget(bar)
    layout.addWidget(tabs)
    first, second = QWidget(), QWidget()
    inner = QLineEdit(first)
    tabs.addTab(first, "1")
    tabs.addTab(second, "2")
    own, of_first, of_inner = PageToolbar(), PageToolbar(), PageToolbar()
    bar.add(own)
    bar.add(of_first, first)
    bar.add(of_inner, inner)
    assert bar.current_toolbar() is of_first
    if focus_first:
        show_active(qtbot, root)
        inner.setFocus()
        qtbot.waitUntil(lambda: bar.current_toolbar() is of_inner, timeout=3000)
    tabs.setCurrentIndex(1)
    assert bar.current_toolbar() is own
    tabs.setCurrentIndex(0)
    assert bar.current_toolbar() is (of_inner if focus_first else of_first)
