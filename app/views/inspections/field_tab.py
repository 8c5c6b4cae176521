"""Field packages at the office: export one for an inspector's laptop, merge it back (off
the GUI thread), the packages made so far, and the conflicts a merge left to a person.  The
section toolbar: merging is the import, a new package the export, resolving a conflict the
edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.errors import ServiceError
from app.services.field.merge import MergeResult
from app.services.inspection_data import names
from app.services.inspection_state import InspectionStatus
from app.services.permissions import Permission
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.inspections.common import fmt_moment
from app.views.inspections.conflict_dialog import ConflictDialog, kind_text, table_text
from app.views.widgets.background import run_blocking
from app.views.widgets.columns import Col, ColumnsModel, make_table, selected_id
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.loader import Loader
from app.views.widgets.page import PagePart
from app.views.widgets.page_actions import PageToolbar

ALL = ""


class ExportPackageDialog(QDialog):
    """Whose package: one inspector (typed or chosen), or every planned inspection."""

    def __init__(self, inspectors: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a field package"))
        dialogs.room_for_text(self, 460)
        self.inspector = QComboBox()
        self.inspector.setEditable(True)
        self.inspector.addItem(self.tr("All inspectors"), ALL)
        for name in inspectors:
            self.inspector.addItem(name, name)
        note = QLabel(self.tr("The package holds the planned and started inspections of the "
                              "inspector, their sites, checklists and photos."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Inspector"), self.inspector)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        text = self.inspector.currentText().strip()
        if self.inspector.currentIndex() == 0 and text == self.inspector.itemText(0):
            return ALL
        return text


class FieldTab(PagePart):
    changed = Signal()
    refreshed = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, parent=None):
        super().__init__(services, tasks, parent)
        self.can_export = services.actor.allows(Permission.FIELD_EXPORT)
        self.can_merge = services.actor.allows(Permission.FIELD_MERGE)
        self.loader = Loader(tasks, self._prepare, self._arrived, self._failed)
        self.last_result: MergeResult | None = None
        self.packages = ColumnsModel([
            Col("inspector", self.tr("Inspector"), lambda p: p.inspector or self.tr("all inspectors")),
            Col("exported", self.tr("Exported"), lambda p: fmt_moment(p.exported_at),
                sort=lambda p: p.exported_at),
            Col("by", self.tr("Exported by"), lambda p: p.exported_by),
            Col("inspections", self.tr("Inspections"), lambda p: str(p.inspections),
                sort=lambda p: p.inspections, right=True),
            Col("merged", self.tr("Last merged"), lambda p: fmt_moment(p.merged_at),
                sort=lambda p: (p.merged_at is None, p.merged_at or p.exported_at)),
            Col("merges", self.tr("Merges"), lambda p: str(p.merges or ""), sort=lambda p: p.merges,
                right=True),
            Col("conflicts", self.tr("Open conflicts"), lambda p: str(p.open_conflicts or ""),
                sort=lambda p: p.open_conflicts, right=True),
        ], attention=lambda p: p.open_conflicts > 0, parent=self)
        self.conflicts = ColumnsModel([
            Col("what", self.tr("Record"), lambda c: table_text(c.table_name)),
            Col("label", self.tr("What"), lambda c: c.label, tip=True),
            Col("kind", self.tr("Conflict"), lambda c: kind_text(c.kind), tip=True),
            Col("created", self.tr("Found"), lambda c: fmt_moment(c.created_at),
                sort=lambda c: c.created_at),
        ], parent=self)

        self.toolbar = PageToolbar()
        bar = self.toolbar
        self.resolve_action = bar.standard("edit", self.resolve_current,
                                           self.tr("Resolve conflict…"))
        self.import_action = bar.standard("import", self.merge_clicked, self.tr("Merge package…"))
        self.export_action = bar.standard("export", self.export_clicked,
                                          self.tr("Export package…"))
        self.refresh_action = bar.standard("refresh", self.refresh)
        self.export_action.setVisible(self.can_export)
        for action in (self.import_action, self.resolve_action):
            action.setVisible(self.can_merge)
        self.export_button = bar.widgetForAction(self.export_action)
        self.merge_button = bar.widgetForAction(self.import_action)
        self.resolve_button = bar.widgetForAction(self.resolve_action)
        note = QLabel(self.tr("An inspector takes a package to a laptop with no network, opens "
                              "it there with a double click (ClusterDesk installed on the "
                              "laptop opens the package alone) and brings it back to merge."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #4a5a68;")

        self.packages_table = make_table(self.packages, 0, (160, 130, 120, 90, 160, 80, 185))
        self.conflicts_table = make_table(self.conflicts, 1, (110, 420, 300, 130))
        self.conflicts_table.doubleClicked.connect(lambda _i: self.resolve_current())
        self.conflicts_title = QLabel()
        self.conflicts_title.setStyleSheet("font-weight: 600;")
        self.conflicts_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_actions())
        self.conflicts.modelReset.connect(self._update_actions)
        self._loaded = False
        self.packages_empty = EmptyState(
            self.packages_table, self.packages,
            self.tr("No field package has been exported yet."),
            self.tr("Export the first package") if self.can_export else None,
            self.export_clicked, is_empty=lambda: self._loaded and self.packages.total == 0)
        packages_box, conflicts_box = QWidget(), QWidget()
        column = QVBoxLayout(packages_box)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Packages"))
        title.setStyleSheet("font-weight: 600;")
        column.addWidget(title)
        column.addWidget(self.packages_empty, 1)
        column = QVBoxLayout(conflicts_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.conflicts_title)
        column.addWidget(self.conflicts_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(packages_box)
        splitter.addWidget(conflicts_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        self._update_actions()

    # --- loading ---
    def reload(self) -> None:
        if self.can_merge:
            self.loader.run()

    def refresh(self) -> None:
        self.reload()
        self.refreshed.emit()

    def _update_actions(self) -> None:
        self.resolve_action.setEnabled(self.current_conflict() is not None)

    def _prepare(self):
        field = self.services.field
        return lambda: (field.packages(), field.conflicts())

    def _arrived(self, result) -> None:
        packages, conflicts = result
        self._loaded = True
        self.packages.set_rows(packages)
        self.conflicts.set_rows(conflicts)
        self.conflicts_title.setText(self.tr("Conflicts to resolve: {count}").format(
            count=len(conflicts)) if conflicts else self.tr("No conflicts to resolve"))
        if conflicts:
            self.conflicts_table.selectRow(0)

    def _failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Field packages"), str(exc))

    # --- export ---
    def inspector_names(self) -> list[str]:
        """Who has inspections planned or under way, read from every inspection: with the
        window painting (``run_blocking``), not on the GUI thread."""
        inspections = self.services.inspections

        def read(**_kw) -> list[str]:
            try:
                rows = inspections.list_inspections()
            except ServiceError:
                return []
            waiting = (InspectionStatus.PLANNED, InspectionStatus.IN_PROGRESS)
            return sorted({n for r in rows if r.status in waiting
                           for n in names(r.inspectors.split(", "))}, key=str.casefold)

        return run_blocking(self, self.tr("Reading the inspections…"), read, self.tasks)

    def export_clicked(self) -> None:
        dialog = ExportPackageDialog(self.inspector_names(), self)
        if dialog.exec():
            self.export_package(dialog.chosen())

    def export_package(self, inspector: str) -> None:
        suggested = self.tr("field package {name}.cdpkg").format(
            name=inspector or self.tr("all"))
        name = dialogs.choose_save_file(self, self.tr("Export a field package"), suggested,
                                        self.tr("Field packages (*.cdpkg)"))
        if not name:
            return
        field = self.services.field
        self.status.emit(self.tr("Writing the field package…"))
        self.tasks.run(lambda: field.export_package(Path(name), inspector or None),
                       self._exported, self._export_failed)

    def _exported(self, result) -> None:
        self.status.emit(self.tr("Field package written: {path}").format(path=result.path))
        dialogs.show_message(self, self.tr("Field package written"), self.tr(
            "{path}\n\nInspections: {inspections}, sites: {sites}, photos: {photos}.").format(
                path=result.path, inspections=result.inspections, sites=result.sites,
                photos=result.photos), warning=False)
        self.reload()

    def _export_failed(self, exc: Exception) -> None:
        if not isinstance(exc, OSError | ServiceError):
            raise exc
        dialogs.show_message(self, self.tr("Not exported"), str(exc))

    # --- merge ---
    def merge_clicked(self) -> None:
        name = dialogs.choose_open_file(self, self.tr("Merge a field package"), "",
                                        self.tr("Field packages (*.cdpkg);;All files (*)"))
        if name:
            self.merge_package(Path(name))

    def merge_package(self, path: Path) -> None:
        """Off the GUI thread; a busy bar appears if it takes more than half a second."""
        progress = QProgressDialog(self.tr("Merging the field package…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        self.progress = progress
        field = self.services.field
        self.tasks.run(lambda: field.merge_package(path),
                       lambda r: (progress.close(), self._merged(r)),
                       lambda e: (progress.close(), self._merge_failed(e)))

    def _merged(self, result: MergeResult) -> None:
        self.last_result = result
        rows, photos = result.rows, result.photos
        if result.stale:
            text = result.stale_text()
        elif not result.changes:
            text = self.tr("Nothing new: the package was merged before.")
        else:
            text = self.tr(
                "Records: {added} added, {changed} changed, {deleted} deleted.\n"
                "Photos: {p_added} added, {p_changed} changed, {p_deleted} deleted.\n"
                "Conflicts to resolve: {conflicts}.").format(
                    added=rows.added, changed=rows.changed, deleted=rows.deleted,
                    p_added=photos.added, p_changed=photos.changed, p_deleted=photos.deleted,
                    conflicts=rows.conflicts + photos.conflicts)
        self.status.emit(self.tr("Field package merged"))
        dialogs.show_message(self, self.tr("Field package of {name} merged").format(
            name=result.inspector or self.tr("all inspectors")), text, warning=False)
        self.changed.emit()
        self.reload()

    def _merge_failed(self, exc: Exception) -> None:
        if not isinstance(exc, OSError | ServiceError):
            raise exc
        dialogs.show_message(self, self.tr("The package was not merged"), str(exc))

    # --- conflicts ---
    def current_conflict(self):
        row = self.conflicts.row_of(selected_id(self.conflicts_table))
        return self.conflicts.row_at(row) if row >= 0 else None

    def conflict_dialog(self) -> ConflictDialog | None:
        conflict = self.current_conflict()
        return ConflictDialog(self.services, conflict, self) if conflict else None

    def resolve_current(self) -> None:
        dialog = self.conflict_dialog()
        if dialog is not None and dialog.exec():
            self.after_resolved()

    def after_resolved(self) -> None:
        self.changed.emit()
        self.reload()
