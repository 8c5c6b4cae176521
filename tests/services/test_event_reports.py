"""Event plan and reach reports, read back from the files: openpyxl for xlsx, pdftotext for
PDF.  Labels are compared through the same translate() call the report makes, so the tests
hold with and without the Russian translation filled in."""

from __future__ import annotations

import re
import subprocess
import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.services import Services
from app.services.base import translate
from app.services.errors import ValidationError
from app.services.event_codes import (
    MANDATORY,
    VARIABLE,
    PlanKind,
    audience_label,
    section_label,
    status_label,
)
from app.services.event_data import EventData, EventRow
from app.services.governance_codes import DecisionSubject
from app.services.participants import OrganizationData
from app.services.permissions import Actor, Role
from app.services.reach import BaselineData
from app.services.reports.model import Column, TableReport
from app.services.reports.pdf import write_pdf
from app.services.reports.plans import group_events
from app.services.training import AdmissionData
from tests.council_decisions import council_decision

YEAR = 2026  # fixed: the protocol reads «20.01.2026»; the events marked held are in the past
COUNCIL = "Регионального наблюдательного совета «Кадры & Производство»"
PROTOCOL_DAY = date(YEAR, 1, 20)


def sheet(path: Path) -> list[tuple]:
    wb = load_workbook(path, data_only=True)
    rows = [tuple(r) for r in wb.active.iter_rows(values_only=True)]
    wb.close()
    return rows


def pdf_text(path: Path, *pages: str) -> str:
    return subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def squeeze(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def words(path: Path) -> list[tuple[float, float, str]]:
    """(x, y, word) of every word on page 1, from pdftotext's bounding boxes."""
    html = pdf_text(path, "-bbox", "-f", "1", "-l", "1")
    return [(float(x), float(y), w) for x, y, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]


def tr(text: str, **values) -> str:
    return translate("Reports", text).format(**values)


def approval(number: str, day: str, revision: int = 0, draft: bool = False) -> list[str]:
    lines = [tr("DRAFT")] if draft else []
    lines += [tr("APPROVED"),
              tr("by the minutes of the meeting of {body}", body="_" * 24 if draft else COUNCIL),
              tr("No. {number} of {date}", number=number, date=day)]
    return lines + ([tr("Revision No. {number}", number=revision)] if revision else [])


def in_order(services, plan_id) -> list[EventData]:
    rows = sorted(services.events.events(plan_id=plan_id), key=lambda r: r.position)
    return [services.events.event(r.id) for r in rows]


@pytest.fixture
def plan(services):
    """The 2026 plan of events from the template (15 mandatory + 14 variable), one event
    given three days, a place, a responsible organization and person, a planned reach."""
    plan = services.events.create_plan(YEAR, PlanKind.EVENTS)
    college = services.participants.create(OrganizationData(
        full_name="Бюджетное профессиональное образовательное учреждение «Машиностроительный "
                  "колледж»", short_name="БПОУ «МК»"))
    first = in_order(services, plan.id)[0]
    services.events.save_event(replace(
        first, starts_on=date(YEAR, 9, 15), ends_on=date(YEAR, 9, 17), place="Актовый зал",
        responsible_org_id=college.id, responsible_person="Иванова И. И.", planned_reach=300))
    return services.events.plan(plan.id)


def _decided(services) -> object:
    return council_decision(services, DecisionSubject.PLAN, "7", PROTOCOL_DAY,
                            council=("Региональный наблюдательный совет", COUNCIL))


def test_approved_plan_in_xlsx_numbered_grouped_and_signed(services, plan, tmp_path):
    services.events.approve(plan.id, _decided(services))
    out = tmp_path / "план.xlsx"
    assert services.event_reports.plan_report(plan.id, out) == 29
    rows = sheet(out)

    top = [next(v for v in row if v) for row in rows[:3]]
    assert top == approval("7", "20.01.2026")
    assert rows[0].index(tr("APPROVED")) > 3  # in the right-hand columns
    assert not any(rows[3]) and rows[4][0] == plan.title

    header = next(i for i, r in enumerate(rows) if r[0] == tr("Item no."))
    body = rows[header + 1:header + 32]
    assert body[0][0] == section_label(MANDATORY) and not any(body[0][1:])
    assert body[16][0] == section_label(VARIABLE) and not any(body[16][1:])
    events = [r for r in body if isinstance(r[0], int)]
    assert [r[0] for r in events] == list(range(1, 30))
    assert events[14][0] == 15 and body[17][0] == 16  # numbering runs on across sections
    expected = in_order(services, plan.id)
    mandatory = [e.title for e in expected if e.section == MANDATORY]
    variable = [e.title for e in expected if e.section == VARIABLE]
    assert [r[1] for r in events] == mandatory + variable

    first = events[0]
    assert first[2] == "15.09.2026 – 17.09.2026"
    assert first[3] == "Актовый зал"
    assert first[4] == ", ".join(audience_label(a) for a in expected[0].audiences)
    assert first[5] == "БПОУ «МК», Иванова И. И."
    assert first[6] == 300
    assert first[7] == translate("Events", "Planned")
    # a one-day event's date is a date cell (sorted and filtered as a date)
    assert events[1][2].date() == expected[1].starts_on
    assert events[1][6] is None  # no planned reach: a blank, not a zero
    assert not any(tr("Revisions of the plan") == r[0] for r in rows)


def test_draft_plan_is_marked_draft_with_blanks_for_the_protocol(services, plan, tmp_path):
    out = tmp_path / "проект.xlsx"
    services.event_reports.plan_report(plan.id, out)
    rows = sheet(out)
    assert [next(v for v in row if v) for row in rows[:4]] == approval(
        "____", "__________", draft=True)


def test_pdf_of_a_revised_plan(services, plan, tmp_path):
    services.events.approve(plan.id, _decided(services))
    moved = in_order(services, plan.id)[1]
    services.events.save_event(replace(moved, starts_on=date(YEAR, 3, 19)),
                               reason="Перенос по просьбе школ")
    out = tmp_path / "план.pdf"
    services.event_reports.plan_report(plan.id, out)
    text = squeeze(pdf_text(out))

    for line in approval("7", "20.01.2026", revision=1):
        assert squeeze(line) in text
    assert "20.01.2026" in text and COUNCIL in text  # «&» printed, not taken for markup
    assert section_label(MANDATORY) in text and section_label(VARIABLE) in text
    for event in in_order(services, plan.id):  # a long title wraps: look for its start
        assert " ".join(event.title.split()[:3]) in text
    assert "15.09.2026 – 17.09.2026" in text
    assert tr("Revisions of the plan") in text
    assert "Перенос по просьбе школ" in text
    assert f"{moved.starts_on:%d.%m.%Y} -> 19.03.2026" in text  # PT Sans has no «→»

    # the approval block sits top right, above the title
    found = words(out)
    first_word = tr("APPROVED").split()[0]
    x, y = next((x, y) for x, y, w in found if w == first_word)
    title_y = next(y for x, y, w in found if w == plan.title.split()[0])
    assert x > 842 / 2 and y < title_y
    # the narrow columns do not break words («Запланирова-но» once did)
    on_page = {w for _x, _y, w in found}
    assert status_label("planned") in on_page
    assert tr("Planned reach, people").split()[0] in on_page


def test_sections_of_other_plans_keep_their_order(services):
    def row(section: str, position: int) -> EventRow:
        return EventRow(uuid.uuid4(), uuid.uuid4(), YEAR, "", position, section,
                        f"№{position}", date(YEAR, 1, 1), None, "", "", (), 0, 0, "planned")

    events = [row(VARIABLE, 10), row(MANDATORY, 20), row("", 30), row(VARIABLE, 40)]
    assert [(t, [e.title for e in g]) for t, g in group_events(PlanKind.EVENTS, events)] == [
        (section_label(MANDATORY), ["№20"]), (section_label(VARIABLE), ["№10", "№40"]),
        (tr("Other events"), ["№30"])]
    annual = [row("Профориентация", 10), row("Организационная работа", 20),
              row("Профориентация", 30)]
    assert [(t, [e.title for e in g]) for t, g in group_events(PlanKind.ANNUAL, annual)] == [
        ("Профориентация", ["№10", "№30"]), ("Организационная работа", ["№20"])]
    (only,) = group_events(PlanKind.ANNUAL, [row("", 10), row("", 20)])
    assert only[0] == "" and len(only[1]) == 2  # no section anywhere: no header row


def test_annual_plan_groups_by_its_own_sections(services, tmp_path):
    plan = services.events.create_plan(YEAR, PlanKind.ANNUAL)
    out = tmp_path / "годовой.xlsx"
    services.event_reports.plan_report(plan.id, out)
    rows = sheet(out)
    header = next(i for i, r in enumerate(rows) if r[0] == tr("Item no."))
    groups = [r[0] for r in rows[header + 1:] if isinstance(r[0], str) and not any(r[1:])]
    sections = []
    for e in in_order(services, plan.id):
        if e.section not in sections:
            sections.append(e.section)
    assert groups[:len(sections)] == sections
    assert groups[0] == "Организационная работа"


def held(plan_id, day, reach, schools=(), enterprises=(), title="Профпробы") -> EventData:
    return EventData(plan_id=plan_id, title=title, starts_on=day, section=MANDATORY,
                     audiences=list(reach), status="held", reach=reach,
                     schools=list(schools), enterprises=list(enterprises))


@pytest.fixture
def reach_data(services):
    plan = services.events.create_plan(YEAR, PlanKind.EVENTS, source="empty")
    save = services.events.save_event
    save(held(plan.id, date(YEAR, 2, 10), {"grade_8_9": 40, "parents": 10},
              ["Школа № 1", "Школа № 2"], ["ООО «Станкозавод»"]))
    save(held(plan.id, date(YEAR, 3, 5), {"grade_10_11": 25, "college": 30},
              ["школа  № 1"], ["ООО «Станкозавод»", "АО «Литейщик»"]))
    save(EventData(plan_id=plan.id, title="Ярмарка", starts_on=date(YEAR, 5, 20)))
    save(EventData(plan_id=plan.id, title="Отменено", starts_on=date(YEAR, 4, 1),
                   status="cancelled", status_note="Карантин"))
    save(held(plan.id, date(YEAR, 8, 1), {"grade_6_7": 500}))  # after the period
    services.reach.save_baseline(BaselineData(YEAR, pupils=100, schools=4, students=60,
                                              enterprises=3))
    services.training.save_admission(AdmissionData(YEAR, "15.02.16", "Сварщик",
                                                   places_planned=50, admitted=50))
    return date(YEAR, 1, 1), date(YEAR, 6, 30)


def test_reach_report_in_xlsx_shows_the_summary(services, reach_data, tmp_path):
    out = tmp_path / "охват.xlsx"
    summary = services.event_reports.reach_report(*reach_data, out)
    assert (summary.events_total, summary.events_held, summary.total_people) == (3, 2, 105)
    assert (summary.schools, summary.enterprises) == (2, 2)

    rows = sheet(out)
    assert rows[0][0] == tr("Reach of the popularization events for the period {start} – {end}",
                            start="01.01.2026", end="30.06.2026")
    by_label: dict = {}  # the programme's rows come first; the annual plan repeats the labels
    for r in rows:
        if r[0]:
            by_label.setdefault(r[0], r[1:])
    assert by_label[tr("Events in the period (not cancelled)")][0] == 3
    assert by_label[tr("Events held")][:3] == (2, 3, 66.7)
    for code, people in summary.people.items():
        assert by_label[audience_label(code)][0] == people
    assert by_label[tr("Total people reached")][0] == 105
    assert by_label[tr("Schools involved (each counted once)")][0] == 2
    assert by_label[tr("Enterprises involved (each counted once)")][0] == 2
    figures = {t.code: t for t in summary.targets}
    assert figures["pupils"].actual == 65 and figures["pupils"].percent == Decimal("65.0")
    assert figures["students"].percent == Decimal("50.0")
    assert figures["enterprises"].met and figures["admission"].met
    for target in summary.targets:
        actual, base, pct, goal, met = by_label[target.label]
        assert (actual, base, Decimal(str(pct))) == (target.actual, target.base, target.percent)
        assert goal == tr("at least {goal} %", goal=target.goal)
        assert met == (tr("yes") if target.met else tr("no"))
    assert tr("Baselines (pupils, schools, college students, enterprises) are those of "
              "{year}.", year=YEAR) in by_label


def test_reach_report_without_baselines_and_in_pdf(services, tmp_path):
    plan = services.events.create_plan(YEAR, PlanKind.EVENTS, source="empty")
    services.events.save_event(held(plan.id, date(YEAR, 2, 10), {"grade_8_9": 1234},
                                    ["Школа № 7"], title="Неделя без турникетов"))
    out = tmp_path / "охват.pdf"
    services.event_reports.reach_report(date(YEAR, 1, 1), date(YEAR, 3, 31), out)
    text = squeeze(pdf_text(out))
    assert "01.01.2026" in text and "31.03.2026" in text
    assert "1 234" in text
    assert tr("no baseline") in text
    assert squeeze(tr("No baselines are entered for {year}: the percentages are not computed.",
                      year=YEAR)) in text


def test_a_report_file_must_be_xlsx_or_pdf(services, plan, tmp_path):
    """The reach report is a table (xlsx or PDF); the plan is also written in Word (.docx),
    for the council's secretary to edit — nothing else."""
    with pytest.raises(ValidationError) as error:
        services.event_reports.reach_report(date(YEAR, 1, 1), date(YEAR, 2, 1),
                                            tmp_path / "отчёты" / "отчёт.docx")
    assert error.value.errors["out"] == tr("The report file must end in .xlsx or .pdf.")
    with pytest.raises(ValidationError) as error:
        services.event_reports.plan_report(plan.id, tmp_path / "отчёты" / "план.odt")
    assert error.value.errors["out"] == tr("The plan file must end in .xlsx, .pdf or .docx.")
    assert not (tmp_path / "отчёты").exists()


def test_a_council_member_prints_the_plan(services, plan, tmp_path):
    council = Services(services.store, Actor("член совета", Role.COUNCIL))
    assert council.event_reports.plan_report(plan.id, tmp_path / "план.pdf") == 29


def test_a_section_header_never_ends_a_page(tmp_path):
    def lines(page: str) -> list[str]:
        return [line.strip() for line in page.splitlines()
                if re.match(r"(Раздел \d+|\d+ строка \d+)$", line.strip())]

    moved = 0
    for lead in range(7):  # page breaks fall at every place within a section once
        report = TableReport("Разделы", [Column("№", "int", 5), Column("Строка", "text", 60)])
        report.rows += [[n, f"строка {n}"] for n in range(lead)]
        for n in range(lead, 150):
            if (n - lead) % 7 == 0:
                report.group_rows.add(len(report.rows))
                report.rows.append([f"Раздел {(n - lead) // 7}"])
            report.rows.append([n, f"строка {n}"])
        out = write_pdf(report, tmp_path / f"разделы-{lead}.pdf")
        pages = [lines(p) for p in pdf_text(out, "-layout").split("\f") if lines(p)]
        assert len(pages) > 3
        for page in pages:
            assert not page[-1].startswith("Раздел "), page
        shown = [line for page in pages for line in page]
        assert len(shown) == len(report.rows)  # every row printed once, in order
        assert shown[-1] == "149 строка 149"
        moved += sum(page[0].startswith("Раздел ") for page in pages[1:])
    assert moved  # some page did start with a header that would have ended the page before
