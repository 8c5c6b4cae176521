"""The monthly monitoring form as a workbook: the title block, the table with its outline
(sources, lines, procedures and contracts), and the signature block the PDF prints.

A line's, a source's and the form's figures are written as formulas with their values
stored (sums of the rows below, remaining = a difference, the shares as rounded
percentages) wherever the formula gives the service's own figure; the VAT column is summed
the same way.  Rows stream to disk (XlsxWriter's constant_memory)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

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
from app.services.reports.xlsx_book import BORDER_COLOR, DATE_FORMAT, Book, cell_ref
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


def _first_holding(rows, index: int, column: int, candidates: list[Formula]):
    for formula in candidates:
        if formula.holds(rows, rows[index][column]):
            return formula
    return None


def form_formulas(form: FormData, values: list[list]) -> dict[tuple[int, int], Formula]:
    """How each figure of the form follows from the rows below it.  ``values``: the rows'
    cells; a line's, a source's and the form's VAT (which the service does not total) are
    filled in here as the sums of their contracts'."""
    out: dict[tuple[int, int], Formula] = {}
    kinds = [row.kind for row in form.rows]
    lines: list[int] = []  # the current source's lines
    subtotals: list[int] = []
    current_line = None
    contracts: list[int] = []

    def close_line() -> None:
        if current_line is None:
            return
        values[current_line][VAT] = sum((values[c][VAT] or Decimal(0) for c in contracts),
                                        Decimal(0))
        for column in (CONTRACTED, VAT, ACCEPTED, PAID):
            out[current_line, column] = column_sum(column, contracts)
        totals(current_line)

    def totals(index: int) -> None:
        """Remaining and the shares of a figures row, whichever way the service counted."""
        for column, candidates in (
                (REMAINING, [difference(index, PLANNED, PAID),
                             difference(index, CONTRACTED, PAID)]),
                (PCT_C, [share(index, CONTRACTED, PLANNED)]),
                (PCT_P, [share(index, PAID, PLANNED), share(index, PAID, CONTRACTED)])):
            found = _first_holding(values, index, column, candidates)
            if found is not None:
                out[index, column] = found

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
            values[index][VAT] = sum((values[r][VAT] or Decimal(0) for r in lines), Decimal(0))
            for column in SUMMED:
                out[index, column] = column_sum(column, lines)
            totals(index)
            subtotals.append(index)
            lines = []
        elif kind == "total":
            close_line()
            values[index][VAT] = sum((values[r][VAT] or Decimal(0) for r in subtotals),
                                     Decimal(0))
            for column in SUMMED:
                out[index, column] = column_sum(column, subtotals)
            totals(index)
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
        base = {"valign": "top", "border": 1, "border_color": BORDER_COLOR}
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
        styles: dict[tuple, list] = {}
        for index, (row, cells) in enumerate(zip(form.rows, values, strict=True)):
            r = header + 1 + index
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
            lines = max((line_count(v, chars[i]) for i, v in enumerate(cells)
                         if isinstance(v, str) and len(v) > chars[i]), default=1)
            ws.set_row(r, row_height(lines) if lines > 1 else None, None,
                       {"level": row.level} if row.level else None)
            for c, value in enumerate(cells):
                formula = formulas.get((index, c))
                if formula is not None and formula.holds(values, value):
                    ws.write_formula(r, c, formula.excel(
                        lambda rr, cc: cell_ref(header + 1 + rr, cc)), style[c], float(value))
                elif value is None or value == "":
                    ws.write_blank(r, c, None, style[c])
                elif isinstance(value, str):
                    ws.write_string(r, c, value, style[c])  # «=…» in a subject stays text
                elif kinds[c] == "date":
                    ws.write_datetime(r, c, value, style[c])
                else:
                    ws.write_number(r, c, float(value), style[c])
        r = header + len(form.rows) + 2
        r = _signature_block(book, ws, form, r, last)
        set_up_page(ws, title=f"{form_title()} ({month_text(form.month)})", widths=widths,
                    last_row=r - 1, header=(header, header))
        book.close()
    return target


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
