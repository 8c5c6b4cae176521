"""Hostile and broken files are refused before parsing, with a message; nothing written."""

from __future__ import annotations

import os
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.importers.base import ImportFileError
from app.services.validation import normalise_inn
from tests.helpers import write_sheet


def good_xlsx(tmp_path: Path) -> Path:
    return write_sheet(tmp_path / "good.xlsx", [["Наименование", "ИНН"],
                                                ["ООО «Верное»", "7707083893"]])


def rewrite_part(src: Path, dst: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, data if item.filename == name else zin.read(item.filename))
    return dst


def refused(services, path: Path) -> str:
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError) as err:
            services.participants_import.import_xlsx(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024, f"memory peak {peak // 1_000_000} MB"
    assert services.participants.count() == 0
    return str(err.value)


def test_zip_bomb(services, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/worksheets/sheet1.xml", "w") as part:
            chunk = b"\0" * (1 << 20)
            for _ in range(64):  # 64 MB of zeros squeeze into ~64 KB
                part.write(chunk)
    assert bomb.stat().st_size < 1_000_000
    assert "подозрительн" in refused(services, bomb)


def test_billion_laughs(services, tmp_path):
    attack = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
              b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
              b"</sheetData></worksheet>")
    path = rewrite_part(good_xlsx(tmp_path), tmp_path / "lol.xlsx",
                        "xl/worksheets/sheet1.xml", attack)
    assert "атак" in refused(services, path)


def test_external_entity(services, tmp_path):
    attack = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
              b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              b"<si><t>&xxe;</t></si></sst>")
    path = rewrite_part(good_xlsx(tmp_path), tmp_path / "xxe.xlsx",
                        "xl/worksheets/sheet1.xml", attack)
    refused(services, path)


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n" + b"\0" * 100,  # a picture renamed to .xlsx
    b"%PDF-1.7\n",
    "Наименование;ИНН\nООО;7707083893\n".encode("cp1251"),  # a CSV renamed
])
def test_not_what_the_extension_says(services, tmp_path, content):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(content)
    assert "Excel" in refused(services, path)


def test_a_word_document_renamed(services, tmp_path):
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    assert "Excel" in refused(services, path)


def test_a_200_mb_file_is_refused_without_reading_it(services, tmp_path):
    path = tmp_path / "huge.xlsx"
    with open(path, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk, reads as zeros
    message = refused(services, path)
    assert "200" in message and "50" in message


def test_truncated_workbook(services, tmp_path):
    data = good_xlsx(tmp_path).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    refused(services, path)


# --- property: any sheet imports exactly or is refused row by row, never half ---------------

VALID_INNS = ["7707083893", "7736207543", "0274062111", "5001007329", "3528876458"]
cell_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
                    max_size=40)
inn_value = st.one_of(st.sampled_from(VALID_INNS), st.sampled_from([int(i) for i in VALID_INNS]),
                      st.text(alphabet="0123456789", min_size=0, max_size=13), st.none())
role_value = st.one_of(st.sampled_from(["Колледж", "работодатель", "ИНОЙ ПАРТНЕР", "Вуз", ""]),
                       cell_text, st.none())
date_value = st.one_of(st.dates().map(lambda d: d.strftime("%d.%m.%Y")), st.dates(), cell_text,
                       st.none())
row = st.tuples(cell_text, inn_value, role_value, date_value)


def _written(text):
    """What openpyxl can store: it refuses control characters in cells."""
    if isinstance(text, str):
        return "".join(ch for ch in text if ch >= " " or ch in "\t\n")
    return text


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=st.lists(row, min_size=0, max_size=8))
def test_any_sheet_imports_exactly_or_not_at_all(services, tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("prop")
    path = write_sheet(folder / "p.xlsx", [["Наименование", "ИНН", "Роль", "Дата вступления"]]
                       + [[_written(c) for c in r] for r in rows])
    before = services.participants.list_organizations()
    try:
        result = services.participants_import.import_xlsx(path)
    except ImportFileError:
        assert services.participants.list_organizations() == before
        return
    after = services.participants.list_organizations()
    if result.errors:
        assert after == before
        assert all(e.row >= 2 for e in result.errors)
    else:
        assert result.committed
        assert len(after) == len(before) + result.created
        names = {r.full_name for r in after}
        first_of_each: dict[str, str] = {}  # the same INN twice is merged: the first row wins
        for r in rows:
            name = " ".join(str(_written(r[0]) or "").split())
            key = normalise_inn(r[1]) or "name:" + name.lower().replace("ё", "е")
            first_of_each.setdefault(key, name)
        if not result.updated:
            assert set(first_of_each.values()) <= names
    os.remove(path)


# --- oversized sheets: refused by counting, before or while streaming ------------------------

_RAW_PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'worksheet+xml"/></Types>'),
    "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                       'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                       'relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/>'
                       '</sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/'
                                  'package/2006/relationships"><Relationship Id="rId1" '
                                  'Type="http://schemas.openxmlformats.org/officeDocument/'
                                  '2006/relationships/worksheet" Target="worksheets/sheet1.xml"'
                                  '/></Relationships>',
}


def raw_xlsx(path: Path, rows: dict[int, list[str]], prefix: str = "",
             texts: int = 0) -> Path:
    """A workbook written as sheet XML straight into the zip (fast, and with no <dimension>,
    so only counting finds the sheet's size); ``rows`` maps row numbers to texts."""
    p = f"{prefix}:" if prefix else ""
    xmlns = f"xmlns{':' + prefix if prefix else ''}"
    body = "".join(
        f'<{p}row r="{r}">' + "".join(
            f'<{p}c r="{chr(65 + i)}{r}" t="inlineStr"><{p}is><{p}t>{text}</{p}t></{p}is></{p}c>'
            for i, text in enumerate(texts)) + f"</{p}row>"
        for r, texts in rows.items())
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet {xmlns}="http://schemas.'
             f'openxmlformats.org/spreadsheetml/2006/main"><{p}sheetData>{body}</{p}sheetData>'
             f"</{p}worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in _RAW_PARTS.items():
            z.writestr(name, text)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        if texts:  # a shared-string table under a name of its own: known by its content
            z.writestr("xl/misc.xml", '<sst xmlns="http://schemas.openxmlformats.org/'
                       'spreadsheetml/2006/main">'
                       + "".join(f"<si><t>{i}</t></si>" for i in range(texts)) + "</sst>")
    return path


def participants(count: int, start: int = 2) -> dict[int, list[str]]:
    rows = {1: ["Наименование", "ИНН"]}
    rows.update({r: [f"ООО «Участник {r}»", "12345"] for r in range(start, start + count)})
    return rows


@pytest.fixture
def small_limits(monkeypatch):
    from app.services.importers import base

    monkeypatch.setattr(base, "MAX_ROWS", 200)
    monkeypatch.setattr(base, "MAX_CELLS", 1000)
    return base


@pytest.mark.parametrize("prefix", ["", "x"])
def test_a_sheet_over_the_row_limit_is_refused(services, tmp_path, small_limits, prefix):
    path = raw_xlsx(tmp_path / "long.xlsx", participants(300), prefix)
    message = refused(services, path)
    assert "больше 200 строк" in message, message


def test_rows_under_the_limit_are_read(services, tmp_path, small_limits):
    path = raw_xlsx(tmp_path / "ok.xlsx", {1: ["Наименование", "ИНН"],
                                           2: ["ООО «Верное»", "7707083893"]}, "x")
    assert services.participants_import.import_xlsx(path).created == 1


def test_a_far_row_counts_as_all_the_rows_before_it(services, tmp_path, small_limits):
    """One cell in row 5,000: the sheet is 5,000 rows long as Excel shows it."""
    path = raw_xlsx(tmp_path / "far.xlsx", {1: ["Наименование", "ИНН"],
                                            5000: ["ООО «Далёкое»", "7707083893"]})
    assert "больше 200 строк" in refused(services, path)


def test_a_sheet_over_the_cell_limit_is_refused(services, tmp_path, small_limits):
    path = raw_xlsx(tmp_path / "wide.xlsx", {1: ["Наименование", "ИНН"],
                                             **{r: ["x"] * 20 for r in range(2, 60)}})
    assert "больше 1 000 ячеек" in refused(services, path)


def test_a_sheet_over_the_size_limit_is_refused(services, tmp_path, monkeypatch):
    from app.services.importers import base

    monkeypatch.setattr(base, "MAX_SHEET_BYTES", 10_000)
    path = raw_xlsx(tmp_path / "big.xlsx", participants(300))
    assert "лист" in refused(services, path).lower()


def test_too_many_shared_texts_are_refused(services, tmp_path, monkeypatch):
    from app.services.importers import base

    monkeypatch.setattr(base, "MAX_SHARED_STRINGS", 100)
    path = raw_xlsx(tmp_path / "texts.xlsx", participants(1), texts=101)
    assert "больше 100 разных" in refused(services, path)


def test_a_huge_number_of_bad_rows_is_counted_not_listed(services, tmp_path, capsys, db_url):
    """Every row wrong: the first 50 errors are listed, the rest counted; nothing changes —
    in the service, on the command line and in the message the window shows."""
    from app.bootstrap import main
    from app.services.importers.base import ERRORS_KEPT

    path = raw_xlsx(tmp_path / "bad.xlsx", participants(1200))
    result = services.participants_import.import_xlsx(path)
    assert (result.error_count, len(result.errors)) == (1200, ERRORS_KEPT)
    assert not result.ok and not result.committed
    lines = result.error_lines()
    assert len(lines) == ERRORS_KEPT + 1
    assert lines[-1] == "… и ещё ошибок: 1 150."
    assert services.participants.count() == 0

    assert main(["--db", db_url, "import", "participants", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == ERRORS_KEPT + 2, err[-3:]
    assert err[-2] == "… и ещё ошибок: 1 150."
    assert err[-1].startswith("Ошибок: 1200")
    assert services.participants.count() == 0
