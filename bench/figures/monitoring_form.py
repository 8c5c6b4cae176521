"""The monthly monitoring form, 2,000 contracts (bench_monitoring_form.py's database):
``export_form`` beside bare XlsxWriter in constant_memory mode writing the same cells
(``bench_monitoring_form.bare_write``: the form's own library; the empty cells that carry
the form's grid included, one plain format, no formulas, looks, title or query).
Informational (``values_only_ratio``): against the same writer leaving out the empty cells
and formats."""

from __future__ import annotations

import gc
import statistics
import time
from datetime import date
from pathlib import Path

from bench.core import Measured

NAME = "monitoring-form"
TITLE = "monitoring form xlsx"
UNIT = "ms"
RATIO_GOAL = 1.3
GOAL = "≤ 1.3×"
BASE_CONTRACTS = 2_000


def run(scale: float, repeat: int, work: Path) -> Measured:
    from app.services import Services, open_store
    from app.services.reports.monitoring_form_figures import build_form
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
    runs = {"floor": lambda: bare_write(header, rows, work / "bare.xlsx"),
            "values": lambda: bare_write(header, rows, work / "values.xlsx", cells=False),
            "ours": lambda: services.monitoring.export_form(month, work / "form.xlsx")}
    times: dict[str, list[float]] = {name: [] for name in runs}
    for fn in runs.values():  # warm-up
        fn()
    for _ in range(repeat):  # interleaved, as core.paired, so drift hits all three alike
        for name, fn in runs.items():
            gc.collect()
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    ours, floor, values = times["ours"], times["floor"], times["values"]
    services.close()
    extra = {"values_only_ratio": round(statistics.median(ours) / statistics.median(values), 2)}
    return Measured(ours, floor, size=f"{contracts:,} contracts".replace(",", " "), extra=extra)
