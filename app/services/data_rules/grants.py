"""Rules of the procurement chain: budget line → procedure → contract → acceptance and
payment.  The services refuse most of these when a record is entered; the rules find what
got in another way (an import, an older version, a sum corrected afterwards)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Acceptance, BudgetLine, Contract, Organization, Payment, Procurement
from app.services import grants
from app.services.base import translate
from app.services.data_rules import Hit, Link, day, rule, short
from app.services.grants import ContractStatus, rub

SECTION = "grants"


def _contracts(s: Session) -> list:
    return s.execute(
        select(Contract.id, Contract.number, Contract.signed_on, Contract.amount,
               Contract.delivery_due,
               Contract.line_id, Contract.status, Contract.over_reason, Contract.procurement_id,
               Organization.short_name, Organization.full_name)
        .join(Organization, Organization.id == Contract.supplier_id)
        .order_by(Contract.signed_on, Contract.number)).all()


def contract_link(c) -> Link:
    supplier = c.short_name or c.full_name
    return Link(SECTION, c.id, translate("DataCheck", "Contract No. {number} of {date} ({supplier})")
                .format(number=c.number, date=day(c.signed_on), supplier=short(supplier, 60)))


def _sums(s: Session, model) -> dict:
    return dict(s.execute(select(model.contract_id, func.sum(model.amount))
                          .group_by(model.contract_id)).all())


@rule("contract.accepted_over",
      QT_TRANSLATE_NOOP("DataCheck", "Acceptance over the contract's sum"),
      QT_TRANSLATE_NOOP("DataCheck", "The acceptance documents under a contract add up to more "
                                     "than its sum: a document was entered twice, or the "
                                     "contract's sum is wrong. Correct the document or the sum."))
def accepted_over(s: Session, today: date):
    accepted = _sums(s, Acceptance)
    for c in _contracts(s):
        total = Decimal(accepted.get(c.id) or 0)
        if total > c.amount:
            yield Hit(translate("DataCheck", "accepted {accepted}, the contract's sum is {amount}")
                      .format(accepted=rub(total), amount=rub(c.amount)), contract_link(c))


@rule("contract.paid_over",
      QT_TRANSLATE_NOOP("DataCheck", "Payment over the contract's sum"),
      QT_TRANSLATE_NOOP("DataCheck", "The payments under a contract add up to more than its "
                                     "sum, and no payment gives the reason for the "
                                     "over-payment. Correct the payment or the sum, or record "
                                     "the reason."))
def paid_over(s: Session, today: date):
    paid = _sums(s, Payment)
    explained = set(s.scalars(select(Payment.contract_id).where(Payment.over_reason != "")))
    for c in _contracts(s):
        total = Decimal(paid.get(c.id) or 0)
        if total > c.amount and c.id not in explained:
            yield Hit(translate("DataCheck", "paid {paid}, the contract's sum is {amount}")
                      .format(paid=rub(total), amount=rub(c.amount)), contract_link(c))


@rule("line.contracted_over",
      QT_TRANSLATE_NOOP("DataCheck", "Contracts over their budget line"),
      QT_TRANSLATE_NOOP("DataCheck", "The contracts on a budget line (without terminated ones) "
                                     "add up to more than the line's planned sum, and no "
                                     "contract gives the reason for the over-commitment. "
                                     "Correct a sum or the line, or record the reason."))
def line_contracted_over(s: Session, today: date):
    contracted: dict = defaultdict(Decimal)
    explained: set = set()
    for c in _contracts(s):
        if c.status == ContractStatus.TERMINATED:
            continue
        contracted[c.line_id] += c.amount
        if c.over_reason.strip():
            explained.add(c.line_id)
    lines = s.execute(select(BudgetLine.id, BudgetLine.name, BudgetLine.planned)
                      .order_by(BudgetLine.source_id, BudgetLine.position)).all()
    for line in lines:
        total = contracted.get(line.id, Decimal(0))
        if total > line.planned and line.id not in explained:
            yield Hit(translate("DataCheck", "contracted {contracted}, the line plans {planned}")
                      .format(contracted=rub(total), planned=rub(line.planned)),
                      Link(SECTION, line.id, translate("DataCheck", "Budget line «{name}»")
                           .format(name=short(line.name, 70))))


@rule("contract.delivery_overdue",
      QT_TRANSLATE_NOOP("DataCheck", "Contract past its delivery date"),
      QT_TRANSLATE_NOOP("DataCheck", "The contract's delivery date has passed, it is still in "
                                     "force and not everything under it is accepted. Record "
                                     "the acceptance, or the contract's new date or status."))
def delivery_overdue(s: Session, today: date):
    accepted = _sums(s, Acceptance)
    for c in _contracts(s):
        total = Decimal(accepted.get(c.id) or 0)
        if grants.delivery_overdue(c.status, c.delivery_due, total, c.amount, today):
            yield Hit(translate("DataCheck", "delivery was due {date}, accepted {accepted} of "
                                             "{amount}").format(date=day(c.delivery_due),
                                                                accepted=rub(total),
                                                                amount=rub(c.amount)),
                      contract_link(c))


@rule("contract.money_before_signed",
      QT_TRANSLATE_NOOP("DataCheck", "Payment or acceptance before its contract"),
      QT_TRANSLATE_NOOP("DataCheck", "A payment or an acceptance document is dated before the "
                                     "contract it belongs to was signed. One of the dates is "
                                     "wrong: correct it."))
def money_before_signed(s: Session, today: date):
    contracts = {c.id: c for c in _contracts(s)}
    rows = [(p.contract_id, p.paid_on, translate("DataCheck", "payment of {date}, order {number}")
             .format(date=day(p.paid_on), number=p.order_no or "—"))
            for p in s.scalars(select(Payment).order_by(Payment.paid_on))]
    rows += [(a.contract_id, a.accepted_on, translate("DataCheck", "acceptance of {date}, {number}")
              .format(date=day(a.accepted_on), number=a.document_no))
             for a in s.scalars(select(Acceptance).order_by(Acceptance.accepted_on))]
    for contract_id, when, what in rows:
        c = contracts.get(contract_id)
        if c is not None and when is not None and when < c.signed_on:
            yield Hit(translate("DataCheck", "{what}; the contract was signed on {signed}")
                      .format(what=what, signed=day(c.signed_on)), contract_link(c))


@rule("contract.before_procedure",
      QT_TRANSLATE_NOOP("DataCheck", "Contract signed before its procedure ended"),
      QT_TRANSLATE_NOOP("DataCheck", "A contract that came out of a procurement procedure is "
                                     "signed before the procedure was summed up. Correct one "
                                     "of the dates."))
def contract_before_procedure(s: Session, today: date):
    procedures = {p.id: p for p in s.scalars(select(Procurement))}
    for c in _contracts(s):
        p = procedures.get(c.procurement_id) if c.procurement_id else None
        if p is None or p.summed_up_on is None:  # a single supplier: no summing up
            continue
        if c.signed_on < p.summed_up_on:
            yield Hit(translate("DataCheck", "signed {signed}, the procedure was summed up on "
                                             "{summed}").format(signed=day(c.signed_on),
                                                                summed=day(p.summed_up_on)),
                      contract_link(c))
