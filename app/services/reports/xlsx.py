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
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.services.files import atomic_write
from app.services.reports.model import (
    ATTENTION_FILL,
    ATTENTION_INK,
    PERCENT_FILLS,
    TableReport,
    percent_band,
)

DATE_FORMAT = "DD.MM.YYYY"
MONEY_FORMAT = '#,##0.00" ₽"'
PERCENT_FORMAT = '0" %"'
NUMBER_FORMAT = "#,##0.###"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")


def _cell(ws, value, kind: str) -> WriteOnlyCell:
    if kind == "percent":
        band = percent_band(value)
        cell = WriteOnlyCell(ws, value="—" if value is None else float(
            Decimal(value).quantize(Decimal("0.1"))))
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


def write_xlsx(report: TableReport, target: Path | str) -> Path:
    target = Path(target)
    # the temporary file first: a folder that cannot be written fails before any work
    with atomic_write(target) as tmp:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(title=report.sheet_name[:31])
        for index, column in enumerate(report.columns, start=1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        top = 0
        if report.subtitle:  # a printed report: its title and date above the table
            title = WriteOnlyCell(ws, value=report.title)
            title.font = Font(bold=True, size=13)
            ws.append([title])
            ws.append([WriteOnlyCell(ws, value=report.subtitle)])
            ws.append([])
            top = 3
        ws.freeze_panes = f"A{top + 2}"
        header = []
        for column in report.columns:
            cell = WriteOnlyCell(ws, value=column.title)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            header.append(cell)
        ws.append(header)
        kinds = [c.kind for c in report.columns]
        for index, row in enumerate(report.rows):
            cells = [_cell(ws, value, kind) for value, kind in zip(row, kinds, strict=False)]
            if index in report.bold_rows:
                for cell in cells:
                    cell.font = HEADER_FONT
            if index in report.attention_rows:
                for cell in cells:
                    cell.font = Font(color=ATTENTION_INK.lstrip("#"))
                    cell.fill = PatternFill("solid", fgColor=ATTENTION_FILL.lstrip("#"))
            ws.append(cells)
        if report.rows:
            last = get_column_letter(len(report.columns))
            ws.auto_filter.ref = f"A{top + 1}:{last}{top + len(report.rows) + 1}"
        wb.save(tmp)
    return target
