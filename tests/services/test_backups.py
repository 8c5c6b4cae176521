"""Backups through the service and the command line, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app import paths
from app.backup_manifest import manifest_path
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
    assert services.backups.automatic(now=datetime(2026, 11, 24, 14, 0)) is None
    services.participants.create(OrganizationData(full_name="ООО «Новое»"))
    assert services.backups.automatic(now=datetime(2026, 11, 24, 15, 0)) is not None
    assert len(services.backups.list_backups()) == 2


def test_automatic_backup_at_most_once_per_interval(services):
    """Opening and closing eleven times in a minute made eleven copies (each login changes
    the audit log); now one per interval (4 hours unless set), whatever changed."""
    if sqlite_path(services.store.engine) is None:
        pytest.skip("automatic backups are for SQLite")
    start = datetime(2026, 11, 24, 9, 0)
    made = []
    for minute in range(11):
        services.participants.create(OrganizationData(full_name=f"ООО «Правка {minute}»"))
        made.append(services.backups.automatic(now=start + timedelta(seconds=6 * minute)))
    assert sum(1 for m in made if m is not None) == 1
    services.participants.create(OrganizationData(full_name="ООО «Позже»"))
    assert services.backups.automatic(now=start + timedelta(hours=3, minutes=59)) is None
    assert services.backups.automatic(now=start + timedelta(hours=4)) is not None
    # the interval is the caller's (the window passes the setting)
    services.participants.create(OrganizationData(full_name="ООО «Ещё позже»"))
    assert services.backups.automatic(now=start + timedelta(hours=5),
                                      interval=timedelta(hours=1)) is not None
    # a manual copy does not count as the automatic one
    services.backups.backup_now(now=start + timedelta(hours=5, minutes=10))
    services.participants.create(OrganizationData(full_name="ООО «Последнее»"))
    assert services.backups.automatic(now=start + timedelta(hours=5, minutes=20)) is None
    autos = [b for b in services.backups.list_backups() if b.reason == "auto"]
    assert len(autos) == 3


def test_backup_is_audited(services):
    if sqlite_path(services.store.engine) is None and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    services.backups.backup_now()
    assert any(e.action == "backup" for e in services.audit.entries())


def test_pg_dump_backup(services):
    """On PostgreSQL «backup now» is a pg_dump in custom format, in this database's own
    folder, with a manifest: checksum, cluster and audit head from the dump's snapshot."""
    if sqlite_path(services.store.engine) is not None:
        pytest.skip("SQLite uses the online backup API (tested above)")
    cluster = services.cluster.get()
    head = services.audit.entries()[0] if services.audit.entries() else None
    target = services.backups.backup_now()
    assert target.suffix == ".dump"
    assert target.read_bytes()[:5] == b"PGDMP"
    assert target.parent == services.backups.folder != paths.backup_dir()
    assert target.parent.parent == paths.backup_dir()
    data = json.loads(manifest_path(target).read_text(encoding="utf-8"))
    assert data["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert data["size"] == target.stat().st_size
    assert data["cluster"] == {"id": str(cluster.id), "name": cluster.name}
    assert "password" not in data["source"] and data["reason"] == "manual"
    if head is not None:
        assert data["audit_head"]["seq"] == head.seq
    [listed] = services.backups.list_backups()
    assert listed.path == target and listed.has_checksum


def test_command_line_backup_list_restore(tmp_path, capsys):
    db = tmp_path / "c.sqlite3"
    assert main(["--db", str(db), "backup"]) == 0
    written = capsys.readouterr().out
    assert "clusterdesk-" in written
    assert main(["--db", str(db), "backups"]) == 0
    listed = capsys.readouterr().out
    backup = next(paths.database_backup_dir(db).glob("clusterdesk-*-manual.sqlite3"))
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


# --- issue 16: backups belong to their database, carry a checksum, name their cluster ----------


def other_database(tmp_path, name: str, cluster_name: str) -> Services:
    """A second real SQLite database with its own cluster."""
    svc = Services(open_store(str(tmp_path / name)))
    svc.cluster.update(replace(svc.cluster.get(), name=cluster_name))
    return svc


def flip_a_value_byte(path, old: bytes, new: bytes) -> None:
    """Change one byte inside a stored value: SQLite's own checks still pass."""
    raw = bytearray(path.read_bytes())
    at = raw.find(old)
    assert at > 100  # a value in the data, not the header
    raw[at:at + len(old)] = new
    path.write_bytes(bytes(raw))


def test_each_database_has_its_own_backups(services, tmp_path):
    """Listing and thinning look only at one database's backups: the demo's new copy no longer
    thins away the real database's old one, nor is it listed for it."""
    demo = other_database(tmp_path, "clusterdesk-demo.sqlite3", "Демо")
    try:
        old = services.backups.backup_now(now=datetime(2026, 8, 10, 12, 0))  # August's only
        mine = services.backups.backup_now(now=datetime(2026, 11, 24, 9, 0))
        theirs = demo.backups.backup_now(now=datetime(2026, 8, 20, 10, 0))  # a newer August
        assert services.backups.folder != demo.backups.folder
        assert {services.backups.folder.parent, demo.backups.folder.parent} == \
            {paths.backup_dir()}
        assert [b.path for b in services.backups.list_backups()] == [mine, old]
        assert [b.path for b in demo.backups.list_backups()] == [theirs]
        demo.backups.backup_now(now=datetime(2026, 11, 25, 10, 0))  # thins the demo's folder
        assert old.exists() and mine.exists() and theirs.exists()
    finally:
        demo.close()


def test_a_manifest_names_the_copy_its_checksum_cluster_and_audit_head(services):
    if sqlite_path(services.store.engine) is None:
        pytest.skip("the pg_dump manifest is tested in test_pg_dump_backup")
    from sqlalchemy import select

    from app.models import AuditEntry

    cluster = services.cluster.get()
    services.participants.create(OrganizationData(full_name="ООО «В копии»"))
    with services.store.sessions() as s:
        seq, head = s.execute(select(AuditEntry.seq, AuditEntry.hash)
                              .order_by(AuditEntry.seq.desc()).limit(1)).one()
    target = services.backups.backup_now(reason="manual", now=datetime(2026, 11, 24, 9, 0))
    data = json.loads(manifest_path(target).read_text(encoding="utf-8"))
    assert data == {
        "format": 1,
        "sha256": hashlib.sha256(target.read_bytes()).hexdigest(),
        "size": target.stat().st_size,
        "made_at": "2026-11-24T09:00:00",
        "reason": "manual",
        "source": str(sqlite_path(services.store.engine)),
        "cluster": {"id": str(cluster.id), "name": cluster.name},
        "audit_head": {"seq": seq, "hash": head},
    }


def test_a_backup_with_a_byte_flipped_in_a_value_is_not_restored(services, db_url, capsys):
    if sqlite_path(services.store.engine) is None:
        pytest.skip("SQLite restore")
    from app.backup import verify_backup

    services.participants.create(OrganizationData(full_name="ООО «Ромашка»"))
    backup = services.backups.backup_now(now=datetime(2026, 11, 24, 9, 0))
    services.participants.create(OrganizationData(full_name="ООО «После»"))
    flip_a_value_byte(backup, "Ромашка".encode(), "Ромашкб".encode())
    verify_backup(backup)  # SQLite's checks cannot see it: only the checksum can
    from app.services.backups import BackupFailed

    with pytest.raises(BackupFailed) as err:
        services.backups.restore(backup, now=datetime(2026, 11, 24, 10, 0))
    assert "checksum" in str(err.value) or "контрольн" in str(err.value)
    names = sorted(r.full_name for r in services.participants.list_organizations())
    assert names == ["ООО «После»", "ООО «Ромашка»"]
    assert [b.reason for b in services.backups.list_backups()] == ["manual"]  # no before-restore
    db = str(sqlite_path(services.store.engine))
    services.close()
    assert main(["--db", db, "restore", str(backup)]) == 1
    capsys.readouterr()


def test_a_damaged_database_is_offered_only_its_own_good_backup(tmp_path):
    """The damaged real database was told to restore the demo's backup; now only its own,
    and only one whose checksum matches."""
    from app.services import DatabaseDamagedError

    real_db = tmp_path / "clusterdesk.sqlite3"
    real = other_database(tmp_path, real_db.name, "Настоящий")
    good = real.backups.backup_now(now=datetime(2026, 11, 20, 9, 0))
    real.participants.create(OrganizationData(full_name="ООО «Позже»"))
    flipped = real.backups.backup_now(now=datetime(2026, 11, 21, 9, 0))
    real.close()
    demo = other_database(tmp_path, "clusterdesk-demo.sqlite3", "Демо")
    demo.backups.backup_now(now=datetime(2026, 11, 22, 9, 0))  # the newest of all
    demo.close()
    flip_a_value_byte(flipped, "Позже".encode(), "Пожже".encode())
    raw = bytearray(real_db.read_bytes())
    raw[4096 * 2: 4096 * 2 + 200] = b"\xff" * 200  # smash a b-tree page
    real_db.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamagedError) as err:
        open_store(str(real_db))
    assert err.value.backup == good


def test_restoring_another_clusters_copy_needs_confirmation_naming_both(tmp_path, capsys):
    from app.services.backups import OtherClusterError

    mine_db = tmp_path / "mine.sqlite3"
    mine = other_database(tmp_path, mine_db.name, "Кластер А")
    mine.participants.create(OrganizationData(full_name="ООО «Наше»"))
    other = other_database(tmp_path, "other.sqlite3", "Кластер Б")
    foreign = other.backups.backup_now(now=datetime(2026, 11, 24, 9, 0))
    other.close()
    try:
        with pytest.raises(OtherClusterError) as err:
            mine.backups.restore(foreign)
        assert (err.value.backup_cluster, err.value.current_cluster) == ("Кластер Б", "Кластер А")
        assert "Кластер А" in str(err.value) and "Кластер Б" in str(err.value)
        assert [r.full_name for r in mine.participants.list_organizations()] == ["ООО «Наше»"]
    finally:
        mine.close()
    assert main(["--db", str(mine_db), "restore", str(foreign)]) == 1
    said = capsys.readouterr().err
    assert "Кластер А" in said and "Кластер Б" in said and "--other-cluster" in said
    assert main(["--db", str(mine_db), "restore", str(foreign), "--other-cluster"]) == 0
    again = Services(open_store(str(mine_db)))
    try:
        assert again.cluster.get().name == "Кластер Б"
        assert again.participants.list_organizations() == []
        restore = next(e for e in again.audit.entries() if e.action == "restore")
        assert "Кластер А → Кластер Б" in restore.detail
    finally:
        again.close()


def test_copies_of_an_older_version_count_only_for_their_cluster(tmp_path):
    """Loose copies in the shared folder (no manifest) are listed for the database whose
    cluster they hold, shown without checksum, and restorable after SQLite's checks."""
    from app.backup import make_backup
    from app.backup_manifest import manifest_path as manifest_of

    mine_db = tmp_path / "mine.sqlite3"
    mine = other_database(tmp_path, mine_db.name, "Кластер А")
    other = other_database(tmp_path, "other.sqlite3", "Кластер Б")
    try:
        old_mine = make_backup(mine_db, paths.backup_dir(), datetime(2026, 1, 5, 9, 0))
        old_other = make_backup(tmp_path / "other.sqlite3", paths.backup_dir(),
                                datetime(2026, 1, 6, 9, 0))
        for made in (old_mine, old_other):  # as an older version left them
            manifest_of(made).unlink()
        [listed] = mine.backups.list_backups()
        assert listed.path == old_mine and listed.legacy and not listed.has_checksum
        assert [b.path for b in other.backups.list_backups()] == [old_other]
        mine.participants.create(OrganizationData(full_name="ООО «Потом»"))
        mine.backups.restore(old_mine)
    finally:
        mine.close()
        other.close()
    again = Services(open_store(str(mine_db)))
    try:
        assert again.participants.list_organizations() == []
    finally:
        again.close()


def _delete_database(path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def test_a_new_database_at_the_same_place_is_not_judged_by_the_old_ones_copies(tmp_path):
    """The file deleted and made anew: the old database's copies stay in the folder, but the
    audit check does not compare the new log with them (no false alarm), and a damaged new
    database is not offered the old cluster's copy."""
    from app.services import DatabaseDamagedError

    db = tmp_path / "clusterdesk.sqlite3"
    old = other_database(tmp_path, db.name, "Старый")
    old.participants.create(OrganizationData(full_name="ООО «Старое»"))
    old.backups.backup_now(now=datetime(2026, 11, 20, 9, 0))
    old.close()
    _delete_database(db)

    new = other_database(tmp_path, db.name, "Новый")
    new.participants.create(OrganizationData(full_name="ООО «Новое»"))
    report = new.system.check()
    assert report.ok, report.problems
    for i in range(200):  # enough pages for the smash below to hit data
        new.participants.create(OrganizationData(full_name=f"ООО «Новое {i}»"))
    new.close()
    raw = bytearray(db.read_bytes())
    raw[4096 * 2: 4096 * 2 + 200] = b"\xff" * 200
    db.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamagedError) as err:
        open_store(str(db))
    assert err.value.backup is None  # the only copy there holds «Старый»


def test_a_copy_whose_manifest_was_removed_is_not_restored(tmp_path):
    """Every copy this version makes has a manifest: one without it in a database's own
    folder cannot be checked, so it is refused (a byte flipped in it would go unseen)."""
    from app.backup_manifest import manifest_path
    from app.services.backups import BackupFailed

    svc = other_database(tmp_path, "x.sqlite3", "Кластер")
    try:
        svc.participants.create(OrganizationData(full_name="ООО «Позже»"))
        copy = svc.backups.backup_now(now=datetime(2026, 11, 21, 9, 0))
        flip_a_value_byte(copy, "Позже".encode(), "Пожже".encode())
        manifest_path(copy).unlink()
        with pytest.raises(BackupFailed):
            svc.backups.restore(copy)
    finally:
        svc.close()
    again = Services(open_store(str(tmp_path / "x.sqlite3")))
    try:
        assert [o.full_name for o in again.participants.list_organizations()] == ["ООО «Позже»"]
    finally:
        again.close()
