"""Ambassador teams («Амбассадоры Профессионалитета»): name, college, curator, how many
students and how many events each ran; add, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QVBoxLayout,
)

from app.services import Services
from app.services.ambassadors import TeamData
from app.services.errors import ServiceError
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.events.team_dialog import TeamDialog
from app.views.widgets.colours import MUTED
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.filling_table import FillingTableView
from app.views.widgets.loader import Loader
from app.views.widgets.page import PagePart
from app.views.widgets.page_actions import PageToolbar
from app.views.widgets.rows_model import RowsTableModel, fold

_WIDTHS = (260, 140, 280, 90, 110)
_NUMBERS = (3, 4)  # as wide as their headers («Провела мероприятий»)


class TeamsModel(RowsTableModel):
    COLUMNS = ("name", "college", "curator", "students", "events")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[TeamData] = []
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._headers = (self.tr("Team"), self.tr("College"), self.tr("Curator"),
                         self.tr("Students"), self.tr("Events run"))

    def set_rows(self, rows: list[TeamData]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    def _sorted(self, rows):
        name = self.COLUMNS[self._sort[0]]

        def key(t: TeamData):
            if name == "students":
                return len(t.members)
            if name == "events":
                return t.events
            return fold(getattr(t, name) or "")
        return sorted(rows, key=key, reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        team = self._rows[index.row()]
        name = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "students":
                return str(len(team.members))
            if name == "events":
                return str(team.events)
            if name == "curator" and team.curator_post:
                return f"{team.curator}, {team.curator_post}"
            return getattr(team, name)
        if role == Qt.ItemDataRole.UserRole:
            return team.id
        if role == Qt.ItemDataRole.ToolTipRole and name == "name":
            return "\n".join(f"{m.full_name} ({m.study_group})" if m.study_group
                             else m.full_name for m in team.members)
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("students", "events"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def team_at(self, row: int) -> TeamData | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, team_id) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == team_id), -1)


class AmbassadorsTab(PagePart):
    teams_changed = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, writable: bool, parent=None):
        super().__init__(services, tasks, parent)
        self.model = TeamsModel(self)
        self.loader = Loader(tasks, self._prepare, self._arrived, self._failed)
        self._select_after = None

        # the section's row shows this toolbar on this tab: Ctrl+N and Del are the team's here
        self.toolbar = PageToolbar()
        self.add_action = self.toolbar.standard("add", self.add, self.tr("Add team"))
        self.edit_action = self.toolbar.standard("edit", self.edit, self.tr("Edit team"))
        self.delete_action = self.toolbar.standard("delete", self.delete, self.tr("Delete team"))
        for action in (self.add_action, self.edit_action, self.delete_action):
            action.setVisible(writable)
        note = QLabel(self.tr("A team is 4 to 7 students of a college and a teacher curator. "
                              "Hover over a team's name to see its students."))
        note.setStyleSheet(MUTED)
        note.setWordWrap(True)  # a long line would set the window's least width

        self.table = FillingTableView(0)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        bold = self.table.horizontalHeader().font()
        bold.setBold(True)
        widths = list(_WIDTHS)
        for column in _NUMBERS:
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            widths[column] = max(widths[column], QFontMetrics(bold).horizontalAdvance(title) + 28)
        self.table.set_widths(widths)
        if writable:
            self.table.doubleClicked.connect(lambda _index: self.edit())
        self.empty_state = EmptyState(
            self.table, self.model, self.tr("There are no ambassador teams yet."),
            self.tr("Add the first team") if writable else None, self.add)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(note)
        layout.addWidget(self.empty_state, 1)

    # --- loading ---
    def reload(self) -> None:
        self.loader.run()

    def _prepare(self):
        return self.services.ambassadors.teams

    def _arrived(self, rows: list[TeamData]) -> None:
        keep = self._select_after or self.selected_id()
        self._select_after = None
        self.model.set_rows(rows)
        row = self.model.row_of(keep)
        if row >= 0:
            self.table.selectRow(row)

    def _failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Ambassadors"), str(exc))

    # --- actions ---
    def selected_id(self):
        team = self.model.team_at(self.table.currentIndex().row())
        return team.id if team else None

    def open_dialog(self, data: TeamData | None) -> TeamDialog:
        """Make the dialog (tests drive it directly; ``add``/``edit`` show it modally)."""
        return TeamDialog(self.services, data, self)

    def add(self) -> None:
        dialog = self.open_dialog(None)
        self.run_dialog(dialog, self.after_save)

    def edit(self) -> None:
        team_id = self.selected_id()
        if team_id is None:
            return
        try:
            data = self.services.ambassadors.team(team_id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Ambassadors"), str(exc))
            self.reload()
            return
        dialog = self.open_dialog(data)
        self.run_dialog(dialog, self.after_save)

    def after_save(self, team: TeamData) -> None:
        self.status.emit(self.tr("Saved: {name}").format(name=team.name))
        self._select_after = team.id
        self.reload()
        self.teams_changed.emit()

    def delete(self) -> None:
        team = self.model.team_at(self.table.currentIndex().row())
        if team is None:
            return
        if not dialogs.confirm(self, self.tr("Delete team"), self.tr(
                "Delete the team «{name}»? Its events stay, no longer linked to it.").format(
                name=team.name)):
            return
        try:
            self.services.ambassadors.delete(team.id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not deleted"), str(exc))
            return
        self.status.emit(self.tr("Deleted: {name}").format(name=team.name))
        self.reload()
        self.teams_changed.emit()
