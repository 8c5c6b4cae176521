"""The audit log as a table: the administrator's log page and a record's history share it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from app.services.audit import AuditRow
from app.services.reports.model import Column, TableReport

translate = QCoreApplication.translate


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
        "audit_accepted": translate("AuditLog", "Log accepted as it is"),
    }
    return labels.get(action, action)


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.headers = (self.tr("No."), self.tr("When"), self.tr("Who"), self.tr("What"),
                        self.tr("Record"), self.tr("Details"))

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
        return self.values(self.rows[index.row()])[index.column()]

    @staticmethod
    def values(row: AuditRow) -> tuple[str, ...]:
        return (str(row.seq), row.when_text, row.who_text, action_label(row.action),
                row.record_text, row.description)

    def report(self, subtitle: str = "") -> TableReport:
        """The rows shown, as a report for a file."""
        columns = [Column(title, kind, width) for title, kind, width in zip(
            self.headers, ("int", "text", "text", "text", "text", "text"),
            (8, 20, 16, 22, 18, 90), strict=True)]
        rows = [[row.seq, *self.values(row)[1:]] for row in self.rows]
        return TableReport(self.tr("Audit log"), columns, rows, sheet_name=self.tr("Audit log"),
                           subtitle=subtitle)
