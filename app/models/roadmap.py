"""The roadmap (комплекс мер, дорожная карта) and attached evidence files."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class Attachment(Entity):
    """A file kept in the database (evidence): its original bytes and their checksum."""

    __tablename__ = "attachment"

    filename: Mapped[str] = mapped_column(String(300))
    content_type: Mapped[str] = mapped_column(String(100), default="")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class RoadmapItem(Entity):
    __tablename__ = "roadmap_item"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    standard_stage: Mapped[int | None] = mapped_column(Integer)  # 1..7 of seed 003, or own
    title: Mapped[str] = mapped_column(Text)
    deadline: Mapped[date | None] = mapped_column(Date)
    responsible_person: Mapped[str] = mapped_column(String(300), default="")
    responsible_org_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(16), default="planned")
    done_on: Mapped[date | None] = mapped_column(Date)
    evidence_doc: Mapped[str] = mapped_column(String(300), default="")
    attachment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )
