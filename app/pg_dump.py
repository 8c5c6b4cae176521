"""PostgreSQL copies with pg_dump, and the facts a copy's manifest records (cluster, audit
head).  Below the services: the upgrade before a migration (app.migrate) and the backup
service both use it."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine, inspect, select, text

from app import backup as sqlite_backup
from app import paths
from app.backup_manifest import Contents, canonical_id
from app.db import sqlite_path
from app.errors import ServiceError
from app.models import AuditEntry
from app.models.organizations import Cluster

translate = QCoreApplication.translate


class BackupFailed(ServiceError):
    """A backup or a restore did not happen; nothing was replaced."""


def backup_failed(exc: Exception) -> BackupFailed:
    if isinstance(exc, sqlite_backup.DamagedDatabaseError):
        return BackupFailed(translate(
            "Backups", "The copy failed its check, so it was not kept: {reason}").format(
                reason=exc))
    if isinstance(exc, subprocess.CalledProcessError) and exc.stderr:
        exc = (exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes)
               else str(exc.stderr)).strip()
    return BackupFailed(translate("Backups", "The backup failed: {reason}").format(reason=exc))


def backups_folder(engine: Engine) -> Path:
    """This database's own backups folder."""
    return paths.database_backup_dir(sqlite_path(engine) or engine.url)


def live_contents(conn) -> Contents:
    """The cluster and audit head of the database ``conn`` is connected to (any schema
    revision: a table not there yet gives None)."""
    tables = set(inspect(conn).get_table_names())
    cluster_id = cluster_name = seq = head = None
    if "cluster" in tables:
        row = conn.execute(select(Cluster.id, Cluster.name).order_by(Cluster.created_at)
                           .limit(1)).first()
        if row is not None:
            cluster_id, cluster_name = canonical_id(row[0]), row[1]
    if "audit_log" in tables:
        row = conn.execute(select(AuditEntry.seq, AuditEntry.hash)
                           .order_by(AuditEntry.seq.desc()).limit(1)).first()
        seq, head = (row[0], row[1]) if row is not None else (0, "")
    return Contents(cluster_id, cluster_name, seq, head)


def dump_postgres(engine: Engine, folder: Path, now: datetime, reason: str) -> Path:
    """A pg_dump (custom format) of the database into ``folder`` with its manifest.

    The dump and the manifest's cluster and audit head come from one snapshot (exported by a
    REPEATABLE READ transaction and handed to pg_dump), so they describe the same state.
    The dump is listed by pg_restore before it is kept: a file it cannot read is not a backup.
    """
    exe, lister = shutil.which("pg_dump"), shutil.which("pg_restore")
    if exe is None or lister is None:
        raise BackupFailed(translate(
            "Backups", "pg_dump was not found: install the PostgreSQL client tools."))
    url = engine.url
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".clusterdesk-", suffix=".partial", dir=folder)
    os.close(fd)
    tmp = Path(name)
    env = {**os.environ, "PGPASSWORD": url.password or ""}
    try:
        with engine.connect() as conn:
            conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar()
                contents = live_contents(conn)
                subprocess.run(
                    [exe, "--format=custom", "--no-owner", "--no-password",
                     f"--snapshot={snapshot}", f"--file={tmp}",
                     f"--host={url.host or 'localhost'}", f"--port={url.port or 5432}",
                     f"--username={url.username or ''}", url.database or ""],
                    check=True, env=env, capture_output=True, timeout=3600)
        subprocess.run([lister, "--list", str(tmp)], check=True, capture_output=True,
                       timeout=600)
        return sqlite_backup.keep_file(tmp, folder, now, reason, sqlite_backup.DUMP_EXTENSION,
                                       url.render_as_string(hide_password=True), contents)
    finally:
        tmp.unlink(missing_ok=True)
