"""The participants section: members and counterparties («Участники / Контрагенты») in
one table, search as you type, role filter, add / edit / delete (with undo), import,
export and print of the list shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabBar,
    QVBoxLayout,
)

from app.services import Services
from app.services.errors import Cancelled, ServiceError
from app.services.importers import registry as importers
from app.services.participants import MemberRole, OrganizationData, role_label
from app.services.tasks import TaskRunner
from app.settings import PARTICIPANTS_HEADER, Settings
from app.views import dialogs, printing
from app.views.participants.organization_dialog import OrganizationDialog
from app.views.participants.table_model import (
    ParticipantsTableModel,
    prepare_rows,
    search_keys,
)
from app.views.widgets import importing
from app.views.widgets.after_paint import after_paint
from app.views.widgets.background import run_blocking
from app.views.widgets.columns import make_table
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.page import SectionPage
from app.views.widgets.page_actions import PageToolbar, icon


class ParticipantsPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        self.model = ParticipantsTableModel(self)
        self._deleted: OrganizationData | None = None
        self._loaded = False  # until the first answer the table is empty, not the database

        title = self.title_label(self.tr("Participants"))

        self.toolbar = PageToolbar()
        self.add_action = self.toolbar.standard("add", self.add)
        self.edit_action = self.toolbar.standard("edit", self.edit)
        self.delete_action = self.toolbar.standard("delete", self.delete)
        self.import_action = self.toolbar.standard("import", self.import_file)
        self.export_action = self.toolbar.standard("export", self.export_file)
        self.print_action = self.toolbar.standard("print", self.print_list)
        self.refresh_action = self.toolbar.standard("refresh", self.reload)
        # the blank template is what one fills to import: it sits in Import's menu, so the
        # toolbar leaves the search box its room in a 1280-pixel window
        self.template_action = QAction(icon("mdi6.file-table-outline"),
                                       self.tr("Blank template…"), self)
        self.template_action.triggered.connect(lambda _checked=False: self.export_template())
        import_menu = QMenu(self)
        import_menu.addAction(self.template_action)
        self.import_action.setMenu(import_menu)
        self.search = self.toolbar.add_search(
            self.tr("Search by name, INN, OGRN, region, agreement…"), width=240)
        self.search.setToolTip(self.search.placeholderText())  # the box shows only its start
        self.search.textChanged.connect(self._filter_changed)
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), "")
        for role in MemberRole:
            self.role_filter.addItem(role_label(role), role.value)
        self.role_filter.currentIndexChanged.connect(self._filter_changed)
        # members today and the rest (suppliers, former members) are two lists of one
        # register: the toolbar and the search serve both
        self.list_tabs = QTabBar()
        self.list_tabs.addTab(self.tr("Participants"))
        self.list_tabs.addTab(self.tr("Counterparties"))
        self.list_tabs.setTabToolTip(0, self.tr("Members of the cluster today"))
        self.list_tabs.setTabToolTip(1, self.tr(
            "Suppliers and other organizations without a current membership"))
        self.list_tabs.currentChanged.connect(self._filter_changed)
        self.count_label = QLabel()

        # the kit's rule for columns: the full name stretches, the rest fit their content,
        # widths the user drags are remembered (app/views/widgets/filling_table.py)
        self.table = make_table(self.model, 1, name="participants",
                                hidden=("ogrn", "kpp", "region", "joined_on", "agreement_no"))
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.doubleClicked.connect(lambda _index: self.edit())

        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(10, 4, 10, 4)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.list_tabs)
        filters.addWidget(self.role_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.empty_state = EmptyState(
            self.table, self.model, self.tr("There are no participants yet."),
            self.tr("Add the first organization"), self.add,
            is_empty=lambda: self._loaded and self.model.total == 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.empty_state, 1)

    # --- loading ---
    @classmethod
    def first_fetch(cls, services: Services):
        """A new page shows every member in the list's first order, nothing searched."""
        rows_of, order = services.participants.list_organizations, ParticipantsTableModel.FIRST_ORDER
        return lambda: prepare_rows(rows_of(), None, order)

    def fetch(self):
        rows_of, shown = self.services.participants.list_organizations, self.model.prepared
        order = self.model.sort_order  # sorted off the GUI thread
        searching = self.model.searching  # folded then too: the search is applied at once
        return lambda: prepare_rows(rows_of(), shown, order, keys=searching)

    def show_fetched(self, rows) -> None:
        self._loaded = True
        self.model.set_rows(rows)
        self._update_count()
        if self.model.needs_keys:  # the search text, folded off the GUI thread after the paint
            held = self.model.prepared.rows
            # a failure leaves it unfolded: the first search folds it (model._filtered)
            after_paint(self.table.viewport(), lambda: self.tasks.run(
                lambda: search_keys(held), lambda keys: self.model.set_keys(held, keys),
                lambda _exc: None))

    @property
    def counterparties(self) -> bool:
        """Whether the «Контрагенты» list is shown."""
        return self.list_tabs.currentIndex() == 1

    def _filter_changed(self, *_args) -> None:
        self.role_filter.setVisible(not self.counterparties)  # counterparties have no role
        role = "" if self.counterparties else self.role_filter.currentData()
        self.model.set_filter(self.search.text(), role, self.counterparties)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.list_total
        if shown == total:
            self.count_label.setText(self.tr("{count} organizations").format(count=total))
        else:
            self.count_label.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))

    def save_state(self) -> None:
        self.settings.set(PARTICIPANTS_HEADER, self.table.horizontalHeader().saveState())

    # --- actions ---
    def selected_id(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(index, Qt.ItemDataRole.UserRole)

    def open_dialog(self, data: OrganizationData | None) -> OrganizationDialog:
        """Make the dialog (tests drive it directly; ``add``/``edit`` show it modally)."""
        return OrganizationDialog(self.services, data, self)

    def add(self) -> None:
        self.run_dialog(self.open_dialog(None))

    def edit(self) -> None:
        org_id = self.selected_id()
        if org_id is None:
            return
        try:
            data = self.services.participants.get(org_id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Participants"), str(exc))
            self.reload()
            return
        self.run_dialog(self.open_dialog(data))

    def delete(self) -> None:
        org_id = self.selected_id()
        if org_id is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        name = row.short_name or row.full_name
        if not dialogs.confirm(
            self, self.tr("Delete organization"),
            self.tr("Delete «{name}» with its contacts and membership history?").format(name=name),
        ):
            return
        try:
            data = self.services.participants.get(org_id)
            self._deleted = self.services.participants.delete(org_id, data.version)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not deleted"), str(exc))
            return
        self.undo_label.setText(self.tr("«{name}» was deleted.").format(name=name))
        self.undo_bar.show()
        self.reload()

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        try:
            restored = self.services.participants.restore(self._deleted)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not restored"), str(exc))
            return
        self._deleted = None
        self.undo_bar.hide()
        self.after_save(restored)

    def import_file(self) -> None:
        path = importing.choose_spreadsheet(self, self.settings, self.tr("Import participants"))
        if path is not None:
            self.run_import(path)

    def run_import(self, path: Path) -> None:
        importing.run_import(
            self, self.tasks, self.tr("Importing participants…"),
            lambda **kw: importers.run_import(self.services, "participants", path, **kw),
            lambda _result: self.reload())

    def export_file(self) -> None:
        name = dialogs.choose_save_file(self, self.tr("Export participants"),
                                        self.tr("participants.xlsx"), dialogs.export_pattern())
        if not name:
            return
        export = self.services.participants_export
        which = self.counterparties  # the list shown is the list written
        write = export.export_pdf if name.lower().endswith(".pdf") else export.export_xlsx
        self._export(lambda progress, cancelled: write(
            name, counterparties=which, progress=progress, cancelled=cancelled), name)

    def export_template(self) -> None:
        name = dialogs.choose_save_file(self, self.tr("Blank template"),
                                        self.tr("participants-template.xlsx"),
                                        dialogs.excel_pattern())
        if name:
            self._export(lambda progress, cancelled:
                         self.services.participants_export.export_template(name), name)

    def print_list(self) -> None:
        """The participants list through the print dialog (the same pages as the PDF)."""
        which = self.counterparties
        printing.print_report(
            self, self.tr("Counterparties") if which else self.tr("Participants"),
            lambda path: self.services.participants_export.export_pdf(
                path, counterparties=which))

    def _export(self, fn, name: str) -> None:
        """``fn(progress, cancelled)`` off the GUI thread; the window stays painted and a
        progress dialog with «Отмена» appears after half a second."""
        try:
            run_blocking(self, self.tr("Exporting…"), fn, self.tasks)
        except Cancelled:
            self.status.emit(self.tr("Export cancelled: nothing was written."))
            return
        except (OSError, ServiceError) as exc:
            dialogs.show_message(self, self.tr("Not exported"), str(exc))
            return
        self.status.emit(self.tr("Written: {path}").format(path=name))
