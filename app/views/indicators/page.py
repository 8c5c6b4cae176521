"""The indicators section («Показатели»): the programme's performance indicators with the
reports, the councils with their meetings and decisions, staff training, admissions, and
network cooperation.  Read-only roles (inspector, council) see all of it without the write
buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services import Services
from app.services.permissions import Permission
from app.services.tasks import TaskRunner
from app.settings import Settings
from app.views.indicators.councils_tab import CouncilsTab
from app.views.indicators.indicators_tab import IndicatorsTab
from app.views.indicators.network_tab import NetworkTab
from app.views.indicators.training_tabs import AdmissionsTab, TrainingTab
from app.views.widgets.page import SectionPage
from app.views.widgets.section_toolbar import SectionToolbar

INDICATORS, COUNCILS, TRAINING, ADMISSIONS, NETWORK = range(5)


class IndicatorsPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        indicators_writable = services.actor.allows(Permission.INDICATORS_WRITE)
        governance_writable = services.actor.allows(Permission.GOVERNANCE_WRITE)
        title = self.title_label(self.tr("Indicators"))
        self.indicators_tab = IndicatorsTab(services, tasks, indicators_writable)
        self.councils_tab = CouncilsTab(services, tasks, governance_writable)
        self.training_tab = TrainingTab(services, tasks, indicators_writable)
        self.admissions_tab = AdmissionsTab(services, tasks, indicators_writable)
        self.network_tab = NetworkTab(services, tasks, indicators_writable)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.indicators_tab, self.tr("Performance indicators"))
        self.tabs.addTab(self.councils_tab, self.tr("Councils"))
        self.tabs.addTab(self.training_tab, self.tr("Staff training"))
        self.tabs.addTab(self.admissions_tab, self.tr("Admissions"))
        self.tabs.addTab(self.network_tab, self.tr("Network cooperation"))
        for tab in self.tab_pages():
            tab.status.connect(self.status)
        # computed indicators count trainings, admissions, agreements and members
        for tab in (self.training_tab, self.admissions_tab, *self.network_tab.lists()):
            tab.changed.connect(self._mark_indicators_stale)
        self.councils_tab.participants_changed.connect(self._mark_indicators_stale)
        self._stale: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.indicators_tab.loader.done = self._wrap_done(self.indicators_tab.loader.done)

        # one toolbar row above the tabs: the shown tab's, in «Councils» the list's the cursor
        # is in, in «Network cooperation» the shown list's (issue 21)
        self.section_bar = SectionToolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.section_bar)
        layout.addWidget(self.tabs, 1)
        self.section_bar.add(self.indicators_tab.toolbar, self.indicators_tab)
        for toolbar, scope in self.councils_tab.toolbars:
            self.section_bar.add(toolbar, scope)
        for tab in (self.training_tab, self.admissions_tab, *self.network_tab.lists()):
            self.section_bar.add(tab.toolbar, tab)

    def _wrap_done(self, done):
        def arrived(result) -> None:
            done(result)
            self.loaded.emit()
        return arrived

    def tab_pages(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def reload(self) -> None:
        """The tab on screen now; the others when they are shown."""
        self._stale = set(range(self.tabs.count())) - {self.tabs.currentIndex()}
        self.tabs.currentWidget().reload()

    def _tab_changed(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            self.tabs.widget(index).reload()

    def _mark_indicators_stale(self) -> None:
        self._stale.add(INDICATORS)
