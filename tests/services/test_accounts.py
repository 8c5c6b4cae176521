"""Accounts: argon2id hashes, login audited, weak hashes upgraded, sane administration."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from app.models import User
from app.services.accounts import AuthenticationError, accounts_exist, authenticate
from app.services.errors import PermissionDenied, ValidationError
from app.services.permissions import Actor, Role


def test_a_new_database_has_no_accounts_and_runs_for_whoever_opens_it(services):
    assert not accounts_exist(services.store)
    assert services.actor.role == Role.ADMIN


def test_first_account_must_be_an_administrator(services):
    with pytest.raises(ValidationError) as err:
        services.accounts.create_user("ivanova", "Иванова", "staff", "очень-длинный-пароль")
    assert "role" in err.value.errors
    services.accounts.create_user("boss", "Начальник", "admin", "очень-длинный-пароль")
    assert accounts_exist(services.store)


def test_passwords_are_argon2id_and_never_stored(services):
    services.accounts.create_user("boss", "Начальник", "admin", "очень-длинный-пароль")
    with services.store.sessions() as s:
        stored = s.scalars(select(User.password_hash)).one()
    assert stored.startswith("$argon2id$")
    assert "очень-длинный-пароль" not in stored
    everything = " ".join(str(e) for e in services.audit.entries())
    assert "очень-длинный-пароль" not in everything and "$argon2" not in everything


def test_login_right_and_wrong(services):
    services.accounts.create_user("boss", "Начальник", "admin", "очень-длинный-пароль")
    actor = authenticate(services.store, "boss", "очень-длинный-пароль")
    assert actor == Actor("boss", Role.ADMIN)
    with pytest.raises(AuthenticationError):
        authenticate(services.store, "boss", "не тот")
    with pytest.raises(AuthenticationError):
        authenticate(services.store, "nobody", "очень-длинный-пароль")
    actions = [(e.action, e.username) for e in services.audit.entries()]
    assert ("login", "boss") in actions
    assert actions.count(("login_failed", "boss")) == 1
    assert ("login_failed", "nobody") in actions


def test_weak_stored_hash_is_upgraded_at_next_login(services):
    services.accounts.create_user("boss", "Начальник", "admin", "очень-длинный-пароль")
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("очень-длинный-пароль")
    with services.store.engine.begin() as conn:
        conn.execute(update(User).values(password_hash=weak))
    authenticate(services.store, "boss", "очень-длинный-пароль")
    with services.store.sessions() as s:
        stored = s.scalars(select(User.password_hash)).one()
    assert stored != weak
    assert not PasswordHasher().check_needs_rehash(stored)


def test_short_password_refused(services):
    with pytest.raises(ValidationError) as err:
        services.accounts.create_user("boss", "", "admin", "123")
    assert "8" in err.value.errors["password"]


def test_disabled_account_cannot_log_in_and_last_admin_stays(services):
    boss = services.accounts.create_user("boss", "", "admin", "очень-длинный-пароль")
    clerk = services.accounts.create_user("clerk", "", "staff", "другой-длинный-пароль")
    with pytest.raises(ValidationError):
        services.accounts.set_active(boss.id, False)
    services.accounts.set_active(clerk.id, False)
    with pytest.raises(AuthenticationError):
        authenticate(services.store, "clerk", "другой-длинный-пароль")


def test_demo_accounts_one_per_role(demo):
    for username, role in (("admin", Role.ADMIN), ("staff", Role.STAFF),
                           ("inspector", Role.INSPECTOR), ("council", Role.COUNCIL)):
        assert authenticate(demo.store, username, "demo").role == role


def test_only_an_administrator_manages_accounts(demo):
    from app.services import Services

    staff = Services(demo.store, authenticate(demo.store, "staff", "demo"))
    with pytest.raises(PermissionDenied):
        staff.accounts.list_users()
    with pytest.raises(PermissionDenied):
        staff.accounts.create_user("x", "", "admin", "очень-длинный-пароль")
