"""The request's workbook: written for one participant, read back when it returns.

Three sheets: the instructions (Russian, first), the table (headers and pre-filled cells
locked, only input cells unlocked, lists and ranges as data validation) and a very hidden
manifest (request id, participant ИНН, template version, the SHA-256 of the fixed parts).
The protection's password is not a secret: it stops accidents, not people.  What stops
people is the checksum: the fixed parts as written are kept in the database and a returned
file's are compared with them cell by cell.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl.utils import get_column_letter

from app.formats import format_date
from app.services.base import translate
from app.services.importers.base import (
    MAX_CELLS,
    MAX_ROWS,
    ImportFileError,
    check_xlsx_file,
    damaged_message,
    too_many_cells,
    too_many_rows,
)
from app.services.requests.kinds import KINDS
from app.services.requests.kinds.base import Kind, Prefilled

FORMAT = "clusterdesk-data-request"
TEMPLATE_VERSION = "1"
MANIFEST = "manifest"
PASSWORD = "clusterdesk"  # not a secret: protection stops accidents only
HEADER_ROW, FIRST_ROW = 1, 2
INPUT_FILL = "FFF8DC"
MAX_EXTRA_REPORTED = 20


@dataclass
class Sheet:
    """What one participant's workbook holds."""

    request_id: str
    number: int
    title: str
    kind: Kind
    period_from: date
    period_to: date
    due_on: date
    organization: str
    inn: str
    organization_id: str
    rows: list[Prefilled]
    author: str = ""  # the managing company: the file's Author property

    @property
    def last_row(self) -> int:
        return FIRST_ROW + len(self.rows) + self.kind.free_rows - 1


def canon(value: object) -> str:
    """A cell's value as compared: what Excel and LibreOffice keep when they re-save."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n")


def fixed_parts(kind: Kind, meta: list[str], keys: list[str], get) -> list[list[str]]:
    """The fixed parts, in order: the layout, every header, every pre-filled row's key and
    fixed cells.  ``get(row, column)`` reads a cell (1-based)."""
    parts = [["meta", *meta]]
    for col in range(1, len(kind.fields) + 1):
        parts.append([f"{get_column_letter(col)}{HEADER_ROW}", canon(get(HEADER_ROW, col))])
    for index, key in enumerate(keys):
        row = FIRST_ROW + index
        parts.append([f"key{row}", key])
        for col, f in enumerate(kind.fields, start=1):
            if not f.input:
                parts.append([f"{get_column_letter(col)}{row}", canon(get(row, col))])
    return parts


def digest(parts: list) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()


def meta_of(sheet_title: str, request_id: str, inn: str, kind: Kind, last_row: int) -> list[str]:
    return [TEMPLATE_VERSION, request_id, inn, kind.code, sheet_title, str(last_row)]


def write_workbook(path: Path, sheet: Sheet) -> tuple[str, str]:
    """Write the participant's workbook; returns (the fixed parts as JSON, their SHA-256)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    from app.services.reports.properties import DocumentProperties
    from app.services.reports.xlsx_page import (
        FONT_NAME,
        FONT_SIZE,
        TITLE_SIZE,
        chars_per_line,
        header_width,
        line_count,
        row_height,
        set_up_openpyxl_page,
    )

    kind = sheet.kind
    title = translate("Requests", "Data request № {number}: {title}").format(
        number=sheet.number, title=sheet.title)
    wb = Workbook()
    DocumentProperties(title, sheet.author, sheet.organization).apply_to_workbook(wb)
    font, bold = Font(name=FONT_NAME, size=FONT_SIZE), Font(name=FONT_NAME, size=FONT_SIZE,
                                                             bold=True)
    guide = wb.active
    guide.title = translate("Requests", "Instructions")[:31]
    lines = _instructions(sheet)
    for line in lines:
        guide.append([line])
    guide.column_dimensions["A"].width = 110
    for r, cell in enumerate(guide["A"], start=1):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.font = font
        size = TITLE_SIZE if r == 1 else FONT_SIZE
        guide.row_dimensions[r].height = row_height(
            line_count(str(cell.value or ""), chars_per_line(110) * FONT_SIZE // size), size)
    guide["A1"].font = Font(name=FONT_NAME, bold=True, size=TITLE_SIZE)
    set_up_openpyxl_page(guide, title=title, widths=[110], last_row=len(lines), header=None)
    guide.protection.sheet = True
    guide.protection.password = PASSWORD

    ws = wb.create_sheet(kind.sheet_title)
    fill = PatternFill("solid", fgColor=INPUT_FILL)
    for col, f in enumerate(kind.fields, start=1):
        cell = ws.cell(HEADER_ROW, col, f.title)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(col)].width = header_width(f.width, f.title)
    free_from = FIRST_ROW + len(sheet.rows)
    for row in range(FIRST_ROW, sheet.last_row + 1):
        prefilled = sheet.rows[row - FIRST_ROW] if row < free_from else None
        for col, f in enumerate(kind.fields, start=1):
            value = prefilled.values.get(f.key) if prefilled else None
            if f.type == "choice" and value is not None:
                value = f.choice_labels().get(value, value)
            cell = ws.cell(row, col)
            cell.font = font
            if isinstance(value, str):
                cell.value, cell.data_type = value, "s"  # «=…» stays text
            else:
                cell.value = value
            if f.type == "date":
                cell.number_format = "DD.MM.YYYY"
            if f.input or prefilled is None:
                cell.protection = Protection(locked=False)
                cell.fill = fill
    ws.freeze_panes = ws.cell(FIRST_ROW, 1)
    ws.row_dimensions[HEADER_ROW].height = row_height(max(
        line_count(f.title, chars_per_line(header_width(f.width, f.title), bold=True))
        for f in kind.fields))
    set_up_openpyxl_page(ws, title=title,
                         widths=[header_width(f.width, f.title) for f in kind.fields],
                         last_row=sheet.last_row, header=(HEADER_ROW, HEADER_ROW))
    for col, f in enumerate(kind.fields, start=1):
        first = FIRST_ROW if f.input else free_from
        if first > sheet.last_row:
            continue
        letter = get_column_letter(col)
        validation = _validation(f, DataValidation)
        if validation is not None:
            ws.add_data_validation(validation)
            validation.add(f"{letter}{first}:{letter}{sheet.last_row}")
    ws.protection.sheet = True
    ws.protection.password = PASSWORD

    def get(row, col):
        return ws.cell(row, col).value

    meta = meta_of(ws.title, sheet.request_id, sheet.inn, kind, sheet.last_row)
    parts = fixed_parts(kind, meta, [r.key for r in sheet.rows], get)
    sha = digest(parts)
    manifest = wb.create_sheet(MANIFEST)
    for key, value in (("format", FORMAT), ("template_version", TEMPLATE_VERSION),
                       ("request_id", sheet.request_id), ("request_number", str(sheet.number)),
                       ("inn", sheet.inn), ("organization_id", sheet.organization_id),
                       ("kind", kind.code), ("sheet", ws.title),
                       ("last_row", str(sheet.last_row)), ("checksum", sha)):
        manifest.append([key, value])
    for index, prefilled in enumerate(sheet.rows):
        manifest.append([f"key{FIRST_ROW + index}", prefilled.key])
    for cell in manifest["B"]:
        cell.data_type = "s"
    manifest.sheet_state = "veryHidden"
    manifest.protection.sheet = True
    manifest.protection.password = PASSWORD
    wb.active = 1
    wb.save(path)
    return json.dumps(parts, ensure_ascii=False), sha


def _validation(f, DataValidation):  # noqa: N803 - openpyxl's class, imported late
    error = translate("Requests", "The value is not allowed here; see the instructions.")
    if f.type == "choice":
        labels = '"' + ",".join(v.replace(",", " ") for v in f.choice_labels().values()) + '"'
        v = DataValidation(type="list", formula1=labels, allow_blank=True)
    elif f.type == "int":
        v = DataValidation(type="whole", operator="between", formula1=str(f.low),
                           formula2=str(f.high), allow_blank=True)
    elif f.type == "date":
        v = DataValidation(type="date", operator="between", formula1="36526",
                           formula2="73415", allow_blank=True)  # 2000-01-01 … 2100-12-31
    else:
        return None
    v.error, v.errorTitle, v.showErrorMessage = error, translate("Requests", "Check"), True
    return v


def _instructions(sheet: Sheet) -> list[str]:
    kind = sheet.kind
    return [
        translate("Requests", "Data request № {number}: {title}").format(
            number=sheet.number, title=sheet.title),
        translate("Requests", "Participant: {name}, INN {inn}").format(
            name=sheet.organization, inn=sheet.inn or "—"),
        translate("Requests", "What is asked: {kind}").format(kind=kind.title),
        translate("Requests", "Period: {start} – {end}").format(
            start=format_date(sheet.period_from), end=format_date(sheet.period_to)),
        translate("Requests", "Please return the file by {date}.").format(
            date=format_date(sheet.due_on)),
        "",
        translate("Requests", "1. Open the sheet «{sheet}». Fill in the yellow cells only; the "
                              "other cells are what the office already has and are locked.")
        .format(sheet=kind.sheet_title),
        translate("Requests", "2. Numbers are whole numbers; dates are written as 01.09.2024; "
                              "where a cell offers a list, choose from it."),
        translate("Requests", "3. Do not add, delete or move rows and columns, and do not write "
                              "outside the table: such a file is refused."),
        translate("Requests", "4. Save the file under the same name as .xlsx and send it back "
                              "to the office. Do not copy the cells into another file: the file "
                              "carries its request's marks."),
        translate("Requests", "5. A blank yellow cell changes nothing; write 0 for none."),
    ]


@dataclass
class Returned:
    """A returned file as read: its manifest, the table's cells, what lies outside it."""

    manifest: dict[str, str]
    sheet: str
    grid: list[tuple] = field(default_factory=list)  # rows 1..last_row, values
    extra: list[tuple[int, int, object]] = field(default_factory=list)  # row, col, value
    extra_count: int = 0

    def get(self, row: int, col: int) -> object:
        if row - 1 >= len(self.grid):
            return None
        values = self.grid[row - 1]
        return values[col - 1] if col - 1 < len(values) else None


class NotARequestFile(Exception):
    """The file carries no (readable) manifest of ours."""


def read_manifest_and_sheet(path: Path) -> Returned:
    """Read the manifest, then the table (the sheet the manifest names) with the importers'
    limits.  Other sheets, hidden or not, and macros are never read."""
    check_xlsx_file(path)
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a broken file
        raise ImportFileError(damaged_message()) from exc
    try:
        if MANIFEST not in wb.sheetnames:
            raise NotARequestFile(translate(
                "Requests", "The file is not a data request file of ClusterDesk (it has no "
                            "request marks): was it copied into another workbook?"))
        manifest = {}
        for index, row in enumerate(wb[MANIFEST].iter_rows(values_only=True, max_col=2)):
            if index > MAX_ROWS:
                raise too_many_rows()
            if row and row[0] is not None:
                manifest[str(row[0])] = "" if len(row) < 2 or row[1] is None else str(row[1])
        if manifest.get("format") != FORMAT:
            raise NotARequestFile(translate(
                "Requests", "The file is not a data request file of ClusterDesk."))
        if manifest.get("template_version") != TEMPLATE_VERSION:
            raise NotARequestFile(translate(
                "Requests", "The file was made by another version of the request template "
                            "({version}); write the files again and send them.").format(
                version=manifest.get("template_version") or "—"))
        name = manifest.get("sheet", "")
        if name not in wb.sheetnames:
            raise NotARequestFile(translate(
                "Requests", "The sheet «{sheet}» is missing from the file.").format(sheet=name))
        try:
            last_row = int(manifest.get("last_row", ""))
        except ValueError:
            raise NotARequestFile(translate(
                "Requests", "The file's request marks are damaged.")) from None
        kind = KINDS.get(manifest.get("kind", ""))
        if kind is None:
            raise NotARequestFile(translate("Requests", "The file's request marks are damaged."))
        columns = len(kind.fields)
        ws = wb[name]
        ws.reset_dimensions()
        out = Returned(manifest, name)
        cells = 0
        for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
            cells += len(row)
            if number > MAX_ROWS:
                raise too_many_rows()
            if cells > MAX_CELLS:
                raise too_many_cells()
            inside = row[:columns]
            if number <= last_row:
                out.grid.append(tuple(inside))
            for col, value in enumerate(row, start=1):
                outside = number > last_row or col > columns
                if outside and not (value is None or (isinstance(value, str)
                                                      and not value.strip())):
                    out.extra_count += 1
                    if len(out.extra) < MAX_EXTRA_REPORTED:
                        out.extra.append((number, col, value))
        return out
    except (ImportFileError, NotARequestFile):
        raise
    except Exception as exc:  # a broken part
        raise ImportFileError(damaged_message()) from exc
    finally:
        wb.close()


def content_digest(returned: Returned, columns: int) -> str:
    """Every cell of the table and whose file it is: the same content returned twice has
    the same digest, however Excel or LibreOffice re-saved it."""
    cells = [[canon(returned.get(r, c)) for c in range(1, columns + 1)]
             for r in range(1, len(returned.grid) + 1)]
    return digest([returned.manifest.get("request_id", ""), returned.manifest.get("inn", ""),
                   cells])
