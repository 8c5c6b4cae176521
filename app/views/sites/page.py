"""The sites section: sites and their workshops with the chosen one's details above, the
chosen workshop's infrastructure list below; the readiness map on its own tab."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.services import Services
from app.services.errors import ServiceError
from app.services.site_data import MIN_KINDS_OF_WORK, SiteData, WorkshopData
from app.services.tasks import TaskRunner
from app.settings import Settings
from app.views import dialogs, printing
from app.views.sites.details import DetailsPanel
from app.views.sites.items_panel import ItemsPanel
from app.views.sites.readiness_map import ReadinessPanel
from app.views.sites.site_dialogs import SiteDialog, WorkshopDialog
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.lazy_tabs import LazyTabs, lazy_tab
from app.views.widgets.page import SectionPage
from app.views.widgets.page_actions import PageToolbar
from app.views.widgets.section_toolbar import SectionToolbar

SITE, WORKSHOP = "site", "workshop"
MAP = 1  # the readiness map's tab (the workshops' lists are the first)
_BANNER = ("background: #eef4fb; border: 1px solid #c9dcef; border-radius: 4px; "
           "padding: 6px 10px; color: #1d2b36;")


class SitesPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        self.sites: list[SiteData] = []
        self._selected: tuple[str, uuid.UUID] | None = None
        self._loaded = False  # until the first answer the tree is empty, not the cluster
        self._pending_item = None  # an item to bring into view once the tree is filled

        title = self.title_label(self.tr("Sites and workshops"))
        self.toolbar = PageToolbar()
        self.add_site_action = self.toolbar.standard("add", self.add_site, self.tr("Add site"))
        self.add_workshop_action = self.toolbar.extra(self.tr("Add workshop"), self.add_workshop,
                                                      "mdi6.plus-box-multiple-outline")
        self.edit_action = self.toolbar.standard("edit", self.edit)
        self.delete_action = self.toolbar.standard("delete", self.delete)
        self.print_action = self.toolbar.standard("print", self.print_readiness,
                                                  self.tr("Print the readiness map…"))
        self.refresh_action = self.toolbar.standard("refresh", self.reload)

        self.banner = QLabel()
        self.banner.setObjectName("kindsBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_BANNER)
        self.banner.hide()

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(260)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemDoubleClicked.connect(lambda *_a: self.edit())

        self.details = DetailsPanel()
        # the infrastructure list and the readiness map are made when first shown: the
        # section opens without them (issue 19)
        self._items: ItemsPanel | None = None
        hint = QLabel(self.tr("Choose a workshop to see its infrastructure list."))
        hint.setObjectName("placeholderText")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bottom = QStackedWidget()
        self.bottom.addWidget(hint)

        # the tree and the details side by side above; the list, which needs the width, below
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.tree)
        top.addWidget(self.details)
        top.setStretchFactor(1, 1)
        top.setSizes([420, 600])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.bottom)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 460])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        # no sites at all: one sentence and a button instead of the empty tree and panels
        self.empty_state = EmptyState(
            splitter, self.tree.model(), self.tr("There are no sites yet."),
            self.tr("Add the first site"), self.add_site,
            is_empty=lambda: self._loaded and self.tree.topLevelItemCount() == 0)

        self.tabs = LazyTabs()
        self.tabs.addTab(self.empty_state, self.tr("Workshops and infrastructure lists"))
        self.tabs.add_lazy(self.tr("Readiness map"), self._make_readiness)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.built.connect(self._built)

        # one toolbar row above the tabs (issue 21): the sites' actions while the cursor is
        # in the tree or the details, the infrastructure list's while it is in the list, the
        # map's on its tab; Ctrl+N and Del follow the row
        self.section_bar = SectionToolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.section_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        # the sites' scope is the whole first tab: with no site yet its empty state shows in
        # the tree's place, and «Add site» must stay on the row
        self.section_bar.add(self.toolbar, self.empty_state)
        self._update_actions()
        self.tabs.start()

    @property
    def items(self) -> ItemsPanel:
        """The chosen workshop's infrastructure list, made (and put in ``bottom`` after the
        hint) when first shown or asked for."""
        if self._items is None:
            self._items = self._make_items()
            self.bottom.addWidget(self._items)
            # registered once placed (its place decides when it shows), after the sites'
            # toolbar, which stays the row's first choice
            self.section_bar.add(self._items.toolbar, self._items)
        return self._items

    readiness = lazy_tab(MAP)

    def _make_items(self) -> ItemsPanel:
        items = ItemsPanel(self.services, self.settings, self.tasks)
        items.status.connect(self.status)
        items.items_changed.connect(self.refresh_readiness)
        items.link_requested.connect(self.link_requested)
        items.toolbar.share(self.refresh_action)
        return items

    def _make_readiness(self) -> ReadinessPanel:
        readiness = ReadinessPanel(self.services, on_add=self.add_site)
        readiness.status.connect(self.status)
        readiness.toolbar.share(self.refresh_action)
        readiness.toolbar.share(self.print_action)
        return readiness

    def _built(self, _index: int, readiness: ReadinessPanel) -> None:
        self.section_bar.add(readiness.toolbar, readiness)

    def _tab_changed(self, index: int) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        """Edit and Delete need a site or a workshop chosen in the tree (the readiness map
        shows no tree: nothing there to edit or delete)."""
        chosen = self._selected is not None and self.tabs.currentIndex() == 0
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen)

    # --- loading ---
    def fetch(self):
        sites = self.services.sites

        def work():
            return sites.list_sites(), sites.kinds_of_work(), sites.readiness_map()

        return work

    def show_fetched(self, result) -> None:
        self.sites, (count, too_few), readiness = result
        self._loaded = True
        self.banner.setText(self.tr(
            "Kinds of work in the cluster: {count}. The grant rules ask for at least {min}."
        ).format(count=count, min=MIN_KINDS_OF_WORK))
        self.banner.setVisible(too_few)
        self._show_readiness(readiness)
        self._fill_tree()
        self._show_pending_item()

    def refresh_readiness(self) -> None:
        self.tasks.run(self.services.sites.readiness_map, self._show_readiness,
                       self.fetch_failed)

    def _show_readiness(self, rows) -> None:
        """The map's rows: shown if the map is made, kept for when it is."""
        self.tabs.when_built(MAP, lambda readiness: readiness.set_rows(rows))

    def _fill_tree(self) -> None:
        keep = self._selected
        bold = QFont(self.tree.font())
        bold.setBold(True)
        self.tree.blockSignals(True)
        self.tree.clear()
        for site in self.sites:
            top = QTreeWidgetItem([site.name])
            top.setData(0, Qt.ItemDataRole.UserRole, (SITE, site.id))
            top.setFont(0, bold)
            top.setToolTip(0, "\n".join(filter(None, (
                site.name, site.organization_name, site.address, site.person_in_charge))))
            for w in site.workshops:
                child = QTreeWidgetItem([w.name])
                child.setData(0, Qt.ItemDataRole.UserRole, (WORKSHOP, w.id))
                child.setToolTip(0, "\n".join(filter(None, (w.name, w.kind_of_work))))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if keep is not None and self.select(*keep):
            return
        # nothing chosen yet (or it is gone): open the first workshop's list
        first = next((s.workshops[0] for s in self.sites if s.workshops), None)
        if first is None or not self.select(WORKSHOP, first.id):
            self.tree.setCurrentItem(None)
            self._current_changed(None)

    # --- selection ---
    def show_record(self, kind: str, record_id) -> None:
        """Another section asks for an item (a contract's items list): its workshop's list
        with the item chosen."""
        if kind != "item":
            return
        try:
            item = self.services.sites.item(record_id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Sites and workshops"), str(exc))
            return
        self._selected, self._pending_item = (WORKSHOP, item.workshop_id), item.id
        self.tabs.setCurrentIndex(0)
        if self._loaded and not self.loading:
            self._fill_tree()
            self._show_pending_item()

    def _show_pending_item(self) -> None:
        item_id, self._pending_item = self._pending_item, None
        if item_id is not None:
            self.items.select_item(item_id)

    def select(self, kind: str, record_id) -> bool:
        """Make the site or workshop current; False when it is not in the tree."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for item in [top] + [top.child(j) for j in range(top.childCount())]:
                if item.data(0, Qt.ItemDataRole.UserRole) == (kind, record_id):
                    if self.tree.currentItem() is item:  # no signal: show it again here
                        self._current_changed(item)
                    else:  # its currentItemChanged shows it (once: its list read once)
                        self.tree.setCurrentItem(item)
                    return True
        return False

    def select_workshop(self, workshop_id) -> bool:
        return self.select(WORKSHOP, workshop_id)

    def _current_changed(self, item, *_args) -> None:
        self._selected = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        self._update_actions()
        kind, record_id = self._selected or ("", None)
        found = self._workshop(record_id) if kind == WORKSHOP else None
        site = self._site(record_id) if kind == SITE else None
        if found is not None:
            self.details.show_workshop(*found)
            self.items.show_workshop(found[1])
            self.bottom.setCurrentWidget(self.items)
            return
        if site is not None:
            self.details.show_site(site)
        else:
            self.details.clear()
        self.bottom.setCurrentIndex(0)

    def _site(self, site_id) -> SiteData | None:
        return next((s for s in self.sites if s.id == site_id), None)

    def _workshop(self, workshop_id) -> tuple[SiteData, WorkshopData] | None:
        for site in self.sites:
            for w in site.workshops:
                if w.id == workshop_id:
                    return site, w
        return None

    def _current_site_id(self):
        if self._selected is None:
            return None
        kind, record_id = self._selected
        if kind == SITE:
            return record_id
        found = self._workshop(record_id)
        return found[0].id if found else None

    # --- actions ---
    def open_site_dialog(self, data: SiteData | None) -> SiteDialog:
        """Make the dialog (tests drive it directly; the actions show it modally)."""
        return SiteDialog(self.services, data, self)

    def open_workshop_dialog(self, data: WorkshopData | None) -> WorkshopDialog:
        if data is None:
            data = WorkshopData(name="", site_id=self._current_site_id())
        return WorkshopDialog(self.services, self.sites, data, self)

    def add_site(self) -> None:
        self.run_dialog(self.open_site_dialog(None))

    def add_workshop(self) -> None:
        if not self.sites:
            dialogs.show_message(self, self.tr("Add workshop"),
                                 self.tr("Add a site first: a workshop belongs to a site."),
                                 warning=False)
            return
        self.run_dialog(self.open_workshop_dialog(None))

    def edit(self) -> None:
        if self._selected is None:
            return
        kind, record_id = self._selected
        if kind == SITE:
            site = self._site(record_id)
            dialog = self.open_site_dialog(site) if site else None
        else:
            found = self._workshop(record_id)
            dialog = self.open_workshop_dialog(found[1]) if found else None
        self.run_dialog(dialog)

    def print_readiness(self) -> None:
        """The readiness map through the print dialog (the infrastructure lists have no PDF
        of their own yet)."""
        printing.print_report(self, self.tr("Readiness map"),
                              lambda path: self.services.reports.readiness(path))

    def remember_saved(self, data: SiteData | WorkshopData) -> None:
        """The tree keeps the saved site or workshop chosen when it is filled again."""
        self._selected = (SITE if isinstance(data, SiteData) else WORKSHOP, data.id)

    def delete(self) -> None:
        if self._selected is None:
            return
        kind, record_id = self._selected
        if kind == SITE:
            site = self._site(record_id)
            if site is None:
                return
            name, call = site.name, self.services.sites.delete_site
            question = self.tr("Delete the site «{name}» with its workshops ({count}) and "
                               "their infrastructure lists?").format(
                name=name, count=len(site.workshops))
        else:
            found = self._workshop(record_id)
            if found is None:
                return
            name, call = found[1].name, self.services.sites.delete_workshop
            question = self.tr("Delete the workshop «{name}» with its infrastructure list?"
                               ).format(name=name)
        if not dialogs.confirm(self, self.tr("Delete"), question):
            return
        try:
            call(record_id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not deleted"), str(exc))
            return
        self.status.emit(self.tr("Deleted: {name}").format(name=name))
        self._selected = None
        self.reload()
