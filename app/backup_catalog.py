"""Finding and thinning the backups of one database's folder (app/backup.py takes, checks and
restores them): the list with each copy's manifest, copies made by older versions in the shared
folder, the thinning schedule, and the newest copy that passes its checks.

Pure Python: no Qt, no SQLAlchemy; messages are English, callers translate.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from app.backup import (
    BACKUP_NAME,
    EXTENSION,
    STAMP,
    BackupError,
    BackupInfo,
    naive,
    verify_backup,
    verify_checksum,
)
from app.backup_manifest import ManifestError, contents_of_file, manifest_path, read_manifest

log = logging.getLogger(__name__)


#: The thinning schedule (see :func:`thin`).
KEEP_ALL_WITHIN = timedelta(hours=24)
DAILY_DAYS = 7
WEEKLY_WEEKS = 8
MONTHLY_MONTHS = 12
KEEP_SAFETY_COPIES_FOR = timedelta(days=30)



def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first, each with its manifest (if it has one); files
    not named like a backup are ignored."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = BACKUP_NAME.match(entry.name)
        if not match:
            continue
        try:
            taken_at = datetime.strptime(match[1], STAMP)
            stat = entry.stat()
        except (ValueError, OSError):
            continue
        if not entry.is_file():
            continue
        manifest, error = None, ""
        try:
            manifest = read_manifest(entry)
        except ManifestError as exc:
            error = str(exc)
        found.append(BackupInfo(entry, taken_at, match[2], stat.st_size, manifest, error))
    return sorted(found, key=_newness, reverse=True)


def legacy_backups(root: Path, cluster_id: str | None) -> list[BackupInfo]:
    """Copies made by versions before per-database folders: SQLite files in the shared
    ``root`` with no manifest.  Only those holding the cluster ``cluster_id`` count as this
    database's (no cluster known: none do); they have no checksum, only SQLite's checks."""
    if cluster_id is None:
        return []
    out = []
    for info in list_backups(root):
        if info.path.suffix != EXTENSION or info.manifest is not None or info.manifest_error:
            continue
        contents = contents_of_file(info.path)
        if contents is not None and contents.cluster_id == cluster_id:
            out.append(BackupInfo(info.path, info.taken_at, info.reason, info.size, None, "",
                                  legacy=True))
    return out


def thin(backups: list[BackupInfo], now: datetime) -> list[BackupInfo]:
    """The backups to delete (newest first).  Pure: looks at names and dates only.

    Kept: every backup taken within 24 hours of ``now`` (or later); the newest of each
    calendar day for the last 7 days (today and the 6 before), of each ISO week for the last
    8 weeks (this week and the 7 before), of each calendar month for the last 12 months (this
    month and the 11 before); the single newest backup whatever its age; and safety copies
    ("before-restore", "before-upgrade…") for 30 days.  Everything else is deleted.
    """
    now = naive(now)
    today = now.date()
    this_week = today - timedelta(days=today.weekday())
    this_month = today.year * 12 + today.month - 1
    ordered = sorted(backups, key=_newness, reverse=True)
    keep = {0}
    seen_days, seen_weeks, seen_months = set(), set(), set()
    for index, backup in enumerate(ordered):
        age = now - backup.taken_at
        day = backup.taken_at.date()
        week = day - timedelta(days=day.weekday())
        month = day.year * 12 + day.month - 1
        if age <= KEEP_ALL_WITHIN:
            keep.add(index)
        if _is_safety_copy(backup.reason) and age <= KEEP_SAFETY_COPIES_FOR:
            keep.add(index)
        # ``ordered`` is newest first, so the first backup met in a bucket is its newest.
        if (today - day).days < DAILY_DAYS and day not in seen_days:
            seen_days.add(day)
            keep.add(index)
        if (this_week - week).days < 7 * WEEKLY_WEEKS and week not in seen_weeks:
            seen_weeks.add(week)
            keep.add(index)
        if this_month - month < MONTHLY_MONTHS and month not in seen_months:
            seen_months.add(month)
            keep.add(index)
    return [backup for index, backup in enumerate(ordered) if index not in keep]


def prune(folder: Path, now: datetime) -> list[Path]:
    """Delete what :func:`thin` says (each file with its manifest); returns the paths actually
    deleted.  Only ``folder`` is looked at: one database's backups.  A file that cannot be
    deleted now (locked, already gone) is skipped and tried again next time."""
    deleted = []
    for backup in thin(list_backups(folder), now):
        try:
            backup.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("could not delete old backup %s: %s", backup.path, exc)
            continue
        manifest_path(backup.path).unlink(missing_ok=True)
        deleted.append(backup.path)
    return deleted


def newest_good_backup(folder: Path, legacy_root: Path | None = None,
                       cluster_id: str | None = None) -> BackupInfo | None:
    """The newest backup in ``folder`` whose checksum matches its manifest and that passes
    :func:`verify_backup`, or None.  Copies without a manifest there are not offered.  When
    none is good, copies made by older versions in ``legacy_root`` holding ``cluster_id``
    are considered (SQLite's checks only: they have no checksum)."""
    def candidates():
        yield from (b for b in list_backups(folder) if b.path.suffix == EXTENSION)
        if legacy_root is not None:  # looked at only when no checksummed copy is good
            yield from legacy_backups(legacy_root, cluster_id)

    for backup in candidates():
        held = backup.manifest.contents.cluster_id if backup.manifest else None
        if cluster_id and held and held != cluster_id:
            continue  # another database's copy, made before this one took its place
        try:
            if not backup.legacy and verify_checksum(backup.path) is None:
                raise BackupError("it has no manifest with a checksum")
            verify_backup(backup.path)
        except BackupError as exc:
            log.warning("skipping backup %s: %s", backup.path, exc)
            continue
        return backup
    return None


def _newness(backup: BackupInfo) -> tuple[datetime, int]:
    match = BACKUP_NAME.match(backup.path.name)
    return backup.taken_at, int(match[3]) if match and match[3] else 1



def _is_safety_copy(reason: str) -> bool:
    return reason == "before-restore" or reason.startswith("before-upgrade")
