"""Backups through the service and the command line, on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import datetime

import pytest

from app import paths
from app.bootstrap import main
from app.db import sqlite_path
from app.services import Services, open_store
from app.services.participants import OrganizationData


def test_backup_now_and_restore_brings_data_back(services, db_url):
    if sqlite_path(services.store.engine) is None:
        pytest.skip("restore of PostgreSQL goes through pg_restore (test_pg_dump_backup)")
    saved = services.participants.create(OrganizationData(full_name="ООО «До копии»"))
    backup = services.backups.backup_now(now=datetime(2026, 11, 24, 10, 0))
    services.participants.update(replace(saved, full_name="ООО «После копии»"))
    before = services.backups.restore(backup, now=datetime(2026, 11, 24, 11, 0))
    again = Services(open_store(db_url))
    try:
        names = [r.full_name for r in again.participants.list_organizations()]
        assert names == ["ООО «До копии»"]
        assert any(e.action == "restore" for e in again.audit.entries())
    finally:
        again.close()
    assert before is not None and before.exists()
    kept = Services(open_store(str(before)))
    try:
        assert [r.full_name for r in kept.participants.list_organizations()] == \
            ["ООО «После копии»"]
    finally:
        kept.close()


def test_automatic_backup_only_when_something_changed(services):
    if sqlite_path(services.store.engine) is None:
        assert services.backups.automatic() is None  # the server's own backups apply
        return
    first = services.backups.automatic(now=datetime(2026, 11, 24, 9, 0))
    assert first is not None
    assert services.backups.automatic(now=datetime(2026, 11, 24, 12, 0)) is None
    services.participants.create(OrganizationData(full_name="ООО «Новое»"))
    assert services.backups.automatic(now=datetime(2026, 11, 24, 15, 0)) is not None
    assert len(services.backups.list_backups()) == 2


def test_backup_is_audited(services):
    if sqlite_path(services.store.engine) is None and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    services.backups.backup_now()
    assert any(e.action == "backup" for e in services.audit.entries())


def test_pg_dump_backup(services):
    """On PostgreSQL «backup now» is a pg_dump in custom format."""
    if sqlite_path(services.store.engine) is not None:
        pytest.skip("SQLite uses the online backup API (tested above)")
    target = services.backups.backup_now()
    assert target.suffix == ".dump"
    assert target.read_bytes()[:5] == b"PGDMP"


def test_command_line_backup_list_restore(tmp_path, capsys):
    db = tmp_path / "c.sqlite3"
    assert main(["--db", str(db), "backup"]) == 0
    written = capsys.readouterr().out
    assert "clusterdesk-" in written
    assert main(["--db", str(db), "backups"]) == 0
    listed = capsys.readouterr().out
    backup = next(paths.backup_dir().glob("clusterdesk-*-manual.sqlite3"))
    assert str(backup) in listed
    assert main(["--db", str(db), "restore", str(backup)]) == 0
    assert main(["--db", str(db), "check"]) == 0


def test_restoring_a_foreign_file_is_refused(services, tmp_path):
    if sqlite_path(services.store.engine) is None:
        pytest.skip("SQLite only")
    import sqlite3

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    from app.services.backups import BackupFailed

    with pytest.raises(BackupFailed):
        services.backups.restore(other)
    assert services.participants.count() == 0  # the database still works
