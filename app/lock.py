"""One writer per SQLite file.

A lock file beside the database (``clusterdesk.sqlite3.lock``) names who holds it: host,
user, process, since when.  Another program — on this PC or on another one through a share —
is refused with that name.  A lock left by a crashed process on this PC is stale and is
replaced (the database then gets a full integrity check); a lock from another PC cannot be
verified from here, so only an administrator may break it, and that is audited.

GnuCash keeps the same kind of lock for its SQLite books.  A database on a network share is
refused outright: SQLite's own locking is unreliable over network file systems.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import __version__
from app.formats import format_datetime

translate = QCoreApplication.translate
NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p", "afs",
              "ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2", "ncpfs"}


class DatabaseLockedError(RuntimeError):
    def __init__(self, holder: LockInfo):
        self.holder = holder
        since = holder.since_local()
        super().__init__(translate(
            "Lock",
            "The database is already open on computer «{host}» by user «{user}» since {since}. "
            "Close ClusterDesk there first. If that program is no longer running (the computer "
            "was switched off), an administrator can break the lock.",
        ).format(host=holder.host, user=holder.user, since=since))


class NetworkPathError(RuntimeError):
    def __init__(self, path: Path):
        super().__init__(translate(
            "Lock",
            "The database {path} is on a network folder. A database file must not be shared "
            "over the network: data can be lost. Keep it on this computer, or ask the "
            "administrator to set up a shared PostgreSQL database (see the README).",
        ).format(path=path))


@dataclass(frozen=True)
class LockInfo:
    host: str
    user: str
    pid: int
    since: str
    app: str = ""

    def since_local(self) -> str:
        try:
            return format_datetime(datetime.fromisoformat(self.since))
        except ValueError:
            return self.since

    @classmethod
    def here(cls) -> LockInfo:
        try:
            user = getpass.getuser()
        except Exception:  # no user name in this environment
            user = "?"
        return cls(socket.gethostname(), user, os.getpid(),
                   datetime.now().isoformat(timespec="seconds"), f"ClusterDesk {__version__}")


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def read_lock(db_path: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        return LockInfo(**{k: data[k] for k in ("host", "user", "pid", "since")},
                        app=data.get("app", ""))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        # unreadable: a half-written lock from a crash; treat as stale from this host
        return LockInfo(socket.gethostname(), "?", -1, "")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            # access denied: the process exists but belongs to someone else (terminal server)
            return ctypes.get_last_error() == 5
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_held: dict[Path, int] = {}


@dataclass
class Lock:
    db_path: Path
    unclean: bool  # the last session did not close properly: check the whole file

    def release(self) -> None:
        path = lock_path(self.db_path)
        count = _held.get(path, 0) - 1
        if count > 0:
            _held[path] = count
            return
        _held.pop(path, None)
        holder = read_lock(self.db_path)
        if holder is not None and holder.pid == os.getpid() and holder.host == socket.gethostname():
            path.unlink(missing_ok=True)


def acquire(db_path: Path) -> Lock:
    """Take the lock or raise DatabaseLockedError naming who holds it."""
    path = lock_path(db_path)
    if path in _held:  # this very process opened it already (a second window, a task)
        _held[path] += 1
        return Lock(db_path, unclean=False)
    unclean = False
    path.parent.mkdir(parents=True, exist_ok=True)
    for _attempt in range(3):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = read_lock(db_path)
            if holder is None:
                continue  # released meanwhile
            if holder.host != socket.gethostname() or pid_alive(holder.pid):
                raise DatabaseLockedError(holder) from None
            path.unlink(missing_ok=True)  # ours, left by a crash
            unclean = True
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(LockInfo.here()), handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        _held[path] = 1
        return Lock(db_path, unclean=unclean)
    raise DatabaseLockedError(read_lock(db_path) or LockInfo.here())


def break_lock(db_path: Path) -> LockInfo | None:
    """Remove someone else's lock (the caller checked that an administrator asked)."""
    holder = read_lock(db_path)
    lock_path(db_path).unlink(missing_ok=True)
    return holder


def is_network_path(path: Path, mounts: str | None = None) -> bool:
    """True for a UNC path, a mapped network drive, or a network file system mount."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE
        return False
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    resolved = os.path.abspath(text)
    best, best_fs = "", ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_fs = point, parts[2]
    return best_fs in NETWORK_FS
