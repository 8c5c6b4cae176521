"""Training sites (площадки) and their workshops (мастерские / виды работ)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Entity


class Site(Entity):
    __tablename__ = "site"

    cluster_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(Text, default="")
    person_in_charge: Mapped[str] = mapped_column(String(300), default="")

    workshops: Mapped[list[Workshop]] = relationship(
        back_populates="site", cascade="all, delete-orphan", order_by="Workshop.name"
    )


class Workshop(Entity):
    __tablename__ = "workshop"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    kind_of_work: Mapped[str] = mapped_column(String(300), default="")
    area_m2: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    room_requirements: Mapped[str] = mapped_column(Text, default="")

    site: Mapped[Site] = relationship(back_populates="workshops")
