"""The programme of activity and its performance indicators; staff training; admission
figures and graduates; network cooperation (agreements, shared use, the expert community).
Seeds 003 and 000."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity

FIGURE = Numeric(18, 3)  # an indicator's value: people, per cent, roubles, units


class Programme(Entity):
    """The programme of activity (программа деятельности): at least three years."""

    __tablename__ = "programme"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    year_from: Mapped[int] = mapped_column(Integer)
    year_to: Mapped[int] = mapped_column(Integer)
    # the council's decision approving the programme and its targets (RESTRICT); the typed
    # columns are legacy (before 0013, matching no decision)
    approval_decision_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("council_decision.id", ondelete="RESTRICT"), index=True)
    approved_by: Mapped[str] = mapped_column(String(300), default="")
    protocol_no: Mapped[str] = mapped_column(String(50), default="")
    approved_on: Mapped[date | None] = mapped_column(Date)


class Indicator(Entity):
    """A performance indicator.  ``metric`` names a function computing the actual from the
    data in the program; empty means the actual is entered by hand."""

    __tablename__ = "indicator"

    programme_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(20), default="")  # «1.1»
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(50), default="")
    baseline: Mapped[Decimal | None] = mapped_column(FIGURE)
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    metric: Mapped[str] = mapped_column(String(40), default="")


class IndicatorValue(Entity):
    """One year of an indicator: the target, and (for a manual one) the actual with where it
    comes from and as of when."""

    __tablename__ = "indicator_value"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)

    indicator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    target: Mapped[Decimal | None] = mapped_column(FIGURE)
    actual: Mapped[Decimal | None] = mapped_column(FIGURE)
    source: Mapped[str] = mapped_column(String(500), default="")
    as_of: Mapped[date | None] = mapped_column(Date)


class TrainingStandard(Entity):
    """The standard length of a training category's programme, in academic hours (seed 003:
    144 for teachers, masters and methodologists, 252 for people from industry): a course
    shorter than it is kept but does not count toward the training indicators."""

    __tablename__ = "training_standard"

    category: Mapped[str] = mapped_column(String(20), unique=True)
    hours: Mapped[int] = mapped_column(Integer)


class StaffTraining(Entity):
    """A person's further training or retraining: teachers, masters and methodologists
    (144 h), people from industry (252 h), management teams (modules and tracks)."""

    __tablename__ = "staff_training"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(300))
    post: Mapped[str] = mapped_column(String(300), default="")
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True)
    category: Mapped[str] = mapped_column(String(16))  # TrainingCategory
    programme: Mapped[str] = mapped_column(Text)
    hours: Mapped[int] = mapped_column(Integer, default=0)
    track: Mapped[str] = mapped_column(String(300), default="")  # module / track
    provider: Mapped[str] = mapped_column(String(500), default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, index=True)
    certificate_no: Mapped[str] = mapped_column(String(100), default="")
    certificate_on: Mapped[date | None] = mapped_column(Date)


class AdmissionFigure(Entity):
    """Admission and graduation for one profession or specialty, one college, one year."""

    __tablename__ = "admission_figure"
    __table_args__ = (UniqueConstraint("cluster_id", "year", "code", "college_id"),)

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    code: Mapped[str] = mapped_column(String(20))  # 15.02.16
    profession: Mapped[str] = mapped_column(String(500))
    college_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"))
    places_planned: Mapped[int] = mapped_column(Integer, default=0)  # КЦП
    admitted: Mapped[int] = mapped_column(Integer, default=0)
    targeted_contracts: Mapped[int] = mapped_column(Integer, default=0)
    graduates: Mapped[int] = mapped_column(Integer, default=0)
    employed: Mapped[int] = mapped_column(Integer, default=0)


class NetworkAgreement(Entity):
    """An agreement on network cooperation between two participants."""

    __tablename__ = "network_agreement"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(100), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    party_a_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    party_b_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)


class SharedUse(Entity):
    """A site, workshop or piece of equipment one participant lets another use."""

    __tablename__ = "shared_use"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    resource: Mapped[str] = mapped_column(Text)
    site_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("site.id", ondelete="SET NULL"))
    workshop_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("workshop.id", ondelete="SET NULL"))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"))
    purpose: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    hours: Mapped[int] = mapped_column(Integer, default=0)
    people: Mapped[int] = mapped_column(Integer, default=0)


class Expert(Entity):
    """A member of the expert community: a person, their specialty, their organization."""

    __tablename__ = "expert"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(300))
    specialty: Mapped[str] = mapped_column(String(500), default="")
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"))
    organization_name: Mapped[str] = mapped_column(String(500), default="")  # not a participant
    expertise: Mapped[str] = mapped_column(Text, default="")
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)

