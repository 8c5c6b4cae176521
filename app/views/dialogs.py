"""Every modal question the program asks goes through here.

A modal ``exec()`` would block an offscreen test for ever, so tests replace these functions
(pytest's monkeypatch) with ones that answer at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_message(parent: QWidget | None, title: str, text: str, details: str = "",
                 warning: bool = True) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                      title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A short text from the user (a reason, a comment): the text, or None when cancelled
    or left blank."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(460)
    question = QLabel(label)
    question.setWordWrap(True)
    edit = QPlainTextEdit(text)
    edit.setFixedHeight(90)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setEnabled(bool(text.strip()))
    edit.textChanged.connect(lambda: ok.setEnabled(bool(edit.toPlainText().strip())))
    layout = QVBoxLayout(dialog)
    layout.addWidget(question)
    layout.addWidget(edit)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return " ".join(edit.toPlainText().split()) or None


def choose_open_file(parent: QWidget | None, title: str, folder: str, pattern: str) -> str:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, pattern)
    return name


def choose_save_file(parent: QWidget | None, title: str, suggested: str, pattern: str) -> str:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return name


def choose_folder(parent: QWidget | None, title: str, folder: str) -> str:
    """A folder to write files into; "" when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, folder)


def excel_pattern() -> str:
    return translate("Dialogs", "Excel workbooks (*.xlsx)")


def pdf_pattern() -> str:
    return translate("Dialogs", "PDF documents (*.pdf)")


def export_pattern() -> str:
    return translate("Dialogs", "Excel workbooks (*.xlsx);;PDF documents (*.pdf)")
