"""Grant spending: sources, budget lines, procurement, contracts, acceptance and payments.

Refused with a message, not silently stored: a line of a category the grant may not pay for
(the grant pays only for equipment, software and capital repair), a grant of a size the
cluster's kind does not allow, a payment beyond its contract, a contract beyond its line, lines
beyond their source.  Where an over-commitment is legitimate, the user gives the reason, and
it is stored with the row.  Money is Decimal, quantized to kopecks, end to end.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Acceptance,
    BudgetLine,
    Contract,
    FundingSource,
    GrantSize,
    Organization,
    Payment,
    Procurement,
)
from app.services import clock
from app.services.base import Service, conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import NotFoundError, ValidationError
from app.services.grant_data import (
    GRANT_CATEGORIES,
    KOPECK,
    LABELS,
    AcceptanceData,
    ContractData,
    ContractRow,
    ContractStatus,
    Figures,
    LineCategory,
    LineData,
    PaymentData,
    ProcurementData,
    ProcurementMethod,
    ProcurementStatus,
    SourceData,
    SourceKind,
    SpendingRow,
    delivery_overdue,
    label,
    money,
    rub,
    sum_money,
    with_reason,
)
from app.services.grant_figures import contract_rows, monthly_figures, spending_rows
from app.services.permissions import Permission, requires
from app.services.validation import FieldError, check_field, require_text, validate_inn

# the grants API as it was before the split into grant_data and grant_figures
__all__ = ["AcceptanceData", "ContractData", "ContractRow", "ContractStatus", "Figures",
           "GRANT_CATEGORIES", "GrantsService", "KOPECK", "LABELS", "LineCategory", "LineData",
           "PaymentData", "ProcurementData", "ProcurementMethod", "ProcurementStatus",
           "SourceData", "SourceKind", "SpendingRow", "contract_rows", "delivery_overdue", "label",
           "money", "rub", "spending_rows", "sum_money", "with_reason"]


def _source_data(s: FundingSource) -> SourceData:
    return SourceData(s.kind, s.name, s.year, s.amount, s.recipient_org_id, s.notes, s.id,
                      s.version)


def _line_data(x: BudgetLine) -> LineData:
    return LineData(x.source_id, x.category, x.name, x.planned, x.workshop_id, x.over_reason,
                    x.position, x.id, x.version)


def _procurement_data(p: Procurement) -> ProcurementData:
    return ProcurementData(p.line_id, p.subject, p.method, p.notice_no, p.initial_price,
                           p.planned_on, p.announced_on, p.summed_up_on, p.status, p.id,
                           p.version)


def _get(s: Session, model, row_id, message: str):
    row = s.get(model, row_id) if row_id is not None else None
    if row is None:
        raise NotFoundError(message)
    return row


class GrantsService(Service):
    # --- sources -----------------------------------------------------------------------
    @requires(Permission.GRANTS_READ)
    def sources(self) -> list[SourceData]:
        with self._session() as s:
            rows = s.scalars(select(FundingSource).order_by(FundingSource.year,
                                                            FundingSource.name))
            return [_source_data(x) for x in rows]

    @requires(Permission.GRANTS_WRITE)
    def save_source(self, data: SourceData) -> SourceData:
        errors: dict[str, str] = {}
        name = check_field(errors, "name", require_text, data.name, 300)
        if data.kind not in set(SourceKind):
            errors["kind"] = translate("Grants", "Choose the kind of source.")
        amount = money(data.amount, "amount", errors)
        if not 2000 <= int(data.year) <= 2100:
            errors["year"] = translate("Grants", "Give the year, e.g. 2026.")
        with self._session() as s:
            cluster = current_cluster(s)
            if data.kind == SourceKind.FEDERAL_GRANT and "amount" not in errors:
                allowed = sorted(s.scalars(select(GrantSize.amount).where(
                    GrantSize.kind_code == cluster.kind_code)), reverse=True)
                if amount not in allowed:
                    errors["amount"] = translate(
                        "Grants", "A federal grant to a cluster of this kind is {sizes} RUB.").format(
                            sizes=translate("Grants", " or ").join(
                                f"{a:,.2f}".replace(",", " ").replace(".", ",") for a in allowed))
            if errors:
                raise ValidationError(errors)
            if data.id is None:
                source = FundingSource(cluster_id=cluster.id)
                s.add(source)
            else:
                source = _get(s, FundingSource, data.id, self._gone())
                if source.version != data.version:
                    raise conflict_error()
            source.kind, source.name, source.year = data.kind, name, int(data.year)
            source.amount, source.recipient_org_id = amount, data.recipient_org_id
            source.notes = data.notes or ""
            s.flush()
            if source.kind == SourceKind.FEDERAL_GRANT:
                bad = [x.name for x in source.lines if x.category not in GRANT_CATEGORIES]
                if bad:
                    raise ValidationError({"kind": self._category_refused()})
            return _source_data(source)

    @requires(Permission.GRANTS_WRITE)
    def delete_source(self, source_id: uuid.UUID) -> None:
        with self._session() as s:
            source = _get(s, FundingSource, source_id, self._gone())
            if s.scalar(select(func.count()).select_from(Contract).join(BudgetLine).where(
                    BudgetLine.source_id == source_id)):
                raise ValidationError({"source": translate(
                    "Grants", "The source has contracts: delete them first.")})
            s.delete(source)

    # --- budget lines --------------------------------------------------------------------
    @requires(Permission.GRANTS_READ)
    def lines(self, source_id: uuid.UUID | None = None) -> list[LineData]:
        query = select(BudgetLine).order_by(BudgetLine.position, BudgetLine.name)
        if source_id is not None:
            query = query.where(BudgetLine.source_id == source_id)
        with self._session() as s:
            return [_line_data(x) for x in s.scalars(query)]

    @requires(Permission.GRANTS_WRITE)
    def save_line(self, data: LineData) -> LineData:
        errors: dict[str, str] = {}
        name = check_field(errors, "name", require_text, data.name, 500)
        if data.category not in set(LineCategory):
            errors["category"] = translate("Grants", "Choose the category.")
        planned = money(data.planned, "planned", errors, positive=False)
        with self._session() as s:
            source = _get(s, FundingSource, data.source_id, self._gone())
            if source.kind == SourceKind.FEDERAL_GRANT and data.category not in GRANT_CATEGORIES:
                errors["category"] = self._category_refused()
            others = sum_money(x.planned for x in source.lines if x.id != data.id)
            if not errors and others + planned > source.amount and not data.over_reason.strip():
                errors["planned"] = translate(
                    "Grants", "The lines would come to {total}, more than the source's {amount}. "
                              "Lower the sum, or give the reason for the over-commitment.").format(
                        total=rub(others + planned), amount=rub(source.amount))
            if errors:
                raise ValidationError(errors)
            if data.id is None:
                line = BudgetLine(source_id=source.id, position=len(source.lines) + 1)
                s.add(line)
            else:
                line = _get(s, BudgetLine, data.id, self._gone())
                if line.version != data.version:
                    raise conflict_error()
            line.category, line.name, line.planned = data.category, name, planned
            line.workshop_id = data.workshop_id
            line.over_reason = data.over_reason.strip()
            s.flush()
            return _line_data(line)

    @requires(Permission.GRANTS_WRITE)
    def delete_line(self, line_id: uuid.UUID) -> None:
        with self._session() as s:
            line = _get(s, BudgetLine, line_id, self._gone())
            if s.scalar(select(func.count()).select_from(Contract).where(
                    Contract.line_id == line_id)):
                raise ValidationError({"line": translate(
                    "Grants", "The line has contracts: delete them first.")})
            s.delete(line)

    # --- procurement ---------------------------------------------------------------------
    @requires(Permission.GRANTS_READ)
    def procurements(self, line_id: uuid.UUID | None = None) -> list[ProcurementData]:
        query = select(Procurement).order_by(Procurement.planned_on, Procurement.subject)
        if line_id is not None:
            query = query.where(Procurement.line_id == line_id)
        with self._session() as s:
            return [_procurement_data(p) for p in s.scalars(query)]

    @requires(Permission.GRANTS_WRITE)
    def save_procurement(self, data: ProcurementData) -> ProcurementData:
        errors: dict[str, str] = {}
        subject = check_field(errors, "subject", require_text, data.subject, 2000)
        if data.method not in set(ProcurementMethod):
            errors["method"] = translate("Grants", "Choose the method.")
        if data.status not in set(ProcurementStatus):
            errors["status"] = translate("Grants", "Choose the status.")
        price = money(data.initial_price, "initial_price", errors, positive=False)
        if data.status in (ProcurementStatus.ANNOUNCED, ProcurementStatus.SUMMED_UP) and (
                data.announced_on is None or not data.notice_no.strip()):
            errors["notice_no"] = translate(
                "Grants", "An announced procedure has a notice number and a date.")
        dates = [d for d in (data.announced_on, data.summed_up_on) if d]
        if dates != sorted(dates):
            errors["summed_up_on"] = translate(
                "Grants", "A procedure is summed up after it is announced.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            _get(s, BudgetLine, data.line_id, self._gone())
            if data.id is None:
                row = Procurement(line_id=data.line_id)
                s.add(row)
            else:
                row = _get(s, Procurement, data.id, self._gone())
                if row.version != data.version:
                    raise conflict_error()
            row.line_id, row.subject, row.method = data.line_id, subject, data.method
            row.notice_no, row.initial_price = data.notice_no.strip(), price
            row.planned_on, row.announced_on = data.planned_on, data.announced_on
            row.summed_up_on, row.status = data.summed_up_on, data.status
            s.flush()
            return _procurement_data(row)

    # --- contracts, acceptance, payments ---------------------------------------------------
    @requires(Permission.GRANTS_READ)
    def contracts(self, line_id: uuid.UUID | None = None,
                  as_of: date | None = None) -> list[ContractRow]:
        with self._session() as s:
            return contract_rows(s, line_id, as_of)

    @requires(Permission.GRANTS_WRITE)
    def save_contract(self, data: ContractData) -> ContractRow:
        errors: dict[str, str] = {}
        number = check_field(errors, "number", require_text, data.number, 100)
        amount = money(data.amount, "amount", errors)
        vat = money(data.vat, "vat", errors, positive=False)
        if "vat" not in errors and vat > amount:
            errors["vat"] = translate("Grants", "VAT cannot exceed the contract's sum.")
        if data.status not in set(ContractStatus):
            errors["status"] = translate("Grants", "Choose the status.")
        if data.signed_on is None:
            errors["signed_on"] = translate("Grants", "Give the date the contract was signed.")
        try:
            inn = validate_inn(data.supplier_inn)
            if not inn:
                raise FieldError(translate("Grants", "Give the supplier's INN."))
        except FieldError as exc:
            errors["supplier_inn"], inn = str(exc), ""
        with self._session() as s:
            line = _get(s, BudgetLine, data.line_id, self._gone())
            supplier = s.scalars(select(Organization).where(Organization.inn == inn)).first() \
                if inn else None
            if inn and supplier is None and not data.supplier_name.strip():
                errors["supplier_inn"] = translate(
                    "Grants", "No organization with INN {inn} is listed: give the supplier's "
                              "name to add it.").format(inn=inn)
            others = sum_money(c.amount for c in s.scalars(select(Contract).where(
                Contract.line_id == line.id, Contract.status != ContractStatus.TERMINATED))
                if c.id != data.id)
            if ("amount" not in errors and data.status != ContractStatus.TERMINATED
                    and others + amount > line.planned and not data.over_reason.strip()):
                errors["amount"] = translate(
                    "Grants", "Contracts on the line «{line}» would come to {total}, more than "
                              "its {planned}. Lower the sum, or give the reason for the "
                              "over-commitment.").format(
                        line=line.name, total=rub(others + amount), planned=rub(line.planned))
            if errors:
                raise ValidationError(errors)
            if supplier is None:
                supplier = Organization(full_name=" ".join(data.supplier_name.split()), inn=inn)
                s.add(supplier)
                s.flush()
            if data.id is None:
                row = Contract(line_id=line.id)
                s.add(row)
            else:
                row = _get(s, Contract, data.id, self._gone())
                if row.version != data.version:
                    raise conflict_error()
            row.line_id, row.procurement_id, row.number = line.id, data.procurement_id, number
            row.signed_on, row.supplier_id, row.subject = data.signed_on, supplier.id, data.subject
            row.amount, row.vat, row.delivery_due = amount, vat, data.delivery_due
            row.status, row.over_reason = data.status, data.over_reason.strip()
            s.flush()
            return next(r for r in contract_rows(s, line.id, None) if r.id == row.id)

    @requires(Permission.GRANTS_READ)
    def contract(self, contract_id: uuid.UUID) -> ContractData:
        """A contract as its form edits it (with the version the save will check)."""
        with self._session() as s:
            c = _get(s, Contract, contract_id, self._gone())
            supplier = s.get(Organization, c.supplier_id)
            return ContractData(
                c.line_id, c.number, c.signed_on, supplier.inn or "", c.amount,
                supplier.full_name, c.subject, c.vat, c.delivery_due, c.status,
                c.procurement_id, c.over_reason, c.id, c.version)

    @requires(Permission.GRANTS_WRITE)
    def add_payment(self, data: PaymentData) -> uuid.UUID:
        errors: dict[str, str] = {}
        amount = money(data.amount, "amount", errors)
        if data.paid_on is None:
            errors["paid_on"] = translate("Grants", "Give the date of the payment.")
        with self._session() as s:
            contract = _get(s, Contract, data.contract_id, self._gone())
            paid = sum_money(p.amount for p in contract.payments if p.id != data.id)
            if "amount" not in errors and paid + amount > contract.amount \
                    and not data.over_reason.strip():
                errors["amount"] = translate(
                    "Grants", "Payments would come to {total}, more than the contract's "
                              "{amount}. Lower the sum, or give the reason for the "
                              "over-payment.").format(total=rub(paid + amount),
                                                  amount=rub(contract.amount))
            if errors:
                raise ValidationError(errors)
            row = Payment(contract_id=contract.id, paid_on=data.paid_on, amount=amount,
                          order_no=data.order_no.strip(), over_reason=data.over_reason.strip())
            s.add(row)
            s.flush()
            return row.id

    @requires(Permission.GRANTS_WRITE)
    def add_acceptance(self, data: AcceptanceData) -> uuid.UUID:
        errors: dict[str, str] = {}
        amount = money(data.amount, "amount", errors)
        number = check_field(errors, "document_no", require_text, data.document_no, 100)
        with self._session() as s:
            contract = _get(s, Contract, data.contract_id, self._gone())
            accepted = sum_money(a.amount for a in contract.acceptances)
            if "amount" not in errors and accepted + amount > contract.amount:
                errors["amount"] = translate(
                    "Grants", "Accepted work would come to {total}, more than the contract's "
                              "{amount}.").format(total=rub(accepted + amount),
                                                  amount=rub(contract.amount))
            if errors:
                raise ValidationError(errors)
            row = Acceptance(contract_id=contract.id, document_no=number,
                             accepted_on=data.accepted_on, amount=amount)
            s.add(row)
            s.flush()
            return row.id

    @requires(Permission.GRANTS_READ)
    def payments(self, contract_id: uuid.UUID) -> list[PaymentData]:
        with self._session() as s:
            return [PaymentData(p.contract_id, p.paid_on, p.amount, p.order_no, p.over_reason,
                                p.id) for p in s.scalars(select(Payment).where(
                                    Payment.contract_id == contract_id).order_by(Payment.paid_on))]

    @requires(Permission.GRANTS_READ)
    def acceptances(self, contract_id: uuid.UUID) -> list[AcceptanceData]:
        with self._session() as s:
            return [AcceptanceData(a.contract_id, a.document_no, a.accepted_on, a.amount, a.id)
                    for a in s.scalars(select(Acceptance).where(
                        Acceptance.contract_id == contract_id).order_by(Acceptance.accepted_on))]

    # --- the spending picture --------------------------------------------------------------
    @requires(Permission.GRANTS_READ)
    def spending(self, as_of: date | None = None, today: date | None = None) -> list[SpendingRow]:
        """Per source and per line: planned, announced, contracted, accepted, paid — as of a
        date (the monitoring form) or now.  Sources sum their lines; the last row is the
        total of the sources, so the figures always add up."""
        with self._session() as s:
            return spending_rows(s, as_of, today or clock.today())

    @requires(Permission.GRANTS_READ)
    def monthly(self, year: int) -> list[tuple[date, Decimal, Decimal, Decimal]]:
        """Cumulative planned (procedures by planned date), contracted and paid, by month."""
        with self._session() as s:
            return monthly_figures(s, year)

    def _gone(self) -> str:
        return translate("Grants", "This record no longer exists: someone deleted it.")

    def _category_refused(self) -> str:
        return translate("Grants", "Grant money may go only to equipment, software and capital "
                                   "repair; put this line on another source.")
