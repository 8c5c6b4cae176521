"""Add or edit a roadmap item: deadline, who answers for it, status, evidence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit

from app.services import Services
from app.services.roadmap import RoadmapData, RoadmapStatus, status_label
from app.views import dialogs
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.form_dialog import FormDialog, organization_combo, select_data


class RoadmapDialog(FormDialog):
    def __init__(self, services: Services, data: RoadmapData | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data or RoadmapData(title="")
        self.setWindowTitle(self.tr("Edit roadmap item") if data else
                            self.tr("New roadmap item"))
        dialogs.room_for_text(self, 720)
        d = self.original
        form = self.new_form()
        self.title = QPlainTextEdit()
        self.title.setFixedHeight(64)
        self.title.setPlaceholderText(self.tr("What is to be done"))
        self.add_field(form, "title", self.tr("Item *"), self.title)
        if d.standard_stage:
            # the seven stages are the federal roadmap's wording: the control list quotes them
            self.title.setReadOnly(True)
            self.title.setStyleSheet("background: #f2f5f8;")
            note = QLabel(self.tr("Standard stage {number} of the roadmap: its wording is "
                                  "fixed.").format(number=d.standard_stage))
            note.setStyleSheet("color: #4a5a68;")
            form.addRow("", note)
        self.deadline = self.add_field(form, "deadline", self.tr("Deadline"),
                                       OptionalDateEdit())
        self.person = self.line(form, "responsible_person", self.tr("Responsible person"),
                                self.tr("Surname, first name, patronymic"))
        self.organization = self.add_field(form, "responsible_org_id",
                                           self.tr("Responsible organization"),
                                           organization_combo(services, d.responsible_org_id))
        self.status = QComboBox()
        for status in RoadmapStatus:
            self.status.addItem(status_label(status), status.value)
        self.add_field(form, "status", self.tr("Status"), self.status)
        self.done_on = self.add_field(form, "done_on", self.tr("Done on"), OptionalDateEdit())
        self.evidence = self.line(form, "evidence_doc", self.tr("Evidence document"),
                                  self.tr("e.g. protocol no. 3 of 15.04.2026"))
        self.finish(form)

        self.title.setPlainText(d.title)
        self.deadline.set_value(d.deadline)
        self.person.setText(d.responsible_person)
        select_data(self.status, d.status)
        self.done_on.set_value(d.done_on)
        self.evidence.setText(d.evidence_doc)
        self.status.currentIndexChanged.connect(self._status_changed)

    def _status_changed(self, *_args) -> None:
        # «done» needs its date: offer today, the usual case
        if self.status.currentData() == RoadmapStatus.DONE and self.done_on.value() is None:
            self.done_on.set_value(date.today())

    def read(self) -> RoadmapData:
        return replace(
            self.original, title=self.title.toPlainText().strip(),
            deadline=self.deadline.value(), responsible_person=self.person.text().strip(),
            responsible_org_id=self.organization.currentData(),
            status=self.status.currentData(), done_on=self.done_on.value(),
            evidence_doc=self.evidence.text().strip(),
        )

    def store(self, data: RoadmapData) -> RoadmapData:
        return self.services.roadmap.save(data)
