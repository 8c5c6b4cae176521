"""Backups: take one now, see this database's list, restore one (after a copy of the current
state; a copy of another cluster only when confirmed naming both)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_datetime
from app.services import Services
from app.services.backups import OtherClusterError
from app.services.errors import ServiceError
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.page_actions import PageToolbar


class BackupsPage(QWidget):
    restored = Signal()  # the database was replaced: the program reopens it

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.tasks = TaskRunner(self)
        self._loaded = False  # until the first reload the table is empty, not the folder
        self.toolbar = PageToolbar()
        self.backup_action = self.toolbar.extra(self.tr("Back up now"), self.backup_now,
                                                "mdi6.database-arrow-down-outline")
        self.restore_action = self.toolbar.extra(self.tr("Restore the selected copy…"),
                                                 self.restore_selected, "mdi6.backup-restore")
        self.refresh_action = self.toolbar.standard("refresh", self.reload)
        note = QLabel(self.tr(
            "A checked copy of this database, with its checksum, is made automatically when "
            "you close the program and while you work, at most once every few hours; old "
            "copies are thinned (daily for a week, weekly for 8 weeks, monthly for a year; "
            "copies made before a restore or an upgrade are kept for 30 days). This "
            "database's folder: {folder}").format(folder=services.backups.folder))
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"),
                                              self.tr("Cluster"), self.tr("Checksum"),
                                              self.tr("File")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 200)
        self.empty_state = EmptyState(
            self.table, self.table.model(), self.tr("There are no backups yet."),
            self.tr("Make the first backup"), self.backup_now,
            is_empty=lambda: self._loaded and self.table.rowCount() == 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(note)
        layout.addWidget(self.empty_state, 1)
        self._infos = []

    def reload(self) -> None:
        try:
            self._infos = self.services.backups.list_backups()
        except ServiceError:
            self._infos = []
        self._loaded = True
        self.table.setRowCount(len(self._infos))
        kinds = {"auto": self.tr("automatic"), "manual": self.tr("made by hand"),
                 "before-restore": self.tr("before a restore")}
        for row, info in enumerate(self._infos):
            kind = kinds.get(info.reason, self.tr("before an upgrade")
                             if info.reason.startswith("before-upgrade") else info.reason)
            if info.manifest_error:
                checksum = self.tr("manifest unreadable")
            elif info.has_checksum:
                checksum = self.tr("recorded")
            else:
                checksum = self.tr("none (made by an older version)")
            cluster = (info.contents.cluster_name if info.contents else "") or ""
            for col, text in enumerate((format_datetime(info.taken_at), kind,
                                        cluster, checksum, str(info.path))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.empty_state.update_state()

    # --- off the GUI thread: a copy of a large database takes seconds ---
    def _in_background(self, label: str, work, done, failed, at_once: bool = False) -> None:
        """Run ``work`` on a worker thread behind a busy dialog (shown after half a second;
        the window takes no input meanwhile: a restore replaces the file under it)."""
        progress = QProgressDialog(label, "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0 if at_once else 500)
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(False)

        def finish(callback, value) -> None:
            progress.close()
            for action in (self.backup_action, self.restore_action):
                action.setEnabled(True)
            callback(value)

        self.tasks.run(work, lambda r: finish(done, r), lambda e: finish(failed, e))

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, ServiceError | OSError):
            raise exc
        dialogs.show_message(self, self.tr("Backups"), str(exc))

    def backup_now(self) -> None:
        self._in_background(self.tr("Making a backup…"), self.services.backups.backup_now,
                            self._backed_up, self._failed)

    def _backed_up(self, target) -> None:
        dialogs.show_message(self, self.tr("Backups"),
                             self.tr("Backup written to {path}").format(path=target),
                             warning=False)
        self.reload()

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._infos):
            return
        info = self._infos[row]
        if not dialogs.confirm(self, self.tr("Restore a backup"), self.tr(
                "Replace the whole database with the copy of {when}? Everything entered since "
                "then will be gone from the database (a copy of the current state is kept "
                "first). The program will reopen the database.").format(
                    when=format_datetime(info.taken_at))):
            return
        # background reads (the dashboard, a list loading) hold connections to the file the
        # restore replaces: let them finish first
        QThreadPool.globalInstance().waitForDone(60_000)
        self._restore(info, other_cluster=False)

    def _restore(self, info, other_cluster: bool) -> None:
        backups = self.services.backups
        self._in_background(
            self.tr("Restoring the copy…"),
            lambda: backups.restore(info.path, other_cluster=other_cluster),
            lambda _before: self.restored.emit(),
            lambda exc: self._restore_refused(info, exc, other_cluster), at_once=True)

    def _restore_refused(self, info, exc: Exception, other_cluster: bool) -> None:
        if isinstance(exc, OtherClusterError) and not other_cluster:
            if dialogs.confirm(self, self.tr("Restore another cluster's copy"), self.tr(
                    "This copy holds the cluster «{backup}», but the open database holds "
                    "the cluster «{current}». Replace «{current}» with «{backup}»?").format(
                        backup=exc.backup_cluster, current=exc.current_cluster)):
                self._restore(info, other_cluster=True)
            return
        self._failed(exc)
