"""One writer: a second program is refused with the holder's name; stale locks; shares."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.bootstrap import main
from app.lock import DatabaseLockedError, NetworkPathError, is_network_path, lock_path
from app.services import DatabaseDamagedError, Services, open_store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "cluster.sqlite3"
    Services(open_store(str(path))).close()
    return path


def run_app(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **env}, timeout=60)


def test_second_program_on_the_same_file_is_refused_with_the_holders_name(db):
    holder = Services(open_store(str(db)))
    try:
        proc = run_app("--db", str(db), "check")
        assert proc.returncode == 1
        assert socket.gethostname() in proc.stderr
        assert "уже открыта" in proc.stderr
    finally:
        holder.close()
    assert not lock_path(db).exists()
    assert run_app("--db", str(db), "check").returncode == 0


def _fake_lock(db: Path, host: str, pid: int) -> None:
    lock_path(db).write_text(json.dumps({"host": host, "user": "petrova", "pid": pid,
                                         "since": "2026-11-20T09:15:00"}), encoding="utf-8")


def test_a_crashed_programs_lock_on_this_pc_is_replaced(db):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    _fake_lock(db, socket.gethostname(), int(dead))
    store = open_store(str(db))
    try:
        assert store.lock.unclean  # so the full integrity check ran
    finally:
        store.close()


def test_another_computers_lock_needs_an_administrator_to_break(db, monkeypatch, capsys):
    svc = Services(open_store(str(db)))
    svc.demo.seed()
    svc.close()
    _fake_lock(db, "PC-BUHGALTERIA", 4242)
    with pytest.raises(DatabaseLockedError) as err:
        open_store(str(db))
    assert "PC-BUHGALTERIA" in str(err.value) and "petrova" in str(err.value)
    assert "20.11.2026 09:15" in str(err.value)

    monkeypatch.setenv("CLUSTERDESK_USER", "staff")
    monkeypatch.setenv("CLUSTERDESK_PASSWORD", "demo")
    assert main(["--db", str(db), "--break-lock", "check"]) == 1
    assert lock_path(db).exists()

    monkeypatch.setenv("CLUSTERDESK_USER", "admin")
    assert main(["--db", str(db), "--break-lock", "check"]) == 0
    assert not lock_path(db).exists()
    svc = Services(open_store(str(db)))
    try:
        broken = [e for e in svc.audit.entries() if e.action == "lock_broken"]
        assert broken and broken[0].username == "admin" and "PC-BUHGALTERIA" in broken[0].detail
        assert any(e.action == "denied" and e.username == "staff" for e in svc.audit.entries())
    finally:
        svc.close()


def test_network_paths_are_refused():
    mounts = ("/dev/sda1 / ext4 rw 0 0\n"
              "//fileserver/docs /mnt/docs cifs rw 0 0\n"
              "server:/export /srv/nfs nfs4 rw 0 0\n")
    assert is_network_path(Path("/mnt/docs/cluster/clusterdesk.sqlite3"), mounts)
    assert is_network_path(Path("/srv/nfs/db.sqlite3"), mounts)
    assert not is_network_path(Path("/home/user/db.sqlite3"), mounts)
    assert not is_network_path(Path("/mnt/docsarchive/db.sqlite3"), mounts)
    assert is_network_path(Path("//fileserver/docs/db.sqlite3"))
    assert is_network_path(Path("\\\\fileserver\\docs\\db.sqlite3"))


def test_opening_a_database_on_a_share_gives_advice():
    with pytest.raises(NetworkPathError) as err:
        open_store("//fileserver/docs/db.sqlite3")
    assert "PostgreSQL" in str(err.value)


def test_a_damaged_database_is_not_touched_and_the_newest_backup_is_offered(db, tmp_path):
    from datetime import datetime

    from app import paths
    from app.backup import make_backup

    backup = make_backup(db, paths.database_backup_dir(db), datetime(2026, 11, 20, 12, 0))
    raw = bytearray(db.read_bytes())
    page = 4096
    raw[page * 2: page * 2 + 200] = b"\xff" * 200  # smash a b-tree page
    db.write_bytes(bytes(raw))
    before = db.read_bytes()
    with pytest.raises(DatabaseDamagedError) as err:
        open_store(str(db))
    assert str(backup) in str(err.value)
    assert db.read_bytes() == before
    assert not lock_path(db).exists()
