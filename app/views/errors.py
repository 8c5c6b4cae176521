"""Unhandled exceptions: written to the log with the traceback, shown to the user in Russian,
and the window stays open (Qt keeps running after a slot raises)."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.logs import log_file, setup_logging
from app.views import dialogs

log = logging.getLogger("clusterdesk.crash")


translate = QCoreApplication.translate


def open_failed_title() -> str:
    return translate("Errors", "The database could not be opened")


def show_message(parent, title: str, text: str, details: str = "") -> None:
    dialogs.show_message(parent, title, text, details)


_busy = False


def handle_exception(exc_type, exc, tb) -> None:
    global _busy
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    setup_logging()
    log.error("unhandled exception\n%s", details)
    if QApplication.instance() is None or _busy:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _busy = True  # an error inside the dialog must not open a dialog storm
    try:
        dialogs.show_message(
            QApplication.activeWindow(),
            translate("Errors", "Something went wrong"),
            translate("Errors", "The program ran into an unexpected error. Your saved data is safe; "
                "the action you were doing may not have finished.\n\n"
                "The details were written to {path}. Please send that file to support."
            ).format(path=log_file()),
            details,
        )
    finally:
        _busy = False


def install_excepthook() -> None:
    sys.excepthook = handle_exception
