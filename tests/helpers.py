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
    wb = load_workbook(path, data_only=True)  # a total's stored value, not its formula
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


def show_active(qtbot, widget) -> None:
    """Show ``widget`` as the active window: keys reach a window's shortcuts only then."""
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)


class DialogSpy:
    """Stands in for a dialog class: counts how often it was made (``opened``), keeps the
    arguments (``made``), and is cancelled when shown."""

    def __init__(self):
        self.made: list = []

    @property
    def opened(self) -> int:
        return len(self.made)

    def __call__(self, *args, **kwargs):
        self.made.append(args)
        return self

    def exec(self) -> int:
        return 0


def downgrade(db_url: str, revision: str) -> None:
    """Take the database back to ``revision`` as an older version kept it.  On SQLite a
    downgrade rebuilds tables: with foreign keys on, a DROP would cascade to the children, so
    they are off around it (as app/migrate.py does for an upgrade)."""
    from alembic import command

    from app.db import make_engine
    from app.migrate import alembic_config

    engine = make_engine(db_url)
    sqlite = engine.dialect.name == "sqlite"
    try:
        with engine.connect() as conn:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
            with conn.begin():
                config = alembic_config()
                config.attributes["connection"] = conn
                command.downgrade(config, revision)
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    finally:
        engine.dispose()
