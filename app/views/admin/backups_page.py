"""Backups: take one now, see this database's list, restore one (after a copy of the current
state; a copy of another cluster only when confirmed naming both)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.backups import OtherClusterError
from app.services.errors import ServiceError
from app.views import dialogs
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.page_actions import PageToolbar


class BackupsPage(QWidget):
    restored = Signal()  # the database was replaced: the program reopens it

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
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
            for col, text in enumerate((info.taken_at.strftime("%d.%m.%Y %H:%M"), kind,
                                        cluster, checksum, str(info.path))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.empty_state.update_state()

    def backup_now(self) -> None:
        try:
            target = self.services.backups.backup_now()
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Backups"), str(exc))
            return
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
                    when=info.taken_at.strftime("%d.%m.%Y %H:%M"))):
            return
        # background reads (the dashboard, a list loading) hold connections to the file the
        # restore replaces: let them finish first
        QThreadPool.globalInstance().waitForDone(60_000)
        try:
            try:
                self.services.backups.restore(info.path)
            except OtherClusterError as exc:
                if not dialogs.confirm(self, self.tr("Restore another cluster's copy"), self.tr(
                        "This copy holds the cluster «{backup}», but the open database holds "
                        "the cluster «{current}». Replace «{current}» with «{backup}»?").format(
                            backup=exc.backup_cluster, current=exc.current_cluster)):
                    return
                self.services.backups.restore(info.path, other_cluster=True)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Backups"), str(exc))
            return
        self.restored.emit()
