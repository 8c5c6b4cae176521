"""Issue 17, items 3 and 4: one КЦП (the admission figures are its record, every report reads
it from there) and reach toward the popularization programme's four targets counting only
the programme's own plans (the annual work plan is shown apart).  Files are read back:
openpyxl for xlsx, pdftotext for PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import inspect, select

from app.models import ReachBaseline
from app.services import clock
from app.services.base import translate
from app.services.event_codes import MANDATORY, Audience, PlanKind
from app.services.event_data import EventData
from app.services.indicators import IndicatorData, ProgrammeData
from app.services.metrics import METRICS
from app.services.reach import BaselineData
from app.services.training import AdmissionData

YEAR = 2025  # a whole past year for the hand-built cluster


def _r(text: str) -> str:  # (tests only: lupdate reads app/)
    return translate("Reports", text)


def held(plan_id, day: date, reach: dict[str, int], schools=(), enterprises=(),
         title="Мероприятие") -> EventData:
    return EventData(plan_id=plan_id, title=title, starts_on=day, section=MANDATORY,
                     audiences=list(reach), status="held", reach=reach,
                     schools=list(schools), enterprises=list(enterprises))


def book(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path, read_only=True, data_only=True)
    out = {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    wb.close()
    return out


def first_sheet(path: Path) -> list[tuple]:
    return next(iter(book(path).values()))


def row_of(rows: list[tuple], label: str, column: int = 0) -> tuple:
    """The first row whose ``column`` holds ``label`` (the programme's rows come before the
    annual plan's in the reach report)."""
    return next(r for r in rows if r and len(r) > column and r[column] == label)


def rows_after(rows: list[tuple], header: str) -> list[tuple]:
    start = next(i for i, r in enumerate(rows) if r and r[0] == header)
    return rows[start + 1:]


def pdf_lines(path: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                          check=True, capture_output=True, text=True).stdout
    return [" ".join(line.replace("\u00a0", " ").replace("\u202f", " ").split())
            for line in text.splitlines()]


def pdf_number(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def pdf_percent(p: Decimal) -> str:
    return f"{p:.1f}".replace(".", ",")


# ---- item 4: the four targets count the popularization programme only -------------------
def test_the_targets_count_the_popularization_plans_and_the_annual_plan_is_apart(services,
                                                                                  tmp_path):
    popular = services.events.create_plan(YEAR, PlanKind.EVENTS, source="empty")
    campaign = services.events.create_plan(YEAR, PlanKind.CAMPAIGN, source="empty")
    annual = services.events.create_plan(YEAR, PlanKind.ANNUAL, source="empty")
    save = services.events.save_event
    save(held(popular.id, date(YEAR, 3, 10), {"grade_8_9": 120, "college": 40},
              ["Школа № 1"], ["ООО «Станкозавод»"], title="Профпробы"))
    save(held(campaign.id, date(YEAR, 4, 2), {"grade_10_11": 30, "parents": 10},
              ["Школа № 2"], title="Прямой эфир"))
    # the annual work plan: a demo exam and industrial practice, big numbers on purpose
    save(held(annual.id, date(YEAR, 5, 20), {"college": 503, "teachers": 12},
              ["Школа № 3"], ["АО «Литейщик»", "ПАО «Северсталь»"], title="Демоэкзамен"))
    save(held(annual.id, date(YEAR, 6, 1), {"college": 200, "grade_10_11": 50},
              title="Производственная практика"))
    services.reach.save_baseline(BaselineData(YEAR, pupils=1000, schools=10, students=400,
                                              enterprises=5))

    out = tmp_path / "охват.xlsx"
    summary = services.event_reports.reach_report(date(YEAR, 1, 1), date(YEAR, 12, 31), out)
    targets = {t.code: (t.actual, t.base) for t in summary.targets}
    assert targets["pupils"] == (150, 1000)  # 120 + 30: not the practice's 50
    assert targets["students"] == (40, 400)  # not the exam's 503 nor the practice's 200
    assert targets["schools"] == (2, 10) and targets["enterprises"] == (1, 5)
    assert (summary.events_held, summary.total_people) == (2, 200)
    assert (summary.annual.events_held, summary.annual.total_people) == (2, 765)
    assert summary.annual.people[Audience.COLLEGE] == 703
    assert (summary.annual.schools, summary.annual.enterprises) == (1, 2)

    # the report: the targets from the programme's plans, the annual plan in its own section
    rows = first_sheet(out)
    targets_at = next(i for i, r in enumerate(rows)
                      if r and r[0] == _r("Targets of the popularization programme"))
    annual_at = next(i for i, r in enumerate(rows) if r and r[0] == _r(
        "Annual work plan of the cluster (not counted toward the targets)"))
    assert targets_at < annual_at
    programme, apart = rows[:annual_at], rows[annual_at:]
    assert row_of(programme, _r("Total people reached"))[1] == 200
    assert row_of(programme, translate("Reach", "College students reached"))[1:3] == (40, 400)
    assert row_of(apart, _r("Events held"))[1] == 2
    assert row_of(apart, _r("Total people reached"))[1] == 765

    # the computed indicators and the annual report count the same events
    with services.store.sessions() as s:
        cluster_id = s.scalar(select(ReachBaseline.cluster_id))
        assert METRICS["people_reached"].compute(s, cluster_id, YEAR) == 200
        assert METRICS["events_held"].compute(s, cluster_id, YEAR) == 2
    services.annual_reports.annual_report(YEAR, tmp_path / "год.xlsx", date(YEAR + 1, 1, 15))
    summary_sheet = book(tmp_path / "год.xlsx")[_r("Summary")]
    assert row_of(summary_sheet, _r("Total people reached"))[1] == 200
    assert row_of(summary_sheet, _r("People reached by the annual work plan"))[1] == 765


# ---- item 3: one КЦП, the same in the reach, indicators and annual reports --------------
def kcp_everywhere(services, year: int, indicator: str, tmp_path: Path, today: date,
                   ) -> tuple[int, int, Decimal]:
    """Write the three reports (xlsx and PDF), read КЦП back from each, assert they agree;
    return (places planned, admitted, per cent)."""
    admissions = services.training.admissions(year)
    planned = sum(a.places_planned for a in admissions)
    admitted = sum(a.admitted for a in admissions)
    pct = (Decimal(admitted) * 100 / planned).quantize(Decimal("0.1"), ROUND_HALF_UP)
    met_label = translate("Reach", "Admission figures (КЦП) met")
    first, last = date(year, 1, 1), date(year, 12, 31)

    services.event_reports.reach_report(first, last, tmp_path / "r.xlsx")
    reach_rows = first_sheet(tmp_path / "r.xlsx")
    _label, actual, base, percent, *_ = row_of(reach_rows, met_label)
    assert (actual, base, Decimal(str(percent))) == (admitted, planned, pct)

    services.indicator_reports.indicators_report(year, tmp_path / "i.xlsx", today)
    assert Decimal(str(row_of(first_sheet(tmp_path / "i.xlsx"), indicator, 1)[5])) == pct

    services.annual_reports.annual_report(year, tmp_path / "a.xlsx", today)
    sheets = book(tmp_path / "a.xlsx")
    summary = sheets[_r("Summary")]
    assert row_of(summary, _r("Admission figures (КЦП)"))[1] == planned
    assert row_of(summary, _r("Admitted"))[1] == admitted
    total = row_of(sheets[_r("Admission")], _r("Total"), 1)
    assert (total[3], total[4], Decimal(str(total[5]))) == (planned, admitted, pct)
    _label, actual, base, percent, *_ = row_of(sheets[_r("Reach")], met_label)
    assert (actual, base, Decimal(str(percent))) == (admitted, planned, pct)
    assert Decimal(str(row_of(sheets[_r("Indicators")], indicator, 1)[5])) == pct

    # the PDFs print the same numbers
    services.event_reports.reach_report(first, last, tmp_path / "r.pdf")
    services.indicator_reports.indicators_report(year, tmp_path / "i.pdf", today)
    services.annual_reports.annual_report(year, tmp_path / "a.pdf", today)
    reach_line = f"{met_label} {pdf_number(admitted)} {pdf_number(planned)} {pdf_percent(pct)}"
    assert any(line.startswith(reach_line) for line in pdf_lines(tmp_path / "r.pdf"))
    assert any(indicator in line and pdf_percent(pct) in line.split()
               for line in pdf_lines(tmp_path / "i.pdf"))
    annual = pdf_lines(tmp_path / "a.pdf")
    assert any(line.startswith(reach_line) for line in annual)
    assert any(line.startswith(_r("Admission figures (КЦП)"))
               and pdf_number(planned) in line for line in annual)
    return planned, admitted, pct


def test_kcp_is_the_admission_figures_in_every_report_of_a_small_cluster(services, tmp_path):
    services.indicators.save_programme(ProgrammeData("Программа деятельности", 2025, 2027))
    name = "Выполнение контрольных цифр приёма"
    services.indicators.save_indicator(IndicatorData(name, "%", metric="admission_filled"))
    for code, planned, admitted in (("15.02.16", 40, 37), ("15.01.05", 25, 26)):
        services.training.save_admission(AdmissionData(YEAR, code, "Профессия " + code,
                                                       places_planned=planned,
                                                       admitted=admitted))
    services.reach.save_baseline(BaselineData(YEAR, pupils=1000, schools=10))
    assert kcp_everywhere(services, YEAR, name, tmp_path, date(YEAR + 1, 1, 15)) == (
        65, 63, Decimal("96.9"))
    # the baselines' former copy of КЦП is gone from the schema: one place only
    columns = {c["name"] for c in inspect(services.store.engine).get_columns("reach_baseline")}
    assert not columns & {"admission_plan", "admission_actual"}


def test_kcp_is_the_admission_figures_in_every_report_of_the_demo(demo, tmp_path):
    today = clock.today()
    [indicator] = [i.name for i in demo.indicators.indicators(today)
                   if i.metric == "admission_filled"]
    planned, admitted, _pct = kcp_everywhere(demo, today.year, indicator, tmp_path, today)
    assert (planned, admitted) != (1_450, 1_482)  # the old typed copy of the demo
