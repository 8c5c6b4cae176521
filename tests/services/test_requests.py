"""Data requests: a request to five participants, one workbook each (pre-filled, protected,
with lists and a very hidden manifest), filled as a participant would, taken back from a
folder (a dry run first), the figures in the reach and annual reports, each record telling
where it came from; a file re-saved by LibreOffice is still accepted."""

from __future__ import annotations

import shutil
import uuid
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.models import Event, EventReach
from app.services import clock
from app.services.requests.workbook import MANIFEST, TEMPLATE_VERSION
from tests.helpers import read_sheet
from tests.services.request_files import (
    TODAY,
    YEAR_FROM,
    YEAR_TO,
    counts,
    data_sheet,
    fill_events,
    five_with_events,
    resave_with_libreoffice,
    set_today,
)

DUE = date(2026, 12, 20)


@pytest.fixture
def today():
    set_today()
    yield TODAY
    clock.set_now(None)


def _manifest(path) -> dict:
    wb = load_workbook(path)
    return {r[0]: r[1] for r in wb[MANIFEST].iter_rows(values_only=True)}


def _parents_held(services, event_ids) -> int:
    """Parents reached by those of the events that are held (what the reach report sums)."""
    with services.store.sessions() as s:
        rows = s.execute(select(EventReach.people).join(Event, Event.id == EventReach.event_id)
                         .where(Event.id.in_(event_ids), Event.status == "held",
                                EventReach.audience == "parents")).scalars()
        return sum(rows)


def test_a_request_to_five_participants_comes_back_from_a_folder(demo, today, tmp_path):
    five = five_with_events(demo)
    request = demo.requests.create("events", YEAR_FROM, YEAR_TO, DUE, [c.inn for c in five])
    assert (request.number, request.recipients) == (1, 5)
    out = tmp_path / "запрос"
    files = demo.requests.write_files(request.id, out)
    # one file per participant, each in a sub-folder named for it (its ИНН in the name)
    assert len(files) == 5 and len({f.parent for f in files}) == 5
    assert sorted(c.inn for c in five) == sorted(
        next(c.inn for c in five if c.inn in f.parent.name) for f in files)
    assert all(f.parent.parent == out and f.suffix == ".xlsx" for f in files)

    wb = load_workbook(files[0])
    owner = next(c for c in five if c.inn in files[0].parent.name)
    guide = " ".join(str(r[0]) for r in wb.worksheets[0].iter_rows(values_only=True) if r[0])
    assert owner.name in guide and owner.inn in guide and "20.12.2026" in guide
    ws = data_sheet(wb)
    assert ws.protection.sheet and ws["A1"].protection.locked and ws["A2"].protection.locked
    assert not ws["D2"].protection.locked and not ws["E2"].protection.locked
    kinds = {dv.type: dv for dv in ws.data_validations.dataValidation}
    assert "Проведено" in kinds["list"].formula1 and kinds["whole"].formula2 == "1000000"
    assert wb[MANIFEST].sheet_state == "veryHidden"
    manifest = _manifest(files[0])
    assert manifest["request_id"] == str(request.id) and manifest["inn"] == owner.inn
    assert manifest["template_version"] == TEMPLATE_VERSION and len(manifest["checksum"]) == 64
    assert [b.status for b in demo.requests.board(request.id)] == ["sent"] * 5

    keys = [uuid.UUID(v) for f in files for k, v in _manifest(f).items()
            if k.startswith("key")]
    before = demo.reach.summary(YEAR_FROM, YEAR_TO)
    old_parents = _parents_held(demo, keys)
    written = sum(sum(fill_events(f).values()) for f in files)

    unchanged = counts(demo)
    preview = demo.requests.take(out, dry_run=True)
    assert [o.status for o in preview] == ["checked"] * 5
    assert all(o.changes for o in preview) and counts(demo) == unchanged
    assert demo.reach.summary(YEAR_FROM, YEAR_TO).people == before.people

    taken = demo.requests.take(out)
    assert [o.status for o in taken] == ["accepted"] * 5, [o.reason for o in taken]
    after = demo.reach.summary(YEAR_FROM, YEAR_TO)
    parents = lambda s: s.people["parents"] + s.annual.people["parents"]  # noqa: E731
    assert parents(after) == parents(before) - old_parents + written
    assert [b.status for b in demo.requests.board(request.id)] == ["accepted"] * 5

    # each event changed tells where its figures came from
    source = demo.requests.provenance("event", keys[0])
    first = next(f for f in files if str(keys[0]) in _manifest(f).values())
    assert source is not None and source.file_name == first.name
    line = source.line()
    assert first.name in line and "07.12.2026" in line
    assert next(c.name for c in five if c.inn in first.parent.name) in line

    # the reports show the figures taken back
    reach = tmp_path / "охват.xlsx"
    shown = demo.event_reports.reach_report(YEAR_FROM, YEAR_TO, reach)
    assert shown.total_people == after.total_people
    cells = [v for row in read_sheet(reach) for v in row if v is not None]
    assert after.total_people in cells and after.people["parents"] in cells
    annual = tmp_path / "год.xlsx"
    data = demo.annual_reports.annual_report(2026, annual)
    assert data.reach.total_people == after.total_people and data.not_reported == []
    summary = [row for row in read_sheet(annual) if row and row[1] == after.total_people]
    assert summary, "the annual summary shows the people reached"


def test_a_file_resaved_by_libreoffice_is_still_accepted(demo, today, tmp_path):
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    one = five_with_events(demo)[0]
    request = demo.requests.create("events", YEAR_FROM, YEAR_TO, DUE, [one.inn])
    [path] = demo.requests.write_files(request.id, tmp_path / "out")
    fill_events(path, parents=7)
    resave_with_libreoffice(path, tmp_path)
    assert load_workbook(path)[MANIFEST].sheet_state in ("hidden", "veryHidden")
    [outcome] = demo.requests.take(path)
    assert outcome.status == "accepted", (outcome.reason, [str(e) for e in outcome.errors])
    assert outcome.changes


def test_training_and_admissions_come_back_with_new_rows(demo, today, tmp_path):
    """Known trainings pre-filled, a new person in a free row; admissions filled in."""
    college = next(c for c in demo.requests.candidates(YEAR_TO) if "ВПТ" in c.name)
    training = demo.requests.create("training", YEAR_FROM, YEAR_TO, DUE, [college.inn])
    [path] = demo.requests.write_files(training.id, tmp_path / "t")
    wb = load_workbook(path)
    ws = data_sheet(wb)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value is None
               and not ws.cell(r, 1).protection.locked)
    for col, value in enumerate(["Новикова Анна Петровна", "преподаватель",
                                 "Преподаватель", "Цифровые технологии в машиностроении",
                                 144, "ФГАОУ ДПО «Академия Минпросвещения России»",
                                 date(2026, 3, 1), date(2026, 5, 30), "ПК-2026-0042",
                                 date(2026, 6, 2)], start=1):
        ws.cell(row, col).value = value
    wb.save(path)
    [outcome] = demo.requests.take(path)
    assert outcome.status == "accepted", [str(e) for e in outcome.errors]
    made = [t for t in demo.training.trainings(2026) if t.full_name == "Новикова Анна Петровна"]
    assert len(made) == 1 and made[0].hours == 144 and made[0].organization
    source = demo.requests.provenance("staff_training", made[0].id)
    assert source is not None and source.file_name == path.name

    admissions = demo.requests.create("admissions", YEAR_FROM, YEAR_TO, DUE, [college.inn])
    [path] = demo.requests.write_files(admissions.id, tmp_path / "a")
    wb = load_workbook(path)
    ws = data_sheet(wb)
    free = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value is None)
    for col, value in enumerate(["15.01.05", "Сварщик (ручной и частично механизированной "
                                 "сварки)", 25, 25, 5, 20, 17], start=1):
        ws.cell(free, col).value = value
    wb.save(path)
    [outcome] = demo.requests.take(path)
    assert outcome.status == "accepted", [str(e) for e in outcome.errors]
    figure = next(a for a in demo.training.admissions(2026) if a.code == "15.01.05"
                  and a.college_id == college.id)
    assert (figure.graduates, figure.employed) == (20, 17)
    assert demo.requests.provenance("admission_figure", figure.id) is not None


def test_network_figures_come_back(demo, today, tmp_path):
    """Shared use of a site: the owner gives the hours of use and the people trained."""
    use = demo.network.shared_uses(2026)[0]
    owner = next(c for c in demo.requests.candidates(YEAR_TO) if c.id == use.owner_id)
    request = demo.requests.create("network", YEAR_FROM, YEAR_TO, DUE, [owner.inn])
    [path] = demo.requests.write_files(request.id, tmp_path)
    wb = load_workbook(path)
    ws = data_sheet(wb)
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == use.resource)
    assert ws.cell(row, 4).value == use.hours and not ws.cell(row, 4).protection.locked
    ws.cell(row, 4).value, ws.cell(row, 5).value = 500, 77
    wb.save(path)
    [outcome] = demo.requests.take(path)
    assert outcome.status == "accepted", [str(e) for e in outcome.errors]
    again = next(u for u in demo.network.shared_uses(2026) if u.id == use.id)
    assert (again.hours, again.people) == (500, 77)
    assert demo.requests.provenance("shared_use", use.id).request_number == request.number
