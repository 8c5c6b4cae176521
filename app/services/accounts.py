"""Local accounts: argon2id password hashes, login, the per-role demo accounts.

Logging in is the gate before there is an actor, so ``authenticate`` and ``accounts_exist``
are plain functions; managing accounts is a service like any other.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from app.models import User
from app.models.base import utcnow
from app.services.audit import Action, record, record_now
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


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    username: str
    full_name: str
    role: str
    active: bool
    last_login_at: datetime | None
    version: int


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.username, u.full_name, u.role, u.active, u.last_login_at, u.version)


def accounts_exist(store: Store) -> bool:
    with store.sessions() as s:
        return bool(s.scalar(select(func.count()).select_from(User)))


def authenticate(store: Store, username: str, password: str) -> Actor:
    """Check a password; the attempt is audited either way (never the password itself)."""
    username = (username or "").strip()
    with store.sessions.begin() as s:
        s.info["actor"] = username or "—"
        user = s.scalars(select(User).where(User.username == username)).first()
        ok = False
        if user is not None and user.active:
            try:
                ok = HASHER.verify(user.password_hash, password or "")
            except (VerificationError, InvalidHashError):
                ok = False
        if ok:
            if HASHER.check_needs_rehash(user.password_hash):
                user.password_hash = HASHER.hash(password)
            user.last_login_at = utcnow()
            record(s, Action.LOGIN, username=username)
            return Actor(username=user.username, role=Role(user.role))
    record_now(store.sessions, Action.LOGIN_FAILED, username=username or "—")
    raise AuthenticationError(translate("Accounts", "Wrong user name or password."))


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
        with self._session() as s:
            return [_info(u) for u in s.scalars(select(User).order_by(User.username))]

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
