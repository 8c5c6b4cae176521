"""The Contacts tab of the organization dialog: the people to call, their consent to the
processing of personal data (Federal Law 152-FZ), and the two rights the law gives them —
their data exported, or erased on request.

A mixin of ``OrganizationDialog``: ``self`` is the dialog (its services, its ``original``).
The strings keep the dialog's translation context, «OrganizationDialog», so the translations
stay found.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_date
from app.services.errors import ServiceError, ValidationError
from app.services.participants import ContactData
from app.services.validation import FieldError, parse_date
from app.views import dialogs

translate = QCoreApplication.translate


class ContactsTab:
    """Builds the contacts table and reads it back; ``self.contacts`` is the table."""

    def _contacts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(translate(
            "OrganizationDialog",
            "Contacts are personal data (Federal Law 152-FZ): record the person's consent "
            "to processing and its date."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.contacts = QTableWidget(0, 6)
        self.contacts.setHorizontalHeaderLabels([
            translate("OrganizationDialog", "Full name"), translate("OrganizationDialog", "Post"),
            translate("OrganizationDialog", "Phone"), translate("OrganizationDialog", "E-mail"),
            translate("OrganizationDialog", "Consent"),
            translate("OrganizationDialog", "Consent date"),
        ])
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self.contacts.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.contacts.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.contacts.verticalHeader().hide()
        layout.addWidget(self.contacts)
        row = QHBoxLayout()
        add = QPushButton(translate("OrganizationDialog", "Add contact"))
        add.clicked.connect(lambda: self._add_contact(ContactData(full_name="")))
        remove = QPushButton(translate("OrganizationDialog", "Remove contact"))
        remove.clicked.connect(self._remove_contact)
        export = QPushButton(translate("OrganizationDialog", "Export the person's data…"))
        export.clicked.connect(self._export_contact)
        erase = QPushButton(translate("OrganizationDialog", "Erase on request…"))
        erase.clicked.connect(self._erase_contact)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(export)
        row.addWidget(erase)
        layout.addLayout(row)
        return page

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

    def _selected_contact_id(self):
        row = self.contacts.currentRow()
        item = self.contacts.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selected_saved_contact(self):
        contact_id = self._selected_contact_id()
        if contact_id is None:
            dialogs.show_message(self, translate("OrganizationDialog", "Personal data"),
                                 translate("OrganizationDialog", "Select a saved contact first."))
        return contact_id

    def _export_contact(self) -> None:
        contact_id = self._selected_saved_contact()
        if contact_id is None:
            return
        name = dialogs.choose_save_file(
            self, translate("OrganizationDialog", "Export the person's data"),
            translate("OrganizationDialog", "personal-data.xlsx"), dialogs.excel_pattern())
        if not name:
            return
        try:
            self.services.personal_data.export_contact(contact_id, name)
        except (ServiceError, OSError) as exc:
            dialogs.show_message(self, translate("OrganizationDialog", "Personal data"), str(exc))

    def _erase_contact(self) -> None:
        contact_id = self._selected_saved_contact()
        if contact_id is None:
            return
        if not dialogs.confirm(self, translate("OrganizationDialog", "Erase personal data"),
                               translate("OrganizationDialog",
                                         "Erase this person's data for good, as they asked? "
                                         "This cannot be undone; the log will keep only the "
                                         "fact of the erasure.")):
            return
        try:
            self.services.participants.erase_contact(contact_id)
        except ServiceError as exc:
            dialogs.show_message(self, translate("OrganizationDialog", "Personal data"), str(exc))
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
