"""Participants, 10,000 organizations: the navigation click until the table is painted
(bench_participants.py's ``Bench.click_participants``, a fresh window each time, clicked once
the dashboard's figures are on screen, as a user sees the window first; the click at the
window's first paint, while the dashboard still loads, is reported beside it) beside the
floor: the same SELECT through sqlite3, a bare QAbstractTableModel reset with the rows and
the table view repainted."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from bench.core import Measured

NAME = "participants-click"
TITLE = "participants click → painted"
UNIT = "ms"
RATIO_GOAL = 1.5
ABS_GOAL = 0.150
GOAL = "≤ 150 ms and ≤ 1.5×"
BASE_ROWS = 10_000


def _floor_view(app):
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class Bare(QAbstractTableModel):
        rows: list = []

        def rowCount(self, parent=QModelIndex()):  # noqa: N802
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802
            return 11

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                value = self.rows[index.row()][index.column() + 1]
                return "" if value is None else str(value)
            return None

        def set_rows(self, rows):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    view = QTableView()
    model = Bare(view)
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    app.processEvents()
    return view, model


def run(scale: float, repeat: int, work: Path) -> Measured:
    from app.bootstrap import gui_application
    from app.db import sqlite_url
    from app.i18n import install_translators
    from app.services import Services, open_store
    from app.settings import Settings
    from app.views.style import apply_style
    from bench.bench_participants import FLOOR_SQL, Bench, guard_none_refcount
    from bench.figures.data import participants

    guard_none_refcount()
    app = gui_application()  # as the program starts it (the GUI thread's switch interval)
    install_translators(app, "ru")
    apply_style(app)
    count = max(200, int(BASE_ROWS * scale))
    db = work / f"click-{count}.sqlite3"
    participants(sqlite_url(db), count)
    services = Services(open_store(sqlite_url(db)))
    bench = Bench(app, services, Settings(path=str(work / "click.ini")), expected=None)

    conn = sqlite3.connect(db)
    view, model = _floor_view(app)

    def floor() -> float:
        model.set_rows([])
        app.processEvents()
        start = time.perf_counter()
        model.set_rows(conn.execute(FLOOR_SQL).fetchall())
        view.viewport().repaint()
        return time.perf_counter() - start

    def ours(dashboard_shown: bool = True) -> float:
        window = bench.new_window(dashboard_shown)
        try:
            return bench.click_participants(window)[0]
        finally:
            bench.close(window)

    floor(), ours()  # warm-up: imports, style polish, font caches
    mine, base, at_once = [], [], []
    for _ in range(repeat):
        base.append(floor())
        mine.append(ours())
        at_once.append(ours(dashboard_shown=False))
    conn.close()
    # informational: the click on the window's first paint, the dashboard's fetch still running
    extra = {"click_before_dashboard_shown_ms": round(statistics.median(at_once) * 1000, 1)}
    return Measured(mine, base, size=f"{count:,} organizations".replace(",", " "), extra=extra)
