"""A council's meeting: number, date, form, place, the agenda (an item a line) and who was
present (a tick per member on the council that day; the quorum is shown as ticks change)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.errors import ServiceError
from app.services.governance_codes import MeetingForm, label
from app.services.governance_data import CouncilData, MeetingData, MemberData
from app.views import dialogs
from app.views.indicators.common import MET_TEXT, MUTED_TEXT
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.form_dialog import FormDialog, select_data


def person_text(m: MemberData) -> str:
    """«Иванов И. И. — председатель, ВПТ»."""
    parts = [label(m.role)] + [p for p in (m.post, m.organization) if p]
    return f"{m.full_name} — {', '.join(parts)}"


class MeetingDialog(FormDialog):
    def __init__(self, services: Services, councils: list[CouncilData],
                 data: MeetingData | None = None, council_id=None, writable: bool = True,
                 parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data or MeetingData(council_id=council_id, number="",
                                            held_on=date.today())
        self._members: dict = {}  # council id → its members
        d = self.original
        self.setWindowTitle(self.tr("Meeting No. {number}").format(number=d.number) if d.id
                            else self.tr("New meeting"))
        dialogs.room_for_text(self, 680)
        form = self.new_form()
        self.council = QComboBox()
        for council in councils:
            self.council.addItem(council.name, council.id)
        select_data(self.council, d.council_id)
        self.council.setEnabled(d.id is None)
        self.add_field(form, "council_id", self.tr("Council"), self.council)
        self.number = self.line(form, "number", self.tr("Protocol No. *"),
                                self.tr("unique for the council within a year"))
        self.number.setMaximumWidth(200)
        self.held_on = OptionalDateEdit()
        self.add_field(form, "held_on", self.tr("Date *"), self.held_on)
        self.form_combo = QComboBox()
        for code in MeetingForm:
            self.form_combo.addItem(label(code), code.value)
        self.add_field(form, "form", self.tr("Form"), self.form_combo)
        self.place = self.line(form, "place", self.tr("Place"))
        self.agenda = QPlainTextEdit()
        self.agenda.setPlaceholderText(self.tr("One agenda item a line"))
        self.agenda.setFixedHeight(110)
        self.add_field(form, "agenda", self.tr("Agenda"), self.agenda)
        self.attendance = QListWidget()
        self.attendance.setFixedHeight(170)
        self.quorum = QLabel()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.attendance)
        column.addWidget(self.quorum)
        self.add_field(form, "attendance", self.tr("Present (tick)"), box)
        self.finish(form)

        self.number.setText(d.number)
        self.held_on.set_value(d.held_on)
        select_data(self.form_combo, d.form)
        self.place.setText(d.place)
        self.agenda.setPlainText("\n".join(d.agenda))
        self._ticks: dict = dict(d.attendance)
        self._fill_members()
        self.council.currentIndexChanged.connect(lambda *_a: self._fill_members())
        self.held_on.dateChanged.connect(lambda *_a: self._fill_members())
        self.attendance.itemChanged.connect(lambda *_a: self._count())
        if not writable:
            self.save_button.hide()
            for widget in (self.council, self.number, self.held_on, self.form_combo,
                           self.place):
                widget.setEnabled(False)
            self.agenda.setReadOnly(True)
            self.attendance.setEnabled(False)

    # --- attendance ---
    def members_of(self, council_id) -> list[MemberData]:
        if council_id not in self._members:
            try:
                self._members[council_id] = self.services.governance.members(council_id)
            except ServiceError:
                self._members[council_id] = []
        return self._members[council_id]

    def _fill_members(self) -> None:
        self._ticks.update(self.ticks())
        day = self.held_on.value()
        members = [m for m in self.members_of(self.council.currentData())
                   if (m.sits_on(day) if day else m.left_on is None)
                   or m.id in self.original.attendance]
        self.attendance.blockSignals(True)
        self.attendance.clear()
        for m in members:
            item = QListWidgetItem(person_text(m))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if self._ticks.get(m.id)
                               else Qt.CheckState.Unchecked)
            self.attendance.addItem(item)
        self.attendance.blockSignals(False)
        self._count()

    def ticks(self) -> dict:
        """Member id → present, for every member listed."""
        out = {}
        for i in range(self.attendance.count()):
            item = self.attendance.item(i)
            out[item.data(Qt.ItemDataRole.UserRole)] = (
                item.checkState() == Qt.CheckState.Checked)
        return out

    def tick(self, name_part: str, present: bool = True) -> None:
        """Tick a member by part of the name (tests and keyboard users alike)."""
        for i in range(self.attendance.count()):
            item = self.attendance.item(i)
            if name_part in item.text():
                item.setCheckState(Qt.CheckState.Checked if present
                                   else Qt.CheckState.Unchecked)

    def _count(self) -> None:
        ticks = self.ticks()
        present, total = sum(ticks.values()), len(ticks)
        has_quorum = total > 0 and present * 2 > total
        self.quorum.setText(
            self.tr("Present {present} of {total}: quorum") if has_quorum else
            self.tr("Present {present} of {total}: no quorum (more than half needed)"))
        self.quorum.setText(self.quorum.text().format(present=present, total=total))
        self.quorum.setStyleSheet(f"color: {MET_TEXT if has_quorum else MUTED_TEXT};")

    # --- saving ---
    def read(self) -> MeetingData:
        agenda = [line.strip() for line in self.agenda.toPlainText().splitlines()
                  if line.strip()]
        return MeetingData(council_id=self.council.currentData(),
                           number=self.number.text().strip(), held_on=self.held_on.value(),
                           place=self.place.text().strip(),
                           form=self.form_combo.currentData(), agenda=agenda,
                           invited=list(self.original.invited), attendance=self.ticks(),
                           id=self.original.id, version=self.original.version)

    def store(self, data: MeetingData) -> MeetingData:
        return self.services.governance.save_meeting(data)
