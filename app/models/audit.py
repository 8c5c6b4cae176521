"""The audit log: append-only and hash-chained.

Each entry carries the hash of the one before it, so an edited, inserted or removed entry
breaks the chain and ``check`` finds it.  The database itself refuses UPDATE and DELETE on
this table (triggers made by the migration).  ``at`` is kept as ISO text so the hash reads the
same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class AuditEntry(Entity):
    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[str] = mapped_column(String(40))  # ISO 8601, UTC
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(32), index=True)
    table_name: Mapped[str] = mapped_column(String(64), default="", index=True)
    row_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))
