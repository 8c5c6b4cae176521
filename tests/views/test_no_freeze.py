"""No frozen moment (issue 19): the heartbeat harness of bench/ sees a call that blocks the
GUI thread, and the participants export runs on a worker thread while the window's event
loop goes on.  No timing is asserted beyond the deliberate block being seen."""

from __future__ import annotations

import threading
import time

from bench.heartbeat import Heartbeat
from tests.helpers import read_sheet


def test_the_heartbeat_sees_a_blocking_call(qtbot):
    beat = Heartbeat()
    gap = beat.run(lambda: time.sleep(0.3))  # the GUI thread does nothing else meanwhile
    assert gap >= 0.25


def test_the_heartbeat_keeps_beating_in_an_event_loop(qtbot):
    beat = Heartbeat()
    beat.run(lambda: qtbot.wait(200))  # an event loop runs: the timer fires
    assert beat.ticks > 0


def test_the_heartbeat_waits_for_worker_work_with_the_loop_running(qtbot):
    """A section's fetch runs on a worker: the harness waits for it without blocking the
    loop (the window's tasks.wait blocks 50 ms at a time and would count as a gap)."""
    done = threading.Event()
    beat = Heartbeat()
    beat.run(lambda: threading.Thread(target=lambda: (time.sleep(0.3), done.set())).start(),
             until=done.is_set)
    assert done.is_set()  # it waited for the worker
    assert beat.ticks > 0  # and the timer kept firing meanwhile


def test_the_participants_export_runs_off_the_gui_thread(window, demo, answers, tmp_path,
                                                          monkeypatch):
    page = window.show_section("participants")
    window.wait_until_loaded()
    export = demo.participants_export
    threads: list[int] = []
    original = export.export_xlsx

    def recorded(*args, **kwargs):
        threads.append(threading.get_ident())
        return original(*args, **kwargs)

    monkeypatch.setattr(export, "export_xlsx", recorded)
    answers.save_file = str(tmp_path / "members.xlsx")
    Heartbeat().run(page.export_file)
    assert threads and threads[0] != threading.main_thread().ident
    assert len(read_sheet(tmp_path / "members.xlsx")) == demo.participants.member_count() + 1
    assert not answers.messages


def test_a_cancelled_export_writes_nothing_and_says_so(window, demo, answers, tmp_path,
                                                       monkeypatch):
    from app.views.widgets import background

    page = window.show_section("participants")
    window.wait_until_loaded()
    statuses: list[str] = []
    page.status.connect(statuses.append)
    real = background.TaskRunner.run

    def cancelled_at_once(self, fn, on_done, on_error=None, on_progress=None):
        task = real(self, fn, on_done, on_error, on_progress)
        task.cancel()  # as if «Отмена» was pressed before the first rows were written
        return task

    monkeypatch.setattr(background.TaskRunner, "run", cancelled_at_once)
    answers.save_file = str(tmp_path / "members.xlsx")
    page.export_file()
    assert not (tmp_path / "members.xlsx").exists()
    assert statuses and any(word in statuses[-1].lower() for word in ("отмен", "cancel"))
    assert not answers.messages
