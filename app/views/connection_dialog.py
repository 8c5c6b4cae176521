"""«Подключение к базе…»: which database this computer opens, chosen by its parts.

A file on this computer (the default one in the user's data folder, or another chosen with
«Обзор…»), or a shared PostgreSQL server: server, port, database, account, password.
«Проверить» tries the connection in the background; «Сохранить» stores the choice for the
next start. No URL and no command-line option is shown to the user."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.services import connection
from app.services.errors import ServiceError
from app.settings import DATABASE_URL, Settings
from app.views import dialogs
from app.views.widgets.background import run_blocking
from app.views.widgets.form_dialog import FormDialog


class ConnectionDialog(FormDialog):
    def __init__(self, settings: Settings, opened: str = "", parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Database connection"))
        parts = connection.parts_of(settings.get(DATABASE_URL))

        self.local = QRadioButton(self.tr("A file on this computer"))
        self.server = QRadioButton(self.tr("A shared database on a PostgreSQL server"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.local)
        kinds.addButton(self.server)
        (self.server if parts.kind == connection.SERVER else self.local).setChecked(True)

        file_form = self.new_form()
        self.path = QLineEdit(parts.path)
        self.path.setPlaceholderText(str(connection.default_file()))
        self.path.setToolTip(self.tr("Empty: the program's own file in your data folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QWidget()
        row = QHBoxLayout(path_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.add_field(file_form, "path", self.tr("File"), path_row)
        self.file_box = QWidget()
        self.file_box.setLayout(file_form)

        server_form = self.new_form()
        self.host = self.line(server_form, "host", self.tr("Server"),
                              self.tr("name or address, e.g. db.college.local"))
        self.host.setText(parts.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(parts.port)
        self.port.setMaximumWidth(120)
        self.add_field(server_form, "port", self.tr("Port"), self.port)
        self.database = self.line(server_form, "database", self.tr("Database"))
        self.database.setText(parts.database)
        self.user = self.line(server_form, "user", self.tr("Account"))
        self.user.setText(parts.user)
        self.password = self.line(server_form, "password", self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setText(parts.password)
        self.server_box = QWidget()
        self.server_box.setLayout(server_form)

        now = QLabel(self.tr("Open now: {where}").format(where=opened) if opened else "")
        now.setWordWrap(True)
        now.setVisible(bool(opened))
        note = QLabel(self.tr("The program opens the chosen database the next time it starts. "
                              "Everyone who works together chooses the same server."))
        note.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check the connection"))
        self.check_button.clicked.connect(self.check)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.result, 1)

        for button in (self.local, self.server):
            button.toggled.connect(self._kind_changed)
        self._kind_changed()
        self.finish(now, self.local, self.file_box, self.server, self.server_box, check_row,
                    note)
        dialogs.room_for_text(self, 520)  # grows with the messages under the fields

    def _kind_changed(self, *_args) -> None:
        self.file_box.setEnabled(self.local.isChecked())
        self.server_box.setEnabled(self.server.isChecked())
        self.result.clear()

    def browse(self) -> None:
        start = self.path.text().strip() or str(connection.default_file())
        chosen = dialogs.choose_open_file(
            self, self.tr("Database file"), start,
            self.tr("ClusterDesk database (*.sqlite3 *.db);;All files (*)"))
        if chosen:
            self.path.setText(chosen)
            self.clear_error("path")

    def read(self) -> str:
        parts = connection.ConnectionParts(
            kind=connection.SERVER if self.server.isChecked() else connection.FILE,
            path=self.path.text(), host=self.host.text(), port=self.port.value(),
            database=self.database.text(), user=self.user.text(),
            password=self.password.text())
        return connection.url_of(parts)  # ValidationError: the fields show why

    def check(self) -> str | None:
        """Try the connection (off the GUI thread: a dead server takes seconds); the answer
        is shown beside the button and returned."""
        self.clear_errors()
        try:
            url = self.read()
        except ServiceError as exc:
            self.show_errors(getattr(exc, "errors", {"": str(exc)}))
            return str(exc)
        problem = run_blocking(self, self.tr("Checking the connection…"),
                               lambda progress, cancelled: connection.check(url))
        self.result.setText(problem or self.tr("The database answers."))
        self.result.setObjectName("fieldError" if problem else "")
        self.result.setStyleSheet("" if problem else "color: #2e6b30;")
        return problem

    def store(self, url: str) -> str:
        self.settings.set(DATABASE_URL, url)
        self.settings.sync()
        return url
