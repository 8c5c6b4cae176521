"""Background work (app/services/tasks.py): a job that reports its progress row by row does
not flood the window with signals (each one makes the GUI thread wait for the interpreter's
lock: 10,000 of them froze the window for a second during a PDF export), and the last one
always arrives."""

from __future__ import annotations

import sys

from app import bootstrap
from app.services.tasks import TaskRunner


def test_progress_row_by_row_reaches_the_window_throttled_and_complete(qtbot):
    runner = TaskRunner()
    seen: list[tuple[int, int]] = []
    result: list[str] = []

    def work(progress, cancelled):
        for row in range(1, 10_001):
            progress(row, 10_000)
        return "written"

    runner.run(work, result.append, None, lambda done, total: seen.append((done, total)))
    qtbot.waitUntil(lambda: result == ["written"], timeout=30_000)
    qtbot.wait(20)
    assert seen[-1] == (10_000, 10_000)  # the dialog ends full
    assert len(seen) < 100  # not one signal per row
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_gui_start_lets_the_window_take_the_interpreter_back_quickly():

    before = sys.getswitchinterval()
    try:
        bootstrap.gui_application()
        assert abs(sys.getswitchinterval() - bootstrap.GUI_SWITCH_INTERVAL_S) < 1e-6
        assert bootstrap.GUI_SWITCH_INTERVAL_S < before
    finally:
        sys.setswitchinterval(before)
