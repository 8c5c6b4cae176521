"""Grant spending's data: the codes and their labels, the dataclasses the grants service
takes and returns, money as the grant forms want it (Decimal, kopecks, half up), and THE rule
of an overdue contract.  app.services.grants re-exports every name here."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.formats import NotANumber, format_money, parse_number, round_half_up
from app.services.base import translate

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
    procurement_id: uuid.UUID | None = None  # the procedure it came out of
    vat: Decimal = Decimal(0)

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


def sum_money(values) -> Decimal:
    """Money summed and quantized to kopecks (half up)."""
    return sum(values, Decimal(0)).quantize(KOPECK, ROUND_HALF_UP)


def rub(value: Decimal) -> str:
    """1234567.8 → «1 234 567,80 ₽» (non-breaking spaces; app.formats' rule)."""
    return format_money(value)


def with_reason(data, reason: str):
    """The same data with an over-commitment reason (a helper for callers and tests)."""
    return replace(data, over_reason=reason)
