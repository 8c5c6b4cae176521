"""A new data request: what is asked (its kind), the period, the due date, a title and the
participants (every member by default; unticking leaves one out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
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


class CandidatesModel(QAbstractListModel):
    """The participants a request may go to, each with a tick (all ticked at first); the
    search shows those whose line holds the text.  A list model over the rows, not an item
    per member: 9,000 of them took half a second to make and a tenth to search."""

    def __init__(self, rows: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self._rows = rows  # (the line shown, the organization's id as text)
        self._keys = [text.casefold() for text, _ in rows]
        self._ticked = [True] * len(rows)
        self._shown = list(range(len(rows)))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][0]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._ticked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[row][1]
        return None

    def flags(self, index):
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        self._ticked[self._shown[index.row()]] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def show_matching(self, text: str) -> None:
        words = text.casefold().strip()
        self.beginResetModel()
        self._shown = [i for i, key in enumerate(self._keys) if words in key] if words \
            else list(range(len(self._rows)))
        self.endResetModel()

    def tick_shown(self, on: bool) -> None:
        for row in self._shown:
            self._ticked[row] = on
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(len(self._shown) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def chosen(self) -> list[str]:
        return [org_id for (_, org_id), on in zip(self._rows, self._ticked, strict=True) if on]


class CreateRequestDialog(FormDialog):
    """``candidates``: the members on today, when the caller read them off the GUI thread."""

    def __init__(self, services: Services, parent=None, candidates: list | None = None):
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

        inn = self.tr("INN")
        self.candidates = CandidatesModel(
            [(f"{c.name} ({inn} {c.inn or '—'})", str(c.id))
             for c in (services.requests.candidates(today) if candidates is None
                       else candidates)], self)
        self.participants = QListView()
        self.participants.setModel(self.candidates)
        self.participants.setUniformItemSizes(True)  # 9,000 members: it draws what is seen
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.candidates.show_matching)
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
        self.finish(form)

    def _tick_all(self, on: bool) -> None:
        """Tick (or untick) the participants shown: all, or those the search found."""
        self.candidates.tick_shown(on)

    def chosen(self) -> list[str]:
        return self.candidates.chosen()

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
