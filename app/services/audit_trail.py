"""The audit trail: every change, login, denial, import and export, hash-chained.

Row changes are captured in the same transaction as the change itself (a session
``after_flush`` hook), so a change without its audit entry cannot be committed.  Personal data
of contacts (152-FZ) and password hashes never enter the log: only the fact that those fields
changed.  That keeps a contact erasable on request while the trail stays intact.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Engine, event, insert, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from app.models import AuditEntry
from app.models.base import Entity
from app.services import audit_chain as chain
from app.services import clock
from app.services.translation import translate

SYSTEM = "system"
HIDDEN = "•••"
#: Fields whose values never enter the log.
REDACTED = {
    "contact": {"full_name", "post", "phone", "email"},
    "app_user": {"password_hash"},
    "ambassador_member": {"full_name"},
    "ambassador_team": {"curator"},
}
_NOISE = {"created_at", "updated_at", "version"}
_PG_LOCK = 0x434C4453  # one advisory lock serialises appends on PostgreSQL
_PENDING_HEAD = "audit_head"  # session.info: (engine, head, whether to record it)


class Action:
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    DENIED = "denied"
    IMPORT = "import"
    EXPORT = "export"
    EXPORT_PERSONAL = "export_personal"
    ERASE_PERSONAL = "erase_personal"
    BACKUP = "backup"
    RESTORE = "restore"
    LOCK_BROKEN = "lock_broken"
    AUDIT_ACCEPTED = "audit_accepted"  # the log as it is now is taken as the known one


#: Entries that take the log as it is as the known one, even if the recorded head is gone from it.
REBASE_ACTIONS = {Action.RESTORE, Action.AUDIT_ACCEPTED}


def plain_value(value):
    """A column value as JSON can hold it (the audit log, merge conflicts)."""
    if value is None or value.__class__ is str:  # most values: an import logs 250,000
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        # a file's bytes are not history: their size and checksum say which file it was
        # (str() of 3 MB of photo made a 10 MB log entry)
        data = bytes(value)
        return f"<{len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]}>"
    return value


def is_bytes_marker(value) -> bool:
    """Whether ``value`` is what :func:`plain_value` wrote for bytes (they are not kept)."""
    return isinstance(value, str) and value.startswith("<") and value.endswith(">") \
        and " bytes" in value


# encoders made once: json.dumps with any argument makes a new encoder per call, and an
# import of 10,000 rows writes two JSON texts for each of its 23,000 entries
_encode_values = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str).encode
_encode_payload = json.JSONEncoder(ensure_ascii=False).encode


def _dump(values: dict | None) -> str:
    if not values:
        return ""
    return _encode_values(values)


def _columns(obj: Entity) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs if c.key not in _NOISE]


def _values(obj: Entity, keys: Iterable[str], which: str) -> dict:
    table = obj.__tablename__
    out = {}
    state = inspect(obj)
    for key in keys:
        if which == "current":
            value = state.attrs[key].loaded_value
        else:
            history = state.attrs[key].history
            if which == "before":
                value = history.deleted[0] if history.deleted else (
                    history.unchanged[0] if history.unchanged else None)
            else:
                value = history.added[0] if history.added else None
        out[key] = HIDDEN if key in REDACTED.get(table, ()) and value not in (None, "") \
            else plain_value(value)
    return out


def _changes(session: Session) -> list[dict]:
    rows = []
    for obj in session.new:
        if isinstance(obj, Entity) and not isinstance(obj, AuditEntry):
            rows.append(dict(action=Action.CREATE, table_name=obj.__tablename__,
                             row_id=str(obj.id), after=_dump(_values(obj, _columns(obj), "current"))))
    for obj in session.dirty:
        if not isinstance(obj, Entity) or isinstance(obj, AuditEntry):
            continue
        state = inspect(obj)
        changed = [k for k in _columns(obj) if state.attrs[k].history.has_changes()]
        if not changed:
            continue
        rows.append(dict(action=Action.UPDATE, table_name=obj.__tablename__, row_id=str(obj.id),
                         before=_dump(_values(obj, changed, "before")),
                         after=_dump(_values(obj, changed, "after"))))
    for obj in session.deleted:
        if isinstance(obj, Entity) and not isinstance(obj, AuditEntry):
            rows.append(dict(action=Action.DELETE, table_name=obj.__tablename__,
                             row_id=str(obj.id),
                             before=_dump(_values(obj, _columns(obj), "current"))))
    return rows


def created_entries(table_name: str, rows: Iterable[dict]) -> list[dict]:
    """The CREATE entries the flush hook would write for rows inserted in bulk (a Core
    insert runs no flush): every column but the noise, personal fields hidden, as there."""
    hidden = REDACTED.get(table_name, ())
    out = []
    for row in rows:
        after = {key: plain_value(value) for key, value in row.items() if key not in _NOISE}
        for key in hidden:
            if after.get(key) not in (None, ""):
                after[key] = HIDDEN
        out.append(dict(action=Action.CREATE, table_name=table_name, row_id=str(row["id"]),
                        after=_dump(after)))
    return out


def _payload(prev_hash: str, seq: int, at: str, username: str, action: str, table_name: str,
             row_id: str, before: str, after: str, detail: str) -> bytes:
    return _encode_payload([prev_hash, seq, at, username, action, table_name, row_id, before,
                            after, detail]).encode("utf-8")


def entry_hash(prev_hash: str, seq: int, at: str, username: str, action: str, table_name: str,
               row_id: str, before: str, after: str, detail: str) -> str:
    """The plain SHA-256 link: entries written before keying, and every PostgreSQL entry."""
    return hashlib.sha256(_payload(prev_hash, seq, at, username, action, table_name, row_id,
                                   before, after, detail)).hexdigest()


def append(session: Session, rows: list[dict]) -> None:
    """Chain and insert audit rows inside the session's transaction."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
    last = conn.execute(
        select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0], last[1]) if last else (0, "")
    key = chain.signer(conn, prev)
    pending = session.info.get(_PENDING_HEAD)
    if any(r["action"] in REBASE_ACTIONS for r in rows):
        keeps = True
    elif pending is None:  # the transaction's first entries: do they extend the known head?
        keeps = chain.extends(conn, chain.recorded_head(conn.engine),
                              chain.Head(seq, prev) if last else None)
    else:
        keeps = pending[2]
    username = session.info.get("actor", SYSTEM)
    now = clock.now()
    at = now.isoformat(timespec="microseconds")
    values = []
    for row in rows:
        seq += 1
        entry = dict(seq=seq, at=at, username=row.get("username", username),
                     action=row["action"], table_name=row.get("table_name", ""),
                     row_id=row.get("row_id", ""), before=row.get("before", ""),
                     after=row.get("after", ""), detail=row.get("detail", ""))
        entry["hash"] = entry_hash(prev, **entry) if key is None else \
            chain.keyed_hash(*key, _payload(prev, **entry))
        entry["prev_hash"], prev = prev, entry["hash"]
        entry.update(id=uuid.uuid4(), created_at=now, updated_at=now, version=1)
        values.append(entry)
    conn.execute(insert(AuditEntry.__table__), values)
    # written to the state file once the transaction commits; a head the database no longer
    # extends (entries removed or rewritten) is kept as evidence, except by a restore
    session.info[_PENDING_HEAD] = (conn.engine, chain.Head(seq, prev), keeps)


def record(session: Session, action: str, detail: str = "", *, table_name: str = "",
           row_id: str = "", username: str | None = None) -> None:
    """An event that is not a row change: a login, a denial, an import, an export…"""
    row = dict(action=action, detail=detail, table_name=table_name, row_id=row_id)
    if username is not None:
        row["username"] = username
    append(session, [row])


def record_now(engine_sessions: sessionmaker[Session], action: str, detail: str = "",
               username: str | None = None, **kwargs) -> None:
    """Record an event in its own short transaction (e.g. a failed login, a denial)."""
    with engine_sessions.begin() as session:
        record(session, action, detail, username=username, **kwargs)


def _after_flush(session: Session, _context) -> None:
    append(session, _changes(session))


class AuditedSession(Session):
    """Every session of a store: its flushes are logged.

    The listener sits on this module-level class, not on each store's sessionmaker: SQLAlchemy
    keys listeners by ``id()`` of the target, and a new sessionmaker's class can take the id of
    a collected one, which made ``event.contains`` answer yes for a class with no listener
    (audit rows silently missing in about one store in fifteen, in a loop of stores)."""


def _after_commit(session: Session) -> None:
    pending = session.info.pop(_PENDING_HEAD, None)
    if pending is not None and pending[2]:
        chain.record_head(pending[0], pending[1])


def _forget_head(session: Session, *_args) -> None:
    session.info.pop(_PENDING_HEAD, None)


event.listen(AuditedSession, "after_flush", _after_flush)
event.listen(AuditedSession, "after_commit", _after_commit)
event.listen(AuditedSession, "after_rollback", _forget_head)
event.listen(AuditedSession, "after_begin", _forget_head)


@dataclass
class ChainReport:
    problems: list[str] = field(default_factory=list)  # the log was tampered with
    notes: list[str] = field(default_factory=list)  # what could not be verified here, and why
    entries: int = 0
    signed: int = 0


def verify_chain(engine: Engine) -> list[str]:
    """Problems in the chain: an entry changed, removed or inserted."""
    return check_chain(engine).problems


def check_chain(engine: Engine) -> ChainReport:
    """Walk the chain: each link, each keyed hash this computer has the key for, and that no
    plain entry follows a keyed one (a rewrite by someone without the key)."""
    report = ChainReport()
    problems = report.problems
    prev, expected_seq, keyed_seen = "", 1, False
    unknown: dict[str, list[int]] = {}  # key id -> [first, last] entries made with it
    with engine.connect() as conn:
        result = conn.execute(
            select(AuditEntry.seq, AuditEntry.at, AuditEntry.username, AuditEntry.action,
                   AuditEntry.table_name, AuditEntry.row_id, AuditEntry.before,
                   AuditEntry.after, AuditEntry.detail, AuditEntry.prev_hash, AuditEntry.hash)
            .order_by(AuditEntry.seq)
        )
        for r in result:
            report.entries += 1
            if r.seq != expected_seq:
                problems.append(translate(
                    "Audit", "Audit entries {first}–{last} are missing.").format(
                        first=expected_seq, last=r.seq - 1))
            fields = (r.prev_hash, r.seq, r.at, r.username, r.action, r.table_name, r.row_id,
                      r.before, r.after, r.detail)
            key_id = chain.key_id_of(r.hash)
            if key_id is None:
                intact = not keyed_seen and r.hash == entry_hash(*fields)
            else:
                keyed_seen = True
                report.signed += 1
                key = chain.load_key(key_id)
                if key is None:
                    unknown.setdefault(key_id, [r.seq, r.seq])[1] = r.seq
                    intact = True  # the link to the next entry is still checked
                else:
                    intact = hmac.compare_digest(
                        r.hash, chain.keyed_hash(key_id, key, _payload(*fields)))
            if r.prev_hash != prev or not intact:
                problems.append(translate(
                    "Audit", "Audit entry {seq} was altered after it was written.").format(
                        seq=r.seq))
            prev, expected_seq = r.hash, r.seq + 1
            if len(problems) >= 20:
                break
    for key_id, (first, last) in unknown.items():
        report.notes.append(translate(
            "Audit", "Audit entries {first}–{last} were signed with key {key}, which is not on "
                     "this computer: they cannot be verified here. To verify them, copy the file "
                     "{key}.key from the computer where the database was kept into {folder}.")
            .format(first=first, last=last, key=key_id, folder=chain.keys_folder()))
    return report


def check_recorded_head(engine: Engine) -> tuple[list[str], str]:
    """Compare the log with the head this computer recorded: (problems, what was compared)."""
    head = chain.recorded_head(engine)
    if head is None:
        return [], translate(
            "Audit", "No audit log head is recorded on this computer for this database yet.")
    return chain.compare_with_head(engine, head.seq, head.hash), translate(
        "Audit", "Audit log compared with the head recorded on this computer (entry {seq}).")\
        .format(seq=head.seq)
