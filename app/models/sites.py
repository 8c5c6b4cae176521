"""Training sites (площадки) and their workshops (мастерские / виды работ)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Entity

if TYPE_CHECKING:
    from app.models.grants import Contract


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
    # readiness of the room itself, as the last inspection or the college reported it
    repairs_percent: Mapped[int] = mapped_column(Integer, default=0)
    brandbook_percent: Mapped[int] = mapped_column(Integer, default=0)
    # approvals (seed 003: design projects and equipment lists are agreed first): the
    # council's decisions (RESTRICT: never deleted under the workshop); the typed columns
    # are legacy, read only while no decision is linked (before 0013, matching none)
    design_decision_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("council_decision.id", ondelete="RESTRICT"), index=True)
    equipment_decision_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("council_decision.id", ondelete="RESTRICT"), index=True)
    design_approved_by: Mapped[str] = mapped_column(String(300), default="")
    design_approved_on: Mapped[date | None] = mapped_column(Date)
    design_approved_doc: Mapped[str] = mapped_column(String(200), default="")
    equipment_approved_by: Mapped[str] = mapped_column(String(300), default="")
    equipment_approved_on: Mapped[date | None] = mapped_column(Date)
    equipment_approved_doc: Mapped[str] = mapped_column(String(200), default="")

    site: Mapped[Site] = relationship(back_populates="workshops")
    items: Mapped[list[InfraItem]] = relationship(
        back_populates="workshop", cascade="all, delete-orphan", order_by="InfraItem.position"
    )


class InfraItem(Entity):
    """A line of a workshop's infrastructure list, with its life from plan to commissioning."""

    __tablename__ = "infra_item"

    workshop_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(32))  # ItemCategory
    name: Mapped[str] = mapped_column(Text)
    specification: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 3), default=Decimal(1))
    unit: Mapped[str] = mapped_column(String(32), default="шт.")
    unit_price: Mapped[Decimal] = mapped_column(Numeric(18, 2), default=Decimal(0))
    budget_line: Mapped[str] = mapped_column(String(200), default="")
    # the contract is chosen from the register; RESTRICT: a contract cited by items is never
    # deleted under them (contracts are terminated, not deleted; a deletion would silently
    # turn delivered items into unlinked ones)
    contract_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contract.id", ondelete="RESTRICT"), index=True)
    # what was typed before contracts were chosen (migration 0011) and matched no contract:
    # shown to the user, never edited, never counted
    contract_text: Mapped[str] = mapped_column(String(200), default="")
    stage: Mapped[str] = mapped_column(String(16), default="planned")  # ItemStage
    ordered_on: Mapped[date | None] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    installed_on: Mapped[date | None] = mapped_column(Date)
    commissioned_on: Mapped[date | None] = mapped_column(Date)

    workshop: Mapped[Workshop] = relationship(back_populates="items")
    linked_contract: Mapped[Contract | None] = relationship()

    @property
    def contract(self) -> str:
        """The linked contract's number (what the list's file and reports print)."""
        return self.linked_contract.number if self.linked_contract is not None else ""
