"""Kill -9 during a 10,000-row import, many times over: the database always passes its
integrity check and holds all of the import or none of it.

The kills do not guess at timing: the child prints its progress (``import --progress``: a line
per 200 rows written) and the test kills it right after a chosen line — early, in the middle,
and after the last one, while the rows are flushed and committed.  So every run kills at the
same points whatever the machine's load."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook
from stdnum.ru import inn as stdnum_inn

from app.db import sqlite_path
from app.services import Services, open_store
from tests.conftest import PG_URL, wipe_postgres

ROOT = Path(__file__).resolve().parent.parent
ROWS = 10_000
STEP = 200  # the importer reports every 200 rows
#: After which progress line the child dies: the first, the middle, and the last (then it is
#: flushing and committing: all or nothing, either is right).
KILL_AFTER_LINES = (1, 25, ROWS // STEP)


@pytest.fixture(scope="module")
def big_sheet(tmp_path_factory) -> Path:
    rng = random.Random(10_000)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["Наименование", "ИНН", "Роль", "Дата вступления", "Номер соглашения",
               "Контактное лицо", "Телефон"])
    seen: set[str] = set()
    while len(seen) < ROWS:
        head = f"77{rng.randint(0, 9_999_999):07d}"
        number = head + stdnum_inn.calc_company_check_digit(head)
        if number in seen:
            continue
        seen.add(number)
        n = len(seen)
        ws.append([f"ООО «Предприятие № {n}»", number, "Работодатель", "01.09.2024",
                   f"{n}/2024", f"Сотрудник {n}", "+7 900 000-00-00"])
    path = tmp_path_factory.mktemp("crash") / "big.xlsx"
    wb.save(path)
    return path


def start_import(db_url: str, sheet: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "app", "--db", db_url, "import",
                             "participants", str(sheet), "--progress"], cwd=ROOT,
                            env={**os.environ, "CLUSTERDESK_LANG": "en"},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill_after(proc: subprocess.Popen, lines: int) -> None:
    """Wait for the child's ``lines``-th progress line, then kill -9 it at once."""
    seen = 0
    while seen < lines:
        line = proc.stderr.readline()
        assert line, f"the import ended before progress line {lines}: {seen} seen"
        if line.startswith((b"Written ", "Записано ".encode())):
            seen += 1
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)


def organizations(db_url: str) -> int:
    path = sqlite_path(db_url)
    if path is not None:
        with sqlite3.connect(path) as conn:  # plain SQLite first: nothing of ours in between
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    svc = Services(open_store(db_url))  # the app opens it again (stale lock, full check)
    try:
        report = svc.system.check(full=True)
        assert report.ok, report.problems
        return svc.participants.count()
    finally:
        svc.close()


def fresh(db_url: str) -> None:
    path = sqlite_path(db_url)
    if path is not None:
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    else:
        wipe_postgres(PG_URL)
    Services(open_store(db_url)).close()


# four imports of 10,000 rows: a minute alone, several on a loaded two-core machine; the
# kills wait on the child's progress, so a slow machine is only slower, never wrong
@pytest.mark.timeout(600)
def test_kill_during_import_leaves_all_or_nothing(db_url, big_sheet):
    fresh(db_url)
    proc = start_import(db_url, big_sheet)
    out = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 0, out
    assert out.count("Written ") + out.count("Записано ") == ROWS // STEP  # what kills follow
    assert organizations(db_url) == ROWS

    for lines in KILL_AFTER_LINES:
        fresh(db_url)
        proc = start_import(db_url, big_sheet)
        kill_after(proc, lines)
        count = organizations(db_url)
        if lines < ROWS // STEP:  # still writing: nothing was committed
            assert count == 0, f"killed after progress line {lines}: {count} rows"
        else:  # flushing or committing: all or nothing
            assert count in (0, ROWS), f"half an import: {count} rows"
