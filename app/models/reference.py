"""Reference data shipped with the program (resources/reference/*.csv)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Entity


class ClusterKind(Entity):
    """Production centre (ОПЦ(К)) or educational cluster of SPO."""

    __tablename__ = "cluster_kind"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(100))


class GrantSize(Entity):
    """A federal grant size allowed for a kind of cluster (100, 70 or 60.5 million RUB)."""

    __tablename__ = "grant_size"
    __table_args__ = (UniqueConstraint("kind_code", "amount"),)

    kind_code: Mapped[str] = mapped_column(ForeignKey("cluster_kind.code"))
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 2))


class Industry(Entity):
    __tablename__ = "industry"

    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind_code: Mapped[str] = mapped_column(ForeignKey("cluster_kind.code"))


class IndustryCentre(Entity):
    """A row of the 22-row table of inter-regional industry centres (seed 002)."""

    __tablename__ = "industry_centre"

    number: Mapped[int] = mapped_column(Integer, unique=True)
    industry: Mapped[str] = mapped_column(Text)
    curating_ministry: Mapped[str] = mapped_column(Text)
    key_employer: Mapped[str] = mapped_column(Text)
    leading_college: Mapped[str] = mapped_column(Text)
