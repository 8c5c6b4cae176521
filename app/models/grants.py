"""Grant spending: funding sources, budget lines, procurement, contracts, acceptance,
payments, and the frozen snapshots of submitted monitoring forms.  Money is Numeric(18, 2)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Entity

MONEY = Numeric(18, 2)


class FundingSource(Entity):
    """The federal grant, regional co-financing, employers' contributions, …"""

    __tablename__ = "funding_source"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # SourceKind
    name: Mapped[str] = mapped_column(String(300))
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    recipient_org_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[BudgetLine]] = relationship(
        back_populates="source", cascade="all, delete-orphan", order_by="BudgetLine.position")


class BudgetLine(Entity):
    __tablename__ = "budget_line"

    source_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("funding_source.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(32))  # LineCategory
    name: Mapped[str] = mapped_column(String(500))
    planned: Mapped[Decimal] = mapped_column(MONEY)
    workshop_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("workshop.id", ondelete="SET NULL"))
    over_reason: Mapped[str] = mapped_column(Text, default="")  # lines beyond their source

    source: Mapped[FundingSource] = relationship(back_populates="lines")


class Procurement(Entity):
    __tablename__ = "procurement"

    line_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("budget_line.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(32))  # ProcurementMethod
    notice_no: Mapped[str] = mapped_column(String(100), default="")
    initial_price: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))
    planned_on: Mapped[date | None] = mapped_column(Date)
    announced_on: Mapped[date | None] = mapped_column(Date)
    summed_up_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="planned")


class Contract(Entity):
    __tablename__ = "contract"

    line_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("budget_line.id", ondelete="RESTRICT"), index=True)
    procurement_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("procurement.id", ondelete="SET NULL"))
    number: Mapped[str] = mapped_column(String(100))
    signed_on: Mapped[date] = mapped_column(Date)
    supplier_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal] = mapped_column(MONEY)
    vat: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))
    delivery_due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")
    over_reason: Mapped[str] = mapped_column(Text, default="")  # beyond its line

    acceptances: Mapped[list[Acceptance]] = relationship(
        cascade="all, delete-orphan", order_by="Acceptance.accepted_on")
    payments: Mapped[list[Payment]] = relationship(
        cascade="all, delete-orphan", order_by="Payment.paid_on")


class Acceptance(Entity):
    """An acceptance document (акт, товарная накладная, УПД)."""

    __tablename__ = "acceptance"

    contract_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True)
    document_no: Mapped[str] = mapped_column(String(100))
    accepted_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(MONEY)


class Payment(Entity):
    __tablename__ = "payment"

    contract_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    order_no: Mapped[str] = mapped_column(String(100), default="")
    over_reason: Mapped[str] = mapped_column(Text, default="")  # beyond its contract


class MonitoringSubmission(Entity):
    """The figures of a month's monitoring form as submitted (frozen, JSON)."""

    __tablename__ = "monitoring_submission"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    month: Mapped[date] = mapped_column(Date, index=True)  # the first day of the month
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    submitted_by: Mapped[str] = mapped_column(String(64), default="")
    snapshot: Mapped[str] = mapped_column(Text)
