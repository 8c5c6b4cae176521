"""The career maps section («Карьерные карты»): the section toolbar — New map (its menu: New
edition of the chosen approved map), Open, Delete draft, Print PDF… (the export; its menu:
Print all approved…), Print… (the chosen map on a printer), Refresh and the search box —
over the list of maps (superseded editions hidden unless asked for), or one sentence with a
button while there are none; opening a map shows the editor with its live preview in the
list's place.  Read-only roles (the council) see the maps and print them, without the write
buttons."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_date
from app.services import Services
from app.services.career_data import CareerMapRow, MapStatus, status_label
from app.services.errors import ServiceError
from app.services.permissions import Permission
from app.services.tasks import TaskRunner
from app.settings import Settings
from app.views import dialogs
from app.views.careers.common import MapPrinter, PaperChooser, kind_label
from app.views.careers.editor import CareerMapEditor
from app.views.widgets.columns import Col, ColumnsModel, make_table, select_id, selected_id
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.lazy_tabs import LazyWidget
from app.views.widgets.page import SectionPage
from app.views.widgets.page_actions import PageToolbar, set_tip

_WIDTHS = (80, 280, 120, 160, 120, 95, 150)
LIST, EDITOR = range(2)
SUPERSEDED_TEXT = "#7a8691"


def _approval(row: CareerMapRow) -> str:
    if not row.protocol_no:
        return ""
    return f"№\u00a0{row.protocol_no} — {format_date(row.approved_on)}"


class CareerMapsPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        self.writable = services.actor.allows(Permission.CAREERS_WRITE)
        self.printer = MapPrinter(services, tasks, self)
        self.printer.status.connect(self.status)
        self._select_after = None

        title = QLabel(self.tr("Career maps"))
        title.setObjectName("pageTitle")
        self.toolbar = PageToolbar()
        bar = self.toolbar
        self.new_action = bar.standard("add", self.new_map, self.tr("New map"))
        self.open_action = bar.standard("edit", self.open_current, self.tr("Open"))
        self.delete_action = bar.standard("delete", self.delete_current, self.tr("Delete draft"))
        set_tip(self.new_action, self.tr("A new career map; the arrow beside it: a new edition "
                                         "of the chosen approved map"))
        self.print_pdf_action = bar.standard("export", self.print_current,
                                             self.tr("Print PDF…"))
        set_tip(self.print_pdf_action, self.tr("The chosen map to a PDF file; the arrow beside "
                                               "it: every approved map"))
        self.print_action = bar.standard("print", self.print_on_paper)
        set_tip(self.print_action, self.tr("Print the chosen map on the paper chosen below"))
        self.refresh_action = bar.standard("refresh", self.reload)
        self.search = bar.add_search(self.tr("Search by code, name, college…"))
        self.search.textChanged.connect(self._search_changed)
        # the rarer actions in the menus of the two above them
        self.edition_action = self._menu(self.new_action).addAction(
            self.tr("New edition"), self.new_edition)
        self.edition_action.setToolTip(self.tr(
            "A draft copy of the chosen approved map to change; that edition stays in force "
            "until the new one is approved."))
        self.print_all_action = self._menu(self.print_pdf_action).addAction(
            self.tr("Print all approved…"), self.print_approved)
        self.add_action, self.edit_action = self.new_action, self.open_action
        self.export_action = self.print_pdf_action
        for action in (self.new_action, self.delete_action, self.edition_action):
            action.setVisible(self.writable)

        self.show_superseded = QCheckBox(self.tr("Show superseded editions"))
        self.show_superseded.toggled.connect(lambda *_a: self.reload())
        self.paper = PaperChooser()
        self.paper.setToolTip(self.tr("The paper «Print PDF…» and «Print all approved…» use"))
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.show_superseded)
        filters.addSpacing(16)
        filters.addWidget(self.paper)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.model = ColumnsModel([
            Col("code", self.tr("Code"), lambda r: r.code),
            Col("profession", self.tr("Profession or specialty"), lambda r: r.profession,
                tip=True),
            Col("kind", self.tr("Kind"), lambda r: kind_label(r.kind)),
            Col("college", self.tr("College"), lambda r: r.college, tip=True),
            Col("status", self.tr("Status"), lambda r: status_label(r.status),
                sort=lambda r: list(MapStatus).index(r.status)),
            Col("edition", self.tr("Edition"), lambda r: str(r.edition), sort=lambda r: r.edition,
                right=True),
            Col("approval", self.tr("Protocol"), _approval,
                sort=lambda r: (r.approved_on is None, r.approved_on)),
        ], search_text=lambda r: f"{r.code} {r.profession} {r.college}", parent=self)
        self.table = make_table(self.model, 1, _WIDTHS)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        self._loaded = False
        self.empty_state = EmptyState(
            self.table, self.model, self.tr("There are no career maps yet."),
            self.tr("Add the first career map") if self.writable else None, self.new_map,
            is_empty=lambda: self._loaded and self.model.total == 0)
        self.empty_label = self.empty_state.label

        list_page = QWidget()
        column = QVBoxLayout(list_page)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.empty_state, 1)

        # the editor is made when a map is first opened: the section opens without it
        self._editor = LazyWidget(self._make_editor)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self._editor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        self._update_actions()

    @property
    def editor(self) -> CareerMapEditor:
        return self._editor.content()

    def _make_editor(self) -> CareerMapEditor:
        editor = CareerMapEditor(self.services, self.tasks)
        editor.back.connect(self.show_list)
        editor.changed.connect(self._map_changed)
        editor.status.connect(self.status)
        return editor

    # --- loading ---
    def fetch(self):
        maps, superseded = self.services.career_maps, self.show_superseded.isChecked()
        return lambda: maps.maps(include_superseded=superseded)

    def show_fetched(self, rows: list[CareerMapRow]) -> None:
        keep = self._select_after or self.selected_id()
        self._select_after = None
        self._loaded = True
        self.model.set_rows(rows)
        self._update_count()
        select_id(self.table, keep)
        if self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.selectRow(0)
        self._update_actions()

    def fetch_failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Career maps"), str(exc))

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.setText(self.tr("{count} maps").format(count=shown) if shown == total
                                 else self.tr("{shown} of {total}").format(shown=shown,
                                                                          total=total))
        self._update_actions()

    def _menu(self, action) -> QMenu:
        menu = QMenu(self)
        action.setMenu(menu)
        return menu

    # --- selection ---
    def selected_id(self):
        return selected_id(self.table)

    def selected_row(self) -> CareerMapRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.open_action.setEnabled(row is not None)
        self.print_action.setEnabled(row is not None)  # «Print PDF…» keeps its menu open
        self.delete_action.setEnabled(row is not None and row.status == MapStatus.DRAFT)
        self.edition_action.setEnabled(row is not None and row.status == MapStatus.APPROVED)

    # --- the editor in the list's place ---
    def new_map(self) -> None:
        self.editor.new_map()
        self._show_editor()

    def open_current(self) -> None:
        map_id = self.selected_id()
        if map_id is not None:
            self.open_map(map_id)

    def open_map(self, map_id) -> None:
        if self.editor.open_map(map_id):
            self._show_editor()
        else:
            self.reload()

    def _show_editor(self) -> None:
        self.toolbar.hide()
        self.stack.setCurrentIndex(EDITOR)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(LIST)
        self.toolbar.show()
        self.reload()

    def _map_changed(self, map_id) -> None:
        self._select_after = map_id
        self.reload()

    # --- actions on the list ---
    def delete_current(self) -> None:
        row = self.selected_row()
        if row is None or row.status != MapStatus.DRAFT:
            return
        if not dialogs.confirm(self, self.tr("Delete draft"), self.tr(
                "Delete the draft career map «{code} {name}» ({college})?").format(
                code=row.code, name=row.profession, college=row.college)):
            return
        try:
            self.services.career_maps.delete(row.id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not deleted"), str(exc))
            self.reload()
            return
        self.status.emit(self.tr("Deleted: {name}").format(name=row.profession))
        self.reload()

    def new_edition(self) -> None:
        row = self.selected_row()
        if row is None or row.status != MapStatus.APPROVED:
            return
        try:
            data = self.services.career_maps.new_edition(row.id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("New edition"), str(exc))
            return
        self.status.emit(self.tr("New edition started: {name}").format(name=data.profession))
        self._select_after = data.id
        self.open_map(data.id)

    def print_current(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.printer.print_map(row.id, row.code, row.profession, self.paper.size,
                                   self.paper.landscape)

    def print_on_paper(self) -> int:
        """The chosen map through the print dialog; returns the pages printed."""
        row = self.selected_row()
        if row is None:
            return 0
        return self.printer.print_on_paper(row.id, row.code, row.profession, self.paper.size,
                                           self.paper.landscape)

    def print_approved(self) -> None:
        self.printer.print_approved(self.paper.size, self.paper.landscape)
