"""The main window: a navigation sidebar naming every section, the pages, a status bar
showing the open database."""

from __future__ import annotations

import gc
import importlib
import logging
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QEventLoop,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__, paths
from app.sections import SECTION_KEYS, SECTIONS, Section
from app.services import Services
from app.services.backups import AUTO_INTERVAL
from app.services.errors import ServiceError
from app.services.tasks import Task, TaskRunner
from app.settings import (
    BACKUP_INTERVAL_HOURS,
    LAST_SECTION,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from app.views.deadlines.notice import NoticeStrip, check_on_start
from app.views.help_window import HelpWindow
from app.views.menus import build_menus
from app.views.widgets.navigation import make_navigation
from app.views.widgets.page import SectionPage

log = logging.getLogger(__name__)

# the registry is app/sections.py; SECTION_KEYS stays importable from here for callers
__all__ = ["SECTIONS", "SECTION_KEYS", "MainWindow", "user_guide"]


def user_guide() -> Path | None:
    """The user guide's index: docs/user-guide/ in the source tree, or the copy bundled beside
    resources/ in an installed build; None when neither is there."""
    root = paths.RESOURCES.parent
    for candidate in (root / "docs" / "user-guide" / "README.md", root / "docs" / "README.md"):
        if candidate.is_file():
            return candidate
    return None


def page_imported(section: Section) -> bool:
    return section.page.partition(":")[0] in sys.modules


def page_class(section: Section) -> type[SectionPage]:
    """The page's class, imported on first use (the start-up loads only the first page)."""
    module, _, name = section.page.partition(":")
    return getattr(importlib.import_module(module), name)


class MainWindow(QMainWindow):
    restart_requested = Signal()  # the database was replaced (restore): open it again

    def __init__(self, services: Services, settings: Settings, demo: bool = False, parent=None):
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.tasks = TaskRunner(self)
        title = f"{APP_NAME} {__version__}"
        if demo:
            title += " — " + self.tr("demo database")
        self.setWindowTitle(title)

        self.navigation = make_navigation(SECTIONS)
        self.pages = QStackedWidget()
        self._built: dict[str, SectionPage] = {}
        self._at_once = False  # show_section: the page is wanted now, not after an import
        for section in SECTIONS:
            holder = QWidget()
            holder.setObjectName(f"section-{section.key}")
            QHBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.pages.addWidget(holder)
        self.navigation.currentRowChanged.connect(self._section_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        self.notice = NoticeStrip()  # overdue and coming deadlines, once a day
        self.notice.open_deadlines.connect(lambda: self.show_section("deadlines"))
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice)
        column.addWidget(self.pages, 1)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        data_menu = self.menuBar().addMenu(self.tr("Data"))
        self.data_check_action = data_menu.addAction(self.tr("Data check…"),
                                                     self.open_data_check)
        self.data_check_action.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.data_check = None  # the data check's window, made when first opened
        help_menu = self.menuBar().addMenu(self.tr("Help"))
        self.guide_action = help_menu.addAction(self.tr("User guide"), self.open_user_guide)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_window = None  # the guide's window, made when first opened
        build_menus(self, SECTIONS)  # Файл, Правка, Вид before these two

        # the cluster's name, not the database path (Settings → General shows where it is)
        self.db_label = QLabel(self.cluster_title())
        self.statusBar().addPermanentWidget(self.db_label)
        if services.actor.username:
            self.user_label = QLabel(self.tr("User: {name}").format(name=services.actor.username))
            self.statusBar().addPermanentWidget(self.user_label)

        # an automatic backup every few hours of work, when something changed
        self._closing = False
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(int(self.backup_interval().total_seconds() * 1000))
        self.backup_timer.timeout.connect(self.automatic_backup)
        self.backup_timer.start()

        self.resize(1280, 800)
        geometry = settings.get(WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.get(WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        last = settings.get(LAST_SECTION)
        self.show_section(last if last in SECTION_KEYS else "dashboard")
        check_on_start(services, settings, self.tasks, self.notice)

    # --- sections ---
    def show_section(self, key: str) -> SectionPage:
        """Open a section and return its page, built at once (links, menus, start-up)."""
        index = SECTION_KEYS.index(key)
        if self.navigation.currentRow() != index:
            self._at_once = True
            try:
                self.navigation.setCurrentRow(index)  # builds the page in _section_changed
            finally:
                self._at_once = False
        return self.page(key)

    def follow_link(self, key: str, kind: str, record_id) -> None:
        """Follow a link between sections (an item's contract, a contract's item)."""
        self.show_section(key).show_record(kind, record_id)

    def page(self, key: str) -> SectionPage:
        if key not in self._built:
            page = self._make_page(key)
            self._built[key] = page
            self.pages.widget(SECTION_KEYS.index(key)).layout().addWidget(page)
            page.show()  # at once, not on the next turn of the loop: its holder may be shown
            gc.freeze()  # its widgets now, its rows after its first load (below)
            page.loaded.connect(lambda p=page: _keep_out_of_gc(p))
        return self._built[key]

    def current_section(self) -> str:
        return SECTION_KEYS[self.navigation.currentRow()]

    def _section_changed(self, row: int) -> None:
        if row < 0:
            return
        key = SECTION_KEYS[row]
        section = SECTIONS[row]
        if key in self._built or self._at_once or page_imported(section):
            self._load(key)  # built before it is shown: laid out once
            self.pages.setCurrentIndex(row)
            return
        self.pages.setCurrentIndex(row)
        # a click on a section whose code is not loaded yet: it is imported off the GUI thread
        # (a section that prints imports reportlab: up to a second) under «Opening…», and the
        # page is built when it has arrived; the window answers meanwhile
        holder = self.pages.widget(row)
        if holder.findChild(QLabel, "sectionOpening") is None:
            opening = QLabel(self.tr("Opening the section…"))
            opening.setObjectName("sectionOpening")
            opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
            holder.layout().addWidget(opening)
        self.tasks.run(lambda: page_class(section), lambda _cls: self._imported(key),
                       lambda _exc: self._imported(key))  # built here, an error says itself

    def _imported(self, key: str) -> None:
        holder = self.pages.widget(SECTION_KEYS.index(key))
        opening = holder.findChild(QLabel, "sectionOpening")
        if opening is not None:
            opening.deleteLater()
            holder.layout().removeWidget(opening)
        if key not in self._built:
            if self.current_section() == key:
                self._load(key)
            else:
                self.page(key)

    def _load(self, key: str) -> SectionPage:
        """The section's page, built if need be, its data on the way.  A new page whose
        first fetch needs none of its widgets (``first_fetch``) has it started first, so
        the rows are read while the page is built (issue 19: the participants' click)."""
        if key not in self._built:
            work = page_class(SECTIONS[SECTION_KEYS.index(key)]).first_fetch(self.services)
            if work is not None:
                answer: list = []  # the page's loader takes the answer; it exists by then
                self.tasks.run(work, lambda result: answer[0](result),
                               lambda exc: answer[1](exc))
                page = self.page(key)
                answer.extend(page.loader.adopt())
                return page
        page = self.page(key)
        page.reload()
        return page

    def _make_page(self, key: str) -> SectionPage:
        """Every page is made and wired the same way; a signal a page never sends is simply
        never emitted."""
        page = page_class(SECTIONS[SECTION_KEYS.index(key)])(
            self.services, self.settings, self.tasks)
        page.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        page.link_requested.connect(self.follow_link)
        page.open_section.connect(self.show_section)
        page.open_data_check.connect(self.open_data_check)
        page.restored.connect(self.restart_requested)
        return page

    def open_data_check(self):
        """The data check's list, beside the window (one, reused); it checks again each time
        it is opened."""
        if self.data_check is None:
            from app.views.data_check.dialog import DataCheckDialog

            self.data_check = DataCheckDialog(self.services, self.tasks, self)
            self.data_check.open_record.connect(self.open_record)
        self.data_check.show()
        self.data_check.raise_()
        self.data_check.activateWindow()
        self.data_check.reload()
        return self.data_check

    def cluster_title(self) -> str:
        try:
            return self.services.cluster.get().name
        except ServiceError:  # a role that may not read the cluster's card
            return ""

    def open_record(self, section: str, _record_id=None) -> None:
        """A link of the data check: the record's section (the row says which record)."""
        self.show_section(section)
        self.activateWindow()

    def open_user_guide(self) -> None:
        guide = user_guide()
        if guide is None:
            from app.views.dialogs import show_message

            show_message(self, self.tr("User guide"),
                         self.tr("The user guide is not installed with this copy of ClusterDesk."))
            return
        if self.help_window is None:
            self.help_window = HelpWindow(guide, self)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    def wait_until_loaded(self, timeout_ms: int = 30_000) -> None:
        self.tasks.wait(timeout_ms)

    # --- closing ---
    def closeEvent(self, event) -> None:  # noqa: N802
        if self._closing:  # closed again while the backup on close runs: it closes after it
            event.ignore()
            return
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set(LAST_SECTION, self.current_section())
        for page in self._built.values():
            page.save_state()
        self.settings.sync()
        self.tasks.wait(10_000)
        self.backup_timer.stop()
        self._closing = True
        try:
            self._backup_before_closing()
        finally:
            self._closing = False
            self.centralWidget().setEnabled(True)
            self.menuBar().setEnabled(True)
        super().closeEvent(event)

    def backup_interval(self) -> timedelta:
        hours = self.settings.get(BACKUP_INTERVAL_HOURS)
        # a timer takes at most 2^31 ms (about 24 days): a larger value in the file is capped
        return timedelta(hours=min(hours, 24 * 24)) if hours > 0 else AUTO_INTERVAL

    def _backup_before_closing(self) -> None:
        """The backup on close runs off the GUI thread (a large file takes a second or more);
        a local event loop keeps the window painted until it ends, so the process lives on
        until the copy is whole.  If it takes a moment, the status bar says what happens."""
        loop = QEventLoop()
        finished: list[bool] = []

        def done() -> None:
            finished.append(True)
            loop.quit()

        self.centralWidget().setEnabled(False)  # nothing to click while the window closes
        self.menuBar().setEnabled(False)
        note = QTimer(self)
        note.setSingleShot(True)
        note.timeout.connect(lambda: self.statusBar().showMessage(
            self.tr("Saving a backup copy…")))
        note.start(300)
        self.automatic_backup(on_finished=done)
        if not finished:
            loop.exec()
        note.stop()

    def automatic_backup(self, on_finished=None) -> Task:
        """Off the GUI thread and never in the user's way: a failure is logged and said in
        the status bar.  ``on_finished`` is called on the GUI thread either way."""
        interval = self.backup_interval()

        def succeeded(target) -> None:
            if target is not None:
                log.info("automatic backup: %s", target)
            if on_finished is not None:
                on_finished()

        def failed(exc: Exception) -> None:  # the window must close even without a copy
            log.warning("automatic backup failed: %s", exc)
            self.statusBar().showMessage(str(exc), 15000)
            if on_finished is not None:
                on_finished()

        return self.tasks.run(lambda: self.services.backups.automatic(interval=interval),
                              succeeded, failed)


def _keep_out_of_gc(page: SectionPage) -> None:
    """A section's widgets and its first load's rows live as long as the window: they leave
    the cyclic collector's heap (gc.freeze).  Else each full collection walks them all
    holding the interpreter lock, 100 ms or more with 10,000 rows, and the window froze that
    long even when a worker thread collected (issue 19).  Once per page: later loads' garbage
    stays collectable."""
    if not getattr(page, "_kept_out_of_gc", False):
        page._kept_out_of_gc = True
        gc.freeze()
