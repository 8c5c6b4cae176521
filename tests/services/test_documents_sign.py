"""Documents people sign, read back with poppler: a draft is marked on every page, negative
numbers carry the minus sign, documents for regulators do not name the program, the
monitoring form and the protocol carry signature blocks that never stand alone on a page, the
protocol has its «СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ» parts, and the command line writes the
monitoring form's xlsx and PDF together."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from decimal import Decimal

import openpyxl
from PySide6.QtCore import QCoreApplication

from app.bootstrap import main
from app.services import clock
from app.services.reports.career_map import file_name
from app.services.reports.career_model import PrintableMap
from app.services.reports.model import Column, TableReport
from app.services.reports.monitoring import write_report
from app.services.reports.pdf import write_pdf
from app.services.reports.plans import plan_report

translate = QCoreApplication.translate


def _pages(path) -> list[str]:
    """Each page's text, whitespace squeezed and words hyphenated at a line's end joined
    again (poppler's pdftotext, without -layout: a paragraph's lines in order)."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def test_a_draft_plan_is_marked_on_every_page(demo, tmp_path):
    plan = max(demo.events.plans(), key=lambda p: p.events)
    draft = replace(plan, status="draft", approved_by="", protocol_no="", approved_on=None)
    events = demo.events.events(plan_id=plan.id)
    report = plan_report(draft, events * 3, [], "Кластер")  # long enough for several pages
    pages = _pages(write_report(report, tmp_path / "план.pdf"))
    mark = translate("Reports", "DRAFT")
    assert mark == "ПРОЕКТ" and len(pages) >= 3
    assert all(mark in page for page in pages)
    # an approved plan carries no mark at all
    pages = _pages(write_report(plan_report(plan, events, [], "Кластер"), tmp_path / "у.pdf"))
    assert not any(mark in page for page in pages)


def test_negative_numbers_print_with_the_minus_sign(tmp_path):
    report = TableReport("Отклонения", [Column("Сумма", "money"), Column("Шт.", "int"),
                                        Column("Доля", "number")],
                         rows=[[Decimal("-1234.5"), -5, Decimal("-2.5")],
                               [Decimal("10"), 3, Decimal("1.5")]])
    text = _pages(write_pdf(report, tmp_path / "минус.pdf"))[0]
    assert "\u22121 234,50" in text and "\u22125" in text and "\u22122,5" in text
    assert "-1" not in text and "-5" not in text and "-2" not in text
    assert "10,00" in text and "1,5" in text


def test_documents_for_regulators_do_not_name_the_program(demo, tmp_path):
    year = demo.indicators.programme().year_from + 1
    for key in ("indicators", "annual"):
        for suffix in (".pdf", ".xlsx"):
            out = tmp_path / f"{key}{suffix}"
            (demo.indicator_reports.indicators_report if key == "indicators"
             else demo.annual_reports.annual_report)(year, out)
            if suffix == ".pdf":
                text = " ".join(_pages(out))
            else:
                text = " ".join(str(c.value) for ws in openpyxl.load_workbook(out).worksheets
                                for row in ws.iter_rows() for c in row if c.value is not None)
            assert "ClusterDesk" not in text, out.name
            assert "рассчитано" in text or "calculated" in text or "computed" in text


def _signed_report(rows: int) -> TableReport:
    return TableReport("Форма", [Column("№", "int", 6), Column("Статья", "text", 60),
                                 Column("Сумма", "money", 20)],
                       rows=[[n, f"Строка {n}", Decimal(n)] for n in range(1, rows + 1)],
                       signatures=[("Руководитель", ""), ("Исполнитель", "Иванов И. И."),
                                   ("Телефон", None), ("Дата", None)])


def test_a_signature_block_never_stands_alone_on_a_page(tmp_path):
    """Whatever the number of rows, the page with the signatures also holds the last row."""
    seen_pages = set()
    for rows in range(18, 40):
        pages = _pages(write_pdf(_signed_report(rows), tmp_path / f"{rows}.pdf"))
        signed = [p for p in pages if "Руководитель" in p]
        assert len(signed) == 1, rows
        assert f"Строка {rows} " in signed[0] + " ", rows  # the last row is on that page
        assert "Иванов И. И." in signed[0] and "Телефон" in signed[0]
        seen_pages.add(len(pages))
    assert len(seen_pages) >= 2  # the range crosses a page break


def test_the_monitoring_form_is_signed_and_names_a_category_once(demo, tmp_path):
    month = clock.today().replace(day=1)
    out = tmp_path / "форма.pdf"
    demo.monitoring.export_form(month, out)
    pages = _pages(out)
    text = " ".join(pages)
    assert "Оборудование: Оборудование" not in text
    for role in ("Head of the grant recipient", "Executor", "Executor's phone", "Date"):
        assert translate("MonitoringForm", role) in pages[-1]
    assert "Всего по всем источникам" in pages[-1]  # signed with its last row


def test_the_protocol_has_its_parts_the_votes_and_signatures_with_a_decision(demo, tmp_path):
    meeting = demo.governance.meetings()[0]
    decisions = demo.governance.decisions(meeting_id=meeting.id)
    pages = _pages(demo.protocols.protocol(meeting.id, tmp_path / "протокол.pdf"))
    text = " ".join(pages)
    heard, spoke = translate("Reports", "HEARD:"), translate("Reports", "SPOKE:")
    agenda = demo.governance.meeting(meeting.id).agenda
    assert text.count(heard) == text.count(spoke) == len(agenda)
    assert text.count(translate("Reports", "DECIDED:")) >= 1
    votes = [demo.governance.decision(d.id).votes_for for d in decisions]
    assert text.count(translate("Reports", "The vote is not recorded.")) == sum(
        v is None for v in votes)
    chair = translate("Reports", "Chair")
    signed = [p for p in pages if chair in p]
    assert len(signed) == 1
    before = signed[0].split(chair)[0]
    assert f"{len(agenda)}.1." in before  # the last item's decision stands above them


def test_report_monitoring_pdf_writes_the_workbook_and_the_pdf(tmp_path, capsys):
    out = tmp_path / "форма.xlsx"
    assert main(["--demo", "report", "monitoring", "--month", "2026-10", "--out", str(out),
                 "--pdf"]) == 0
    pdf = out.with_suffix(".pdf")
    assert out.read_bytes()[:2] == b"PK" and pdf.read_bytes()[:4] == b"%PDF"
    said = capsys.readouterr().out
    assert str(out) in said and str(pdf) in said


def test_a_career_map_file_name_is_cut_at_a_word():
    m = PrintableMap(code="13.02.13", kind="specialty", college="БПОУ ВО «ЧМК»",
                     profession="Эксплуатация и обслуживание электрического и "
                                "электромеханического оборудования (по отраслям)")
    name = file_name(m)
    assert name == ("13.02.13 Эксплуатация и обслуживание электрического и "
                    "электромеханического оборудования.pdf")
    short = replace(m, profession="Технология машиностроения")
    assert file_name(short) == "13.02.13 Технология машиностроения.pdf"


def test_a_narrow_cell_breaks_russian_words_by_syllables(tmp_path):
    import pyphen

    word = "электромеханического"
    report = TableReport("Т", [Column("Узкая", "text", 3), Column("Широкая", "text", 40)],
                         rows=[[word, "x"]])
    text = subprocess.run(["pdftotext", "-layout", str(write_pdf(report, tmp_path / "h.pdf")),
                           "-"], capture_output=True, text=True, check=True).stdout
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "Узкая" in line) + 1
    cell = [line.split()[0] for line in lines[start:] if line.strip()][:-1]  # not «Page 1»
    assert len(cell) >= 2 and all(part.endswith("-") for part in cell[:-1])
    assert "".join(part.rstrip("-") for part in cell) == word
    cuts, done = set(pyphen.Pyphen(lang="ru_RU").positions(word)), 0
    for part in cell[:-1]:
        done += len(part) - 1
        assert done in cuts, part  # between syllables, never «электромехани|ческого»
