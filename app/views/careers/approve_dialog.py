"""Record the regional council's approval of a career map: the council (as it follows
«протоколом заседания»), the protocol's number and date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.services import Services
from app.services.career_data import CareerMapData
from app.views import dialogs
from app.views.careers.common import MUTED
from app.views.sites.form import FormDialog
from app.views.widgets.date_edit import OptionalDateEdit


class ApproveMapDialog(FormDialog):
    def __init__(self, services: Services, data: CareerMapData, parent=None):
        super().__init__(parent)
        self.services = services
        self.data = data
        self.setWindowTitle(self.tr("Approve the career map"))
        dialogs.room_for_text(self, 600)
        heading = QLabel(f"{data.code} {data.profession} — {data.college}")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        form = self.new_form()
        self.council = self.line(form, "approved_by", self.tr("Approved by *"),
                                 self.tr("The council, as after «by the minutes of the "
                                         "meeting of the»"))
        self.council.setText(data.approved_by or QCoreApplication.translate(
            "CareerMaps", "Regional supervisory council (genitive)"))
        self.council.setCursorPosition(0)
        self.protocol_no = self.line(form, "protocol_no", self.tr("Protocol No. *"))
        self.protocol_no.setMaximumWidth(160)
        self.approved_on = self.add_field(form, "approved_on", self.tr("Protocol date *"),
                                          OptionalDateEdit())
        self.approved_on.set_value(date.today())
        note = QLabel(self.tr("Once approved, the map is locked and prints without «DRAFT»; a "
                              "change is made in a new edition."))
        note.setWordWrap(True)
        note.setStyleSheet(MUTED)
        self.save_button.setText(self.tr("Approve"))
        self.finish(heading, form, note)

    def read(self) -> tuple[str, date | None, str]:
        return self.protocol_no.text().strip(), self.approved_on.value(), \
            self.council.text().strip()

    def store(self, data) -> CareerMapData:
        protocol_no, approved_on, council = data
        return self.services.career_maps.approve(self.data.id, self.data.version, protocol_no,
                                                 approved_on, council)
