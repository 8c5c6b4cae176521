"""Grant spending's figures read from the database: the contracts with what was accepted and
paid on them, and the spending picture per source and line (planned, announced, contracted,
accepted, paid) — as of a date for the monitoring form, or now.  The grants service, the
monitoring form, the metrics and the procurement chain read them here."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Acceptance,
    Cluster,
    Contract,
    FundingSource,
    Organization,
    Payment,
    Procurement,
)
from app.services.base import translate
from app.services.grant_data import (
    KOPECK,
    ContractRow,
    ContractStatus,
    Figures,
    ProcurementStatus,
    SpendingRow,
    sum_money,
)


def contract_rows(s: Session, line_id: uuid.UUID | None, as_of: date | None) -> list[ContractRow]:
    # columns, not Contract objects: a form of 2,000 contracts spent a fifth of its time
    # building ORM objects it only read
    query = (select(Contract.id, Contract.line_id, Contract.number, Contract.signed_on,
                    Organization.full_name, Organization.short_name, Organization.inn,
                    Contract.subject, Contract.amount, Contract.delivery_due, Contract.status,
                    Procurement.notice_no, Contract.over_reason, Contract.procurement_id,
                    Contract.vat)
             .join(Organization, Organization.id == Contract.supplier_id)
             .outerjoin(Procurement, Procurement.id == Contract.procurement_id)
             .order_by(Contract.signed_on, Contract.number))
    if line_id is not None:
        query = query.where(Contract.line_id == line_id)
    if as_of is not None:
        query = query.where(Contract.signed_on <= as_of)
    paid = _by_contract(s, Payment.amount, Payment.paid_on, as_of)
    accepted = _by_contract(s, Acceptance.amount, Acceptance.accepted_on, as_of)
    zero = Decimal(0)
    return [ContractRow(cid, line, number, signed, short or full, inn or "", subject, amount,
                        accepted.get(cid, zero), paid.get(cid, zero), due, status,
                        notice or "", over, procurement_id, vat if vat is not None else zero)
            for (cid, line, number, signed, full, short, inn, subject, amount, due, status,
                 notice, over, procurement_id, vat) in s.execute(query)]


def _by_contract(s: Session, amount_col, date_col, as_of: date | None) -> dict:
    model = amount_col.class_
    query = select(model.contract_id, func.sum(amount_col)).group_by(model.contract_id)
    if as_of is not None:
        query = query.where(date_col <= as_of)
    return {k: Decimal(v).quantize(KOPECK) for k, v in s.execute(query)}


def spending_rows(s: Session, as_of: date | None, today: date,
                  contracts: list[ContractRow] | None = None) -> list[SpendingRow]:
    """``contracts``: ``contract_rows(s, None, as_of)`` when the caller has read them."""
    if contracts is None:
        contracts = contract_rows(s, None, as_of)
    by_line: dict[uuid.UUID, list[ContractRow]] = {}
    for c in contracts:
        by_line.setdefault(c.line_id, []).append(c)
    announced: dict[uuid.UUID, Decimal] = {}
    for p in s.execute(select(Procurement.line_id, Procurement.status, Procurement.announced_on,
                              Procurement.initial_price)):
        live = p.status in (ProcurementStatus.ANNOUNCED, ProcurementStatus.SUMMED_UP)
        if live and (as_of is None or (p.announced_on and p.announced_on <= as_of)):
            announced[p.line_id] = announced.get(p.line_id, Decimal(0)) + p.initial_price
    cluster = s.scalars(select(Cluster).order_by(Cluster.created_at)).first()
    rows: list[SpendingRow] = []
    total = SpendingRow("total", None, translate("Grants", "Total"), "", Figures())
    for source in s.scalars(select(FundingSource).where(
            FundingSource.cluster_id == (cluster.id if cluster else None))
            .order_by(FundingSource.year, FundingSource.name)):
        row = SpendingRow("source", source.id, source.name, source.kind, Figures())
        for line in source.lines:
            live = [c for c in by_line.get(line.id, []) if c.status != ContractStatus.TERMINATED]
            figures = Figures(
                planned=line.planned, announced=announced.get(line.id, Decimal(0)),
                contracted=sum_money(c.amount for c in live), accepted=sum_money(c.accepted for c in live),
                paid=sum_money(c.paid for c in by_line.get(line.id, [])))
            child = SpendingRow("line", line.id, line.name, line.category, figures,
                                overdue=sum(1 for c in live if c.overdue(today)))
            row.children.append(child)
            row.figures.add(figures)
            row.overdue += child.overdue
        rows.append(row)
        total.figures.add(row.figures)
        total.overdue += row.overdue
    rows.append(total)
    return rows


def monthly_figures(s: Session, year: int) -> list[tuple[date, Decimal, Decimal, Decimal]]:
    """Cumulative planned (procedures by planned date), contracted and paid, by month."""
    planned = s.execute(select(Procurement.planned_on, Procurement.initial_price)).all()
    contracts = s.execute(select(Contract.signed_on, Contract.amount).where(
        Contract.status != ContractStatus.TERMINATED)).all()
    paid = s.execute(select(Payment.paid_on, Payment.amount)).all()
    out = []
    for month in range(1, 13):
        end = date(year + (month == 12), month % 12 + 1, 1)
        out.append((date(year, month, 1),
                    sum_money(a for d, a in planned if d and d < end),
                    sum_money(a for d, a in contracts if d and d < end),
                    sum_money(a for d, a in paid if d and d < end)))
    return out
