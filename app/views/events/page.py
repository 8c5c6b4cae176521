"""The events section («Мероприятия»): the month calendar, the event list with its filters,
the plans with their approval and revisions, the programme's dashboard, and the ambassador
teams.  Read-only roles (inspector, council) see all of it without the write buttons.

One toolbar row above the tabs (issue 21): the event actions with the search box on the
calendar, the list and the dashboard; on «Plans» the plan's actions, or the event actions
while the cursor is in the plan's events; on «Ambassadors» the teams'.  The search box filters
the event list (typing on another tab opens the list); Print prints the plan shown on the
«Plans» tab, elsewhere the reach report for the dashboard's period."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from app.formats import format_date
from app.services import Services
from app.services.errors import ServiceError
from app.services.event_data import PlanData
from app.services.permissions import Permission
from app.services.tasks import TaskRunner
from app.settings import Settings
from app.views import dialogs, printing
from app.views.events.ambassadors_tab import AmbassadorsTab
from app.views.events.calendar_tab import CalendarTab
from app.views.events.dashboard_tab import DashboardTab
from app.views.events.editor import EventEditor
from app.views.events.list_tab import EventListTab
from app.views.events.plans_tab import PlansTab
from app.views.widgets.lazy_tabs import LazyTabs, lazy_tab
from app.views.widgets.page import SectionPage
from app.views.widgets.page_actions import PageToolbar, set_tip
from app.views.widgets.section_toolbar import SectionToolbar

CALENDAR, LIST, PLANS, DASHBOARD, AMBASSADORS = range(5)
_EVENT_TABS = (CALENDAR, LIST, PLANS)


class EventsPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        self.writable = services.actor.allows(Permission.EVENTS_WRITE)
        self.plans: list[PlanData] = []
        self._show_plan = None
        self._dirty: set[int] = set()
        self.editor = EventEditor(services, settings, self.writable, self)
        self.editor.changed.connect(self._event_changed)
        self.editor.status.connect(self.status)

        title = self.title_label(self.tr("Events"))
        self.toolbar = PageToolbar()
        self.add_action = self.toolbar.standard("add", self.add_event, self.tr("Add event"))
        self.edit_action = self.toolbar.standard(
            "edit", self.edit_event,
            self.tr("Edit event") if self.writable else self.tr("Open event"))
        self.delete_action = self.toolbar.standard("delete", self.delete_event,
                                                   self.tr("Delete event"))
        self.export_action = self.toolbar.standard("export", self.export_list)
        set_tip(self.export_action, self.tr("Export the list as shown to Excel"))
        self.print_action = self.toolbar.standard("print", self.print_report)
        self.refresh_action = self.toolbar.standard("refresh", self.reload)
        self.search = self.toolbar.add_search(self.tr("Search events…"), 260)
        self.search.setMaximumWidth(260)  # the same on every tab, however many actions show
        self.search.setToolTip(self.tr("Searches the event list by title, place and "
                                       "responsible person."))
        self.search.textChanged.connect(self._search_typed)
        self.add_action.setVisible(self.writable)
        self.delete_action.setVisible(self.writable)

        # each tab is built when first shown (or reached into), the first one at once
        self.tabs = LazyTabs()
        self.tabs.add_lazy(self.tr("Calendar"),
                           lambda: CalendarTab(services, tasks, self.writable))
        self.tabs.add_lazy(self.tr("List"), lambda: EventListTab(
            services, tasks, self.search, self.add_first_event if self.writable else None))
        self.tabs.add_lazy(self.tr("Plans"), lambda: PlansTab(
            services, tasks, self.writable, services.actor.allows(Permission.PLANS_APPROVE)))
        self.tabs.add_lazy(self.tr("Dashboard"),
                           lambda: DashboardTab(services, tasks, self.writable))
        self.tabs.add_lazy(self.tr("Ambassadors"),
                           lambda: AmbassadorsTab(services, tasks, self.writable))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.built.connect(self._built)

        self.section_bar = SectionToolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.section_bar)
        layout.addWidget(self.tabs, 1)
        self.section_bar.add(self.toolbar)  # where no tab has its own
        self.tabs.start()
        self._tab_changed(self.tabs.currentIndex())

    calendar_tab = lazy_tab(CALENDAR)
    list_tab = lazy_tab(LIST)
    plans_tab = lazy_tab(PLANS)
    dashboard_tab = lazy_tab(DASHBOARD)
    ambassadors_tab = lazy_tab(AMBASSADORS)

    def _built(self, index: int, tab) -> None:
        """A tab was made: it opens events, says things and shows its toolbar (the plans
        reach it through ``show_fetched``)."""
        if index in _EVENT_TABS:
            tab.open_event.connect(self.editor.edit)
        if index in (LIST, PLANS, AMBASSADORS):
            tab.status.connect(self.status)
        if index == CALENDAR:
            tab.add_event.connect(lambda day: self.editor.add(day=day))
        elif index == PLANS:
            tab.plans_changed.connect(self._plans_changed)
            for action in (self.print_action, self.refresh_action):
                tab.toolbar.share(action)
            self.section_bar.add(tab.toolbar, tab)
            self.section_bar.add(self.toolbar, tab.table)
        elif index == AMBASSADORS:
            tab.toolbar.share(self.refresh_action)
            self.section_bar.add(tab.toolbar, tab)

    # --- loading ---
    def fetch(self):
        """The plans first (every tab names them), then the tab on screen; the others when
        they are shown."""
        return self.services.events.plans

    def show_fetched(self, plans: list[PlanData]) -> None:
        self.plans = plans
        self.editor.plans = plans
        # a tab not made yet gets them when it is
        self.tabs.when_built(LIST, lambda tab: self._plans_to_list(tab, plans))
        show, self._show_plan = self._show_plan, None
        self.tabs.when_built(PLANS, lambda tab: tab.set_plans(plans, show))  # loads it
        self._dirty = {CALENDAR, LIST, DASHBOARD, AMBASSADORS}
        self._load(self.tabs.currentIndex())

    def _plans_to_list(self, tab, plans: list[PlanData]) -> None:
        self._word_empty_list()
        tab.set_plans(plans)

    def _load(self, index: int) -> None:
        self._dirty.discard(index)
        tab = self.tabs.page(index)
        if index != PLANS:  # the plans tab loads when its plan is chosen
            tab.reload()

    def _tab_changed(self, index: int) -> None:
        events_here = index in _EVENT_TABS
        for action in (self.add_action, self.delete_action):
            action.setVisible(self.writable and events_here)
        self.edit_action.setVisible(events_here)
        self.export_action.setVisible(index == LIST)
        set_tip(self.print_action, self.tr("Print the plan shown") if index == PLANS else
                self.tr("Print the reach report for the dashboard's period"))
        if index in self._dirty:
            self._load(index)

    def _event_changed(self, event_id) -> None:
        for index in (LIST, PLANS):
            if self.tabs.is_built(index):  # one not built yet has nothing chosen to keep
                self.tabs.page(index).select_after_load(event_id)
        self.reload()

    def _plans_changed(self, show_id) -> None:
        self._show_plan = show_id
        self.reload()

    # --- event actions (on the tab shown) ---
    def selected_event_id(self):
        tab = self.tabs.current_page()
        return tab.selected_id() if self.tabs.currentIndex() in _EVENT_TABS else None

    def add_event(self) -> None:
        index = self.tabs.currentIndex()
        if index == CALENDAR:
            self.editor.add(day=self.calendar_tab.calendar.selectedDate().toPython())
        elif index == PLANS:
            self.editor.add(plan_id=self.plans_tab.current_id())
        else:
            self.editor.add(plan_id=self.list_tab.plan_filter.currentData())

    def add_first_event(self) -> None:
        """The empty list's button: the first event, or first the plan it belongs to."""
        if self.plans:
            self.add_event()
        else:
            self.tabs.setCurrentIndex(PLANS)
            self.plans_tab.new_plan()

    def _word_empty_list(self) -> None:
        empty = self.list_tab.empty_state
        if self.plans or not self.writable:  # a read-only role creates no plan
            empty.label.setText(self.tr("There are no events yet."))
            text = self.tr("Add the first event")
        else:
            empty.label.setText(self.tr("There are no plans and events yet. An event belongs "
                                        "to a plan: create the year's plan first."))
            text = self.tr("Create the first plan")
        if empty.button is not None:
            empty.button.setText(text)

    def _search_typed(self, text: str) -> None:
        """The box searches the event list: typing on another tab opens the list."""
        if text.strip() and self.tabs.currentIndex() != LIST:
            self.tabs.setCurrentIndex(LIST)

    def edit_event(self) -> None:
        self.editor.edit(self.selected_event_id())

    def delete_event(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None:
            return
        try:
            title = self.services.events.event(event_id).title
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Events"), str(exc))
            self.reload()
            return
        self.editor.delete(event_id, title)

    def export_list(self) -> None:
        self.list_tab.export_file()

    # --- printing ---
    def print_report(self) -> int:
        """The plan shown on the «Plans» tab; elsewhere the reach report for the period the
        dashboard shows (the year by default).  Returns the pages printed."""
        reports = self.services.event_reports
        if self.tabs.currentIndex() == PLANS:
            plan = self.plans_tab.current_plan()
            if plan is None:
                dialogs.show_message(self, self.tr("Print"), self.tr(
                    "Choose a plan to print: there is no plan for this year."), warning=False)
                return 0
            return printing.print_report(
                self, plan.title, lambda path: reports.plan_report(plan.id, path))
        first, last = self.dashboard_tab.period()
        title = self.tr("Reach of the events, {start} – {end}").format(
            start=format_date(first), end=format_date(last))
        return printing.print_report(
            self, title, lambda path: reports.reach_report(first, last, path))
