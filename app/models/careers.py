"""Career maps of graduates (карьерная карта выпускника): one per profession or specialty,
its career ladder (steps), motivation tools, the employers taking part and the logos, kept
in the database as the imported original and a PNG the printed page uses."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class CareerMap(Entity):
    """One edition of a career map.  A draft is edited, sent to the regional council and
    approved by its protocol; an approved edition is locked, and a change is a new edition
    (a new row pointing at the one it replaces, which becomes «superseded» once the new one
    is approved)."""

    __tablename__ = "career_map"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(20))  # 15.02.16
    profession: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(16), default="specialty")  # profession | specialty
    college_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )
    college: Mapped[str] = mapped_column(String(500), default="")  # as printed
    industry: Mapped[str] = mapped_column(String(300), default="")
    geography: Mapped[str] = mapped_column(Text, default="")
    contacts: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    edition: Mapped[int] = mapped_column(Integer, default=1)
    previous_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("career_map.id", ondelete="SET NULL")
    )
    sent_on: Mapped[date | None] = mapped_column(Date)
    # the council's decision that approved it (RESTRICT, as for plans); the typed columns
    # are legacy: read only for maps approved before 0013 whose protocol matched no decision
    approval_decision_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("council_decision.id", ondelete="RESTRICT"), index=True)
    approved_by: Mapped[str] = mapped_column(String(300), default="")  # legacy
    protocol_no: Mapped[str] = mapped_column(String(50), default="")
    approved_on: Mapped[date | None] = mapped_column(Date)


class CareerImage(Entity):
    """A logo: the file as imported (PNG, JPEG or SVG) and the PNG made of it for print."""

    __tablename__ = "career_image"

    map_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("career_map.id", ondelete="CASCADE"), index=True
    )
    slot: Mapped[str] = mapped_column(String(16))  # federal | industry | college | employer
    filename: Mapped[str] = mapped_column(String(300))
    content_type: Mapped[str] = mapped_column(String(100), default="")
    original: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    png: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)  # of the PNG, pixels
    height: Mapped[int] = mapped_column(Integer)


class CareerEmployer(Entity):
    """An employer taking part in the map, with its logo."""

    __tablename__ = "career_employer"

    map_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("career_map.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(500))
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )
    logo_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("career_image.id", ondelete="SET NULL")
    )


class CareerStep(Entity):
    """A step of the career ladder.  ``leads_to`` holds the numbers of the steps it leads
    to («3,4» for a fork), always later steps of the same map."""

    __tablename__ = "career_step"
    __table_args__ = (UniqueConstraint("map_id", "number"),)

    map_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("career_map.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, … in the map
    titles: Mapped[str] = mapped_column(Text)  # job titles, one a line
    work: Mapped[str] = mapped_column(Text, default="")
    growth: Mapped[str] = mapped_column(Text, default="")  # what leads up to the next step
    salary_min: Mapped[int | None] = mapped_column(Integer)  # rubles a month
    salary_max: Mapped[int | None] = mapped_column(Integer)
    salary_avg: Mapped[int | None] = mapped_column(Integer)
    leads_to: Mapped[str] = mapped_column(String(100), default="")


class CareerTool(Entity):
    """A motivation tool: the college's support, an employer's social project or a regional
    support measure."""

    __tablename__ = "career_tool"

    map_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("career_map.id", ondelete="CASCADE"), index=True
    )
    grp: Mapped[str] = mapped_column(String(16))  # college | employer | region
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
