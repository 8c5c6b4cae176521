"""Every bad return is refused with a message naming the file, the sheet, the row and the
column where there is one, and changes nothing: a file edited outside its input cells, a
file of another request or of another participant, a file returned twice, a value out of
range, a text in a number cell, a value outside the table, a file that is no workbook.
Hidden sheets and macros in a good file are ignored."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook

from app.services import clock
from app.services.requests.workbook import PASSWORD
from tests.services.request_files import (
    TODAY,
    YEAR_FROM,
    YEAR_TO,
    counts,
    data_sheet,
    fill_events,
    five_with_events,
    reach_values,
    set_today,
)

DUE = date(2026, 12, 20)


@pytest.fixture
def sent(demo, tmp_path):
    """A request to two participants, its files written and filled in."""
    set_today()
    two = five_with_events(demo)[:2]
    request = demo.requests.create("events", YEAR_FROM, YEAR_TO, DUE, [c.inn for c in two])
    files = demo.requests.write_files(request.id, tmp_path / "out")
    for f in files:
        fill_events(f)
    yield demo, request, files
    clock.set_now(None)


def _refused(services, path, **kw):
    """Take ``path`` back; it must be refused and change nothing.  Returns the outcome."""
    before, reach = counts(services), reach_values(services)
    [outcome] = services.requests.take(path, **kw)
    assert outcome.status == "refused", outcome.changes
    assert outcome.reason
    assert counts(services) == before and reach_values(services) == reach
    return outcome


def _edit(path, cell: str, value) -> None:
    wb = load_workbook(path)
    ws = data_sheet(wb)
    ws.protection.sheet = False  # what a user does with a password that is no secret
    ws[cell].value = value
    wb.save(path)


def test_a_file_edited_outside_its_input_cells(sent):
    services, _request, files = sent
    _edit(files[0], "B2", date(2030, 1, 1))  # an event's date: the office's, not theirs
    outcome = _refused(services, files[0])
    [error] = outcome.errors
    text = str(error)
    assert files[0].name in text and data_sheet(load_workbook(files[0])).title in text
    assert error.row == 2 and error.column.startswith("B ")
    assert "2030" in text


def test_a_file_of_another_request(sent, tmp_path):
    services, request, files = sent
    other = services.requests.create("events", YEAR_FROM, YEAR_TO, DUE,
                                     [f.parent.name.split()[-1] for f in files[:1]])
    [theirs] = services.requests.write_files(other.id, tmp_path / "other")
    outcome = _refused(services, theirs, request_id=request.id)
    assert f"№ {other.number}" in outcome.reason and str(request.number) in outcome.reason


def test_a_file_of_another_participant_in_its_folder(sent):
    services, _request, files = sent
    stray = files[1].parent / files[0].name  # the first participant's file, second folder
    shutil.copy(files[0], stray)
    outcome = _refused(services, stray)
    assert files[1].parent.name in outcome.reason and outcome.participant in outcome.reason


def test_a_file_returned_twice(sent, tmp_path):
    services, _request, files = sent
    copy = tmp_path / "again" / files[0].parent.name / files[0].name
    copy.parent.mkdir(parents=True)
    shutil.copy(files[0], copy)
    [first] = services.requests.take(files[0])
    assert first.status == "accepted"
    outcome = _refused(services, copy)
    assert "07.12.2026" in outcome.reason and files[0].name in outcome.reason


@pytest.mark.parametrize("value, words", [(-5, ["-5", "0", "1000000"]),
                                          ("много", ["много"])])
def test_a_bad_number_names_its_row_and_column(sent, value, words):
    services, _request, files = sent
    wb = load_workbook(files[0])
    data_sheet(wb)["F3"].value = value  # an input cell: pupils of grades 6–7
    wb.save(files[0])
    outcome = _refused(services, files[0])
    [error] = [e for e in outcome.errors if e.row == 3]
    assert error.column.startswith("F ") and "6–7" in error.column
    assert all(w in error.message for w in words)
    assert files[0].name in str(error)
    row = services.requests.board()
    assert any(b.returned_on == TODAY and b.accepted_on is None for b in row)


def test_a_value_outside_the_table(sent):
    services, _request, files = sent
    wb = load_workbook(files[0])
    ws = data_sheet(wb)
    ws.protection.sheet = False
    below = ws.max_row + 3
    ws.cell(below, 2).value = "ещё одно мероприятие"
    ws.cell(2, 20).value = 5  # a column right of the table
    wb.save(files[0])
    outcome = _refused(services, files[0])
    rows = {(e.row, e.column.split()[0]) for e in outcome.errors}
    assert (below, "B") in rows and (2, "T") in rows


def test_a_file_that_is_no_workbook_or_no_request(sent, tmp_path):
    services, _request, _files = sent
    junk = tmp_path / "junk" / "письмо.xlsx"
    junk.parent.mkdir()
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    assert _refused(services, junk).reason
    plain = tmp_path / "junk" / "таблица.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Мероприятие", "Родители"])
    wb.save(plain)
    assert "ClusterDesk" in _refused(services, plain).reason


def test_hidden_sheets_and_macros_are_ignored(sent):
    services, _request, files = sent
    wb = load_workbook(files[0])
    hidden = wb.create_sheet("Лист_скрытый")
    hidden["A1"] = "=HYPERLINK(\"http://example.invalid\")"
    hidden.sheet_state = "hidden"
    data_sheet(wb).protection.password = PASSWORD
    macro = files[0].with_suffix(".xlsm")  # a macro-enabled copy: its macros are never run
    wb.save(macro)
    files[0].unlink()
    with zipfile.ZipFile(macro, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"Attribute VB_Name = \"Module1\"" * 50)
    [outcome] = services.requests.take(macro)
    assert outcome.status == "accepted", [str(e) for e in outcome.errors]


def test_the_events_rules_hold_for_a_file_too(sent):
    """As in the event's dialog: a cancelled event says why; reach only for a held one."""
    services, _request, files = sent
    wb = load_workbook(files[0])
    ws = data_sheet(wb)
    ws["D2"].value, ws["E2"].value = "Отменено", None
    wb.save(files[0])
    outcome = _refused(services, files[0])
    columns = {e.column.split()[0] for e in outcome.errors if e.row == 2}
    assert columns == {"D", "E"}  # people given for a cancelled event; no reason given
