"""The monthly monitoring form as files: the xlsx (title block, outline, print setup) and the
PDF.  The form's data comes from ``monitoring_form.build_form``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.formats import format_date, format_signed_money
from app.services.grants import rub
from app.services.reports.model import Column, TableReport
from app.services.reports.monitoring_form_data import FormData, FormRow, month_text
from app.services.reports.period import preliminary_mark
from app.services.reports.properties import DocumentProperties

translate = QCoreApplication.translate

# --- text the form prints --------------------------------------------------------------------

def form_title() -> str:
    return translate("MonitoringForm", "Monitoring form on the progress of procurement, "
                                       "contracting and spending of the grant")


def title_lines(form: FormData) -> list[str]:
    lines = [
        translate("MonitoringForm", "Cluster: {name}").format(name=form.cluster or "—"),
        translate("MonitoringForm", "Recipient of the federal grant: {college}").format(
            college=form.recipient or "—"),
        translate("MonitoringForm", "Region: {region}").format(region=form.region or "—"),
        translate("MonitoringForm", "as of {date}").format(date=format_date(form.as_of)),
        translate("MonitoringForm", "Prepared by: {user}").format(user=form.prepared_by or "—"),
    ]
    mark = preliminary_mark(form.as_of, form.made_on)
    if mark:  # the current month's form: its figures still move until the month ends
        lines.insert(4, mark)
    if form.submitted_at is None:
        lines.append(translate("MonitoringForm", "Draft: not submitted."))
    else:
        lines.append(translate("MonitoringForm", "Submitted on {date}.").format(
            date=format_date(form.submitted_at.astimezone().date())))
    return lines


def since_text(form: FormData) -> str:
    if form.previous is None:
        return translate("MonitoringForm", "since the last submitted form")
    return translate("MonitoringForm", "since the form for {month}").format(
        month=month_text(form.previous))


def xlsx_columns(form: FormData) -> list[Column]:
    since = since_text(form)
    return [
        Column(translate("MonitoringForm", "No."), "text", 8),
        Column(translate("MonitoringForm", "Source, budget line, procedure, contract"), "text", 46),
        Column(translate("MonitoringForm", "Method of procurement / supplier"), "text", 30),
        Column(translate("MonitoringForm", "Supplier's INN"), "text", 13),
        Column(translate("MonitoringForm", "Notice / contract No."), "text", 16),
        Column(translate("MonitoringForm", "Announced / signed on"), "date", 12),
        Column(translate("MonitoringForm", "Summed up on / delivery due"), "date", 12),
        Column(translate("MonitoringForm", "Status"), "text", 16),
        Column(translate("MonitoringForm", "Planned / initial price"), "money", 18),
        Column(translate("MonitoringForm", "Announced"), "money", 18),
        Column(translate("MonitoringForm", "Contracted"), "money", 18),
        Column(translate("MonitoringForm", "Incl. VAT"), "money", 16),
        Column(translate("MonitoringForm", "Accepted"), "money", 18),
        Column(translate("MonitoringForm", "Paid"), "money", 18),
        Column(translate("MonitoringForm", "Remaining"), "money", 18),
        Column(translate("MonitoringForm", "Contracted, %"), "percent", 15),
        Column(translate("MonitoringForm", "Paid, %"), "percent", 11),
        Column(translate("MonitoringForm", "Contracted {since}").format(since=since), "money", 18),
        Column(translate("MonitoringForm", "Paid {since}").format(since=since), "money", 18),
    ]


def xlsx_values(row: FormRow) -> list:
    item = row.item
    if row.kind == "contract":
        item = translate("MonitoringForm", "Contract: {subject}").format(
            subject=row.item) if row.item else translate("MonitoringForm", "Contract")
    elif row.kind == "procurement":
        item = translate("MonitoringForm", "Procedure: {subject}").format(subject=row.item)
    status = ". ".join(x for x in (row.status, row.note) if x)
    return [row.number, item, row.party, row.inn, row.doc_no, row.doc_date, row.end_date,
            status, row.planned, row.announced, row.contracted, row.vat, row.accepted,
            row.paid, row.remaining, row.pct_contracted, row.pct_paid, row.delta_contracted,
            row.delta_paid]


# --- xlsx ------------------------------------------------------------------------------------

MONEY_FORMAT = '#,##0.00" ₽"'
PERCENT_FORMAT = '0.0" %"'
DATE_FORMAT = "DD.MM.YYYY"
FILLS = {"header": "DDE7F0", "source": "EAF0F6", "subtotal": "F3F6F9", "total": "DDE7F0"}


class _Styles:
    """One prototype cell per look (row kind × column kind × indent × late).  A data cell
    shares its prototype's style array: setting font, fill and alignment on each of
    thousands of cells would cost more than writing them.  Nothing sets a style on a data
    cell afterwards, so the shared array is never changed under another cell."""

    def __init__(self, ws):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.ws = ws
        self.WriteOnlyCell = WriteOnlyCell  # an import per cell costs (PySide's import hook)
        self._styles: dict[tuple, object] = {}
        self._rows: dict[tuple, list] = {}
        thin = Side(style="thin", color="B8C4CE")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.Alignment, self.Font, self.PatternFill = Alignment, Font, PatternFill

    def style(self, kind: str, column_kind: str, indent: int = 0, late: bool = False):
        key = (kind, column_kind, indent, late)
        if key not in self._styles:
            proto = self.WriteOnlyCell(self.ws)
            proto.font = self.Font(bold=kind in ("header", "source", "subtotal", "total"),
                                   color="9B1C1C" if late else None)
            if kind in FILLS:
                proto.fill = self.PatternFill("solid", fgColor=FILLS[kind])
            if kind == "header":
                proto.border = self.border
                proto.alignment = self.Alignment(wrap_text=True, horizontal="center",
                                                 vertical="center")
            elif column_kind == "text":
                proto.alignment = self.Alignment(wrap_text=True, vertical="top", indent=indent)
            else:
                proto.alignment = self.Alignment(vertical="top")
            proto.number_format = {"money": MONEY_FORMAT, "percent": PERCENT_FORMAT,
                                   "date": DATE_FORMAT}.get(column_kind, "General")
            self._styles[key] = proto._style
        return self._styles[key]

    def row(self, values: list, kinds: list[str], kind: str, indent: int = 0,
            late: bool = False, fill: bool = False) -> list:
        """The cells of one row; the name (the second cell) is indented by ``indent``.
        Empty cells are left out unless ``fill`` (a total row is shaded end to end)."""
        key = (kind, indent, late)
        if key not in self._rows:
            self._rows[key] = [self.style(kind, k, indent if i == 1 else 0, late)
                               for i, k in enumerate(kinds)]
        out = []
        for value, column_kind, style in zip(values, kinds, self._rows[key], strict=True):
            if value is None or value == "":
                if not fill:
                    out.append(None)
                    continue
                value = None
            cell = self.WriteOnlyCell(self.ws, value=value)
            if column_kind == "text" and value is not None:
                cell.data_type = "s"  # «=…» in a subject stays text, never a formula
            cell._style = style
            out.append(cell)
        return out


def write_form_xlsx(form: FormData, target: Path | str) -> Path:
    """Write-only openpyxl: it keeps print settings, column widths, frozen panes, merged
    title lines and row outline levels, and writes a big form near the speed of a bare
    sheet.  Empty cells of procedure and contract rows are not written at all (most of a
    procedure's row is empty); the printed grid comes from the sheet's print gridlines."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.dimensions import RowDimension
    from openpyxl.worksheet.page import PageMargins

    from app.services.files import atomic_write

    columns = xlsx_columns(form)
    kinds = [c.kind for c in columns]
    last = get_column_letter(len(columns))
    wb = Workbook(write_only=True)
    DocumentProperties(form_title(), form.author, translate(
        "MonitoringForm", "Monitoring {month}").format(month=month_text(form.month)),
    ).apply_to_workbook(wb)
    ws = wb.create_sheet(translate("MonitoringForm", "Monitoring {month}").format(
        month=month_text(form.month))[:31])
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    lines = title_lines(form)
    header = len(lines) + 3
    ws.freeze_panes = f"C{header + 1}"
    ws.print_title_rows = f"{header}:{header}"
    ws.print_options.gridLines = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4 (Worksheet.PAPERSIZE_A4)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.sheet_properties.outlinePr.summaryBelow = False  # a line sits above its contracts
    ws.sheet_format.outlineLevelRow = 2
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.oddFooter.center.text = translate("MonitoringForm", "Page &P of &N")

    title = WriteOnlyCell(ws, value=form_title())
    title.font = Font(bold=True, size=13)
    ws.append([title])
    for text in lines:
        cell = WriteOnlyCell(ws, value=text)
        cell.data_type = "s"  # a cluster's or a user's name stays text
        ws.append([cell])
    ws.append([])
    for r in range(1, header):  # one box per title line on paper, no grid through the text
        ws.merged_cells.add(f"A{r}:{last}{r}")
    styles = _Styles(ws)
    ws.row_dimensions[header] = RowDimension(ws, index=header, ht=60)
    ws.append(styles.row([c.title for c in columns], ["text"] * len(columns), "header"))
    # rows of one outline level share one dimension: the writer reads only its attributes
    levels = {level: RowDimension(ws, outlineLevel=level) for level in (1, 2)}
    for r, row in enumerate(form.rows, start=header + 1):
        if row.level:
            ws.row_dimensions[r] = levels[row.level]
        ws.append(styles.row(xlsx_values(row), kinds, row.kind,
                             row.level + (1 if row.under_procedure else 0), row.attention,
                             fill=row.bold))
    target = Path(target)
    with atomic_write(target) as tmp:
        wb.save(tmp)
    return target


# --- PDF -------------------------------------------------------------------------------------

def pdf_item(row: FormRow) -> str:
    """The PDF has no room for the xlsx's text columns: they go under the row's name."""
    if row.kind == "procurement":
        parts = [row.party]
        if row.doc_no or row.doc_date:
            parts.append(translate("MonitoringForm", "notice No. {number} of {date}").format(
                number=row.doc_no or "—", date=format_date(row.doc_date)))
        if row.end_date:
            parts.append(translate("MonitoringForm", "summed up {date}").format(
                date=format_date(row.end_date)))
        return translate("MonitoringForm", "Procedure: {subject}").format(subject=row.item) + \
            "\n" + ", ".join(parts) + ". " + row.status
    if row.kind == "contract":
        head = translate("MonitoringForm", "Contract No. {number} of {date}").format(
            number=row.doc_no, date=format_date(row.doc_date))
        if row.item:
            head += ": " + row.item
        parts = [translate("MonitoringForm", "{supplier}, INN {inn}").format(
            supplier=row.party, inn=row.inn or "—")]
        if row.vat:
            parts.append(translate("MonitoringForm", "incl. VAT {sum}").format(
                sum=rub(row.vat)))
        if row.end_date:
            parts.append(translate("MonitoringForm", "delivery by {date}").format(
                date=format_date(row.end_date)))
        text = head + "\n" + ", ".join(parts) + ". " + row.status
        return text + ("\n" + row.note if row.note else "")
    return row.item


def _pct_text(value: Decimal | None) -> str | None:
    """«94,0»: one decimal always (the PDF's own percent cells round to whole numbers, and
    99.6 % paid must not print as 100)."""
    return None if value is None else f"{value:.1f}".replace(".", ",")


def form_report(form: FormData) -> TableReport:
    """The form as the PDF prints it (the workbook has its own writer)."""
    from app.services.reports.pdf import signed  # reportlab: load when a PDF is written

    report = TableReport(
        title=form_title(),
        columns=[
            Column(translate("MonitoringForm", "No."), "text", 6),
            Column(translate("MonitoringForm", "Source, budget line, procedure, contract"),
                   "text", 40),
            Column(translate("MonitoringForm", "Planned / initial price"), "money", 17),
            Column(translate("MonitoringForm", "Announced"), "money", 17),
            Column(translate("MonitoringForm", "Contracted"), "money", 17),
            Column(translate("MonitoringForm", "Accepted"), "money", 17),
            Column(translate("MonitoringForm", "Paid"), "money", 17),
            Column(translate("MonitoringForm", "Remaining"), "money", 17),
            Column(translate("MonitoringForm", "% contr."), "number", 7),
            Column(translate("MonitoringForm", "% paid"), "number", 7),
            Column(translate("MonitoringForm", "Change {since}: contracted / paid").format(
                since=since_text(form)), "text", 17),
        ],
        sheet_name=translate("MonitoringForm", "Monitoring {month}").format(
            month=month_text(form.month)),
        subtitle="\n".join(title_lines(form)),
        author=form.author,
        signatures=[
            (translate("MonitoringForm", "Head of the grant recipient"), ""),
            (translate("MonitoringForm", "Executor"), form.prepared_by),
            (translate("MonitoringForm", "Executor's phone"), None),
            (translate("MonitoringForm", "Date"), None),
        ],
        subject=translate("MonitoringForm", "Monitoring {month}").format(
            month=month_text(form.month)),
    )
    for index, row in enumerate(form.rows):
        change = ""
        if row.delta_contracted is not None:
            change = "\n".join(signed(format_signed_money(delta))
                               for delta in (row.delta_contracted, row.delta_paid))
        report.rows.append([row.number, pdf_item(row), row.planned, row.announced,
                            row.contracted, row.accepted, row.paid, row.remaining,
                            _pct_text(row.pct_contracted), _pct_text(row.pct_paid), change])
        if row.bold:
            report.bold_rows.add(index)
        if row.attention:
            report.attention_rows.add(index)
    return report


def write_form(form: FormData, target: Path | str) -> Path:
    """xlsx or PDF by the extension."""
    target = Path(target)
    if target.suffix.lower() == ".pdf":
        from app.services.reports.pdf import write_pdf

        return write_pdf(form_report(form), target)
    return write_form_xlsx(form, target)


