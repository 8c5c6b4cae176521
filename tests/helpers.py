"""Small helpers for building spreadsheets the way users send them."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def read_sheet(path: Path) -> list[tuple]:
    wb = load_workbook(path)
    rows = [tuple(r) for r in wb.active.iter_rows(values_only=True)]
    wb.close()
    return rows


def type_text(widget, text: str) -> None:
    """Type text key by key, Cyrillic included (QTest.keyClicks handles ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
