"""The PDF renderer, checked on real files read back with pypdf and poppler's pdftotext."""

from __future__ import annotations

import subprocess
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.services.reports.model import Column, TableReport
from app.services.reports.pdf import format_money, markup, write_pdf

NBSP = "\u00a0"


def pdftotext(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout


def squeeze(text: str) -> str:
    """Whitespace (line breaks inside wrapped cells, layout padding, NBSP) as single spaces."""
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def embedded_fonts(path: Path) -> dict[str, bool]:
    """Every font the pages use: BaseFont name -> has an embedded TrueType program."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    return found


@pytest.fixture
def demo_pdf(demo, tmp_path):
    out = tmp_path / "participants.pdf"
    count = demo.participants_export.export_pdf(out)
    assert count == demo.participants.member_count()  # the members, not the suppliers
    return out


def test_demo_participants_pdf_reads_back(demo, demo_pdf):
    assert demo_pdf.read_bytes().startswith(b"%PDF")
    orgs = demo.participants.members()  # the suppliers are the counterparties' list
    some = [o for o in orgs if o.short_name][:6]
    assert len(some) == 6

    pypdf_text = squeeze("\n".join(page_texts(demo_pdf)))
    poppler_text = squeeze(pdftotext(demo_pdf))
    for text in (pypdf_text, poppler_text):
        assert "Участники кластера" in text
        assert "машиностроения Вологодской области" in text  # the cluster as the subtitle
        assert date.today().strftime("%d.%m.%Y") in text  # the "generated on" line
        for header in ("Наименование", "ИНН", "ОГРН", "Роль", "Регион"):
            assert header in text
        for org in some:
            assert org.short_name in text
            assert org.inn in text
        # every member is there, by INN, and no supplier
        assert all(o.inn in text for o in orgs)
        assert not any(o.inn in text for o in demo.participants.counterparties())


def test_demo_pdf_repeats_the_header_and_numbers_pages(demo_pdf):
    pages = page_texts(demo_pdf)
    assert len(pages) >= 2  # 26 demo organizations do not fit on one landscape page
    for number, text in enumerate(pages, start=1):
        assert "Краткое наименование" in text
        lines = pdftotext(demo_pdf, page=number).split("\n")
        footer = [line for line in lines if line.strip()][-1].split()
        assert footer[-1] == str(number) and len(footer) == 2  # "Страница 2"


def test_the_font_is_pt_sans_and_embedded(demo_pdf):
    fonts = embedded_fonts(demo_pdf)
    assert fonts, "no fonts found"
    for name, embedded in fonts.items():
        assert "PTSans" in name.replace(" ", ""), fonts
        assert embedded, f"{name} is not embedded"
    assert any("Bold" in name for name in fonts)  # the header row


def test_page_one_renders_to_an_image(demo_pdf, tmp_path):
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(demo_pdf),
         str(tmp_path / "page")],
        check=True,
    )
    png = next(tmp_path.glob("page*.png"))
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 10_000


def test_a_hostile_name_prints_as_typed(services, tmp_path):
    from app.services.participants import OrganizationData

    hostile = '<img src="x"/> & </para> ООО «Ромашка»'
    services.participants.create(OrganizationData(full_name=hostile))
    out = tmp_path / "p.pdf"
    # no membership: a counterparty, printed in the counterparties' list
    assert services.participants_export.export_pdf(out, counterparties=True) == 1
    assert '<img src="x"/> & </para>' in squeeze(page_texts(out)[0])
    assert hostile in squeeze(pdftotext(out))


def test_markup_is_escaped_and_cleaned():
    assert markup('a < b & "c" </para>') == 'a &lt; b &amp; "c" &lt;/para&gt;'
    assert markup("line 1\r\nline 2\rline 3\nend") == "line 1<br/>line 2<br/>line 3<br/>end"
    assert markup("bell\x07 nul\x00 esc\x1b tab\tok") == "bell nul esc tab\tok"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("1234567.89"), f"1{NBSP}234{NBSP}567,89{NBSP}₽"),
        (Decimal("0"), f"0,00{NBSP}₽"),
        (Decimal("-1500.5"), f"-1{NBSP}500,50{NBSP}₽"),
        (Decimal("-0.001"), f"0,00{NBSP}₽"),
        (Decimal("999.999"), f"1{NBSP}000,00{NBSP}₽"),
    ],
)
def test_money_is_written_the_russian_way(value, text):
    assert format_money(value) == text


def test_kinds_are_formatted_and_user_text_is_literal(tmp_path):
    report = TableReport(
        title="Гранты & <b>субсидии</b>",
        columns=[
            Column("Получатель", "text", 40),
            Column("Дата", "date", 12),
            Column("Сумма", "money", 16),
            Column("Человек", "int", 10),
        ],
        rows=[
            ["ООО «Альфа»\nвторая строка", date(2025, 3, 7), Decimal("1234567.89"), 12345],
            ["=1+1", None, None, None],
            ["короткая строка"],  # fewer cells than columns
        ],
    )
    out = write_pdf(report, tmp_path / "grants.pdf", subtitle="за 2025 год")
    text = pdftotext(out)
    assert "Гранты & <b>субсидии</b>" in text
    assert "за 2025 год" in text
    assert "07.03.2025" in text
    assert f"1{NBSP}234{NBSP}567,89{NBSP}₽" in text or "1 234 567,89 ₽" in text
    assert "12 345" in text.replace(NBSP, " ")
    assert "вторая строка" in text
    assert "=1+1" in text and "короткая строка" in text


def test_portrait_and_atomic_write(tmp_path):
    report = TableReport("Портрет", [Column("А"), Column("Б")], [["1", "2"]])
    out = tmp_path / "sub" / "portrait.pdf"
    write_pdf(report, out, landscape=False)
    box = PdfReader(out).pages[0].mediabox
    assert float(box.width) < float(box.height)  # A4 portrait
    assert [p.name for p in out.parent.iterdir()] == ["portrait.pdf"]  # no temp file left
    write_pdf(TableReport("Пусто", [Column("А")]), out)  # replaces the old file
    assert float(PdfReader(out).pages[0].mediabox.width) > 800  # A4 landscape


def test_three_thousand_rows(tmp_path):
    rows = [
        [f"Организация № {i}", f"{1000000000 + i}", date(2024, 1, 1 + i % 28),
         Decimal(i) * Decimal("1000.5")]
        for i in range(1, 3001)
    ]
    rows[1499][0] = "Очень длинное наименование организации " * 12  # wraps over many lines
    report = TableReport(
        "Большой отчёт",
        [Column("Наименование", width=40), Column("ИНН", width=14),
         Column("Дата", "date", 12), Column("Сумма", "money", 16)],
        rows,
    )
    out = write_pdf(report, tmp_path / "big.pdf")
    pages = page_texts(out)
    assert len(pages) > 50
    assert "Организация № 3000" in pages[-1]
    assert "3 001 500,00 ₽" in pages[-1].replace(NBSP, " ")
    assert "Организация № 1" in pages[0]
    for text in pages:
        assert "Наименование" in text  # the header starts every page...
    whole = "\n".join(pages)
    assert whole.count("Наименование") == len(pages)  # ...and never the middle of one
    for i in (1, 2, 999, 1000, 1001, 2999, 3000):  # no row lost or doubled at page breaks
        assert whole.count(f"Организация № {i}\n") + whole.count(f"Организация № {i} ") == 1


def test_a_cell_taller_than_a_page_continues_on_the_next(tmp_path):
    tall = "\n".join(f"строка {i}" for i in range(1, 121))
    report = TableReport("Высокая ячейка", [Column("Текст"), Column("Ещё")],
                         [["до", "1"], [tall, "2"], ["после", "3"]])
    out = write_pdf(report, tmp_path / "tall.pdf")
    pages = page_texts(out)
    assert len(pages) >= 3
    text = squeeze(pdftotext(out))
    for i in (1, 60, 120):
        assert f"строка {i}" in text
    assert "до" in pages[0] and "после" in pages[-1]
    # the tall row starts a page of its own, under the header, instead of being cut under a
    # second header in the middle of page 1
    assert "строка 1" not in pages[0]
    assert all(p.count("Текст") == 1 for p in pages)


cell_text = st.text(max_size=300)
cell = st.one_of(
    cell_text,
    st.decimals(allow_nan=False, allow_infinity=False, places=2),
    st.dates(),
    st.integers(),
    st.none(),
)
kinds = st.sampled_from(["text", "date", "money", "int"])


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(),
    subtitle=st.text(),
    columns=st.lists(st.tuples(st.text(max_size=40), kinds, st.integers(1, 60)),
                     min_size=1, max_size=8),
    rows=st.lists(st.lists(cell, max_size=9), max_size=25),
    landscape=st.booleans(),
)
def test_any_text_renders(title, subtitle, columns, rows, landscape):
    report = TableReport(title, [Column(t, k, w) for t, k, w in columns], rows)
    with tempfile.TemporaryDirectory() as folder:
        out = write_pdf(report, Path(folder) / "any.pdf", subtitle=subtitle,
                        landscape=landscape)
        assert out.read_bytes().startswith(b"%PDF")


_WORDS = st.sampled_from(["Общество", "с", "ограниченной", "ответственностью", "«Ромашка»",
                          "ГБПОУ", "колледж", "Водоканалтеплоэнергостройпроект", "№12", "—",
                          "ул.", "Ленина,", "д.", "5", "WWW", "ёлка"])


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.lists(_WORDS, max_size=12), min_size=1, max_size=3),
       room=st.floats(min_value=20, max_value=400))
def test_cell_lines_break_as_simple_split_does(words, room):
    """The PDF's own line breaking (word widths kept per document) gives reportlab's
    simpleSplit lines, and says a line is too wide exactly when one of those is."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics

    from app.services.reports.pdf_lines import LineBreaker
    from app.services.reports.pdf_style import BODY_SIZE, FONT, register_fonts

    register_fonts()
    text = "\n".join("  ".join(line) if i % 2 else " ".join(line)
                     for i, line in enumerate(words))
    breaker = LineBreaker(FONT, BODY_SIZE)
    for _ in range(2):  # measured, then remembered: the same answer
        lines, widest = breaker.lines(text, room)
        assert lines == simpleSplit(text, FONT, BODY_SIZE, room)
        too_wide = any(pdfmetrics.stringWidth(line, FONT, BODY_SIZE) > room + 1e-6
                       for line in lines)
        assert (widest > room) == too_wide


class _Doc:
    """A stand-in for reportlab's document: a font keeps its codes per document object."""


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(st.text(alphabet=st.sampled_from(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    "abcXYZ0123456789 .,;:«»—–№\u00a0\u2116\u20bd\u2192\u03a9\u0416\u4e2d"), max_size=30),
    max_size=40))
def test_the_fonts_short_cut_encodes_text_as_reportlab_does(texts):
    """PT Sans as registered encodes strings by a short cut once their characters have codes
    in the document: every string gives the bytes and subsets reportlab's own loop gives, in
    any order, new characters, no-break spaces and codes past the first subset included."""
    from fontpkg_pt_sans import ROOT
    from reportlab.pdfbase.ttfonts import TTFont

    from app.services.reports.pdf_style import FONT, FONT_FILES, _Font

    path = str(Path(ROOT) / "files" / FONT_FILES[FONT])
    ours, theirs = _Font("TestOurs", path), TTFont("TestTheirs", path)
    ours_doc, their_doc = _Doc(), _Doc()
    # more of the font's characters than one subset holds: codes past 255
    wide = "".join(map(chr, sorted(c for c in ours.face.charToGlyph if c > 127)[:400]))
    for text in texts + texts[::-1] + ["".join(texts)] * 2 + [wide, wide[::-1], wide]:
        assert ours.splitString(text, ours_doc) == theirs.splitString(text, their_doc)


def test_clean_keeps_text_drops_control_characters_and_spells_out_arrows():
    from app.services.reports.pdf_text import clean

    assert clean("15.01.2026 → 19.03.2026\r\nстрока\x07 ⇒ итог") == \
        "15.01.2026 -> 19.03.2026\nстрока => итог"
    assert clean("ООО «Ромашка»") == "ООО «Ромашка»"
