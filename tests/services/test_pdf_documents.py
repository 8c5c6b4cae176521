"""PDFs as documents (issue 20, items 6, 8, 9; issue 19's participants PDF): the annual
report's cover, contents and numbered sections, bookmarks in every multi-section PDF, no page
holding only a footnote, career maps on A4 at 6 pt or refused, and the long list's pages
written without a text object per cell.  Every file is read back (pypdf, pdftotext)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from app.services import clock
from app.services.base import translate
from app.services.errors import ValidationError
from app.services.reports.career_map import write_maps
from app.services.reports.career_model import PrintableMap, PrintStep
from app.services.reports.model import Column, TableReport
from app.services.reports.pdf import write_pdf

#: PT Sans's ascent + descent (1018 + 276 of 1000): pdftotext's word box height per point.
BOX_PER_POINT = 1.294


def _t(text: str) -> str:  # (tests only: lupdate reads app/)
    return translate("Reports", text)


def pdftotext(path, *args: str, page: int | None = None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *args, *pages, str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def outline(path) -> list[tuple[int, str, int]]:
    """(level, title, page number) of every bookmark, in order."""
    reader = PdfReader(path)
    out: list[tuple[int, str, int]] = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return out


# ---- the annual report ---------------------------------------------------------------------
def test_annual_pdf_is_a_document_cover_contents_numbered_sections(demo, tmp_path):
    year = clock.today().year
    out = tmp_path / "годовой.pdf"
    demo.annual_reports.annual_report(year, out)
    from app.services.cluster import document_author

    with demo.store.sessions() as s:
        author = document_author(s)
    data = demo.annual_reports.annual_data(year)
    cover = flat(pdftotext(out, page=1))
    assert _t("Annual report of the cluster for {year}").format(year=year) in cover
    assert data.cluster in cover and author and author in cover

    marks = outline(out)
    sections = [(title, page) for level, title, page in marks if level == 0]
    titles = [title for title, _ in sections]
    assert titles[0] == "1. " + _t("Summary figures")
    for n, title in enumerate(titles, start=1):
        assert title.startswith(f"{n}. ")
    for wanted in (_t("Roadmap control list"),
                   _t("Inspections of the sites in {year}").format(year=year),
                   _t("Career maps"), _t("Ambassador teams")):
        assert f"{titles.index(next(t for t in titles if t.endswith(wanted))) + 1}. " \
               f"{wanted}" in titles
    assert any(level == 1 for level, _, _ in marks)  # the sections' own parts

    contents = flat(pdftotext(out, page=2))
    assert contents.startswith(_t("Contents"))
    for title, page in sections:  # each section on the page the contents and bookmark say
        assert re.search(re.escape(title) + r"[ .]*" + str(page) + r"\b", contents), title
        assert title in flat(pdftotext(out, page=page))


def test_annual_new_sections_show_the_services_figures(demo):
    """One fact, one place: the summary's roadmap, inspection, career-map and ambassador
    figures are the counts of the rows their sections (and own reports) show."""
    from app.services.reports.annual import annual_reports
    from app.services.reports.monitoring import roadmap_report

    year, today = clock.today().year, clock.today()
    data = demo.annual_reports.annual_data(year, today)
    reports = annual_reports(data)
    roadmap, inspections, maps, teams = reports[-4:]
    alone = roadmap_report(demo.roadmap.items(), data.cluster, today)
    assert roadmap.rows == alone.rows and roadmap.rows
    listed = [r for r in demo.inspections.list_inspections()
              if (r.inspected_on or r.planned_on).year == year]
    assert len(inspections.rows) == len(listed) > 0
    assert len(maps.rows) == len(demo.career_maps.maps()) > 0
    assert len(teams.rows) == len(demo.ambassadors.teams()) > 0
    summary = {row[0]: row[1] for row in reports[0].rows if len(row) > 1}
    assert summary[_t("Roadmap measures")] == len(roadmap.rows)
    assert summary[_t("Inspections in the year")] == len(inspections.rows)
    assert summary[_t("Open findings")] == sum(r[6] for r in inspections.rows)
    assert summary[_t("Career maps in force")] == len(maps.rows)
    assert summary[_t("Teams")] == len(teams.rows)
    assert summary[_t("Students in the teams")] == sum(r[3] for r in teams.rows)


# ---- notes kept with their table -----------------------------------------------------------
NOTE = "Примечание: отклонение — факт минус план."


def _noted(rows: int) -> TableReport:
    report = TableReport("Показатели", [Column("№", "int", 6), Column("Показатель", "text", 60)],
                         notes=[NOTE, "Вторая строка примечания."], made_on=date(2026, 3, 1))
    report.rows = [[i, f"строка {i}"] for i in range(1, rows + 1)]
    return report


def test_no_page_holds_only_the_notes(tmp_path):
    """Whatever the table's length, the notes share their page with the table's last rows
    (the indicators report printed them alone on page 2)."""
    for rows in range(24, 40):
        out = write_pdf(_noted(rows), tmp_path / f"{rows}.pdf")
        pages = len(PdfReader(out).pages)
        last = flat(pdftotext(out, page=pages))
        assert NOTE in last
        assert "строка" in last, (rows, last)


# ---- bookmarks -----------------------------------------------------------------------------
def test_a_report_with_sections_has_bookmarks(tmp_path):
    report = TableReport("Участники", [Column("Организация", "text", 40)])
    for group in ("Колледжи", "Работодатели"):
        report.group_rows.add(len(report.rows))
        report.rows.append([group])
        report.rows += [[f"{group[:-1]} № {i}"] for i in range(40)]
    out = write_pdf(report, tmp_path / "разделы.pdf")
    marks = outline(out)
    assert [(level, title) for level, title, _ in marks] == [
        (0, "Участники"), (1, "Колледжи"), (1, "Работодатели")]
    for _, title, page in marks[1:]:  # each bookmark opens the page its section starts on
        assert title in pdftotext(out, page=page)
    assert marks[2][2] > 1
    assert PdfReader(out).trailer["/Root"]["/PageMode"] == "/UseOutlines"
    plain = TableReport("Список", [Column("Организация", "text", 40)], rows=[["A"]])
    assert outline(write_pdf(plain, tmp_path / "один.pdf")) == []  # one section: none


def test_the_inspection_report_has_bookmarks(demo, tmp_path):
    [row, *_] = demo.inspections.list_inspections()
    out = demo.inspection_reports.write_inspection_report(row.id, tmp_path / "проверка.pdf")
    titles = [title for _, title, _ in outline(out)]
    sections = {a.section for a in demo.inspections.inspection(row.id).answers}
    assert sections and sections <= set(titles)
    assert translate("Inspections", "Findings") in titles
    assert translate("Inspections", "Signatures") in titles


# ---- the participants list -----------------------------------------------------------------
def test_the_long_list_writes_a_page_of_cells_as_one_text_object(tmp_path):
    """A text object per cell (and a Paragraph per cell) made the participants' PDF slow:
    a page of 8 columns writes its cells in one text object; every row is printed once,
    under the header of its page, and an agreement number stays on one line."""
    columns = [Column(t, "text", w) for t, w in (("Наименование", 41), ("ИНН", 11),
                                                  ("Номер соглашения", 15))]
    report = TableReport("Участники кластера", columns, rows=[
        [f"ООО «Предприятие {i}» с длинным названием для переноса", f"35{i:08d}",
         f"ОПЦ-2024/{i:06d}"] for i in range(600)])
    out = write_pdf(report, tmp_path / "участники.pdf")
    reader = PdfReader(out)
    page = reader.pages[1].get_contents().get_data().decode("latin-1")
    assert page.count(" BT") + page.count("\nBT") < 20  # was one per cell: ~100
    text = flat(pdftotext(out))
    assert all(f"35{i:08d}" in text for i in range(600))
    assert all(f"ОПЦ-2024/{i:06d}" in text for i in range(0, 600, 37))
    for number in range(1, len(reader.pages) + 1):
        assert flat(pdftotext(out, page=number)).count("Наименование") == 1


# ---- career maps on A4 ---------------------------------------------------------------------
def _words(path) -> list[tuple[float, float, float, float, str]]:
    xml = pdftotext(path, "-bbox")
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        xml)]


def _two_title_map() -> PrintableMap:
    steps = (PrintStep(1, ("Оператор станков с программным управлением",
                           "Наладчик станков с ЧПУ"), "Наладка станков", "", 45_000, 70_000,
                       55_000, (2,)),
             PrintStep(2, ("Мастер участка",), "Руководство участком", "", 60_000, 90_000,
                       75_000))
    return PrintableMap(code="15.01.32", profession="Оператор станков с программным "
                        "управлением", kind="profession", college="БПОУ ВО «ЧМК»",
                        steps=steps)


@pytest.mark.parametrize("landscape", [False, True])
def test_career_map_on_a4_prints_at_6_pt_or_is_refused(demo, tmp_path, landscape):
    """Every word of a map on A4 is at least 6 pt; a map that cannot keep its text at 6 pt
    on A4 is refused with the advice to print it on A3 (and nothing is written)."""
    printed = 0
    for row in demo.career_maps.maps():
        out = tmp_path / f"{row.code}-{landscape}.pdf"
        try:
            demo.career_map_reports.write_pdf(row.id, out, "A4", landscape)
        except ValidationError as error:
            assert "A3" in str(error) and not out.exists()
            continue
        printed += 1
        sizes = [(y1 - y0) / BOX_PER_POINT for _, y0, _, y1, _ in _words(out)]
        assert sizes and min(sizes) >= 6 - 0.01, min(sizes)
    assert printed or landscape  # the demo's maps fit A4 portrait


def test_two_job_titles_in_one_step_never_touch(tmp_path):
    """«…управлением» and «Наладчик станков с ЧПУ» are two titles: a gap between them, where
    the lines of one title sit closer than their letters' height."""
    out = write_maps([_two_title_map()], tmp_path / "карта.pdf", size="A4", landscape=False)
    words = _words(out)
    # the step's titles are the bold words inside the first step box: find them by text
    first = [w for w in words if w[4] == "управлением"]
    second = [w for w in words if w[4] == "Наладчик"]
    assert first and second
    above = max((w for w in first if w[3] <= second[0][3]), key=lambda w: w[3])
    assert second[0][1] >= above[3], (above, second[0])  # boxes do not overlap
    assert min((y1 - y0) / BOX_PER_POINT for _, y0, _, y1, _ in words) >= 6 - 0.01
