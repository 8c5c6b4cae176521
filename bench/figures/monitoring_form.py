"""The monthly monitoring form, 2,000 contracts (bench_monitoring_form.py's database):
``export_form`` beside a bare openpyxl write-only workbook of the same cell values."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bench.core import Measured, paired

NAME = "monitoring-form"
TITLE = "monitoring form xlsx"
UNIT = "ms"
RATIO_GOAL = 1.3
GOAL = "≤ 1.3×"
BASE_CONTRACTS = 2_000


def run(scale: float, repeat: int, work: Path) -> Measured:
    from app.services import Services, open_store
    from app.services.reports.monitoring_form import build_form
    from app.services.reports.monitoring_form_files import xlsx_columns, xlsx_values
    from bench.bench_monitoring_form import bare_write, build, form_month

    contracts = max(50, int(BASE_CONTRACTS * scale))
    db = work / f"monitoring-{contracts}.sqlite3"
    month = form_month(date.today())
    build(db, contracts, month)
    services = Services(open_store(str(db)))
    with services.store.sessions() as s:  # the floor's cell values, once
        form = build_form(s, month)
    header = [c.title for c in xlsx_columns(form)]
    rows = [xlsx_values(r) for r in form.rows]
    ours, floor = paired(lambda: services.monitoring.export_form(month, work / "form.xlsx"),
                         lambda: bare_write(header, rows, work / "bare.xlsx"), repeat)
    services.close()
    return Measured(ours, floor, size=f"{contracts:,} contracts".replace(",", " "))
