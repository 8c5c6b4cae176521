"""One light look for office monitors: Fusion with a calm palette and a little QSS."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1f5f99"

QSS = f"""
QListWidget#navigation {{
    background: #f2f5f8; border: none; border-right: 1px solid #d5dde5;
    font-size: 10.5pt; padding-top: 6px;
}}
QListWidget#navigation::item {{ padding: 7px 8px; border-radius: 4px; margin: 1px 4px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#navigation::item:hover:!selected {{ background: #e2e9f0; }}
QListWidget#navigation {{ outline: none; }}
QListWidget#navigation:focus {{ border-right: 3px solid #9cc3e6; }}
QLineEdit, QPlainTextEdit {{
    border: 1px solid #b8c4cf; border-radius: 3px; padding: 2px; background: white;
}}
QLineEdit:focus, QPlainTextEdit:focus {{
    border: 2px solid {ACCENT}; padding: 1px;
}}
QLineEdit:disabled, QPlainTextEdit:disabled {{
    background: #f2f5f8; color: #6b7885;
}}
QLineEdit:read-only, QPlainTextEdit:read-only {{ background: #f7f9fb; }}
QAbstractButton:focus {{ outline: 2px solid {ACCENT}; }}
QLabel#pageTitle {{ font-size: 15pt; font-weight: 600; color: #1d2b36; }}
QLabel#placeholderText {{ color: #4a5a68; font-size: 11pt; }}
QLabel.fieldError, QLabel#fieldError {{ color: #b3261e; }}
QLabel#emptyStateText {{ color: #4a5a68; font-size: 11.5pt; }}
QPushButton#emptyStateButton {{ padding: 6px 16px; }}
QToolBar#pageToolbar {{ border: none; spacing: 4px; }}
QFrame#undoBar {{ background: #fff4ce; border: 1px solid #e6d28a; border-radius: 4px; }}
QTableView {{ gridline-color: #e3e8ee; selection-background-color: #cfe1f3;
              selection-color: #111; alternate-background-color: #f7f9fb; }}
QHeaderView::section {{ background: #eef2f6; border: none; border-right: 1px solid #d5dde5;
                        border-bottom: 1px solid #d5dde5; padding: 4px 6px; font-weight: 600; }}
"""


def apply_style(app: QApplication) -> None:
    if app.styleSheet() == QSS:
        # already so (a second window in one process): restyling would re-polish every
        # widget alive, which is slow and changes nothing.  (Not app.style().name(): with a
        # style sheet on, the style is Qt's style-sheet proxy and has no name.)
        return
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#fbfcfd"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#cfe1f3"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#111111"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f0f3f6"))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(QSS)
