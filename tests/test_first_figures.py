"""The dashboard's figures kept for the next start (app/first_figures.py): painted at once only
while they are still true — the same data (the stamp), the same day, the same language, and a
start that needs no login."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app import first_figures
from app.db import sqlite_url
from app.services import Services, open_store
from app.services.audit import Action, record_now
from app.services.roadmap import RoadmapData

FIGURES = {"title": "Сводка", "as_of": "на 07.12.2026",
           "cards": [{"key": "participants", "title": "Участники", "figure": "42"}]}
TODAY = date.today()


@pytest.fixture
def local(tmp_path):
    """A SQLite file whatever database the suite runs on: the start-up frame reads only
    files (a server's figures need the database layer)."""
    services = Services(open_store(sqlite_url(tmp_path / "local.sqlite3")))
    yield services
    services.close()


def _change(services) -> None:
    services.roadmap.save(RoadmapData(title="Закупка оборудования", deadline=TODAY))


def _sqlite_file(services):
    path, _stamp = services.system.data_stamp()
    assert path is not None
    return path


def test_the_stamp_follows_changes_of_data_not_logins(services):
    """On the suite's database (SQLite or PostgreSQL): the service's side of the rule."""
    _path, before = services.system.data_stamp()
    record_now(services.store.sessions, Action.LOGIN, "--demo", username="admin")
    record_now(services.store.sessions, Action.EXPORT, "участники.xlsx", username="admin")
    assert services.system.data_stamp()[1] == before  # every start logs in: still true
    _change(services)
    after = services.system.data_stamp()[1]
    assert after != before
    assert after.startswith("open")  # no accounts: a start needs no login


def test_the_start_reads_the_same_stamp_without_the_database_layer(local):
    db = _sqlite_file(local)
    assert first_figures.read_stamp(db) == local.system.data_stamp()[1]
    _change(local)
    assert first_figures.read_stamp(db) == local.system.data_stamp()[1]
    assert first_figures.read_stamp(db.with_name("missing.sqlite3")) is None


def test_kept_figures_come_back_only_while_they_are_true(local):
    db = _sqlite_file(local)
    first_figures.save(db, local.system.data_stamp()[1], TODAY, "ru", FIGURES)
    assert first_figures.load(db, TODAY, "ru") == FIGURES
    assert first_figures.load(db, TODAY + timedelta(days=1), "ru") is None  # overdue changes
    assert first_figures.load(db, TODAY, "en") is None
    _change(local)
    assert first_figures.load(db, TODAY, "ru") is None
    first_figures.save(db, local.system.data_stamp()[1], TODAY, "ru", FIGURES)
    assert first_figures.load(db, TODAY, "ru") == FIGURES
    first_figures.forget(db)
    assert first_figures.load(db, TODAY, "ru") is None


def test_no_figures_before_a_login(local):
    db = _sqlite_file(local)
    local.accounts.create_user("boss", "Начальник", "admin", "очень-длинный-пароль")
    stamp = local.system.data_stamp()[1]
    assert stamp.startswith("accounts")
    first_figures.save(db, stamp, TODAY, "ru", FIGURES)
    assert first_figures.load(db, TODAY, "ru") is None  # the start will ask who is working
    assert first_figures.load(db, TODAY, "ru", demo=True) == FIGURES  # the demo logs in itself


def test_a_damaged_or_foreign_cache_file_is_ignored(local):
    db = _sqlite_file(local)
    first_figures.save(db, local.system.data_stamp()[1], TODAY, "ru", FIGURES)
    target = first_figures._file(db)
    target.write_text("{not json", encoding="utf-8")
    assert first_figures.load(db, TODAY, "ru") is None


def test_quiet_actions_are_audit_actions():
    known = {value for name, value in vars(Action).items() if name.isupper()}
    assert set(first_figures.QUIET_ACTIONS) <= known
    assert not {Action.CREATE, Action.UPDATE, Action.DELETE, Action.IMPORT,
                Action.RESTORE} & set(first_figures.QUIET_ACTIONS)


def test_which_file_a_window_start_opens(tmp_path, monkeypatch):
    from app import paths

    monkeypatch.delenv("CLUSTERDESK_DB", raising=False)
    assert first_figures.window_database(True, None, None) == paths.demo_db_path()
    assert first_figures.window_database(False, None, None) == paths.default_db_path()
    assert first_figures.window_database(False, str(tmp_path / "a.sqlite3"), None) == \
        tmp_path / "a.sqlite3"
    assert first_figures.window_database(False, None, "postgresql://u@host/db") is None
    monkeypatch.setenv("CLUSTERDESK_DB", f"sqlite:///{tmp_path / 'b.sqlite3'}")
    assert first_figures.window_database(False, None, "c.sqlite3") == tmp_path / "b.sqlite3"
