"""Approve the programme of activity (and with it the indicators' targets) by a council's
decision chosen from the register; the protocol shown and printed is that decision's."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services import Services
from app.services.indicators import ProgrammeData
from app.views import dialogs
from app.views.indicators.common import MUTED_TEXT
from app.views.widgets.decision_combo import DecisionCombo
from app.views.widgets.form_dialog import FormDialog


class ProgrammeApprovalDialog(FormDialog):
    def __init__(self, services: Services, programme: ProgrammeData, parent=None):
        super().__init__(parent)
        self.services, self.programme = services, programme
        self.setWindowTitle(self.tr("Approve the programme of activity"))
        dialogs.room_for_text(self, 600)
        heading = QLabel(programme.title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        form = self.new_form()
        self.decision = self.add_field(form, "decision_id", self.tr("Council's decision *"),
                                       DecisionCombo(services.indicators.approval_decisions(),
                                                     programme.approval_decision_id))
        note = QLabel(self.tr("The indicators' targets are approved with the programme; the "
                              "reports print this decision's council, number and date."))
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_TEXT};")
        self.save_button.setText(self.tr("Approve"))
        self.finish(heading, form, note)

    def read(self):
        return self.decision.value()

    def store(self, decision_id) -> ProgrammeData:
        return self.services.indicators.approve_programme(decision_id)
