"""The base every section page derives from, and a lighter one for the parts of a page.

A page gets the services, the settings and the task runner once, here; it says things in the
status bar through ``status`` and tells that a fetch ended through ``loaded``.  The signals
that only some pages send (a link to another section's record, a section to open, the data
check, a restored database) are declared here too, so the window connects them the same way
for every page.

Loading: a page names the work of one fetch (``fetch``, read on the GUI thread, run off it)
and shows its answer (``show_fetched``).  ``reload`` never drops a request: one asked while a
fetch runs makes one more fetch after it, so a row saved during a load is on screen at the
end.  Saving: ``run_dialog`` shows a record's dialog; what it saved is announced, the page
loads again and the saved record is chosen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.services import Services
from app.services.tasks import TaskRunner
from app.settings import Settings
from app.views import dialogs
from app.views.widgets.loader import Loader

translate = QCoreApplication.translate


class PagePart(QWidget):
    """A tab or a panel of a section page: the services, the task runner, a status line."""

    status = Signal(str)

    def __init__(self, services: Services, tasks: TaskRunner | None = None, parent=None,
                 settings: Settings | None = None):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.settings = settings

    def run_dialog(self, dialog, saved: Callable[[Any], None]) -> None:
        """Show a record's dialog (modal); ``saved`` gets what it saved."""
        if dialog is not None and dialog.exec() and dialog.saved:
            saved(dialog.saved)


class SectionPage(QWidget):
    """One section of the main window (app/sections.py names them all)."""

    status = Signal(str)
    loaded = Signal()  # a fetch ended (with an answer or a failure)
    link_requested = Signal(str, str, object)  # section, kind, id: another section's record
    open_section = Signal(str)  # a section key of the main window
    open_data_check = Signal()  # the data check's list (a window of its own)
    restored = Signal()  # the database was replaced: the application opens it again

    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.tasks = tasks
        self.loader = Loader(tasks, self._prepare, self._fetched, self._fetch_failed)
        self.reselect: Any = None  # the record to choose once the next answer is shown
        self._title = ""

    def title_label(self, text: str) -> QLabel:
        """The page's heading; its text also heads the page's error messages."""
        self._title = text
        label = QLabel(text)
        label.setObjectName("pageTitle")
        return label

    def page_title(self) -> str:
        return self._title

    def show_record(self, kind: str, record_id: Any) -> None:
        """Another section links to a record of this one (``kind`` says which list)."""

    def save_state(self) -> None:
        """Keep what the user arranged (column widths…) in the settings; the window closes."""

    # --- loading ---
    @classmethod
    def first_fetch(cls, services: Services) -> Callable[[], Any] | None:
        """The work of a new page's first fetch, when it can be said without the page's
        widgets: the window starts it before building the page, so the page is built while
        the rows are read (None: the page's first ``reload`` fetches)."""
        return None

    def fetch(self) -> Callable[[], Any] | None:
        """Read what the fetch needs from the widgets (GUI thread); return the work to run
        off it.  None: the page has nothing to fetch (``reload`` then only says «loaded»)."""
        return None

    def show_fetched(self, result: Any) -> None:
        """Show a fetch's answer (GUI thread)."""

    def fetch_failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.page_title(), str(exc))

    def reload(self) -> None:
        self.loader.run()

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def _prepare(self) -> Callable[[], Any]:
        work = self.fetch()
        return work if work is not None else (lambda: None)

    def _fetched(self, result: Any) -> None:
        self.show_fetched(result)
        chosen, self.reselect = self.reselect, None
        if chosen is not None:
            self.select_record(chosen)
        self.loaded.emit()

    def _fetch_failed(self, exc: Exception) -> None:
        self.fetch_failed(exc)
        self.loaded.emit()

    # --- saving ---
    def run_dialog(self, dialog) -> None:
        """Show a record's dialog (modal); what it saved is shown and chosen."""
        if dialog is not None and dialog.exec() and dialog.saved:
            self.after_save(dialog.saved)

    def after_save(self, saved: Any) -> None:
        """A dialog saved ``saved``: say so, load again, choose it once it is on screen."""
        self.status.emit(translate("SectionPage", "Saved: {name}").format(
            name=self.saved_name(saved)))
        self.remember_saved(saved)
        self.reload()

    def saved_name(self, saved: Any) -> str:
        for field in ("short_name", "name", "title", "full_name"):
            value = getattr(saved, field, None)
            if value:
                return str(value)
        return ""

    def remember_saved(self, saved: Any) -> None:
        """What to choose after the next load (the saved record's id unless a page says)."""
        self.reselect = getattr(saved, "id", None)

    def select_record(self, record_id: Any) -> None:
        """Choose the record in the page's table (``self.table`` over a model with
        ``row_of``); pages with another kind of list say how."""
        table, model = getattr(self, "table", None), getattr(self, "model", None)
        if table is None or model is None or not hasattr(model, "row_of"):
            return
        row = model.row_of(record_id)
        if row >= 0:
            table.selectRow(row)
            table.scrollTo(model.index(row, 0))
