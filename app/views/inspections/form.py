"""The inspection form: its header (site, date, inspectors, checklist revision, status,
score), the checklist with an answer widget per item (saved at once), the photos and the
findings of this inspection, and Complete / Sign off / the inspection report.  The office
page and the field window show the same form."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_date
from app.services import Services
from app.services.checklists import kind_label
from app.services.errors import ServiceError
from app.services.findings import finding_status_label
from app.services.inspection_data import InspectionData, status_label
from app.services.inspection_state import InspectionStatus
from app.services.permissions import Permission
from app.services.tasks import TaskRunner
from app.views import dialogs, printing
from app.views.inspections.checklist import ChecklistPanel
from app.views.inspections.common import DONE_TEXT, MUTED, score_text
from app.views.inspections.photos_panel import PhotosPanel
from app.views.widgets.columns import Col, ColumnsModel, make_table
from app.views.widgets.page import PagePart
from app.views.widgets.page_actions import icon, standard_text


class InspectionForm(PagePart):
    back = Signal()
    changed = Signal()  # answers, photos, findings or the status changed

    def __init__(self, services: Services, tasks: TaskRunner, parent=None):
        super().__init__(services, tasks, parent)
        self.writable = services.actor.allows(Permission.INSPECTIONS_WRITE)
        self.can_sign = services.actor.allows(Permission.INSPECTIONS_SIGN)
        self.data: InspectionData | None = None

        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.clicked.connect(self.back)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 13pt;")
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(100)  # a long word must not widen the window (issue 21)
        self.complete_button = QPushButton(self.tr("Complete"))
        self.complete_button.setToolTip(self.tr("Mark the inspection done: every item "
                                                "needs an answer."))
        self.complete_button.clicked.connect(self.complete)
        self.sign_button = QPushButton(self.tr("Sign off…"))
        self.sign_button.clicked.connect(self.sign_off)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Back to «in progress» to change answers."))
        self.reopen_button.clicked.connect(self.reopen)
        self.report_button = QPushButton(self.tr("Inspection report (PDF)…"))
        self.report_button.clicked.connect(self.write_report)
        self.print_button = QPushButton(icon("mdi6.printer-outline"), standard_text("print"))
        self.print_button.setToolTip(self.tr("Print the inspection report"))
        self.print_button.clicked.connect(self.print_report)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        for button in (self.complete_button, self.sign_button, self.reopen_button,
                       self.report_button, self.print_button):
            top.addWidget(button)
        for button in (self.complete_button, self.sign_button, self.reopen_button):
            button.hide()  # the inspection's state shows its own; all would widen the window

        self.values: dict[str, QLabel] = {}
        header = QGridLayout()
        header.setHorizontalSpacing(10)
        header.setVerticalSpacing(2)
        fields = [("site", self.tr("Site")), ("date", self.tr("Date")),
                  ("inspectors", self.tr("Inspectors")), ("checklist", self.tr("Checklist")),
                  ("status", self.tr("Status")), ("score", self.tr("Score"))]
        for i, (key, label) in enumerate(fields):
            name = QLabel(label + ":")
            name.setStyleSheet(MUTED)
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.values[key] = value
            header.addWidget(name, i // 3, (i % 3) * 2)
            header.addWidget(value, i // 3, (i % 3) * 2 + 1)
        for column, stretch in ((1, 3), (3, 2), (5, 2)):
            header.setColumnStretch(column, stretch)

        self.checklist = ChecklistPanel()
        self.checklist.saved.connect(lambda _a: self.refresh())
        self.checklist.add_photo.connect(self._add_item_photo)
        self.checklist.failed.connect(self._failed)
        self.photos = PhotosPanel(services)
        self.photos.changed.connect(self.refresh)

        self.findings_model = ColumnsModel([
            Col("text", self.tr("Finding"), lambda f: f.text, tip=True),
            Col("due", self.tr("Due"), lambda f: format_date(f.due_on),
                sort=lambda f: (f.due_on is None, f.due_on)),
            Col("status", self.tr("Status"), lambda f: finding_status_label(f.status)),
        ], attention=lambda f: f.overdue, parent=self)
        self.findings = make_table(self.findings_model, 0, (220, 90, 90), sortable=False)
        self.findings_title = QLabel()
        self.findings_title.setStyleSheet("font-weight: 600;")
        self.add_finding_button = QPushButton(self.tr("Add finding…"))
        self.add_finding_button.setToolTip(self.tr("Something seen that no checklist "
                                                   "item covers."))
        self.add_finding_button.clicked.connect(self.add_finding)
        findings_top = QHBoxLayout()
        findings_top.addWidget(self.findings_title, 1)
        findings_top.addWidget(self.add_finding_button)
        findings_box = QWidget()
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_layout.addLayout(findings_top)
        findings_layout.addWidget(self.findings, 1)

        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.photos)
        side.addWidget(findings_box)
        side.setSizes([330, 220])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.checklist)
        body.addWidget(side)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([600, 400])
        self.body = body

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addLayout(header)
        layout.addWidget(body, 1)

    # --- loading ---
    @property
    def inspection_id(self) -> uuid.UUID | None:
        return self.data.id if self.data else None

    def editable(self) -> bool:
        return self.writable and self.data is not None and not self.data.locked

    def open(self, inspection_id: uuid.UUID) -> bool:
        try:
            data = self.services.inspections.inspection(inspection_id)
        except ServiceError as exc:
            self._failed(str(exc))
            return False
        self.data = data
        self.checklist.set_answers(data.answers, self._save_answer, self.editable())
        self._show(data)
        return True

    def refresh(self) -> None:
        """After a change: the header, photos and findings again (the checklist widgets stay,
        so the one being typed in keeps its focus)."""
        if self.data is None:
            return
        was_locked = self.data.locked
        try:
            self.data = self.services.inspections.inspection(self.data.id)
        except ServiceError as exc:
            self._failed(str(exc))
            return
        if self.data.locked != was_locked:
            self.checklist.set_editable(self.editable())
        self.checklist.set_photos(self.data.answers)
        self._show(self.data)
        self.changed.emit()

    def _show(self, data: InspectionData) -> None:
        self.title.setText(data.title)
        site = data.site + (f" · {', '.join(data.workshops)}" if data.workshops else "")
        day = format_date(data.inspected_on or data.planned_on)
        if data.inspected_on and data.inspected_on != data.planned_on:
            day += " " + self.tr("(planned {date})").format(date=format_date(data.planned_on))
        status = status_label(data.status)
        if data.status == InspectionStatus.SIGNED_OFF:
            status = self.tr("{status}: {name}, {date}").format(
                status=status, name=data.signed_by, date=format_date(data.signed_on))
        answered = sum(1 for a in data.answers if a.value or a.photos)
        texts = {
            "site": site, "date": day, "inspectors": ", ".join(data.inspectors) or "—",
            "checklist": self.tr("{kind}, revision {revision}").format(
                kind=kind_label(data.kind), revision=data.template_revision),
            "status": status,
            "score": self.tr("{score} · answered {answered} of {total}").format(
                score=score_text(data.score) or "—", answered=answered,
                total=len(data.answers)),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
            self.values[key].setToolTip(text)
        self.values["status"].setStyleSheet(
            f"color: {DONE_TEXT};" if data.status in (InspectionStatus.DONE,
                                                      InspectionStatus.SIGNED_OFF) else "")
        self.values["checklist"].setToolTip(data.template_title)
        self.photos.set_inspection(data, self.editable())
        self.findings_model.set_rows(data.findings)
        open_count = sum(1 for f in data.findings if f.status == "open")
        self.findings_title.setText(self.tr("Findings: {count}, open: {open}").format(
            count=len(data.findings), open=open_count))
        editable = self.editable()
        self.complete_button.setVisible(editable and data.status != InspectionStatus.DONE)
        self.sign_button.setVisible(self.can_sign and data.status == InspectionStatus.DONE)
        self.reopen_button.setVisible(self.can_sign and data.status in (
            InspectionStatus.DONE, InspectionStatus.SIGNED_OFF))
        self.add_finding_button.setVisible(editable)

    # --- answers, photos, findings ---
    def _save_answer(self, item_id, value, comment):
        return self.services.inspections.answer(self.data.id, item_id, value, comment)

    def _add_item_photo(self, item_id) -> None:
        self.photos.add_photo(item_id)

    def add_finding(self) -> None:
        if self.data is None:
            return
        text = dialogs.ask_text(self, self.tr("Add finding"),
                                self.tr("What is wrong (the responsible organization is the "
                                        "site's; due in 30 days)?"))
        if text:
            self._act(lambda: self.services.findings.add(self.data.id, text))

    # --- status ---
    def complete(self) -> None:
        if self.data is not None:
            self._act(lambda: self.services.inspections.complete(self.data.id),
                      self.tr("Not completed"))

    def sign_off(self) -> None:
        if self.data is None:
            return
        name = dialogs.ask_text(self, self.tr("Sign off the inspection"),
                                self.tr("Who signs the inspection off (surname and initials)?"))
        if name:
            self._act(lambda: self.services.inspections.sign_off(self.data.id, name),
                      self.tr("Not signed off"))

    def reopen(self) -> None:
        if self.data is not None and dialogs.confirm(
                self, self.tr("Reopen the inspection"),
                self.tr("Return the inspection to «in progress»? A signature is removed.")):
            self._act(lambda: self.services.inspections.reopen(self.data.id))

    def _act(self, action, title: str = "") -> None:
        try:
            action()
        except ServiceError as exc:
            dialogs.show_message(self, title or self.tr("Not saved"), str(exc))
            return
        self.refresh()

    def _failed(self, message: str) -> None:
        dialogs.show_message(self, self.tr("Inspection"), message)

    # --- report ---
    def write_report(self) -> None:
        if self.data is None:
            return
        name = dialogs.choose_save_file(self, self.tr("Inspection report"),
                                        self.tr("inspection report.pdf"),
                                        self.tr("PDF documents (*.pdf)"))
        if not name:
            return
        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        self.write_report_to(Path(name))

    def write_report_to(self, path: Path) -> None:
        """Written off the GUI thread; the status bar says when it is ready."""
        inspection_id = self.data.id
        reports = self.services.inspection_reports
        self.status.emit(self.tr("Writing the inspection report…"))
        self.tasks.run(lambda: reports.write_inspection_report(inspection_id, path),
                       lambda p: self.status.emit(self.tr("Written: {path}").format(path=p)),
                       self._report_failed)

    def print_report(self) -> int:
        """The inspection report through the print dialog; returns the pages printed."""
        if self.data is None:
            return 0
        inspection_id, reports = self.data.id, self.services.inspection_reports
        return printing.print_report(
            self, self.tr("Inspection report: {title}").format(title=self.data.title),
            lambda path: reports.write_inspection_report(inspection_id, path))

    def _report_failed(self, exc: Exception) -> None:
        if not isinstance(exc, OSError | ServiceError):
            raise exc
        dialogs.show_message(self, self.tr("Not written"), str(exc))
