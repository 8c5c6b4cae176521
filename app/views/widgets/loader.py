"""One fetch at a time off the GUI thread, the newest answer last."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.services.tasks import TaskRunner


class Loader:
    """One fetch at a time: a request that comes during a fetch runs once more after it, so
    the screen ends with the newest answer.  ``prepare`` reads the widgets (on the GUI
    thread) and returns the work to run off it."""

    def __init__(self, tasks: TaskRunner, prepare: Callable[[], Callable[[], Any]],
                 done: Callable[[Any], None], failed: Callable[[Exception], None]):
        self.tasks, self.prepare, self.done, self.failed = tasks, prepare, done, failed
        self.loading = self.again = False

    def run(self) -> None:
        if self.loading:
            self.again = True
            return
        self.loading, self.again = True, False
        self.tasks.run(self.prepare(), self._arrived, self._failed)

    def adopt(self) -> tuple[Callable[[Any], None], Callable[[Exception], None]]:
        """A fetch someone else started for this loader (a page's first, begun before the
        page was built): it counts as this loader's, and its answer goes to what is
        returned."""
        self.loading, self.again = True, False
        return self._arrived, self._failed

    def _arrived(self, result) -> None:
        self.loading = False
        if self.again:  # already out of date: fetch the newest instead
            self.run()
            return
        self.done(result)

    def _failed(self, exc: Exception) -> None:
        self.loading = self.again = False
        self.failed(exc)
