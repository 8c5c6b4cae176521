"""Participants benchmark: opening the section with 10,000 organizations.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_participants.py \
        [--repeat 5] [--rows 10000] [--strict] [--no-style] [--profile]

A SQLite database with 10,000 organizations (most of them current members, a few with an
earlier, ended membership as well) is built in a temporary CLUSTERDESK_HOME by bulk Core
inserts, then opened the way the program opens it (``open_store`` + ``Services``).

* floor: the same rows read with the ``sqlite3`` module: the SELECT of the same columns
  with the same LEFT JOIN and ORDER BY that ``ParticipantsService.list_organizations``
  runs, on an open connection, fetchall();
* the app: a fresh ``MainWindow`` (Russian translators, the program's style, settings in a
  temporary .ini) showing the dashboard; the clock starts at the navigation click
  (``navigation.setCurrentRow``) and stops when the page's model holds all rows and the
  window has been painted (``loaded`` seen, pending events processed, ``window.repaint()``
  returned, and the table's viewport did receive a paint event).  The rows come off the GUI
  thread through the TaskRunner, so the wait runs a Qt event loop.
* also: re-opening the section (page built already: just the reload), a search in the
  model (``set_search`` with 3 letters), the same typed into the search box, and sorting by
  two columns (the header-click path, ``table.sortByColumn``), each followed by a paint.

Goal: the 10,000-row table painted within 150 ms of the click.  The exit code is 0 (it is a
report) unless ``--strict`` is given, then 1 on a MISS.  ``--profile`` adds cProfile
listings of the GUI thread during one click and of ``list_organizations`` run directly.
Not a pytest test.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL_MS = 150.0
SEARCH = "зав"  # three letters, as typed into the search box

FLOOR_SQL = """
SELECT o.id, o.full_name, o.short_name, o.inn, o.ogrn, o.kpp, o.region,
       m.role, m.joined_on, m.agreement_no, o.phone, o.email
FROM organization AS o
LEFT OUTER JOIN membership AS m ON m.organization_id = o.id AND m.left_on IS NULL
ORDER BY o.full_name
"""

FORMS = [
    ("Общество с ограниченной ответственностью", "ООО", 0.55),
    ("Акционерное общество", "АО", 0.15),
    ("Публичное акционерное общество", "ПАО", 0.03),
    ("Бюджетное профессиональное образовательное учреждение", "БПОУ", 0.12),
    ("Муниципальное общеобразовательное учреждение", "МОУ", 0.08),
    ("Автономная некоммерческая организация", "АНО", 0.07),
]
PLACES = ["Вологодский", "Череповецкий", "Сокольский", "Ярославский", "Костромской",
          "Архангельский", "Кировский", "Тверской", "Новгородский", "Псковский",
          "Великоустюгский", "Рыбинский", "Шекснинский", "Грязовецкий", "Тотемский"]
KINDS = ["машиностроительный завод", "станкостроительный завод", "завод металлоконструкций",
         "литейно-механический завод", "деревообрабатывающий комбинат",
         "политехнический техникум", "многопрофильный колледж", "приборостроительный завод",
         "инструментальный завод", "центр компетенций", "электромонтажный трест",
         "судостроительный завод", "агротехнический колледж", "оптико-механический завод"]
REGIONS = [("Вологодская область", "35"), ("Ярославская область", "76"),
           ("Костромская область", "44"), ("Архангельская область", "29"),
           ("Кировская область", "43"), ("Тверская область", "69"),
           ("Новгородская область", "53"), ("Псковская область", "60")]
ROLES = [("college", 0.15), ("employer", 0.6), ("authority", 0.02), ("school", 0.1),
         ("university", 0.05), ("other", 0.08)]


# --------------------------------------------------------------------------- the database
def make_rows(count: int, cluster_id: uuid.UUID, seed: int = 10_000):
    """Organization and membership rows as dicts for ``insert(...)``."""
    from stdnum.ru import inn as stdnum_inn
    from stdnum.ru import ogrn as stdnum_ogrn

    rng = random.Random(seed)
    now = datetime.now(UTC)
    serials = rng.sample(range(100_000), count)  # unique last five digits: unique INNs
    forms = rng.choices(FORMS, weights=[f[2] for f in FORMS], k=count)
    roles = rng.choices([r[0] for r in ROLES], weights=[r[1] for r in ROLES], k=count)
    orgs, members = [], []
    for i in range(count):
        full_form, short_form, _ = forms[i]
        region, code = rng.choice(REGIONS)
        office = f"{code}{rng.randint(1, 30):02d}"
        head = f"{office}{serials[i]:05d}"
        inn = head + stdnum_inn.calc_company_check_digit(head)
        ogrn_head = f"1{rng.randint(2, 24):02d}{code}" + "".join(rng.choices("0123456789", k=7))
        ogrn = ogrn_head + stdnum_ogrn.calc_check_digit(ogrn_head + "0")
        place, kind = rng.choice(PLACES), rng.choice(KINDS)
        name = f"{place} {kind}" + (f" № {rng.randint(1, 99)}" if rng.random() < 0.3 else "")
        org_id = uuid.uuid4()
        phone = (f"+7 ({rng.randint(8100, 8899)}) {rng.randint(20, 79)}-"
                 f"{rng.randint(10, 99)}-{rng.randint(10, 99)}")
        orgs.append({
            "id": org_id, "full_name": f"{full_form} «{name}»",
            "short_name": f"{short_form} «{name[:40]}»", "inn": inn, "ogrn": ogrn,
            "kpp": f"{office}01001", "address": f"{region}, ул. Советская, д. {rng.randint(1, 150)}",
            "region": region, "phone": phone, "email": f"info{i + 1}@example.ru",
            "website": "", "version": 1, "created_at": now, "updated_at": now,
        })
        if rng.random() < 0.9:  # most organizations are current members
            joined = date(2023, 9, 1) + timedelta(days=rng.randint(0, 900))
            members.append(_membership(cluster_id, org_id, roles[i], joined, None, i, now))
            if rng.random() < 0.05:  # and a few left once before and came back
                earlier = joined - timedelta(days=rng.randint(400, 800))
                members.append(_membership(cluster_id, org_id, "other", earlier,
                                           joined - timedelta(days=30), i, now))
    return orgs, members


def _membership(cluster_id, org_id, role, joined, left, i, now) -> dict:
    return {
        "id": uuid.uuid4(), "cluster_id": cluster_id, "organization_id": org_id, "role": role,
        "is_grant_recipient": False, "joined_on": joined,
        "agreement_no": f"ОПЦ-{joined.year}/{i + 1:05d}", "agreement_date": joined,
        "left_on": left, "leave_reason": "решение совета кластера" if left else "",
        "version": 1, "created_at": now, "updated_at": now,
    }


def build_database(url: str, count: int) -> tuple[int, int]:
    from sqlalchemy import insert

    from app.models import Membership, Organization
    from app.services import open_store
    from app.services.cluster import current_cluster

    store = open_store(url)  # creates the schema through the migrations, like the program
    try:
        with store.sessions.begin() as session:
            cluster_id = current_cluster(session).id
            orgs, members = make_rows(count, cluster_id)
            session.execute(insert(Organization), orgs)
            session.execute(insert(Membership), members)
    finally:
        store.engine.dispose()
    return len(orgs), len(members)


# --------------------------------------------------------------------------- helpers
def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def fmt(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return f"{statistics.median(ms):8.1f} ms   (min {min(ms):.1f}, max {max(ms):.1f})"


def time_floor(db_path: Path, repeat: int, expected: int) -> list[float]:
    conn = sqlite3.connect(db_path)
    try:
        assert len(conn.execute(FLOOR_SQL).fetchall()) == expected  # warm-up
        out = []
        for _ in range(repeat):
            gc.collect()
            start = time.perf_counter()
            rows = conn.execute(FLOOR_SQL).fetchall()
            out.append(time.perf_counter() - start)
            assert len(rows) == expected
        return out
    finally:
        conn.close()


class Probe:
    """Timestamps of the stages of one click (bench-side hooks only; no app code changed)."""

    def __init__(self):
        self.dashboard_end = float("nan")  # the window's first fetch ended (not reset by a click)
        self.reset()

    def reset(self):
        self.t: dict[str, float] = {}

    def mark(self, name: str) -> None:
        self.t.setdefault(name, time.perf_counter())


def install_probes(services, probe: Probe):
    """Wrap the worker's call and the page's callback to timestamp them."""
    from app.views.participants.page import ParticipantsPage

    original_list = services.participants.list_organizations

    def timed_list():
        probe.mark("worker_start")
        try:
            return original_list()
        finally:
            probe.mark("worker_end")

    services.participants.list_organizations = timed_list
    original_summary = services.dashboard.summary

    def timed_summary(*args, **kwargs):  # the window's first fetch: is it still running?
        try:
            return original_summary(*args, **kwargs)
        finally:
            probe.dashboard_end = time.perf_counter()

    services.dashboard.summary = timed_summary

    # the rows' callback: SectionPage.show_fetched (app/views/widgets/page.py), once
    # the page's own _rows_arrived
    name = "show_fetched" if hasattr(ParticipantsPage, "show_fetched") else "_rows_arrived"
    original_arrived = getattr(ParticipantsPage, name)

    def timed_arrived(self, rows):
        probe.mark("rows_arrived")
        return original_arrived(self, rows)

    setattr(ParticipantsPage, name, timed_arrived)


def _paint_watch():
    """An event filter that timestamps the paint events of one widget."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def __init__(self):
            super().__init__()
            self.times: list[float] = []

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.times.append(time.perf_counter())
            return False

        def since(self, t: float) -> int:
            return sum(1 for x in self.times if x >= t)

    return Watch()


def run_until(signal, timeout_s: float = 60.0) -> None:
    """Run a Qt event loop until ``signal`` fires (blocking, not spinning: the worker
    thread needs the CPU on a 2-core machine)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    fired = []

    def done(*_args):
        fired.append(True)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(done)
    if not fired:
        raise TimeoutError("the participants page did not load in time")


def settle(app, window) -> None:
    for _ in range(3):
        app.processEvents()
    window.repaint()


# --------------------------------------------------------------------------- the GUI part
class Bench:
    def __init__(self, app, services, settings, expected: int):
        self.app = app
        self.services = services
        self.settings = settings
        self.expected = expected
        self.probe = Probe()
        self.forced_paints = 0
        install_probes(services, self.probe)

    def new_window(self, dashboard_shown: bool = True):
        """A new window on the dashboard; ``dashboard_shown``: once its figures are on
        screen, as a user sees the window before clicking (else at once: the click then
        shares the machine with the dashboard's fetch)."""
        from app.settings import LAST_SECTION
        from app.views.main_window import MainWindow

        self.settings.set(LAST_SECTION, "dashboard")
        self.probe.dashboard_end = float("nan")
        window = MainWindow(self.services, self.settings, demo=False)
        window.show()
        settle(self.app, window)
        assert window.current_section() == "dashboard"
        assert "participants" not in window._built
        dashboard = window.page("dashboard")
        if dashboard_shown and dashboard.loading:
            run_until(dashboard.loaded)
            settle(self.app, window)
        return window

    def close(self, window) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        self.app.processEvents()

    def paint_table(self, page, since: float) -> None:
        """What the event loop does after a change: posted layouts, then the UpdateRequest
        that paints the table.  Should that paint not have happened, force it."""
        self.app.processEvents()
        if page.paint_watch.since(since) == 0:
            self.forced_paints += 1
            page.table.viewport().repaint()
        assert page.paint_watch.since(since) > 0, "the table was not painted"

    def click_participants(self, window, collect: bool = True) -> tuple[float, dict[str, float]]:
        """One click: returns (seconds from click to painted, stage timestamps)."""
        from app.views.main_window import SECTION_KEYS

        index = SECTION_KEYS.index("participants")
        self.probe.reset()
        if collect:
            gc.collect()

        t0 = time.perf_counter()
        window.navigation.setCurrentRow(index)  # the click: builds the page, starts the load
        self.probe.mark("click_returned")
        # The page exists now and no event has been processed yet: hook it up.
        page = window.page("participants")
        if not hasattr(page, "paint_watch"):
            page.paint_watch = _paint_watch()
            page.table.viewport().installEventFilter(page.paint_watch)
        run_until(page.loaded)
        self.probe.mark("loaded")
        self.paint_table(page, self.probe.t["loaded"])
        t1 = time.perf_counter()

        if self.expected is not None:  # None: whatever the page lists (python -m bench)
            assert page.model.rowCount() == self.expected, page.model.rowCount()
        stages = {k: v - t0 for k, v in self.probe.t.items()}
        stages["dashboard_end"] = self.probe.dashboard_end - t0
        stages["painted"] = t1 - t0
        return t1 - t0, stages

    def go_dashboard(self, window) -> None:
        from app.views.main_window import SECTION_KEYS

        window.navigation.setCurrentRow(SECTION_KEYS.index("dashboard"))
        settle(self.app, window)
        dashboard = window.page("dashboard")
        if dashboard.loading:  # looked at before the next click, as in new_window
            run_until(dashboard.loaded)
            settle(self.app, window)

    def time_search(self, page) -> tuple[float, float, int]:
        deadline = time.perf_counter() + 10  # the search text is folded after the paint, in
        while getattr(page.model, "needs_keys", False) and time.perf_counter() < deadline:
            self.app.processEvents()  # the background, before a user could type
            time.sleep(0.002)
        gc.collect()
        start = time.perf_counter()
        page.model.set_search(SEARCH)
        self.paint_table(page, start)
        model_s = time.perf_counter() - start
        shown = page.model.rowCount()
        assert 0 < shown < (self.expected or page.model.rowCount() + shown + 1), shown
        page.model.set_search("")
        self.paint_table(page, time.perf_counter())

        gc.collect()
        start = time.perf_counter()
        page.search.setText(SEARCH)  # textChanged → _filter_changed, as a keystroke would
        self.paint_table(page, start)
        box_s = time.perf_counter() - start
        assert page.model.rowCount() == shown
        page.search.setText("")
        self.paint_table(page, time.perf_counter())
        return model_s, box_s, shown

    def time_sort(self, page, column: int) -> float:
        from PySide6.QtCore import Qt

        gc.collect()
        start = time.perf_counter()
        page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)  # a header click
        self.paint_table(page, start)
        elapsed = time.perf_counter() - start
        page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.paint_table(page, time.perf_counter())
        return elapsed


def profile_click(bench: Bench, services, top: int) -> None:
    window = bench.new_window()
    gc.collect()
    profiler = cProfile.Profile()
    profiler.enable()  # the GUI thread only: the worker's query is profiled separately below
    bench.click_participants(window, collect=False)
    profiler.disable()
    bench.close(window)
    _print_profile("GUI thread during one click (page build, set_rows, paint); the own time "
                   "of QEventLoop.exec is the GUI thread idle while the worker queries",
                   profiler, top)

    original = type(services.participants).list_organizations
    profiler = cProfile.Profile()
    profiler.enable()
    rows = original(services.participants)
    profiler.disable()
    assert bench.expected is None or len(rows) == bench.expected
    _print_profile("list_organizations() run directly (query + OrganizationRow)", profiler, top)


def _print_profile(title: str, profiler: cProfile.Profile, top: int) -> None:
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats(os.environ.get("BENCH_PROFILE_SORT", "tottime")).print_stats(top)
    print(f"\n=== cProfile: {title} — top {top} by own time ===")
    print(out.getvalue().split("\n", 4)[-1].rstrip())


def time_service_parts(services, repeat: int, expected: int):
    """list_organizations() on the GUI thread, and its SQLAlchemy part without dataclasses."""
    from sqlalchemy import and_, select
    from sqlalchemy.orm import aliased

    from app.models import Membership, Organization

    current = aliased(Membership)
    query = (
        select(
            Organization.id, Organization.full_name, Organization.short_name,
            Organization.inn, Organization.ogrn, Organization.kpp, Organization.region,
            current.role, current.joined_on, current.agreement_no,
            Organization.phone, Organization.email,
        )
        .outerjoin(current, and_(current.organization_id == Organization.id,
                                 current.left_on.is_(None)))
        .order_by(Organization.full_name)
    )
    list_orgs = type(services.participants).list_organizations
    service, sa_rows = [], []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        rows = list_orgs(services.participants)
        service.append(time.perf_counter() - start)
        assert len(rows) == expected
        gc.collect()
        start = time.perf_counter()
        with services.store.sessions() as s:
            raw = s.execute(query).all()
        sa_rows.append(time.perf_counter() - start)
        assert len(raw) == expected
    return service, sa_rows


def time_set_rows(app, services, repeat: int):
    """model.set_rows on a bare model (no view attached), for the breakdown."""
    from app.views.participants.table_model import ParticipantsTableModel

    rows = type(services.participants).list_organizations(services.participants)
    model = ParticipantsTableModel()
    out = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        model.set_rows(rows)
        out.append(time.perf_counter() - start)
    return out


# --------------------------------------------------------------------------- main
def guard_none_refcount() -> None:
    """Keep this process alive on CPython < 3.12 with PySide6 6.12.

    Measured here (PySide6 6.12.0, CPython 3.11.7): every call of a Qt method that returns
    void (``setText``, ``repaint``, ``processEvents``, ``beginResetModel``…) leaves the
    reference count of ``None`` one lower (probably the cp310-abi3 wheel built against
    headers where ``None`` is immortal, PEP 683).  Once ``None``'s count reaches zero the
    interpreter aborts with "Fatal Python error: none_dealloc".  The benchmark makes
    thousands of such calls, so it holds a million extra references to ``None``, never
    released.  Timing is not affected.
    """
    if sys.version_info < (3, 12):
        import ctypes

        guard = [None] * 1_000_000
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(guard))  # leaked on purpose


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--rows", type=int, default=10_000, help="organizations (default 10000)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if the goal is missed")
    parser.add_argument("--no-style", action="store_true",
                        help="leave out the program's style sheet (for comparison)")
    parser.add_argument("--profile", action="store_true", help="print cProfile listings")
    parser.add_argument("--top", type=int, default=25, help="lines per profile listing")
    args = parser.parse_args(argv)
    guard_none_refcount()

    with tempfile.TemporaryDirectory(prefix="clusterdesk-bench-") as tmp:
        home = Path(tmp) / "home"
        os.environ["CLUSTERDESK_HOME"] = str(home)
        for name in ("CLUSTERDESK_DB", "CLUSTERDESK_USER", "CLUSTERDESK_PASSWORD"):
            os.environ.pop(name, None)
        return run(args, home)


def run(args, home: Path) -> int:
    import PySide6
    import sqlalchemy

    from app.bootstrap import gui_application
    from app.db import sqlite_url
    from app.i18n import install_translators
    from app.services import Services, open_store
    from app.settings import Settings
    from app.views.style import apply_style

    app = gui_application()  # as the program starts it (the GUI thread's switch interval)
    install_translators(app, "ru")
    if not args.no_style:
        apply_style(app)

    db_path = home / "data" / "bench.sqlite3"
    url = sqlite_url(db_path)
    start = time.perf_counter()
    n_orgs, n_members = build_database(url, args.rows)
    print(f"Database: {n_orgs} organizations, {n_members} memberships "
          f"(built in {time.perf_counter() - start:.1f} s)")

    floor = time_floor(db_path, args.repeat, n_orgs)

    services = Services(open_store(url))
    try:
        service, sa_rows = time_service_parts(services, args.repeat, n_orgs)
        set_rows = time_set_rows(app, services, args.repeat)
        settings = Settings(path=str(home / "config" / "bench.ini"))
        bench = Bench(app, services, settings, None)  # the page lists the members

        # warm-up: imports of the page's modules, first style polish, Qt's font caches
        window = bench.new_window()
        bench.click_participants(window)
        bench.close(window)

        first, again, stages_list = [], [], []
        search_model, search_box, sorts = [], [], {1: [], 5: []}
        shown = 0
        for _ in range(args.repeat):
            window = bench.new_window()
            elapsed, stages = bench.click_participants(window)
            first.append(elapsed)
            stages_list.append(stages)
            page = window.page("participants")
            model_s, box_s, shown = bench.time_search(page)
            search_model.append(model_s)
            search_box.append(box_s)
            for column in sorts:
                sorts[column].append(bench.time_sort(page, column))
            bench.go_dashboard(window)
            again.append(bench.click_participants(window)[0])
            bench.close(window)

        if args.profile:
            profile_click(bench, services, args.top)
    finally:
        services.close()

    def stage(a: str, b: str) -> list[float]:
        return [s[b] - (s[a] if a else 0.0) for s in stages_list]

    click_ms = median_ms(first)
    ok = click_ms <= GOAL_MS
    rows = f"{n_orgs:,}"
    print(f"\nParticipants section with {rows} organizations, median of {args.repeat} "
          f"({os.cpu_count()} CPUs, Python {sys.version.split()[0]}, PySide6 "
          f"{PySide6.__version__}, SQLAlchemy {sqlalchemy.__version__}, style "
          f"{'off' if args.no_style else 'on'})")
    def line(label: str, values: list[float], note: str = "") -> None:
        print(f"  {label:<50}{fmt(values)}{note}")

    line("floor: sqlite3 SELECT … LEFT JOIN, fetchall", floor)
    line("list_organizations() on the GUI thread", service)
    line("  of which SQLAlchemy execute().all()", sa_rows)
    line("model.set_rows() on a bare model", set_rows)
    line(f"click → {rows} rows painted (first open)", first)
    line("  click handler returns (page built, load started)", stage("", "click_returned"))
    line("  worker thread starts the query, after the click", stage("", "worker_start"))
    line("  worker: list_organizations()", stage("worker_start", "worker_end"))
    line("  the dashboard's fetch ends, after the click (< 0: before)",
         stage("", "dashboard_end"))
    line("  result handed to the GUI thread", stage("worker_end", "rows_arrived"))
    line("  _rows_arrived: set_rows + count label", stage("rows_arrived", "loaded"))
    line("  pending events + paint of the table", stage("loaded", "painted"))
    line("click → painted again (page already built)", again)
    line(f"search: model.set_search('{SEARCH}') + paint", search_model, f"   → {shown:,} rows")
    line(f"search: '{SEARCH}' set in the search box + paint", search_box)
    line("sort by Full name (header click) + paint", sorts[1])
    line("sort by Role (header click) + paint", sorts[5])
    print(f"  {'ratio click / floor':<50}{click_ms / median_ms(floor):8.1f}×")
    if bench.forced_paints:
        print(f"  (the table had to be repainted by hand {bench.forced_paints} times: "
              "the event loop did not paint it)")
    print(f"Goal: {rows}-row table painted within {GOAL_MS:.0f} ms of the click "
          f"({click_ms:.0f} ms): {'PASS' if ok else 'MISS'}")
    return 1 if (args.strict and not ok) else 0


if __name__ == "__main__":
    sys.exit(main())
