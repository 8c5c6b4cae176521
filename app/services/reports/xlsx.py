"""Write a ``TableReport`` to .xlsx (XlsxWriter, rows streamed to disk as they are written).

User text is always written as a text cell, so «=HYPERLINK(…)» or «+7 (999)…» stays the
literal text it was (no formula injection).  A figure the report says follows from other
cells (``TableReport.formulas``) is written as a formula with the figure stored.  Every sheet
prints: paper and orientation for its columns, header rows repeated, rows as tall as their
wrapped text, a numbered footer (reports/xlsx_page.py).  An untitled report's header is the
first row, so an exported file imports back as it is.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from app.services.files import atomic_write
from app.services.readiness import shown_percent
from app.services.reports.model import (
    ATTENTION_FILL,
    ATTENTION_INK,
    PERCENT_FILLS,
    TableReport,
    percent_band,
)
from app.services.reports.period import preliminary_mark
from app.services.reports.properties import report_properties
from app.services.reports.xlsx_book import (
    BORDER_COLOR,
    DATE_FORMAT,
    MONEY_FORMAT,
    NUMBER_FORMAT,
    Book,
    cell_ref,
)
from app.services.reports.xlsx_page import (
    TITLE_SIZE,
    chars_per_line,
    header_width,
    line_count,
    row_height,
    set_up_page,
)

PERCENT_FORMAT = '0" %"'
HEADER_FILL = "#DDE7F0"
GROUP_FILL = "#E8EEF4"
APPROVAL_CHARS = 45  # how wide the approval block at the top right is, in characters
INDENT_SPACES = 4  # leading spaces a level of indent stood for in the report's text

_NUMBER_FORMATS = {"date": DATE_FORMAT, "money": MONEY_FORMAT, "number": NUMBER_FORMAT,
                   "percent": PERCENT_FORMAT}


def write_xlsx(report: TableReport, target: Path | str) -> Path:
    return write_xlsx_book([report], target)


def _sheet_titles(reports: list[TableReport]) -> list[str]:
    """Each report's sheet name, cut to Excel's 31 characters and made unique."""
    titles: list[str] = []
    for report in reports:
        base = "".join("_" if ch in '[]:*?/\\' else ch for ch in report.sheet_name)
        base = base.strip("'")[:31]
        title, n = base or "Лист", 1
        while title.casefold() in {t.casefold() for t in titles}:
            n += 1
            title = f"{base[:31 - len(str(n)) - 1]} {n}"
        titles.append(title)
    return titles


def write_xlsx_book(reports: list[TableReport], target: Path | str) -> Path:
    """Several reports in one workbook, a sheet each, in the order given."""
    target = Path(target)
    # the temporary file first: a folder that cannot be written fails before any work
    with atomic_write(target) as tmp:
        # a book is titled by its first report (the annual report's cover)
        book = Book(tmp, report_properties(reports[0]) if reports else None)
        for report, title in zip(reports, _sheet_titles(reports), strict=True):
            _SheetWriter(book, book.add_worksheet(title), report).write()
        book.close()
    return target


def _approval_column(report: TableReport) -> int:
    """The first column (0-based) of the approval block: as many of the last columns as
    make it about APPROVAL_CHARS wide."""
    width, column = 0, len(report.columns)
    while column > 1 and width + report.columns[column - 1].width < APPROVAL_CHARS:
        width += report.columns[column - 1].width
        column -= 1
    return column - 1


class _SheetWriter:
    def __init__(self, book: Book, ws, report: TableReport):
        self.book, self.ws, self.report = book, ws, report
        self.widths = [header_width(c.width, c.title) for c in report.columns] or [20]
        self.kinds = [c.kind for c in report.columns]
        self.last = len(self.widths) - 1
        self.chars = [chars_per_line(w) for w in self.widths]
        self.row = 0  # the next row to write (0-based)

    # --- formats ----------------------------------------------------------------------
    def fmt(self, kind: str = "text", look: str = "", indent: int = 0, band: str = ""):
        props: dict = {"border": 1, "border_color": BORDER_COLOR, "valign": "top"}
        if kind in _NUMBER_FORMATS:
            props["num_format"] = _NUMBER_FORMATS[kind]
        if kind == "text":
            props["text_wrap"] = True
        if indent:
            props["indent"] = indent
        if look in ("bold", "header", "group"):
            props["bold"] = True
        if look == "header":
            props.update(bg_color=HEADER_FILL, valign="vcenter")
        elif look == "group":
            props["bg_color"] = GROUP_FILL
        elif look == "attention":
            props.update(font_color=ATTENTION_INK, bg_color=ATTENTION_FILL)
        if band:
            props.update(bg_color=PERCENT_FILLS[band], align="right")
        return self.book.style(**props)

    def plain(self, **props):
        return self.book.style(valign="top", **props)

    # --- the sheet ------------------------------------------------------------------------
    def write(self) -> None:
        report, ws = self.report, self.ws
        for index, width in enumerate(self.widths):
            ws.set_column(index, index, width)
        mark = preliminary_mark(report.period_end, report.made_on)
        titled = bool(report.subtitle or report.approval or mark)  # a printed report
        if report.approval:
            self._approval()
        if titled:
            self._across(report.title, self.plain(bold=True, font_size=TITLE_SIZE,
                                                  text_wrap=True), TITLE_SIZE)
            if report.subtitle:
                self._across(report.subtitle, self.plain(text_wrap=True))
            if mark:
                self._across(mark, self.plain(bold=True, font_color=ATTENTION_INK))
            self.row += 1
        top = self.row
        if not report.approval:  # ten frozen rows would fill the screen: paper repeats it
            ws.freeze_panes(top + 1, 0)
        self._header()
        self._rows()
        last_data = self.row - 1
        if report.rows and not report.group_rows:  # Excel cannot sort merged headers
            ws.autofilter(top, 0, top + self._data_rows(), self.last)
        if report.notes:
            self._notes()
        set_up_page(ws, title=report.title, widths=self.widths,
                    last_row=max(self.row - 1, last_data), header=(top, top))

    def _across(self, text: str, style, size: float = 10) -> None:
        """A line of text across the table's width, wrapped, as tall as it wraps."""
        chars = chars_per_line(sum(self.widths)) * 10 // size
        lines = line_count(text, max(chars, 1))
        if lines > 1 or size != 10:
            self.ws.set_row(self.row, row_height(lines, size))
        if self.last:
            self.ws.merge_range(self.row, 0, self.row, self.last, text, style)
        else:
            self.ws.write_string(self.row, 0, text, style)
        self.row += 1

    def _approval(self) -> None:
        """«УТВЕРЖДЕНО …» in the top right cells, a line a row, wrapped; then an empty row.
        The sheet is fitted to the page's width, so the block never splits across pages."""
        first = _approval_column(self.report)
        chars = chars_per_line(sum(self.widths[first:]))
        style = self.plain(text_wrap=True)
        for line in self.report.approval:
            lines = line_count(line, chars)
            if lines > 1:
                self.ws.set_row(self.row, row_height(lines))
            if first < self.last:
                self.ws.merge_range(self.row, first, self.row, self.last, line, style)
            else:
                self.ws.write_string(self.row, first, line, style)
            self.row += 1
        self.row += 1

    def _header(self) -> None:
        style = self.fmt("text", "header")
        lines = max((line_count(c.title, chars_per_line(w, bold=True))
                     for c, w in zip(self.report.columns, self.widths, strict=False)),
                    default=1)
        if lines > 1:
            self.ws.set_row(self.row, row_height(lines))
        for index, column in enumerate(self.report.columns):
            self.ws.write_string(self.row, index, column.title, style)
        self.row += 1

    def _data_rows(self) -> int:
        """The rows the filter covers: the table's, without the totals closing it."""
        count = len(self.report.rows)
        closing = self.report.bold_rows
        while count and (count - 1) in closing:
            count -= 1
        return count or len(self.report.rows)

    def _rows(self) -> None:
        report, ws = self.report, self.ws
        top = self.row
        looks = {"": [self.fmt(k) for k in self.kinds]}
        group = self.fmt("text", "group")
        formulas = report.formulas
        for index, row in enumerate(report.rows):
            r = top + index
            if index in report.group_rows:  # a section header across the table
                text = "" if not row or row[0] is None else str(row[0])
                lines = line_count(text, chars_per_line(sum(self.widths), bold=True))
                if lines > 1:
                    ws.set_row(r, row_height(lines))
                if self.last:
                    ws.merge_range(r, 0, r, self.last, text, group)
                else:
                    ws.write_string(r, 0, text, group)
                continue
            look = ("attention" if index in report.attention_rows
                    else "bold" if index in report.bold_rows else "")
            if look not in looks:
                looks[look] = [self.fmt(k, look) for k in self.kinds]
            styles = looks[look]
            lines = 1
            for c, value in enumerate(row[:len(self.kinds)]):
                if isinstance(value, str) and len(value) > self.chars[c]:
                    lines = max(lines, line_count(value.strip(), self.chars[c]))
            if lines > 1:
                ws.set_row(r, row_height(lines))
            for c, value in enumerate(row[:len(self.kinds)]):
                if formulas and (index, c) in formulas and \
                        formulas[index, c].holds(report.rows, value):
                    ws.write_formula(r, c, formulas[index, c].excel(
                        lambda rr, cc: cell_ref(top + rr, cc)), styles[c], float(value))
                    continue
                self._cell(r, c, value, self.kinds[c], styles[c], look)
            for c in range(len(row), len(self.kinds)):
                ws.write_blank(r, c, None, styles[c])
        self.row = top + len(report.rows)

    def _cell(self, r: int, c: int, value, kind: str, style, look: str) -> None:
        ws = self.ws
        if kind == "percent":
            band = percent_band(value)
            if value is None:
                ws.write_string(r, c, "—", self.fmt("text", look, band=band))
            else:  # the figure the PDF and the window print (readiness.shown_percent)
                ws.write_number(r, c, int(shown_percent(value)),
                                self.fmt("percent", look, band=band))
            return
        if value is None or value == "":
            ws.write_blank(r, c, None, style)
        elif isinstance(value, str):
            if value[:1] == " " and kind == "text":  # indent by alignment, not by spaces
                spaces = len(value) - len(value.lstrip(" "))
                indent = -(-spaces // INDENT_SPACES)
                ws.write_string(r, c, value.lstrip(" "), self.fmt(kind, look, indent))
            elif kind == "date":  # «04.02.2026 – 05.03.2026»: a range wraps, never cut
                ws.write_string(r, c, value, self.fmt("text", look))
            else:
                ws.write_string(r, c, value, style)
        elif isinstance(value, bool):
            ws.write_string(r, c, str(value), style)
        elif kind == "date" and isinstance(value, date):
            ws.write_datetime(r, c, value, style)
        elif kind in ("money", "number", "int") and isinstance(value, int | Decimal | float):
            ws.write_number(r, c, float(value) if isinstance(value, Decimal) else value, style)
        else:
            ws.write_string(r, c, str(value), style)

    def _notes(self) -> None:
        """The paragraphs after the table, each across the table's width, wrapped."""
        self.row += 1
        if self.report.notes_title:
            self.ws.write_string(self.row, 0, self.report.notes_title, self.plain(bold=True))
            self.row += 1
        style = self.plain(text_wrap=True)
        for note in self.report.notes:
            self._across(note, style)
