"""Add or edit an organization: details, contacts, membership history.

Each field shows its own error under it, in Russian, as soon as the user leaves it; the
service checks everything again on save and its messages land under the same fields.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.errors import ConflictError, NotFoundError, ServiceError, ValidationError
from app.services.participants import MembershipData, OrganizationData
from app.services.validation import (
    FieldError,
    validate_email,
    validate_inn,
    validate_kpp,
    validate_ogrn,
)
from app.views import dialogs
from app.views.participants.contacts_tab import ContactsTab
from app.views.participants.membership_tab import MembershipTab
from app.views.widgets.audit_table import AuditTableModel
from app.views.widgets.labels import add_field_row, error_label
from app.views.widgets.wrapping_line import WrappingLineEdit

_LIVE_CHECKS = {"inn": validate_inn, "ogrn": validate_ogrn, "kpp": validate_kpp,
                "email": validate_email}


class OrganizationDialog(ContactsTab, MembershipTab, QDialog):
    """The details tab, the change history, loading, errors and saving; the Contacts and the
    Membership tabs are built and read by their mixins (contacts_tab.py, membership_tab.py)."""

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
