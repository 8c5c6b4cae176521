"""Grant spending: sources, budget lines, procurement, contracts, acceptance and payments.

Refused with a message, not silently stored: a line of a category the grant may not pay for
(the grant pays only for equipment, software and capital repair), a grant of a size the
cluster's kind does not allow, a payment beyond its contract, a contract beyond its line, lines
beyond their source.  Where an over-commitment is legitimate, the user gives the reason, and
it is stored with the row.  Money is Decimal, quantized to kopecks, end to end.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.formats import NotANumber, format_money, parse_number, round_half_up
from app.models import (
    Acceptance,
    BudgetLine,
    Cluster,
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
from app.services.permissions import Permission, requires
from app.services.validation import FieldError, check_field, require_text, validate_inn

KOPECK = Decimal("0.01")


class SourceKind(enum.StrEnum):
    FEDERAL_GRANT = "federal_grant"
    REGIONAL = "regional"
    EMPLOYER = "employer"
    COLLEGE = "college"
    PARTNER = "partner"


class LineCategory(enum.StrEnum):
    EQUIPMENT = "equipment"
    SOFTWARE = "software"
    CAPITAL_REPAIR = "capital_repair"
    TRAINING = "training"
    OTHER = "other"


class ProcurementMethod(enum.StrEnum):
    AUCTION = "auction_44"
    TENDER = "tender_44"
    QUOTATION = "quotation_44"
    FZ223 = "fz_223"
    SINGLE = "single_supplier"


class ProcurementStatus(enum.StrEnum):
    PLANNED = "planned"
    ANNOUNCED = "announced"
    SUMMED_UP = "summed_up"
    FAILED = "failed"
    CANCELLED = "cancelled"


class ContractStatus(enum.StrEnum):
    ACTIVE = "active"
    FULFILLED = "fulfilled"
    TERMINATED = "terminated"


GRANT_CATEGORIES = {LineCategory.EQUIPMENT, LineCategory.SOFTWARE, LineCategory.CAPITAL_REPAIR}

LABELS = {
    SourceKind.FEDERAL_GRANT: QT_TRANSLATE_NOOP("Grants", "Federal grant"),
    SourceKind.REGIONAL: QT_TRANSLATE_NOOP("Grants", "Regional co-financing"),
    SourceKind.EMPLOYER: QT_TRANSLATE_NOOP("Grants", "Employers' contributions"),
    SourceKind.COLLEGE: QT_TRANSLATE_NOOP("Grants", "College's extra-budget income"),
    SourceKind.PARTNER: QT_TRANSLATE_NOOP("Grants", "Partners' targeted receipts"),
    LineCategory.EQUIPMENT: QT_TRANSLATE_NOOP("Grants", "Equipment"),
    LineCategory.SOFTWARE: QT_TRANSLATE_NOOP("Grants", "Software"),
    LineCategory.CAPITAL_REPAIR: QT_TRANSLATE_NOOP("Grants", "Capital repair"),
    LineCategory.TRAINING: QT_TRANSLATE_NOOP("Grants", "Staff training"),
    LineCategory.OTHER: QT_TRANSLATE_NOOP("Grants", "Other"),
    ProcurementMethod.AUCTION: QT_TRANSLATE_NOOP("Grants", "Electronic auction (44-FZ)"),
    ProcurementMethod.TENDER: QT_TRANSLATE_NOOP("Grants", "Open tender (44-FZ)"),
    ProcurementMethod.QUOTATION: QT_TRANSLATE_NOOP("Grants", "Request for quotations (44-FZ)"),
    ProcurementMethod.FZ223: QT_TRANSLATE_NOOP("Grants", "Procurement under 223-FZ"),
    ProcurementMethod.SINGLE: QT_TRANSLATE_NOOP("Grants", "Single supplier"),
    ProcurementStatus.PLANNED: QT_TRANSLATE_NOOP("Grants", "Planned"),
    ProcurementStatus.ANNOUNCED: QT_TRANSLATE_NOOP("Grants", "Announced"),
    ProcurementStatus.SUMMED_UP: QT_TRANSLATE_NOOP("Grants", "Summed up"),
    ProcurementStatus.FAILED: QT_TRANSLATE_NOOP("Grants", "Failed"),
    ProcurementStatus.CANCELLED: QT_TRANSLATE_NOOP("Grants", "Cancelled"),
    ContractStatus.ACTIVE: QT_TRANSLATE_NOOP("Grants", "In force"),
    ContractStatus.FULFILLED: QT_TRANSLATE_NOOP("Grants", "Fulfilled"),
    ContractStatus.TERMINATED: QT_TRANSLATE_NOOP("Grants", "Terminated"),
}


def label(code: str) -> str:
    for enum_type in (SourceKind, LineCategory, ProcurementMethod, ProcurementStatus,
                      ContractStatus):
        if code in set(enum_type):
            return translate("Grants", LABELS[enum_type(code)])
    return code


def money(value, name: str, errors: dict[str, str], positive: bool = True) -> Decimal:
    """A sum of money from a Decimal, a number or text such as «1 234 567,89 ₽»."""
    try:
        amount = parse_number(value)
    except NotANumber:
        amount = None
    if amount is None:
        errors[name] = translate("Grants", "Write a sum of money, e.g. 1 234 567,89.")
        return Decimal(0)
    if amount < 0 or (positive and amount == 0):
        errors[name] = translate("Grants", "The sum must be more than zero.")
    if abs(amount) >= Decimal("1e16"):
        errors[name] = translate("Grants", "The sum is too large.")
        return Decimal(0)
    return round_half_up(amount)  # as an accountant rounds


# --- data carried to and from the window ---------------------------------------------------

@dataclass
class SourceData:
    kind: str
    name: str
    year: int
    amount: Decimal
    recipient_org_id: uuid.UUID | None = None
    notes: str = ""
    id: uuid.UUID | None = None
    version: int = 0


@dataclass
class LineData:
    source_id: uuid.UUID
    category: str
    name: str
    planned: Decimal
    workshop_id: uuid.UUID | None = None
    over_reason: str = ""
    position: int = 0
    id: uuid.UUID | None = None
    version: int = 0


@dataclass
class ProcurementData:
    line_id: uuid.UUID
    subject: str
    method: str = ProcurementMethod.AUCTION.value
    notice_no: str = ""
    initial_price: Decimal = Decimal(0)
    planned_on: date | None = None
    announced_on: date | None = None
    summed_up_on: date | None = None
    status: str = ProcurementStatus.PLANNED.value
    id: uuid.UUID | None = None
    version: int = 0


@dataclass
class ContractData:
    line_id: uuid.UUID
    number: str
    signed_on: date
    supplier_inn: str
    amount: Decimal
    supplier_name: str = ""  # for a supplier not listed yet: created on the fly
    subject: str = ""
    vat: Decimal = Decimal(0)
    delivery_due: date | None = None
    status: str = ContractStatus.ACTIVE.value
    procurement_id: uuid.UUID | None = None
    over_reason: str = ""
    id: uuid.UUID | None = None
    version: int = 0


@dataclass
class PaymentData:
    contract_id: uuid.UUID
    paid_on: date
    amount: Decimal
    order_no: str = ""
    over_reason: str = ""
    id: uuid.UUID | None = None


@dataclass
class AcceptanceData:
    contract_id: uuid.UUID
    document_no: str
    accepted_on: date
    amount: Decimal
    id: uuid.UUID | None = None


@dataclass
class Figures:
    planned: Decimal = Decimal(0)
    announced: Decimal = Decimal(0)
    contracted: Decimal = Decimal(0)
    accepted: Decimal = Decimal(0)
    paid: Decimal = Decimal(0)

    @property
    def remaining(self) -> Decimal:
        return self.planned - self.paid

    def share(self, part: Decimal) -> Decimal | None:
        return None if not self.planned else (part * 100 / self.planned)

    @property
    def pct_contracted(self) -> Decimal | None:
        return self.share(self.contracted)

    @property
    def pct_paid(self) -> Decimal | None:
        return self.share(self.paid)

    def add(self, other: Figures) -> None:
        for name in ("planned", "announced", "contracted", "accepted", "paid"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class SpendingRow:
    level: str  # "source", "line" or "total"
    id: uuid.UUID | None
    name: str
    category: str
    figures: Figures
    overdue: int = 0  # contracts past their delivery deadline, not fulfilled
    children: list[SpendingRow] = field(default_factory=list)


@dataclass(frozen=True)
class ContractRow:
    id: uuid.UUID
    line_id: uuid.UUID
    number: str
    signed_on: date
    supplier: str
    supplier_inn: str
    subject: str
    amount: Decimal
    accepted: Decimal
    paid: Decimal
    delivery_due: date | None
    status: str
    procurement_notice: str
    over_reason: str

    def overdue(self, today: date) -> bool:
        return delivery_overdue(self.status, self.delivery_due, self.accepted, self.amount,
                                today)


def delivery_overdue(status: str, delivery_due: date | None, accepted: Decimal,
                     amount: Decimal, today: date) -> bool:
    """THE rule of an overdue contract (the dashboard, the grants window, the monitoring
    form and the data check read it): in force, its delivery date has passed, and its
    acceptance documents do not cover its sum."""
    return (delivery_due is not None and delivery_due < today
            and status == ContractStatus.ACTIVE and accepted < amount)


def _sum(values) -> Decimal:
    return sum(values, Decimal(0)).quantize(KOPECK, ROUND_HALF_UP)


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
            others = _sum(x.planned for x in source.lines if x.id != data.id)
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
            others = _sum(c.amount for c in s.scalars(select(Contract).where(
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
            paid = _sum(p.amount for p in contract.payments if p.id != data.id)
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
            accepted = _sum(a.amount for a in contract.acceptances)
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
            planned = s.execute(select(Procurement.planned_on, Procurement.initial_price)).all()
            contracts = s.execute(select(Contract.signed_on, Contract.amount).where(
                Contract.status != ContractStatus.TERMINATED)).all()
            paid = s.execute(select(Payment.paid_on, Payment.amount)).all()
        out = []
        for month in range(1, 13):
            end = date(year + (month == 12), month % 12 + 1, 1)
            out.append((date(year, month, 1),
                        _sum(a for d, a in planned if d and d < end),
                        _sum(a for d, a in contracts if d and d < end),
                        _sum(a for d, a in paid if d and d < end)))
        return out

    def _gone(self) -> str:
        return translate("Grants", "This record no longer exists: someone deleted it.")

    def _category_refused(self) -> str:
        return translate("Grants", "Grant money may go only to equipment, software and capital "
                                   "repair; put this line on another source.")


def rub(value: Decimal) -> str:
    """1234567.8 → «1 234 567,80 ₽» (non-breaking spaces; app.formats' rule)."""
    return format_money(value)


def contract_rows(s: Session, line_id: uuid.UUID | None, as_of: date | None) -> list[ContractRow]:
    query = (select(Contract, Organization.full_name, Organization.short_name, Organization.inn,
                    Procurement.notice_no)
             .join(Organization, Organization.id == Contract.supplier_id)
             .outerjoin(Procurement, Procurement.id == Contract.procurement_id)
             .order_by(Contract.signed_on, Contract.number))
    if line_id is not None:
        query = query.where(Contract.line_id == line_id)
    if as_of is not None:
        query = query.where(Contract.signed_on <= as_of)
    paid = _by_contract(s, Payment.amount, Payment.paid_on, as_of)
    accepted = _by_contract(s, Acceptance.amount, Acceptance.accepted_on, as_of)
    return [ContractRow(c.id, c.line_id, c.number, c.signed_on, short or full, inn or "",
                        c.subject, c.amount, accepted.get(c.id, Decimal(0)),
                        paid.get(c.id, Decimal(0)), c.delivery_due, c.status, notice or "",
                        c.over_reason)
            for c, full, short, inn, notice in s.execute(query)]


def _by_contract(s: Session, amount_col, date_col, as_of: date | None) -> dict:
    model = amount_col.class_
    query = select(model.contract_id, func.sum(amount_col)).group_by(model.contract_id)
    if as_of is not None:
        query = query.where(date_col <= as_of)
    return {k: Decimal(v).quantize(KOPECK) for k, v in s.execute(query)}


def spending_rows(s: Session, as_of: date | None, today: date) -> list[SpendingRow]:
    contracts = contract_rows(s, None, as_of)
    by_line: dict[uuid.UUID, list[ContractRow]] = {}
    for c in contracts:
        by_line.setdefault(c.line_id, []).append(c)
    announced: dict[uuid.UUID, Decimal] = {}
    for p in s.scalars(select(Procurement)):
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
                contracted=_sum(c.amount for c in live), accepted=_sum(c.accepted for c in live),
                paid=_sum(c.paid for c in by_line.get(line.id, [])))
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


def with_reason(data, reason: str):
    """The same data with an over-commitment reason (a helper for callers and tests)."""
    return replace(data, over_reason=reason)
