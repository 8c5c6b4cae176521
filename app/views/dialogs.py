"""Every modal question the program asks goes through here.

A modal ``exec()`` would block an offscreen test for ever, so tests replace these functions
(pytest's monkeypatch) with ones that answer at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

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


def choose_open_file(parent: QWidget | None, title: str, folder: str, pattern: str) -> str:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, pattern)
    return name


def choose_save_file(parent: QWidget | None, title: str, suggested: str, pattern: str) -> str:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return name


def excel_pattern() -> str:
    return translate("Dialogs", "Excel workbooks (*.xlsx)")


def export_pattern() -> str:
    return translate("Dialogs", "Excel workbooks (*.xlsx);;PDF documents (*.pdf)")
