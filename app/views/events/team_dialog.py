"""An ambassador team: name, college, curator, and its 4 to 7 students with their study
groups (an editable table; blank rows are left out)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.ambassadors import MAX_STUDENTS, MIN_STUDENTS, MemberData, TeamData
from app.services.errors import ServiceError
from app.services.participants import MemberRole
from app.views import dialogs
from app.views.widgets.form_dialog import FormDialog, select_data
from app.views.widgets.rows_model import RowsTableModel


class MembersModel(RowsTableModel):
    """Students as rows of [full name, study group], edited in place."""

    COLUMNS = ("full_name", "study_group")

    def __init__(self, members: list[MemberData], parent=None):
        super().__init__(parent)
        self._rows = [[m.full_name, m.study_group] for m in members]
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._headers = (self.tr("Student (surname, first name)"), self.tr("Study group"))

    def _sorted(self, rows):
        return sorted(rows, key=lambda r: r[self._sort[0]].casefold(),
                      reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index)
        return True

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(["", ""])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def members(self) -> list[MemberData]:
        return [MemberData(name.strip(), group.strip()) for name, group in self._rows]


def college_choices(services: Services) -> list[tuple[str, object]]:
    """The cluster's colleges (every participant when none is marked a college)."""
    try:
        rows = services.participants.list_organizations()
    except ServiceError:
        return []
    colleges = [r for r in rows if r.role == MemberRole.COLLEGE] or rows
    return sorted(((r.short_name or r.full_name, r.id) for r in colleges),
                  key=lambda pair: pair[0].casefold())


class TeamDialog(FormDialog):
    def __init__(self, services: Services, data: TeamData | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data or TeamData(name="", curator="",
                                         members=[MemberData("") for _ in range(MIN_STUDENTS)])
        d = self.original
        self.setWindowTitle(self.tr("Edit team") if d.id else self.tr("New ambassador team"))
        dialogs.room_for_text(self, 640)
        form = self.new_form()
        self.name = self.line(form, "name", self.tr("Team name *"))
        self.college = QComboBox()
        self.college.addItem(self.tr("— not chosen —"), None)
        for name, org_id in college_choices(services):
            self.college.addItem(name, org_id)
        self.add_field(form, "college_id", self.tr("College"), self.college)
        self.curator = self.line(form, "curator", self.tr("Curator *"),
                                 self.tr("Surname, first name, patronymic"))
        self.curator_post = self.line(form, "curator_post", self.tr("Curator's post"),
                                      self.tr("e.g. teacher of special subjects"))

        self.members = MembersModel(d.members, self)
        self.table = QTableView()
        self.table.setModel(self.members)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        dialogs.column_widths(header, {0: 320})
        # wide enough for both headings: the study group's is not cut by the names' column
        self.table.setMinimumWidth(header.sectionSize(0) + header.sectionSizeHint(1)
                                   + self.table.verticalHeader().sizeHint().width()
                                   + 2 * self.table.frameWidth())
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setFixedHeight(26 * MAX_STUDENTS + 30)
        self.add_button = QPushButton(self.tr("Add student"))
        self.add_button.clicked.connect(self._add_student)
        self.remove_button = QPushButton(self.tr("Remove student"))
        self.remove_button.clicked.connect(self._remove_student)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addLayout(buttons)
        self.add_field(form, "members", self.tr("Students (4 to 7)"), box)
        self.members.dataChanged.connect(lambda *_a: self.clear_error("members"))
        self.finish(form)

        self.name.setText(d.name)
        select_data(self.college, d.college_id)
        self.curator.setText(d.curator)
        self.curator_post.setText(d.curator_post)

    def set_error(self, name: str, message: str) -> None:
        super().set_error(name, message)
        if name == "members":  # a red border on the box would paint every cell red
            self.fields[name].setStyleSheet("")
            self.table.setStyleSheet("QTableView { border: 1px solid #b3261e; }")

    def clear_error(self, name: str) -> None:
        super().clear_error(name)
        if name == "members":
            self.table.setStyleSheet("")

    def _add_student(self) -> None:
        row = self.members.add_row()
        self.table.setCurrentIndex(self.members.index(row, 0))
        self.table.edit(self.members.index(row, 0))

    def _remove_student(self) -> None:
        self.members.remove_row(self.table.currentIndex().row())

    def read(self) -> TeamData:
        return replace(self.original, name=self.name.text().strip(),
                       college_id=self.college.currentData(),
                       curator=self.curator.text().strip(),
                       curator_post=self.curator_post.text().strip(),
                       members=self.members.members())

    def store(self, data: TeamData) -> TeamData:
        return self.services.ambassadors.save(data)
