"""Add or edit an organization: details, contacts, membership history.

Each field shows its own error under it, in Russian, as soon as the user leaves it; the
service checks everything again on save and its messages land under the same fields.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_date
from app.services import Services
from app.services.errors import ConflictError, NotFoundError, ServiceError, ValidationError
from app.services.governance_codes import DecisionSubject
from app.services.participants import (
    ContactData,
    LeaveKind,
    MemberRole,
    MembershipData,
    OrganizationData,
    role_label,
)
from app.services.validation import (
    FieldError,
    validate_email,
    validate_inn,
    validate_kpp,
    validate_ogrn,
)
from app.views import dialogs
from app.views.widgets.audit_table import AuditTableModel
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.labels import add_field_row, error_label
from app.views.widgets.wrapping_line import WrappingLineEdit

_LIVE_CHECKS = {"inn": validate_inn, "ogrn": validate_ogrn, "kpp": validate_kpp,
                "email": validate_email}


class OrganizationDialog(QDialog):
    def __init__(self, services: Services, data: OrganizationData | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data
        self.saved: OrganizationData | None = None
        self.setWindowTitle(self.tr("Edit organization") if data else self.tr("New organization"))
        dialogs.room_for_text(self, 940, 600)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}

        tabs = QTabWidget()
        tabs.addTab(self._details_tab(), self.tr("Organization"))
        tabs.addTab(self._contacts_tab(), self.tr("Contacts"))
        tabs.addTab(self._membership_tab(), self.tr("Membership in the cluster"))
        if data is not None and data.id is not None:
            tabs.addTab(self._history_tab(data), self.tr("Change history"))
        self.tabs = tabs

        self.general_error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._load(data or OrganizationData(full_name=""))

    # --- building ---
    def _line(self, form: QFormLayout, name: str, label: str, placeholder: str = "",
              wrap: bool = False) -> QLineEdit | WrappingLineEdit:
        edit = WrappingLineEdit() if wrap else QLineEdit()  # long names shown whole
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        error = add_field_row(form, label, edit)
        self.fields[name], self.errors[name] = edit, error
        if name in _LIVE_CHECKS:
            edit.editingFinished.connect(lambda n=name: self._live_check(n))
        edit.textEdited.connect(lambda _t, n=name: self._clear_error(n))
        return edit

    def _details_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._line(form, "full_name", self.tr("Full name *"), wrap=True)
        self._line(form, "short_name", self.tr("Short name"))
        self._line(form, "inn", self.tr("INN"), self.tr("10 digits, or 12 for an individual"))
        self._line(form, "ogrn", self.tr("OGRN"), self.tr("13 digits"))
        self._line(form, "kpp", self.tr("KPP"), self.tr("9 characters"))
        self._line(form, "address", self.tr("Address"), wrap=True)
        self._line(form, "region", self.tr("Region"))
        self._line(form, "phone", self.tr("Phone"))
        self._line(form, "email", self.tr("E-mail"))
        self._line(form, "website", self.tr("Website"))
        return page

    def _contacts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(self.tr(
            "Contacts are personal data (Federal Law 152-FZ): record the person's consent "
            "to processing and its date."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.contacts = QTableWidget(0, 6)
        self.contacts.setHorizontalHeaderLabels([
            self.tr("Full name"), self.tr("Post"), self.tr("Phone"), self.tr("E-mail"),
            self.tr("Consent"), self.tr("Consent date"),
        ])
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self.contacts.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.contacts.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.contacts.verticalHeader().hide()
        layout.addWidget(self.contacts)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add contact"))
        add.clicked.connect(lambda: self._add_contact(ContactData(full_name="")))
        remove = QPushButton(self.tr("Remove contact"))
        remove.clicked.connect(self._remove_contact)
        export = QPushButton(self.tr("Export the person's data…"))
        export.clicked.connect(self._export_contact)
        erase = QPushButton(self.tr("Erase on request…"))
        erase.clicked.connect(self._erase_contact)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(export)
        row.addWidget(erase)
        layout.addLayout(row)
        return page

    def _membership_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history = QTableWidget(0, 6)
        self.history.setHorizontalHeaderLabels([
            self.tr("Role"), self.tr("Joined"), self.tr("Agreement no."),
            self.tr("Agreement date"), self.tr("Left"), self.tr("Reason for leaving"),
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
        layout.addWidget(QLabel(self.tr("Membership history")))
        layout.addWidget(self.history, 1)

        group = QGroupBox(self.tr("Selected membership"))
        form = QFormLayout(group)
        self.m_role = QComboBox()
        for role in MemberRole:
            self.m_role.addItem(role_label(role), role.value)
        self.m_joined = OptionalDateEdit()
        self.m_agreement_no = QLineEdit()
        self.m_agreement_date = OptionalDateEdit()
        self.m_recipient = QCheckBox(self.tr("Grant recipient"))
        self.m_left = OptionalDateEdit()
        self.m_leave_kind = QComboBox()
        for kind, text in ((LeaveKind.UNSPECIFIED, self.tr("— not said —")),
                           (LeaveKind.WITHDRAWAL, self.tr("Withdrew of its own will")),
                           (LeaveKind.EXCLUSION, self.tr("Excluded by the council"))):
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
        self.m_reason.setPlaceholderText(self.tr("e.g. council decision, protocol no. and date"))
        form.addRow(self.tr("Role"), self.m_role)
        form.addRow(self.tr("Joined"), self.m_joined)
        form.addRow(self.tr("Agreement no."), self.m_agreement_no)
        form.addRow(self.tr("Agreement date"), self.m_agreement_date)
        form.addRow("", self.m_recipient)
        form.addRow(self.tr("Left"), self.m_left)
        form.addRow(self.tr("How left"), self.m_leave_kind)
        form.addRow(self.tr("Council decision"), decision_box)
        self.decision_row = decision_box
        form.addRow(self.tr("Reason for leaving"), self.m_reason)
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

        add = QPushButton(self.tr("New membership"))
        add.clicked.connect(self._new_membership)
        layout.addWidget(add, alignment=Qt.AlignmentFlag.AlignLeft)
        return page

    # --- loading and reading ---
    def _load(self, data: OrganizationData) -> None:
        for name, edit in self.fields.items():
            edit.setText(getattr(data, name) or "")
            edit.setCursorPosition(0)  # show the start of a long name, not its end
        for contact in data.contacts:
            self._add_contact(contact)
        self.memberships: list[MembershipData] = [replace(m) for m in data.memberships]
        self._fill_history()
        if self.memberships:
            self.history.selectRow(len(self.memberships) - 1)
            self._show_membership(len(self.memberships) - 1)
        else:
            self.membership_form.setEnabled(False)

    def _add_contact(self, c: ContactData) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for col, value in enumerate((c.full_name, c.post, c.phone, c.email)):
            item = QTableWidgetItem(value)
            if col == 0:
                item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.contacts.setItem(row, col, item)
        consent = QTableWidgetItem()
        consent.setFlags(consent.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        consent.setCheckState(Qt.CheckState.Checked if c.consent_given else Qt.CheckState.Unchecked)
        self.contacts.setItem(row, 4, consent)
        self.contacts.setItem(row, 5, QTableWidgetItem(format_date(c.consent_date)))

    def _history_tab(self, data: OrganizationData) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.history_model = AuditTableModel(page)
        ids = [data.id] + [c.id for c in data.contacts] + [m.id for m in data.memberships]
        try:
            self.history_model.set_rows(list(reversed(self.services.audit.history(ids))))
        except ServiceError:
            pass  # a role without the right simply sees an empty history
        view = QTableView()
        view.setModel(self.history_model)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setStretchLastSection(True)
        dialogs.column_widths(view.horizontalHeader(),
                              dict(enumerate((60, 130, 90, 100, 170))))
        layout.addWidget(view)
        return page

    def _selected_contact_id(self):
        row = self.contacts.currentRow()
        item = self.contacts.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selected_saved_contact(self):
        contact_id = self._selected_contact_id()
        if contact_id is None:
            dialogs.show_message(self, self.tr("Personal data"), self.tr(
                "Select a saved contact first."))
        return contact_id

    def _export_contact(self) -> None:
        contact_id = self._selected_saved_contact()
        if contact_id is None:
            return
        name = dialogs.choose_save_file(self, self.tr("Export the person's data"),
                                        self.tr("personal-data.xlsx"), dialogs.excel_pattern())
        if not name:
            return
        try:
            self.services.personal_data.export_contact(contact_id, name)
        except (ServiceError, OSError) as exc:
            dialogs.show_message(self, self.tr("Personal data"), str(exc))

    def _erase_contact(self) -> None:
        contact_id = self._selected_saved_contact()
        if contact_id is None:
            return
        if not dialogs.confirm(self, self.tr("Erase personal data"), self.tr(
                "Erase this person's data for good, as they asked? This cannot be undone; "
                "the log will keep only the fact of the erasure.")):
            return
        try:
            self.services.participants.erase_contact(contact_id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Personal data"), str(exc))
            return
        self.contacts.removeRow(self.contacts.currentRow())
        # the organization's version moved: continue editing on the fresh copy
        fresh = self.services.participants.get(self.original.id)
        self.original = replace(self.original, version=fresh.version,
                                contacts=fresh.contacts)

    def _remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)

    def _read_contacts(self) -> list[ContactData]:
        from app.services.validation import parse_date

        out = []
        for row in range(self.contacts.rowCount()):
            def text(col, row=row):
                item = self.contacts.item(row, col)
                return item.text().strip() if item else ""
            if not any(text(c) for c in range(4)):
                continue
            try:
                consent_date = parse_date(text(5))
            except FieldError as exc:
                raise ValidationError({f"contacts[{row}].consent_date": str(exc)}) from exc
            out.append(ContactData(
                full_name=text(0), post=text(1), phone=text(2), email=text(3),
                consent_given=self.contacts.item(row, 4).checkState() == Qt.CheckState.Checked,
                consent_date=consent_date,
                id=self.contacts.item(row, 0).data(Qt.ItemDataRole.UserRole),
            ))
        return out

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
        from datetime import date

        self.memberships.append(MembershipData(role=MemberRole.COLLEGE.value, joined_on=date.today()))
        self._fill_history()
        self.history.selectRow(len(self.memberships) - 1)
        self._show_membership(len(self.memberships) - 1)

    # --- how a membership ended: an exclusion needs the council's decision ---
    def _fill_decisions(self) -> None:
        """The council's decisions to exclude this organization (none for a new one)."""
        self.m_decision.addItem(self.tr("— choose the council's decision —"), None)
        self.exclusion_decisions = []
        org_id = self.original.id if self.original is not None else None
        if org_id is not None:
            try:
                self.exclusion_decisions = self.services.governance.decisions(
                    subject_kind=DecisionSubject.EXCLUDE.value, organization_id=org_id)
            except ServiceError:
                pass  # a role that cannot read the councils sees the empty choice
        for d in self.exclusion_decisions:
            self.m_decision.addItem(self.tr("{council}, protocol No. {number} of {date}")
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
                self.m_reason.setText(self.tr(
                    "Excluded by the decision of the council, protocol No. {number} of "
                    "{date}").format(number=decision.meeting_number,
                                     date=format_date(decision.held_on)))
            self._loading_membership = False
        self._store_membership()

    def data(self) -> OrganizationData:
        base = self.original or OrganizationData(full_name="")
        values = {name: edit.text().strip() for name, edit in self.fields.items()}
        return replace(base, **values, contacts=self._read_contacts(),
                       memberships=[replace(m) for m in self.memberships])

    # --- errors ---
    def _live_check(self, name: str) -> None:
        try:
            _LIVE_CHECKS[name](self.fields[name].text())
        except FieldError as exc:
            self._set_error(name, str(exc))
        else:
            self._clear_error(name)

    def _set_error(self, name: str, message: str) -> None:
        self.errors[name].setText(message)
        self.errors[name].show()
        self.fields[name].setStyleSheet("border: 1px solid #b3261e;")

    def _clear_error(self, name: str) -> None:
        self.errors[name].hide()
        self.fields[name].setStyleSheet("")

    def show_errors(self, errors: dict[str, str]) -> None:
        other = []
        for key, message in errors.items():
            if key in self.fields:
                self._set_error(key, message)
            elif key.endswith(".exclusion_decision_id"):
                row = int(key[len("memberships["):key.index("]")])
                self.tabs.setCurrentIndex(2)
                self.history.selectRow(row)
                self._show_membership(row)
                self.m_decision_error.setText(message)
                self.m_decision_error.show()
            elif key.startswith("memberships"):
                self.membership_error.setText(message)
                self.membership_error.show()
                self.tabs.setCurrentIndex(2)
            else:
                other.append(message)
        if any(k in self.fields for k in errors):
            self.tabs.setCurrentIndex(0)
        self.general_error.setText("\n".join(other))
        self.general_error.setVisible(bool(other))

    def has_errors(self) -> bool:
        return any(not label.isHidden() for label in self.errors.values())

    # --- saving ---
    def save(self) -> None:
        for name in _LIVE_CHECKS:
            self._live_check(name)
        self.membership_error.hide()
        self.general_error.hide()
        if self.has_errors():
            self.tabs.setCurrentIndex(0)
            return  # a bad INN blocks saving
        try:
            data = self.data()
            if data.id is None:
                self.saved = self.services.participants.create(data)
            else:
                self.saved = self.services.participants.update(data)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except (ConflictError, NotFoundError) as exc:
            dialogs.show_message(self, self.tr("Not saved"), str(exc))
            return
        self.accept()
