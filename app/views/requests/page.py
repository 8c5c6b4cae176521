"""«Запросы данных»: the requests sent to participants, and for the one chosen the status
board (per participant: sent, returned, accepted, overdue) with the reminder list of the
overdue ones.  A new request is made in a dialog; files are written to a folder the user
picks and taken back from a file or a folder, with a preview before anything is accepted.
Everything that reads or writes files runs off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.clock import today as clock_today
from app.services.errors import ServiceError
from app.services.tasks import TaskRunner
from app.settings import LAST_FOLDER, Settings
from app.views import dialogs
from app.views.requests.model import BoardModel, RequestsModel
from app.views.widgets.background import run_blocking
from app.views.widgets.colours import ALERT, MUTED
from app.views.widgets.columns import make_table
from app.views.widgets.page import SectionPage


def _table(model, fill_column: int) -> QTableView:
    """The kit's list (app/views/widgets/columns.py): the text column stretches, the rest fit."""
    return make_table(model, fill_column)


class RequestsPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        self.today: date = clock_today()
        self.preview = None  # the take-back preview shown last

        self.create_button = QPushButton(self.tr("New request…"))
        self.create_button.clicked.connect(self.create_request)
        self.files_button = QPushButton(self.tr("Write files…"))
        self.files_button.setToolTip(self.tr("One workbook per participant, each in a folder "
                                             "of its own under the folder you choose."))
        self.files_button.clicked.connect(self.choose_folder_for_files)
        self.take_file_button = QPushButton(self.tr("Take back a file…"))
        self.take_file_button.clicked.connect(self.choose_file_to_take)
        self.take_folder_button = QPushButton(self.tr("Take back a folder…"))
        self.take_folder_button.clicked.connect(self.choose_folder_to_take)
        actions = QHBoxLayout()
        for button in (self.create_button, self.files_button, self.take_file_button,
                       self.take_folder_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.requests_model = RequestsModel(self)
        self.requests_table = _table(self.requests_model, 2)
        self.requests_table.selectionModel().currentRowChanged.connect(self._request_chosen)
        self.requests_table.horizontalHeader().setSortIndicator(
            0, Qt.SortOrder.DescendingOrder)  # the newest request first
        self.board_model = BoardModel(self)
        self.board_table = _table(self.board_model, 0)
        self.board_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.board_title = QLabel()
        self.reminders_title = QLabel(self.tr("Reminders: files overdue"))
        self.reminders = QPlainTextEdit()
        self.reminders.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy the reminders"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.reminders.toPlainText()))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        hint = QLabel(self.tr("The files go to a folder you choose, one sub-folder per "
                              "participant; sending them is your mail program's job. A file "
                              "taken back is shown first and accepted only when you say so."))
        hint.setWordWrap(True)
        hint.setStyleSheet(MUTED)

        board = QWidget()
        column = QVBoxLayout(board)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.board_title)
        column.addWidget(self.board_table, 3)
        column.addWidget(self.reminders_title)
        column.addWidget(self.reminders, 1)
        column.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.requests_table)
        splitter.addWidget(board)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        self._enable()

    # --- loading ---
    def fetch(self):
        services = self.services

        def work():
            today = clock_today()
            return (today, services.requests.requests(today), services.requests.board(),
                    services.requests.reminders(today))

        return work

    def show_fetched(self, result) -> None:
        self.today, requests, board, reminders = result
        chosen = self.current_request()
        self.requests_model.set_rows(requests)
        self.board_model.set_rows(board, self.today)
        row = next((i for i in range(self.requests_model.rowCount())
                    if chosen and self.requests_model.row(i).id == chosen.id), 0)
        if self.requests_model.rowCount():
            self.requests_table.selectRow(row)
        self._request_chosen()
        self.reminders.setPlainText("\n".join(b.reminder(self.today) for b in reminders))
        self.reminders_title.setStyleSheet(f"color: {ALERT};" if reminders else "")
        self.summary.setText(self.tr("{requests} requests; files overdue: {overdue}.").format(
            requests=len(requests), overdue=len(reminders)))

    def fetch_failed(self, exc: Exception) -> None:
        self.summary.setText(self.tr("The requests could not be read: {error}").format(
            error=exc))

    def current_request(self):
        return self.requests_model.row(self.requests_table.currentIndex().row())

    def _request_chosen(self, *_args) -> None:
        request = self.current_request()
        self.board_model.show_request(request.id if request else None)
        self.board_title.setText(self.tr("Request № {number}: {title}").format(
            number=request.number, title=request.title) if request else "")
        self._enable()

    def _enable(self) -> None:
        self.files_button.setEnabled(self.current_request() is not None)

    # --- a new request ---
    def create_request(self) -> None:
        from app.views.requests.create_dialog import CreateRequestDialog

        requests, today = self.services.requests, clock_today()
        try:  # the members (9,000 in a large cluster) read with the window still painting
            candidates = run_blocking(self, self.tr("Reading the participants…"),
                                      lambda **_kw: requests.candidates(today), self.tasks)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Data requests"), str(exc))
            return
        dialog = CreateRequestDialog(self.services, self, candidates)
        if dialog.exec():
            self.status.emit(self.tr("Request № {number} created.").format(
                number=dialog.saved.number))
            self.reload()

    # --- writing the files ---
    def choose_folder_for_files(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Folder for the request's files"),
                                       self.settings.get(LAST_FOLDER) or str(Path.home()))
        if folder:
            self.write_files(folder)

    def write_files(self, folder: str) -> None:
        request = self.current_request()
        if request is None:
            return
        self.settings.set(LAST_FOLDER, folder)
        services = self.services
        self.files_button.setEnabled(False)

        def done(written) -> None:
            self.status.emit(self.tr("{count} files written to {path}").format(
                count=len(written), path=folder))
            self.reload()

        def failed(exc: Exception) -> None:
            self._enable()
            dialogs.show_message(self, self.tr("Write files"), str(exc))

        self.tasks.run(lambda progress, cancelled: services.requests.write_files(
            request.id, folder, progress, cancelled), done, failed,
            lambda done_, total: self.status.emit(self.tr("Written {done} of {total}").format(
                done=done_, total=total)))

    # --- taking files back ---
    def choose_file_to_take(self) -> None:
        name = dialogs.choose_open_file(self, self.tr("Take back a file"),
                                        self.settings.get(LAST_FOLDER) or str(Path.home()),
                                        dialogs.excel_pattern())
        if name:
            self.take_back(name)

    def choose_folder_to_take(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Take back a folder"),
                                       self.settings.get(LAST_FOLDER) or str(Path.home()))
        if folder:
            self.take_back(folder)

    def take_back(self, target: str) -> None:
        """Check the file or folder (a dry run) and show the preview."""
        services = self.services

        def failed(exc: Exception) -> None:
            dialogs.show_message(self, self.tr("Take back"), str(exc))

        self.tasks.run(lambda: services.requests.take(target, dry_run=True),
                       self._show_preview, failed)

    def _show_preview(self, outcomes) -> None:
        from app.views.requests.take_dialog import TakeDialog

        self.preview = TakeDialog(outcomes, self)
        self.preview.accept_files.connect(self.accept_files)
        self.preview.open()  # not exec(): the window stays alive, tests press the buttons

    def accept_files(self, paths: list) -> None:
        services = self.services

        def done(outcomes) -> None:
            accepted = sum(1 for o in outcomes if o.status == "accepted")
            refused = [o for o in outcomes if not o.ok]
            self.status.emit(self.tr("{accepted} files accepted, {refused} refused.").format(
                accepted=accepted, refused=len(refused)))
            if refused:
                dialogs.show_message(self, self.tr("Take back"), "\n".join(
                    f"{o.path.name}: {o.reason}" for o in refused))
            self.reload()

        def failed(exc: Exception) -> None:
            dialogs.show_message(self, self.tr("Take back"), str(exc))

        self.tasks.run(lambda: services.requests.take(paths), done, failed)
