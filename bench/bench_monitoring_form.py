"""Benchmark: the monthly monitoring form with 2,000 contracts and 6,000 payments.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_monitoring_form.py \
        [--repeat 5] [--contracts 2000] [--strict]

A SQLite database in a temporary CLUSTERDESK_HOME gets, by bulk Core inserts
(``session.execute(insert(Model), rows)``): two sources (the federal grant of 100,000,000.00
and a regional co-financing), 40 budget lines (20 each), 400 procurement procedures, 300
suppliers with valid INNs, 2,000 contracts (every fifth one out of a procedure) and 6,000
payments (three per contract), all dated within the eleven months up to the end of the
previous month, which is the month the form is made for.

* floor: bare XlsxWriter (the form's own library) in constant_memory mode writing the same
  cells: the form's header and its rows × columns, taken once from the form builder
  (``build_form`` + ``xlsx_values``), typed as the form types them, the table's empty cells
  included (the form writes them: they carry its grid), one plain bordered format; no
  per-row looks, no formulas, no title block, no query.  (It was a bare openpyxl write-only
  workbook of the values while the form was written with openpyxl; the form moved to
  XlsxWriter, and a floor in another library measures the libraries, not the form.)
  Informational: the same without the empty cells and formats (values only);
* the app: ``MonitoringService.export_form(month, path)``, the real export: the query, the
  form's arithmetic, the styled workbook, the atomic save and the audit record.

Also shown, for information: ``build_form`` alone and ``write_form_xlsx`` alone.
Goal: the export within 1.5× of the bare write.  The exit code is 0 (it is a report) unless
``--strict`` is given, then 1 on a MISS.  Not a pytest test.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL_RATIO = 1.5
LINES_PER_SOURCE = 20
PROCUREMENTS_PER_LINE = 10
PAYMENTS_PER_CONTRACT = 3
SUPPLIERS = 300
KOPECK = Decimal("0.01")


def form_month(today: date) -> date:
    """The previous month: a form is made for a month that has ended."""
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


def month_end(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def supplier_inn(n: int) -> str:
    from stdnum.ru import inn

    body = f"77{n:07d}"
    return body + inn.calc_company_check_digit(body)


def build(db: Path, contracts: int, month: date) -> None:
    from sqlalchemy import insert

    from app.models import BudgetLine, Contract, FundingSource, Organization, Payment, Procurement
    from app.services import Services, open_store
    from app.services.cluster import current_cluster

    rng = random.Random(9726)
    as_of = month_end(month)
    first = as_of - timedelta(days=330)

    def day(start: date, end: date) -> date:
        return start + timedelta(days=rng.randint(0, max((end - start).days, 0)))

    services = Services(open_store(str(db)))
    now = datetime.now(UTC)
    common = {"created_at": now, "updated_at": now, "version": 1}
    with services.store.sessions.begin() as s:
        cluster_id = current_cluster(s).id
        suppliers = [{"id": uuid.uuid4(), "full_name": f"ООО «Поставщик {n:03d}»",
                      "short_name": "", "inn": supplier_inn(n), **common}
                     for n in range(SUPPLIERS)]
        sources = [
            {"id": uuid.uuid4(), "cluster_id": cluster_id, "kind": "federal_grant",
             "name": "Грант", "year": month.year, "amount": Decimal("100000000.00"),
             "notes": "", **common},
            {"id": uuid.uuid4(), "cluster_id": cluster_id, "kind": "regional",
             "name": "Софинансирование субъекта", "year": month.year,
             "amount": Decimal("20000000.00"), "notes": "", **common},
        ]
        lines = []
        for source, categories, planned in (
                (sources[0], ("equipment", "software", "capital_repair"), Decimal("4500000")),
                (sources[1], ("training", "other", "equipment"), Decimal("1000000"))):
            for n in range(LINES_PER_SOURCE):
                lines.append({"id": uuid.uuid4(), "source_id": source["id"], "position": n + 1,
                              "category": categories[n % len(categories)],
                              "name": f"{source['name']}: статья {n + 1:02d}",
                              "planned": planned, "over_reason": "", **common})
        procurements, contract_rows, payments = [], [], []
        per_line = contracts // len(lines)
        # every fifth contract comes from a procurement: more contracts, more procurements
        per_line_procurements = max(PROCUREMENTS_PER_LINE, -(-per_line // 5))
        for line in lines:
            line_procurements = []
            for n in range(per_line_procurements):
                announced = day(first, as_of - timedelta(days=30))
                line_procurements.append({
                    "id": uuid.uuid4(), "line_id": line["id"], "subject": f"Закупка {n + 1}",
                    "method": "auction_44", "notice_no": f"0373200{rng.randint(0, 10**9):09d}",
                    "initial_price": (line["planned"] / per_line_procurements).quantize(KOPECK),
                    "planned_on": announced - timedelta(days=20), "announced_on": announced,
                    "summed_up_on": announced + timedelta(days=14), "status": "summed_up",
                    **common})
            procurements += line_procurements
            for n in range(per_line):
                procurement = line_procurements[n // 5] if n % 5 == 0 else None
                signed = day(procurement["summed_up_on"] if procurement else first,
                             as_of - timedelta(days=10))
                amount = (line["planned"] / per_line * Decimal(rng.uniform(0.5, 0.95))
                          ).quantize(KOPECK)
                contract_id = uuid.uuid4()
                contract_rows.append({
                    "id": contract_id, "line_id": line["id"],
                    "procurement_id": procurement["id"] if procurement else None,
                    "number": f"{len(contract_rows) + 1}/{month.year}",
                    "signed_on": signed, "supplier_id": rng.choice(suppliers)["id"],
                    "subject": f"Поставка по статье, позиция {n + 1}", "amount": amount,
                    "vat": (amount / 6).quantize(KOPECK),
                    "delivery_due": signed + timedelta(days=60),
                    "status": "active", "over_reason": "", **common})
                for _ in range(PAYMENTS_PER_CONTRACT):
                    payments.append({
                        "id": uuid.uuid4(), "contract_id": contract_id,
                        "paid_on": day(signed, as_of),
                        "amount": (amount * Decimal("0.3")).quantize(KOPECK),
                        "order_no": f"{len(payments) + 1}", "over_reason": "", **common})
        s.execute(insert(Organization), suppliers)
        s.execute(insert(FundingSource), sources)
        s.execute(insert(BudgetLine), lines)
        s.execute(insert(Procurement), procurements)
        s.execute(insert(Contract), contract_rows)
        s.execute(insert(Payment), payments)
    services.close()
    print(f"Built: 2 sources, {len(lines)} lines, {len(procurements)} procedures, "
          f"{len(contract_rows)} contracts, {len(payments)} payments, {SUPPLIERS} suppliers")


def monitoring_service(services):
    """``services.monitoring`` once the bundle has it; until then, built here."""
    if hasattr(services, "monitoring"):
        return services.monitoring
    try:
        from app.services.reports.monitoring_form import MonitoringService
    except ImportError as exc:
        sys.exit(f"The monthly form is not in this checkout ({exc}): "
                 "app/services/reports/monitoring_form.py with MonitoringService.export_form "
                 "is needed. Nothing was measured.")
    return MonitoringService(services.store, services.actor)


def bare_write(header: list[str], rows: list[list], path: Path, cells: bool = True) -> None:
    """The floor: bare XlsxWriter (the library the form is written with) in constant_memory
    mode, the same cells typed as the form types them (text, numbers, dates).  ``cells``:
    also the table's empty cells, which the form writes because they carry its grid, all
    with one plain bordered format; False: the values only.  No per-row looks, formulas,
    row heights, outline, title block or print setup, and no query."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet()
    plain = wb.add_format({"border": 1}) if cells else None
    day = wb.add_format({"num_format": "DD.MM.YYYY", **({"border": 1} if cells else {})})
    for c, title in enumerate(header):
        ws.write_string(0, c, title, plain)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is None or value == "":
                if cells:
                    ws.write_blank(r, c, None, plain)
            elif isinstance(value, str):
                ws.write_string(r, c, value, plain)
            elif isinstance(value, date):
                ws.write_datetime(r, c, value, day)
            else:
                ws.write_number(r, c, float(value), plain)
    wb.close()


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--contracts", type=int, default=2000)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="clusterdesk-bench-"))
    os.environ["CLUSTERDESK_HOME"] = str(home)
    for name in ("CLUSTERDESK_DB", "CLUSTERDESK_USER", "CLUSTERDESK_PASSWORD"):
        os.environ.pop(name, None)
    db = home / "monitoring.sqlite3"
    month = form_month(date.today())
    build(db, args.contracts, month)

    from app.services import Services, open_store

    services = Services(open_store(str(db)))
    monitoring = monitoring_service(services)
    from app.services.reports.monitoring_form_figures import build_form
    from app.services.reports.monitoring_form_files import xlsx_columns, xlsx_values
    from app.services.reports.monitoring_form_xlsx import write_form_xlsx

    with services.store.sessions() as s:  # the cell values, once
        form = build_form(s, month)
    header = [c.title for c in xlsx_columns(form)]
    rows = [xlsx_values(r) for r in form.rows]

    def build_only():
        with services.store.sessions() as s:
            build_form(s, month)

    results: dict[str, list[float]] = {
        "floor": [], "values": [], "export": [], "build": [], "write": []}
    for n in range(args.repeat):  # interleaved, so a slow moment hits both alike
        results["floor"].append(timed(lambda: bare_write(header, rows, home / "bare.xlsx")))
        results["values"].append(timed(lambda: bare_write(header, rows, home / "values.xlsx",
                                                          cells=False)))
        results["export"].append(timed(lambda n=n: monitoring.export_form(
            month, home / f"form-{n}.xlsx")))
        results["build"].append(timed(build_only))
        results["write"].append(timed(lambda: write_form_xlsx(form, home / "write.xlsx")))
    median = {k: statistics.median(v) for k, v in results.items()}
    ratio = median["export"] / median["floor"]
    verdict = "PASS" if ratio <= GOAL_RATIO else "MISS"
    print(f"Monitoring form for {month:%m.%Y}: {len(form.rows)} rows × {len(header)} columns, "
          f"median of {args.repeat}")
    print(f"  {'floor: bare XlsxWriter, the same cells':<50} {median['floor']:8.1f} ms")
    print(f"  {'  bare XlsxWriter, values only (informational)':<50} "
          f"{median['values']:8.1f} ms")
    print(f"  {'export_form(month, path) → xlsx':<50} {median['export']:8.1f} ms")
    print(f"  {'  of which build_form() (informational)':<50} {median['build']:8.1f} ms")
    print(f"  {'  of which write_form_xlsx() (informational)':<50} {median['write']:8.1f} ms")
    print(f"  ratio export / values only: {median['export'] / median['values']:.2f}×")
    print(f"  ratio export / floor: {ratio:.2f}×; goal ≤ {GOAL_RATIO}× "
          f"(≤ {median['floor'] * GOAL_RATIO:.0f} ms): {verdict}")
    services.close()
    return 1 if args.strict and verdict == "MISS" else 0


if __name__ == "__main__":
    sys.exit(main())
