"""The monthly monitoring form's figures: its rows built from the database as of a month's
last day (per source, per budget line, the procedures and the contracts signed by then) and
the snapshot a final export keeps of them.  The figures come from
``grant_figures.contract_rows`` and ``spending_rows``, so the form and the grants screen
agree; the contracts are read once for both."""

from __future__ import annotations

import json
import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.formats import format_date
from app.models import Cluster, FundingSource, MonitoringSubmission, Organization, Procurement
from app.services import clock
from app.services.base import translate
from app.services.cluster import document_author
from app.services.grants import (
    KOPECK,
    ContractRow,
    ContractStatus,
    Figures,
    ProcurementStatus,
    contract_rows,
    delivery_overdue,
    label,
    spending_rows,
)
from app.services.reports.monitoring_form_data import FormData, FormRow, month_end, month_start

FIGURES = ("planned", "announced", "contracted", "accepted", "paid")
TENTH = Decimal("0.1")
SNAPSHOT_FORMAT = 1


def _pct(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(TENTH)


def _figures_row(kind: str, number: str, item: str, f: Figures, row_id=None) -> FormRow:
    return FormRow(kind, number, item, row_id, planned=f.planned, announced=f.announced,
                   contracted=f.contracted, accepted=f.accepted, paid=f.paid,
                   remaining=f.remaining, pct_contracted=_pct(f.pct_contracted),
                   pct_paid=_pct(f.pct_paid))


def _procurement_row(p, number: str, as_of: date, lab=label) -> FormRow:
    """A procedure as it stood on ``as_of``: not yet announced then, it shows as planned."""
    status = p.status
    announced = p.announced_on if p.announced_on and p.announced_on <= as_of else None
    summed_up = p.summed_up_on if p.summed_up_on and p.summed_up_on <= as_of else None
    if status != ProcurementStatus.PLANNED and p.announced_on and announced is None:
        status = ProcurementStatus.PLANNED
    elif status in (ProcurementStatus.SUMMED_UP, ProcurementStatus.FAILED) \
            and p.summed_up_on and summed_up is None:
        status = ProcurementStatus.ANNOUNCED
    text = lab(status)
    if status == ProcurementStatus.PLANNED and p.planned_on:
        text = translate("MonitoringForm", "{status} for {date}").format(
            status=text, date=format_date(p.planned_on))
    return FormRow("procurement", number, p.subject, p.id, party=lab(p.method),
                   doc_no=p.notice_no if announced else "", doc_date=announced,
                   end_date=summed_up, status=text, status_code=status,
                   planned=p.initial_price)


def _contract_row(c: ContractRow, number: str, as_of: date, past: bool, lab=label) -> FormRow:
    """``as_of``: the form's date (the month's last day, or today for the current month);
    ``past``: whether that is before today (the clock asked once a line, not a contract)."""
    status = c.status
    if status == ContractStatus.FULFILLED and c.accepted < c.amount:
        status = ContractStatus.ACTIVE  # accepted in full only after the month's end
    note = translate("MonitoringForm", "Over the line: {reason}").format(
        reason=c.over_reason) if c.over_reason else ""
    # delivery was due before the form's date and not everything was accepted by then: the
    # one rule; on a past form's date a contract fulfilled since was still in force
    late = delivery_overdue(status if past else c.status, c.delivery_due,
                            c.accepted, c.amount, as_of)
    text = translate("MonitoringForm", "Overdue (delivery was due {date})").format(
        date=format_date(c.delivery_due)) if late else lab(status)
    return FormRow(
        "contract", number, c.subject, c.id, party=c.supplier, inn=c.supplier_inn,
        doc_no=c.number, doc_date=c.signed_on, end_date=c.delivery_due, status=text,
        status_code=status, note=note, contracted=c.amount, vat=c.vat, accepted=c.accepted,
        paid=c.paid, remaining=c.amount - c.paid,
        pct_paid=_pct(c.paid * 100 / c.amount) if c.amount else None, attention=late)


def _money(value) -> str:
    return str(Decimal(value).quantize(KOPECK))


def _figures_dict(row: FormRow) -> dict[str, str]:
    return {name: _money(getattr(row, name)) for name in FIGURES}


def _previous_snapshot(s: Session, cluster_id, month: date) -> tuple[date | None, dict]:
    sub = s.scalars(select(MonitoringSubmission).where(
        MonitoringSubmission.cluster_id == cluster_id, MonitoringSubmission.month < month)
        .order_by(MonitoringSubmission.month.desc(), MonitoringSubmission.submitted_at.desc())
        .limit(1)).first()
    return (sub.month, json.loads(sub.snapshot)) if sub else (None, {})


def _delta(row: FormRow, before: dict | None) -> None:
    before = before or {}
    row.delta_contracted = row.contracted - Decimal(before.get("contracted", "0"))
    row.delta_paid = row.paid - Decimal(before.get("paid", "0"))


def labelled(kind: str, name: str) -> str:
    """«Оборудование: Мастерская …» — the kind before the name, unless the name already
    begins with it (a budget line is often named «Оборудование: …»)."""
    if name.casefold().startswith(kind.casefold()):
        return name
    return f"{kind}: {name}"


def _line_items(number: str, procedures: list, contracts: dict, as_of: date, due_by: date,
                lab) -> list[FormRow]:
    """A line's procedures, each followed by its contracts, then the contracts signed
    without one (``contracts``: by procedure id or None), numbered «1.2.1», «1.2.2»…"""
    rows: list[FormRow] = []
    past = due_by < clock.today()

    def contract(c: ContractRow, under: bool) -> None:
        row = _contract_row(c, f"{number}.{len(rows) + 1}", due_by, past, lab)
        row.under_procedure = under
        rows.append(row)

    for p in procedures:
        rows.append(_procurement_row(p, f"{number}.{len(rows) + 1}", as_of, lab))
        for c in contracts.get(p.id, []):
            contract(c, True)
    own = {p.id for p in procedures}
    for procedure, found in contracts.items():
        if procedure not in own:
            for c in found:
                contract(c, False)
    return rows


def build_form(session: Session, month: date, *, prepared_by: str = "",
               today: date | None = None) -> FormData:
    """The form for ``month`` as of its last day."""
    s = session
    month = month_start(month)
    as_of = month_end(month)
    today = today or clock.today()
    due_by = min(today, as_of)  # the current month's contracts are late only once past due
    cluster = s.scalars(select(Cluster).order_by(Cluster.created_at)).first()
    sources = {x.id: x for x in s.execute(select(
        FundingSource.id, FundingSource.kind, FundingSource.name, FundingSource.amount,
        FundingSource.recipient_org_id).where(
        FundingSource.cluster_id == (cluster.id if cluster else None)))}
    recipients = sorted({name for name, in s.execute(select(_org_name()).where(
        Organization.id.in_([x.recipient_org_id for x in sources.values()
                             if x.kind == "federal_grant"])))})
    previous, before = (_previous_snapshot(s, cluster.id, month) if cluster else (None, {}))
    form = FormData(month, as_of, cluster.name if cluster else "", "; ".join(recipients),
                    cluster.region if cluster else "", prepared_by, previous, made_on=today,
                    author=document_author(s))
    labels: dict[str, str] = {}

    def lab(code: str) -> str:
        if code not in labels:
            labels[code] = label(code)
        return labels[code]

    signed = contract_rows(s, None, as_of)  # read once: the spending figures sum them too
    contracts: dict[uuid.UUID, dict] = {}  # line → procedure or None → its contracts
    for c in signed:
        contracts.setdefault(c.line_id, {}).setdefault(c.procurement_id, []).append(c)
    procurements: dict[uuid.UUID, list] = {}
    for p in s.execute(select(
            Procurement.id, Procurement.line_id, Procurement.subject, Procurement.method,
            Procurement.notice_no, Procurement.initial_price, Procurement.planned_on,
            Procurement.announced_on, Procurement.summed_up_on, Procurement.status).order_by(
            Procurement.planned_on, Procurement.announced_on, Procurement.subject)):
        procurements.setdefault(p.line_id, []).append(p)

    spending = spending_rows(s, as_of, due_by, signed)
    for s_no, source_row in enumerate(spending[:-1], start=1):
        source = sources[source_row.id]
        form.rows.append(FormRow("source", str(s_no), labelled(lab(source.kind), source.name),
                                 source.id, planned=source.amount))
        for l_no, line_row in enumerate(source_row.children, start=1):
            number = f"{s_no}.{l_no}"
            row = _figures_row("line", number, labelled(lab(line_row.category), line_row.name),
                               line_row.figures, line_row.id)
            row.parent, row.name = source.id, line_row.name
            form.rows.append(row)
            if previous:
                _delta(row, before.get("lines", {}).get(str(line_row.id)))
            form.rows += _line_items(number, procurements.get(line_row.id, []),
                                     contracts.get(line_row.id, {}), as_of, due_by, lab)
        sub = _figures_row("subtotal", "", translate(
            "MonitoringForm", "Subtotal: {source}").format(source=source.name),
            source_row.figures, source.id)
        sub.name = source.name
        if previous:
            _delta(sub, before.get("sources", {}).get(str(source.id)))
        form.rows.append(sub)
    total = _figures_row("total", "", translate("MonitoringForm", "Total for all sources"),
                         spending[-1].figures)
    if previous:
        _delta(total, before.get("total"))
    form.rows.append(total)
    return form


def form_snapshot(form: FormData) -> dict:
    """The figures of the form per source, line and contract, amounts as strings (JSON)."""
    snap: dict = {"format": SNAPSHOT_FORMAT, "month": form.month.isoformat(),
                  "as_of": form.as_of.isoformat(), "sources": {}, "lines": {}, "contracts": {}}
    for row in form.rows:
        if row.kind == "line":
            snap["lines"][str(row.id)] = {"source_id": str(row.parent), "name": row.name,
                                          **_figures_dict(row)}
        elif row.kind == "subtotal":
            snap["sources"][str(row.id)] = {"name": row.name, **_figures_dict(row)}
        elif row.kind == "total":
            snap["total"] = _figures_dict(row)
        elif row.kind == "contract":
            snap["contracts"][str(row.id)] = {
                "number": row.doc_no, "supplier": row.party, "inn": row.inn,
                "signed_on": row.doc_date.isoformat(), "status": row.status_code,
                "amount": _money(row.contracted), "vat": _money(row.vat),
                "accepted": _money(row.accepted), "paid": _money(row.paid)}
    return snap


def _org_name():
    """An organization's name as the form prints it: the short one where there is one."""
    return case((func.coalesce(Organization.short_name, "") != "", Organization.short_name),
                else_=Organization.full_name)

