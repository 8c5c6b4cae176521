"""The preview of files taken back: each file — would be accepted (with the changes against
the stored data) or refused (with the reason and each error's file, sheet, row and column).
«Accept» takes the good files for real, each one whole or not at all; refused files are
left as they are."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.services.requests.intake import FileOutcome
from app.views import dialogs
from app.views.widgets.colours import ALERT, GOOD


class TakeDialog(QDialog):
    accept_files = Signal(list)  # the paths of the files to accept

    def __init__(self, outcomes: list[FileOutcome], parent=None):
        super().__init__(parent)
        self.outcomes = outcomes
        self.setWindowTitle(self.tr("Files taken back: preview"))
        dialogs.room_for_text(self, 980, 620)
        good = [o for o in outcomes if o.ok]
        self.summary = QLabel(self.tr("{good} of {all} files can be accepted; nothing is "
                                      "changed until you press «Accept».").format(
            good=len(good), all=len(outcomes)))
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("File / record"), self.tr("What"),
                                   self.tr("Was"), self.tr("Becomes")])
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 200)
        for o in outcomes:
            self.tree.addTopLevelItem(self._file_item(o))
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(self.tr("Accept"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button.setEnabled(bool(good))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)

    def _file_item(self, o: FileOutcome) -> QTreeWidgetItem:
        if o.ok:
            state = self.tr("can be accepted: {count} changes").format(count=len(o.changes))
        else:
            state = self.tr("refused: {reason}").format(reason=o.reason)
        item = QTreeWidgetItem([f"{o.path.name} — {o.participant}".strip(" —"), state])
        item.setToolTip(0, str(o.path))
        item.setToolTip(1, state)
        item.setForeground(1, QColor(GOOD if o.ok else ALERT))
        for change in o.changes:
            item.addChild(QTreeWidgetItem([change.record, change.what, change.before,
                                           change.after]))
        for error in o.errors:
            child = QTreeWidgetItem([str(error)])
            child.setToolTip(0, str(error))
            child.setFirstColumnSpanned(True)
            item.addChild(child)
        item.setExpanded(not o.ok or len(o.changes) <= 20)
        return item

    def lines(self) -> list[str]:
        """For tests: every line shown, files and their children."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.append(" ".join(top.text(c) for c in range(4)).strip())
            out += [" ".join(top.child(j).text(c) for c in range(4)).strip()
                    for j in range(top.childCount())]
        return out

    def _accept(self) -> None:
        self.accept_files.emit([o.path for o in self.outcomes if o.ok])
        self.accept()

