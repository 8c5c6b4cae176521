"""A new plan (from the template, a copy of another plan, or empty), the council's approval
of a plan, and the list of its revisions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_datetime
from app.services import Services
from app.services.event_codes import PlanKind, plan_kind_label
from app.services.event_data import PlanData, RevisionData
from app.views import dialogs
from app.views.widgets.colours import MUTED
from app.views.widgets.decision_combo import DecisionCombo
from app.views.widgets.form_dialog import FormDialog
from app.views.widgets.labels import plan_name
from app.views.widgets.rows_model import RowsTableModel


class NewPlanDialog(FormDialog):
    def __init__(self, services: Services, plans: list[PlanData], year: int | None = None,
                 parent=None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("New plan"))
        dialogs.room_for_text(self, 560)
        form = self.new_form()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year or date.today().year)
        self.year.setMaximumWidth(100)
        self.add_field(form, "year", self.tr("Year *"), self.year)
        self.kind = QComboBox()
        for kind in PlanKind:
            self.kind.addItem(plan_kind_label(kind), kind.value)
        self.add_field(form, "kind", self.tr("Kind of plan *"), self.kind)

        sources = QWidget()
        column = QVBoxLayout(sources)
        column.setContentsMargins(0, 0, 0, 0)
        self.from_template = QRadioButton(self.tr("From the template: the standard events "
                                                  "of this kind of plan"))
        self.from_copy = QRadioButton(self.tr("A copy of another plan (moved to this year)"))
        self.copy_of = QComboBox()
        for plan in plans:
            self.copy_of.addItem(plan_name(plan), plan.id)
        self.empty = QRadioButton(self.tr("Empty"))
        self.source = QButtonGroup(self)
        for button in (self.from_template, self.from_copy, self.empty):
            self.source.addButton(button)
            column.addWidget(button)
            if button is self.from_copy:
                column.addWidget(self.copy_of)
        self.from_template.setChecked(True)
        self.from_copy.setEnabled(bool(plans))
        self.copy_of.setEnabled(False)
        self.from_copy.toggled.connect(self.copy_of.setEnabled)
        self.add_field(form, "source", self.tr("Start from"), sources)
        note = QLabel(self.tr("A copy takes the events and their dates, not their results."))
        note.setStyleSheet(MUTED)
        form.addRow("", note)
        self.finish(form)

    def source_code(self) -> str:
        if self.from_copy.isChecked():
            return "copy"
        return "empty" if self.empty.isChecked() else "template"

    def read(self) -> dict:
        source = self.source_code()
        return dict(year=self.year.value(), kind=self.kind.currentData(), source=source,
                    copy_from=self.copy_of.currentData() if source == "copy" else None)

    def store(self, data: dict) -> PlanData:
        return self.services.events.create_plan(data["year"], data["kind"],
                                                source=data["source"],
                                                copy_from=data["copy_from"])


class ApproveDialog(FormDialog):
    def __init__(self, services: Services, plan: PlanData, parent=None):
        super().__init__(parent)
        self.services = services
        self.plan = plan
        self.setWindowTitle(self.tr("Approve the plan"))
        dialogs.room_for_text(self, 600)
        heading = QLabel(plan.title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        form = self.new_form()
        self.decision = self.add_field(form, "decision_id", self.tr("Council's decision *"),
                                       DecisionCombo(services.events.approval_decisions(
                                           plan.id)))
        note = QLabel(self.tr("Once approved, the plan is locked: every change to what it says "
                              "needs a reason and is recorded as a numbered revision."))
        note.setWordWrap(True)
        note.setStyleSheet(MUTED)
        self.save_button.setText(self.tr("Approve"))
        self.finish(heading, form, note)

    def read(self):
        return self.decision.value()

    def store(self, decision_id) -> PlanData:
        return self.services.events.approve(self.plan.id, decision_id)


class RevisionsModel(RowsTableModel):
    COLUMNS = ("number", "made_at", "username", "what", "why")

    def __init__(self, rows: list[RevisionData], parent=None):
        super().__init__(parent)
        self._rows = list(rows)
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self._headers = (self.tr("No."), self.tr("When"), self.tr("Who"), self.tr("What changed"),
                         self.tr("Why"))

    def _sorted(self, rows):
        name = self.COLUMNS[self._sort[0]]
        return sorted(rows, key=lambda r: (str(getattr(r, name)).casefold()
                                           if name in ("username", "what", "why")
                                           else getattr(r, name)),
                      reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        name = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if name == "made_at":
                return format_datetime(row.made_at.astimezone())
            return str(getattr(row, name))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class RevisionsDialog(QDialog):
    def __init__(self, plan: PlanData, rows: list[RevisionData], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revisions of the plan"))
        self.resize(1000, 520)
        heading = QLabel(plan.title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        self.model = RevisionsModel(rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        dialogs.column_widths(self.table.horizontalHeader(),
                              dict(enumerate((50, 125, 110, 420))))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        empty = QLabel(self.tr("No revisions: the plan is as it was approved."))
        empty.setStyleSheet(MUTED)
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
