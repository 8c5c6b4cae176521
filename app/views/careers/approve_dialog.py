"""Approve a career map by the regional council's decision, chosen from the register (the
decisions of recorded meetings that may approve it): the council, the protocol's number and
date are printed from that decision's meeting, never typed here."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services import Services
from app.services.career_data import CareerMapData
from app.views import dialogs
from app.views.careers.common import MUTED
from app.views.widgets.decision_combo import DecisionCombo
from app.views.widgets.form_dialog import FormDialog


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
        self.decision = self.add_field(form, "decision_id", self.tr("Council's decision *"),
                                       DecisionCombo(services.career_maps.approval_decisions(
                                           data.id)))
        note = QLabel(self.tr("Once approved, the map is locked and prints without «DRAFT»; a "
                              "change is made in a new edition."))
        note.setWordWrap(True)
        note.setStyleSheet(MUTED)
        self.save_button.setText(self.tr("Approve"))
        self.finish(heading, form, note)

    def read(self):
        return self.decision.value()

    def store(self, decision_id) -> CareerMapData:
        return self.services.career_maps.approve(self.data.id, self.data.version, decision_id)
