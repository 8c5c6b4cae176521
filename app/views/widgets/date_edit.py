"""A date field that may be empty: Qt's QDateEdit shows its special value text (blank) at
the minimum date, which stands for «no date»."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

_EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText(" ")
        self.setDate(_EMPTY)

    def value(self) -> date | None:
        current = self.date()
        if current == _EMPTY:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _EMPTY)

    def clear_value(self) -> None:
        self.setDate(_EMPTY)
