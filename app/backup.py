"""Backups of the SQLite database: taken while the program runs, checked, thinned, restored.

The promise is "nothing lost":

* a backup is copied with SQLite's online backup API (a consistent snapshot, even in WAL mode
  while another connection writes), checked (``integrity_check`` and ``foreign_key_check``),
  made one self-contained file (``journal_mode=DELETE``), flushed to disk, its SHA-256 read
  back and compared, its manifest written (app/backup_manifest.py) and only then renamed into
  place.  An interrupted or failed backup leaves a hidden ``.partial`` file at worst, never a
  half file under a backup's name, and never touches the earlier backups;
* each database has its own folder (the caller passes it: app/paths.py names it); listing,
  thinning, suggesting and restoring look at one folder;
* old backups are thinned on a schedule (app/backup_catalog.py: listing, thinning, the newest
  good copy), never all at once;
* a restore refuses a copy whose bytes differ from its manifest's checksum, then keeps the
  current database (checked copy, or a raw copy if it is damaged).

Backups are named ``clusterdesk-YYYYMMDD-HHMMSS-<reason>.sqlite3`` (``.dump`` for PostgreSQL's
pg_dump; ``.2``, ``.3``… before the extension when a name is taken), each with
``<name>.json`` beside it.  Times are naive local times, as the user reads them.
Pure Python: no Qt, no SQLAlchemy; messages are English, callers translate.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.backup_manifest import (
    Contents,
    Manifest,
    ManifestError,
    manifest_path,
    read_contents,
    read_manifest,
    sha256_from_disk,
    sha256_of,
    write_manifest,
)

log = logging.getLogger(__name__)

NAME_PREFIX = "clusterdesk-"
EXTENSION = ".sqlite3"
DUMP_EXTENSION = ".dump"
STAMP = "%Y%m%d-%H%M%S"
BACKUP_NAME = re.compile(
    r"^clusterdesk-(\d{8}-\d{6})-([A-Za-z0-9][A-Za-z0-9_-]*)(?:\.(\d+))?\.(sqlite3|dump)$")
_REASON = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_SQLITE_HEADER = b"SQLite format 3\x00"
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_BUSY_TIMEOUT_S = 10.0
_SIDECARS = ("-wal", "-shm", "-journal")


class BackupError(Exception):
    """A backup could not be made, checked or restored."""


class DamagedDatabaseError(BackupError):
    """The database (or its copy) fails SQLite's own checks."""


class ChecksumMismatchError(BackupError):
    """The backup's bytes are not those its manifest recorded (or the manifest is broken)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    manifest: Manifest | None = None
    manifest_error: str = ""  # a manifest is there but cannot be read
    legacy: bool = False  # made by an older version, in the shared folder, with no manifest

    @property
    def has_checksum(self) -> bool:
        return self.manifest is not None

    @property
    def contents(self) -> Contents | None:
        return self.manifest.contents if self.manifest is not None else None


# --- taking a backup ----------------------------------------------------------------------


def make_backup(db_path: Path, folder: Path, now: datetime, reason: str = "auto",
                source: str | None = None) -> Path:
    """Copy the live database at ``db_path`` into ``folder``; returns the new backup's path.

    Safe while other connections read or write: the copy is one consistent snapshot of the
    committed data.  Raises :class:`DamagedDatabaseError` if the copy fails its checks and
    :class:`BackupError` if it cannot be made; either way no new file is left in ``folder``.
    The manifest names ``source`` (default: the database's path) as where the copy came from.
    """
    _check_reason(reason)
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(f"There is no database to back up at {db_path}.")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = _temp_beside(folder / NAME_PREFIX, ".partial")
    try:
        contents = _copy_checked(db_path, tmp, source_mode="rw")
        target = keep_file(tmp, folder, now, reason, EXTENSION,
                           source or str(db_path.resolve()), contents)
    finally:
        _remove_with_sidecars(tmp)
    log.info("backup of %s written to %s", db_path, target)
    return target


def keep_file(tmp: Path, folder: Path, now: datetime, reason: str, extension: str,
              source: str, contents: Contents) -> Path:
    """Put a finished backup file ``tmp`` (in ``folder``) under its backup name.

    Its SHA-256 is taken, the file flushed to disk and read back: a different checksum
    raises :class:`BackupError` and nothing is kept.  Then the manifest is written (atomically)
    and only then the file renamed, so a file under a backup's name always has its manifest.
    """
    _check_reason(reason)
    written = sha256_of(tmp)
    _fsync_file(tmp)
    if sha256_from_disk(tmp) != written:
        raise BackupError("The backup read back from the disk differs from what was written.")
    target = _free_name(folder, f"{NAME_PREFIX}{naive(now):{STAMP}}-{reason}", extension)
    manifest = Manifest(written, tmp.stat().st_size, naive(now).replace(microsecond=0), reason,
                        source, contents)
    kept_manifest = write_manifest(target, manifest)
    try:
        os.replace(tmp, target)
    except OSError:
        kept_manifest.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)
    return target


def verify_checksum(path: Path) -> Manifest | None:
    """Compare ``path`` with its manifest: returns the manifest (None when the copy has none,
    as copies made by older versions); raises :class:`ChecksumMismatchError` when the bytes
    differ or the manifest cannot be read."""
    path = Path(path)
    try:
        manifest = read_manifest(path)
    except ManifestError as exc:
        raise ChecksumMismatchError(f"{path.name}: {exc}") from exc
    if manifest is None:
        return None
    if not path.is_file():
        raise BackupError(f"There is no backup at {path}.")
    if path.stat().st_size != manifest.size or sha256_of(path) != manifest.sha256:
        raise ChecksumMismatchError(
            f"{path.name} does not match the checksum recorded when it was made: "
            "the file has changed or is damaged.")
    return manifest


def verify_backup(path: Path) -> None:
    """Raise :class:`BackupError` unless ``path`` is a SQLite database that passes
    ``integrity_check`` and ``foreign_key_check``.  Opens the file read-only."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"There is no backup at {path}.")
    with open(path, "rb") as handle:
        if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            raise DamagedDatabaseError(f"{path.name} is not a SQLite database.")
    try:
        conn = _open(path, "ro")
    except sqlite3.Error as exc:
        raise _wrap(exc, path.name) from exc
    try:
        _check(conn, path.name)
    finally:
        conn.close()


# --- restoring ----------------------------------------------------------------------------


def restore_backup(backup: Path, db_path: Path, folder: Path, now: datetime,
                   source: str | None = None) -> Path | None:
    """Put ``backup`` in place of the database at ``db_path``.

    The caller guarantees that no other connection to ``db_path`` is open (the app disposes
    its engine first); a connection still open makes this raise :class:`BackupError`.

    Order: the backup's checksum is compared with its manifest and the file verified (a bad
    one raises and nothing changes); the current
    database is kept as a "before-restore" backup in ``folder``; then the backup is copied
    over ``db_path`` with SQLite's backup API in one transaction (SQLite deals with the
    target's WAL and SHM), and the result is verified.  If the current database is itself
    damaged, its files are copied byte for byte to ``clusterdesk-damaged-<stamp>.sqlite3``
    (which app.backup_catalog.list_backups ignores) and the restored file replaces it.

    Returns the path of what was kept of the current database (None when there was none).
    The restored file is in ``journal_mode=DELETE``; the app switches it to WAL on connect.
    """
    backup, db_path, folder = Path(backup), Path(db_path), Path(folder)
    if verify_checksum(backup) is None and backup.resolve().parent != folder.resolve().parent:
        # every copy this version makes has a manifest; only copies of older versions, in the
        # shared folder above the databases' own, may come without one
        raise ChecksumMismatchError(
            f"{backup.name} has no manifest with its checksum, so it cannot be checked.")
    verify_backup(backup)
    kept: Path | None = None
    current_damaged = False
    if db_path.exists():
        try:
            kept = make_backup(db_path, folder, now, reason="before-restore", source=source)
        except DamagedDatabaseError as exc:
            log.warning("the current database is damaged (%s); keeping its files as they are", exc)
            kept = _keep_damaged(db_path, folder, now)
            current_damaged = True
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if current_damaged:
        _replace_with_copy(backup, db_path)
    else:
        _copy_over(backup, db_path)
    try:
        verify_backup(db_path)
    except BackupError as exc:
        raise BackupError(
            f"The restored database fails its check ({exc}); the previous one is kept at {kept}."
        ) from exc
    log.info("database %s restored from %s; previous kept at %s", db_path, backup, kept)
    return kept


def _copy_over(backup: Path, db_path: Path) -> None:
    src = _open(backup, "ro")
    try:
        dst = sqlite3.connect(db_path, timeout=_BUSY_TIMEOUT_S)
        try:
            # Leaving WAL needs the only connection; it also lets pages of any size be copied.
            mode = dst.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise BackupError(f"{db_path.name} is still open elsewhere; close it first.")
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise _wrap(exc, db_path.name) from exc
    finally:
        src.close()


def _replace_with_copy(backup: Path, db_path: Path) -> None:
    """Used when the target cannot be opened as a database: write beside it, then rename."""
    tmp = _temp_beside(db_path, ".restoring")
    try:
        _copy_checked(backup, tmp, source_mode="ro")
        _fsync_file(tmp)
        # A stale WAL left beside the new file would be replayed onto it: remove it first.
        for sidecar in _SIDECARS:
            Path(f"{db_path}{sidecar}").unlink(missing_ok=True)
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
    finally:
        _remove_with_sidecars(tmp)


def _keep_damaged(db_path: Path, folder: Path, now: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, f"{NAME_PREFIX}damaged-{naive(now):{STAMP}}")
    # Sidecars first, the main file last: whatever is found under the name is complete.
    for sidecar in ("-wal", "-journal"):
        source = Path(f"{db_path}{sidecar}")
        if source.exists():
            _copy_file_durably(source, Path(f"{target}{sidecar}"))
    _copy_file_durably(db_path, target)
    return target


# --- helpers ------------------------------------------------------------------------------


def _copy_checked(source: Path, target: Path, source_mode: str) -> Contents:
    """Backup-API copy of ``source`` into ``target``, made self-contained and checked;
    returns what the copy holds (its cluster and audit head) for the manifest."""
    try:
        src = _open(source, source_mode)
    except sqlite3.Error as exc:
        raise _wrap(exc, source.name) from exc
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # The copy inherits WAL mode from a WAL source; a backup must be one file.
            dst.execute("PRAGMA journal_mode=DELETE")
            _check(dst, f"The copy of {source.name}")
            return read_contents(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise _wrap(exc, source.name) from exc
    finally:
        src.close()


def _check(conn: sqlite3.Connection, what: str) -> None:
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.Error as exc:
        raise _wrap(exc, what) from exc
    if problems != ["ok"]:
        raise DamagedDatabaseError(f"{what} fails the integrity check: {'; '.join(problems[:5])}")
    if broken:
        table, rowid, parent = broken[0][:3]
        raise DamagedDatabaseError(
            f"{what} has {len(broken)} row(s) breaking foreign keys "
            f"(first: {table} row {rowid} points to a missing {parent})."
        )


def _wrap(exc: sqlite3.Error, what: str) -> BackupError:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    kind = DamagedDatabaseError if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) else BackupError
    return kind(f"{what}: {exc}")


def _open(path: Path, mode: str) -> sqlite3.Connection:
    # mode=rw never creates a missing file; mode=ro never writes the database.
    uri = f"{Path(path).resolve().as_uri()}?mode={mode}"
    return sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_S)


def _check_reason(reason: str) -> None:
    if not _REASON.match(reason):
        raise ValueError(f"backup reason must be letters, digits, '-' or '_': {reason!r}")


def naive(moment: datetime) -> datetime:
    """A moment as the naive local time backup names and manifests use."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _free_name(folder: Path, stem: str, extension: str = EXTENSION) -> Path:
    candidate = folder / f"{stem}{extension}"
    number = 2
    while candidate.exists() or manifest_path(candidate).exists():
        candidate = folder / f"{stem}.{number}{extension}"
        number += 1
    return candidate


def _temp_beside(target: Path, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}", suffix=suffix, dir=target.parent)
    os.close(fd)
    return Path(name)


def _copy_file_durably(source: Path, target: Path) -> None:
    tmp = _temp_beside(target, ".partial")
    try:
        shutil.copyfile(source, tmp)
        _fsync_file(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", *_SIDECARS):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a folder this way.
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
