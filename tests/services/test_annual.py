"""The annual report, the indicators report, the protocol, the dashboard, on the demo
cluster with the governance demo added.  Files are read back: openpyxl and pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.models import (
    AdmissionFigure,
    Council,
    Decision,
    Expert,
    Indicator,
    Meeting,
    Membership,
    NetworkAgreement,
    SharedUse,
    StaffTraining,
)
from app.services.base import translate

TODAY = date.today()
YEAR = TODAY.year


def _t(text: str) -> str:  # (tests only: lupdate reads app/)
    return translate("Reports", text)


@pytest.fixture
def full(demo):
    """The demo cluster, whose seed includes the councils, programme, training and network."""
    return demo


def sheets(path) -> list[list[tuple]]:
    wb = load_workbook(path, read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
        width = max((len(r) for r in rows), default=0)
        out.append([r + (None,) * (width - len(r)) if r else r for r in rows])
    wb.close()
    return out


def pdftotext(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


def _value(rows: list[tuple], label: str, column: int = 1):
    [row] = [r for r in rows if r and r[0] == label]
    return row[column]


def _first(rows: list[tuple], label: str, column: int = 1):
    """The reach sheet repeats its labels for the annual work plan, after the programme's."""
    return next(r for r in rows if r and r[0] == label)[column]


def test_demo_fills_every_part(full):
    # the plans keep the protocol of the meeting whose decision approved them
    [annual] = [p for p in full.events.plans() if p.kind == "annual"]
    [approving] = [d for d in full.governance.decisions(subject_kind="approve_plan")
                   if d.id == annual.approval_decision_id]
    assert (approving.meeting_number, approving.held_on) == (annual.protocol_no,
                                                            annual.approved_on)
    with full.store.sessions() as s:
        for model in (Council, Meeting, Decision, Indicator, StaffTraining, AdmissionFigure,
                      NetworkAgreement, SharedUse, Expert):
            assert s.scalar(select(func.count()).select_from(model)) > 0, model
        excluded = s.scalars(select(Membership).where(Membership.leave_kind == "exclusion")).all()
        assert len(excluded) == 1 and excluded[0].exclusion_decision_id is not None
        assert s.scalar(select(func.count()).where(
            Membership.admission_decision_id.is_not(None))) > 0
    rows = full.indicators.rows(YEAR)
    assert sum(1 for r in rows if r.computed and r.actual) >= 10
    assert any(r.behind for r in rows)


def test_annual_workbook_agrees_with_the_section_reports(full, tmp_path):
    data = full.annual_reports.annual_report(YEAR, tmp_path / "annual.xlsx", TODAY)
    full.indicator_reports.indicators_report(YEAR, tmp_path / "ind.xlsx", TODAY)
    full.event_reports.reach_report(date(YEAR, 1, 1), date(YEAR, 12, 31), tmp_path / "r.xlsx")
    full.reports.readiness(tmp_path / "ready.xlsx", TODAY)
    book = sheets(tmp_path / "annual.xlsx")
    summary, members, _net, reach, spending, ready, _tr, admission, indicators, _c, *_ = book
    # the sections are the section reports themselves: the same cells
    assert indicators == sheets(tmp_path / "ind.xlsx")[0]
    assert reach == sheets(tmp_path / "r.xlsx")[0]
    assert ready == sheets(tmp_path / "ready.xlsx")[0]
    # the summary's figures are those of the sections
    assert _value(summary, _t("Events held")) == _first(reach, _t("Events held")) > 0
    assert _value(summary, _t("Total people reached")) == _first(
        reach, _t("Total people reached")) > 0
    header = members.index(next(r for r in members if r and r[0] == _t("Organization")))
    body = [r for r in members[header + 1:] if len(r) > 1 and r[1] is not None]  # not groups
    current = [r for r in body if r[4] is None]
    assert _value(summary, _t("Participants at the end of the year")) == len(current) > 0
    assert _value(summary, _t("Left during the year")) == len(body) - len(current)
    assert Decimal(str(_value(summary, _t("Contracted")))) == Decimal(str(
        _value(spending, translate("Grants", "Total"), 3)))
    [total_row] = [r for r in admission if len(r) > 1 and r[1] == _t("Total")]
    assert _value(summary, _t("Admitted")) == total_row[4] > 0
    head = indicators.index(next(r for r in indicators if r and r[0] == _t("No.")))
    ind_rows = [r for r in indicators[head + 1:] if len(r) > 1 and r[1]]
    behind = [r for r in ind_rows if isinstance(r[6], int | float) and r[6] < 0]
    assert _value(summary, _t("Behind the target")) == len(behind) > 0
    # and the computed indicator counts participants the same way
    from app.services.metrics import METRICS

    [participants] = [r for r in ind_rows if r[1] == METRICS["participants"].label]
    assert participants[5] == len(current)
    assert data.reach.events_held == _first(reach, _t("Events held"))


def test_annual_and_indicators_pdf(full, tmp_path):
    full.annual_reports.annual_report(YEAR, tmp_path / "annual.pdf", TODAY)
    text = pdftotext(tmp_path / "annual.pdf")
    for title in (_t("Annual report of the cluster for {year}").format(year=YEAR),
                  _t("Participants of the cluster at the end of {year}").format(year=YEAR),
                  _t("Network cooperation in {year}").format(year=YEAR),
                  _t("Site readiness map"),
                  _t("Performance indicators of the programme of activity for {year}").format(
                      year=YEAR)):
        assert title.split(" {")[0][:40] in " ".join(text.split()), title
    rows = full.indicator_reports.indicators_report(YEAR, tmp_path / "ind.pdf", TODAY)
    text = " ".join(pdftotext(tmp_path / "ind.pdf").split())
    assert rows and all(r.name[:20] in text for r in rows[:5])


def test_protocol_pdf(full, tmp_path):
    [excluding] = full.governance.decisions(subject_kind="exclude_participant")
    [meeting] = [m for m in full.governance.meetings() if m.id == excluding.meeting_id]
    out = full.protocols.protocol(meeting.id, tmp_path / "p.pdf")
    text = " ".join(pdftotext(out).split())
    data = full.protocols.protocol_data(meeting.id)
    assert _t("MINUTES No. {number}").format(number=meeting.number) in text
    assert data.present() and all(m.full_name in text for m in data.present())
    assert "Исключить" in text and "п. 5.3" in text
    assert meeting.held_on.strftime("%d.%m.%Y") in text


def test_dashboard_summary(full):
    d = full.dashboard.summary(TODAY)
    total = full.grants.spending(today=TODAY)[-1].figures
    assert (d.contracted, d.paid) == (total.contracted, total.paid)
    assert d.grant_planned > 0 and d.pct_grant_contracted is not None
    assert len(d.roadmap_overdue) == sum(1 for i in full.roadmap.items() if i.overdue(TODAY))
    month = [e for e in full.events.events(date_from=TODAY.replace(day=1), date_to=TODAY)
             if e.status != "cancelled"]
    assert d.events_month >= len(month)
    assert d.findings_overdue == len(full.findings.list_findings(overdue=True, today=TODAY))
    assert [b.name for b in d.indicators_behind] == [
        r.name for r in full.indicators.rows(YEAR, TODAY) if r.behind]
    assert len(d.money_by_month) == 12
