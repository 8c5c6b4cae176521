"""Backups keep the promise "nothing lost": real SQLite files in tmp_path, no mocks."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.backup import (
    BackupError,
    BackupInfo,
    ChecksumMismatchError,
    DamagedDatabaseError,
    make_backup,
    restore_backup,
    verify_backup,
    verify_checksum,
)
from app.backup_catalog import list_backups, newest_good_backup, prune, thin
from app.backup_manifest import manifest_path

NOW = datetime(2026, 11, 24, 18, 0)  # a Tuesday

SCHEMA = """
CREATE TABLE organization (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE site (
    id INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization(id),
    address TEXT NOT NULL
);
"""


def make_db(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(SCHEMA)
    conn.executemany(
        "INSERT INTO organization (id, name) VALUES (?, ?)",
        [(1, "Завод «Прогресс»"), (2, "Колледж № 7"), (3, "Техникум")],
    )
    # Enough rows for several pages, so damage in page 2 is damage inside a table.
    conn.executemany(
        "INSERT INTO site (organization_id, address) VALUES (?, ?)",
        [(1 + i % 3, f"ул. Ленина, д. {i}, " + "корпус " * 20) for i in range(200)],
    )
    conn.commit()
    conn.close()
    return path


def read_rows(path: Path) -> tuple[list, list]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        orgs = conn.execute("SELECT id, name FROM organization ORDER BY id").fetchall()
        sites = conn.execute("SELECT id, organization_id, address FROM site ORDER BY id").fetchall()
    finally:
        conn.close()
    return orgs, sites


def org_names(path: Path) -> list[str]:
    return [name for _id, name in read_rows(path)[0]]


def damage(path: Path) -> None:
    """Overwrite page 2 (the first table's root page) with zeros."""
    with open(path, "r+b") as handle:
        header = handle.read(100)
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        handle.seek(page_size)
        handle.write(b"\0" * page_size)


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


# --- make_backup ----------------------------------------------------------------------------


def test_backup_of_a_live_wal_database_holds_the_committed_rows_only(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    # A commit that lives only in the WAL (no checkpoint yet) must be in the copy…
    committed = sqlite3.connect(db)
    committed.execute("PRAGMA wal_autocheckpoint=0")
    committed.execute("INSERT INTO organization (id, name) VALUES (4, 'Committed in WAL')")
    committed.commit()
    assert Path(f"{db}-wal").stat().st_size > 0
    # …a write transaction still open on another connection must not.
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO organization (id, name) VALUES (5, 'Uncommitted')")
    try:
        backup = make_backup(db, folder, NOW)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        committed.close()

    assert backup.name == "clusterdesk-20261124-180000-auto.sqlite3"
    # one self-contained file and its manifest, no temp left
    assert files_in(folder) == {backup.name, backup.name + ".json"}
    assert org_names(backup) == ["Завод «Прогресс»", "Колледж № 7", "Техникум", "Committed in WAL"]
    assert len(read_rows(backup)[1]) == 200
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    verify_backup(backup)


def test_a_taken_name_gets_a_numeric_suffix_and_lists_newest_first(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    older = make_backup(db, folder, NOW - timedelta(days=1), reason="manual")
    first = make_backup(db, folder, NOW)
    second = make_backup(db, folder, NOW)
    third = make_backup(db, folder, NOW)
    assert first.name == "clusterdesk-20261124-180000-auto.sqlite3"
    assert second.name == "clusterdesk-20261124-180000-auto.2.sqlite3"
    assert third.name == "clusterdesk-20261124-180000-auto.3.sqlite3"
    assert older.name == "clusterdesk-20261123-180000-manual.sqlite3"

    listed = list_backups(folder)
    assert [b.path for b in listed] == [third, second, first, older]
    assert replace(listed[-1], manifest=None) == BackupInfo(
        older, datetime(2026, 11, 23, 18, 0), "manual", older.stat().st_size
    )
    assert listed[-1].manifest.reason == "manual"


def test_list_backups_ignores_files_not_named_like_backups(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in (
        "clusterdesk-20261124-120000-before-upgrade-1a2b3c.sqlite3",
        "notes.txt",
        "clusterdesk-2026-11-24-auto.sqlite3",
        "clusterdesk-20261399-000000-auto.sqlite3",  # no 99th of the 13th month
        "clusterdesk-20261124-120000-auto.sqlite3-wal",
        ".clusterdesk-abc123.partial",
        "clusterdesk-damaged-20261124-120000.sqlite3",
        "other-20261124-120000-auto.sqlite3",
    ):
        (folder / name).write_bytes(b"x")
    (folder / "clusterdesk-20261124-130000-auto.sqlite3").mkdir()

    listed = list_backups(folder)
    assert [(b.path.name, b.taken_at, b.reason, b.size) for b in listed] == [
        (
            "clusterdesk-20261124-120000-before-upgrade-1a2b3c.sqlite3",
            datetime(2026, 11, 24, 12, 0),
            "before-upgrade-1a2b3c",
            1,
        )
    ]
    assert list_backups(tmp_path / "missing") == []


def test_make_backup_refuses_a_reason_that_would_break_the_name(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    with pytest.raises(ValueError):
        make_backup(db, tmp_path / "backups", NOW, reason="../evil")


def test_make_backup_of_a_missing_database_raises_and_creates_nothing(tmp_path):
    with pytest.raises(BackupError):
        make_backup(tmp_path / "nothing.sqlite3", tmp_path / "backups", NOW)
    assert not (tmp_path / "nothing.sqlite3").exists()
    assert files_in(tmp_path / "backups") == set()


# --- damaged databases ------------------------------------------------------------------------


def test_verify_backup_rejects_a_damaged_copy(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    good = make_backup(db, tmp_path / "backups", NOW)
    verify_backup(good)
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(good.read_bytes())
    damage(broken)
    with pytest.raises(DamagedDatabaseError):
        verify_backup(broken)

    text = tmp_path / "text.sqlite3"
    text.write_text("not a database at all")
    with pytest.raises(DamagedDatabaseError):
        verify_backup(text)
    with pytest.raises(BackupError):
        verify_backup(tmp_path / "missing.sqlite3")
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with pytest.raises(BackupError):
        verify_backup(empty)


def test_make_backup_refuses_broken_foreign_keys_and_keeps_earlier_backups(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    earlier = make_backup(db, folder, NOW - timedelta(hours=3))
    earlier_bytes = earlier.read_bytes()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("INSERT INTO site (organization_id, address) VALUES (999, 'nowhere')")
    conn.commit()
    conn.close()

    with pytest.raises(BackupError, match="foreign key"):
        make_backup(db, folder, NOW)
    assert files_in(folder) == {earlier.name, earlier.name + ".json"}
    assert earlier.read_bytes() == earlier_bytes


def test_make_backup_refuses_a_damaged_database_and_leaves_no_file(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    earlier = make_backup(db, folder, NOW - timedelta(hours=3))
    damage(db)
    with pytest.raises(DamagedDatabaseError):
        make_backup(db, folder, NOW)
    assert files_in(folder) == {earlier.name, earlier.name + ".json"}


# --- thinning ---------------------------------------------------------------------------------


def info(when: datetime, reason: str = "auto") -> BackupInfo:
    return BackupInfo(Path(f"clusterdesk-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"), when, reason, 1)


def at21(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 21, 0)


LAST_24_HOURS = [NOW - timedelta(hours=h) for h in range(0, 25, 3)]  # 18:00 back to 18:00
DAILY = [at21(2026, 11, d) for d in (22, 21, 20, 19, 18)]  # Nov 23's 21:00 is within 24 h
WEEKLY = [at21(2026, 11, 15), at21(2026, 11, 8), at21(2026, 11, 1),  # Sundays, 8 weeks
          at21(2026, 10, 25), at21(2026, 10, 18), at21(2026, 10, 11)]
MONTHLY = [
    at21(2026, 10, 31),
    at21(2026, 9, 30),
    at21(2026, 8, 31),
    at21(2026, 7, 31),
    at21(2026, 6, 30),
    at21(2026, 5, 31),
    at21(2026, 4, 30),
    at21(2026, 3, 31),
    at21(2026, 2, 28),
    at21(2026, 1, 31),
    at21(2025, 12, 31),
]
RESTORE_20_DAYS_AGO = info(datetime(2026, 11, 4, 17, 0), "before-restore")
RESTORE_40_DAYS_AGO = info(datetime(2026, 10, 15, 17, 0), "before-restore")


def every_three_hours_for_400_days() -> list[BackupInfo]:
    return [info(NOW - timedelta(hours=3 * k)) for k in range(400 * 8 + 1)]


def test_thinning_keeps_the_schedule():
    backups = every_three_hours_for_400_days() + [RESTORE_20_DAYS_AGO, RESTORE_40_DAYS_AGO]
    assert backups[-3].taken_at == datetime(2025, 10, 20, 18, 0)
    doomed = thin(backups, NOW)
    doomed_paths = {b.path for b in doomed}
    kept = sorted((b for b in backups if b.path not in doomed_paths), key=lambda b: b.taken_at)
    kept_times = {b.taken_at for b in kept if b.reason == "auto"}

    assert len(doomed) == len(doomed_paths) == len(backups) - 32
    assert kept_times == set(LAST_24_HOURS + DAILY + WEEKLY + MONTHLY)
    # Counted per bucket.
    assert len([t for t in kept_times if t >= NOW - timedelta(hours=24)]) == 9
    days_2_to_7 = [t for t in kept_times if datetime(2026, 11, 18) <= t < datetime(2026, 11, 23)]
    assert sorted(t.day for t in days_2_to_7) == [18, 19, 20, 21, 22]
    # Weeks of Oct 26, Nov 2 and Nov 9 keep their Sundays; Oct 31 is October's newest.
    weeks_back = [t for t in kept_times if datetime(2026, 10, 26) <= t < datetime(2026, 11, 16)]
    assert sorted(weeks_back) == [
        at21(2026, 10, 31),
        at21(2026, 11, 1),
        at21(2026, 11, 8),
        at21(2026, 11, 15),
    ]
    # 8 weeks back: the weeks of Oct 5, 12 and 19 keep their Sundays too
    weeks_5_to_8 = [t for t in kept_times if datetime(2026, 10, 5) <= t < datetime(2026, 10, 26)]
    assert sorted(weeks_5_to_8) == [at21(2026, 10, 11), at21(2026, 10, 18), at21(2026, 10, 25)]
    before_november = [t for t in kept_times if t < datetime(2026, 11, 1)]
    assert len(before_november) == 14
    assert {(t.year, t.month) for t in before_november} == {(2025, 12)} | {
        (2026, m) for m in range(1, 11)
    }
    assert min(kept_times) == datetime(2025, 12, 31, 21, 0)  # nothing older than 12 months
    assert NOW in kept_times
    # Safety copies: 30 days regardless of the schedule.
    assert RESTORE_20_DAYS_AGO.path not in doomed_paths
    assert RESTORE_40_DAYS_AGO.path in doomed_paths
    # Newest first, like list_backups.
    assert doomed[0].taken_at == datetime(2026, 11, 23, 15, 0)
    assert doomed == sorted(doomed, key=lambda b: b.taken_at, reverse=True)


def test_thinning_does_not_depend_on_input_order():
    backups = every_three_hours_for_400_days()[:500]
    assert {b.path for b in thin(backups, NOW)} == {b.path for b in thin(backups[::-1], NOW)}


def test_the_newest_backup_is_kept_however_old():
    old = info(datetime(2024, 1, 1, 12, 0))
    older = info(datetime(2023, 6, 1, 12, 0))
    assert thin([older, old], NOW) == [older]
    assert thin([old], NOW) == []
    assert thin([], NOW) == []


def test_before_upgrade_copies_are_kept_for_30_days():
    # Two each day, so the safety copy is never the newest of its day, week or month.
    daily = [info(NOW - timedelta(days=d)) for d in range(60)]
    upgrade_25 = info(NOW - timedelta(days=25, hours=1), "before-upgrade-1a2b3c")
    upgrade_35 = info(NOW - timedelta(days=35, hours=1), "before-upgrade-1a2b3c")
    doomed = {b.path for b in thin([*daily, upgrade_25, upgrade_35], NOW)}
    assert upgrade_25.path not in doomed
    assert upgrade_35.path in doomed


# --- prune ------------------------------------------------------------------------------------


def test_prune_deletes_exactly_what_thin_returns(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for d in range(60):  # one a day at noon, Nov 24 back to Sep 26
        (
            folder / f"clusterdesk-{NOW - timedelta(days=d, hours=6):%Y%m%d-%H%M%S}-auto.sqlite3"
        ).write_bytes(b"x")
    others = {
        "notes.txt",
        ".clusterdesk-abc.partial",
        "clusterdesk-damaged-20200101-000000.sqlite3",
    }
    for name in others:
        (folder / name).write_bytes(b"keep me")
    before = files_in(folder)
    expected = {b.path for b in thin(list_backups(folder), NOW)}

    deleted = prune(folder, NOW)

    assert set(deleted) == expected
    assert len(deleted) == 60 - 15
    assert files_in(folder) == before - {p.name for p in expected}
    assert others <= files_in(folder)
    kept_days = sorted(b.taken_at.date().isoformat() for b in list_backups(folder))
    assert kept_days == [
        "2026-09-30", "2026-10-11", "2026-10-18", "2026-10-25", "2026-10-31", "2026-11-01", "2026-11-08", "2026-11-15",
        "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22",
        "2026-11-23", "2026-11-24",
    ]  # fmt: skip
    assert prune(folder, NOW) == []


# --- restore ----------------------------------------------------------------------------------


def change(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("UPDATE organization SET name = 'Renamed' WHERE id = 1")
    conn.execute("DELETE FROM site WHERE id > 100")
    conn.commit()
    conn.close()


def test_restore_brings_the_data_back_and_keeps_the_changed_database(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    original = read_rows(db)
    backup = make_backup(db, folder, NOW - timedelta(hours=1))
    change(db)
    changed = read_rows(db)
    assert changed != original

    kept = restore_backup(backup, db, folder, NOW)

    assert read_rows(db) == original
    assert kept is not None and kept.name == "clusterdesk-20261124-180000-before-restore.sqlite3"
    assert read_rows(kept) == changed
    verify_backup(db)
    # The app opens it again in WAL mode and writes.
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    conn.execute("INSERT INTO organization (id, name) VALUES (10, 'After restore')")
    conn.commit()
    conn.close()
    assert org_names(db)[-1] == "After restore"


def test_restore_over_a_wal_left_by_a_crash(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    original = read_rows(db)
    backup = make_backup(db, folder, NOW - timedelta(hours=1))
    # Snapshot the files while a commit sits in the WAL: what a crash leaves behind.
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE organization SET name = 'Only in the WAL' WHERE id = 2")
    conn.commit()
    db_bytes, wal_bytes = db.read_bytes(), Path(f"{db}-wal").read_bytes()
    conn.close()
    db.write_bytes(db_bytes)
    Path(f"{db}-wal").write_bytes(wal_bytes)

    kept = restore_backup(backup, db, folder, NOW)

    assert org_names(kept)[1] == "Only in the WAL"
    assert read_rows(db) == original


def test_restoring_a_damaged_backup_changes_nothing(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    backup = make_backup(db, folder, NOW - timedelta(hours=1))
    damage(backup)
    change(db)
    live_rows, live_bytes = read_rows(db), db.read_bytes()

    with pytest.raises(ChecksumMismatchError):  # found by its checksum first
        restore_backup(backup, db, folder, NOW)
    manifest_path(backup).unlink()
    with pytest.raises(ChecksumMismatchError):  # without its manifest it cannot be checked
        restore_backup(backup, db, folder, NOW)
    legacy = tmp_path / backup.name  # a copy of an older version, in the shared folder
    backup.rename(legacy)
    with pytest.raises(DamagedDatabaseError):  # has no manifest: SQLite's check finds it
        restore_backup(legacy, db, folder, NOW)

    assert read_rows(db) == live_rows
    assert db.read_bytes() == live_bytes
    assert files_in(folder) == set()


@pytest.mark.parametrize("how", ["page 2 zeroed", "header overwritten"])
def test_restore_over_a_damaged_live_database_keeps_its_files(tmp_path, how):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    original = read_rows(db)
    backup = make_backup(db, folder, NOW - timedelta(hours=1))
    if how == "page 2 zeroed":
        damage(db)
    else:
        with open(db, "r+b") as handle:
            handle.write(b"garbage" * 10)
    damaged_bytes = db.read_bytes()

    kept = restore_backup(backup, db, folder, NOW)

    assert read_rows(db) == original
    verify_backup(db)
    assert kept is not None and kept.name == "clusterdesk-damaged-20261124-180000.sqlite3"
    assert kept.read_bytes() == damaged_bytes
    assert [b.path for b in list_backups(folder)] == [backup]


def test_restore_when_the_database_file_is_gone(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    original = read_rows(db)
    backup = make_backup(db, folder, NOW - timedelta(hours=1))
    db.unlink()
    assert restore_backup(backup, db, folder, NOW) is None
    assert read_rows(db) == original


def test_restore_refuses_while_another_connection_is_open(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    backup = make_backup(db, folder, NOW - timedelta(hours=1))
    change(db)
    changed = read_rows(db)
    app = sqlite3.connect(db)
    app.execute("SELECT count(*) FROM organization").fetchone()
    try:
        with pytest.raises(BackupError):
            restore_backup(backup, db, folder, NOW)
    finally:
        app.close()
    assert read_rows(db) == changed


# --- newest_good_backup -----------------------------------------------------------------------


def test_newest_good_backup_skips_a_damaged_newest(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    assert newest_good_backup(folder) is None
    good = make_backup(db, folder, NOW - timedelta(days=1))
    change(db)
    newest = make_backup(db, folder, NOW)
    assert newest_good_backup(folder).path == newest
    damage(newest)

    found = newest_good_backup(folder)

    assert found is not None and found.path == good
    assert found.taken_at == NOW - timedelta(days=1)
    damage(good)
    assert newest_good_backup(folder) is None


# --- checksums and manifests (issue 16) -------------------------------------------------------


def test_a_backup_has_a_manifest_with_its_checksum(tmp_path):
    import hashlib
    import json

    db = make_db(tmp_path / "live.sqlite3")
    backup = make_backup(db, tmp_path / "backups", NOW, reason="manual", source="the source")
    data = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert data["sha256"] == hashlib.sha256(backup.read_bytes()).hexdigest()
    assert (data["size"], data["made_at"], data["reason"], data["source"]) == \
        (backup.stat().st_size, "2026-11-24T18:00:00", "manual", "the source")
    assert data["cluster"] == {"id": None, "name": None}  # this test schema has no cluster
    assert verify_checksum(backup).sha256 == data["sha256"]


def flip_value(path: Path) -> None:
    """«Колледж № 7» becomes «Колледж № 8» inside the file: SQLite's checks still pass."""
    raw = bytearray(path.read_bytes())
    at = raw.find("№ 7".encode())
    assert at > 100
    raw[at + len("№ ".encode())] = ord("8")
    path.write_bytes(bytes(raw))


def test_a_byte_flipped_in_a_value_is_refused_and_never_suggested(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    good = make_backup(db, folder, NOW - timedelta(days=1))
    flipped = make_backup(db, folder, NOW - timedelta(hours=1))
    flip_value(flipped)
    verify_backup(flipped)  # integrity_check cannot see a changed value…
    assert "Колледж № 8" in org_names(flipped)
    change(db)
    live_bytes = db.read_bytes()

    with pytest.raises(ChecksumMismatchError):  # …the checksum can
        restore_backup(flipped, db, folder, NOW)
    assert db.read_bytes() == live_bytes
    assert [b.path for b in list_backups(folder)] == [flipped, good]  # no before-restore copy
    assert newest_good_backup(folder).path == good


def test_a_backup_without_or_with_a_broken_manifest_is_not_suggested(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    good = make_backup(db, folder, NOW - timedelta(days=2))
    no_manifest = make_backup(db, folder, NOW - timedelta(days=1))
    broken = make_backup(db, folder, NOW)
    manifest_path(no_manifest).unlink()
    manifest_path(broken).write_text("{not json", encoding="utf-8")
    assert newest_good_backup(folder).path == good
    listed = {b.path: b for b in list_backups(folder)}
    assert listed[broken].manifest_error and not listed[no_manifest].has_checksum
    with pytest.raises(ChecksumMismatchError):
        restore_backup(broken, db, folder, NOW)


def test_a_copy_that_reads_back_differently_is_not_kept(tmp_path, monkeypatch):
    import app.backup

    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    monkeypatch.setattr(app.backup, "sha256_from_disk", lambda path: "0" * 64)
    with pytest.raises(BackupError, match="read back"):
        make_backup(db, folder, NOW)
    assert files_in(folder) == set()


def test_prune_deletes_manifests_with_their_backups(tmp_path):
    db = make_db(tmp_path / "live.sqlite3")
    folder = tmp_path / "backups"
    old = make_backup(db, folder, NOW - timedelta(days=400))
    older = make_backup(db, folder, NOW - timedelta(days=500))
    newest = make_backup(db, folder, NOW)
    assert set(prune(folder, NOW)) == {old, older}
    assert files_in(folder) == {newest.name, newest.name + ".json"}
