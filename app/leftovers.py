"""Our own leftovers after a kill or a power cut, cleaned at the next start.

Every file ClusterDesk writes goes first to a temporary name and is renamed into place when
whole (app/services/files.py, the field package, the backups).  A process killed meanwhile
leaves that temporary file behind: ``.<name>.<random>.tmp`` beside an export, a
``.clusterdesk-….partial`` in a backups folder, a ``clusterdesk-merge-<pid>-…`` folder in the
system's temporary folder.  Nothing else removes them, so they would stay forever.

The rule: remove only files we name, and only those older than the running process whose
writer is gone.  An export's temporary file can be anywhere the user chose, so before it is
made the writer *announces* it: a small marker in ``<data>/inflight`` naming the process and
the file, removed when the write ends.  At start, a marker of a process that no longer runs
names a leftover.  A temporary folder carries its process id in its name.  The temporary files
of a SQLite database's backups are cleaned once its lock is held (nobody else writes there).

Pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app import paths
from app.lock import pid_alive

log = logging.getLogger(__name__)

#: When this process started (module import is the program's first moments).
PROCESS_STARTED = time.time()

#: Temporary names we make: ``.<target>.<random>.tmp`` (exports) and ``….partial`` (copies).
_TEMP_FILE = re.compile(r"^\..+\.(tmp|partial|restoring)(-journal|-wal|-shm)?$")
#: Our temporary folders: ``clusterdesk-merge-<pid>-<random>`` (older ones had no pid).
_TEMP_DIR = re.compile(r"^clusterdesk-(merge|print)-(?:(\d+)-)?[A-Za-z0-9_]+$")
#: A backup's temporary files in its folder (see app/backup.py).
_BACKUP_TEMP = re.compile(r"^\.clusterdesk.*\.(partial|restoring)(-journal|-wal|-shm)?$")
#: ``.<name>.<pid>.tmp``: the audit log's state and key files while they are written.
_PID_TEMP = re.compile(r"^\..+\.(\d+)(?:-\d+)?\.tmp$")
_SIDECARS = ("-journal", "-wal", "-shm")
#: A temporary folder without a process id in its name (made by an older version) is taken
#: for a leftover only when it is this much older than the running process.
UNNAMED_FOLDER_AGE_S = 24 * 3600


def inflight_dir() -> Path:
    path = paths.data_dir() / "inflight"
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextmanager
def announced(*temp_files: Path) -> Iterator[None]:
    """Name ``temp_files`` as being written by this process until the block ends."""
    marker = inflight_dir() / f"{os.getpid()}-{uuid.uuid4().hex}.json"
    try:
        marker.write_text(json.dumps({"pid": os.getpid(),
                                      "files": [str(Path(f).resolve()) for f in temp_files]}),
                          encoding="utf-8")
    except OSError as exc:  # a marker is a courtesy to the next start, never a reason to fail
        log.warning("could not announce %s: %s", temp_files, exc)
    try:
        yield
    finally:
        marker.unlink(missing_ok=True)


def temp_folder(kind: str) -> Path:
    """A new folder in the system's temporary folder, named so a later start can tell ours
    and whether its process still runs."""
    return Path(tempfile.mkdtemp(prefix=f"clusterdesk-{kind}-{os.getpid()}-"))


def clean_at_start(started: float = PROCESS_STARTED) -> list[Path]:
    """Remove what killed processes left: announced temporary files, temporary folders.
    Never fails: a leftover that cannot be removed now is tried again at the next start."""
    try:
        removed = _announced_leftovers(started)
        removed += _temp_folders(Path(tempfile.gettempdir()), started)
        for name in ("audit-heads", "audit-keys"):  # app/services/audit_chain.py's own files
            removed += _pid_temp_files(paths.data_dir() / name, started)
        # the shared backups folder of older versions: this version writes only in each
        # database's own folder, so a partial copy there is an older run's
        removed += clean_backup_folder(paths.backup_dir(), started)
    except OSError as exc:
        log.warning("leftovers not cleaned: %s", exc)
        return []
    for path in removed:
        log.info("removed a leftover of an interrupted run: %s", path)
    return removed


def clean_database_leftovers(db_path: Path, started: float = PROCESS_STARTED) -> list[Path]:
    """A SQLite database's own leftovers: its backups folder's temporary copies and a restore's
    temporary file beside it.  Call only while holding the database's lock."""
    removed = clean_backup_folder(paths.database_backup_dir(db_path), started)
    restoring = re.compile(re.escape(f".{db_path.name}") + r".*\.restoring(-journal|-wal|-shm)?$")
    for path in db_path.parent.iterdir():
        if restoring.match(path.name) and _older(path, started) and _unlink(path):
            removed.append(path)
    for path in removed:
        log.info("removed a leftover of an interrupted run: %s", path)
    return removed


def clean_backup_folder(folder: Path, started: float = PROCESS_STARTED) -> list[Path]:
    """A backups folder's temporary copies older than this process.  Call only while holding
    the database's lock: then no other process is writing there."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        if _BACKUP_TEMP.match(path.name) and _older(path, started) and _unlink(path):
            removed.append(path)
    return removed


def _announced_leftovers(started: float) -> list[Path]:
    removed: list[Path] = []
    folder = inflight_dir()
    for marker in folder.glob("*.json"):
        try:
            data = json.loads(marker.read_text(encoding="utf-8"))
            pid, files = int(data["pid"]), [Path(f) for f in data["files"]]
        except (OSError, ValueError, KeyError, TypeError):
            if _older(marker, started):  # half-written by a process killed right then
                marker.unlink(missing_ok=True)
            continue
        if pid == os.getpid() or pid_alive(pid):
            continue  # still being written (or the id was taken again: next start, then)
        for path in files:
            if not _TEMP_FILE.match(path.name):
                continue  # only names we make: never a user's own file
            for candidate in (path, *(path.with_name(path.name + s) for s in _SIDECARS)):
                if candidate.is_file() and _older(candidate, started) and _unlink(candidate):
                    removed.append(candidate)
        marker.unlink(missing_ok=True)
    return removed


def _temp_folders(folder: Path, started: float) -> list[Path]:
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        match = _TEMP_DIR.match(path.name)
        if match is None or not path.is_dir() or not _older(path, started):
            continue
        pid = int(match.group(2)) if match.group(2) else None
        if pid is not None and (pid == os.getpid() or pid_alive(pid)):
            continue
        if pid is None and not _older(path, started - UNNAMED_FOLDER_AGE_S):
            continue  # an older version's folder may still be in use by that version
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            removed.append(path)
    return removed


def _pid_temp_files(folder: Path, started: float) -> list[Path]:
    """``.<name>.<pid>.tmp`` files of processes that no longer run."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        match = _PID_TEMP.match(path.name)
        if match is None or not _older(path, started):
            continue
        pid = int(match.group(1))
        if pid != os.getpid() and not pid_alive(pid) and _unlink(path):
            removed.append(path)
    return removed


def _older(path: Path, started: float) -> bool:
    try:
        return path.stat().st_mtime < started
    except OSError:
        return False


def _unlink(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:  # open elsewhere (Windows): next start
        log.warning("could not remove leftover %s: %s", path, exc)
        return False
    return True
