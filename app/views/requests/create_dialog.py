"""A new data request: what is asked (its kind), the period, the due date, a title and the
participants (every member by default; unticking leaves one out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.clock import today as clock_today
from app.services.errors import ValidationError
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.form_dialog import FormDialog


@dataclass
class NewRequest:
    kind: str
    date_from: date | None
    date_to: date | None
    due_on: date | None
    title: str
    organizations: list


class CreateRequestDialog(FormDialog):
    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("New data request"))
        self.resize(620, 640)
        today = clock_today()
        form = self.new_form()
        self.kind = QComboBox()
        for code, label in services.requests.kinds():
            self.kind.addItem(label, code)
        self.add_field(form, "kind", self.tr("What is asked *"), self.kind)
        self.title = self.line(form, "title", self.tr("Title"),
                               self.tr("e.g. Reach of the events for the first half-year"))
        self.date_from, self.date_to, self.due_on = (OptionalDateEdit(), OptionalDateEdit(),
                                                     OptionalDateEdit())
        self.date_from.set_value(date(today.year, 1, 1))
        self.date_to.set_value(date(today.year, 12, 31))
        self.due_on.set_value(today.replace(day=min(today.day, 28)))
        self.add_field(form, "date_from", self.tr("Period from *"), self.date_from)
        self.add_field(form, "date_to", self.tr("Period to *"), self.date_to)
        self.add_field(form, "due_on", self.tr("Return by *"), self.due_on)

        self.participants = QListWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        every, none = QPushButton(self.tr("Tick all")), QPushButton(self.tr("Untick all"))
        every.clicked.connect(lambda: self._tick_all(True))
        none.clicked.connect(lambda: self._tick_all(False))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search, 1)
        buttons.addWidget(every)
        buttons.addWidget(none)
        column.addLayout(buttons)
        column.addWidget(self.participants, 1)
        self.add_field(form, "organizations", self.tr("Participants *"), box)
        inn = self.tr("INN")
        for c in services.requests.candidates(today):
            item = QListWidgetItem(f"{c.name} ({inn} {c.inn or '—'})")
            item.setData(Qt.ItemDataRole.UserRole, str(c.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.participants.addItem(item)
        self.finish(form)

    def _items(self) -> list[QListWidgetItem]:
        return [self.participants.item(i) for i in range(self.participants.count())]

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)

    def _filter(self, text: str) -> None:
        text = text.casefold().strip()
        for item in self._items():
            item.setHidden(bool(text) and text not in item.text().casefold())

    def chosen(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def read(self) -> NewRequest:
        data = NewRequest(self.kind.currentData(), self.date_from.value(),
                          self.date_to.value(), self.due_on.value(), self.title.text(),
                          self.chosen())
        missing = {name: self.tr("Give the date.") for name in ("date_from", "date_to", "due_on")
                   if getattr(data, name) is None}
        if missing:
            raise ValidationError(missing)
        return data

    def store(self, data: NewRequest):
        return self.services.requests.create(data.kind, data.date_from, data.date_to,
                                             data.due_on, data.organizations, data.title)
