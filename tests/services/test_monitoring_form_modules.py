"""The monitoring form and the annual report split along their seams (issue 18: the form's
figures apart from its service, the annual report's section tables apart from its summary
and service), and the form's speed at its root (issue 19): the contracts and their payments
read once per form, formulas handed to XlsxWriter without its 30 regular expressions where
they call only old functions.  No timing is asserted here: the bench measures
(``python -m bench --only monitoring-form``)."""

from __future__ import annotations

import importlib
import re
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import event

import app
from tests.services.test_monitoring import OCTOBER, build_scenario

APP = Path(app.__file__).parent

MODULES = (
    "services/reports/monitoring_form.py", "services/reports/monitoring_form_figures.py",
    "services/reports/annual.py", "services/reports/annual_sections.py",
)

#: what the rest of the program (the CLI, the demo, the bench, the tests) imports
USED = {
    "app.services.reports.monitoring_form": (
        "MonitoringService", "parse_month", "write_form", "FormData", "Change",
        "SubmissionRow"),
    "app.services.reports.monitoring_form_figures": (
        "build_form", "form_snapshot", "labelled", "FIGURES", "SNAPSHOT_FORMAT"),
    "app.services.reports.annual": (
        "AnnualReportService", "annual_reports", "summary_figures", "summary_section",
        "pdf_cover", "pdf_headings", "AnnualData"),
    "app.services.reports.annual_sections": (
        "AnnualData", "MemberLine", "participants_section", "network_section",
        "spending_section", "training_section", "admissions_section", "councils_section"),
}


def test_the_split_modules_are_there():
    """Their sizes are tests/test_module_sizes.py's (every module of app/ within 400 lines)."""
    assert [name for name in MODULES if not (APP / name).is_file()] == []


@pytest.mark.parametrize("module", sorted(USED))
def test_what_others_import_is_still_there(module):
    loaded = importlib.import_module(module)
    assert [name for name in USED[module] if not hasattr(loaded, name)] == []


def test_the_form_reads_contracts_and_payments_once(services, tmp_path):
    """The form and its spending figures used to read every contract three times (two
    ``contract_rows`` and a third query for the procedure and the VAT) and the payments
    and acceptances twice each."""
    build_scenario(services)
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(" ".join(statement.lower().split()))

    engine = services.store.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        rows = services.monitoring.export_form(OCTOBER, tmp_path / "форма.xlsx")
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert rows > 5

    def reading(table: str) -> list[str]:
        return [s for s in statements if s.startswith("select")
                and re.search(rf"\bfrom {table}\b", s)]

    assert len(reading("contract")) == 1, reading("contract")
    assert len(reading("payment")) == 1, reading("payment")
    assert len(reading("acceptance")) == 1, reading("acceptance")


def test_formulas_are_written_as_xlsxwriter_writes_them(tmp_path):
    """Old functions pass as they are; newer ones still get their ``_xlfn.`` prefixes (the
    fast path of ``xlsx_book._Sheet`` takes only formulas it can pass untouched)."""
    import xlsxwriter

    from app.services.reports.xlsx_book import Book

    formulas = ["=SUM(A1:A2)", '=IF(A2=0,"",ROUND(A1/A2*100,1))', "=A2-A1", "==A1",
                "=SUM(A1)+LET(x,1,x)", "=IF(A1,SWITCH(A1,1,2),0)", "=_xlfn.STDEV.S(A1:A2)"]

    def written(book) -> list[str]:
        ws = book.add_worksheet("x")
        for column, formula in enumerate(formulas, start=1):
            ws.write_formula(0, column, formula, None, 0)
        book.close()
        with zipfile.ZipFile(book.filename) as z:
            return re.findall(r"<f[^>]*>(.*?)</f>", z.read("xl/worksheets/sheet1.xml").decode())

    ours = written(Book(tmp_path / "ours.xlsx", streamed=False))
    theirs = written(xlsxwriter.Workbook(str(tmp_path / "theirs.xlsx")))
    assert ours == theirs and len(ours) == len(formulas)
    assert ours[0] == "SUM(A1:A2)" and "_xlfn." in ours[5]
