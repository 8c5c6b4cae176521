"""One way to import a spreadsheet from any section: off the GUI thread, a progress dialog
that appears after half a second and can cancel, then either «nothing was imported» with
every bad row listed, or «imported N rows» — the importers commit all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.errors import ServiceError
from app.services.importers.base import ImportCancelled, ImportFileError, ImportResult
from app.services.tasks import Task, TaskRunner
from app.settings import LAST_FOLDER, Settings
from app.views import dialogs

translate = QCoreApplication.translate


def choose_spreadsheet(parent: QWidget, settings: Settings, title: str) -> Path | None:
    """Ask for an .xlsx file to import, starting in the folder used last (remembered)."""
    name = dialogs.choose_open_file(parent, title, settings.get(LAST_FOLDER),
                                    dialogs.excel_pattern())
    if not name:
        return None
    settings.set(LAST_FOLDER, str(Path(name).parent))
    return Path(name)


def run_import(parent: QWidget, tasks: TaskRunner, label: str,
               work: Callable[..., ImportResult],
               on_imported: Callable[[ImportResult], None]) -> Task:
    """``work(progress=, cancelled=)`` runs the importer; ``on_imported(result)`` refreshes
    the section after a successful import (after the user was told how many rows came)."""
    progress = QProgressDialog(label, translate("Importing", "Cancel"), 0, 0, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)

    def on_progress(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def done(result: ImportResult) -> None:
        progress.close()
        if not result.ok:  # the first errors are listed, the rest counted
            dialogs.show_message(
                parent, translate("Importing", "Nothing was imported"),
                translate("Importing", "The file has {count} errors; fix them and import "
                                       "again.").format(count=result.error_count),
                "\n".join(result.error_lines()))
            return
        text = translate("Importing", "Imported {rows} rows: {created} added, {updated} "
                                      "updated, {unchanged} unchanged.").format(
            rows=result.rows_read, created=result.created, updated=result.updated,
            unchanged=result.unchanged)
        dialogs.show_message(parent, translate("Importing", "Import finished"), text,
                             "\n".join(result.notes), warning=False)
        on_imported(result)

    def failed(exc: Exception) -> None:
        progress.close()
        if not isinstance(exc, ImportCancelled | ImportFileError | ServiceError):
            raise exc
        dialogs.show_message(parent, translate("Importing", "Nothing was imported"), str(exc))

    task = tasks.run(lambda progress, cancelled: work(progress=progress, cancelled=cancelled),
                     done, failed, on_progress)
    progress.canceled.connect(task.cancel)
    return task
