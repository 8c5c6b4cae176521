"""Councils (coordination council, managing council, regional supervisory council), their
members, meetings with attendance, and the decisions a meeting takes (seed 004 §4–5).

A decision may be *about* something kept elsewhere: admitting or excluding a participant
(the membership records the decision that admitted or excluded it), approving an event
plan, a career map or a workshop's equipment list.  ``subject_kind`` says what, and
``organization_id`` / ``subject_id`` point at it."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class Council(Entity):
    __tablename__ = "council"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # CouncilKind
    name: Mapped[str] = mapped_column(String(500))
    name_genitive: Mapped[str] = mapped_column(String(500), default="")  # «…совета»
    position: Mapped[int] = mapped_column(Integer, default=0)


class CouncilMember(Entity):
    """A person on a council (personal data under 152-FZ: name and post only)."""

    __tablename__ = "council_member"

    council_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("council.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(300))
    post: Mapped[str] = mapped_column(String(300), default="")
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"))
    role: Mapped[str] = mapped_column(String(16), default="member")  # MemberPost
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)


class Meeting(Entity):
    """A meeting; protocols are numbered within a year (No. 1 each January), so the number
    is unique per council and year (checked by the service)."""

    __tablename__ = "council_meeting"

    council_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("council.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(50))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(500), default="")
    form: Mapped[str] = mapped_column(String(16), default="in_person")  # in_person | remote
    agenda: Mapped[str] = mapped_column(Text, default="")  # one item a line
    invited: Mapped[str] = mapped_column(Text, default="")  # guests, one a line


class Attendance(Entity):
    """Whether a member was at a meeting (the protocol lists those present and absent)."""

    __tablename__ = "meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("council_meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("council_member.id", ondelete="CASCADE"))
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class Decision(Entity):
    __tablename__ = "council_decision"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("council_meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=1)  # «1.», «2.» in the protocol
    agenda_item: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    subject_kind: Mapped[str] = mapped_column(String(32), default="")  # DecisionSubject
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True)
    subject_id: Mapped[uuid.UUID | None] = mapped_column()  # plan, career map or workshop
    responsible: Mapped[str] = mapped_column(String(300), default="")
    responsible_org_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")  # DecisionStatus
    done_on: Mapped[date | None] = mapped_column(Date)
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    votes_abstained: Mapped[int | None] = mapped_column(Integer)
