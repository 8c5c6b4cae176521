"""A council (its name, the name in the genitive for protocols and approvals, its kind and
place in the list) and a member of a council (the person, the role on the council, the post,
the participant organization, when the person joined and left)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox

from app.services import Services
from app.services.governance_codes import CouncilKind, MemberPost, label
from app.services.governance_data import CouncilData, MemberData
from app.views import dialogs
from app.views.indicators.common import MUTED_TEXT
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.form_dialog import FormDialog, organization_combo, select_data


class CouncilDialog(FormDialog):
    def __init__(self, services: Services, data: CouncilData | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data or CouncilData(kind=CouncilKind.COORDINATION.value, name="")
        d = self.original
        self.setWindowTitle(self.tr("Council: {name}").format(name=d.name) if d.id
                            else self.tr("New council"))
        dialogs.room_for_text(self, 560)
        form = self.new_form()
        self.name = self.line(form, "name", self.tr("Name *"))
        self.name_genitive = self.line(
            form, "name_genitive", self.tr("Name in the genitive"),
            self.tr("as in «by the protocol of the meeting of …»"))
        self.kind = QComboBox()
        for code in CouncilKind:
            self.kind.addItem(label(code), code.value)
        self.add_field(form, "kind", self.tr("Kind *"), self.kind)
        self.position = QSpinBox()
        self.position.setRange(0, 999)
        self.position.setMaximumWidth(100)
        self.add_field(form, "position", self.tr("Place in the list"), self.position)
        note = QLabel(self.tr("The name in the genitive goes into the approvals the council "
                              "gives; the name itself is used when it is empty."))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_TEXT};")
        self.finish(form, note)

        self.name.setText(d.name)
        self.name_genitive.setText(d.name_genitive)
        select_data(self.kind, d.kind)
        self.position.setValue(d.position)

    def read(self) -> CouncilData:
        return replace(self.original, name=self.name.text().strip(),
                       name_genitive=self.name_genitive.text().strip(),
                       kind=self.kind.currentData(), position=self.position.value())

    def store(self, data: CouncilData) -> CouncilData:
        return self.services.governance.save_council(data)


class MemberDialog(FormDialog):
    def __init__(self, services: Services, data: MemberData, council_name: str = "",
                 parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data
        self.setWindowTitle(self.tr("Member: {name}").format(name=data.full_name) if data.id
                            else self.tr("New member of the council"))
        dialogs.room_for_text(self, 560)
        form = self.new_form()
        if council_name:
            council = QLabel(council_name)
            council.setStyleSheet("font-weight: 600;")
            form.addRow(self.tr("Council"), council)
        self.full_name = self.line(form, "full_name", self.tr("Full name *"),
                                   self.tr("Surname, first name, patronymic"))
        self.role = QComboBox()
        for code in MemberPost:
            self.role.addItem(label(code), code.value)
        self.add_field(form, "role", self.tr("Role on the council *"), self.role)
        self.post = self.line(form, "post", self.tr("Post"),
                              self.tr("e.g. director of the college"))
        self.organization = organization_combo(services, data.organization_id)
        self.add_field(form, "organization_id", self.tr("Organization"), self.organization)
        self.joined_on = OptionalDateEdit()
        self.add_field(form, "joined_on", self.tr("Joined on"), self.joined_on)
        self.left_on = OptionalDateEdit()
        self.add_field(form, "left_on", self.tr("Left on"), self.left_on)
        note = QLabel(self.tr("A member who leaves the council gets a date of leaving: "
                              "the protocols keep the name."))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_TEXT};")
        self.finish(form, note)

        self.full_name.setText(data.full_name)
        select_data(self.role, data.role)
        self.post.setText(data.post)
        self.joined_on.set_value(data.joined_on)
        self.left_on.set_value(data.left_on)

    def read(self) -> MemberData:
        return replace(self.original, full_name=self.full_name.text().strip(),
                       role=self.role.currentData(), post=self.post.text().strip(),
                       organization_id=self.organization.currentData(),
                       joined_on=self.joined_on.value(), left_on=self.left_on.value())

    def store(self, data: MemberData) -> MemberData:
        return self.services.governance.save_member(data)
