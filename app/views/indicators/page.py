"""The indicators section («Показатели»): the programme's performance indicators with the
reports, the councils with their meetings and decisions, staff training, admissions, and
network cooperation.  Read-only roles (inspector, council) see all of it without the write
buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services import Services
from app.services.permissions import Permission
from app.services.tasks import TaskRunner
from app.settings import Settings
from app.views.indicators.councils_tab import CouncilsTab
from app.views.indicators.indicators_tab import IndicatorsTab
from app.views.indicators.network_tab import NetworkTab
from app.views.indicators.training_tabs import AdmissionsTab, TrainingTab
from app.views.widgets.lazy_tabs import LazyTabs, lazy_tab
from app.views.widgets.page import SectionPage
from app.views.widgets.section_toolbar import SectionToolbar

INDICATORS, COUNCILS, TRAINING, ADMISSIONS, NETWORK = range(5)


class IndicatorsPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        indicators_writable = services.actor.allows(Permission.INDICATORS_WRITE)
        governance_writable = services.actor.allows(Permission.GOVERNANCE_WRITE)
        title = self.title_label(self.tr("Indicators"))
        # each tab is built when first shown (or reached into), the first one at once
        self.tabs = LazyTabs()
        self.tabs.add_lazy(self.tr("Performance indicators"),
                           lambda: IndicatorsTab(services, tasks, indicators_writable))
        self.tabs.add_lazy(self.tr("Councils"),
                           lambda: CouncilsTab(services, tasks, governance_writable))
        self.tabs.add_lazy(self.tr("Staff training"),
                           lambda: TrainingTab(services, tasks, indicators_writable))
        self.tabs.add_lazy(self.tr("Admissions"),
                           lambda: AdmissionsTab(services, tasks, indicators_writable))
        self.tabs.add_lazy(self.tr("Network cooperation"),
                           lambda: NetworkTab(services, tasks, indicators_writable))
        self._stale: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.built.connect(self._built)

        # one toolbar row above the tabs: the shown tab's, in «Councils» the list's the cursor
        # is in, in «Network cooperation» the shown list's (issue 21)
        self.section_bar = SectionToolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.section_bar)
        layout.addWidget(self.tabs, 1)
        self.tabs.start()

    indicators_tab = lazy_tab(INDICATORS)
    councils_tab = lazy_tab(COUNCILS)
    training_tab = lazy_tab(TRAINING)
    admissions_tab = lazy_tab(ADMISSIONS)
    network_tab = lazy_tab(NETWORK)

    def _built(self, index: int, tab: QWidget) -> None:
        """A tab was made: it says things, marks the indicators stale when what they count
        changes (trainings, admissions, agreements, members), and shows its toolbars."""
        tab.status.connect(self.status)
        if index == INDICATORS:
            tab.loader.done = self._wrap_done(tab.loader.done)
            self.section_bar.add(tab.toolbar, tab)
        elif index == COUNCILS:
            tab.participants_changed.connect(self._mark_indicators_stale)
            for toolbar, scope in tab.toolbars:
                self.section_bar.add(toolbar, scope)
        else:
            for part in tab.lists() if index == NETWORK else (tab,):
                part.changed.connect(self._mark_indicators_stale)
                self.section_bar.add(part.toolbar, part)

    def _wrap_done(self, done):
        def arrived(result) -> None:
            done(result)
            self.loaded.emit()
        return arrived

    def tab_pages(self) -> list[QWidget]:
        return [self.tabs.page(i) for i in range(self.tabs.count())]

    def reload(self) -> None:
        """The tab on screen now; the others when they are shown."""
        self._stale = set(range(self.tabs.count())) - {self.tabs.currentIndex()}
        self.tabs.current_page().reload()

    def _tab_changed(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            self.tabs.page(index).reload()

    def _mark_indicators_stale(self) -> None:
        self._stale.add(INDICATORS)
