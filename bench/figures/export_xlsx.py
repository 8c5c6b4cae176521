"""Export participants to xlsx, 100,000 organizations: ``export_xlsx`` (rows streamed from a
select into a write-only sheet) beside the floor, sqlite3 reading the same columns and a bare
openpyxl write-only workbook of them.  Each repetition is its own process, so its peak
memory (ru_maxrss) is the export's alone."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from bench.core import ROOT, Measured, child_env

NAME = "export-xlsx"
TITLE = "export participants xlsx"
UNIT = "s"
RATIO_GOAL = 1.3
EXTRA_GOALS = {"memory_ratio": 1.5}
GOAL = "≤ 1.3×, memory ≤ 1.5×"
BASE_ROWS = 100_000
MAX_ROWS = 300_000  # the 10× run stops here: a million rows would take a quarter hour

FLOOR_SQL = """
SELECT o.full_name, o.short_name, o.inn, o.ogrn, o.kpp, o.address, o.region, m.role,
       m.joined_on, m.agreement_no, m.agreement_date,
       (SELECT c.full_name FROM contact c WHERE c.organization_id = o.id
        ORDER BY c.full_name LIMIT 1), o.phone, o.email
FROM organization o JOIN membership m ON m.organization_id = o.id AND m.left_on IS NULL
ORDER BY o.full_name
"""


def rows_for(scale: float) -> int:
    return max(200, min(MAX_ROWS, int(BASE_ROWS * scale)))


def _child(kind: str, db: Path, out: Path) -> None:
    """One export in this process; the clock runs from the open database to the saved file
    (imports and opening are start-up, measured elsewhere)."""
    if kind == "floor":
        import sqlite3

        from openpyxl import Workbook

        start = time.perf_counter()
        conn = sqlite3.connect(db)
        wb = Workbook(write_only=True)
        ws = wb.create_sheet()
        ws.append(["header"] * 14)
        day = date.fromisoformat
        for row in conn.execute(FLOOR_SQL):  # the same cells: dates as dates
            row = list(row)
            row[8], row[10] = day(row[8]), day(row[10])
            ws.append(row)
        wb.save(out)
        conn.close()
    else:
        import app.services.reports.xlsx  # noqa: F401 - openpyxl loaded before the clock
        from app.db import sqlite_url
        from app.services import Services, open_store

        services = Services(open_store(sqlite_url(db)))
        export = services.participants_export
        start = time.perf_counter()
        export.export_xlsx(out)
    wall = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB → MiB on Linux
    print(json.dumps({"wall": wall, "rss_mb": rss}))


def _spawn(kind: str, db: Path, out: Path, work: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench.figures.export_xlsx", kind, str(db),
                           str(out)], cwd=ROOT, env=child_env(work / "home"),
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-1500:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(scale: float, repeat: int, work: Path) -> Measured:
    from app.db import sqlite_url
    from bench.figures.data import participants

    count = rows_for(scale)
    db = work / f"export-{count}.sqlite3"
    if not db.exists():
        participants(sqlite_url(db), count)
    ours, floor, ours_mb, floor_mb = [], [], [], []
    for _ in range(repeat):  # interleaved
        f = _spawn("floor", db, work / "floor.xlsx", work)
        o = _spawn("ours", db, work / "ours.xlsx", work)
        floor.append(f["wall"])
        ours.append(o["wall"])
        floor_mb.append(f["rss_mb"])
        ours_mb.append(o["rss_mb"])
    top_ours, top_floor = max(ours_mb), max(floor_mb)
    return Measured(ours, floor, size=f"{count:,} organizations".replace(",", " "),
                    extra={"memory_mb": round(top_ours), "floor_memory_mb": round(top_floor),
                           "memory_ratio": round(top_ours / top_floor, 2)})


if __name__ == "__main__":
    _child(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
