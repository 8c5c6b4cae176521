"""Choose the month of the monitoring form (MM.yyyy)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel

from app.views import dialogs


class MonthDialog(QDialog):
    def __init__(self, month: date | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly monitoring form"))
        month = month or date.today()
        self.month_edit = QDateEdit(QDate(month.year, month.month, 1))
        self.month_edit.setDisplayFormat("MM.yyyy")
        self.month_edit.setCalendarPopup(True)
        self.month_edit.setMaximumWidth(130)
        hint = QLabel(self.tr("Next you choose where to save the form: an Excel workbook "
                              "(.xlsx) or a PDF document (.pdf)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4a5a68;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Month"), self.month_edit)
        form.addRow(hint)
        form.addRow(buttons)
        dialogs.room_for_text(self, 420)

    def month(self) -> date:
        chosen = self.month_edit.date()
        return date(chosen.year(), chosen.month(), 1)
