"""The choice of a council's decision that approves a record: the decisions of recorded
meetings the service offers (app.services.approvals.choices), newest first.  Approvals are
chosen from the register, never typed; with nothing to choose, the hint says where to record
the meeting and its decision."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from app.views.widgets.colours import MUTED


class DecisionCombo(QWidget):
    """A combo of decisions (their id in the item data; None for «not chosen»)."""

    def __init__(self, choices, current=None, none_text: str | None = None, parent=None):
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setMaxVisibleItems(15)
        self.combo.setMinimumContentsLength(40)
        self.combo.addItem(none_text or self.tr("— choose the council's decision —"), None)
        for choice in choices:
            self.combo.addItem(choice.label, choice.id)
            # a long label reads in full in its tooltip
            self.combo.setItemData(self.combo.count() - 1, choice.label,
                                   Qt.ItemDataRole.ToolTipRole)
        self.choose(current)
        self.hint = QLabel(self.tr("No decision of a recorded council meeting can approve it "
                                   "yet: record the meeting and its decision in «Councils» "
                                   "(Indicators section) first."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED)
        self.hint.setVisible(not choices)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.hint)

    def value(self):
        return self.combo.currentData()

    def choose(self, decision_id) -> None:
        """Select the decision (compared in Python: findData does not compare UUIDs)."""
        for index in range(self.combo.count()):
            if self.combo.itemData(index) == decision_id:
                self.combo.setCurrentIndex(index)
                return

    def setFocus(self) -> None:  # noqa: N802 - Qt's name: the form focuses the field in error
        self.combo.setFocus()
