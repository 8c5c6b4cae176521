"""A decision of a meeting: its text, what it is about (a participant admitted or excluded,
a plan, a career map, an equipment list or the programme approved, or another question),
who is responsible, by when, and its status.  Also the small dialog that admits a
participant by a decision (its role and agreement)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit

from app.services import Services
from app.services.errors import ServiceError
from app.services.governance_codes import (
    APPROVALS,
    PARTICIPANT_SUBJECTS,
    DecisionStatus,
    DecisionSubject,
    label,
)
from app.services.governance_data import DecisionData, DecisionRow
from app.services.participants import MemberRole, role_label
from app.views import dialogs
from app.views.indicators.common import MUTED_TEXT
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.form_dialog import FormDialog, organization_combo, select_data
from app.views.widgets.labels import plan_name


def approvable(services: Services, kind: str) -> list[tuple[str, object]]:
    """What a decision of ``kind`` can approve: (name, id) pairs."""
    try:
        if kind == DecisionSubject.PLAN:
            return [(plan_name(p), p.id) for p in services.events.plans()]
        if kind == DecisionSubject.CAREER_MAP:
            return [(f"{m.code} {m.profession} — {m.college}", m.id)
                    for m in services.career_maps.maps()]
        if kind in (DecisionSubject.EQUIPMENT, DecisionSubject.DESIGN):
            return [(f"{site.name} — {w.name}", w.id) for site in services.sites.list_sites()
                    for w in site.workshops]
        if kind == DecisionSubject.PROGRAMME:
            programme = services.indicators.programme()
            return [(programme.title, programme.id)] if programme else []
    except ServiceError:
        pass
    return []


class DecisionDialog(FormDialog):
    def __init__(self, services: Services, data: DecisionData, writable: bool = True,
                 parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data
        self.setWindowTitle(self.tr("Decision No. {position}").format(position=data.position)
                            if data.id else self.tr("New decision"))
        dialogs.room_for_text(self, 700)
        self.form = form = self.new_form()
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(100)
        self.add_field(form, "text", self.tr("Decided *"), self.text)
        self.subject = QComboBox()
        for code in DecisionSubject:
            self.subject.addItem(label(code), code.value)
        self.add_field(form, "subject_kind", self.tr("About"), self.subject)
        self.organization = organization_combo(services, data.organization_id)
        self.add_field(form, "organization_id", self.tr("Participant"), self.organization)
        self.approved = QComboBox()
        self.approved.setMaxVisibleItems(20)
        self.add_field(form, "subject_id", self.tr("Approves"), self.approved)
        self.responsible = self.line(form, "responsible", self.tr("Responsible"))
        self.due_on = OptionalDateEdit()
        self.add_field(form, "due_on", self.tr("Due"), self.due_on)
        self.status = QComboBox()
        for code in DecisionStatus:
            self.status.addItem(label(code), code.value)
        self.add_field(form, "status", self.tr("Status"), self.status)
        self.done_on = OptionalDateEdit()
        self.add_field(form, "done_on", self.tr("Carried out on"), self.done_on)
        note = QLabel(self.tr("A decision to admit or exclude a participant, or to approve "
                              "something, is carried out with «Carry out» in the list of "
                              "decisions."))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_TEXT};")
        self.finish(form, note)

        self.text.setPlainText(data.text)
        select_data(self.subject, data.subject_kind)
        self._kind_changed()
        select_data(self.approved, data.subject_id)
        self.responsible.setText(data.responsible)
        self.due_on.set_value(data.due_on)
        select_data(self.status, data.status)
        self.done_on.set_value(data.done_on)
        self.subject.currentIndexChanged.connect(lambda *_a: self._kind_changed())
        self.status.currentIndexChanged.connect(lambda *_a: self._status_changed())
        if not writable:
            self.save_button.hide()
            self.text.setReadOnly(True)
            for widget in (self.subject, self.organization, self.approved, self.responsible,
                           self.due_on, self.status, self.done_on):
                widget.setEnabled(False)

    def _row_visible(self, name: str, visible: bool) -> None:
        box = self.fields[name].parentWidget()
        self.form.setRowVisible(box, visible)

    def _kind_changed(self) -> None:
        kind = self.subject.currentData()
        self._row_visible("organization_id", kind in PARTICIPANT_SUBJECTS)
        self._row_visible("subject_id", kind in APPROVALS)
        if kind in APPROVALS:
            current = self.approved.currentData()
            self.approved.clear()
            self.approved.addItem(self.tr("— not chosen —"), None)
            for name, row_id in approvable(self.services, kind):
                self.approved.addItem(name, row_id)
            select_data(self.approved, current)

    def _status_changed(self) -> None:
        if self.status.currentData() == DecisionStatus.DONE and self.done_on.value() is None:
            self.done_on.set_value(date.today())

    def read(self) -> DecisionData:
        kind = self.subject.currentData()
        return replace(
            self.original, text=self.text.toPlainText().strip(), subject_kind=kind,
            organization_id=(self.organization.currentData() if kind in PARTICIPANT_SUBJECTS
                             else None),
            subject_id=self.approved.currentData() if kind in APPROVALS else None,
            responsible=self.responsible.text().strip(), due_on=self.due_on.value(),
            status=self.status.currentData(), done_on=self.done_on.value())

    def store(self, data: DecisionData) -> DecisionData:
        return self.services.governance.save_decision(data)


class AdmitDialog(FormDialog):
    """Admit the participant a decision names: its role, the date it joins (the meeting's
    by default) and the accession agreement."""

    def __init__(self, services: Services, decision: DecisionRow, parent=None):
        super().__init__(parent)
        self.services, self.decision = services, decision
        self.setWindowTitle(self.tr("Admit a participant"))
        dialogs.room_for_text(self, 520)
        form: QFormLayout = self.new_form()
        who = QLabel(decision.organization)
        who.setStyleSheet("font-weight: 600;")
        form.addRow(self.tr("Participant"), who)
        self.role = QComboBox()
        for role in MemberRole:
            self.role.addItem(role_label(role), role.value)
        self.add_field(form, "role", self.tr("Role"), self.role)
        self.joined_on = OptionalDateEdit()
        self.joined_on.set_value(decision.held_on)
        self.add_field(form, "joined_on", self.tr("Joins on"), self.joined_on)
        self.agreement_no = self.line(form, "agreement_no", self.tr("Agreement no."))
        self.agreement_date = OptionalDateEdit()
        self.add_field(form, "agreement_date", self.tr("Agreement date"), self.agreement_date)
        self.save_button.setText(self.tr("Admit"))
        self.finish(form)

    def read(self):
        return dict(role=self.role.currentData(), joined_on=self.joined_on.value(),
                    agreement_no=self.agreement_no.text().strip(),
                    agreement_date=self.agreement_date.value())

    def store(self, data):
        return self.services.governance.admit_participant(self.decision.id, **data)
