"""A long job (an export, the PDF behind a print) off the GUI thread, waited for without
freezing the window.

``run_blocking`` hands ``work(progress=, cancelled=)`` to a worker thread and runs a local
event loop until it ends, so the window keeps painting and the caller still gets the
result in line (its callers and their tests stay as simple as a plain call).  After half a
second a progress dialog with «Отмена» appears; the page that asked is disabled meanwhile,
so nothing is clicked twice.  Cancel sets the flag the work checks; the work then raises
``Cancelled`` (nothing is written), which is raised here too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.errors import Cancelled
from app.services.tasks import TaskRunner

translate = QCoreApplication.translate
SHOW_AFTER_MS = 500


def run_blocking(parent: QWidget | None, label: str, work: Callable[..., Any],
                 tasks: TaskRunner | None = None) -> Any:
    """``work(progress=, cancelled=)`` on a worker thread; returns its result or raises its
    exception (``Cancelled`` when the user cancelled)."""
    runner = tasks or TaskRunner()
    window = parent.window() if parent is not None else None
    dialog = QProgressDialog(label, translate("Background", "Cancel"), 0, 0, window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finished(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    def progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    task = runner.run(lambda progress, cancelled: work(progress=progress, cancelled=cancelled),
                      lambda result: finished("result", result),
                      lambda exc: finished("error", exc), progress)

    def cancel() -> None:
        task.cancel()
        dialog.setLabelText(translate("Background", "Cancelling…"))

    dialog.canceled.connect(cancel)
    blocked = parent if parent is not None and not parent.isWindow() else None
    if blocked is not None:
        blocked.setEnabled(False)
    try:
        if not outcome:
            loop.exec()
    finally:
        if blocked is not None:
            blocked.setEnabled(True)
        dialog.canceled.disconnect(cancel)  # closing a progress dialog says «canceled» too
        dialog.close()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    if task.is_cancelled():  # the work did not look at the flag: its result is not wanted
        raise Cancelled(translate("Background", "Cancelled."))
    return outcome["result"]
