"""Event plans (the annual work plan, the popularization programme's two plans), their
events and reach, the programme's baselines, and ambassador teams."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class EventPlan(Entity):
    """One plan for one year.  A draft until a council approves it by a numbered protocol;
    after that every change to it is a numbered revision (PlanRevision)."""

    __tablename__ = "event_plan"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))  # annual | events | campaign
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | approved
    # the council's decision that approved it (RESTRICT: a decision that approves a plan is
    # not deleted under it); the three typed columns are what was typed before 0013 and
    # matched no decision: read only for such old unlinked plans
    approval_decision_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("council_decision.id", ondelete="RESTRICT"), index=True)
    approved_by: Mapped[str] = mapped_column(String(300), default="")  # legacy, see above
    protocol_no: Mapped[str] = mapped_column(String(50), default="")
    approved_on: Mapped[date | None] = mapped_column(Date)
    revision: Mapped[int] = mapped_column(Integer, default=0)


class PlanRevision(Entity):
    """A change made to an approved plan: what, who, when and why."""

    __tablename__ = "plan_revision"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event_plan.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    made_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    username: Mapped[str] = mapped_column(String(100), default="")
    what: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text)


class AmbassadorTeam(Entity):
    """«Амбассадоры Профессионалитета»: 4–7 students and one teacher curator."""

    __tablename__ = "ambassador_team"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    college_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )
    curator: Mapped[str] = mapped_column(String(300))
    curator_post: Mapped[str] = mapped_column(String(300), default="")


class AmbassadorMember(Entity):
    __tablename__ = "ambassador_member"

    team_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("ambassador_team.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    full_name: Mapped[str] = mapped_column(String(300))
    study_group: Mapped[str] = mapped_column(String(100), default="")


class Event(Entity):
    __tablename__ = "event"

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event_plan.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    # "mandatory" | "variable" in the popularization plan; a free section title elsewhere
    section: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    ends_on: Mapped[date | None] = mapped_column(Date)
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"))
    place: Mapped[str] = mapped_column(String(500), default="")
    format: Mapped[str] = mapped_column(String(16), default="in_person")
    responsible_org_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )
    responsible_person: Mapped[str] = mapped_column(String(300), default="")
    audiences: Mapped[str] = mapped_column(String(200), default="")  # codes, comma-separated
    planned_reach: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="planned", index=True)
    status_note: Mapped[str] = mapped_column(Text, default="")  # why cancelled / moved
    evidence: Mapped[str] = mapped_column(Text, default="")  # links, one a line
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("ambassador_team.id", ondelete="SET NULL"), index=True
    )


class EventReach(Entity):
    """People actually reached by one event, per audience."""

    __tablename__ = "event_reach"
    __table_args__ = (UniqueConstraint("event_id", "audience"),)

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    audience: Mapped[str] = mapped_column(String(32))
    people: Mapped[int] = mapped_column(Integer, default=0)


class EventOrganization(Entity):
    """A school or an enterprise that took part in an event.  Linked to a participant when
    it is one; otherwise kept by name (the region's schools are rarely all participants)."""

    __tablename__ = "event_organization"

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # school | enterprise
    name: Mapped[str] = mapped_column(String(500))
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )


class EventFile(Entity):
    """Evidence files (photos, scans) of an event, kept as attachments."""

    __tablename__ = "event_file"

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    attachment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE")
    )


class ReachBaseline(Entity):
    """The programme's baselines for a year, entered by the user: how many pupils of grades
    6–11, schools, college students and enterprises there are."""

    __tablename__ = "reach_baseline"
    __table_args__ = (UniqueConstraint("cluster_id", "year"),)

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    pupils: Mapped[int] = mapped_column(Integer, default=0)
    schools: Mapped[int] = mapped_column(Integer, default=0)
    students: Mapped[int] = mapped_column(Integer, default=0)
    enterprises: Mapped[int] = mapped_column(Integer, default=0)
