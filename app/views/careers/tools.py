"""The motivation tools in the editor: three groups (the college's support, the employers'
social projects, the region's support), each a list of tools — a title and a short text —
with Add and Remove."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.career_data import ToolData, ToolGroup
from app.views.widgets.labels import error_label

_ERROR_BORDER = "border: 1px solid #b3261e;"


def group_title(group: str) -> str:
    """The group's heading as the printed page has it."""
    return {
        ToolGroup.COLLEGE: QCoreApplication.translate("CareerMaps", "College support"),
        ToolGroup.EMPLOYER: QCoreApplication.translate("CareerMaps",
                                                       "Employers' social projects"),
        ToolGroup.REGION: QCoreApplication.translate("CareerMaps", "Regional support"),
    }[group]


class ToolRow(QWidget):
    removed = Signal(object)
    edited = Signal()

    def __init__(self, tool: ToolData, parent=None):
        super().__init__(parent)
        self.group = tool.group
        self.title = QLineEdit(tool.title)
        self.title.setPlaceholderText(self.tr("Title *"))
        self.title.setCursorPosition(0)
        self.text = QPlainTextEdit(tool.text)
        self.text.setPlaceholderText(self.tr("What it gives the graduate"))
        self.text.setFixedHeight(44)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        self.error = error_label()
        self.title.textEdited.connect(lambda *_a: self.edited.emit())
        self.text.textChanged.connect(self.edited)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addWidget(self.error)

    def value(self) -> ToolData:
        return ToolData(self.group, " ".join(self.title.text().split()),
                        self.text.toPlainText().strip())

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.title.setStyleSheet(_ERROR_BORDER if message else "")

    def set_read_only(self, read_only: bool) -> None:
        self.title.setReadOnly(read_only)
        self.text.setReadOnly(read_only)
        self.remove_button.setVisible(not read_only)


class ToolsEditor(QWidget):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.read_only = False
        self.rows: dict[str, list[ToolRow]] = {g.value: [] for g in ToolGroup}
        self.columns: dict[str, QVBoxLayout] = {}
        self.add_buttons: dict[str, QPushButton] = {}
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in ToolGroup:
            box = QGroupBox(group_title(group))
            column = QVBoxLayout(box)
            column.setContentsMargins(8, 6, 8, 6)
            add = QPushButton(self.tr("Add tool"))
            add.clicked.connect(lambda _c=False, g=group.value: self.add_tool(g))
            bottom = QHBoxLayout()
            bottom.addWidget(add)
            bottom.addStretch(1)
            column.addLayout(bottom)
            self.columns[group.value], self.add_buttons[group.value] = column, add
            layout.addWidget(box)
        layout.addWidget(self.error)

    def set_tools(self, tools: list[ToolData]) -> None:
        for rows in self.rows.values():
            for row in rows:
                row.setParent(None)  # gone at once, not when the event loop gets to it
                row.deleteLater()
            rows.clear()
        for tool in tools:
            self._append(tool)
        self.set_read_only(self.read_only)

    def _append(self, tool: ToolData) -> ToolRow:
        group = tool.group if tool.group in self.rows else ToolGroup.COLLEGE.value
        row = ToolRow(ToolData(group, tool.title, tool.text))
        row.removed.connect(self.remove_tool)
        row.edited.connect(self.edited)
        row.set_read_only(self.read_only)
        column = self.columns[group]
        column.insertWidget(column.count() - 1, row)  # above the «Add» button
        self.rows[group].append(row)
        return row

    def add_tool(self, group: str, title: str = "", text: str = "") -> ToolRow:
        row = self._append(ToolData(group, title, text))
        row.title.setFocus()
        self.edited.emit()
        return row

    def remove_tool(self, row: ToolRow) -> None:
        self.rows[row.group].remove(row)
        row.setParent(None)
        row.deleteLater()
        self.edited.emit()

    def ordered(self) -> list[ToolRow]:
        """The rows in the order they are saved: the groups in turn."""
        return [row for group in ToolGroup for row in self.rows[group.value]]

    def value(self) -> list[ToolData]:
        return [row.value() for row in self.ordered()]

    def show_errors(self, errors: dict[str, str]) -> None:
        for number, row in enumerate(self.ordered(), start=1):
            row.set_error("\n".join(m for k, m in errors.items()
                                    if k.startswith(f"tools.{number}.")))
        self.error.setText(errors.get("tools", ""))
        self.error.setVisible("tools" in errors)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for row in self.ordered():
            row.set_read_only(read_only)
        for button in self.add_buttons.values():
            button.setVisible(not read_only)
