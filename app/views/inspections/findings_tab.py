"""Every finding of every inspection: the section toolbar (open the inspection, close with
evidence — a description, a file, or both — reopen, refresh, search), filters by status and
«overdue only», overdue ones in red.  Findings come from inspections, so there is no «add»:
an empty list says where they come from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_date
from app.services import Services
from app.services.errors import ServiceError
from app.services.findings import FindingData, FindingStatus, finding_status_label
from app.services.permissions import Permission
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.widgets.colours import OVERDUE_TEXT
from app.views.widgets.columns import Col, ColumnsModel, make_table, select_id, selected_id
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.form_dialog import FormDialog
from app.views.widgets.loader import Loader
from app.views.widgets.page import PagePart
from app.views.widgets.page_actions import PageToolbar

_WIDTHS = (90, 140, 200, 95, 140, 165, 135)


class CloseFindingDialog(FormDialog):
    """Close a finding with its evidence: what was done, a file (a photo, an act), or both."""

    def __init__(self, services: Services, finding: FindingData, parent=None):
        super().__init__(parent)
        self.services = services
        self.finding = finding
        self.setWindowTitle(self.tr("Close the finding"))
        dialogs.room_for_text(self, 560)
        form = self.new_form()
        text = QLabel(finding.text)
        text.setWordWrap(True)
        form.addRow(self.tr("Finding"), text)
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText(self.tr("What was done to fix it"))
        self.evidence.setFixedHeight(90)
        self.add_field(form, "evidence", self.tr("Evidence"), self.evidence)
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("No file"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.file, 1)
        line.addWidget(choose)
        self.add_field(form, "evidence_file", self.tr("Evidence file"), row)
        self.closed_on = OptionalDateEdit()
        self.closed_on.set_value(date.today())
        self.add_field(form, "closed_on", self.tr("Closed on"), self.closed_on)
        self.finish(form)

    def choose_file(self) -> None:
        name = dialogs.choose_open_file(self, self.tr("Evidence file"), "",
                                        self.tr("All files (*)"))
        if name:
            self.file.setText(name)
            self.clear_error("evidence_file")
            self.clear_error("evidence")

    def read(self):
        return (self.evidence.toPlainText().strip(), self.file.text() or None,
                self.closed_on.value())

    def store(self, data):
        evidence, file, closed_on = data
        return self.services.findings.close(
            self.finding.id, evidence=evidence, evidence_file=Path(file) if file else None,
            closed_on=closed_on, version=self.finding.version)


class FindingsTab(PagePart):
    changed = Signal()
    refreshed = Signal()
    open_inspection = Signal(object)

    def __init__(self, services: Services, tasks: TaskRunner, parent=None):
        super().__init__(services, tasks, parent)
        self.writable = services.actor.allows(Permission.INSPECTIONS_WRITE)
        self.model = self._make_model()
        self.loader = Loader(tasks, self._prepare, self._arrived, self._failed)

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), "")
        for code in FindingStatus:
            self.status_filter.addItem(finding_status_label(code), code.value)
        self.status_filter.setCurrentIndex(1)  # open ones: what needs work
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setToolTip(self.tr("Open findings whose due date has passed."))
        self.status_filter.currentIndexChanged.connect(lambda *_a: self.reload())
        self.overdue_only.toggled.connect(lambda *_a: self.reload())

        self.toolbar = PageToolbar()
        bar = self.toolbar
        self.edit_action = bar.standard("edit", self._open_inspection, self.tr("Open inspection"))
        self.close_action = bar.extra(self.tr("Close with evidence…"), self.close_current,
                                      "mdi6.check-circle-outline")
        self.reopen_action = bar.extra(self.tr("Reopen"), self.reopen_current,
                                       "mdi6.restore")
        self.refresh_action = bar.standard("refresh", self.refresh)
        self.search = bar.add_search(self.tr("Search by site, finding, responsible…"))
        self.search.textChanged.connect(self._search_changed)
        for action in (self.close_action, self.reopen_action):
            action.setVisible(self.writable)
        self.close_button = bar.widgetForAction(self.close_action)
        self.reopen_button = bar.widgetForAction(self.reopen_action)
        self.inspection_button = bar.widgetForAction(self.edit_action)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.table = make_table(self.model, 2, _WIDTHS)
        self.table.doubleClicked.connect(lambda _i: self._open_inspection())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self._none_at_all = False
        self.empty_state = EmptyState(
            self.table, self.model, self.tr(
                "There are no findings yet. They appear when an inspection item is answered "
                "«no» or a finding is added in an inspection."),
            is_empty=lambda: self._none_at_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.empty_state, 1)
        self._update_actions()

    def _make_model(self) -> ColumnsModel:

        def status(f: FindingData) -> str:
            text = finding_status_label(f.status)
            if f.status == FindingStatus.CLOSED and f.closed_on:
                text += " " + format_date(f.closed_on)
            return self.tr("{status}, overdue").format(status=text) if f.overdue else text

        return ColumnsModel([
            Col("due", self.tr("Due"), lambda f: format_date(f.due_on),
                sort=lambda f: (f.due_on is None, f.due_on)),
            Col("site", self.tr("Site"), lambda f: f.site, tip=True),
            Col("text", self.tr("Finding"), lambda f: f.text, tip=True),
            Col("critical", self.tr("Critical"), lambda f: self.tr("yes") if f.critical else "",
                sort=lambda f: not f.critical),
            Col("responsible", self.tr("Responsible"), lambda f: f.responsible, tip=True),
            Col("status", self.tr("Status"), status, sort=lambda f: (f.status, f.due_on or date.max)),
            Col("evidence", self.tr("Evidence"),
                lambda f: " · ".join(filter(None, (f.evidence, f.evidence_file))), tip=True),
        ], search_text=lambda f: " ".join((f.site, f.text, f.responsible, f.inspection_title)),
            attention=lambda f: f.overdue, parent=self)

    def reload(self) -> None:
        self.loader.run()

    def refresh(self) -> None:
        self.reload()
        self.refreshed.emit()

    def _prepare(self):
        service = self.services.findings
        status, overdue = self.status_filter.currentData(), self.overdue_only.isChecked()

        def work():
            rows = service.list_findings(status=status, overdue=overdue)
            none_at_all = not rows and ((not status and not overdue)
                                        or not service.list_findings())
            return rows, none_at_all

        return work

    def _arrived(self, result) -> None:
        rows, self._none_at_all = result
        keep = selected_id(self.table)
        self.model.set_rows(rows)
        self._update_count()
        select_id(self.table, keep)

    def _failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Findings"), str(exc))

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        text = (self.tr("{count} findings").format(count=shown) if shown == total
                else self.tr("{shown} of {total}").format(shown=shown, total=total))
        late = sum(1 for f in self.model.rows() if f.overdue)
        if late:
            text += " · " + self.tr("overdue: {count}").format(count=late)
        self.count_label.setText(text)
        self.count_label.setStyleSheet(f"color: {OVERDUE_TEXT};" if late else "")

    def _update_actions(self) -> None:
        finding = self.current()
        self.edit_action.setEnabled(finding is not None)
        self.close_action.setEnabled(finding is not None
                                     and finding.status == FindingStatus.OPEN)
        self.reopen_action.setEnabled(finding is not None
                                      and finding.status == FindingStatus.CLOSED)

    def current(self) -> FindingData | None:
        row = self.model.row_of(selected_id(self.table))
        return self.model.row_at(row) if row >= 0 else None

    def close_dialog(self) -> CloseFindingDialog | None:
        finding = self.current()
        if finding is None or finding.status != FindingStatus.OPEN:
            return None
        return CloseFindingDialog(self.services, finding, self)

    def close_current(self) -> None:
        dialog = self.close_dialog()
        if dialog is not None and dialog.exec() and dialog.saved is not None:
            self.after_change()

    def reopen_current(self) -> None:
        finding = self.current()
        if finding is None or finding.status != FindingStatus.CLOSED:
            return
        if not dialogs.confirm(self, self.tr("Reopen the finding"),
                               self.tr("Reopen the finding «{text}»?").format(text=finding.text)):
            return
        try:
            self.services.findings.reopen(finding.id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not saved"), str(exc))
        self.after_change()

    def after_change(self) -> None:
        self.changed.emit()
        self.reload()

    def _open_inspection(self) -> None:
        finding = self.current()
        if finding is not None:
            self.open_inspection.emit(finding.inspection_id)
