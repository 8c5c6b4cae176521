"""A heartbeat on the GUI thread: the longest time the event loop did not answer while an
action ran (issue 19's «no frozen moment»).

A QTimer ticks every few milliseconds on the GUI thread; each tick notes the time since the
one before.  An action that blocks the GUI thread shows up as one long gap (the timer could
not fire); an action that works on a worker thread while the event loop runs shows only
short gaps.  ``Heartbeat.run(action)`` starts the timer, runs the action, lets the loop
settle, stops, and returns the longest gap in seconds (``ticks`` says how many beats came).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer


class Heartbeat(QObject):
    def __init__(self, interval_ms: int = 5, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._beat)
        self.clock = QElapsedTimer()
        self.longest = 0.0
        self.ticks = 0
        self._last = 0.0

    def _now(self) -> float:
        return self.clock.nsecsElapsed() / 1e9

    def _beat(self) -> None:
        now = self._now()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.ticks += 1

    def start(self) -> None:
        self.longest, self.ticks = 0.0, 0
        self.clock.start()
        self._last = self._now()
        self.timer.start()

    def stop(self) -> float:
        self._beat()  # the gap up to now counts too: a call that blocked until here
        self.ticks -= 1
        self.timer.stop()
        return self.longest

    def run(self, action: Callable[[], object], settle_ms: int = 50,
            until: Callable[[], bool] | None = None, timeout_s: float = 60.0) -> float:
        """The longest gap while ``action()`` runs, then while the event loop runs until
        ``until()`` is true (work the action started on a worker thread has reported), and
        ``settle_ms`` after it.  The waiting itself never blocks the loop, so it adds no gap
        (TaskRunner.wait blocks up to 50 ms at a time: it would)."""
        self.start()
        action()
        limit = time.perf_counter() + timeout_s
        while until is not None and not until() and time.perf_counter() < limit:
            QCoreApplication.processEvents()
            time.sleep(0.001)
        end = time.perf_counter() + settle_ms / 1000
        while time.perf_counter() < end:
            QCoreApplication.processEvents()
            time.sleep(0.001)
        return self.stop()
