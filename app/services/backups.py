"""Backups as the window and the command line see them.

SQLite: checked copies through the online backup API (app/backup.py), thinned on a schedule,
an automatic one on close and every few hours of work when something changed, restore after
a copy of the current state.  PostgreSQL: ``pg_dump`` in custom format into the same folder
(restore with ``pg_restore``, see the README); the server's own backups stay the DBA's job.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from app import backup as sqlite_backup
from app import paths
from app.db import sqlite_path
from app.models import AuditEntry
from app.services.audit import Action, record_now
from app.services.base import Service, translate
from app.services.errors import ServiceError
from app.services.files import atomic_write
from app.services.permissions import Permission, requires

AUTO_INTERVAL_HOURS = 3


class BackupFailed(ServiceError):
    """A backup or a restore did not happen; nothing was replaced."""


def _failed(exc: Exception) -> BackupFailed:
    if isinstance(exc, sqlite_backup.DamagedDatabaseError):
        return BackupFailed(translate(
            "Backups", "The copy failed its check, so it was not kept: {reason}").format(
                reason=exc))
    return BackupFailed(translate("Backups", "The backup failed: {reason}").format(reason=exc))


def _backup_seq(path: Path) -> int | None:
    """The last audit entry a SQLite backup holds: tells whether anything changed since."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0] or 0
        finally:
            conn.close()
    except sqlite3.Error:
        return None


class BackupService(Service):
    @property
    def folder(self) -> Path:
        return paths.backup_dir()

    def _db(self) -> Path | None:
        return sqlite_path(self.store.engine)

    @requires(Permission.BACKUP_MAKE)
    def backup_now(self, reason: str = "manual", now: datetime | None = None) -> Path:
        """Take a backup now; returns its file."""
        now = now or datetime.now()
        db = self._db()
        try:
            if db is None:
                target = self._pg_dump(now, reason)
            else:
                target = sqlite_backup.make_backup(db, self.folder, now, reason)
                sqlite_backup.prune(self.folder, now)
        except (sqlite_backup.BackupError, OSError, subprocess.CalledProcessError,
                subprocess.TimeoutExpired) as exc:
            raise _failed(exc) from exc
        record_now(self.store.sessions, Action.BACKUP, target.name,
                   username=self.actor.username or "—")
        return target

    @requires(Permission.BACKUP_AUTO)
    def automatic(self, now: datetime | None = None) -> Path | None:
        """The automatic backup (on close, every few hours): only when something changed
        since the newest backup, and only for SQLite."""
        db = self._db()
        if db is None:
            return None
        now = now or datetime.now()
        with self.store.sessions() as s:
            live = s.scalar(select(func.max(AuditEntry.seq))) or 0
        newest = next(iter(sqlite_backup.list_backups(self.folder)), None)
        if newest is not None and _backup_seq(newest.path) == live:
            return None
        try:
            target = sqlite_backup.make_backup(db, self.folder, now, "auto")
            sqlite_backup.prune(self.folder, now)
        except (sqlite_backup.BackupError, OSError) as exc:
            raise _failed(exc) from exc
        return target

    @requires(Permission.BACKUP_MAKE)
    def list_backups(self) -> list[sqlite_backup.BackupInfo]:
        """Newest first: SQLite copies, or pg_dump files for a PostgreSQL database."""
        if self._db() is not None:
            return sqlite_backup.list_backups(self.folder)
        out = []
        for path in self.folder.glob("clusterdesk-*.dump"):
            parts = path.stem.split("-", 3)  # clusterdesk, YYYYMMDD, HHMMSS, reason
            try:
                taken = datetime.strptime(f"{parts[1]}-{parts[2]}", "%Y%m%d-%H%M%S")
            except (IndexError, ValueError):
                continue
            out.append(sqlite_backup.BackupInfo(path, taken, parts[3] if len(parts) > 3 else "",
                                                path.stat().st_size))
        return sorted(out, key=lambda b: b.taken_at, reverse=True)

    @requires(Permission.BACKUP_RESTORE)
    def restore(self, backup: Path | str, now: datetime | None = None) -> Path | None:
        """Replace the database with a backup, after a copy of the current state.

        The store is closed for the duration and stays closed: the caller opens the database
        again (the window restarts itself, the command line exits).  Returns the copy of the
        state before the restore."""
        db = self._db()
        if db is None:
            raise BackupFailed(translate(
                "Backups", "A PostgreSQL database is restored with pg_restore; see the README."))
        backup = Path(backup)
        from app.migrate import preflight_sqlite

        try:
            preflight_sqlite(backup)  # a ClusterDesk file this program can open
        except Exception as exc:
            raise BackupFailed(str(exc)) from exc
        actor = self.actor.username or "—"
        self.store.engine.dispose()
        try:
            before = sqlite_backup.restore_backup(backup, db, self.folder, now or datetime.now())
        except sqlite_backup.BackupError as exc:
            raise BackupFailed(translate(
                "Backups", "The backup was not restored: {reason}").format(reason=exc)) from exc
        record_now(self.store.sessions, Action.RESTORE,
                   f"{backup.name}; before: {before.name if before else '—'}", username=actor)
        self.store.engine.dispose()
        return before

    def _pg_dump(self, now: datetime, reason: str) -> Path:
        exe = shutil.which("pg_dump")
        if exe is None:
            raise BackupFailed(translate(
                "Backups", "pg_dump was not found: install the PostgreSQL client tools."))
        url = self.store.engine.url
        target = self.folder / f"clusterdesk-{now:%Y%m%d-%H%M%S}-{reason}.dump"
        env = {**os.environ, "PGPASSWORD": url.password or ""}
        with atomic_write(target) as tmp:
            subprocess.run(
                [exe, "--format=custom", "--no-owner", f"--file={tmp}",
                 f"--host={url.host or 'localhost'}", f"--port={url.port or 5432}",
                 f"--username={url.username or ''}", url.database or ""],
                check=True, env=env, capture_output=True, timeout=3600,
            )
        return target
