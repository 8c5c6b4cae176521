"""Accounts: the administrator adds people, resets passwords, disables accounts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.errors import ServiceError, ValidationError
from app.services.permissions import ROLE_LABELS, Role
from app.views import dialogs
from app.views.widgets.labels import error_label


def role_text(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Permissions", ROLE_LABELS[Role(role)])


class AccountsPage(QWidget):
    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(1, 300)
        self.table.setColumnWidth(2, 260)

        group = QGroupBox(self.tr("New account"))
        form = QFormLayout(group)
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_text(role), role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.error)
        add = QPushButton(self.tr("Add account"))
        add.clicked.connect(self.add)
        form.addRow("", add)

        self.toggle_button = QPushButton(self.tr("Disable / enable the selected account"))
        self.toggle_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(self.tr("Set a new password…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setPlaceholderText(self.tr("new password"))
        row = QHBoxLayout()
        row.addWidget(self.toggle_button)
        row.addStretch(1)
        password_row = QHBoxLayout()
        password_row.addWidget(self.new_password)
        password_row.addWidget(self.reset_button)
        password_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(password_row)
        layout.addWidget(group)
        self._users = []

    def reload(self) -> None:
        try:
            self._users = self.services.accounts.list_users()
        except ServiceError:
            self._users = []
        self.table.setRowCount(len(self._users))
        for r, user in enumerate(self._users):
            state = self.tr("active") if user.active else self.tr("disabled")
            for c, text in enumerate((user.username, user.full_name, role_text(user.role), state)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def add(self) -> None:
        self.error.hide()
        try:
            self.services.accounts.create_user(self.username.text(), self.full_name.text(),
                                               self.role.currentData(), self.password.text())
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            self.error.show()
            return
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Accounts"), str(exc))
            return
        for edit in (self.username, self.full_name, self.password):
            edit.clear()
        self.reload()

    def _selected(self):
        r = self.table.currentRow()
        return self._users[r] if 0 <= r < len(self._users) else None

    def toggle(self) -> None:
        user = self._selected()
        if user is None:
            return
        try:
            self.services.accounts.set_active(user.id, not user.active)
        except ValidationError as exc:
            dialogs.show_message(self, self.tr("Accounts"), "\n".join(exc.errors.values()))
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Accounts"), str(exc))
        self.reload()

    def reset_password(self) -> None:
        user = self._selected()
        if user is None:
            return
        try:
            self.services.accounts.set_password(user.id, self.new_password.text())
        except ValidationError as exc:
            dialogs.show_message(self, self.tr("Accounts"), "\n".join(exc.errors.values()))
            return
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Accounts"), str(exc))
            return
        self.new_password.clear()
        dialogs.show_message(self, self.tr("Accounts"),
                             self.tr("The password of {user} was changed.").format(
                                 user=user.username), warning=False)
