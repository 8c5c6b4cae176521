"""After a kill, our temporary files and folders do not stay forever: the next start removes
what it named and no live process is writing — and nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app import leftovers
from app.leftovers import announced, clean_at_start, clean_backup_folder, inflight_dir

ROOT = Path(__file__).resolve().parent.parent

KILLED_EXPORT = """
import os, signal, sys
from app.services.files import atomic_write
with atomic_write(sys.argv[1]) as tmp:
    tmp.write_bytes(b"half of an export")
    os.kill(os.getpid(), signal.SIGKILL)
"""


def _killed_export(target: Path) -> Path:
    """Run an export in a child that is killed while writing; return its temporary file."""
    proc = subprocess.run([sys.executable, "-c", KILLED_EXPORT, str(target)], cwd=ROOT,
                          env={**os.environ}, capture_output=True)
    assert proc.returncode == -9, proc.stderr.decode()
    left = [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 1, left
    return left[0]


def test_a_killed_export_leaves_a_temporary_file_the_next_start_removes(tmp_path):
    target = tmp_path / "exports" / "участники.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"the previous export")
    tmp = _killed_export(target)
    own = tmp_path / "exports" / ".notes.xlsx.abc.tmp"  # looks like ours, but nobody named it
    own.write_bytes(b"a user's file")
    assert list(inflight_dir().glob("*.json"))  # the dead writer's marker

    removed = clean_at_start(started=time.time() + 1)

    assert tmp in removed and not tmp.exists()
    assert target.read_bytes() == b"the previous export"  # the finished file is untouched
    assert own.exists()  # never a file we did not name
    assert not list(inflight_dir().glob("*.json"))


def test_a_write_in_progress_is_left_alone(tmp_path):
    target = tmp_path / "report.pdf"
    tmp = tmp_path / ".report.pdf.123.tmp"
    tmp.write_bytes(b"being written")
    with announced(tmp):  # this process is alive and writing
        clean_at_start(started=time.time() + 1)
        assert tmp.exists()
    assert not target.exists()


def test_an_announced_file_newer_than_this_process_stays(tmp_path):
    tmp = _killed_export(tmp_path / "plan.xlsx")
    clean_at_start(started=time.time() - 3600)  # "this process" began before the file
    assert tmp.exists()


def test_temporary_folders_of_dead_processes_are_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    of_dead = tmp_path / f"clusterdesk-merge-{dead}-x1y2z3"
    older_version = tmp_path / "clusterdesk-print-abc123xy"  # no process id in the name
    mine = leftovers.temp_folder("merge")
    foreign = tmp_path / "someone-else-merge-1"
    recent_older_version = tmp_path / "clusterdesk-merge-zz99yy88"  # may still be in use
    for folder in (of_dead, older_version, foreign, recent_older_version):
        folder.mkdir()
        (folder / "package.sqlite3").write_bytes(b"x")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(older_version, (two_days_ago, two_days_ago))

    removed = clean_at_start(started=time.time() + 1)

    assert of_dead in removed and older_version in removed
    assert not of_dead.exists() and not older_version.exists()
    assert mine.exists() and foreign.exists() and recent_older_version.exists()


def test_a_backups_folder_loses_only_its_old_temporary_copies(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    old_partial = folder / ".clusterdesk-a1b2.partial"
    old_journal = folder / ".clusterdesk-a1b2.partial-journal"
    backup = folder / "clusterdesk-20261201-120000-auto.sqlite3"
    for path in (old_partial, old_journal, backup):
        path.write_bytes(b"x")
    past = time.time() - 60
    for path in (old_partial, old_journal, backup):
        os.utime(path, (past, past))
    fresh = folder / ".clusterdesk-c3d4.partial"
    fresh.write_bytes(b"x")

    removed = clean_backup_folder(folder, started=time.time() - 30)

    assert set(removed) == {old_partial, old_journal}
    assert backup.exists() and fresh.exists()


def test_the_program_cleans_at_start(tmp_path, db_url):
    tmp = _killed_export(tmp_path / "форма.xlsx")
    past = time.time() - 60
    os.utime(tmp, (past, past))
    proc = subprocess.run([sys.executable, "-m", "app", "--db", db_url, "check"], cwd=ROOT,
                          env={**os.environ}, capture_output=True)
    assert proc.returncode == 0, proc.stderr.decode()
    assert not tmp.exists()


def test_opening_a_database_removes_its_interrupted_copies(tmp_path):
    from app import paths
    from app.db import sqlite_url
    from app.services import Services, open_store

    db = tmp_path / "real.sqlite3"
    Services(open_store(sqlite_url(db))).close()
    folder = paths.database_backup_dir(db)
    partial = folder / ".clusterdesk-x1y2.partial"
    restoring = tmp_path / ".real.sqlite3abc123.restoring"
    other_db_partial = paths.database_backup_dir(tmp_path / "other.sqlite3") / \
        ".clusterdesk-z9.partial"
    for path in (partial, restoring, other_db_partial):
        path.write_bytes(b"half a copy")
        past = time.time() - 3600
        os.utime(path, (past, past))

    Services(open_store(sqlite_url(db))).close()

    assert not partial.exists() and not restoring.exists()
    assert other_db_partial.exists()  # another database's folder: not ours to touch now


def test_the_audit_logs_own_temporary_files_of_dead_processes_go(tmp_path):
    from app import paths

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    heads = paths.data_dir() / "audit-heads"
    heads.mkdir(exist_ok=True)
    of_dead = heads / f".abc.json.{dead}.tmp"
    mine = heads / f".def.json.{os.getpid()}.tmp"
    for path in (of_dead, mine):
        path.write_text("{}")
    clean_at_start(started=time.time() + 1)
    assert not of_dead.exists() and mine.exists()
