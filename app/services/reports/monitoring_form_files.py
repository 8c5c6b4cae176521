"""The monthly monitoring form as files: the xlsx (title block, outline, print setup) and the
PDF.  The form's data comes from ``monitoring_form.build_form``."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.formats import format_date, format_signed_money
from app.services.grants import rub
from app.services.reports.model import Column, TableReport
from app.services.reports.monitoring_form_data import FormData, FormRow, month_text
from app.services.reports.period import preliminary_mark

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
    """The workbook's columns, narrow enough for A3 landscape at 7 pt or more (money as
    «100 000 000,00»: the headers say the unit)."""
    since = since_text(form)
    money = 13
    return [
        Column(translate("MonitoringForm", "No."), "text", 6),
        Column(translate("MonitoringForm", "Source, budget line, procedure, contract"), "text", 27),
        Column(translate("MonitoringForm", "Method of procurement / supplier"), "text", 15),
        Column(translate("MonitoringForm", "Supplier's INN"), "text", 12),
        Column(translate("MonitoringForm", "Notice / contract No."), "text", 11),
        Column(translate("MonitoringForm", "Announced / signed on"), "date", 11),
        Column(translate("MonitoringForm", "Summed up on / delivery due"), "date", 11),
        Column(translate("MonitoringForm", "Status"), "text", 12),
        # a source's sum in bold: «1 000 000 000,00» needs more room than the others
        Column(translate("MonitoringForm", "Planned / initial price"), "money", money + 3),
        Column(translate("MonitoringForm", "Announced"), "money", money),
        Column(translate("MonitoringForm", "Contracted"), "money", money),
        Column(translate("MonitoringForm", "Incl. VAT"), "money", money),
        Column(translate("MonitoringForm", "Accepted"), "money", money),
        Column(translate("MonitoringForm", "Paid"), "money", money),
        Column(translate("MonitoringForm", "Remaining"), "money", money),
        # the PDF's short headers: «Законтрактовано, %» would widen the column by half
        Column(translate("MonitoringForm", "% contr."), "percent", 8),
        Column(translate("MonitoringForm", "% paid"), "percent", 8),
        Column(translate("MonitoringForm", "Contracted {since}").format(since=since), "money",
               money),
        Column(translate("MonitoringForm", "Paid {since}").format(since=since), "money", money),
    ]


def signatures(form: FormData) -> list[tuple[str, str | None]]:
    """Who signs the form (the PDF and the workbook print the same block): (who, their
    name or "" for a blank); None: a line to fill in, not to sign."""
    return [
        (translate("MonitoringForm", "Head of the grant recipient"), ""),
        (translate("MonitoringForm", "Executor"), form.prepared_by),
        (translate("MonitoringForm", "Executor's phone"), None),
        (translate("MonitoringForm", "Date"), None),
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
        signatures=signatures(form),
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


