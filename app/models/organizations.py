"""Organizations (participants and suppliers), their contacts, the cluster and memberships."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Entity


class Organization(Entity):
    __tablename__ = "organization"

    full_name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(200), default="")
    # A string: 10 digits for a company, 12 for a person; leading zeros are part of it.
    inn: Mapped[str | None] = mapped_column(String(12), unique=True)
    ogrn: Mapped[str | None] = mapped_column(String(15))
    kpp: Mapped[str | None] = mapped_column(String(9))
    address: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(300), default="")

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="organization", cascade="all, delete-orphan", order_by="Contact.full_name"
    )
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="organization",
        cascade="all, delete-orphan",
        order_by="Membership.joined_on",
    )


class Contact(Entity):
    """A person at an organization: personal data under 152-FZ."""

    __tablename__ = "contact"

    organization_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(300))
    post: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)

    organization: Mapped[Organization] = relationship(back_populates="contacts")


class Cluster(Entity):
    __tablename__ = "cluster"

    name: Mapped[str] = mapped_column(String(500))
    kind_code: Mapped[str] = mapped_column(ForeignKey("cluster_kind.code"))
    industry_code: Mapped[str | None] = mapped_column(ForeignKey("industry.code"))
    region: Mapped[str] = mapped_column(String(200), default="")
    programme_start: Mapped[date | None] = mapped_column(Date)
    programme_end: Mapped[date | None] = mapped_column(Date)
    # the day of the next month by which a month's monitoring form is due (the settings edit it)
    monitoring_due_day: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    managing_organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )


class Membership(Entity):
    """An organization's participation in the cluster, from joining to leaving."""

    __tablename__ = "membership"
    __table_args__ = (Index("ix_membership_org_left", "organization_id", "left_on"),)

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE")
    )
    role: Mapped[str] = mapped_column(String(32))
    is_grant_recipient: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_on: Mapped[date | None] = mapped_column(Date)
    agreement_no: Mapped[str] = mapped_column(String(100), default="")
    agreement_date: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    leave_reason: Mapped[str] = mapped_column(Text, default="")
    # "" (still a member, or left without saying), "withdrawal" or "exclusion"; an exclusion
    # is made only by a council's decision (seed 004 §5.3), recorded here
    leave_kind: Mapped[str] = mapped_column(String(16), default="", server_default="")
    admission_decision_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("council_decision.id", ondelete="SET NULL"))
    exclusion_decision_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("council_decision.id", ondelete="RESTRICT"))

    organization: Mapped[Organization] = relationship(back_populates="memberships")
