"""The «Reports» section: every report of the catalog is saved from the page and read back;
printing goes through the print dialog to the pages of the report's PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest

from app.services.reports import catalog
from app.views import printing
from app.views.reports_page import ReportsPage


@pytest.fixture
def page(qtbot, demo, settings, answers):
    from app.services.tasks import TaskRunner

    tasks = TaskRunner()
    widget = ReportsPage(demo, settings, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.tasks_runner = tasks
    return widget


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def _xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    return "\n".join(str(value) for sheet in book.worksheets
                     for row in sheet.iter_rows(values_only=True) for value in row
                     if value is not None)


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    return "\n".join([p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells])


def test_every_report_of_the_list_is_saved_from_the_page_and_reads_back(page, answers, tmp_path):
    assert page.table.rowCount() == len(catalog.REPORTS) >= 12
    for kind in catalog.REPORTS:
        page.select_report(kind.key)
        page.tasks_runner.wait()  # a report's records are read off the GUI thread
        assert page.params_box.title() == kind.display_title()
        if kind.needs and kind.needs[0] not in (catalog.YEAR, catalog.MONTH, catalog.PERIOD):
            assert page.record_combo.count() >= 1 and page.record_combo.currentData() is not None
        if catalog.MONTH in kind.needs:
            page.month_edit.setDate(page.month_edit.date().addMonths(-1))
        for fmt in kind.formats:
            page.format_combo.setCurrentIndex(page.format_combo.findData(fmt))
            answers.save_file = str(tmp_path / f"{kind.key}.{fmt}")
            page.save_report()
            page.tasks_runner.wait(60_000)
            out = Path(answers.save_file)
            assert out.is_file(), (kind.key, fmt, answers.messages)
            text = {"pdf": _pdf_text, "docx": _docx_text}.get(fmt, _xlsx_text)(out)
            assert any("а" <= ch <= "я" for ch in text.casefold()), (kind.key, fmt)
    assert answers.messages == []


def test_the_record_and_the_year_the_user_chose_are_the_ones_reported(page, demo, answers,
                                                                       tmp_path):
    page.select_report("indicators")
    assert page.year_edit.isVisible() and not page.record_combo.isVisible()
    page.year_edit.setValue(date.today().year)
    page.format_combo.setCurrentIndex(page.format_combo.findData("xlsx"))
    answers.save_file = str(tmp_path / "indicators")  # no extension typed: .xlsx is added
    page.save_report()
    page.tasks_runner.wait(60_000)
    assert str(date.today().year) in _xlsx_text(tmp_path / "indicators.xlsx")

    page.select_report("career-map")
    page.tasks_runner.wait()
    assert page.record_combo.isVisible() and not page.year_edit.isVisible()
    maps = demo.career_maps.maps()
    chosen = maps[-1]
    page.record_combo.setCurrentIndex(page.record_combo.findData(str(chosen.id)))
    answers.save_file = str(tmp_path / "map.pdf")
    page.save_report()
    page.tasks_runner.wait(60_000)
    assert answers.messages == []
    text = " ".join(_pdf_text(tmp_path / "map.pdf").split())
    assert " ".join(chosen.profession.split())[:20] in text


def test_a_period_that_ends_before_it_starts_is_refused_and_nothing_is_written(page, answers,
                                                                               tmp_path):
    page.select_report("reach")
    page.period_to.setDate(page.period_from.date().addDays(-1))
    answers.save_file = str(tmp_path / "reach.xlsx")
    page.save_report()
    assert answers.messages and "период" in answers.messages[-1][1]
    assert not (tmp_path / "reach.xlsx").exists()


def test_printing_sends_every_page_of_the_report_to_the_chosen_printer(page, demo, printer,
                                                                       tmp_path):
    printed = printer.printed
    page.select_report("participants")
    assert page.print_report() >= 1
    reference = tmp_path / "reference.pdf"
    catalog.write_report(demo, "participants", page.params(), reference)
    assert len(pypdf.PdfReader(printed).pages) == len(pypdf.PdfReader(reference).pages) >= 1
    # the pages are pictures of the report: the first is not blank
    import subprocess

    subprocess.run(["pdftoppm", "-r", "20", "-f", "1", "-l", "1", "-png", str(printed),
                    str(tmp_path / "page")], check=True)
    from PIL import Image

    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    assert image.getextrema()[0] < 128  # some dark (text) pixels


def test_a_cancelled_print_dialog_prints_nothing(page, monkeypatch):
    monkeypatch.setattr(printing, "choose_printer", lambda parent, printer: False)
    written = []
    monkeypatch.setattr(catalog, "write_report", lambda *a: written.append(a))
    page.select_report("roadmap")
    assert page.print_report() == 0
    assert written == []


def test_the_search_box_narrows_the_list(page, qtbot):
    page.search.setText("протокол")
    shown = [row for row in range(page.table.rowCount()) if not page.table.isRowHidden(row)]
    assert [page.table.item(row, 0).data(0x0100) for row in shown] == ["protocol"]
    page.search.clear()
    assert not any(page.table.isRowHidden(row) for row in range(page.table.rowCount()))


def test_a_report_about_a_record_on_an_empty_database_says_there_is_nothing(qtbot, services,
                                                                             settings, answers,
                                                                             tmp_path):
    from app.services.tasks import TaskRunner

    tasks = TaskRunner()
    page = ReportsPage(services, settings, tasks)
    qtbot.addWidget(page)
    page.select_report("inspection")
    tasks.wait()
    answers.save_file = str(tmp_path / "act.pdf")
    page.save_report()
    assert answers.messages and not (tmp_path / "act.pdf").exists()


def test_save_and_print_are_on_the_screen_once(page):
    """Issue 21, item 6: the toolbar's actions, not a second pair of buttons under the form."""
    from PySide6.QtWidgets import QAbstractButton

    page.show()
    def plain(text: str) -> str:  # a tool button shows its action's text without «…»
        return text.replace("&", "").rstrip("…")

    names = [plain(b.text()) for b in page.findChildren(QAbstractButton) if b.isVisible()]
    save, print_ = plain(page.export_action.text()), plain(page.print_action.text())
    assert names.count(save) == 1 and names.count(print_) == 1, names


def test_a_reports_records_are_read_in_the_background_the_last_choice_winning(
        page, monkeypatch):
    import threading

    on_gui_thread = []
    real_choices = catalog.choices
    monkeypatch.setattr(catalog, "choices", lambda services, need: (
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        or real_choices(services, need)))
    page.select_report("career-map")
    assert page.record_combo.itemText(0) == "Загрузка…"
    assert not page.export_action.isEnabled() and not page.print_action.isEnabled()
    page.select_report("inspection")  # chosen before the maps arrived
    page.tasks_runner.wait()
    assert on_gui_thread and not any(on_gui_thread)
    wanted = [c.label for c in real_choices(page.services, catalog.INSPECTION)]
    assert [page.record_combo.itemText(i) for i in range(page.record_combo.count())] == wanted
    assert page.export_action.isEnabled() and page.record_combo.isEnabled()
