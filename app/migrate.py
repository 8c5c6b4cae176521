"""Open a database safely: refuse a newer one, back up an older one, then upgrade it.

The idea follows Vorta's and OpenLP's ordered upgrades: the schema version lives in the
database (Alembic's ``alembic_version``), a database made by a newer ClusterDesk is left
untouched, and a copy is taken before any upgrade of a database that holds data.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Engine, inspect, text

from app import paths
from app.db import SQLITE_APPLICATION_ID, sqlite_path

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The newest revision in app/migrations/versions (tests/test_migrate.py keeps them equal).
#: Knowing it lets a normal start skip importing Alembic (~85 ms) when nothing is to do.
SCHEMA_HEAD = "0015"


class DatabaseTooNewError(RuntimeError):
    """The database was written by a newer ClusterDesk."""


class NotOurDatabaseError(RuntimeError):
    """The file is a SQLite database of some other program."""


translate = QCoreApplication.translate


def alembic_config():
    from alembic.config import Config  # imported only when there is Alembic work to do

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database (None for an empty one)."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _too_new(revision: str) -> DatabaseTooNewError:
    return DatabaseTooNewError(
        translate(
            "Database",
            "This database was made by a newer version of ClusterDesk (schema {rev}). "
            "Install the newer version; the database was left untouched.",
        ).format(rev=revision)
    )


def _not_ours() -> NotOurDatabaseError:
    return NotOurDatabaseError(
        translate("Database", "This file is not a ClusterDesk database. It was left untouched.")
    )


class FieldPackageNotDatabaseError(NotOurDatabaseError):
    """A field package given where the office database is expected."""


def preflight_sqlite(path: Path, *, field_package: bool = False) -> None:
    """Look at a SQLite file read-only before anything opens it for writing (which would
    switch it to WAL): refuse a foreign file or a newer schema with the file untouched, and a
    field package unless ``field_package`` (it is opened only in field mode)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _not_ours() from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        is_package = "field_package" in tables and conn.execute(
            "SELECT 1 FROM field_package WHERE role = 'package' LIMIT 1").fetchone() is not None
    except sqlite3.DatabaseError as exc:
        raise _not_ours() from exc
    finally:
        conn.close()
    if app_id not in (0, SQLITE_APPLICATION_ID) or (tables and revision is None):
        raise _not_ours()
    if is_package and not field_package:
        raise FieldPackageNotDatabaseError(translate(
            "Database", "{name} is a field package, not an office database; it was left "
                        "untouched. Open it in field mode: --field {name}").format(name=path))
    if revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions():
        raise _too_new(revision)


def backup_sqlite(engine: Engine, reason: str) -> Path | None:
    """A checked copy of a SQLite database, with its manifest, in that database's own
    backups folder (app/backup.py)."""
    from app.backup import make_backup

    source = sqlite_path(engine)
    if source is None or not source.exists():
        return None
    target = make_backup(source, paths.database_backup_dir(source), datetime.now(), reason)
    log.info("backup of %s written to %s", source, target)
    return target


def backup_before_upgrade(engine: Engine, reason: str) -> Path | None:
    """The copy taken before migrating: SQLite's checked copy, or a pg_dump of a server
    database.  Without the PostgreSQL client tools the server's own backups must do (logged);
    a copy that fails stops the upgrade (the caller leaves the schema as it is)."""
    if sqlite_path(engine) is not None:
        return backup_sqlite(engine, reason)
    import shutil

    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        log.warning("pg_dump not found: %s upgraded without a copy of its own", engine.url)
        return None
    import subprocess

    from app.backup import BackupError
    from app.pg_dump import BackupFailed, backup_failed, backups_folder, dump_postgres

    try:
        target = dump_postgres(engine, backups_folder(engine), datetime.now(), reason)
    except (BackupError, OSError, subprocess.CalledProcessError,
            subprocess.TimeoutExpired) as exc:
        # the schema stays as it is: upgrading without the promised copy is not done silently
        raise BackupFailed(str(backup_failed(exc)) + "\n" + translate(
            "Database", "The database was not upgraded and is unchanged. Install PostgreSQL "
                        "client tools (pg_dump) of the server's version, or ask the server's "
                        "administrator to make a copy, then start ClusterDesk again.")) from exc
    log.info("backup of %s written to %s", engine.url, target)
    return target


def upgrade_database(engine: Engine) -> Path | None:
    """Bring the schema to head.  Returns the backup taken before an upgrade, if any."""
    path = sqlite_path(engine)
    if path is not None:  # whose file it is was asked by the caller (open_store, field mode)
        preflight_sqlite(path, field_package=True)
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return None  # the usual start: nothing to migrate, Alembic not even loaded
    head = head_revision()
    if current is not None and current not in known_revisions():
        raise _too_new(current)
    if current == head:
        return None
    backup = backup_before_upgrade(engine, f"before-upgrade-{current}") if current else None
    from alembic import command

    sqlite = sqlite_path(engine) is not None
    with engine.connect() as conn:
        if sqlite:
            # A batch migration rebuilds a table (copy, DROP, rename).  With foreign keys on,
            # the DROP would cascade to every child row (a plan's events, a workshop's items):
            # SQLite's own procedure for altering a table turns them off around it — outside
            # the transaction, where the pragma takes effect — and checks them at the end.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                if sqlite:
                    conn.execute(text(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}"))
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:  # rolled back: the file stays as it was
                        raise RuntimeError(f"the upgrade left broken links: {broken[:5]}")
                    # the schema version is readable without Alembic, e.g. by `sqlite3 file`
                    conn.execute(text(f"PRAGMA user_version = {int(head)}"))
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    log.info("database upgraded from %s to %s", current, head)
    return backup
