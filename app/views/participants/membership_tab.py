"""The «Membership in the cluster» tab of the organization dialog: the history of the
organization's memberships, the one chosen edited below it, and how it ended — an exclusion
names the council's decision, which gives the date and the reason.

A mixin of ``OrganizationDialog``: ``self`` is the dialog (its services, its ``original``,
``memberships`` set by its ``_load``).  The strings keep the dialog's translation context,
«OrganizationDialog», so the translations stay found.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_date
from app.services.errors import ServiceError
from app.services.governance_codes import DecisionSubject
from app.services.participants import LeaveKind, MemberRole, MembershipData, role_label
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.labels import error_label

translate = QCoreApplication.translate


class MembershipTab:
    """Builds the tab; keeps ``self.memberships`` and the history table in step with the form."""

    def _membership_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history = QTableWidget(0, 6)
        self.history.setHorizontalHeaderLabels([
            translate("OrganizationDialog", "Role"), translate("OrganizationDialog", "Joined"),
            translate("OrganizationDialog", "Agreement no."),
            translate("OrganizationDialog", "Agreement date"),
            translate("OrganizationDialog", "Left"),
            translate("OrganizationDialog", "Reason for leaving"),
        ])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # a few rows: cheap, and no cut headers; no column stretched, for a stretched one
        # is squeezed below its heading when the others take the width (the table scrolls)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.history.verticalHeader().hide()
        self.history.currentCellChanged.connect(lambda row, *_: self._show_membership(row))
        layout.addWidget(QLabel(translate("OrganizationDialog", "Membership history")))
        layout.addWidget(self.history, 1)

        group = QGroupBox(translate("OrganizationDialog", "Selected membership"))
        form = QFormLayout(group)
        self.m_role = QComboBox()
        for role in MemberRole:
            self.m_role.addItem(role_label(role), role.value)
        self.m_joined = OptionalDateEdit()
        self.m_agreement_no = QLineEdit()
        self.m_agreement_date = OptionalDateEdit()
        self.m_recipient = QCheckBox(translate("OrganizationDialog", "Grant recipient"))
        self.m_left = OptionalDateEdit()
        self.m_leave_kind = QComboBox()
        for kind, text in (
                (LeaveKind.UNSPECIFIED, translate("OrganizationDialog", "— not said —")),
                (LeaveKind.WITHDRAWAL,
                 translate("OrganizationDialog", "Withdrew of its own will")),
                (LeaveKind.EXCLUSION, translate("OrganizationDialog", "Excluded by the council"))):
            self.m_leave_kind.addItem(text, kind.value)
        self.m_decision = QComboBox()
        self.m_decision.setMinimumWidth(420)
        self._fill_decisions()
        self.m_decision_error = error_label()
        decision_box = QWidget()
        decision_column = QVBoxLayout(decision_box)
        decision_column.setContentsMargins(0, 0, 0, 0)
        decision_column.setSpacing(2)
        decision_column.addWidget(self.m_decision)
        decision_column.addWidget(self.m_decision_error)
        self.m_reason = QLineEdit()
        self.m_reason.setPlaceholderText(translate(
            "OrganizationDialog", "e.g. council decision, protocol no. and date"))
        form.addRow(translate("OrganizationDialog", "Role"), self.m_role)
        form.addRow(translate("OrganizationDialog", "Joined"), self.m_joined)
        form.addRow(translate("OrganizationDialog", "Agreement no."), self.m_agreement_no)
        form.addRow(translate("OrganizationDialog", "Agreement date"), self.m_agreement_date)
        form.addRow("", self.m_recipient)
        form.addRow(translate("OrganizationDialog", "Left"), self.m_left)
        form.addRow(translate("OrganizationDialog", "How left"), self.m_leave_kind)
        form.addRow(translate("OrganizationDialog", "Council decision"), decision_box)
        self.decision_row = decision_box
        form.addRow(translate("OrganizationDialog", "Reason for leaving"), self.m_reason)
        self.membership_layout = form
        self.m_role.currentIndexChanged.connect(self._store_membership)
        for date_edit in (self.m_joined, self.m_agreement_date, self.m_left):
            date_edit.dateChanged.connect(self._store_membership)
        self.m_recipient.toggled.connect(self._store_membership)
        self.m_leave_kind.currentIndexChanged.connect(self._leave_kind_changed)
        self.m_decision.currentIndexChanged.connect(self._decision_chosen)
        for line in (self.m_agreement_no, self.m_reason):
            line.textEdited.connect(self._store_membership)
        self.membership_error = error_label()
        form.addRow("", self.membership_error)
        self.membership_form = group
        layout.addWidget(group)

        add = QPushButton(translate("OrganizationDialog", "New membership"))
        add.clicked.connect(self._new_membership)
        layout.addWidget(add, alignment=Qt.AlignmentFlag.AlignLeft)
        return page

    def _fill_history(self) -> None:
        self.history.setRowCount(len(self.memberships))
        for row, m in enumerate(self.memberships):
            values = (role_label(m.role), format_date(m.joined_on), m.agreement_no,
                      format_date(m.agreement_date), format_date(m.left_on), m.leave_reason)
            for col, value in enumerate(values):
                self.history.setItem(row, col, QTableWidgetItem(value))

    def _show_membership(self, row: int) -> None:
        if not 0 <= row < len(self.memberships):
            return
        m = self.memberships[row]
        self._loading_membership = True
        self.m_role.setCurrentIndex(max(0, self.m_role.findData(m.role)))
        self.m_joined.set_value(m.joined_on)
        self.m_agreement_no.setText(m.agreement_no)
        self.m_agreement_date.set_value(m.agreement_date)
        self.m_recipient.setChecked(m.is_grant_recipient)
        self.m_left.set_value(m.left_on)
        self.m_leave_kind.setCurrentIndex(max(0, self.m_leave_kind.findData(m.leave_kind)))
        self._select_decision(m.exclusion_decision_id)
        self.m_reason.setText(m.leave_reason)
        self.m_decision_error.hide()
        self._show_decision_row()
        self._loading_membership = False
        self.membership_form.setEnabled(True)

    def _store_membership(self, *_args) -> None:
        row = self.history.currentRow()
        if getattr(self, "_loading_membership", False) or not 0 <= row < len(self.memberships):
            return
        m = self.memberships[row]
        m.role = self.m_role.currentData()
        m.joined_on, m.agreement_no = self.m_joined.value(), self.m_agreement_no.text().strip()
        m.agreement_date, m.is_grant_recipient = self.m_agreement_date.value(), self.m_recipient.isChecked()
        m.left_on, m.leave_reason = self.m_left.value(), self.m_reason.text().strip()
        m.leave_kind = self.m_leave_kind.currentData()
        m.exclusion_decision_id = (self.m_decision.currentData()
                                   if m.leave_kind == LeaveKind.EXCLUSION else None)
        self._fill_history()
        self.history.selectRow(row)

    def _new_membership(self) -> None:
        self.memberships.append(MembershipData(role=MemberRole.COLLEGE.value, joined_on=date.today()))
        self._fill_history()
        self.history.selectRow(len(self.memberships) - 1)
        self._show_membership(len(self.memberships) - 1)

    # --- how a membership ended: an exclusion needs the council's decision ---
    def _fill_decisions(self) -> None:
        """The council's decisions to exclude this organization (none for a new one)."""
        self.m_decision.addItem(
            translate("OrganizationDialog", "— choose the council's decision —"), None)
        self.exclusion_decisions = []
        org_id = self.original.id if self.original is not None else None
        if org_id is not None:
            try:
                self.exclusion_decisions = self.services.governance.decisions(
                    subject_kind=DecisionSubject.EXCLUDE.value, organization_id=org_id)
            except ServiceError:
                pass  # a role that cannot read the councils sees the empty choice
        for d in self.exclusion_decisions:
            self.m_decision.addItem(
                translate("OrganizationDialog", "{council}, protocol No. {number} of {date}")
                .format(council=d.council, number=d.meeting_number,
                        date=format_date(d.held_on)), d.id)
            self.m_decision.setItemData(self.m_decision.count() - 1, d.text,
                                        Qt.ItemDataRole.ToolTipRole)

    def _select_decision(self, decision_id) -> None:
        index = next((i for i in range(self.m_decision.count())
                      if self.m_decision.itemData(i) == decision_id), 0)
        self.m_decision.setCurrentIndex(index)

    def _show_decision_row(self) -> None:
        excluded = self.m_leave_kind.currentData() == LeaveKind.EXCLUSION
        self.membership_layout.setRowVisible(self.decision_row, excluded)

    def _leave_kind_changed(self, *_args) -> None:
        self._show_decision_row()
        self.m_decision_error.hide()
        self._store_membership()

    def _decision_chosen(self, *_args) -> None:
        if getattr(self, "_loading_membership", False):
            return
        self.m_decision_error.hide()
        decision = next((d for d in self.exclusion_decisions
                         if d.id == self.m_decision.currentData()), None)
        if decision is not None:  # the decision gives the date and the reason
            self._loading_membership = True
            if self.m_left.value() is None:
                self.m_left.set_value(decision.held_on)
            if not self.m_reason.text().strip():
                self.m_reason.setText(translate(
                    "OrganizationDialog",
                    "Excluded by the decision of the council, protocol No. {number} of "
                    "{date}").format(number=decision.meeting_number,
                                     date=format_date(decision.held_on)))
            self._loading_membership = False
        self._store_membership()
