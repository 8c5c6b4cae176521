"""Local accounts: argon2id password hashes, login, the per-role demo accounts.

Logging in is the gate before there is an actor, so ``authenticate`` and ``accounts_exist``
are plain functions; managing accounts is a service like any other.
"""

from __future__ import annotations

import functools
import json
import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from app.models import AuditEntry, User
from app.services import clock
from app.services.audit import HIDDEN, Action, append, record
from app.services.base import Service, Store, translate
from app.services.errors import ServiceError, ValidationError
from app.services.permissions import Actor, Permission, Role, requires
from app.services.validation import FieldError, optional_text, require_text

#: argon2-cffi's defaults are argon2id with its recommended cost; hashes made with weaker
#: settings are upgraded at the next successful login.
HASHER = PasswordHasher()
MIN_PASSWORD = 8
DEMO_PASSWORD = "demo"
DEMO_ACCOUNTS = [
    ("admin", "Администратор (демо)", Role.ADMIN),
    ("staff", "Сотрудник управляющей компании (демо)", Role.STAFF),
    ("inspector", "Петров П. П.", Role.INSPECTOR),  # the demo inspections name him
    ("council", "Член регионального совета (демо)", Role.COUNCIL),
]


class AuthenticationError(ServiceError):
    """Wrong user name or password, or a disabled account."""


class LoginDelayed(AuthenticationError):
    """Too many failed attempts in a row: the account waits before the next one."""

    def __init__(self, seconds: int, until: datetime):
        super().__init__(translate(
            "Accounts", "Too many failed attempts. Try again in {seconds} s.").format(
                seconds=seconds))
        self.seconds, self.until = seconds, until


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    full_name: str
    role: str
    active: bool
    last_login_at: datetime | None
    version: int
    failed_logins: int = 0  # in a row, since the last login or unlock
    locked_until: datetime | None = None


def _info(u: User, guard: LoginGuard | None = None) -> UserInfo:
    guard = guard or LoginGuard(0, None)
    return UserInfo(u.id, u.username, u.full_name, u.role, u.active, u.last_login_at, u.version,
                    guard.failures, guard.locked_until(clock.now()))


def accounts_exist(store: Store) -> bool:
    with store.sessions() as s:
        return bool(s.scalar(select(func.count()).select_from(User)))


# --- the delay after failed attempts ----------------------------------------------------------
# Counted from the audit log (every failed login is there already), so no extra column and it
# holds across processes: the failures of a user name since its last login or unlock.
FREE_ATTEMPTS = 5
MAX_DELAY_S = 30
_UNLOCK_KEY = "failed_logins"  # the field an unlock's audit entry names
_PG_LOGIN_LOCKS = 0x4C4F47  # namespace of the per-account advisory locks on PostgreSQL


@dataclass(frozen=True)
class LoginGuard:
    failures: int
    last_failure_at: datetime | None

    def delay(self) -> int:
        """Seconds to wait after the last failure: 1, 2, 4… from the fifth on, at most 30."""
        if self.failures < FREE_ATTEMPTS:
            return 0
        return min(MAX_DELAY_S, 2 ** (self.failures - FREE_ATTEMPTS))

    def locked_until(self, now: datetime) -> datetime | None:
        if not self.delay() or self.last_failure_at is None:
            return None
        until = self.last_failure_at + timedelta(seconds=self.delay())
        return until if until > now else None


def login_guard(s: Session, username: str, user_id: uuid.UUID | None) -> LoginGuard:
    since = s.scalar(select(func.max(AuditEntry.seq)).where(
        AuditEntry.action == Action.LOGIN, AuditEntry.username == username)) or 0
    if user_id is not None:  # an administrator's unlock starts the count again
        for seq, after in s.execute(select(AuditEntry.seq, AuditEntry.after).where(
                AuditEntry.row_id == str(user_id), AuditEntry.table_name == User.__tablename__,
                AuditEntry.action == Action.UPDATE, AuditEntry.seq > since)):
            if _UNLOCK_KEY in (json.loads(after) if after else {}):
                since = max(since, seq)
    failed = (AuditEntry.action == Action.LOGIN_FAILED, AuditEntry.username == username,
              AuditEntry.seq > since)
    count = s.scalar(select(func.count()).select_from(AuditEntry).where(*failed)) or 0
    if not count:
        return LoginGuard(0, None)
    last_at = s.scalar(select(AuditEntry.at).where(*failed).order_by(AuditEntry.seq.desc())
                       .limit(1))
    return LoginGuard(count, datetime.fromisoformat(last_at))


def _serialise(s: Session, username: str) -> None:
    """Attempts on one account take turns from here to the commit, so parallel guesses all
    see each other's failures; on SQLite a first write takes the file's write lock (a read
    first would leave a stale snapshot and the audit append would clash)."""
    conn = s.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:ns, hashtext(:name))"),
                     {"ns": _PG_LOGIN_LOCKS, "name": username})
    else:
        conn.execute(text("UPDATE app_user SET version = version WHERE 0 = 1"))


def _refuse(s: Session, username: str, guard: LoginGuard, until: datetime) -> LoginDelayed:
    now = clock.now()
    seconds = max(1, math.ceil((until - now).total_seconds()))
    record(s, Action.DENIED, translate(
        "Accounts", "Login refused: {count} failed attempts in a row, the next one is "
                    "allowed in {seconds} s.").format(count=guard.failures, seconds=seconds),
        username=username)
    return LoginDelayed(seconds, until)


def authenticate(store: Store, username: str, password: str) -> Actor:
    """Check a password; the attempt is audited either way (never the password itself).

    After five failures in a row the account waits (1 s, 2 s, 4 s… at most 30 s) and an
    attempt before then is refused, the right password too.  The login stamp is a plain
    UPDATE outside the row's version, so two logins of one account at once never conflict.
    """
    username = (username or "").strip()
    with store.sessions() as s:
        user = s.execute(select(User.id, User.password_hash, User.active, User.role)
                         .where(User.username == username)).first()
        until = login_guard(s, username, user and user.id).locked_until(clock.now())
    ok = False
    if until is None and user is not None and user.active:
        try:  # argon2 is slow on purpose: no transaction is open meanwhile
            ok = HASHER.verify(user.password_hash, password or "")
        except (VerificationError, InvalidHashError):
            ok = False
    refusal: LoginDelayed | None = None
    with store.sessions.begin() as s:
        s.info["actor"] = username or "—"
        _serialise(s, username)
        guard = login_guard(s, username, user and user.id)
        until = guard.locked_until(clock.now())  # a parallel attempt may have failed meanwhile
        if until is not None:
            refusal = _refuse(s, username, guard, until)
        elif ok:
            # one entry per login: a password hash upgraded on the way is said in it
            rehashed = _stamp_login(s, user, password)
            hidden = json.dumps({"password_hash": HIDDEN}) if rehashed else ""
            append(s, [dict(action=Action.LOGIN, username=username,
                            table_name=User.__table__.name if rehashed else "",
                            row_id=str(user.id) if rehashed else "", before=hidden, after=hidden)])
            return Actor(username=username, role=Role(user.role))
        else:
            record(s, Action.LOGIN_FAILED, username=username or "—")
    if refusal is not None:
        raise refusal
    raise AuthenticationError(translate("Accounts", "Wrong user name or password."))


def _stamp_login(s: Session, user, password: str) -> bool:
    """Stamp the login; whether the stored hash was upgraded (to a stronger one)."""
    table = User.__table__
    s.execute(update(table).where(table.c.id == user.id).values(
        last_login_at=clock.now(), updated_at=table.c.updated_at))
    if HASHER.check_needs_rehash(user.password_hash):
        changed = s.execute(update(table).where(
            table.c.id == user.id, table.c.password_hash == user.password_hash).values(
                password_hash=HASHER.hash(password), updated_at=table.c.updated_at)).rowcount
        return bool(changed)  # only when no one set another password meanwhile
    return False


@functools.cache
def _demo_hash() -> str:
    return HASHER.hash(DEMO_PASSWORD)


def _check_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD:
        raise FieldError(translate(
            "Accounts", "The password must be at least {count} characters long.").format(
                count=MIN_PASSWORD))
    return password


class AccountsService(Service):
    @requires(Permission.USERS_MANAGE)
    def list_users(self) -> list[UserInfo]:
        """With each account's failed logins in a row and how long it waits."""
        with self._session() as s:
            return [_info(u, login_guard(s, u.username, u.id))
                    for u in s.scalars(select(User).order_by(User.username))]

    @requires(Permission.USERS_MANAGE)
    def unlock(self, user_id: uuid.UUID) -> None:
        """Forget an account's failed logins (audited: the count it had, and who reset it)."""
        with self._session() as s:
            user = s.get(User, user_id)
            if user is None:
                raise ValidationError({"username": translate("Accounts", "No such account.")})
            failures = login_guard(s, user.username, user.id).failures
            if failures:
                append(s, [dict(action=Action.UPDATE, table_name=User.__tablename__,
                                row_id=str(user.id), before=json.dumps({_UNLOCK_KEY: failures}),
                                after=json.dumps({_UNLOCK_KEY: 0}))])

    @requires(Permission.USERS_MANAGE)
    def create_user(self, username: str, full_name: str, role: str, password: str) -> UserInfo:
        errors: dict[str, str] = {}
        try:
            username = require_text(username, 64)
            if " " in username:
                raise FieldError(translate("Accounts", "A user name has no spaces."))
        except FieldError as exc:
            errors["username"] = str(exc)
        try:
            full_name = optional_text(full_name, 300)
        except FieldError as exc:
            errors["full_name"] = str(exc)
        if role not in set(Role):
            errors["role"] = translate("Accounts", "Choose a role.")
        try:
            _check_password(password)
        except FieldError as exc:
            errors["password"] = str(exc)
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            first = not s.scalar(select(func.count()).select_from(User))
            if first and role != Role.ADMIN:
                raise ValidationError({"role": translate(
                    "Accounts", "The first account must be an administrator's.")})
            if s.scalars(select(User).where(User.username == username)).first():
                raise ValidationError({"username": translate(
                    "Accounts", "This user name is taken.")})
            user = User(username=username, full_name=full_name, role=role,
                        password_hash=HASHER.hash(password), active=True)
            s.add(user)
            s.flush()
            return _info(user)

    @requires(Permission.USERS_MANAGE)
    def set_password(self, user_id: uuid.UUID, password: str) -> None:
        try:
            _check_password(password)
        except FieldError as exc:
            raise ValidationError({"password": str(exc)}) from exc
        with self._session() as s:
            user = s.get(User, user_id)
            if user is None:
                raise ValidationError({"username": translate("Accounts", "No such account.")})
            user.password_hash = HASHER.hash(password)

    @requires(Permission.USERS_MANAGE)
    def set_active(self, user_id: uuid.UUID, active: bool) -> None:
        with self._session() as s:
            user = s.get(User, user_id)
            if user is None:
                raise ValidationError({"username": translate("Accounts", "No such account.")})
            if not active and user.role == Role.ADMIN:
                admins = s.scalar(select(func.count()).select_from(User).where(
                    User.role == Role.ADMIN.value, User.active.is_(True)))
                if admins <= 1:
                    raise ValidationError({"active": translate(
                        "Accounts", "The last administrator cannot be disabled.")})
            user.active = active


def add_demo_accounts(session) -> None:
    """One account per role, password «demo» (documented in the README)."""
    for username, full_name, role in DEMO_ACCOUNTS:
        if not session.scalars(select(User).where(User.username == username)).first():
            session.add(User(username=username, full_name=full_name, role=role.value,
                             password_hash=_demo_hash(), active=True))
