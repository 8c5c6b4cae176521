"""Add or edit an event: what the plan says (left) and what came of it (right).

In an approved plan a change to what the plan says needs a reason: the service refuses with
a «reason» error, the dialog asks for the reason (``dialogs.ask_text``) and saves again, and
the change becomes a numbered revision of the plan.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.formats import format_date, format_number
from app.services import Services
from app.services.errors import ServiceError, ValidationError
from app.services.event_codes import (
    MANDATORY,
    VARIABLE,
    Audience,
    EventFormat,
    EventStatus,
    PlanKind,
    audience_label,
    format_label,
    section_label,
    status_label,
)
from app.services.event_data import MAX_REACH, EventData, PlanData
from app.settings import Settings
from app.views import dialogs
from app.views.events.evidence_files import EvidenceFiles
from app.views.widgets.colours import MUTED
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.form_dialog import FormDialog, organization_combo, select_data
from app.views.widgets.labels import plan_name


def _spin(maximum: int = MAX_REACH) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setGroupSeparatorShown(True)
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    spin.setMaximumWidth(100)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


class EventDialog(FormDialog):
    def __init__(self, services: Services, data: EventData, plans: list[PlanData],
                 settings: Settings | None = None, writable: bool = True, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data
        self.plans = {p.id: p for p in plans}
        self.writable = writable
        self.reason = ""  # the reason given for a change to an approved plan
        self._section_ready = False
        self.setWindowTitle(self.tr("Edit event") if data.id else self.tr("New event"))
        dialogs.room_for_text(self, 1080)
        self.audience_boxes: dict[str, QCheckBox] = {}
        self.reach_spins: dict[str, QSpinBox] = {}

        plan_box = QGroupBox(self.tr("The plan"))
        plan_box.setLayout(self._plan_form(data))
        results_box = QGroupBox(self.tr("Results"))
        results_box.setLayout(self._results_form(data, settings))
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(plan_box, 11)
        columns.addWidget(results_box, 10)
        self.approval_note = QLabel()
        self.approval_note.setWordWrap(True)
        self.approval_note.setStyleSheet(MUTED)
        self.finish(self.approval_note, dialogs.scroll_if_tall(self, body))
        self._fill(data)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._plan_changed()
        self._status_changed()
        if not writable:
            self._read_only()

    # --- building ---
    def add_field(self, form, name: str, label: str, widget: QWidget) -> QWidget:
        if isinstance(widget, QComboBox):  # long names must not widen the dialog
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(20)
        return super().add_field(form, name, label, widget)

    def _plan_form(self, d: EventData):
        form = self.new_form()
        self.plan = QComboBox()
        for plan in self.plans.values():
            self.plan.addItem(plan_name(plan), plan.id)
        self.add_field(form, "plan_id", self.tr("Plan *"), self.plan)
        self.plan.setEnabled(d.id is None)  # an event stays in its plan
        self.section = self.add_field(form, "section", self.tr("Section"), QComboBox())
        self.title = QPlainTextEdit()
        self.title.setFixedHeight(54)
        self.add_field(form, "title", self.tr("Event *"), self.title)
        self.kind = self.line(form, "kind", self.tr("Kind"),
                              self.tr("e.g. open day, excursion, career test"))
        self.starts_on, self.ends_on = OptionalDateEdit(), OptionalDateEdit()
        self.add_field(form, "starts_on", self.tr("Starts on *"), self.starts_on)
        self.add_field(form, "ends_on", self.tr("Ends on"), self.ends_on)
        self.site = QComboBox()
        self.site.addItem(self.tr("— not chosen —"), None)
        try:
            sites = self.services.sites.list_sites()
        except ServiceError:
            sites = []
        for site in sites:
            self.site.addItem(site.name, site.id)
        self.add_field(form, "site_id", self.tr("Site"), self.site)
        self.place = self.line(form, "place", self.tr("Place"),
                               self.tr("Address or room, or a place outside the sites"))
        self.format = QComboBox()
        for code in EventFormat:
            self.format.addItem(format_label(code), code.value)
        self.add_field(form, "format", self.tr("Format"), self.format)
        self.organization = self.add_field(
            form, "responsible_org_id", self.tr("Responsible organization"),
            organization_combo(self.services, d.responsible_org_id))
        self.person = self.line(form, "responsible_person", self.tr("Responsible person"),
                                self.tr("Surname, first name, patronymic"))
        audiences = QWidget()
        grid = QGridLayout(audiences)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setVerticalSpacing(6)
        for i, code in enumerate(Audience):
            box = QCheckBox(audience_label(code))
            box.toggled.connect(lambda *_a: self.clear_error("audiences"))
            self.audience_boxes[code.value] = box
            grid.addWidget(box, i // 2, i % 2)
        self.add_field(form, "audiences", self.tr("Audiences"), audiences)
        self.planned_reach = self.add_field(form, "planned_reach", self.tr("Planned reach"),
                                            _spin())
        self.team = QComboBox()
        self.team.addItem(self.tr("— none —"), None)
        try:
            teams = self.services.ambassadors.teams()
        except ServiceError:
            teams = []
        for team in teams:
            self.team.addItem(team.name, team.id)
        self.add_field(form, "team_id", self.tr("Ambassador team"), self.team)
        return form

    def _results_form(self, d: EventData, settings: Settings | None):
        form = self.new_form()
        self.status = QComboBox()
        for code in EventStatus:
            self.status.addItem(status_label(code), code.value)
        self.add_field(form, "status", self.tr("Status"), self.status)
        self.status_note = self.line(form, "status_note", self.tr("Why cancelled or moved"),
                                     self.tr("Required for a cancelled event"))
        reach = QWidget()
        grid = QGridLayout(reach)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(2, 1)
        for i, code in enumerate(Audience):
            spin = _spin()
            spin.valueChanged.connect(self._reach_changed)
            self.reach_spins[code.value] = spin
            grid.addWidget(QLabel(audience_label(code)), i, 0)
            grid.addWidget(spin, i, 1)
        self.reach_total = QLabel()
        self.reach_total.setStyleSheet(MUTED)
        grid.addWidget(self.reach_total, len(Audience), 0, 1, 2)
        self.add_field(form, "reach", self.tr("People reached"), reach)
        # the participant's file the results came from, when a data request brought them
        source = self.services.requests.provenance("event", d.id) if d.id else None
        self.provenance = QLabel(source.line() if source else "")
        self.provenance.setWordWrap(True)
        self.provenance.setStyleSheet(MUTED)
        self.provenance.setVisible(source is not None)
        form.addRow("", self.provenance)
        self.schools = self._lines(form, "schools", self.tr("Schools that took part"))
        self.enterprises = self._lines(form, "enterprises",
                                       self.tr("Enterprises that took part"))
        self.evidence = self._lines(form, "evidence", self.tr("Evidence links"),
                                    self.tr("Links to news, posts, photos — one a line"))
        self.files = EvidenceFiles(self.services, settings, d.id, self.writable)
        form.addRow(self.tr("Evidence files"), self.files)
        return form

    def _lines(self, form, name: str, label: str, hint: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setFixedHeight(58)
        edit.setPlaceholderText(hint or self.tr("One name a line"))
        return self.add_field(form, name, label, edit)

    def _fill(self, d: EventData) -> None:
        select_data(self.plan, d.plan_id)
        self.title.setPlainText(d.title)
        self.kind.setText(d.kind)
        self.starts_on.set_value(d.starts_on)
        self.ends_on.set_value(d.ends_on)
        select_data(self.site, d.site_id)
        self.place.setText(d.place)
        select_data(self.format, d.format)
        self.person.setText(d.responsible_person)
        for code, box in self.audience_boxes.items():
            box.setChecked(code in d.audiences)
        self.planned_reach.setValue(d.planned_reach)
        select_data(self.team, d.team_id)
        select_data(self.status, d.status)
        self.status_note.setText(d.status_note)
        for code, spin in self.reach_spins.items():
            spin.setValue(d.reach.get(code, 0))
        self.schools.setPlainText("\n".join(d.schools))
        self.enterprises.setPlainText("\n".join(d.enterprises))
        self.evidence.setPlainText(d.evidence)
        self._reach_changed()
        for edit in (self.kind, self.place, self.person, self.status_note):
            edit.setCursorPosition(0)  # the start of a long text, not its end

    def _read_only(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(True)
            elif isinstance(widget, QComboBox | QDateEdit | QSpinBox):
                widget.setEnabled(False)
        for widget in (*self.audience_boxes.values(), *self.reach_spins.values()):
            widget.setEnabled(False)
        self.save_button.hide()

    # --- reactions ---
    def current_plan(self) -> PlanData | None:
        return self.plans.get(self.plan.currentData())

    def _plan_changed(self, *_args) -> None:
        """The popularization plan of events has two fixed sections; other plans name their
        own (any text, the ones already used offered)."""
        plan = self.current_plan()
        wanted = self.section_value() if self._section_ready else self.original.section
        self._section_ready = True
        self.section.clear()
        fixed = plan is not None and plan.kind == PlanKind.EVENTS
        self.section.setEditable(not fixed)
        if fixed:
            for code in (MANDATORY, VARIABLE):
                self.section.addItem(section_label(code), code)
            if wanted not in (MANDATORY, VARIABLE) and wanted == self.original.section \
                    and self.original.id is not None:  # kept as it is, not changed unasked
                self.section.addItem(section_label(wanted) or "—", wanted)
            else:
                wanted = wanted if wanted in (MANDATORY, VARIABLE) else VARIABLE
            select_data(self.section, wanted)
        else:
            for name in self._sections(plan):
                self.section.addItem(name)
            self.section.setCurrentText("" if wanted in (MANDATORY, VARIABLE) else wanted)
        if plan is not None and plan.approved:
            self.approval_note.setText(self.tr(
                "The plan is approved (protocol No. {number} of {date}): a change to what it "
                "says needs a reason and is recorded as revision {revision}.").format(
                number=plan.protocol_no, date=format_date(plan.approved_on) or "—",
                revision=plan.revision + 1))
        self.approval_note.setVisible(plan is not None and plan.approved)

    def _sections(self, plan: PlanData | None) -> list[str]:
        if plan is None:
            return []
        try:
            rows = self.services.events.events(plan_id=plan.id)
        except ServiceError:
            return []
        ordered = sorted((r for r in rows if r.section), key=lambda r: r.position)
        return list(dict.fromkeys(r.section for r in ordered))

    def _status_changed(self, *_args) -> None:
        held = self.status.currentData() == EventStatus.HELD
        for spin in self.reach_spins.values():
            spin.setEnabled(held and self.writable)

    def _reach_changed(self, *_args) -> None:
        self.clear_error("reach")
        total = sum(spin.value() for spin in self.reach_spins.values())
        self.reach_total.setText(self.tr("In all: {count}").format(count=format_number(total)))

    # --- saving ---
    def section_value(self) -> str:
        if self.section.isEditable():
            return self.section.currentText().strip()
        return self.section.currentData() or ""

    def read(self) -> EventData:
        held = self.status.currentData() == EventStatus.HELD
        return replace(
            self.original, plan_id=self.plan.currentData(),
            title=" ".join(self.title.toPlainText().split()), section=self.section_value(),
            kind=self.kind.text().strip(), starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(), site_id=self.site.currentData(),
            place=self.place.text().strip(), format=self.format.currentData(),
            responsible_org_id=self.organization.currentData(),
            responsible_person=self.person.text().strip(),
            audiences=[c for c, box in self.audience_boxes.items() if box.isChecked()],
            planned_reach=self.planned_reach.value(), team_id=self.team.currentData(),
            status=self.status.currentData(), status_note=self.status_note.text().strip(),
            reach={c: s.value() for c, s in self.reach_spins.items() if held and s.value()},
            schools=self.schools.toPlainText().splitlines(),
            enterprises=self.enterprises.toPlainText().splitlines(),
            evidence=self.evidence.toPlainText().strip())

    def store(self, data: EventData) -> EventData:
        return self.services.events.save_event(data, self.reason)

    def save(self) -> None:
        self.clear_errors()
        data = self.read()
        self.reason = ""
        while True:
            try:
                self.saved = self.store(data)
            except ValidationError as exc:
                if "reason" in exc.errors and not self.reason:
                    reason = dialogs.ask_text(self, self.tr("Change to an approved plan"),
                                              exc.errors["reason"])
                    if reason:
                        self.reason = reason
                        continue
                    return  # not given: nothing saved, the dialog stays open
                self.show_errors(exc.errors)
                return
            except ServiceError as exc:  # a conflict, a row gone, a missing right
                dialogs.show_message(self, self.tr("Not saved"), str(exc))
                return
            break
        self.accept()
