"""The store: migrations from empty, upgrade with a backup, refusing a newer database."""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app import paths
from app.backup import verify_checksum
from app.db import make_engine, sqlite_path
from app.migrate import (
    DatabaseTooNewError,
    NotOurDatabaseError,
    alembic_config,
    current_revision,
    head_revision,
)
from app.models import Base
from app.services import Services, open_store


def test_migrations_from_empty_create_the_whole_schema(db_url):
    store = open_store(db_url)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
        tables = set(inspect(store.engine).get_table_names())
        assert {"organization", "contact", "cluster", "membership", "site", "workshop",
                "cluster_kind", "grant_size", "industry", "industry_centre"} <= tables
    finally:
        store.engine.dispose()


def test_schema_head_constant_is_the_newest_migration():
    from app.migrate import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_sqlite_is_tuned_for_safety(tmp_path):
    store = open_store(str(tmp_path / "x.sqlite3"))
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    store.engine.dispose()


def test_older_database_is_backed_up_then_upgraded(db_url):
    if sqlite_path(db_url) is None and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed: PostgreSQL is upgraded without a copy")
    engine = make_engine(db_url)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        org_id = uuid.uuid4()
        conn.execute(
            text("INSERT INTO organization (id, full_name, short_name, address, region, phone, "
                 "email, website, created_at, updated_at, version) VALUES (:id, 'Старый колледж', "
                 "'', '', '', '', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"),
            {"id": org_id.hex if engine.dialect.name == "sqlite" else org_id},
        )
    engine.dispose()

    store = open_store(db_url)
    assert current_revision(store.engine) == head_revision()
    assert "site" in inspect(store.engine).get_table_names()
    names = [r.full_name for r in Services(store).participants.list_organizations()]
    assert names == ["Старый колледж"]
    # the copy before the upgrade is in this database's own folder, with its manifest
    folder = paths.database_backup_dir(sqlite_path(store.engine) or store.engine.url)
    if sqlite_path(store.engine) is None:
        [dump] = folder.glob("*before-upgrade-0001*.dump")
        assert verify_checksum(dump).reason == "before-upgrade-0001"
        assert dump.read_bytes()[:5] == b"PGDMP"
    else:
        backups = list(folder.glob("*before-upgrade-0001*.sqlite3"))
        assert len(backups) == 1
        assert verify_checksum(backups[0]).reason == "before-upgrade-0001"
        with sqlite3.connect(backups[0]) as copy:
            assert copy.execute("SELECT full_name FROM organization").fetchall() == [
                ("Старый колледж",)
            ]
            assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    store.engine.dispose()


def test_newer_database_is_refused_and_left_untouched(db_url):
    store = open_store(db_url)
    Services(store).demo.seed()
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    path = sqlite_path(store.engine)
    store.engine.dispose()
    before = path.read_bytes() if path else None

    with pytest.raises(DatabaseTooNewError) as err:
        open_store(db_url)
    assert "новой версией" in str(err.value) or "более новой" in str(err.value)
    assert "9999_from_the_future" in str(err.value)

    if path:
        assert path.read_bytes() == before
    engine = make_engine(db_url)
    assert current_revision(engine) == "9999_from_the_future"
    engine.dispose()


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('не трогать')")
    before = other.read_bytes()
    with pytest.raises(NotOurDatabaseError):
        open_store(str(other))
    assert other.read_bytes() == before


def test_0012_keeps_the_baselines_and_brings_the_training_standards(db_url):
    """The training standards come in with the seed's values (the settings edit them) and
    the baselines lose only their former copy of КЦП (the admission figures are the record)."""
    from app.services.reach import BaselineData

    store = open_store(db_url)
    Services(store).reach.save_baseline(BaselineData(2026, pupils=1200, schools=14))
    with store.engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0011")
        assert "training_standard" not in inspect(conn).get_table_names()
        conn.execute(text("UPDATE reach_baseline SET admission_plan = 1450"))
    store.engine.dispose()
    if store.lock:
        store.lock.release()

    store = open_store(db_url)
    try:
        services = Services(store)
        assert services.reach.baseline(2026).pupils == 1200
        assert services.training.standard_hours() == {
            "teacher": 144, "master": 144, "methodologist": 144, "industry": 252}
        columns = {c["name"] for c in inspect(store.engine).get_columns("reach_baseline")}
        assert "admission_plan" not in columns
    finally:
        store.engine.dispose()
        if store.lock:
            store.lock.release()


def test_a_failing_pg_dump_before_an_upgrade_stops_it_with_a_message(db_url, tmp_path,
                                                                     monkeypatch):
    """PostgreSQL: the copy before an upgrade fails (a client older than the server, say):
    the schema stays as it was and the user reads why, in Russian, not a traceback."""
    if sqlite_path(db_url) is not None:
        pytest.skip("SQLite's copy before an upgrade is the online backup (tested above)")
    from app.services.backups import BackupFailed

    tools = tmp_path / "bin"
    tools.mkdir()
    for name in ("pg_dump", "pg_restore"):
        script = tools / name
        script.write_text("#!/bin/sh\necho 'pg_dump: error: server version mismatch' >&2\n"
                          "exit 1\n")
        script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}:{os.environ['PATH']}")
    engine = make_engine(db_url)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0011")
    engine.dispose()

    with pytest.raises(BackupFailed) as err:
        open_store(db_url)
    assert "server version mismatch" in str(err.value)
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) == "0011"
    finally:
        engine.dispose()
