"""The manifest beside every backup: what the copy is, where it came from, its checksum.

``<backup>.json`` holds the format version, the SHA-256 and size of the backup file, when and
why it was made, the database it was made from (a path, or a server URL without the
password), the cluster it holds (id and name, read from the copy itself) and the head of the
copy's audit log (the last ``seq`` and that row's ``hash``).  The checksum lets a restore
refuse a copy whose bytes changed since it was made; the cluster lets it refuse, unless
confirmed, a copy of another cluster; the audit head records how far the log went.

Pure Python (no Qt, no SQLAlchemy); messages are English, callers translate.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

FORMAT = 1
SUFFIX = ".json"
_CHUNK = 1 << 20


class ManifestError(Exception):
    """A manifest is there but cannot be read (broken JSON, wrong fields, newer format)."""


@dataclass(frozen=True)
class Contents:
    """What a copy holds, read from the copy itself."""

    cluster_id: str | None = None
    cluster_name: str | None = None
    audit_seq: int | None = None
    audit_hash: str | None = None


@dataclass(frozen=True)
class Manifest:
    sha256: str
    size: int
    made_at: datetime
    reason: str
    source: str
    contents: Contents = Contents()

    def to_json(self) -> str:
        c = self.contents
        data = {
            "format": FORMAT,
            "sha256": self.sha256,
            "size": self.size,
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "source": self.source,
            "cluster": {"id": c.cluster_id, "name": c.cluster_name},
            "audit_head": {"seq": c.audit_seq, "hash": c.audit_hash},
        }
        return json.dumps(data, ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ManifestError(f"manifest format {data.get('format')!r} is not known")
            cluster = data.get("cluster") or {}
            head = data.get("audit_head") or {}
            sha = str(data["sha256"])
            if len(sha) != 64:
                raise ManifestError("the manifest's checksum is not a SHA-256")
            return cls(sha, int(data["size"]), datetime.fromisoformat(data["made_at"]),
                       str(data["reason"]), str(data.get("source", "")),
                       Contents(cluster.get("id"), cluster.get("name"), head.get("seq"),
                                head.get("hash")))
        except ManifestError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ManifestError(f"the manifest cannot be read: {exc}") from exc


def manifest_path(backup: Path) -> Path:
    backup = Path(backup)
    return backup.with_name(backup.name + SUFFIX)


def read_manifest(backup: Path) -> Manifest | None:
    """The manifest of ``backup``; None when it has none; :class:`ManifestError` when it has
    one that cannot be read."""
    path = manifest_path(backup)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"the manifest cannot be read: {exc}") from exc
    return Manifest.from_json(text)


def write_manifest(backup: Path, manifest: Manifest) -> Path:
    """Write ``<backup>.json`` atomically (temporary file, fsync, rename)."""
    target = manifest_path(backup)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}", suffix=".partial", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(manifest.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(name, target)
    finally:
        Path(name).unlink(missing_ok=True)
    return target


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_from_disk(path: Path) -> str:
    """The checksum read back after writing: on Linux the file's cached pages are dropped
    first (it is fsynced), so the bytes come from the disk, not from what was just written."""
    if hasattr(os, "posix_fadvise"):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    return sha256_of(path)


def canonical_id(value) -> str | None:
    """A cluster id as text, the same whether SQLite (32 hex digits) or PostgreSQL wrote it."""
    if value is None:
        return None
    try:
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
    except ValueError:
        return str(value)


def read_contents(conn: sqlite3.Connection) -> Contents:
    """The cluster and the audit head of an open SQLite ClusterDesk database; the parts a
    file lacks (a test database, an empty one) are None."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    cluster_id = cluster_name = seq = head = None
    if "cluster" in tables:
        row = conn.execute("SELECT id, name FROM cluster ORDER BY created_at LIMIT 1").fetchone()
        if row:
            cluster_id, cluster_name = canonical_id(row[0]), row[1]
    if "audit_log" in tables:
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, head = (row[0], row[1]) if row else (0, "")
    return Contents(cluster_id, cluster_name, seq, head)


def contents_of_file(path: Path) -> Contents | None:
    """:func:`read_contents` of a SQLite file opened read-only; None if it cannot be read."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return read_contents(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None
