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


# --- two logins at once (issue 16, item 6) -----------------------------------------------

CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def test_the_same_account_logging_in_twice_at_once_never_conflicts(services, db_url, monkeypatch):
    """Two workers, each with its own engine (as two processes have), log the same account in
    at the same moment again and again: every login succeeds."""
    import threading

    from app.db import make_engine
    from app.services import accounts
    from app.services.base import Store

    monkeypatch.setattr(accounts, "HASHER", CHEAP)  # the cost of argon2 is not the point here
    services.accounts.create_user("boss", "Начальник", "admin", "очень-длинный-пароль")
    rounds, workers = 25, 2
    barrier = threading.Barrier(workers)
    failures: list[BaseException] = []

    def worker():
        store = Store.from_engine(make_engine(db_url))
        try:
            for _ in range(rounds):
                barrier.wait(timeout=30)
                try:
                    assert authenticate(store, "boss", "очень-длинный-пароль").username == "boss"
                except BaseException as exc:  # noqa: BLE001 - collected and shown below
                    failures.append(exc)
        finally:
            store.engine.dispose()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not failures, [repr(f) for f in failures[:3]]
    logins = [e for e in services.audit.entries(action="login") if e.username == "boss"]
    assert len(logins) == rounds * workers
    assert services.audit.verify() == []
    assert services.accounts.list_users()[0].last_login_at is not None


# --- failed attempts in a row (issue 16, item 11) ----------------------------------------
# The delay is counted from the audit log's time of the last failure; the tests set the one
# clock relative to that time instead of sleeping.

@pytest.fixture
def frozen():
    from app.services import clock

    yield clock
    clock.set_now(None)


def last_failure_at(services, username="boss"):
    return next(e.at for e in services.audit.entries(action="login_failed")
                if e.username == username)


def wrong(store, username="boss"):
    with pytest.raises(AuthenticationError) as err:
        authenticate(store, username, "не тот пароль")
    return err.value


def test_after_five_failures_the_account_waits_even_for_the_right_password(services, frozen,
                                                                         monkeypatch):
    from datetime import timedelta

    from app.services import accounts
    from app.services.accounts import LoginDelayed

    monkeypatch.setattr(accounts, "HASHER", CHEAP)
    services.accounts.create_user("boss", "Начальник", "admin", "очень-длинный-пароль")
    for _ in range(5):
        assert not isinstance(wrong(services.store), LoginDelayed)
    at = last_failure_at(services)
    frozen.set_now(at + timedelta(seconds=0.4))
    with pytest.raises(LoginDelayed) as err:
        authenticate(services.store, "boss", "очень-длинный-пароль")  # the right one: still no
    assert str(err.value).replace("\xa0", " ") == (
        "Слишком много неудачных попыток. Повторите через 1 с.")  # a no-break space before «с»
    denied = services.audit.entries(action="denied")[0]
    assert denied.username == "boss" and "5" in denied.detail
    assert len([e for e in services.audit.entries(action="login_failed")]) == 5  # not a failure
    frozen.set_now(at + timedelta(seconds=1))
    assert authenticate(services.store, "boss", "очень-длинный-пароль").username == "boss"
    # a login starts the count again: five more wrong ones before any wait
    for _ in range(5):
        assert not isinstance(wrong(services.store), LoginDelayed)


def test_the_wait_grows_1_2_4_to_at_most_30_seconds(services, frozen, monkeypatch):
    from datetime import timedelta

    from app.services import accounts
    from app.services.accounts import LoginDelayed

    monkeypatch.setattr(accounts, "HASHER", CHEAP)
    services.accounts.create_user("boss", "Начальник", "admin", "очень-длинный-пароль")
    for _ in range(5):
        wrong(services.store)
    for expected in (1, 2, 4, 8, 16, 30, 30):
        at = last_failure_at(services)
        frozen.set_now(at)
        refused = wrong(services.store)
        assert isinstance(refused, LoginDelayed) and refused.seconds == expected
        assert refused.until == at + timedelta(seconds=expected)
        frozen.set_now(at + timedelta(seconds=expected))
        assert not isinstance(wrong(services.store), LoginDelayed)  # a real (wrong) attempt


def test_failures_count_across_processes_and_for_unknown_names(services, db_url, frozen,
                                                               monkeypatch):
    from datetime import timedelta

    from app.db import make_engine
    from app.services import accounts
    from app.services.accounts import LoginDelayed
    from app.services.base import Store

    monkeypatch.setattr(accounts, "HASHER", CHEAP)
    services.accounts.create_user("boss", "Начальник", "admin", "очень-длинный-пароль")
    other = Store.from_engine(make_engine(db_url))  # another process has its own engine
    try:
        for store in (services.store, other) * 2 + (services.store,):
            wrong(store)
        frozen.set_now(last_failure_at(services) + timedelta(seconds=0.5))
        assert isinstance(wrong(other), LoginDelayed)
        for _ in range(5):
            wrong(other, "nobody")  # no such account: it waits all the same (says nothing)
        frozen.set_now(last_failure_at(services, "nobody"))
        assert isinstance(wrong(services.store, "nobody"), LoginDelayed)
    finally:
        other.engine.dispose()


def test_administrator_sees_the_failures_and_unlocks_the_account(services, frozen, monkeypatch):
    from datetime import timedelta

    from app.services import Services, accounts

    monkeypatch.setattr(accounts, "HASHER", CHEAP)
    services.accounts.create_user("boss", "Начальник", "admin", "очень-длинный-пароль")
    clerk = services.accounts.create_user("clerk", "", "staff", "другой-длинный-пароль")
    admin = Services(services.store, authenticate(services.store, "boss", "очень-длинный-пароль"))
    for _ in range(5):
        wrong(services.store, "clerk")
    frozen.set_now(last_failure_at(services, "clerk") + timedelta(seconds=1))
    wrong(services.store, "clerk")  # the sixth: the account now waits 2 s
    at = last_failure_at(services, "clerk")
    frozen.set_now(at + timedelta(seconds=1))
    info = {u.username: u for u in admin.accounts.list_users()}
    assert info["clerk"].failed_logins == 6
    assert info["clerk"].locked_until == at + timedelta(seconds=2)
    assert info["boss"].failed_logins == 0 and info["boss"].locked_until is None
    admin.accounts.unlock(clerk.id)
    assert authenticate(services.store, "clerk", "другой-длинный-пароль").username == "clerk"
    unlocked = [e for e in services.audit.entries(action="update") if e.row_id == str(clerk.id)
                and "failed_logins" in e.after][0]
    assert unlocked.username == "boss" and unlocked.before == {"failed_logins": 6}
    assert services.audit.verify() == []
    staff = Services(services.store, authenticate(services.store, "clerk", "другой-длинный-пароль"))
    with pytest.raises(PermissionDenied):
        staff.accounts.unlock(clerk.id)


def test_the_command_line_is_refused_likewise(db_url, frozen, monkeypatch, capsys):
    from datetime import datetime, timedelta

    from app.bootstrap import main
    from app.db import make_engine
    from app.models import AuditEntry
    from app.services import Services, accounts, open_store

    monkeypatch.setattr(accounts, "HASHER", CHEAP)
    svc = Services(open_store(db_url))
    svc.accounts.create_user("boss", "Начальник", "admin", "очень-длинный-пароль")
    svc.close()
    monkeypatch.setenv("CLUSTERDESK_USER", "boss")
    monkeypatch.setenv("CLUSTERDESK_PASSWORD", "не тот пароль")
    for _ in range(5):
        assert main(["--db", db_url, "check"]) == 1
    assert "Неверное" in capsys.readouterr().err
    engine = make_engine(db_url)
    with engine.connect() as conn:
        at = conn.scalar(select(AuditEntry.at).where(AuditEntry.action == "login_failed")
                         .order_by(AuditEntry.seq.desc()).limit(1))
    engine.dispose()
    frozen.set_now(datetime.fromisoformat(at) + timedelta(seconds=0.5))
    monkeypatch.setenv("CLUSTERDESK_PASSWORD", "очень-длинный-пароль")
    assert main(["--db", db_url, "check"]) == 1
    err = capsys.readouterr().err
    assert "Повторите через 1\xa0с" in err and "Traceback" not in err
