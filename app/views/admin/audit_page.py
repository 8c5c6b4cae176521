"""Browse and filter the audit log."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
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
from app.services.audit import AuditRow
from app.services.errors import ServiceError
from app.views import dialogs
from app.views.widgets.date_edit import OptionalDateEdit

translate = QCoreApplication.translate
ACTIONS = ["create", "update", "delete", "login", "login_failed", "denied", "import", "export",
           "export_personal", "erase_personal", "backup", "restore", "lock_broken"]


def action_label(action: str) -> str:
    labels = {
        "create": translate("AuditLog", "Added"),
        "update": translate("AuditLog", "Changed"),
        "delete": translate("AuditLog", "Deleted"),
        "login": translate("AuditLog", "Logged in"),
        "login_failed": translate("AuditLog", "Failed login"),
        "denied": translate("AuditLog", "Denied"),
        "import": translate("AuditLog", "Import"),
        "export": translate("AuditLog", "Export"),
        "export_personal": translate("AuditLog", "Personal data exported"),
        "erase_personal": translate("AuditLog", "Personal data erased"),
        "backup": translate("AuditLog", "Backup"),
        "restore": translate("AuditLog", "Restore"),
        "lock_broken": translate("AuditLog", "Lock broken"),
    }
    return labels.get(action, action)


def describe_change(row: AuditRow) -> str:
    if row.action == "update":
        return "; ".join(f"{k}: {json.dumps(row.before.get(k), ensure_ascii=False)} → "
                         f"{json.dumps(row.after.get(k), ensure_ascii=False)}"
                         for k in sorted(row.after))
    values = row.after or row.before
    if values:
        return "; ".join(f"{k}: {v}" for k, v in sorted(values.items()) if v not in (None, ""))
    return row.detail


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.headers = (self.tr("No."), self.tr("When"), self.tr("Who"), self.tr("What"),
                        self.tr("Table"), self.tr("Details"))

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        values = (str(row.seq), row.at.astimezone().strftime("%d.%m.%Y %H:%M:%S"), row.username,
                  action_label(row.action), row.table_name, describe_change(row))
        return values[index.column()]


class AuditPage(QWidget):
    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.model = AuditTableModel(self)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("user"))
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), "")
        for action in ACTIONS:
            self.action.addItem(action_label(action), action)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("text in the details"))
        self.since = OptionalDateEdit()
        self.until = OptionalDateEdit()
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.reload)
        filters = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        for widget in (self.user, self.action, self.search):
            first.addWidget(widget)
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
        for column, width in enumerate((60, 150, 110, 170, 110)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        try:
            rows = self.services.audit.entries(
                username=self.user.text().strip(), action=self.action.currentData(),
                search=self.search.text().strip(), since=self.since.value(),
                until=self.until.value())
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Audit log"), str(exc))
            return
        self.model.set_rows(rows)
