"""Import 10,000 participants from an .xlsx (the program's own export, so the headers are
the importer's) into a fresh database: ``participants_import.import_xlsx`` beside the
floor: openpyxl read-only reading the same rows and one Core insert of the organizations
into a fresh copy of the same empty database."""

from __future__ import annotations

import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

from bench.core import Measured

NAME = "import"
TITLE = "import participants xlsx"
UNIT = "s"
RATIO_GOAL = 2.0
GOAL = "≤ 2×"
BASE_ROWS = 10_000


def run(scale: float, repeat: int, work: Path) -> Measured:
    import time

    from openpyxl import load_workbook
    from sqlalchemy import insert

    from app.db import sqlite_url
    from app.models import Organization
    from app.services import Services, open_store
    from bench.figures.data import participants

    count = max(200, int(BASE_ROWS * scale / 0.9))  # members are nine in ten
    source = work / f"import-source-{count}.sqlite3"
    participants(sqlite_url(source), count)
    services = Services(open_store(sqlite_url(source)))
    sheet = work / "participants.xlsx"
    rows = services.participants_export.export_xlsx(sheet)
    services.close()
    empty = work / "import-empty.sqlite3"
    open_store(sqlite_url(empty)).close()  # migrated, reference data, nothing else

    def fresh(name: str) -> str:
        target = work / name
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copy(empty, target)
        return sqlite_url(target)

    def floor() -> float:
        url = fresh("import-floor.sqlite3")
        store = open_store(url)
        start = time.perf_counter()
        book = load_workbook(sheet, read_only=True)
        now = datetime.now(UTC)
        values = [{"id": uuid.uuid4(), "full_name": r[0], "short_name": r[1] or "",
                   "inn": r[2], "ogrn": r[3], "kpp": r[4], "address": r[5] or "",
                   "region": r[6] or "", "phone": r[12] or "", "email": r[13] or "",
                   "website": "", "version": 1, "created_at": now, "updated_at": now}
                  for r in book.active.iter_rows(min_row=2, values_only=True)]
        book.close()
        with store.sessions.begin() as s:
            s.execute(insert(Organization), values)
        elapsed = time.perf_counter() - start
        store.close()
        return elapsed

    def ours() -> float:
        svc = Services(open_store(fresh("import-ours.sqlite3")))
        start = time.perf_counter()
        result = svc.participants_import.import_xlsx(sheet)
        elapsed = time.perf_counter() - start
        svc.close()
        if not result.ok or result.created != rows:
            raise RuntimeError(f"the import did not take every row: {result.error_lines()[:3]}")
        return elapsed

    floor(), ours()  # warm-up
    mine, base = [], []
    for _ in range(repeat):
        base.append(floor())
        mine.append(ours())
    return Measured(mine, base, size=f"{rows:,} rows".replace(",", " "))
