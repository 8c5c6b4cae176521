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
from app.services.reports.model import TableReport

DATE_FORMAT = "DD.MM.YYYY"
MONEY_FORMAT = '#,##0.00" ₽"'
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")


def _cell(ws, value, kind: str) -> WriteOnlyCell:
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
    cell = WriteOnlyCell(ws, value=str(value))
    cell.data_type = "s"  # text stays text: never a formula
    return cell


def write_xlsx(report: TableReport, target: Path | str) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=report.sheet_name[:31])
    for index, column in enumerate(report.columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = "A2"
    header = []
    for column in report.columns:
        cell = WriteOnlyCell(ws, value=column.title)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        header.append(cell)
    ws.append(header)
    kinds = [c.kind for c in report.columns]
    for row in report.rows:
        ws.append([_cell(ws, value, kind) for value, kind in zip(row, kinds, strict=False)])
    if report.rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(report.columns))}{len(report.rows) + 1}"
    target = Path(target)
    with atomic_write(target) as tmp:
        wb.save(tmp)
    return target
