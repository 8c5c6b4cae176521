"""Backups as the window and the command line see them.

Every database has its own backups folder (``paths.database_backup_dir``), and every backup
a manifest with its SHA-256, the cluster it holds and its audit head (app/backup_manifest.py).
SQLite: checked copies through the online backup API (app/backup.py), thinned on a schedule
(app/backup_catalog.py), an automatic one at most once per interval (on close and every few
hours of work, when something changed), restore after a copy of the current state.
PostgreSQL: ``pg_dump`` in custom format from one exported snapshot (the manifest is read in
the same snapshot), into the database's folder (restore with ``pg_restore``, see the README);
the server's own backups stay the DBA's job.
"""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path

from app import backup as sqlite_backup
from app import backup_catalog, paths
from app.backup_manifest import Contents, contents_of_file
from app.db import sqlite_path
from app.migrate import preflight_sqlite
from app.pg_dump import (  # noqa: F401 - BackupFailed is the services' name for it
    BackupFailed,
    backup_failed,
    backups_folder,
    dump_postgres,
    live_contents,
)
from app.services import clock
from app.services.audit import Action, record_now
from app.services.base import Service, translate
from app.services.permissions import Permission, requires

#: The automatic backup's interval unless the settings say otherwise (settings.BACKUP_INTERVAL).
AUTO_INTERVAL = timedelta(hours=4)


def _cluster_label(name: str | None) -> str:
    return name if name else translate("Backups", "no cluster (an empty database)")


class OtherClusterError(BackupFailed):
    """The copy holds another cluster than the open database; restoring it needs the
    administrator's explicit confirmation (``other_cluster=True``)."""

    def __init__(self, backup_cluster: str, current_cluster: str):
        self.backup_cluster = backup_cluster
        self.current_cluster = current_cluster
        super().__init__(translate(
            "Backups", "This copy holds another cluster, «{backup}», while the open database "
            "holds «{current}». Restoring it would replace one cluster with the other, so it is "
            "done only when you confirm it.").format(backup=backup_cluster,
                                                     current=current_cluster))


class BackupService(Service):
    @property
    def folder(self) -> Path:
        return backups_folder(self.store.engine)

    def _db(self) -> Path | None:
        return sqlite_path(self.store.engine)

    def _current(self) -> Contents:
        with self.store.engine.connect() as conn:
            return live_contents(conn)

    @requires(Permission.BACKUP_MAKE)
    def backup_now(self, reason: str = "manual", now: datetime | None = None) -> Path:
        """Take a backup now; returns its file."""
        now = now or clock.local_now()
        db = self._db()
        try:
            if db is None:
                target = dump_postgres(self.store.engine, self.folder, now, reason)
            else:
                target = sqlite_backup.make_backup(db, self.folder, now, reason)
            backup_catalog.prune(self.folder, now)
        except (sqlite_backup.BackupError, OSError, subprocess.CalledProcessError,
                subprocess.TimeoutExpired) as exc:
            raise backup_failed(exc) from exc
        record_now(self.store.sessions, Action.BACKUP, target.name,
                   username=self.actor.username or "—")
        return target

    @requires(Permission.BACKUP_AUTO)
    def automatic(self, now: datetime | None = None,
                  interval: timedelta = AUTO_INTERVAL) -> Path | None:
        """The automatic backup (on close, every few hours): at most one per ``interval``
        for this database (the newest automatic copy in its folder tells when the last
        was), only when something changed since its newest backup, and only for SQLite."""
        db = self._db()
        if db is None:
            return None
        if not self.store.maintenance.acquire(blocking=False):
            return None  # a restore is replacing the file: this turn is skipped
        try:
            return self._automatic(db, now or clock.local_now(), interval)
        finally:
            self.store.maintenance.release()

    def _automatic(self, db: Path, now: datetime, interval: timedelta) -> Path | None:
        backups = backup_catalog.list_backups(self.folder)
        last_auto = next((b for b in backups if b.reason == "auto"), None)
        # abs(): a clock set back must not make every close take a copy either
        if last_auto is not None and abs(now - last_auto.taken_at) < interval:
            return None
        live = self._current().audit_seq
        if backups and _audit_seq(backups[0]) == live:
            return None
        try:
            target = sqlite_backup.make_backup(db, self.folder, now, "auto")
            backup_catalog.prune(self.folder, now)
        except (sqlite_backup.BackupError, OSError) as exc:
            raise backup_failed(exc) from exc
        return target

    @requires(Permission.BACKUP_MAKE)
    def list_backups(self) -> list[sqlite_backup.BackupInfo]:
        """This database's backups, newest first: its folder's SQLite copies or pg_dump files,
        and (SQLite) copies made by older versions in the shared folder that hold its cluster
        (``legacy``: no checksum)."""
        found = backup_catalog.list_backups(self.folder)
        if self._db() is not None:
            found += backup_catalog.legacy_backups(paths.backup_dir(),
                                                  self._current().cluster_id)
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    @requires(Permission.BACKUP_RESTORE)
    def restore(self, backup: Path | str, now: datetime | None = None,
                other_cluster: bool = False) -> Path | None:
        """Replace the database with a backup, after a copy of the current state.

        Refused (nothing changes): a copy whose bytes differ from its manifest's checksum; a
        file that is not a ClusterDesk database this program can open; a copy of another
        cluster unless ``other_cluster`` (:class:`OtherClusterError` names both clusters).
        The store is closed for the duration and stays closed: the caller opens the database
        again (the window restarts itself, the command line exits).  Returns the copy of the
        state before the restore."""
        db = self._db()
        if db is None:
            raise BackupFailed(translate(
                "Backups", "A PostgreSQL database is restored with pg_restore; see the README."))
        backup = Path(backup)
        try:
            if sqlite_backup.verify_checksum(backup) is None and \
                    backup.resolve().parent != paths.backup_dir().resolve():
                # this version gives every copy a manifest; only older versions' copies, in
                # the shared folder, may lack one — elsewhere a missing one cannot be checked
                raise sqlite_backup.ChecksumMismatchError(backup.name)
        except sqlite_backup.ChecksumMismatchError as exc:
            raise BackupFailed(translate(
                "Backups", "The backup was not restored: its contents do not match the "
                "checksum recorded when it was made (the file has changed or is damaged). "
                "Choose another copy.")) from exc
        except sqlite_backup.BackupError as exc:
            raise BackupFailed(translate(
                "Backups", "The backup was not restored: {reason}").format(reason=exc)) from exc
        try:
            preflight_sqlite(backup)  # a ClusterDesk file this program can open
        except Exception as exc:
            raise BackupFailed(str(exc)) from exc
        copy = contents_of_file(backup) or Contents()
        current = self._current()
        if current.cluster_id is not None and copy.cluster_id != current.cluster_id \
                and not other_cluster:
            raise OtherClusterError(_cluster_label(copy.cluster_name),
                                    _cluster_label(current.cluster_name))
        actor = self.actor.username or "—"
        folder = self.folder
        with self.store.maintenance:  # the automatic backup waits its next turn
            self.store.engine.dispose()
            try:
                before = sqlite_backup.restore_backup(backup, db, folder, now or clock.local_now())
            except sqlite_backup.BackupError as exc:
                raise BackupFailed(translate(
                    "Backups", "The backup was not restored: {reason}").format(
                        reason=exc)) from exc
        detail = f"{backup.name}; before: {before.name if before else '—'}"
        if copy.cluster_id != current.cluster_id:
            detail += f"; cluster: {current.cluster_name or '—'} → {copy.cluster_name or '—'}"
        record_now(self.store.sessions, Action.RESTORE, detail, username=actor)
        self.store.engine.dispose()
        return before


def _audit_seq(info: sqlite_backup.BackupInfo) -> int | None:
    """The last audit entry a backup holds: tells whether anything changed since."""
    if info.contents is not None and info.contents.audit_seq is not None:
        return info.contents.audit_seq
    contents = contents_of_file(info.path)
    return contents.audit_seq if contents is not None else None
