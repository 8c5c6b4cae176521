"""Browse and filter the audit log; export what is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.errors import Cancelled, ServiceError
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.widgets.audit_table import AuditTableModel, action_label
from app.views.widgets.background import run_blocking
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.loader import Loader
from app.views.widgets.page_actions import PageToolbar

translate = QCoreApplication.translate
ACTIONS = ["create", "update", "delete", "login", "login_failed", "denied", "import", "export",
           "export_personal", "erase_personal", "backup", "restore", "lock_broken", "audit_accepted"]


class AuditPage(QWidget):
    def __init__(self, services: Services, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.services = services
        self._tasks = tasks
        self._loader = Loader(tasks, self._fetch, lambda rows: self.model.set_rows(rows),
                              self._failed)
        self.model = AuditTableModel(self)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("user"))
        self.user.returnPressed.connect(self.reload)
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), "")
        for action in ACTIONS:
            self.action.addItem(action_label(action), action)
        self.toolbar = PageToolbar()
        self.export_action = self.toolbar.standard("export", self.export_file)
        self.refresh_action = self.toolbar.standard("refresh", self.reload)
        # the text is looked for in the whole log: a pause in typing, then one search
        self.search = self.toolbar.add_search(self.tr("text in the details"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(400)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.since = OptionalDateEdit()
        self.until = OptionalDateEdit()
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.reload)
        filters = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.user, 1)
        first.addWidget(self.action, 1)
        second.addWidget(QLabel(self.tr("from")))
        second.addWidget(self.since)
        second.addWidget(QLabel(self.tr("to")))
        second.addWidget(self.until)
        second.addWidget(show)
        second.addStretch(1)
        filters.addLayout(first)
        filters.addLayout(second)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((60, 130, 110, 150, 170)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    @property
    def loading(self) -> bool:
        return self._loader.loading

    def reload(self) -> None:
        """Read the entries the filters ask for off the GUI thread (up to 5,000, a text
        looked for in the whole log); the newest request wins."""
        self._search_timer.stop()
        self._loader.run()

    def _fetch(self):
        audit, filters = self.services.audit, dict(
            username=self.user.text().strip(), action=self.action.currentData(),
            search=self.search.text().strip(), since=self.since.value(),
            until=self.until.value())
        return lambda: audit.entries(**filters)

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        dialogs.show_message(self, self.tr("Audit log"), str(exc))

    def export_file(self) -> None:
        """The entries shown (with the filters applied) to an xlsx or PDF file."""
        name = dialogs.choose_save_file(self, self.tr("Export the audit log"),
                                        self.tr("audit-log.xlsx"), dialogs.export_pattern())
        if not name:
            return
        if not name.lower().endswith((".xlsx", ".pdf")):
            name += ".xlsx"
        report, total = self.model.report(), self.model.rowCount()

        def write(progress, cancelled) -> None:  # off the GUI thread
            if name.lower().endswith(".pdf"):
                from app.services.reports.pdf import write_pdf

                def laid_out(done: int) -> None:
                    if cancelled():
                        raise Cancelled(self.tr("The export was cancelled."))
                    progress(done, total)

                write_pdf(report, Path(name), progress=laid_out)
            else:  # 5,000 rows at most: a second
                from app.services.reports.xlsx import write_xlsx

                write_xlsx(report, Path(name))

        try:
            run_blocking(self, self.tr("Exporting…"), write, self._tasks)
        except Cancelled:
            return  # nothing was written
        except (OSError, ServiceError) as exc:
            dialogs.show_message(self, self.tr("Not exported"), str(exc))
            return
        dialogs.show_message(self, self.tr("Audit log"), self.tr(
            "Written: {path}").format(path=name), warning=False)
