"""The inspections section («Проверки»): inspections and their form, findings, checklist
templates, field packages with their conflicts, and the photo report.  Each tab has its
toolbar (the same actions in the same places as every section), shown in the section's one
row above the tabs while the tab is (only its keys answer; none while an inspection's form
is open, which has its own buttons).  Read-only roles see all of it without the write buttons; field packages are
for roles that may merge them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services import Services
from app.services.tasks import TaskRunner
from app.settings import Settings
from app.views.inspections.checklists_tab import ChecklistsTab
from app.views.inspections.field_tab import FieldTab
from app.views.inspections.findings_tab import FindingsTab
from app.views.inspections.inspections_tab import InspectionsTab
from app.views.widgets.page import SectionPage
from app.views.widgets.section_toolbar import SectionToolbar

INSPECTIONS, FINDINGS, CHECKLISTS, FIELD = range(4)


class InspectionsPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        self._dirty: set[int] = set()

        title = self.title_label(self.tr("Inspections"))

        self.inspections_tab = InspectionsTab(services, tasks)
        self.findings_tab = FindingsTab(services, tasks)
        self.checklists_tab = ChecklistsTab(services, tasks)
        self.field_tab = FieldTab(services, tasks)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.inspections_tab, self.tr("Inspections"))
        self.tabs.addTab(self.findings_tab, self.tr("Findings"))
        self.tabs.addTab(self.checklists_tab, self.tr("Checklists"))
        self.tabs.addTab(self.field_tab, self.tr("Field packages"))
        self.tabs.setTabVisible(FIELD, self.field_tab.can_merge or self.field_tab.can_export)
        self.tabs.currentChanged.connect(self._tab_changed)
        for tab in (self.inspections_tab, self.findings_tab, self.field_tab):
            tab.status.connect(self.status)
            tab.changed.connect(lambda t=tab: self._changed(t))
        for tab in self._tabs():
            tab.refreshed.connect(lambda t=tab: self._changed(t))
        self.findings_tab.open_inspection.connect(self.open_inspection)

        # the first tab's toolbar under the page's names
        tab = self.inspections_tab
        self.toolbar = tab.toolbar
        self.add_action, self.edit_action = tab.add_action, tab.edit_action
        self.delete_action, self.export_action = tab.delete_action, tab.export_action
        self.print_action, self.refresh_action = tab.print_action, tab.refresh_action
        self.photo_report_action = tab.photo_report_action
        self.search, self.table, self.model = tab.search, tab.table, tab.model

        self.section_bar = SectionToolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.section_bar)
        layout.addWidget(self.tabs, 1)
        self.section_bar.add(tab.toolbar, tab.list_page)
        for other in (self.findings_tab, self.checklists_tab, self.field_tab):
            self.section_bar.add(other.toolbar, other)

    def _tabs(self) -> list:
        return [self.inspections_tab, self.findings_tab, self.checklists_tab, self.field_tab]

    def reload(self) -> None:
        """The tab on screen now; the others when they are shown."""
        self._dirty = {INSPECTIONS, FINDINGS, CHECKLISTS, FIELD}
        self._load(self.tabs.currentIndex())

    def _load(self, index: int) -> None:
        self._dirty.discard(index)
        self.tabs.widget(index).reload()

    def _tab_changed(self, index: int) -> None:
        if index in self._dirty:
            self._load(index)

    def _changed(self, source: QWidget) -> None:
        """Something was written (or a tab was refreshed): every other tab loads again when
        it is shown."""
        self._dirty = {i for i in (INSPECTIONS, FINDINGS, CHECKLISTS, FIELD)
                       if self.tabs.widget(i) is not source}

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
