"""The inspections section («Проверки»): inspections and their form, findings, checklist
templates, field packages with their conflicts, and the photo report.  Each tab has its
toolbar (the same actions in the same places as every section), shown in the section's one
row above the tabs while the tab is (only its keys answer; none while an inspection's form
is open, which has its own buttons).  Read-only roles see all of it without the write buttons; field packages are
for roles that may merge them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services import Services
from app.services.permissions import Permission
from app.services.tasks import TaskRunner
from app.settings import Settings
from app.views.inspections.checklists_tab import ChecklistsTab
from app.views.inspections.field_tab import FieldTab
from app.views.inspections.findings_tab import FindingsTab
from app.views.inspections.inspections_tab import InspectionsTab
from app.views.widgets.lazy_tabs import LazyTabs, lazy_tab
from app.views.widgets.page import SectionPage
from app.views.widgets.section_toolbar import SectionToolbar

INSPECTIONS, FINDINGS, CHECKLISTS, FIELD = range(4)


class InspectionsPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        self._dirty: set[int] = set()

        title = self.title_label(self.tr("Inspections"))

        # each tab is built when first shown (or reached into), the first one at once
        self.tabs = LazyTabs()
        self.tabs.add_lazy(self.tr("Inspections"), lambda: InspectionsTab(services, tasks))
        self.tabs.add_lazy(self.tr("Findings"), lambda: FindingsTab(services, tasks))
        self.tabs.add_lazy(self.tr("Checklists"), lambda: ChecklistsTab(services, tasks))
        self.tabs.add_lazy(self.tr("Field packages"), lambda: FieldTab(services, tasks))
        self.tabs.setTabVisible(FIELD, services.actor.allows(Permission.FIELD_MERGE)
                                or services.actor.allows(Permission.FIELD_EXPORT))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.built.connect(self._built)

        self.section_bar = SectionToolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.section_bar)
        layout.addWidget(self.tabs, 1)
        # the first tab's toolbar under the page's names
        tab = self.inspections_tab
        self.toolbar = tab.toolbar
        self.add_action, self.edit_action = tab.add_action, tab.edit_action
        self.delete_action, self.export_action = tab.delete_action, tab.export_action
        self.print_action, self.refresh_action = tab.print_action, tab.refresh_action
        self.photo_report_action = tab.photo_report_action
        self.search, self.table, self.model = tab.search, tab.table, tab.model
        self.tabs.start()

    inspections_tab = lazy_tab(INSPECTIONS)
    findings_tab = lazy_tab(FINDINGS)
    checklists_tab = lazy_tab(CHECKLISTS)
    field_tab = lazy_tab(FIELD)

    def _built(self, index: int, tab: QWidget) -> None:
        """A tab was made: it says things, tells of changes and shows its toolbar."""
        if index != CHECKLISTS:
            tab.status.connect(self.status)
            tab.changed.connect(lambda t=tab: self._changed(t))
        tab.refreshed.connect(lambda t=tab: self._changed(t))
        if index == FINDINGS:
            tab.open_inspection.connect(self.open_inspection)
        self.section_bar.add(tab.toolbar, tab.list_page if index == INSPECTIONS else tab)

    def reload(self) -> None:
        """The tab on screen now; the others when they are shown."""
        self._dirty = {INSPECTIONS, FINDINGS, CHECKLISTS, FIELD}
        self._load(self.tabs.currentIndex())

    def _load(self, index: int) -> None:
        self._dirty.discard(index)
        self.tabs.page(index).reload()

    def _tab_changed(self, index: int) -> None:
        if index in self._dirty:
            self._load(index)

    def _changed(self, source: QWidget) -> None:
        """Something was written (or a tab was refreshed): every other tab loads again when
        it is shown."""
        self._dirty = {i for i in (INSPECTIONS, FINDINGS, CHECKLISTS, FIELD)
                       if i != self.tabs.index_of_page(source)}

    def open_inspection(self, inspection_id) -> None:
        self.tabs.setCurrentIndex(INSPECTIONS)
        self.inspections_tab.open_inspection(inspection_id)

    def show_record(self, kind: str, record_id) -> None:
        """Another section asks for an inspection (an item's «Open inspection») or a finding
        (a deadline of «Сроки»): the inspection opened, or the findings' list."""
        if kind == "inspection":
            self.open_inspection(record_id)
        elif kind == "finding":
            self.tabs.setCurrentIndex(FINDINGS)

    # --- the section's actions (the inspections tab's) ---
    def add(self) -> None:
        self.tabs.setCurrentIndex(INSPECTIONS)
        self.inspections_tab.new_inspection()

    def edit(self) -> None:
        self.inspections_tab.open_current()

    # --- the photo report ---
    def photo_report(self) -> None:
        self.inspections_tab.photo_report()

    def photo_report_to(self, path: Path) -> None:
        """Every photo (of the site chosen in the list's filter, if one is) off the GUI
        thread."""
        self.inspections_tab.photo_report_to(path)
