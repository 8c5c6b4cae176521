"""Every figure that appears in more than one place, collected from each place it appears:
the window's services (what a section shows) and the written documents read back (what a user
compares on paper: xlsx through openpyxl, PDF through pypdf).  ``collect`` returns a ledger
of figure → place → value; ``disagreements`` lists the figures whose places differ.

The places: the dashboard, the participants list and its xlsx/PDF, the indicators (window
and report), the annual report (summary and its sheets), the reach report, the monitoring
form, the spending picture, the readiness map, the inspection acts, the data check, the
career maps (list and the print-shop batch)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from app.services.base import translate
from app.services.event_codes import POPULARIZATION, PUPILS, Audience, audience_label
from app.services.findings import FindingStatus
from app.services.grants import SourceKind
from app.services.importers.participants import ROLE_WORDS
from app.services.participants import MemberRole, role_label

FEDERAL = SourceKind.FEDERAL_GRANT.value
KINDS = ("planned", "contracted", "accepted", "paid")


def _r(text: str) -> str:  # report strings as the files print them (Russian)
    return translate("Reports", text)


class Ledger:
    def __init__(self):
        self.values: dict[str, dict[str, object]] = defaultdict(dict)

    def put(self, figure: str, place: str, value) -> None:
        if isinstance(value, float):  # xlsx keeps numbers as floats: compare to the kopeck
            value = Decimal(str(value)).quantize(Decimal("0.01"))
        elif isinstance(value, Decimal):
            value = value.quantize(Decimal("0.01"))
        elif value is None:
            value = 0
        self.values[figure][place] = value

    def disagreements(self) -> dict[str, dict[str, object]]:
        return {f: places for f, places in self.values.items()
                if len({_norm(v) for v in places.values()}) > 1}


def _norm(value):
    return Decimal(str(value)).quantize(Decimal("0.01")) if isinstance(
        value, int | float | Decimal) and not isinstance(value, bool) else value


# --- reading the files back -------------------------------------------------------------------

def sheets(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path, read_only=True, data_only=True)
    out = {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    wb.close()
    return out


def first(rows: list[tuple], label: str, column: int = 1, after: int = 0):
    """The value in ``column`` of the first row from ``after`` whose first cell is ``label``."""
    for row in rows[after:]:
        if row and row[0] == label:
            return row[column] if len(row) > column else None
    raise KeyError(label)


def index(rows: list[tuple], label: str) -> int:
    return next(i for i, r in enumerate(rows) if r and r[0] == label)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def pdf_pages(path: Path) -> int:
    return len(PdfReader(path).pages)


# --- the places -------------------------------------------------------------------------------

def collect(svc, folder: Path, today: date) -> Ledger:
    folder.mkdir(parents=True, exist_ok=True)
    led = Ledger()
    year = today.year
    dash = svc.dashboard.summary(today)
    # what several figures read, made once: the indicators (window and report), the annual
    # report, the data check
    led.actuals = _indicator_actuals(svc, year, today)
    led.printed = _printed_indicators(svc, folder, year, today)
    led.book = _annual(svc, folder, year, today)
    led.check = svc.data_check.run(today).by_rule()
    _participants(svc, led, dash, folder, year, today)
    _money(svc, led, dash, folder, today)
    _workshops(svc, led, folder, year, today)
    _reach(svc, led, dash, folder, year, today)
    _findings(svc, led, dash, folder, today)
    _maps(svc, led, dash, folder)
    return led


def _indicator_actuals(svc, year: int, today: date) -> dict[str, object]:
    """The computed indicators' actuals as the indicators window shows them, by metric."""
    return {i.metric: i.values[year].actual for i in svc.indicators.indicators(today)
            if i.metric and year in i.values}


def _printed_indicators(svc, folder: Path, year: int, today: date) -> dict[str, object]:
    """The indicators report read back: the actual of each computed indicator by metric."""
    path = folder / "indicators.xlsx"
    svc.indicator_reports.indicators_report(year, path, today)
    by_name = {i.name: i.metric for i in svc.indicators.indicators(today) if i.metric}
    [rows] = sheets(path).values()
    return {by_name[r[1]]: r[5] for r in rows if r and len(r) > 5 and r[1] in by_name}


def _annual(svc, folder: Path, year: int, today: date) -> dict[str, list[tuple]]:
    path = folder / "annual.xlsx"
    if not path.exists():
        svc.annual_reports.annual_report(year, path, today)
    return sheets(path)


def _summary(book) -> dict[tuple[str, str], object]:
    """The annual summary's (section, figure) → value."""
    out, section = {}, None
    for row in book[_r("Summary")][5:]:
        if not row or row[0] is None:
            continue
        if len(row) < 2 or row[1] is None and (len(row) < 3 or row[2] is None):
            section = row[0]
            continue
        out[(section, row[0])] = row[1]
    return out


def _participants(svc, led: Ledger, dash, folder: Path, year: int, today: date) -> None:
    members = svc.participants.members()
    led.put("participants", "dashboard", dash.members)
    led.put("participants", "participants window", len(members))
    window_roles = Counter(m.role for m in members)
    path = folder / "participants.xlsx"
    svc.participants_export.export_xlsx(path)
    [rows] = sheets(path).values()
    led.put("participants", "participants xlsx", len(rows) - 1)
    words = {w: r for r, w in ROLE_WORDS.items()}
    xlsx_roles = Counter(words.get(r[7]) for r in rows[1:])
    pdf = folder / "participants.pdf"
    svc.participants_export.export_pdf(pdf)
    text = pdf_text(pdf)
    actuals, printed, book = led.actuals, led.printed, led.book
    summary = _summary(book)
    part = _r("Participants")
    led.put("participants", "indicators window", actuals.get("participants"))
    led.put("participants", "indicators report", printed.get("participants"))
    led.put("participants", "annual summary", summary[(part, _r("Participants at the end of the year"))])
    sheet = book[part]
    groups = {}
    for row in sheet:
        if row and isinstance(row[0], str) and (len(row) == 1 or all(c is None for c in row[1:])):
            name, _, n = row[0].rpartition(": ")
            if n.isdigit():
                groups[name] = int(n)
    led.put("participants", "annual participants sheet",
            sum(groups.get(role_label(r), 0) for r in MemberRole))
    metric = {MemberRole.COLLEGE: "colleges", MemberRole.EMPLOYER: "employers",
              MemberRole.SCHOOL: "schools"}
    for role in MemberRole:
        figure = f"participants: {role.value}"
        led.put(figure, "dashboard", dash.members_by_role.get(role.value, 0))
        led.put(figure, "participants window", window_roles.get(role.value, 0))
        led.put(figure, "participants xlsx", xlsx_roles.get(role, 0))
        # the PDF prints the role word in its own column, once a row
        led.put(figure, "participants PDF", len(re.findall(
            rf"(?<![\w-]){re.escape(ROLE_WORDS[role])}(?![\w-])", text)))
        led.put(figure, "annual summary", summary[(part, role_label(role))])
        led.put(figure, "annual participants sheet", groups.get(role_label(role), 0))
        if role in metric:
            led.put(figure, "indicators window", actuals.get(metric[role]))
            led.put(figure, "indicators report", printed.get(metric[role]))


def _form_rows(path: Path) -> list[tuple]:
    [rows] = sheets(path).values()
    return rows


def _money(svc, led: Ledger, dash, folder: Path, today: date) -> None:
    spending = svc.grants.spending(today=today)
    total = spending[-1].figures
    federal_names = {s.name for s in svc.grants.sources() if s.kind == FEDERAL}
    federal = {k: sum((getattr(r.figures, k) for r in spending
                       if r.level == "source" and r.category == FEDERAL), Decimal(0))
               for k in KINDS}
    for k in KINDS:
        led.put(f"money {k}", "spending window", getattr(total, k))
        led.put(f"grant {k}", "spending window", federal[k])
    for k in ("planned", "contracted", "paid"):
        led.put(f"money {k}", "dashboard", getattr(dash, k))
        led.put(f"grant {k}", "dashboard", getattr(dash, f"grant_{k}"))
    # the monitoring form of this month, read back: the total and the federal subtotals
    form = folder / "form.xlsx"
    svc.monitoring.export_form(today.replace(day=1), form)
    rows = _form_rows(form)
    columns = {"planned": 8, "contracted": 10, "accepted": 12, "paid": 13}
    label = translate("MonitoringForm", "Total for all sources")
    [total_row] = [r for r in rows if r and len(r) > 1 and r[1] == label]
    subtotals = {translate("MonitoringForm", "Subtotal: {source}").format(source=n)
                 for n in federal_names}
    sub_rows = [r for r in rows if r and len(r) > 1 and r[1] in subtotals]
    for k, col in columns.items():
        led.put(f"money {k}", "monitoring form", total_row[col])
        led.put(f"grant {k}", "monitoring form",
                sum((Decimal(str(r[col] or 0)) for r in sub_rows), Decimal(0)))
    # contracts past their delivery date: the dashboard's card, the form, the data check
    late = translate("MonitoringForm", "Overdue (delivery was due {date})").split("{")[0]
    led.put("contracts overdue", "dashboard", dash.overdue_contracts)
    led.put("contracts overdue", "monitoring form",
            sum(1 for r in rows if r and len(r) > 7 and str(r[7] or "").startswith(late)))
    led.put("contracts overdue", "data check",
            led.check.get("contract.delivery_overdue", 0))
    # the annual report: its summary and its spending sheet
    book = led.book
    summary = _summary(book)
    spend = _r("Spending")
    for k, label in (("planned", "Planned"), ("contracted", "Contracted"), ("paid", "Paid")):
        led.put(f"money {k}", "annual summary", summary[(spend, _r(label))])
    sheet = book[spend]
    cols = {"planned": 2, "contracted": 3, "accepted": 4, "paid": 5}
    grant_kind = translate("Grants", "Federal grant")
    for k, col in cols.items():
        led.put(f"money {k}", "annual spending sheet", first(sheet, translate("Grants", "Total"), col))
        led.put(f"grant {k}", "annual spending sheet", sum(
            (Decimal(str(r[col] or 0)) for r in sheet
             if r and len(r) > col and r[1] == grant_kind and not str(r[0]).startswith(" ")),
            Decimal(0)))
    # the share of the federal grant contracted: the indicator and the dashboard's card
    led.put("grant % contracted", "dashboard", dash.pct_grant_contracted)
    led.put("grant % contracted", "indicators window",
            led.actuals.get("grant_contracted", dash.pct_grant_contracted))


def _workshops(svc, led: Ledger, folder: Path, year: int, today: date) -> None:
    from app.services.readiness import workshop_state

    rows = [r for r in svc.sites.readiness_map() if r.workshop]
    states = Counter(workshop_state(r.figures) for r in rows)
    delivered = states["delivered"] + states["commissioned"]
    led.put("workshops", "readiness map (window)", len(rows))
    led.put("workshops delivered", "readiness map (window)", delivered)
    led.put("workshops commissioned", "readiness map (window)", states["commissioned"])
    # the map as printed: a workshop's row is indented; 100 % read as the cell's value
    path = folder / "readiness.xlsx"
    svc.reports.readiness(path, today)
    # (indented by the cell's alignment, not by leading spaces)
    ws = load_workbook(path, data_only=True).active
    printed = [tuple(c.value for c in row) for row in ws.iter_rows()
               if row[0].alignment.indent and isinstance(row[0].value, str)]
    led.put("workshops", "readiness map xlsx", len(printed))

    def full(value) -> bool:
        return value == "—" or value is not None and Decimal(str(value)) >= 100

    def commissioned(r) -> bool:  # equipment and software, whichever the list has
        return full(r[7]) and full(r[9]) and (r[7], r[9]) != ("—", "—")

    led.put("workshops delivered", "readiness map xlsx",
            sum(1 for r in printed if commissioned(r) or r[3] != "—" and full(r[3])))
    led.put("workshops commissioned", "readiness map xlsx", sum(map(commissioned, printed)))
    if "workshops_commissioned" in led.actuals:
        led.put("workshops commissioned", "indicators window",
                led.actuals["workshops_commissioned"])
        led.put("workshops commissioned", "indicators report",
                led.printed["workshops_commissioned"])
    summary = _summary(led.book)
    ready = _r("Readiness")
    led.put("workshops", "annual summary", summary[(ready, _r("Workshops"))])
    led.put("workshops delivered", "annual summary",
            summary[(ready, _r("Workshops with all equipment delivered"))])
    led.put("workshops commissioned", "annual summary",
            summary[(ready, _r("Workshops with all equipment commissioned"))])


def _reach(svc, led: Ledger, dash, folder: Path, year: int, today: date) -> None:
    start, end = date(year, 1, 1), date(year, 12, 31)
    reach = svc.reach.summary(start, end)
    path = folder / "reach.xlsx"
    svc.event_reports.reach_report(start, end, path)
    [sheet] = sheets(path).values()
    book = led.book
    annual_sheet = book[_r("Reach")]
    annual_from = index(annual_sheet, _r("Annual work plan of the cluster (not counted toward the targets)"))
    sheet_from = index(sheet, _r("Annual work plan of the cluster (not counted toward the targets)"))
    for code in Audience:
        figure = f"reach: {code.value}"
        led.put(figure, "reach window", reach.people[code.value])
        led.put(figure, "reach report", first(sheet, audience_label(code)))
        led.put(figure, "annual reach sheet", first(annual_sheet, audience_label(code)))
        figure = f"annual plan reach: {code.value}"
        led.put(figure, "reach window", reach.annual.people[code.value])
        led.put(figure, "reach report", first(sheet, audience_label(code), after=sheet_from))
        led.put(figure, "annual reach sheet",
                first(annual_sheet, audience_label(code), after=annual_from))
    pupils = sum(reach.people[a] for a in PUPILS)
    label = translate("Reach", "Pupils of grades 6–11 reached")
    led.put("reach: pupils 6–11", "reach window", pupils)
    led.put("reach: pupils 6–11", "reach report", first(sheet, label))
    led.put("reach: pupils 6–11", "annual reach sheet", first(annual_sheet, label))
    total = _r("Total people reached")
    summary = _summary(book)
    events = _r("Events and reach")
    held = [e for e in svc.events.events(date_from=start, date_to=end, today=today)
            if e.status == "held"]
    led.put("reach: total", "reach window", reach.total_people)
    led.put("reach: total", "events window", sum(e.actual_reach for e in held
                                                 if e.plan_kind in POPULARIZATION))
    led.put("reach: total", "dashboard", dash.reach_year)
    led.put("reach: total", "reach report", first(sheet, total))
    led.put("reach: total", "annual reach sheet", first(annual_sheet, total))
    led.put("reach: total", "annual summary", summary[(events, total)])
    led.put("events held", "reach window", reach.events_held)
    led.put("events held", "events window", sum(1 for e in held if e.plan_kind in POPULARIZATION))
    led.put("events held", "reach report", first(sheet, _r("Events held")))
    led.put("events held", "annual summary", summary[(events, _r("Events held"))])
    actuals, printed = led.actuals, led.printed
    for metric, figure in (("people_reached", "reach: total"), ("events_held", "events held")):
        if metric in actuals:
            led.put(figure, "indicators window", actuals[metric])
            led.put(figure, "indicators report", printed[metric])
    plan = _r("Annual work plan of the cluster")
    led.put("annual plan reach: total", "reach window", reach.annual.total_people)
    led.put("annual plan reach: total", "events window",
            sum(e.actual_reach for e in held if e.plan_kind not in POPULARIZATION))
    led.put("annual plan reach: total", "dashboard", dash.reach_year_annual)
    led.put("annual plan reach: total", "reach report", first(sheet, total, after=sheet_from))
    led.put("annual plan reach: total", "annual summary",
            summary[(plan, _r("People reached by the annual work plan"))])
    # КЦП: the admission table, the reach targets, the indicators, the annual report
    admissions = svc.training.admissions(year)
    planned = sum(a.places_planned for a in admissions)
    admitted = sum(a.admitted for a in admissions)
    kcp = translate("Reach", "Admission figures (КЦП) met")
    led.put("КЦП planned", "admission window", planned)
    led.put("КЦП planned", "reach window", reach.admission[0])
    led.put("КЦП planned", "reach report", first(sheet, kcp, 2))
    led.put("КЦП planned", "annual reach sheet", first(annual_sheet, kcp, 2))
    led.put("КЦП admitted", "admission window", admitted)
    led.put("КЦП admitted", "reach window", reach.admission[1])
    led.put("КЦП admitted", "reach report", first(sheet, kcp, 1))
    led.put("КЦП admitted", "annual reach sheet", first(annual_sheet, kcp, 1))
    if admissions:
        adm = _r("Admission")
        led.put("КЦП planned", "annual summary", summary[(adm, _r("Admission figures (КЦП)"))])
        led.put("КЦП admitted", "annual summary", summary[(adm, _r("Admitted"))])
        admission_sheet = book[_r("Admission")]
        [total_row] = [r for r in admission_sheet if r and len(r) > 4 and r[1] == _r("Total")]
        led.put("КЦП planned", "annual admission sheet", total_row[3])
        led.put("КЦП admitted", "annual admission sheet", total_row[4])
    target = next(t for t in reach.targets if t.code == "admission")
    led.put("КЦП %", "reach window", target.percent)
    led.put("КЦП %", "reach report", first(sheet, kcp, 3))
    if "admission_filled" in actuals:
        led.put("КЦП %", "indicators window", actuals["admission_filled"])
        led.put("КЦП %", "indicators report", printed["admission_filled"])


def _findings(svc, led: Ledger, dash, folder: Path, today: date) -> None:
    open_ = svc.findings.list_findings(status=FindingStatus.OPEN.value, today=today)
    overdue = svc.findings.list_findings(overdue=True, today=today)
    led.put("findings open", "dashboard", dash.findings_open)
    led.put("findings open", "findings window", len(open_))
    led.put("findings overdue", "dashboard", dash.findings_overdue)
    led.put("findings overdue", "findings window", len(overdue))
    led.put("findings overdue", "data check",
            led.check.get("finding.overdue", 0))
    # the acts as printed: each open finding's status, «Просрочено (срок …)» when past due
    late = translate("Inspections", "Overdue (due {date})").split("{")[0].strip()
    still = translate("Inspections", "Open")
    printed_open = printed_late = 0
    for n, inspection in enumerate(svc.inspections.list_inspections()):
        path = folder / f"act-{n}.pdf"
        svc.inspection_reports.write_inspection_report(inspection.id, path)
        text = " ".join(pdf_text(path).split())  # a status wraps in its narrow column
        printed_late += text.count(late)
        printed_open += len(re.findall(rf"(?<!\w){re.escape(still)}(?!\w)", text))
    led.put("findings overdue", "inspection acts", printed_late)
    led.put("findings open", "inspection acts", printed_open + printed_late)


def _maps(svc, led: Ledger, dash, folder: Path) -> None:
    approved = svc.career_maps.maps(status="approved")
    led.put("career maps approved", "dashboard", dash.career_maps.get("approved", 0))
    led.put("career maps approved", "career maps window", len(approved))
    if approved:
        batch = svc.career_map_reports.write_approved(folder / "maps")
        led.put("career maps approved", "print batch", batch.maps)
        led.put("career maps approved", "print batch pages", pdf_pages(batch.combined))
