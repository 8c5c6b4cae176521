"""A merge conflict: the office's and the field's values side by side; keep one."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services import Services
from app.services.errors import ServiceError
from app.services.field.service import ConflictData
from app.services.inspection_data import answer_label
from app.views import dialogs

KIND_LABELS = {
    "both_changed": QT_TRANSLATE_NOOP("ConflictDialog", "Changed both in the office and in "
                                                        "the field"),
    "office_deleted": QT_TRANSLATE_NOOP("ConflictDialog", "Changed in the field, deleted in "
                                                          "the office"),
    "field_deleted": QT_TRANSLATE_NOOP("ConflictDialog", "Deleted in the field, changed in "
                                                         "the office"),
    "parent_missing": QT_TRANSLATE_NOOP("ConflictDialog", "Added in the field to a record "
                                                          "deleted in the office"),
}
TABLE_LABELS = {
    "inspection_answer": QT_TRANSLATE_NOOP("ConflictDialog", "Answer"),
    "inspection": QT_TRANSLATE_NOOP("ConflictDialog", "Inspection"),
    "finding": QT_TRANSLATE_NOOP("ConflictDialog", "Finding"),
    "inspection_photo": QT_TRANSLATE_NOOP("ConflictDialog", "Photo"),
}
FIELD_LABELS = {
    "value": QT_TRANSLATE_NOOP("ConflictDialog", "Answer"),
    "comment": QT_TRANSLATE_NOOP("ConflictDialog", "Comment"),
    "caption": QT_TRANSLATE_NOOP("ConflictDialog", "Caption"),
    "status": QT_TRANSLATE_NOOP("ConflictDialog", "Status"),
    "text": QT_TRANSLATE_NOOP("ConflictDialog", "Text"),
    "title": QT_TRANSLATE_NOOP("ConflictDialog", "Title"),
    "due_on": QT_TRANSLATE_NOOP("ConflictDialog", "Due"),
    "evidence": QT_TRANSLATE_NOOP("ConflictDialog", "Evidence"),
    "inspectors": QT_TRANSLATE_NOOP("ConflictDialog", "Inspectors"),
    "inspected_on": QT_TRANSLATE_NOOP("ConflictDialog", "Inspection date"),
    "planned_on": QT_TRANSLATE_NOOP("ConflictDialog", "Planned date"),
    "item_id": QT_TRANSLATE_NOOP("ConflictDialog", "Checklist item"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


def kind_text(code: str) -> str:
    return _tr(KIND_LABELS[code]) if code in KIND_LABELS else code


def table_text(name: str) -> str:
    return _tr(TABLE_LABELS[name]) if name in TABLE_LABELS else name


def value_text(key: str, value) -> str:
    if value is None or value == "":
        return "—"
    if key == "value":
        return answer_label(str(value))
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ConflictDialog(QDialog):
    def __init__(self, services: Services, conflict: ConflictData, parent=None):
        super().__init__(parent)
        self.services = services
        self.conflict = conflict
        self.resolved: ConflictData | None = None
        self.setWindowTitle(self.tr("Resolve the conflict"))
        dialogs.room_for_text(self, 720, 360)
        what = QLabel(f"{table_text(conflict.table_name)}: {conflict.label}")
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: 600;")
        kind = QLabel(kind_text(conflict.kind))
        kind.setWordWrap(True)
        differences = conflict.differences()
        self.table = QTableWidget(len(differences), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("In the office"),
                                              self.tr("In the field")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, (key, (office, field)) in enumerate(differences.items()):
            label = _tr(FIELD_LABELS[key]) if key in FIELD_LABELS else key
            for column, text in enumerate((label, value_text(key, office),
                                           value_text(key, field))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.keep_office = QPushButton(self.tr("Keep office"))
        self.keep_field = QPushButton(self.tr("Keep field"))
        buttons.addButton(self.keep_office, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_field, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.keep_office.clicked.connect(lambda: self.keep("office"))
        self.keep_field.clicked.connect(lambda: self.keep("field"))
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(kind)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def keep(self, side: str) -> None:
        try:
            self.resolved = self.services.field.resolve_conflict(self.conflict.id, side)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not resolved"), str(exc))
            return
        self.accept()
