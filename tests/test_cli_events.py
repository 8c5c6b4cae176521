"""The command line for event plans: «list plans», «report plan», «report reach»."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.bootstrap import main
from app.cli import parse_day
from app.services import Services, open_store
from app.services.base import translate
from app.services.event_codes import PlanKind
from app.services.event_data import EventData
from app.services.governance_codes import DecisionSubject
from tests.council_decisions import council_decision
from tests.helpers import read_sheet

YEAR = 2026


@pytest.fixture
def plans(db_url):
    """Two plans of 2026: the plan of events (approved) and a draft annual plan."""
    svc = Services(open_store(db_url))
    try:
        events = svc.events.create_plan(YEAR, PlanKind.EVENTS)
        svc.events.approve(events.id, council_decision(svc, DecisionSubject.PLAN, "7",
                                                       date(YEAR, 1, 20)))
        annual = svc.events.create_plan(YEAR, PlanKind.ANNUAL, title="Годовой\tплан\nработы")
        svc.events.save_event(EventData(
            plan_id=annual.id, title="Экскурсия на завод", starts_on=date(YEAR, 2, 10),
            audiences=["grade_8_9"], status="held", reach={"grade_8_9": 25},
            schools=["Школа № 3"]))
        return {p.kind: p for p in svc.events.plans()}
    finally:
        svc.close()


def test_list_plans_one_a_line_id_first(db_url, plans, capsys):
    assert main(["--db", db_url, "list", "plans"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sorted(lines) == sorted(
        f"{p.id}\t{p.year}\t{p.kind}\t{p.status}\t{' '.join(p.title.split())}"
        for p in plans.values())
    fields = {line.split("\t")[2]: line.split("\t") for line in lines}
    assert fields["events"][3] == "approved" and fields["annual"][3] == "draft"
    assert fields["annual"][4] == "Годовой план работы"  # a tab in a title cannot split it


def test_report_plan_to_xlsx_and_pdf(db_url, plans, tmp_path, capsys):
    plan = plans["events"]
    out = tmp_path / "план.xlsx"
    assert main(["--db", db_url, "report", "plan", "--plan", str(plan.id),
                 "--out", str(out)]) == 0
    assert "29" in capsys.readouterr().out
    values = [v for row in read_sheet(out) for v in row if v]
    assert translate("Reports", "No. {number} of {date}").format(
        number="7", date="20.01.2026") in values
    assert any(str(v).startswith("Торжественное открытие") for v in values)
    pdf = tmp_path / "план.pdf"
    assert main(["--db", db_url, "report", "plan", "--plan", str(plan.id),
                 "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_report_reach(db_url, plans, tmp_path, capsys):
    out = tmp_path / "охват.xlsx"
    assert main(["--db", db_url, "report", "reach", "--from", "2026-01-01",
                 "--to", "31.03.2026", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    # the only event held is the annual work plan's: the programme's figures stay 0, and the
    # 25 pupils are shown apart, never counted toward the targets
    assert str(out) in said and "25" not in said
    rows = read_sheet(out)
    assert "01.01.2026" in rows[0][0] and "31.03.2026" in rows[0][0]
    apart = next(i for i, row in enumerate(rows)
                 if str(row[0] or "").startswith("Годовой план работы кластера"))
    assert 25 in [row[1] for row in rows[apart:]]
    assert 25 not in [row[1] for row in rows[:apart]]


@pytest.mark.parametrize("args", [
    ["report", "plan", "--plan", str(uuid.uuid4())],
    ["report", "plan", "--plan", "не-номер"],
    ["report", "plan"],
    ["report", "reach", "--from", "2026-13-01", "--to", "2026-12-31"],
    ["report", "reach", "--from", "31.02.2026", "--to", "2026-12-31"],
    ["report", "reach", "--from", "вчера", "--to", "2026-12-31"],
    ["report", "reach", "--from", "2026-12-31", "--to", "2026-01-01"],
    ["report", "reach", "--from", "2026-01-01"],
])
def test_bad_input_exits_2_and_writes_nothing(db_url, plans, tmp_path, capsys, args):
    out = tmp_path / "отчёт.xlsx"
    assert main(["--db", db_url, *args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err
    assert not out.exists()


def test_a_report_file_of_another_kind_is_refused(db_url, plans, tmp_path, capsys):
    out = tmp_path / "план.odt"
    assert main(["--db", db_url, "report", "plan", "--plan", str(plans["events"].id),
                 "--out", str(out)]) == 1
    assert not out.exists() and capsys.readouterr().err.strip()


def test_dates_in_both_spellings():
    assert parse_day("2026-03-12") == parse_day(" 12.03.2026 ") == date(2026, 3, 12)
    assert parse_day("1.3.2026") == date(2026, 3, 1)
    for bad in ("", "12.03.26", "2026-02-30", "12/03/2026"):
        with pytest.raises(ValueError):
            parse_day(bad)
