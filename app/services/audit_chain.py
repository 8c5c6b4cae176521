"""What makes the audit chain hard to rewrite: a key and a recorded head, both outside the database.

* **Signing key** (SQLite only).  Entries are chained with HMAC-SHA256 under a random key kept
  in the user's data folder (``audit-keys/<id>.key``, readable by the owner only), never in the
  database.  A keyed hash reads ``h1:<key id>:<mac>``; older entries keep their plain SHA-256
  hash (no prefix) and still verify, but once a keyed entry exists every later one must be keyed.
  A database opened on a computer that lacks its key starts a new key there; the entries made
  with the missing key are reported as not verifiable here (copy the key file to verify them).
  PostgreSQL is shared by several computers and no single local key can serve them all, so its
  chain stays plain SHA-256 and is protected by the recorded head alone.
* **Recorded head.**  After every commit that appended entries, the last entry's number and hash
  are written to a small state file per database (``audit-heads/``).  ``check`` then finds
  entries removed from the end (after the trigger was dropped) and a log rewritten with every
  hash recomputed.  A head that the database no longer extends is never overwritten, so the
  evidence stays until an administrator accepts the new state (a restore does so itself).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select

from app import paths
from app.db import display_url, sqlite_path
from app.models import AuditEntry
from app.services.translation import translate

log = logging.getLogger(__name__)

KEYED = "h1:"
_KEY_ID_SALT = b"clusterdesk audit key id\0"
#: (CLUSTERDESK_HOME, key id) -> key: each key file is read once per process
_keys: dict[tuple[str, str], bytes] = {}
_head_files: weakref.WeakKeyDictionary[Engine, tuple[str, Path]] = weakref.WeakKeyDictionary()


# --- the signing key ---------------------------------------------------------------------------

def keys_folder() -> Path:
    folder = paths.data_dir() / "audit-keys"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _key_id(key: bytes) -> str:
    return hashlib.sha256(_KEY_ID_SALT + key).hexdigest()[:8]


def load_key(key_id: str) -> bytes | None:
    cached = _keys.get((os.environ.get("CLUSTERDESK_HOME", ""), key_id))
    if cached is not None:
        return cached
    folder = keys_folder()
    try:
        key = bytes.fromhex((folder / f"{key_id}.key").read_text("ascii").strip())
    except (OSError, ValueError):
        return None
    if _key_id(key) != key_id:  # a damaged or misnamed file is no key
        return None
    _keys[(os.environ.get("CLUSTERDESK_HOME", ""), key_id)] = key
    return key


def new_key() -> tuple[str, bytes]:
    """A fresh random key, on disk (owner-only, synced) before any entry is signed with it."""
    key = secrets.token_bytes(32)
    key_id = _key_id(key)
    folder = keys_folder()
    _write_atomically(folder / f"{key_id}.key", key.hex() + "\n", sync=True)
    _keys[(os.environ.get("CLUSTERDESK_HOME", ""), key_id)] = key
    return key_id, key


def key_id_of(hash_: str) -> str | None:
    """The key a keyed hash was made with; None for a plain (legacy or PostgreSQL) hash."""
    if not hash_.startswith(KEYED):
        return None
    return hash_[len(KEYED):].split(":", 1)[0]


def keyed_hash(key_id: str, key: bytes, payload: bytes) -> str:
    mac = hmac.new(key, payload, hashlib.sha256).digest()
    return f"{KEYED}{key_id}:{base64.urlsafe_b64encode(mac).rstrip(b'=').decode('ascii')}"


def signer(conn: Connection, prev_hash: str) -> tuple[str, bytes] | None:
    """The key to chain the next entries with: the one of the last entry when this computer
    has it, else a new one; None (plain SHA-256) on PostgreSQL."""
    if conn.dialect.name != "sqlite":
        return None
    key_id = key_id_of(prev_hash)
    key = load_key(key_id) if key_id else None
    return (key_id, key) if key_id and key else new_key()


# --- the recorded head -------------------------------------------------------------------------

def _location(engine: Engine) -> str:
    """Which database a head belongs to: the file, or the server and database name."""
    path = sqlite_path(engine)
    if path is not None:
        return str(path.resolve())
    url = engine.url
    return f"{url.get_backend_name()}://{url.host or ''}:{url.port or 5432}/{url.database or ''}"


def head_file(engine: Engine) -> Path:
    """This database's state file; worked out once per engine (it is read on every commit)."""
    home = os.environ.get("CLUSTERDESK_HOME", "")
    known = _head_files.get(engine)
    if known is not None and known[0] == home:
        return known[1]
    folder = paths.data_dir() / "audit-heads"
    folder.mkdir(mode=0o700, exist_ok=True)
    name = hashlib.sha256(_location(engine).encode("utf-8")).hexdigest()[:24]
    _head_files[engine] = (home, folder / f"{name}.json")
    return folder / f"{name}.json"


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


def recorded_head(engine: Engine) -> Head | None:
    try:
        data = json.loads(head_file(engine).read_text("utf-8"))
        return Head(int(data["seq"]), str(data["hash"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # never recorded here (or unreadable): nothing to compare with


def record_head(engine: Engine, head: Head) -> None:
    """Write the head; a failure is logged, never raised (the commit has happened)."""
    data = {"database": display_url(engine), "seq": head.seq, "hash": head.hash}
    try:
        _write_atomically(head_file(engine), json.dumps(data, ensure_ascii=False))
    except OSError:
        log.exception("the audit log head could not be recorded")


def forget_head(engine: Engine) -> None:
    """A database made anew at a place where another one was (the file deleted, a server
    database emptied): the head recorded for the old one says nothing about it."""
    head_file(engine).unlink(missing_ok=True)


def current_head(conn: Connection) -> Head | None:
    row = conn.execute(select(AuditEntry.seq, AuditEntry.hash)
                       .order_by(AuditEntry.seq.desc()).limit(1)).first()
    return Head(row[0], row[1]) if row else None


def accept_current_head(engine: Engine) -> None:
    """Take the database's present head as the known one (after a restore by hand, or once an
    administrator has looked into a reported mismatch)."""
    with engine.connect() as conn:
        head = current_head(conn)
    if head is not None:
        record_head(engine, head)
    else:
        head_file(engine).unlink(missing_ok=True)


def extends(conn: Connection, head: Head | None, last: Head | None) -> bool:
    """Whether the chain ending at ``last`` still holds the recorded ``head``."""
    if head is None:
        return True
    if last is None or last.seq < head.seq:
        return False
    if last.seq == head.seq:
        return last.hash == head.hash
    return conn.execute(select(AuditEntry.hash).where(AuditEntry.seq == head.seq)).scalar() \
        == head.hash


def compare_with_head(engine: Engine, seq: int, hash: str) -> list[str]:  # noqa: A002
    """Problems found comparing the log with a head recorded earlier (this computer's state
    file, a backup's manifest): entries removed from the end, or the log rewritten."""
    if seq <= 0:
        return []
    with engine.connect() as conn:
        last = conn.execute(select(func.max(AuditEntry.seq))).scalar() or 0
        found = conn.execute(select(AuditEntry.hash).where(AuditEntry.seq == seq)).scalar()
    if last < seq:
        return [translate(
            "Audit", "Audit entries {first}–{last} are missing: they were recorded earlier, "
                     "but the log now ends at entry {end}. The newest entries were removed.")\
            .format(
            first=last + 1, last=seq, end=last)]
    if found != hash:
        return [translate(
            "Audit", "Audit entry {seq} differs from the one recorded earlier: the log was "
                     "rewritten at or before that entry.").format(seq=seq)]
    return []


# --- files -------------------------------------------------------------------------------------

def _write_atomically(target: Path, text: str, sync: bool = False) -> None:
    """Owner-only file written in full or not at all (a temporary file renamed over it)."""
    # the process and the thread: the GUI and a worker may commit at the same moment
    tmp = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, text.encode("utf-8"))
            if sync:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
