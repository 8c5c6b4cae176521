"""Accounts: the administrator adds people, resets passwords, disables accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.labels import error_label
from app.views.widgets.page_actions import PageToolbar

#: A new account starts with the fewest rights: more is an administrator's explicit choice.
LEAST_PRIVILEGED = Role.COUNCIL


def role_text(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Permissions", ROLE_LABELS[Role(role)])


class AccountsPage(QWidget):
    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self._loaded = False  # until the first reload the table is empty, not the list
        # accounts are disabled, never deleted (the audit log keeps their names); a new one
        # is typed into the form under the table, which «New account» opens
        self.toolbar = PageToolbar()
        self.add_action = self.toolbar.standard("add", self.new_account, self.tr("New account"))
        self.toggle_action = self.toolbar.extra(
            self.tr("Disable / enable the selected account"), self.toggle,
            "mdi6.account-cancel-outline")
        self.unlock_action = self.toolbar.extra(
            self.tr("Unlock the selected account"), self.unlock,
            "mdi6.lock-open-outline")
        self.refresh_action = self.toolbar.standard("refresh", self.reload)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(1, 260)
        self.table.setColumnWidth(2, 220)

        group = QGroupBox(self.tr("New account"))
        form = QFormLayout(group)
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_text(role), role.value)
        self.role.setCurrentIndex(self.role.findData(LEAST_PRIVILEGED.value))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.error)
        add = QPushButton(self.tr("Add account"))
        add.setDefault(True)
        add.clicked.connect(self.add)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.close_form)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(add)
        form_buttons.addWidget(cancel)
        form_buttons.addStretch(1)
        form.addRow("", form_buttons)
        self.new_group = group
        group.hide()  # opened by «New account»; the list is what the tab is for

        self.reset_button = QPushButton(self.tr("Set a new password…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setPlaceholderText(self.tr("new password"))
        password_row = QHBoxLayout()
        password_row.addWidget(self.new_password)
        password_row.addWidget(self.reset_button)
        password_row.addStretch(1)

        self.empty_state = EmptyState(
            self.table, self.table.model(), self.tr(
                "There are no accounts yet: the program opens without logging in. The first "
                "account must be an administrator's."),
            self.tr("Add the first account"), self.new_account,
            is_empty=lambda: self._loaded and self.table.rowCount() == 0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.empty_state, 1)
        layout.addLayout(password_row)
        layout.addWidget(group)
        self._users = []

    def reload(self) -> None:
        try:
            self._users = self.services.accounts.list_users()
        except ServiceError:
            self._users = []
        self._loaded = True
        self.table.setRowCount(len(self._users))
        for r, user in enumerate(self._users):
            state = self.state_text(user)
            for c, text in enumerate((user.username, user.full_name, role_text(user.role), state)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.empty_state.update_state()

    def state_text(self, user) -> str:
        parts = [self.tr("active") if user.active else self.tr("disabled")]
        if user.failed_logins:
            parts.append(self.tr("failed logins: {count}").format(
                count=user.failed_logins))
        if user.locked_until is not None:
            parts.append(self.tr("locked until {time}").format(
                time=user.locked_until.astimezone().strftime("%H:%M:%S")))  # ≤ 30 s away
        return ", ".join(parts)

    def new_account(self) -> None:
        """Start a new account: the form opens under the list, the cursor in its user name."""
        self.error.hide()
        self.new_group.show()
        if not self._users:  # the first account must be an administrator's
            self.role.setCurrentIndex(max(0, self.role.findData(Role.ADMIN.value)))
        self.username.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.username.selectAll()

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
        self.close_form()
        self.reload()

    def close_form(self) -> None:
        """The new-account form emptied and closed (after an account is added, or Cancel)."""
        for edit in (self.username, self.full_name, self.password):
            edit.clear()
        self.role.setCurrentIndex(self.role.findData(LEAST_PRIVILEGED.value))
        self.error.hide()
        self.new_group.hide()

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

    def unlock(self) -> None:
        """Let a locked-out person try again at once (the administrator's reset is audited)."""
        user = self._selected()
        if user is None:
            return
        try:
            self.services.accounts.unlock(user.id)
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
