"""The roadmap section (комплекс мер, дорожная карта): the seven standard stages and the
cluster's own items, overdue ones in red, evidence files, the control list export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
)

from app.services import Services
from app.services.errors import ServiceError
from app.services.roadmap import RoadmapData
from app.services.tasks import TaskRunner
from app.settings import LAST_FOLDER, Settings
from app.views import dialogs, printing
from app.views.roadmap.roadmap_dialog import RoadmapDialog
from app.views.roadmap.table_model import OVERDUE_TEXT, RoadmapTableModel
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.filling_table import FillingTableView
from app.views.widgets.page import SectionPage
from app.views.widgets.page_actions import PageToolbar, icon

_WIDTHS = (52, 330, 92, 165, 130, 125, 115, 170, 150)


class RoadmapPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        self.model = RoadmapTableModel(self)
        self._loaded = False  # until the first answer the table is empty, not the roadmap

        title = self.title_label(self.tr("Roadmap"))
        self.toolbar = PageToolbar()
        self.add_action = self.toolbar.standard("add", self.add, self.tr("Add item"))
        self.edit_action = self.toolbar.standard("edit", self.edit)
        self.delete_action = self.toolbar.standard("delete", self.delete)
        self.attach_action = self.toolbar.extra(self.tr("Attach file…"), self.attach,
                                                "mdi6.paperclip")
        # saving the attached file back is in the menu of «Attach file…»: the toolbar has no
        # room for both in a 1280-pixel window
        self.save_file_action = QAction(icon("mdi6.download-outline"),
                                        self.tr("Save attached file…"), self)
        self.save_file_action.triggered.connect(lambda _checked=False: self.save_attachment())
        attach_menu = QMenu(self)
        attach_menu.addAction(self.save_file_action)
        self.attach_action.setMenu(attach_menu)
        self.export_action = self.toolbar.standard("export", self.export_file,
                                                   self.tr("Export control list…"))
        self.print_action = self.toolbar.standard("print", self.print_report)
        self.refresh_action = self.toolbar.standard("refresh", self.reload)

        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueCount")
        legend = QLabel(self.tr("★ — a standard stage of the roadmap; overdue items are red."))
        legend.setStyleSheet("color: #4a5a68;")
        legend.setWordWrap(True)  # a narrow window wraps it rather than growing wider
        info = QHBoxLayout()
        info.addWidget(self.overdue_label)
        info.addSpacing(24)
        info.addWidget(legend, 1)

        self.table = FillingTableView(1)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)  # the standard stages are long sentences
        self.table.fit_rows = True
        self.table.verticalHeader().hide()
        self.table.set_widths(_WIDTHS)
        self.table.doubleClicked.connect(lambda _index: self.edit())

        # a new database has the seven standard stages; empty only when they could not be read
        self.empty_state = EmptyState(
            self.table, self.model, self.tr("The roadmap has no items yet."),
            self.tr("Add the first item"), self.add,
            is_empty=lambda: self._loaded and self.model.rowCount() == 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.toolbar)
        layout.addLayout(info)
        layout.addWidget(self.empty_state, 1)

    def show_record(self, kind: str, record_id) -> None:
        """Another section asks for a stage (a deadline of «Сроки»): chosen once loaded."""
        if kind != "roadmap":
            return
        self.reselect = record_id
        self.reload()

    # --- loading ---
    def fetch(self):
        return self.services.roadmap.items

    def show_fetched(self, rows: list[RoadmapData]) -> None:
        keep = self.selected_id()  # the saved or linked record, if any, is chosen after
        self._loaded = True
        self.model.set_rows(rows)
        self.table.fit()
        count = self.model.overdue_count
        self.overdue_label.setText(self.tr("Overdue: {count}").format(count=count))
        self.overdue_label.setStyleSheet(
            f"color: {OVERDUE_TEXT}; font-weight: 600;" if count else "color: #2e6b3a;")
        self.select_record(keep)

    # --- actions ---
    def selected_id(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(index, Qt.ItemDataRole.UserRole)

    def selected(self) -> RoadmapData | None:
        return self.model.item(self.selected_id())

    def open_dialog(self, data: RoadmapData | None) -> RoadmapDialog:
        """Make the dialog (tests drive it directly; ``add``/``edit`` show it modally)."""
        return RoadmapDialog(self.services, data, self)

    def add(self) -> None:
        self.run_dialog(self.open_dialog(None))

    def edit(self) -> None:
        item = self.selected()
        if item is not None:
            self.run_dialog(self.open_dialog(item))

    def delete(self) -> None:
        item = self.selected()
        if item is None:
            return
        if not dialogs.confirm(self, self.tr("Delete roadmap item"), self.tr(
                "Delete «{name}» from the roadmap?").format(name=item.title)):
            return
        try:
            self.services.roadmap.delete(item.id)
        except ServiceError as exc:  # a standard stage: the service says what to do instead
            dialogs.show_message(self, self.tr("Not deleted"), str(exc))
            return
        self.status.emit(self.tr("Deleted: {name}").format(name=item.title))
        self.reload()

    def attach(self) -> None:
        item = self.selected()
        if item is None:
            return
        name = dialogs.choose_open_file(self, self.tr("Attach an evidence file"),
                                        self.settings.get(LAST_FOLDER), self._all_files())
        if not name:
            return
        self.settings.set(LAST_FOLDER, str(Path(name).parent))
        try:
            attached = self.services.roadmap.attach(item.id, Path(name))
        except (OSError, ServiceError) as exc:
            dialogs.show_message(self, self.tr("Not attached"), str(exc))
            return
        self.status.emit(self.tr("Attached: {name}").format(name=attached))
        self.reselect = item.id
        self.reload()

    def save_attachment(self) -> None:
        item = self.selected()
        if item is None:
            return
        if not item.attachment_name:
            dialogs.show_message(self, self.tr("Save attached file"),
                                 self.tr("No file is attached to this item."), warning=False)
            return
        name = dialogs.choose_save_file(self, self.tr("Save attached file"),
                                        item.attachment_name, self._all_files())
        if not name:
            return
        try:
            self.services.roadmap.save_attachment(item.id, Path(name))
        except (OSError, ServiceError) as exc:
            dialogs.show_message(self, self.tr("Not saved"), str(exc))
            return
        self.status.emit(self.tr("Written: {path}").format(path=name))

    def export_file(self) -> None:
        name = dialogs.choose_save_file(self, self.tr("Export the roadmap control list"),
                                        self.tr("roadmap-control-list.xlsx"),
                                        dialogs.export_pattern())
        if not name:
            return
        if not name.lower().endswith((".xlsx", ".pdf")):
            name += ".xlsx"
        try:
            self.services.reports.roadmap(Path(name))
        except (OSError, ServiceError) as exc:
            dialogs.show_message(self, self.tr("Not exported"), str(exc))
            return
        self.status.emit(self.tr("Written: {path}").format(path=name))

    def print_report(self) -> None:
        """The control list through the print dialog (the same pages as its PDF)."""
        printing.print_report(self, self.tr("Roadmap"),
                              lambda path: self.services.reports.roadmap(path))

    def _all_files(self) -> str:
        return self.tr("All files (*)")
