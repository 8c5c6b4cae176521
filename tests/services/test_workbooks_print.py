"""Every workbook the program writes, printed by a real client: LibreOffice (headless)
converts each one (on the demo cluster) to PDF, and poppler reads the pages back.  Each
prints on a bounded number of pages, no word smaller than 7 pt, no column cut off (every
header's words are on the paper whole); totals are formulas whose stored values are the
service's figures (openpyxl reads the formula, and with data_only the value)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.db import normalise_url, sqlite_url
from app.models import Contact, Contract
from app.services import clock
from app.services.reports import catalog
from app.services.reports.xlsx_page import MIN_PT
from tests.conftest import PG_URL, wipe_postgres

pytestmark = [pytest.mark.timeout(900),
              pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext")
                                 is None, reason="LibreOffice or poppler is not installed")]

#: the most pages each workbook may print on (the demo's data)
PAGES = {"roadmap": 2, "monitoring": 6, "readiness": 2, "plan": 3, "reach": 3,
         "indicators": 3, "annual": 20, "participants": 4, "counterparties": 3,
         "template": 1, "infrastructure": 3, "personal-data": 1, "request": 4}
#: a word's box is its font's ascent + descent: about 1.15 × its size (Liberation Sans)
BOX_PER_PT = 1.15


def _db_url(folder: Path) -> str:
    if PG_URL:
        wipe_postgres(PG_URL)
        return normalise_url(PG_URL)
    return sqlite_url(folder / "demo.sqlite3")


@pytest.fixture(scope="module")
def printed(tmp_path_factory, russian):
    """(services, {name: workbook}, {name: its PDF}): each written once, converted once."""
    from app.services import Services, open_store

    work = tmp_path_factory.mktemp("workbooks")
    services = Services(open_store(_db_url(work)))
    services.demo.seed()
    params = catalog.default_params(clock.today())
    params[catalog.PLAN] = catalog.choices(services, catalog.PLAN)[0].id
    books: dict[str, Path] = {}
    for kind in catalog.REPORTS:
        if "xlsx" in kind.formats:
            books[kind.key] = catalog.write_report(services, kind.key, params,
                                                   work / f"{kind.key}.xlsx")
    export = services.participants_export
    export.export_xlsx(work / "counterparties.xlsx", counterparties=True)
    export.export_template(work / "template.xlsx")
    books["counterparties"] = work / "counterparties.xlsx"
    books["template"] = work / "template.xlsx"
    workshop = next(w for site in services.sites.list_sites() for w in site.workshops)
    services.infrastructure_export.export_xlsx(workshop.id, work / "infrastructure.xlsx")
    books["infrastructure"] = work / "infrastructure.xlsx"
    with services.store.sessions() as s:
        contact = s.scalar(select(Contact.id).order_by(Contact.full_name).limit(1))
    services.personal_data.export_contact(contact, work / "personal-data.xlsx")
    books["personal-data"] = work / "personal-data.xlsx"
    books["request"] = _request_workbook(services, work)
    out = work / "pdf"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work / 'lo'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), *map(str, books.values())],
                   check=True, capture_output=True, timeout=800)
    pdfs = {name: out / (path.stem + ".pdf") for name, path in books.items()}
    yield services, books, pdfs
    services.close()


def _request_workbook(services, work: Path) -> Path:
    from tests.services.request_files import YEAR_FROM, YEAR_TO, five_with_events

    chosen = five_with_events(services)
    request = services.requests.create("events", YEAR_FROM, YEAR_TO, YEAR_TO,
                                       [c.id for c in chosen[:1]])
    folder = work / "request"
    services.requests.write_files(request.id, folder)
    return next(folder.rglob("*.xlsx"))


def _words(pdf: Path) -> list[tuple[str, float, int]]:
    """(word, box height in pt, page) of every word on the paper."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    words, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', line)
        if found:
            words.append((found[3], float(found[2]) - float(found[1]), page))
    return words


def _pieces(text: str) -> list[str]:
    return [p for p in re.split(r"[\s–-]+", text) if p.strip(".,:;()«»")]


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _headers(path: Path) -> list[str]:
    """The header texts of every printed sheet: the row of bold filled cells."""
    found = []
    wb = load_workbook(path)
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows(max_row=min(ws.max_row, 30)):
            cells = [c for c in row if isinstance(c.value, str) and c.font.b]
            if len(cells) >= 3 and len(cells) == len([c for c in row if c.value is not None]):
                found += [c.value for c in cells]
                break
    return found


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_workbook_prints_readably(printed, name):
    _services, books, pdfs = printed
    assert pdfs[name].exists(), name
    pages = _pages(pdfs[name])
    assert 1 <= pages <= PAGES[name], (name, pages)
    words = _words(pdfs[name])
    small = [(w, round(h / BOX_PER_PT, 1)) for w, h, _ in words if h / BOX_PER_PT < MIN_PT]
    assert not small, (name, small[:10])
    on_paper = {piece.strip(".,:;()«»") for w, _, _ in words for piece in _pieces(w)}
    # a cell may break a line after a dash («10–|11»): compare what lies between dashes
    cut = [h for h in _headers(books[name])
           if any(piece.strip(".,:;()«»") not in on_paper for piece in _pieces(h))]
    assert not cut, (name, cut)


def test_every_sheet_has_its_page_setup(printed):
    for name, path in printed[1].items():
        for ws in load_workbook(path).worksheets:
            if ws.sheet_state != "visible":
                continue
            # (XlsxWriter leaves out fitToWidth's default of 1)
            assert ws.page_setup.fitToWidth in (None, 1), name
            assert ws.page_setup.fitToHeight == 0, name
            assert ws.sheet_properties.pageSetUpPr.fitToPage, name
            assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text, name
            assert ws.print_area, name
            for row in ws.iter_rows(max_row=min(ws.max_row, 40)):
                for cell in row:
                    if cell.value is not None:
                        assert cell.font.name in ("Arial", "PT Sans"), (name, cell.coordinate)
                        if isinstance(cell.value, str):
                            assert not cell.value.startswith("  "), (name, cell.coordinate)


def _formula_cells(path: Path, sheet: int = 0) -> list[tuple[str, str, object]]:
    """(cell, formula, stored value) of every formula of a sheet."""
    formulas = load_workbook(path).worksheets[sheet]
    values = load_workbook(path, data_only=True).worksheets[sheet]
    return [(c.coordinate, c.value, values[c.coordinate].value)
            for row in formulas.iter_rows() for c in row
            if isinstance(c.value, str) and c.value.startswith("=")]


def test_monitoring_totals_are_formulas_with_the_services_figures(printed):
    services, books, _ = printed
    month = catalog.default_params(clock.today())[catalog.MONTH]
    form = services.monitoring.form(month)
    cells = _formula_cells(books["monitoring"])
    assert cells and all(value is not None for _, _, value in cells)
    formulas = load_workbook(books["monitoring"]).active
    values = load_workbook(books["monitoring"], data_only=True).active
    total = next(r for r in range(1, values.max_row + 1)
                 if values.cell(r, 2).value == form.total.item)
    for column, figure in ((11, form.total.contracted), (14, form.total.paid),
                           (9, form.total.planned)):
        assert formulas.cell(total, column).value.startswith("=SUM("), column
        assert Decimal(str(values.cell(total, column).value)).quantize(Decimal("0.01")) \
            == figure
    with services.store.sessions() as s:  # the VAT column is totalled too
        vat = s.scalar(select(func.coalesce(func.sum(Contract.vat), 0)))
    assert formulas.cell(total, 12).value.startswith("=SUM(")
    assert Decimal(str(values.cell(total, 12).value)).quantize(Decimal("0.01")) <= vat
    # the signature block the PDF prints follows the table
    texts = [str(values.cell(r, 2).value) for r in range(total + 1, values.max_row + 1)]
    assert any("Руководитель" in t or "Head" in t for t in texts)


def test_report_totals_are_formulas_with_the_services_figures(printed):
    services, books, _ = printed
    year = clock.today().year
    summary = services.reach.summary(clock.today().replace(month=1, day=1), clock.today())
    cells = _formula_cells(books["reach"])
    sums = [v for _, f, v in cells if f.startswith("=SUM(")]
    assert summary.total_people in sums and summary.annual.total_people in sums
    for name in ("indicators", "infrastructure"):
        assert _formula_cells(books[name]), name
    wb = load_workbook(books["annual"])
    assert any(_formula_cells(books["annual"], i) for i in range(len(wb.worksheets)))
    rows = services.indicators.rows(year)
    deviations = [v for _, f, v in _formula_cells(books["indicators"]) if "-" in f]
    assert {Decimal(str(v)) for v in deviations} <= {r.deviation for r in rows}


def test_plan_dates_are_dates_and_the_approval_block_is_on_page_one(printed):
    _services, books, pdfs = printed
    ws = load_workbook(books["plan"]).active
    column = [c.value for c in ws["C"]]
    assert any(isinstance(v, datetime) for v in column)  # a one-day event: a date cell
    page_of = {}
    for word, _h, page in _words(pdfs["plan"]):
        page_of.setdefault(word, page)
    # the block («УТВЕРЖДЕНО», the body, «№ … от …») prints whole, above the table
    assert page_of.get("УТВЕРЖДЕНО") == 1 or page_of.get("APPROVED") == 1
    # the readiness map indents a site's workshops by alignment, not by spaces
    ready = load_workbook(books["readiness"]).active
    assert any(c.alignment.indent for c in ready["A"] if c.value)
