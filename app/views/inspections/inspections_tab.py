"""The inspections tab: the section's toolbar (new inspection, open, delete, the photo
report, printing the chosen inspection's report, refresh, search), the list (filters by site
and status, sorting), one sentence with a button while there are no inspections at all, and,
on opening one, the inspection form in its place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_date
from app.services import Services
from app.services.checklists import kind_label
from app.services.errors import ServiceError
from app.services.inspection_data import InspectionRow, status_label
from app.services.inspection_state import InspectionStatus
from app.services.permissions import Permission
from app.services.tasks import TaskRunner
from app.views import dialogs, printing
from app.views.inspections.common import score_text
from app.views.inspections.form import InspectionForm
from app.views.inspections.new_dialog import NewInspectionDialog
from app.views.widgets.columns import Col, ColumnsModel, make_table, select_id, selected_id
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.form_dialog import select_data
from app.views.widgets.loader import Loader
from app.views.widgets.page import PagePart
from app.views.widgets.page_actions import PageToolbar, set_tip

_WIDTHS = (88, 180, 190, 140, 118, 70, 175)


def _day(row: InspectionRow):
    return row.inspected_on or row.planned_on


class InspectionsTab(PagePart):
    changed = Signal()  # something was written: other tabs load again when shown
    refreshed = Signal()  # the user asked for fresh data (F5): the other tabs too

    def __init__(self, services: Services, tasks: TaskRunner, *, field_mode: bool = False,
                 parent=None):
        super().__init__(services, tasks, parent)
        self.field_mode = field_mode
        self.writable = services.actor.allows(Permission.INSPECTIONS_WRITE) and not field_mode
        self.loader = Loader(tasks, self._prepare, self._arrived, self._failed)
        self._sites_loaded = False

        self.model = self._make_model()
        self.site_filter = QComboBox()
        self.site_filter.addItem(self.tr("All sites"), None)
        self.site_filter.setMinimumWidth(220)
        self.site_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), "")
        for code in InspectionStatus:
            self.status_filter.addItem(status_label(code), code.value)
        for combo in (self.site_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda *_a: self.reload())

        self.toolbar = PageToolbar()
        bar = self.toolbar
        self.add_action = bar.standard("add", self.new_inspection, self.tr("New inspection…"))
        self.edit_action = bar.standard("edit", self.open_current, self.tr("Open"))
        self.delete_action = bar.standard("delete", self.delete_current, self.tr("Delete"))
        self.export_action = bar.standard("export", self.photo_report,
                                          self.tr("Photo report (PDF)…"))
        set_tip(self.export_action, self.tr(
            "Every photo of the inspections, of the site chosen in the filter if one is"))
        self.photo_report_action = self.export_action
        self.print_action = bar.standard("print", self.print_report)
        set_tip(self.print_action, self.tr("Print the report of the chosen inspection"))
        self.refresh_action = bar.standard("refresh", self.refresh)
        self.search = bar.add_search(self.tr("Search by site, title, inspector…"))
        self.search.textChanged.connect(self._search_changed)
        self.add_action.setVisible(self.writable)
        self.delete_action.setVisible(self.writable)
        # the toolbar's buttons under their old names (the field window and tests click them)
        self.new_button = bar.widgetForAction(self.add_action)
        self.open_button = bar.widgetForAction(self.edit_action)
        self.delete_button = bar.widgetForAction(self.delete_action)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.site_filter)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = make_table(self.model, 1, _WIDTHS)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self._none_at_all = False  # no inspection at all (not only none the filters let through)
        self.empty_state = EmptyState(
            self.table, self.model, self.tr("There are no inspections yet."),
            self.tr("Plan the first inspection") if self.writable else None,
            self.new_inspection, is_empty=lambda: self._none_at_all)
        list_page = self.list_page = QWidget()  # the section's row shows the toolbar with it
        column = QVBoxLayout(list_page)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.toolbar)
        column.addLayout(filters)
        column.addWidget(self.empty_state, 1)

        # the form is made when an inspection is first opened: the section opens without it
        self._form: InspectionForm | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._update_actions()

    @property
    def form(self) -> InspectionForm:
        """The inspection form, made (and put in the stack, after the list) when first
        asked for."""
        if self._form is None:
            form = self._form = InspectionForm(self.services, self.tasks)
            form.back.connect(self.show_list)
            form.changed.connect(self.changed)
            form.status.connect(self.status)
            # the list's toolbar is hidden under the form: F5 there reads the inspection again
            QShortcut(QKeySequence.StandardKey.Refresh, form, activated=self.refresh,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.stack.addWidget(form)
        return self._form

    def _form_shown(self) -> bool:
        return self._form is not None and self.stack.currentWidget() is self._form

    def _make_model(self) -> ColumnsModel:
        return ColumnsModel([
            Col("date", self.tr("Date"), lambda r: format_date(_day(r)), sort=_day),
            Col("site", self.tr("Site"), lambda r: r.site, tip=True),
            Col("kind", self.tr("Checklist"), lambda r: kind_label(r.kind), tip=True),
            Col("inspectors", self.tr("Inspectors"), lambda r: r.inspectors, tip=True),
            Col("status", self.tr("Status"), lambda r: status_label(r.status),
                sort=lambda r: (list(InspectionStatus).index(r.status), _day(r))),
            Col("score", self.tr("Score"), lambda r: score_text(r.score), right=True,
                sort=lambda r: (r.score is None, r.score or 0)),
            Col("open_findings", self.tr("Open findings"), lambda r: str(r.open_findings or ""),
                sort=lambda r: r.open_findings, right=True),
        ], search_text=lambda r: " ".join((r.site, r.title, r.inspectors)), parent=self)

    # --- loading ---
    def reload(self) -> None:
        if self._form_shown():
            self.form.refresh()
            return
        self.loader.run()

    def refresh(self) -> None:
        self.reload()
        self.refreshed.emit()

    def _prepare(self):
        service, sites = self.services.inspections, self.services.sites
        site_id, status = self.site_filter.currentData(), self.status_filter.currentData()
        want_sites = not self._sites_loaded

        def work():
            rows = service.list_inspections(site_id=site_id, status=status)
            none_at_all = not rows and (
                (site_id is None and not status) or not service.list_inspections())
            return rows, sites.list_sites() if want_sites else None, none_at_all

        return work

    def _arrived(self, result) -> None:
        rows, sites, self._none_at_all = result
        if sites is not None:
            self._sites_loaded = True
            self.site_filter.blockSignals(True)
            current = self.site_filter.currentData()
            for site in sites:
                self.site_filter.addItem(site.name, site.id)
            select_data(self.site_filter, current)
            self.site_filter.blockSignals(False)
        keep = selected_id(self.table)
        self.model.set_rows(rows)
        self._update_count()
        select_id(self.table, keep)

    def _failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Inspections"), str(exc))

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.setText(
            self.tr("{count} inspections").format(count=shown) if shown == total
            else self.tr("{shown} of {total}").format(shown=shown, total=total))

    # --- actions ---
    def _update_actions(self) -> None:
        chosen = selected_id(self.table) is not None
        for action in (self.edit_action, self.delete_action, self.print_action):
            action.setEnabled(chosen)

    def current_site_id(self):
        return self.site_filter.currentData()

    def new_inspection_dialog(self) -> NewInspectionDialog:
        return NewInspectionDialog(self.services, self.current_site_id(), self)

    def new_inspection(self) -> None:
        dialog = self.new_inspection_dialog()
        self.run_dialog(dialog, self.after_created)

    def after_created(self, data) -> None:
        self.changed.emit()
        self.open_inspection(data.id)

    def open_current(self) -> None:
        inspection_id = selected_id(self.table)
        if inspection_id is not None:
            self.open_inspection(inspection_id)

    def open_inspection(self, inspection_id) -> None:
        if self.form.open(inspection_id):
            self.stack.setCurrentWidget(self.form)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.loader.run()
        if self._form is not None and self._form.inspection_id is not None:
            select_id(self.table, self._form.inspection_id)

    def delete_current(self) -> None:
        inspection_id = selected_id(self.table)
        if inspection_id is None:
            return
        row = self.model.row_at(self.model.row_of(inspection_id))
        if not dialogs.confirm(self, self.tr("Delete the inspection"), self.tr(
                "Delete the inspection «{title}» of {date} with its answers, photos and "
                "findings?").format(title=row.title, date=format_date(_day(row)))):
            return
        try:
            self.services.inspections.delete(inspection_id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not deleted"), str(exc))
        self.changed.emit()
        self.loader.run()

    def select_row(self, inspection_id) -> None:
        select_id(self.table, inspection_id)

    def row_ids(self) -> list:
        return [r.id for r in self.model.rows()]

    # --- reports ---
    def photo_report(self) -> None:
        name = dialogs.choose_save_file(self, self.tr("Photo report"),
                                        self.tr("photo report.pdf"),
                                        self.tr("PDF documents (*.pdf)"))
        if not name:
            return
        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        self.photo_report_to(Path(name))

    def photo_report_to(self, path: Path) -> None:
        """Every photo (of the site chosen in the list's filter, if one is) off the GUI
        thread."""
        site_id = self.current_site_id()
        reports = self.services.inspection_reports
        self.status.emit(self.tr("Writing the photo report…"))
        self.tasks.run(lambda: reports.write_photo_report(path, site_id=site_id),
                       lambda p: self.status.emit(self.tr("Written: {path}").format(path=p)),
                       self._report_failed)

    def _report_failed(self, exc: Exception) -> None:
        if not isinstance(exc, OSError | ServiceError):
            raise exc
        dialogs.show_message(self, self.tr("Not written"), str(exc))

    def print_report(self) -> int:
        """The chosen inspection's report through the print dialog; returns pages printed."""
        inspection_id = selected_id(self.table)
        if inspection_id is None:
            return 0
        row = self.model.row_at(self.model.row_of(inspection_id))
        reports = self.services.inspection_reports
        return printing.print_report(
            self, self.tr("Inspection report: {title}").format(title=row.title),
            lambda path: reports.write_inspection_report(inspection_id, path))
