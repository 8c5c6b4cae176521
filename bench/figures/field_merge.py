"""Merge a field package (bench_inspections.py's office and filling): 1,000 answers and 200
photos, ``field.merge_package`` into a fresh copy of the office database, beside the
issue's fair floor: read the package and write every one of its rows (photo bytes
included) into a fresh copy of the same database in one transaction, with the program's
pragmas (WAL, synchronous=FULL), by sqlite3 ``INSERT OR REPLACE … SELECT``."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from bench.core import Measured

NAME = "field-merge"
TITLE = "field merge"
UNIT = "s"
RATIO_GOAL = 3.0
GOAL = "≤ 3× the fair floor"
BASE_ANSWERS, BASE_PHOTOS = 1_000, 200


def _fresh(base: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copy(base, target)
    return target


def _floor(package: Path, db: Path) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("ATTACH DATABASE ? AS pkg", (str(package),))
    mine = {r[0] for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type='table'")}
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM pkg.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    conn.execute("BEGIN")
    for table in tables:
        if table in mine and table != "alembic_version":
            conn.execute(f'INSERT OR REPLACE INTO main."{table}" SELECT * FROM pkg."{table}"')
    conn.execute("COMMIT")
    conn.close()


def run(scale: float, repeat: int, work: Path) -> Measured:
    from app.db import sqlite_url
    from app.services import Services, open_store
    from bench.bench_inspections import INSPECTOR, build_office, fill, noise_photos

    answers = max(40, int(BASE_ANSWERS * scale))
    count = max(4, int(BASE_PHOTOS * scale))
    photos = noise_photos(count)
    office = work / "office.sqlite3"
    services = Services(open_store(sqlite_url(office)))
    build_office(services, answers)
    package = work / "field.cdpkg"
    services.field.export_package(package, INSPECTOR)
    services.close()
    base = work / "office-after-export.sqlite3"
    shutil.copy(office, base)
    fill(package, photos)

    def ours() -> float:
        merged = Services(open_store(sqlite_url(_fresh(base, work / "merge-ours.sqlite3"))))
        start = time.perf_counter()
        merged.field.merge_package(package)
        elapsed = time.perf_counter() - start
        merged.close()
        return elapsed

    def floor() -> float:
        target = _fresh(base, work / "merge-floor.sqlite3")
        start = time.perf_counter()
        _floor(package, target)
        return time.perf_counter() - start

    floor(), ours()  # warm-up (the file cache)
    mine, base_times = [], []
    for _ in range(repeat):
        base_times.append(floor())
        mine.append(ours())
    return Measured(mine, base_times, size=f"{answers} answers, {count} photos",
                    extra={"package_mb": round(package.stat().st_size / 1e6, 1)})
