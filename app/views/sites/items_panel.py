"""The chosen workshop's infrastructure list: search, stage filter, add / edit / delete,
next stage, import and export; the totals under the table.  Its toolbar shows in the
section's row above the tabs while the cursor is in the list (SitesPage); the search box and
the stage filter stay above the list, on screen wherever the cursor is."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
)

from app.formats import format_money
from app.services import Services, clock
from app.services.errors import ServiceError
from app.services.importers import registry as importers
from app.services.readiness import STAGES
from app.services.site_data import WorkshopData, stage_label
from app.services.tasks import TaskRunner
from app.settings import Settings
from app.views import dialogs
from app.views.sites.item_dialog import ItemDialog
from app.views.sites.items_model import STAGE_DATES, ItemsTableModel, next_stage
from app.views.widgets import importing
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.filling_table import FillingTableView
from app.views.widgets.page import PagePart
from app.views.widgets.page_actions import PageToolbar, search_box


class ItemsPanel(PagePart):
    items_changed = Signal()  # the readiness map is out of date
    link_requested = Signal(str, str, object)  # section, kind, id: an item's contract

    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, tasks, parent, settings=settings)
        self.workshop: WorkshopData | None = None
        self.model = ItemsTableModel(self)

        self.toolbar = PageToolbar()
        self.add_action = self.toolbar.standard("add", self.add_item, self.tr("Add item"))
        self.edit_action = self.toolbar.standard("edit", self.edit_item, self.tr("Edit item"))
        self.delete_action = self.toolbar.standard("delete", self.delete_item,
                                                   self.tr("Delete item"))
        self.next_action = self.toolbar.extra(self.tr("Move to next stage"),
                                              self.move_to_next_stage,
                                              "mdi6.skip-next-circle-outline")
        # «Add item»…: the row above the tabs shows the sites' actions too, the words say
        # which list these act on; import and export keep the standard words, tooltips say
        self.import_action = self.toolbar.standard("import", self.import_list)
        self.import_action.setToolTip(self.tr("Import the infrastructure list"))
        self.export_action = self.toolbar.standard("export", self.export_list)
        self.export_action.setToolTip("{text} ({key})".format(
            text=self.tr("Export the infrastructure list"),
            key=self.export_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.search = search_box(self.tr("Search by name…"), width=280)
        self.search.setMinimumWidth(280)  # the whole hint: nothing beside it needs the room
        self.search.textChanged.connect(self._filter_changed)
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("All stages"), "")
        for stage in STAGES:
            self.stage_filter.addItem(stage_label(stage), stage)
        self.stage_filter.currentIndexChanged.connect(self._filter_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.search)
        filters.addWidget(self.stage_filter)
        filters.addStretch(1)

        self.table = FillingTableView(1)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setObjectName("infrastructureItems")  # the user's widths kept under it
        # ten columns do not fit a laptop beside the names: the stages' dates wait in the
        # heading's menu (the stage itself stays)
        self.table.hide_by_default("dates")
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self.totals = QLabel()
        self.totals.setObjectName("itemTotals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.totals.setStyleSheet("font-weight: 600;")

        self.empty_state = EmptyState(
            self.table, self.model, self.tr("This infrastructure list has no items yet."),
            self.tr("Add the first item"), self.add_item,
            is_empty=lambda: self.model.total == 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.empty_state, 1)
        layout.addWidget(self.totals)
        self._update_actions()

    def _update_actions(self) -> None:
        """The actions on one item need one chosen; the list's need a workshop shown."""
        chosen = self.selected_id() is not None
        for action in (self.edit_action, self.delete_action, self.next_action):
            action.setEnabled(chosen)
        for action in (self.add_action, self.import_action, self.export_action):
            action.setEnabled(self.workshop is not None)

    # --- the workshop ---
    def show_workshop(self, workshop: WorkshopData) -> None:
        if self.workshop is None or self.workshop.id != workshop.id:
            self.search.clear()
            self.stage_filter.setCurrentIndex(0)
        self.workshop = workshop
        self.load_items()
        self._update_actions()

    def load_items(self) -> None:
        if self.workshop is None:
            return
        selected = self.selected_id()
        try:
            rows = self.services.sites.items(self.workshop.id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Infrastructure list"), str(exc))
            rows = []
        self.model.set_rows(rows)
        self._select(selected)
        self._update_totals()

    def _filter_changed(self, *_args) -> None:
        self.model.set_filter(self.search.text(), self.stage_filter.currentData())
        self._update_totals()

    def _update_totals(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        text = self.tr("Items: {count}   Total: {sum}").format(
            count=shown, sum=format_money(self.model.shown_sum))
        if shown != total:
            text = self.tr("Shown {shown} of {total}.").format(shown=shown, total=total) + "   " + text
        self.totals.setText(text)

    def _select(self, item_id) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_id(self):
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.data(index, Qt.ItemDataRole.UserRole)

    # --- item actions ---
    def open_item_dialog(self, data=None) -> ItemDialog:
        """Make the dialog (tests drive it directly; ``add_item``/``edit_item`` show it)."""
        return ItemDialog(self.services, self.workshop.id, data, self.model.next_position(), self)

    def add_item(self) -> None:
        if self.workshop is None:
            return
        dialog = self.open_item_dialog(None)
        self.run_dialog(dialog, self.after_item_save)
        self.follow_request(dialog)

    def edit_item(self) -> None:
        item = self.model.item(self.selected_id())
        if item is None:
            return
        dialog = self.open_item_dialog(item)
        self.run_dialog(dialog, self.after_item_save)
        self.follow_request(dialog)

    def follow_request(self, dialog: ItemDialog) -> None:
        """«Open contract» in the item's window: the window shows the contract."""
        requested = getattr(dialog, "requested_record", None)
        if requested is not None:
            self.link_requested.emit(*requested)

    def select_item(self, item_id) -> bool:
        """Bring an item of the shown list into view (the search and filter are cleared)."""
        if self.model.item(item_id) is None:
            return False
        self.search.clear()
        self.stage_filter.setCurrentIndex(0)
        self._select(item_id)
        return True

    def after_item_save(self, saved) -> None:
        self.status.emit(self.tr("Saved: {name}").format(name=saved.name))
        self.load_items()
        self._select(saved.id)
        self.items_changed.emit()

    def delete_item(self) -> None:
        item = self.model.item(self.selected_id())
        if item is None:
            return
        if not dialogs.confirm(self, self.tr("Delete item"), self.tr(
                "Delete «{name}» from the infrastructure list?").format(name=item.name)):
            return
        try:
            self.services.sites.delete_item(item.id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not deleted"), str(exc))
            return
        self.status.emit(self.tr("Deleted: {name}").format(name=item.name))
        self.load_items()
        self.items_changed.emit()

    def move_to_next_stage(self) -> None:
        """The selected item reaches the next stage today."""
        item = self.model.item(self.selected_id())
        if item is None:
            return
        stage = next_stage(item.stage)
        if stage is None:
            dialogs.show_message(self, self.tr("Move to next stage"), self.tr(
                "«{name}» is already commissioned.").format(name=item.name), warning=False)
            return
        field = dict(STAGE_DATES)[stage]
        try:
            saved = self.services.sites.save_item(
                replace(item, stage=stage, **{field: clock.today()}))
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not saved"), str(exc))
            return
        self.status.emit(self.tr("«{name}»: {stage}").format(
            name=saved.name, stage=stage_label(stage)))
        self.load_items()
        self._select(saved.id)
        self.items_changed.emit()

    # --- import and export ---
    def import_list(self) -> None:
        if self.workshop is None:
            return
        path = importing.choose_spreadsheet(self, self.settings,
                                            self.tr("Import the infrastructure list"))
        if path is not None:
            self.run_import(path)

    def run_import(self, path: Path) -> None:
        workshop_id = self.workshop.id
        importing.run_import(self, self.tasks, self.tr("Importing the infrastructure list…"),
                             lambda **kw: importers.run_import(
                                 self.services, "infrastructure", path,
                                 workshop_id=workshop_id, **kw),
                             lambda _result: (self.load_items(), self.items_changed.emit()))

    def export_list(self) -> None:
        if self.workshop is None:
            return
        name = dialogs.choose_save_file(self, self.tr("Export the infrastructure list"),
                                        self.tr("infrastructure-list.xlsx"),
                                        dialogs.excel_pattern())
        if not name:
            return
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        try:
            self.services.infrastructure_export.export_xlsx(self.workshop.id, Path(name))
        except (OSError, ServiceError) as exc:
            dialogs.show_message(self, self.tr("Not exported"), str(exc))
            return
        self.status.emit(self.tr("Written: {path}").format(path=name))
