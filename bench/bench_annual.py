"""Benchmark: the annual report of a 10-year, 50-participant cluster.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_annual.py [--repeat N]

The cluster: programme 2016–2025, 50 participants joining and leaving over the years,
80 held events a year with reach (800), 4 council meetings a year with 5 decisions each,
40 people trained a year, admissions for 5 professions a year, 30 agreements, 12 shared
uses, 50 experts, 5 sites × 4 workshops × 50 items, a federal grant with 10 lines and 50
contracts with payments, 21 indicators (17 computed).  Prints medians of: the annual data,
the workbook, the PDF, the indicators report, and all indicators over the 10 years.
Not a test: it only reports.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

FIRST, LAST = 2016, 2025
ROLES = ["college"] * 8 + ["employer"] * 30 + ["school"] * 6 + ["authority", "university",
                                                                 "other", "other", "other",
                                                                 "other"]


def build(db: Path) -> None:
    from sqlalchemy import insert

    from app import models as m
    from app.services import Services, open_store
    from app.services.cluster import current_cluster
    from app.services.metrics import METRICS

    services = Services(open_store(str(db)))
    with services.store.sessions.begin() as s:
        s.info["actor"] = "bench"
        cluster_id = current_cluster(s).id

        def put(model, rows):
            if rows:
                s.execute(insert(model), rows)

        orgs = [uuid.uuid4() for _ in ROLES]
        put(m.Organization, [{"id": o, "full_name": f"Организация {n:02d}", "short_name":
                              f"Орг {n:02d}"} for n, o in enumerate(orgs)])
        put(m.Membership, [{
            "cluster_id": cluster_id, "organization_id": o, "role": role,
            "joined_on": date(FIRST + n % 6, 3, 1),
            "left_on": date(FIRST + 6 + n % 4, 6, 30) if n % 9 == 8 else None,
            "leave_reason": "по собственному желанию" if n % 9 == 8 else "",
            "leave_kind": "withdrawal" if n % 9 == 8 else ""}
            for n, (o, role) in enumerate(zip(orgs, ROLES, strict=True))])
        events, reach = [], []
        for year in range(FIRST, LAST + 1):
            plan = uuid.uuid4()
            put(m.EventPlan, [{"id": plan, "cluster_id": cluster_id, "year": year,
                               "kind": "events", "title": f"План {year}"}])
            for k in range(80):
                e = uuid.uuid4()
                events.append({"id": e, "plan_id": plan, "position": k, "title": f"Событие {k}",
                               "starts_on": date(year, 1 + k % 12, 1 + k % 27),
                               "status": "held", "planned_reach": 100, "audiences": "grade_8_9"})
                reach.append({"event_id": e, "audience": "grade_8_9", "people": 30 + k})
        put(m.Event, events)
        put(m.EventReach, reach)
        sites, workshops, items = [], [], []
        for n in range(5):
            site = uuid.uuid4()
            sites.append({"id": site, "cluster_id": cluster_id, "organization_id": orgs[n],
                          "name": f"Площадка {n}"})
            for w in range(4):
                wid = uuid.uuid4()
                workshops.append({"id": wid, "site_id": site, "name": f"Мастерская {n}-{w}"})
                items += [{"workshop_id": wid, "category": "equipment", "name": f"Станок {i}",
                           "quantity": Decimal(1), "unit_price": Decimal(100000 + i),
                           "stage": "commissioned" if (w + i) % 7 else "installed",
                           "commissioned_on": date(FIRST + 2 + w, 5, 1)} for i in range(50)]
        put(m.Site, sites)
        put(m.Workshop, workshops)
        put(m.InfraItem, items)
        source = uuid.uuid4()
        put(m.FundingSource, [{"id": source, "cluster_id": cluster_id, "kind": "federal_grant",
                               "name": "Грант", "year": FIRST,
                               "amount": Decimal("100000000.00")}])
        lines = [uuid.uuid4() for _ in range(10)]
        put(m.BudgetLine, [{"id": x, "source_id": source, "position": n,
                            "category": "equipment", "name": f"Статья {n}",
                            "planned": Decimal("10000000.00")} for n, x in enumerate(lines)])
        contracts = [uuid.uuid4() for _ in range(50)]
        put(m.Contract, [{"id": c, "line_id": lines[n % 10], "number": f"К-{n}",
                          "signed_on": date(FIRST + n % 10, 4, 1), "supplier_id": orgs[10],
                          "amount": Decimal("1500000.00")} for n, c in enumerate(contracts)])
        put(m.Payment, [{"contract_id": c, "paid_on": date(FIRST + n % 10, 9, 1),
                         "amount": Decimal("1000000.00")} for n, c in enumerate(contracts)])
        council = uuid.uuid4()
        put(m.Council, [{"id": council, "cluster_id": cluster_id, "kind": "coordination",
                         "name": "Координационный совет"}])
        meetings, decisions = [], []
        for year in range(FIRST, LAST + 1):
            for q in range(4):
                mid = uuid.uuid4()
                meetings.append({"id": mid, "council_id": council,
                                 "number": f"{q + 1}/{year}",
                                 "held_on": date(year, 3 * q + 2, 15), "agenda": "Вопрос"})
                decisions += [{"meeting_id": mid, "position": k + 1, "text": f"Решение {k}",
                               "due_on": date(year, 3 * q + 3, 15),
                               "status": "done" if k % 3 else "open"} for k in range(5)]
        put(m.Meeting, meetings)
        put(m.Decision, decisions)
        cats = ["teacher", "master", "methodologist", "industry", "management"]
        put(m.StaffTraining, [{
            "cluster_id": cluster_id, "full_name": f"Слушатель {year}-{k}",
            "organization_id": orgs[k % 8], "category": cats[k % 5], "programme": "ДПП",
            "hours": 252 if k % 5 == 3 else 144, "starts_on": date(year, 2, 1),
            "ends_on": date(year, 5, 20), "certificate_no": f"{year}{k:04d}"}
            for year in range(FIRST, LAST + 1) for k in range(40)])
        put(m.AdmissionFigure, [{
            "cluster_id": cluster_id, "year": year, "code": f"15.02.1{k}",
            "profession": f"Профессия {k}", "college_id": orgs[k], "places_planned": 50,
            "admitted": 48 + k % 3, "targeted_contracts": 20, "graduates": 40, "employed": 30}
            for year in range(FIRST, LAST + 1) for k in range(5)])
        put(m.NetworkAgreement, [{
            "cluster_id": cluster_id, "number": f"СВ-{n}", "signed_on": date(FIRST + n % 10, 1, 10),
            "party_a_id": orgs[n % 8], "party_b_id": orgs[8 + n % 30], "subject": "Сетевое",
            "starts_on": date(FIRST + n % 10, 1, 10)} for n in range(30)])
        put(m.SharedUse, [{"cluster_id": cluster_id, "resource": f"Мастерская {n}",
                           "owner_id": orgs[n % 5], "user_id": orgs[5 + n % 3],
                           "starts_on": date(FIRST + n % 10, 9, 1)} for n in range(12)])
        put(m.Expert, [{"cluster_id": cluster_id, "full_name": f"Эксперт {n}",
                        "specialty": "Сварка", "organization_id": orgs[8 + n % 30],
                        "since": date(FIRST + n % 10, 3, 1)} for n in range(50)])
        programme = uuid.uuid4()
        put(m.Programme, [{"id": programme, "cluster_id": cluster_id, "title": "Программа",
                           "year_from": FIRST, "year_to": LAST}])
        indicators = [{"id": uuid.uuid4(), "programme_id": programme, "position": n,
                       "name": metric.name, "unit": metric.unit, "metric": code}
                      for n, (code, metric) in enumerate(METRICS.items())]
        indicators += [{"id": uuid.uuid4(), "programme_id": programme, "position": 100 + n,
                        "name": f"Ручной показатель {n}", "unit": "%", "metric": ""}
                       for n in range(4)]
        put(m.Indicator, indicators)
        put(m.IndicatorValue, [{"indicator_id": i["id"], "year": year, "target": Decimal(10),
                                "actual": None if i["metric"] else Decimal(9),
                                "source": "" if i["metric"] else "отчёт"}
                               for i in indicators for year in range(FIRST, LAST + 1)])
    services.close()


def median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CLUSTERDESK_HOME"] = str(Path(tmp) / "home")
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841
        from app.services import Services, open_store

        db = Path(tmp) / "bench.sqlite3"
        start = time.perf_counter()
        build(db)
        print(f"build: {time.perf_counter() - start:.2f} s")
        services = Services(open_store(str(db)))
        out = Path(tmp)
        report = services.annual_reports
        results = {
            "annual data (all sections)": median(lambda: report.annual_data(LAST), args.repeat),
            "annual report .xlsx": median(
                lambda: report.annual_report(LAST, out / "a.xlsx"), args.repeat),
            "annual report .pdf": median(
                lambda: report.annual_report(LAST, out / "a.pdf"), args.repeat),
            "indicators report .xlsx": median(lambda: services.indicator_reports
                                              .indicators_report(LAST, out / "i.xlsx"),
                                              args.repeat),
            "all indicators × 10 years": median(services.indicators.indicators, args.repeat),
            "dashboard summary": median(services.dashboard.summary, args.repeat),
        }
        for name, seconds in results.items():
            print(f"{name:32s} {seconds * 1000:8.0f} ms (median of {args.repeat})")
        services.close()


if __name__ == "__main__":
    main()
