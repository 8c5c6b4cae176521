"""The participants section: members and counterparties («Участники / Контрагенты») in
one table, search as you type, role filter, add / edit / delete (with undo), import,
export and print of the list shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.errors import Cancelled, ServiceError
from app.services.participants import MemberRole, OrganizationData, role_label
from app.services.tasks import TaskRunner
from app.settings import PARTICIPANTS_HEADER, Settings
from app.views import dialogs, printing
from app.views.participants.organization_dialog import OrganizationDialog
from app.views.participants.table_model import ParticipantsTableModel
from app.views.widgets import importing
from app.views.widgets.background import run_blocking
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.page_actions import PageToolbar, icon

_WIDTHS = (215, 380, 100, 120, 95, 120, 170, 95, 110, 140, 190)


class ParticipantsPage(QWidget):
    loaded = Signal()
    status = Signal(str)

    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.tasks = tasks
        self.model = ParticipantsTableModel(self)
        self._deleted: OrganizationData | None = None
        self._loaded = False  # until the first answer the table is empty, not the database

        title = QLabel(self.tr("Participants"))
        title.setObjectName("pageTitle")

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

        self.table = QTableView()
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
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        dialogs.column_widths(header, dict(enumerate(_WIDTHS)))  # headings read whole
        saved = settings.get(PARTICIPANTS_HEADER)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            header.restoreState(saved)
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
        self._loading = False

    # --- loading ---
    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.tasks.run(self.services.participants.list_organizations, self._rows_arrived,
                       self._load_failed)

    def _rows_arrived(self, rows) -> None:
        self._loading = False
        self._loaded = True
        self.model.set_rows(rows)
        self._update_count()
        self.loaded.emit()

    def _load_failed(self, exc: Exception) -> None:
        self._loading = False
        dialogs.show_message(self, self.tr("Participants"), str(exc))
        self.loaded.emit()

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
        dialog = self.open_dialog(None)
        if dialog.exec() and dialog.saved:
            self._after_save(dialog.saved)

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
        dialog = self.open_dialog(data)
        if dialog.exec() and dialog.saved:
            self._after_save(dialog.saved)

    def _after_save(self, saved: OrganizationData) -> None:
        self.status.emit(self.tr("Saved: {name}").format(name=saved.short_name or saved.full_name))
        self._select_after_load = saved.id
        self.loaded.connect(self._select_saved, Qt.ConnectionType.SingleShotConnection)
        self.reload()

    def _select_saved(self) -> None:
        row = self.model.row_of(getattr(self, "_select_after_load", None))
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

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
        self._after_save(restored)

    def import_file(self) -> None:
        path = importing.choose_spreadsheet(self, self.settings, self.tr("Import participants"))
        if path is not None:
            self.run_import(path)

    def run_import(self, path: Path) -> None:
        importing.run_import(
            self, self.tasks, self.tr("Importing participants…"),
            lambda **kw: self.services.participants_import.import_xlsx(path, **kw),
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
