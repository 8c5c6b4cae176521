"""GUI fixtures: a main window on a real database, modal questions answered by the test."""

from __future__ import annotations

import pytest

from app.settings import Settings
from app.views import dialogs


@pytest.fixture
def answers(monkeypatch):
    """Record every modal message and answer confirmations and file choices from a script."""

    class Answers:
        confirm = True
        open_file = ""
        open_files: list[str] = []  # the files chosen at once (choose_open_files)
        save_file = ""
        folder = ""  # the folder chosen (choose_folder)
        text: str | None = None  # what the user types when asked (None: cancelled)
        messages: list[tuple[str, str, str]] = []

    answers = Answers()
    answers.messages = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: answers.confirm)
    monkeypatch.setattr(
        dialogs, "show_message",
        lambda parent, title, text, details="", warning=True:
            answers.messages.append((title, text, details)),
    )
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *a: answers.open_file)
    monkeypatch.setattr(dialogs, "choose_open_files", lambda *a: list(answers.open_files))
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *a: answers.save_file)
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a: answers.folder)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **kw: answers.text)
    return answers


@pytest.fixture
def settings(tmp_path):
    return Settings(str(tmp_path / "settings.ini"))


@pytest.fixture
def window(qtbot, demo, settings, answers):
    from app.views.main_window import MainWindow

    win = MainWindow(demo, settings)
    qtbot.addWidget(win)
    win.show()
    win.show_section("participants")
    win.wait_until_loaded()
    return win


@pytest.fixture
def printer(monkeypatch, tmp_path):
    """The print dialog answered with a PDF «printer»: ``printed`` is the file the pages went
    to; the pages are pictures of the report, so ``sent_text`` keeps the text of the report's
    PDF that was handed to the printer."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from app.views import printing

    class Printer:
        printed = tmp_path / "printed.pdf"
        sent_text: list[str] = []

        def pages(self) -> int:
            return len(PdfReader(str(self.printed)).pages)

    fake = Printer()
    fake.sent_text = []

    def choose_printer(parent, qprinter):
        qprinter.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        qprinter.setOutputFileName(str(fake.printed))
        return True

    print_pdf_file = printing.print_pdf_file

    def read_then_print(pdf, qprinter):
        fake.sent_text.extend(page.extract_text() for page in PdfReader(str(pdf)).pages)
        return print_pdf_file(pdf, qprinter)

    monkeypatch.setattr(printing, "choose_printer", choose_printer)
    monkeypatch.setattr(printing, "print_pdf_file", read_then_print)
    return fake
