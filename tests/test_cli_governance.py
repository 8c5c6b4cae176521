"""The command line for governance and results: «report indicators», «report annual» (one
workbook or one PDF), «list meetings» and «report protocol».  The files are read back and
compared with what the services say for the same year."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.bootstrap import main
from app.cli.governance import parse_year
from app.services.base import translate
from app.services.reports.annual import annual_reports, summary_figures
from app.services.reports.model import ATTENTION_FILL


@pytest.fixture
def year(demo) -> int:
    """A year of the demo programme that is over (its actuals are in)."""
    return demo.indicators.programme().year_from + 1


@pytest.fixture
def cli(demo, db_url, monkeypatch, capsys):
    """Run a command on the demo database as its administrator: (exit code, out, err)."""
    monkeypatch.setenv("CLUSTERDESK_USER", "admin")
    monkeypatch.setenv("CLUSTERDESK_PASSWORD", "demo")

    def run(*argv) -> tuple[int, str, str]:
        code = main(["--db", db_url, *(str(a) for a in argv)])
        said = capsys.readouterr()
        assert "Traceback" not in said.err
        return code, said.out, said.err

    return run


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def table(ws) -> tuple[list[list], list[bool]]:
    """The rows under the header («№»…) down to the first empty row, and for each whether it
    is marked (behind its target)."""
    rows, marked, inside = [], [], False
    for cells in ws.iter_rows():
        values = [c.value for c in cells]
        if not inside:
            inside = values[:2] == [translate("Reports", "No."),
                                    translate("Reports", "Indicator")]
            continue
        if all(v is None for v in values):
            break
        rows.append(values)
        marked.append((cells[0].fill.fgColor.rgb or "").upper().endswith(
            ATTENTION_FILL.lstrip("#").upper()))
    assert inside, "no header row"
    return rows, marked


def same(a, b) -> bool:
    if isinstance(a, int | float | Decimal) and isinstance(b, int | float | Decimal):
        return Decimal(str(a)) == Decimal(str(b))
    return a == b


def test_indicators_report_xlsx_matches_the_service(demo, cli, year, tmp_path):
    rows = demo.indicators.rows(year)
    behind = sum(1 for r in rows if r.behind)
    assert rows and 0 < behind < len(rows)  # the demo has both kinds
    out = tmp_path / "показатели.xlsx"
    code, said, _ = cli("report", "indicators", "--year", year, "--out", out)
    assert code == 0 and str(out) in said
    assert translate("Reports", "Indicators: {total}; behind the target: {behind}.").format(
        total=len(rows), behind=behind) in said
    wb = load_workbook(out, data_only=True)
    assert wb.sheetnames == [translate("Reports", "Indicators")]
    ws = wb.active
    assert str(year) in ws["A1"].value
    written, marked = table(ws)
    assert [r[1] for r in written] == [r.name for r in rows]
    assert sum(marked) == behind
    assert marked == [r.behind for r in rows]
    assert all(same(w[4], r.target) for w, r in zip(written, rows, strict=True))


def test_indicators_report_pdf(cli, year, tmp_path):
    out = tmp_path / "показатели.PDF"
    code, said, _ = cli("report", "indicators", "--year", f" {year} ", "--out", out)
    assert code == 0 and str(out) in said
    text = pdftotext(out)
    assert translate("Reports", "Performance indicators of the programme of activity for "
                                "{year}").format(year=year).split()[0] in text
    assert str(year) in text


def test_annual_report_xlsx_a_sheet_per_section(demo, cli, year, tmp_path):
    out = tmp_path / "годовой.xlsx"
    code, said, _ = cli("report", "annual", "--year", year, "--out", out)
    assert code == 0 and str(out) in said
    d = demo.annual_reports.annual_data(year)
    reports = annual_reports(d)
    wb = load_workbook(out, data_only=True)
    assert wb.sheetnames == [r.sheet_name[:31] for r in reports]
    assert wb.sheetnames[0] == translate("Reports", "Summary")
    summary = wb.worksheets[0]
    assert summary["A1"].value == translate(
        "Reports", "Annual report of the cluster for {year}").format(year=year)
    lines = [list(r) for r in summary.iter_rows(min_row=5, values_only=True) if r[1] is not None]
    figures = summary_figures(d)
    assert len(lines) == len(figures)
    for (_, figure, value, unit), line in zip(figures, lines, strict=True):
        assert line[0] == figure and line[2] == unit and same(line[1], value), line
    written, marked = table(wb[translate("Reports", "Indicators")])
    assert [r[1] for r in written] == [r.name for r in d.indicators]
    assert sum(marked) == sum(1 for r in d.indicators if r.behind) > 0
    assert d.meetings and d.decisions  # the councils section has something to show


def test_annual_report_pdf(cli, year, tmp_path):
    out = tmp_path / "годовой.pdf"
    code, said, _ = cli("report", "annual", "--year", year, "--out", out)
    assert code == 0 and str(out) in said
    text = pdftotext(out)
    assert "Годовой отчёт" in text and str(year) in text
    assert translate("Reports", "Annual report of the cluster for {year}").format(
        year=year) in " ".join(text.split())


def test_list_meetings_then_the_protocol(demo, cli, tmp_path):
    code, said, _ = cli("list", "meetings")
    assert code == 0
    lines = [line.split("\t") for line in said.splitlines()]
    meetings = demo.governance.meetings()
    assert len(lines) == len(meetings) > 0
    assert lines == [[str(m.id), " ".join(m.council.split()), m.number, m.held_on.isoformat(),
                      str(m.decisions)] for m in meetings]
    first = meetings[0]
    out = tmp_path / "протокол.pdf"
    code, said, _ = cli("report", "protocol", "--id", lines[0][0], "--out", out)
    assert code == 0 and str(out) in said
    text = pdftotext(out)
    assert "ПРОТОКОЛ" in text and f"№ {first.number}" in text
    assert first.held_on.strftime("%d.%m.%Y") in text


@pytest.mark.parametrize("bad", ["1999", "2101", "двадцать", "2025.5", "", "-2025"])
@pytest.mark.parametrize("kind", ["indicators", "annual"])
def test_a_bad_year_is_a_usage_error(cli, tmp_path, kind, bad):
    out = tmp_path / "отчёт.xlsx"
    code, said, err = cli("report", kind, "--year", bad, "--out", out)
    assert code == 2 and not said and err.strip()
    assert not out.exists()


@pytest.mark.parametrize("kind", ["indicators", "annual"])
def test_no_year_is_a_usage_error(cli, tmp_path, kind):
    out = tmp_path / "отчёт.pdf"
    code, _, err = cli("report", kind, "--out", out)
    assert code == 2 and "--year" in err and not out.exists()


@pytest.mark.parametrize(("kind", "name"), [
    ("indicators", "отчёт.docx"), ("annual", "отчёт.csv"), ("annual", "отчёт")])
def test_a_file_of_another_kind_is_refused(cli, year, tmp_path, kind, name):
    out = tmp_path / name
    code, said, err = cli("report", kind, "--year", year, "--out", out)
    assert code == 1 and not said and err.strip()
    assert not out.exists()


def test_the_protocol_goes_to_a_pdf_only(demo, cli, tmp_path):
    out = tmp_path / "протокол.xlsx"
    meeting = demo.governance.meetings()[0]
    code, said, err = cli("report", "protocol", "--id", meeting.id, "--out", out)
    assert code == 1 and not said and err.strip() and not out.exists()


@pytest.mark.parametrize("args", [
    ["report", "protocol", "--id", str(uuid.uuid4())],
    ["report", "protocol", "--id", "не-номер"],
    ["report", "protocol"],
])
def test_protocol_usage_errors_exit_2(cli, tmp_path, args):
    out = tmp_path / "протокол.pdf"
    code, said, err = cli(*args, "--out", out)
    assert code == 2 and not said and "list meetings" in err
    assert not out.exists()


def test_years_in_range_only():
    assert parse_year("2026") == parse_year(" 2026 ") == 2026
    assert parse_year("2000") == 2000 and parse_year("2100") == 2100
    for bad in (None, "", "1999", "2101", "26", "２０２６", "2026-01", "+2026"):
        with pytest.raises(ValueError):
            parse_year(bad)
