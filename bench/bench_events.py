"""Events benchmark: the calendar month and the reach report over 5,000 events.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_events.py \
        [--repeat 5] [--events 5000] [--strict]

A SQLite database in a temporary CLUSTERDESK_HOME gets, by bulk Core inserts, 40
participants, 8 sites and six plans (plan of events, information campaign, annual plan for
last year and this year) holding 5,000 events spread evenly over the two years: a fifth
of them last several days; past events mostly held with reach for 1–4 audiences, schools
(0–8 each, out of 600 names, some of them participants) and enterprises (0–4, out of 250);
some overdue, cancelled or moved.  It is then opened the way the program opens it
(``open_store`` + ``Services``) and these are timed:

* floor: the month's rows read with ``sqlite3``: the same joins, the same sum of reach,
  the same order, on an open connection;
* month: ``services.events.events(date_from=1st, date_to=last day)`` for March of this year,
  plus what a month view builds from the rows (every day of the month with its events, a
  multi-day event on each of its days; the month's held and overdue counts);
* calendar: the Events page's month widget (``EventsCalendar`` from app/views/events)
  1100×720, March shown: the query of the days the page shows (``shown_range``),
  ``set_events`` and a synchronous ``repaint()`` (all 42 cells painted, checked);
* summary: ``services.reach.summary`` for this year (2,500 events) and for both years
  (all 5,000), beside a floor of reading the same three column sets with ``sqlite3``;
* reach report: ``services.event_reports.reach_report`` over both years to .xlsx and .pdf.

Goals: month query and view ≤ 100 ms; calendar month painted ≤ 200 ms; reach summary over
5,000 events ≤ 300 ms; the reach report ≤ 1 s (xlsx) and ≤ 1.5 s (PDF).  The exit code is 0
(it is a report) unless ``--strict`` is given, then 1 on a MISS.  Not a pytest test.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOALS_MS = {"month": 100.0, "calendar": 200.0, "summary": 300.0, "xlsx": 1000.0,
            "pdf": 1500.0}
AUDIENCES = ["grade_6_7", "grade_8_9", "grade_10_11", "parents", "college", "teachers",
             "employers"]
TOWNS = ["Череповца", "Вологды", "Сокола", "Великого Устюга", "Тотьмы", "Грязовца"]

MONTH_SQL = """
SELECT e.id, e.plan_id, p.year, p.kind, e.position, e.section, e.title, e.starts_on,
       e.ends_on, e.place, s.name, e.responsible_person, o.short_name, e.audiences,
       e.planned_reach, r.people, e.status
FROM event AS e
JOIN event_plan AS p ON p.id = e.plan_id
LEFT OUTER JOIN site AS s ON s.id = e.site_id
LEFT OUTER JOIN organization AS o ON o.id = e.responsible_org_id
LEFT OUTER JOIN (SELECT event_id, sum(people) AS people FROM event_reach GROUP BY event_id)
     AS r ON r.event_id = e.id
WHERE p.cluster_id = ? AND coalesce(e.ends_on, e.starts_on) >= ? AND e.starts_on <= ?
ORDER BY e.starts_on, e.position
"""
SUMMARY_SQL = [
    "SELECT e.id, e.starts_on, e.status FROM event AS e JOIN event_plan AS p "
    "ON p.id = e.plan_id WHERE p.cluster_id = ? AND e.starts_on BETWEEN ? AND ?",
    "SELECT r.event_id, r.audience, r.people FROM event_reach AS r JOIN event AS e "
    "ON e.id = r.event_id JOIN event_plan AS p ON p.id = e.plan_id "
    "WHERE p.cluster_id = ? AND e.starts_on BETWEEN ? AND ?",
    "SELECT x.event_id, x.kind, x.organization_id, x.name FROM event_organization AS x "
    "JOIN event AS e ON e.id = x.event_id JOIN event_plan AS p ON p.id = e.plan_id "
    "WHERE p.cluster_id = ? AND e.starts_on BETWEEN ? AND ?",
]


# --------------------------------------------------------------------------- the database
def build_database(url: str, count: int, today: date) -> dict[str, int]:
    from sqlalchemy import insert

    from app.models import (
        Event,
        EventOrganization,
        EventPlan,
        EventReach,
        Organization,
        ReachBaseline,
        Site,
    )
    from app.services import Services, open_store
    from app.services.cluster import current_cluster

    rng = random.Random(5000)
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now, "version": 1}
    services = Services(open_store(url))
    with services.store.sessions.begin() as s:
        cluster_id = current_cluster(s).id
        orgs = [{"id": uuid.uuid4(), "full_name": f"Организация-участник № {n}",
                 "short_name": (f"МБОУ «СОШ № {n}» г. Череповца" if n < 12 else
                                f"ООО «Завод № {n}»" if n < 32 else f"БПОУ ВО «Колледж № {n}»"),
                 "address": "", "region": "Вологодская область", "phone": "", "email": "",
                 "website": "", **stamp} for n in range(40)]
        schools, firms, colleges = orgs[:12], orgs[12:32], orgs[32:]
        sites = [{"id": uuid.uuid4(), "cluster_id": cluster_id, "organization_id": c["id"],
                  "name": f"Площадка {c['short_name']}", "address": "", "person_in_charge": "",
                  **stamp} for c in colleges]
        school_names = [o["short_name"] for o in schools] + [
            f"МОУ «СОШ № {n}» г. {TOWNS[n % len(TOWNS)]}" for n in range(1, 589)]
        firm_names = [o["short_name"] for o in firms] + [
            f"ООО «Предприятие № {n}»" for n in range(1, 231)]
        by_name = {o["short_name"]: o["id"] for o in orgs}
        plans, events, reach, parts = [], [], [], []
        for year in (today.year - 1, today.year):
            first, days = date(year, 1, 1), (date(year, 12, 31) - date(year, 1, 1)).days
            for kind, share in (("events", 0.6), ("campaign", 0.2), ("annual", 0.2)):
                plan_id = uuid.uuid4()
                plans.append({"id": plan_id, "cluster_id": cluster_id, "year": year,
                              "kind": kind, "title": f"План ({kind}) на {year} год",
                              "status": "approved", "approved_by": "Регионального "
                              "наблюдательного совета", "protocol_no": "1",
                              "approved_on": date(year, 1, 20), "revision": 0, **stamp})
                for n in range(int(count / 2 * share)):
                    start = first + timedelta(days=rng.randint(0, days))
                    event_id = uuid.uuid4()
                    audiences = sorted(rng.sample(AUDIENCES, rng.randint(1, 4)),
                                       key=AUDIENCES.index)
                    status = ("planned" if start >= today else rng.choices(
                        ["held", "planned", "cancelled", "moved"], [88, 7, 3, 2])[0])
                    college = rng.choice(colleges)
                    events.append({
                        "id": event_id, "plan_id": plan_id, "position": 10 * (n + 1),
                        "section": rng.choice(["mandatory", "variable"]),
                        "title": f"Мероприятие № {n + 1}: профессиональные пробы для школьников",
                        "kind": "Профессиональные пробы", "starts_on": start,
                        "ends_on": (min(start + timedelta(days=rng.randint(1, 4)),
                                        date(year, 12, 31)) if rng.random() < 0.2 else None),
                        "site_id": (sites[colleges.index(college)]["id"]
                                    if rng.random() < 0.5 else None),
                        "place": "" if rng.random() < 0.5 else "Актовый зал школы",
                        "format": "in_person", "responsible_org_id": college["id"],
                        "responsible_person": "Иванова И. И.", "audiences": ",".join(audiences),
                        "planned_reach": 100 * len(audiences), "status": status,
                        "status_note": "Причина" if status == "cancelled" else "",
                        "evidence": "", "team_id": None, **stamp})
                    if status != "held":
                        continue
                    reach += [{"id": uuid.uuid4(), "event_id": event_id, "audience": a,
                               "people": rng.randint(20, 400), **stamp} for a in audiences]
                    for kind_, pool, k in (("school", school_names, rng.randint(0, 8)),
                                           ("enterprise", firm_names, rng.randint(0, 4))):
                        parts += [{"id": uuid.uuid4(), "event_id": event_id, "kind": kind_,
                                   "name": name, "organization_id": by_name.get(name),
                                   **stamp} for name in rng.sample(pool, k)]
        s.execute(insert(Organization), orgs)
        s.execute(insert(Site), sites)
        s.execute(insert(EventPlan), plans)
        s.execute(insert(Event), events)
        s.execute(insert(EventReach), reach)
        s.execute(insert(EventOrganization), parts)
        s.execute(insert(ReachBaseline), [
            {"id": uuid.uuid4(), "cluster_id": cluster_id, "year": y, "pupils": 48_000,
             "schools": 310, "students": 6_200, "enterprises": 140, "admission_plan": 1_450,
             "admission_actual": 1_482, **stamp} for y in (today.year - 1, today.year)])
    services.close()
    return {"plans": len(plans), "events": len(events), "reach rows": len(reach),
            "school and enterprise rows": len(parts)}


# --------------------------------------------------------------------------- timing
def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def median_ms(fn, repeat: int) -> float:
    fn()  # warm-up: imports, SQLite page cache, compiled statements
    return statistics.median(timed(fn) for _ in range(repeat))


def month_view(rows, first: date, last: date, today: date) -> tuple[dict, int, int]:
    """What a month view builds: each day with its events, the month's held and overdue."""
    by_day: dict[date, list] = defaultdict(list)
    for row in rows:
        day = max(row.starts_on, first)
        while day <= min(row.last_day, last):
            by_day[day].append(row)
            day += timedelta(days=1)
    held = sum(1 for r in rows if r.status == "held")
    late = sum(1 for r in rows if r.overdue(today))
    return by_day, held, late


def guard_none_refcount() -> None:
    """As in bench_participants.py: PySide6 6.12 on CPython < 3.12 loses a reference to
    None on every void Qt call, and painting 42 cells makes thousands of them; hold extra
    references so the interpreter does not abort.  Timing is not affected."""
    if sys.version_info < (3, 12):
        import ctypes

        guard = [None] * 1_000_000
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(guard))  # leaked on purpose


def time_calendar(services, year: int, month: int, repeat: int) -> tuple[float, int, int]:
    """The month widget: query of the shown days, set_events, synchronous repaint."""
    from PySide6.QtWidgets import QApplication

    from app.views.events.calendar_tab import EventsCalendar, shown_range

    app = QApplication.instance() or QApplication([sys.argv[0]])
    painted = []

    class Counted(EventsCalendar):
        def paintCell(self, painter, rect, qdate):  # noqa: N802
            painted.append(qdate)
            super().paintCell(painter, rect, qdate)

    calendar = Counted()
    calendar.resize(1100, 720)
    calendar.setCurrentPage(year, month)
    calendar.show()
    app.processEvents()
    first, last = shown_range(year, month)
    rows: list = []

    def run():
        nonlocal rows
        painted.clear()
        rows = services.events.events(date_from=first, date_to=last)
        calendar.set_events(rows, first, last)
        calendar.repaint()

    ms = median_ms(run, repeat)
    cells = len(painted)
    calendar.close()
    app.processEvents()
    return ms, len(rows), cells


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--events", type=int, default=5000, help="events (default 5000)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a goal is missed")
    args = parser.parse_args(argv)
    guard_none_refcount()
    with tempfile.TemporaryDirectory(prefix="clusterdesk-bench-") as tmp:
        home = Path(tmp) / "home"
        os.environ["CLUSTERDESK_HOME"] = str(home)
        for name in ("CLUSTERDESK_DB", "CLUSTERDESK_USER", "CLUSTERDESK_PASSWORD"):
            os.environ.pop(name, None)
        return run(args, home)


def run(args, home: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from app.db import sqlite_url
    from app.i18n import install_translators
    from app.services import Services, open_store

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators(app, "ru")
    today = date.today()
    year = today.year
    db_path = home / "bench.sqlite3"
    url = sqlite_url(db_path)
    start = time.perf_counter()
    sizes = build_database(url, args.events, today)
    print("Database: " + ", ".join(f"{v:,} {k}" for k, v in sizes.items())
          + f" (built in {time.perf_counter() - start:.1f} s)")

    first, last = date(year, 3, 1), date(year, 3, 31)
    whole = (date(year - 1, 1, 1), date(year, 12, 31))
    services = Services(open_store(url))
    results: list[tuple[str, float, str]] = []  # label, ms, goal key
    try:
        conn = sqlite3.connect(db_path)
        cluster = conn.execute("SELECT id FROM cluster").fetchone()[0]  # as SQLite keeps it
        month_rows = len(conn.execute(MONTH_SQL, (cluster, first, last)).fetchall())
        results.append(("floor: sqlite3, the month's rows",
                        median_ms(lambda: conn.execute(MONTH_SQL, (cluster, first, last))
                                  .fetchall(), args.repeat), ""))
        results.append(("events(date_from, date_to) for March",
                        median_ms(lambda: services.events.events(date_from=first, date_to=last),
                                  args.repeat), ""))
        results.append(("month: events() + the month view's days and counts",
                        median_ms(lambda: month_view(services.events.events(
                            date_from=first, date_to=last), first, last, today), args.repeat),
                        "month"))
        try:
            calendar_ms, shown_rows, cells = time_calendar(services, year, 3, args.repeat)
            results.append((f"calendar: March page ({shown_rows} events over its 7 weeks), "
                            f"query + set_events + repaint ({cells} cells)", calendar_ms,
                            "calendar"))
        except ImportError as exc:  # the Events page is not there
            print(f"calendar widget not benchmarked: {exc}")

        for label, (a, b), goal in ((f"summary for {year} (half the events)",
                                     (date(year, 1, 1), date(year, 12, 31)), ""),
                                    (f"summary for {year - 1}–{year} (all events)", whole,
                                     "summary")):
            params = (cluster, a, b)
            results.append((f"floor: sqlite3, the three reads of the {label}", median_ms(
                lambda p=params: [conn.execute(q, p).fetchall() for q in SUMMARY_SQL],
                args.repeat), ""))
            results.append((label, median_ms(lambda a=a, b=b: services.reach.summary(a, b),
                                             args.repeat), goal))
        conn.close()

        reports = getattr(services, "event_reports", None)
        if reports is not None and hasattr(reports, "reach_report"):
            for suffix in ("xlsx", "pdf"):
                out = home / f"reach.{suffix}"
                results.append((f"reach report {whole[0].year}–{whole[1].year} → {suffix}",
                                median_ms(lambda o=out: reports.reach_report(*whole, o),
                                          args.repeat), suffix))
        else:
            print("reach report not benchmarked: services.event_reports.reach_report is absent")
    finally:
        services.close()

    import PySide6
    import sqlalchemy

    print(f"\n{sizes['events']:,} events, March {year}: {month_rows} events; median of "
          f"{args.repeat} ({os.cpu_count()} CPUs, Python {sys.version.split()[0]}, PySide6 "
          f"{PySide6.__version__}, SQLAlchemy {sqlalchemy.__version__}, "
          f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')})")
    missed = False
    for label, ms, goal in results:
        verdict = ""
        if goal:
            ok = ms <= GOALS_MS[goal]
            missed |= not ok
            verdict = f"  goal ≤ {GOALS_MS[goal]:.0f} ms: {'PASS' if ok else 'MISS'}"
        print(f"  {label:<92} {ms:9.1f} ms{verdict}")
    del app
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
