"""The monthly monitoring form as a workbook: the title block, the table with its outline
(sources, lines, procedures and contracts), and the signature block the PDF prints.

A line's, a source's and the form's figures are written as formulas with their values
stored (sums of the rows below, remaining = a difference, the shares as rounded
percentages) wherever the formula gives the service's own figure; the VAT column is summed
the same way.  Rows stream to disk (XlsxWriter's constant_memory)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from xlsxwriter.utility import xl_col_to_name

from app.services.files import atomic_write
from app.services.reports.formulas import Formula, column_sum, difference, share
from app.services.reports.monitoring_form_data import FormData, month_text
from app.services.reports.monitoring_form_files import (
    form_title,
    signatures,
    title_lines,
    translate,
    xlsx_columns,
    xlsx_values,
)
from app.services.reports.properties import DocumentProperties
from app.services.reports.xlsx_book import BORDER_COLOR, DATE_FORMAT, Book
from app.services.reports.xlsx_page import (
    TITLE_SIZE,
    chars_per_line,
    header_width,
    line_count,
    row_height,
    set_up_page,
)

MONEY_FORMAT = "#,##0.00"  # the headers say «руб.»: a narrow column holds 100 000 000,00
PERCENT_FORMAT = '0.0" %"'
FILLS = {"header": "#DDE7F0", "source": "#EAF0F6", "subtotal": "#F3F6F9", "total": "#DDE7F0"}
SIGN_LINE = "_" * 20
# the columns of the figures (0-based)
PLANNED, ANNOUNCED, CONTRACTED, VAT, ACCEPTED, PAID, REMAINING, PCT_C, PCT_P = range(8, 17)
SUMMED = (PLANNED, ANNOUNCED, CONTRACTED, VAT, ACCEPTED, PAID, REMAINING)


def form_formulas(form: FormData, values: list[list]) -> dict[tuple[int, int], Formula]:
    """How each figure of the form follows from the rows below it, where the formula gives
    the figure written (checked here, once).  ``values``: the rows' cells; a line's, a
    source's and the form's VAT (which the service does not total) are filled in here as
    the sums of their contracts'."""
    out: dict[tuple[int, int], Formula] = {}
    kinds = [row.kind for row in form.rows]
    lines: list[int] = []  # the current source's lines
    subtotals: list[int] = []
    current_line = None
    contracts: list[int] = []

    def put(index: int, column: int, *candidates: Formula) -> None:
        """The first candidate that gives the row's figure (the rows it reads are final)."""
        for formula in candidates:
            if formula.holds(values, values[index][column]):
                out[index, column] = formula
                return

    def close_line() -> None:
        if current_line is None:
            return
        values[current_line][VAT] = sum((values[c][VAT] or Decimal(0) for c in contracts),
                                        Decimal(0))
        for column in (CONTRACTED, VAT, ACCEPTED, PAID):
            put(current_line, column, column_sum(column, contracts))
        totals(current_line)

    def totals(index: int) -> None:
        """Remaining and the shares of a figures row, whichever way the service counted."""
        put(index, REMAINING, difference(index, PLANNED, PAID),
            difference(index, CONTRACTED, PAID))
        put(index, PCT_C, share(index, CONTRACTED, PLANNED))
        put(index, PCT_P, share(index, PAID, PLANNED), share(index, PAID, CONTRACTED))

    def close_sum(index: int, rows: list[int]) -> None:
        values[index][VAT] = sum((values[r][VAT] or Decimal(0) for r in rows), Decimal(0))
        for column in SUMMED:
            put(index, column, column_sum(column, rows))
        totals(index)

    for index, kind in enumerate(kinds):
        if kind == "line":
            close_line()
            current_line, contracts = index, []
            lines.append(index)
        elif kind == "contract":
            contracts.append(index)
            totals(index)
        elif kind == "subtotal":
            close_line()
            current_line = None
            close_sum(index, lines)
            subtotals.append(index)
            lines = []
        elif kind == "total":
            close_line()
            close_sum(index, subtotals)
    return out


def write_form_xlsx(form: FormData, target: Path | str) -> Path:
    columns = xlsx_columns(form)
    kinds = [c.kind for c in columns]
    widths = [header_width(c.width, c.title) for c in columns]
    chars = [chars_per_line(w) for w in widths]
    last = len(columns) - 1
    month = translate("MonitoringForm", "Monitoring {month}").format(month=month_text(form.month))
    values = [xlsx_values(row) for row in form.rows]
    formulas = form_formulas(form, values)
    target = Path(target)
    with atomic_write(target) as tmp:
        book = Book(tmp, DocumentProperties(form_title(), form.author, month))
        ws = book.add_worksheet(month[:31])
        for index, width in enumerate(widths):
            ws.set_column(index, index, width)
        ws.outline_settings(True, False, True, False)  # a line sits above its contracts
        r = 0
        title_chars = chars_per_line(sum(widths))
        for text, props, size in [(form_title(), {"bold": True, "font_size": TITLE_SIZE},
                                   TITLE_SIZE)] + [(t, {}, 10) for t in title_lines(form)] + [
                (translate("MonitoringForm", "Amounts are in roubles."), {}, 10)]:
            ws.set_row(r, row_height(line_count(text, title_chars * 10 // size), size))
            ws.merge_range(r, 0, r, last, text, book.style(valign="top", text_wrap=True,
                                                            **props))
            r += 1
        r += 1
        header = r
        head = book.style(bold=True, text_wrap=True, align="center", valign="vcenter",
                          bg_color=FILLS["header"], border=1, border_color=BORDER_COLOR)
        ws.set_row(r, row_height(max(line_count(c.title, chars_per_line(w, True))
                                     for c, w in zip(columns, widths, strict=True))))
        for index, column in enumerate(columns):
            ws.write_string(r, index, column.title, head)
        ws.freeze_panes(header + 1, 2)
        _table(book, ws, form, values, formulas, kinds, chars, header + 1)
        r = header + len(form.rows) + 2
        r = _signature_block(book, ws, form, r, last)
        set_up_page(ws, title=f"{form_title()} ({month_text(form.month)})", widths=widths,
                    last_row=r - 1, header=(header, header))
        book.close()
    return target


def _table(book, ws, form: FormData, values: list[list], formulas: dict, kinds: list[str],
           chars: list[int], top: int) -> None:
    """The form's rows from sheet row ``top`` on: one style per look, a row as tall as its
    longest wrapped text, a figure as its formula where there is one."""
    base = {"valign": "top", "border": 1, "border_color": BORDER_COLOR}
    styles: dict[tuple, list] = {}
    letters = [xl_col_to_name(c) for c in range(len(kinds))]
    ref = lambda rr, cc: f"{letters[cc]}{top + 1 + rr}"  # noqa: E731 - A1 of a form row
    by_row: dict[int, dict[int, Formula]] = {}
    for (index, c), formula in formulas.items():
        by_row.setdefault(index, {})[c] = formula
    texts = [(i, n) for i, n in enumerate(chars) if kinds[i] == "text"]
    dated = {i for i, k in enumerate(kinds) if k == "date"}
    wrapped: dict[tuple[str, int], int] = {}  # (text, characters a line) → lines
    write_blank, write_string, write_number = ws.write_blank, ws.write_string, ws.write_number
    for index, (row, cells) in enumerate(zip(form.rows, values, strict=True)):
        r = top + index
        indent = row.level + (1 if row.under_procedure else 0)
        key = (row.kind, indent, row.attention)
        if key not in styles:
            look = dict(base, bold=row.bold)
            if row.kind in FILLS:
                look["bg_color"] = FILLS[row.kind]
            if row.attention:
                look["font_color"] = "#9B1C1C"
            styles[key] = [book.style(**look, **_kind_props(k, indent if i == 1 else 0))
                           for i, k in enumerate(kinds)]
        style = styles[key]
        lines = 1
        for i, n in texts:
            value = cells[i]
            if isinstance(value, str) and len(value) > n:
                found = wrapped.get((value, n))
                if found is None:  # suppliers, statuses, subjects repeat down the form
                    found = wrapped[value, n] = line_count(value, n)
                lines = max(lines, found)
        level = row.level
        ws.set_row(r, row_height(lines) if lines > 1 else None, None,
                   {"level": level} if level else None)
        own = by_row.get(index, {})
        for c, value in enumerate(cells):
            if value is None or value == "":
                write_blank(r, c, None, style[c])
            elif isinstance(value, str):
                write_string(r, c, value, style[c])  # «=…» in a subject stays text
            elif c in own:
                ws.write_formula(r, c, own[c].excel(ref), style[c], float(value))
            elif c in dated:
                ws.write_datetime(r, c, value, style[c])
            else:
                write_number(r, c, float(value), style[c])


def _kind_props(kind: str, indent: int) -> dict:
    if kind == "text":
        return {"text_wrap": True, "indent": indent} if indent else {"text_wrap": True}
    return {"num_format": {"money": MONEY_FORMAT, "percent": PERCENT_FORMAT,
                           "date": DATE_FORMAT}[kind]}


def _signature_block(book, ws, form: FormData, r: int, last: int) -> int:
    """«Руководитель получателя гранта ______ / ______ /» … as the PDF prints it (the same
    lines: monitoring_form_files.signatures); returns the row after it."""
    text = book.style(valign="bottom")
    for role, name in signatures(form):
        ws.set_row(r, 24)
        ws.write_string(r, 1, role, text)
        ws.write_string(r, 2, SIGN_LINE, text)
        if name is not None:
            ws.merge_range(r, 3, r, min(6, last), f"/ {name or '_' * 20} /", text)
        r += 1
    return r
