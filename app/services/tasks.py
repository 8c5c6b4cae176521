"""Run work off the GUI thread (QThreadPool) and get the answer back on the main thread.

A task gets a ``progress(done, total)`` callback and a ``cancelled()`` flag; results and
errors come back through Qt signals, so callbacks run on the main thread (after Anki's
taskman).  Only QtCore is used: no widget here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
PROGRESS_EVERY_S = 0.05


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], with_progress: bool):
        super().__init__()
        self.fn = fn
        self.with_progress = with_progress
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self) -> Callable[[int, int], None]:
        """``progress(done, total)`` for the work, sending at most one signal per
        PROGRESS_EVERY_S (and the last one): each signal is an event the GUI thread must take
        the interpreter's lock to handle, and a writer reporting each of 10,000 rows queued
        10,000 of them ahead of the window's own events — a second's freeze (bench no-freeze)."""
        emit = self.signals.progress.emit
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_EVERY_S or (total > 0 and done >= total):
                last[0] = now
                emit(done, total)

        return progress

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(progress=self._progress(), cancelled=self.is_cancelled)
            else:
                result = self.fn()
        except Exception as exc:  # handed to the caller's on_error on the main thread
            log.info("task failed: %r", exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they report back."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = Task(fn, with_progress=on_progress is not None)
        self._running.add(task)

        def finish(callback, value):
            self._running.discard(task)
            if callback is not None:
                callback(value)
            elif isinstance(value, Exception):
                raise value

        task.signals.done.connect(lambda result: finish(on_done, result))
        task.signals.failed.connect(lambda exc: finish(on_error, exc))
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        self.pool.start(task)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, timeout_ms: int = 30_000) -> None:
        """Block until every task has finished and reported (used by --screenshot)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self._running and not deadline.hasExpired():
            self.pool.waitForDone(50)
            QCoreApplication.processEvents()
