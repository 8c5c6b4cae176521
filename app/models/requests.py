"""Data requests to participants: what the office asks for (a kind of figures for a period,
due by a day), whom it asks (one recipient a participant), what came back (a return per
accepted file) and which records each return created or updated (their provenance)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy import Uuid as UuidType
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class DataRequest(Entity):
    """«Запрос данных»: a kind of figures (services/requests/kinds) for a period."""

    __tablename__ = "data_request"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)  # № shown to people
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class RequestRecipient(Entity):
    """One participant asked by one request, and where its file stands."""

    __tablename__ = "data_request_recipient"
    __table_args__ = (UniqueConstraint("request_id", "organization_id"),)

    request_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("data_request.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    sent_on: Mapped[date | None] = mapped_column(Date)  # the file was written
    file_name: Mapped[str] = mapped_column(String(300), default="")
    # the fixed parts as written (JSON: headers, pre-filled cells, row keys) and their
    # SHA-256: a file that comes back is checked against these, not against itself
    fixed_cells: Mapped[str] = mapped_column(Text, default="")
    fixed_sha256: Mapped[str] = mapped_column(String(64), default="")
    returned_on: Mapped[date | None] = mapped_column(Date)  # a file came back (even refused)
    last_refusal: Mapped[str] = mapped_column(Text, default="")
    accepted_on: Mapped[date | None] = mapped_column(Date)


class RequestReturn(Entity):
    """A file accepted for a recipient: the file, its content's checksum, when and by whom."""

    __tablename__ = "data_request_return"

    recipient_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("data_request_recipient.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # the file's bytes
    content_sha256: Mapped[str] = mapped_column(String(64))  # every cell of the table
    accepted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    accepted_by: Mapped[str] = mapped_column(String(100), default="")
    changes: Mapped[int] = mapped_column(Integer, default=0)


class FigureSource(Entity):
    """A record created or updated by an accepted return (its provenance).  The record is
    named by its table and id: the figures live in several tables."""

    __tablename__ = "figure_source"
    __table_args__ = (Index("ix_figure_source_record", "record_table", "record_id"),)

    return_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("data_request_return.id", ondelete="CASCADE"), index=True)
    record_table: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(UuidType)
    action: Mapped[str] = mapped_column(String(16), default="updated")  # created | updated
