"""The login dialog shown when the database has accounts."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app import APP_NAME, paths
from app.services.accounts import AuthenticationError, LoginDelayed, authenticate
from app.services.errors import ServiceError
from app.services.permissions import Actor
from app.views import dialogs
from app.views.widgets.labels import error_label


class LoginCancelled(ServiceError):
    """The user closed the login dialog."""


class LoginDialog(QDialog):
    def __init__(self, store, username: str = "", parent=None):
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("{app}: log in").format(app=APP_NAME))
        dialogs.room_for_text(self, 420)
        # who the program is, not where its file lies (Settings → General says that)
        where = QLabel(self.tr("Enter your user name and password."))
        where.setWordWrap(True)
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Log in"))
        # after too many failures the service refuses for a while; the dialog waits on a
        # timer (never sleeps) and offers the button again when the wait is over
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self._wait_over)
        self.username.textEdited.connect(self._wait_over)  # the wait is the account's
        layout = QVBoxLayout(self)
        layout.addLayout(self._brand())
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def _brand(self) -> QHBoxLayout:
        """The program's mark and name above the form: people know where they log in."""
        mark = QLabel()
        mark.setPixmap(QPixmap(str(paths.RESOURCES / "icons" / "clusterdesk-64.png")))
        mark.setFixedSize(64, 64)
        name = QLabel(APP_NAME)
        name.setStyleSheet("font-size: 17pt; font-weight: 600; color: #1f5f99;")
        what = QLabel(self.tr("The office of an educational and industrial cluster "
                              "«Professionalitet»"))
        what.setWordWrap(True)
        what.setStyleSheet("color: #4a5a68;")
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(name)
        words.addWidget(what)
        brand = QHBoxLayout()
        brand.setSpacing(12)
        brand.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        brand.addLayout(words, 1)
        brand.setContentsMargins(0, 0, 0, 8)
        return brand

    def try_login(self) -> None:
        try:
            self.actor = authenticate(self.store, self.username.text(), self.password.text())
        except AuthenticationError as exc:
            if isinstance(exc, LoginDelayed):
                self.ok_button.setEnabled(False)
                self.retry_timer.start(exc.seconds * 1000)
            self.error.setText(str(exc))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def _wait_over(self) -> None:
        self.retry_timer.stop()
        self.ok_button.setEnabled(True)
        self.error.hide()


def gui_login(store, args) -> Actor:
    """Ask who is working.  CLUSTERDESK_USER and CLUSTERDESK_PASSWORD, when both are set,
    log in without a dialog (scripts, screenshots)."""
    username = args.user or os.environ.get("CLUSTERDESK_USER", "")
    password = os.environ.get("CLUSTERDESK_PASSWORD")
    if username and password is not None:
        return authenticate(store, username, password)
    dialog = LoginDialog(store, username)
    if dialog.exec() and dialog.actor is not None:
        return dialog.actor
    raise LoginCancelled(QCoreApplication.translate("LoginDialog", "Login cancelled."))
