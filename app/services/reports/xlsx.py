"""Write a ``TableReport`` to .xlsx with openpyxl.

Write-only mode keeps memory flat for big sheets.  User text is always stored as a text cell,
so «=HYPERLINK(…)» or «+7 (999)…» stays the literal text it was (no formula injection).
The header is the first row, so an exported file imports back as it is.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

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

DATE_FORMAT = "DD.MM.YYYY"
MONEY_FORMAT = '#,##0.00" ₽"'
PERCENT_FORMAT = '0" %"'
NUMBER_FORMAT = "#,##0.###"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
GROUP_FILL = PatternFill("solid", fgColor="E8EEF4")
APPROVAL_CHARS = 45  # how wide the approval block at the top right is, in characters
LINE_HEIGHT = 15  # points, one line of 11-pt text


def _value(ws, value, kind: str):
    """A value as the write-only sheet takes it: plain text and unformatted numbers as they
    are (a styled cell costs openpyxl a raised and caught error per cell, twice the time of a
    plain value), everything else through ``_cell``."""
    if (value is None or value == "") and kind != "percent":  # a percentage prints «—»
        return None
    if kind == "text" or (kind == "int" and isinstance(value, int)):
        if isinstance(value, str):
            if value.startswith("=") or value in ERROR_CODES:  # openpyxl: a formula, an error
                return _cell(ws, value, kind)
            return value
        if kind == "int" and not isinstance(value, bool):
            return value
    return _cell(ws, value, kind)


#: kind → (the type its values have, the number format they are shown in)
_FORMATS = {"date": (date, DATE_FORMAT), "money": (Decimal, MONEY_FORMAT)}


def _formatted_cell(ws, kind: str) -> tuple[type, WriteOnlyCell]:
    kind_type, number_format = _FORMATS[kind]
    cell = WriteOnlyCell(ws)
    cell.number_format = number_format
    return kind_type, cell


def _reused(formatted: dict[int, tuple[type, WriteOnlyCell]], index: int, value):
    """The column's one formatted cell holding ``value``, when the value is of the column's
    type: a write-only sheet writes each row as it is appended, so one cell a column serves
    every row (a styled cell made per value costs openpyxl a style lookup each time)."""
    found = formatted.get(index)
    if found is None or not isinstance(value, found[0]):
        return None
    found[1].value = value
    return found[1]


def _cell(ws, value, kind: str) -> WriteOnlyCell:
    if kind == "percent":
        band = percent_band(value)
        # the figure the PDF and the window print (readiness.shown_percent), not a finer one
        # that the whole-number format would round up to «100 %»
        cell = WriteOnlyCell(ws, value="—" if value is None else int(shown_percent(value)))
        if value is not None:
            cell.number_format = PERCENT_FORMAT
        cell.fill = PatternFill("solid", fgColor=PERCENT_FILLS[band].lstrip("#"))
        cell.alignment = Alignment(horizontal="right")
        return cell
    if value is None or value == "":
        return WriteOnlyCell(ws, value=None)
    if kind == "date" and isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if kind == "money" and isinstance(value, Decimal):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = MONEY_FORMAT
        return cell
    if kind == "int" and isinstance(value, int):
        return WriteOnlyCell(ws, value=value)
    if kind == "number" and isinstance(value, int | Decimal) and not isinstance(value, bool):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = NUMBER_FORMAT
        return cell
    cell = WriteOnlyCell(ws, value=str(value))
    cell.data_type = "s"  # text stays text: never a formula
    return cell


def _text_cell(ws, text: str, **style) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # a council's or a user's words stay text
    for name, value in style.items():
        setattr(cell, name, value)
    return cell


def _approval_column(report: TableReport) -> int:
    """The first column (1-based) of the approval block: as many of the last columns as
    make it about APPROVAL_CHARS wide."""
    width, column = 0, len(report.columns)
    while column > 1 and width + report.columns[column - 1].width < APPROVAL_CHARS:
        width += report.columns[column - 1].width
        column -= 1
    return column


def _lines(text: str, chars: float) -> int:
    """About how many lines ``text`` wraps to in a cell ``chars`` characters wide."""
    return sum(max(1, -(-len(part) // max(int(chars), 1))) for part in text.split("\n"))


def write_xlsx(report: TableReport, target: Path | str) -> Path:
    return write_xlsx_book([report], target)


def _sheet_titles(reports: list[TableReport]) -> list[str]:
    """Each report's sheet name, cut to Excel's 31 characters and made unique."""
    titles: list[str] = []
    for report in reports:
        base = "".join("_" if ch in '[]:*?/\\' else ch for ch in report.sheet_name)[:31]
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
        wb = Workbook(write_only=True)
        if reports:  # a book is titled by its first report (the annual report's cover)
            report_properties(reports[0]).apply_to_workbook(wb)
        for report, title in zip(reports, _sheet_titles(reports), strict=True):
            _write_sheet(wb.create_sheet(title=title), report)
        wb.save(tmp)
    return target


def _write_sheet(ws, report: TableReport) -> None:
    for index, column in enumerate(report.columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    last = get_column_letter(len(report.columns) or 1)
    mark = preliminary_mark(report.period_end, report.made_on)
    titled = bool(report.subtitle or report.approval or mark)  # a printed report
    block = len(report.approval) + 1 if report.approval else 0
    # rows above the header
    top = block + (2 + bool(report.subtitle) + bool(mark) if titled else 0)
    if report.approval:
        # ten frozen rows would fill the screen: the header repeats on paper instead
        ws.print_title_rows = f"{top + 1}:{top + 1}"
    else:
        # before the first row: a write-only sheet writes its view with that row
        ws.freeze_panes = f"A{top + 2}"
    _declare_size(ws, report, top)
    if report.approval:
        _append_approval(ws, report)
    if titled:  # its title (and subtitle) above the table
        title = WriteOnlyCell(ws, value=report.title)
        title.font = Font(bold=True, size=13)
        ws.append([title])
        if report.subtitle:
            ws.append([WriteOnlyCell(ws, value=report.subtitle)])
        if mark:
            ws.append([_text_cell(ws, mark, font=Font(bold=True, color=ATTENTION_INK.lstrip("#")))])
        ws.append([])
    header = []
    for column in report.columns:
        cell = WriteOnlyCell(ws, value=column.title)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        header.append(cell)
    ws.append(header)
    kinds = [c.kind for c in report.columns]
    formatted = {i: _formatted_cell(ws, kind) for i, kind in enumerate(kinds)
                 if kind in _FORMATS}
    for index, row in enumerate(report.rows):
        if index in report.group_rows:  # a section header across the table
            ws.append([_text_cell(ws, "" if not row or row[0] is None else str(row[0]),
                                  font=HEADER_FONT, fill=GROUP_FILL)])
            r = top + 2 + index
            ws.merged_cells.add(f"A{r}:{last}{r}")
            continue
        if index not in report.bold_rows and index not in report.attention_rows:
            ws.append([_reused(formatted, i, value) or _value(ws, value, kind)
                       for i, (value, kind) in enumerate(zip(row, kinds, strict=False))])
            continue
        cells = [_cell(ws, value, kind) for value, kind in zip(row, kinds, strict=False)]
        if index in report.bold_rows:
            for cell in cells:
                cell.font = HEADER_FONT
        if index in report.attention_rows:
            for cell in cells:
                cell.font = Font(color=ATTENTION_INK.lstrip("#"))
                cell.fill = PatternFill("solid", fgColor=ATTENTION_FILL.lstrip("#"))
        ws.append(cells)
    if report.rows and not report.group_rows:  # Excel cannot sort merged headers
        ws.auto_filter.ref = f"A{top + 1}:{last}{top + len(report.rows) + 1}"
    if report.notes:
        _append_notes(ws, report, top + len(report.rows) + 1)


def _declare_size(ws, report: TableReport, top: int) -> None:
    """Write the sheet's <dimension>: a write-only sheet does not know its size when it
    starts, and without it readers (openpyxl's read-only mode, our importer) parse the
    whole sheet once just to learn it.  Called before the first row is written."""
    last_row = top + 1 + len(report.rows)  # the header, then the rows
    if report.notes:
        last_row += 1 + bool(report.notes_title) + len(report.notes)
    ref = f"A1:{get_column_letter(len(report.columns) or 1)}{last_row}"
    ws.calculate_dimension = lambda: ref  # what openpyxl's sheet writer asks for


def _append_approval(ws, report: TableReport) -> None:
    """«УТВЕРЖДЕНО …» in the top right cells, a line a row, wrapped; then an empty row."""
    from openpyxl.worksheet.dimensions import RowDimension

    first = _approval_column(report)
    last = get_column_letter(len(report.columns) or 1)
    chars = sum(c.width for c in report.columns[first - 1:]) * 1.1
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, line in enumerate(report.approval, start=1):
        lines = _lines(line, chars)
        if lines > 1:  # a write-only sheet writes a row's height with the row: set it first
            ws.row_dimensions[r] = RowDimension(ws, index=r, ht=LINE_HEIGHT * lines)
        ws.append([None] * (first - 1) + [_text_cell(ws, line, alignment=wrap)])
        if first < len(report.columns):
            ws.merged_cells.add(f"{get_column_letter(first)}{r}:{last}{r}")
    ws.append([])


def _append_notes(ws, report: TableReport, after: int) -> None:
    """The paragraphs after the table (whose last row is ``after``), each across the
    table's width, wrapped."""
    from openpyxl.worksheet.dimensions import RowDimension

    last = get_column_letter(len(report.columns) or 1)
    chars = sum(c.width for c in report.columns) * 1.1  # a column fits a bit more than its width
    ws.append([])
    r = after + 1  # the row written last
    if report.notes_title:
        ws.append([_text_cell(ws, report.notes_title, font=HEADER_FONT)])
        r += 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for note in report.notes:
        r += 1
        # a write-only sheet writes a row's height with the row: set it first
        ws.row_dimensions[r] = RowDimension(ws, index=r, ht=LINE_HEIGHT * _lines(note, chars))
        ws.append([_text_cell(ws, note, alignment=wrap)])
        ws.merged_cells.add(f"A{r}:{last}{r}")
