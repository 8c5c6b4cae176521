"""What sites, workshops and infrastructure items look like outside the service
(app/services/sites.py): the kinds and stages with their labels, the records the views, the
importer and the reports get, the check of an item, and the builders that read them."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import object_session

from app.formats import NotANumber, parse_number, round_half_up
from app.models import InfraItem, Site, Workshop
from app.services.approvals import approval_of
from app.services.base import translate
from app.services.errors import ValidationError
from app.services.governance_codes import DecisionSubject
from app.services.readiness import STAGES, Readiness
from app.services.validation import check_field, optional_text, require_text

MIN_KINDS_OF_WORK = 6


class ItemCategory(enum.StrEnum):
    EQUIPMENT = "equipment"
    TOOLS = "tools"
    CONSUMABLES = "consumables"
    FURNITURE = "furniture"
    SOFTWARE = "software"
    SAFETY = "safety"


CATEGORY_LABELS = {
    ItemCategory.EQUIPMENT: QT_TRANSLATE_NOOP("Sites", "Equipment"),
    ItemCategory.TOOLS: QT_TRANSLATE_NOOP("Sites", "Tools"),
    ItemCategory.CONSUMABLES: QT_TRANSLATE_NOOP("Sites", "Consumables"),
    ItemCategory.FURNITURE: QT_TRANSLATE_NOOP("Sites", "Furniture"),
    ItemCategory.SOFTWARE: QT_TRANSLATE_NOOP("Sites", "Software"),
    ItemCategory.SAFETY: QT_TRANSLATE_NOOP("Sites", "Labour safety"),
}
STAGE_LABELS = {
    "planned": QT_TRANSLATE_NOOP("Sites", "Planned"),
    "ordered": QT_TRANSLATE_NOOP("Sites", "Ordered"),
    "delivered": QT_TRANSLATE_NOOP("Sites", "Delivered"),
    "installed": QT_TRANSLATE_NOOP("Sites", "Installed"),
    "commissioned": QT_TRANSLATE_NOOP("Sites", "Commissioned"),
}
_STAGE_DATES = {"ordered": "ordered_on", "delivered": "delivered_on",
                "installed": "installed_on", "commissioned": "commissioned_on"}


def category_label(code: str) -> str:
    return translate("Sites", CATEGORY_LABELS.get(code, code))


def stage_label(code: str) -> str:
    return translate("Sites", STAGE_LABELS.get(code, code))


@dataclass
class ItemData:
    name: str
    category: str = ItemCategory.EQUIPMENT.value
    specification: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = "шт."
    unit_price: Decimal = Decimal(0)
    budget_line: str = ""
    # the number of the linked contract: read-only here; an import's «Контракт» cell is
    # resolved to ``contract_id`` (procurement_chain.find_contract), the window chooses the id
    contract: str = ""
    stage: str = "planned"
    ordered_on: date | None = None
    delivered_on: date | None = None
    installed_on: date | None = None
    commissioned_on: date | None = None
    position: int = 0
    id: uuid.UUID | None = None
    workshop_id: uuid.UUID | None = None
    version: int = 0
    contract_id: uuid.UUID | None = None
    contract_text: str = ""  # typed before 0011 and matching no contract: shown, not edited

    @property
    def cost(self) -> Decimal:
        # an accountant rounds half up: 1,5 × 999,99 = 1 499,985 → 1 499,99
        return (self.quantity * self.unit_price).quantize(Decimal("0.01"), ROUND_HALF_UP)


@dataclass
class WorkshopData:
    name: str
    kind_of_work: str = ""
    area_m2: Decimal | None = None
    room_requirements: str = ""
    repairs_percent: int = 0
    brandbook_percent: int = 0
    # the approvals: chosen as the council's decisions (``*_decision_id``); the text fields
    # are read from the decision's meeting and council (or as typed before the register, for
    # an old unlinked approval) and never written from here
    design_approved_by: str = ""
    design_approved_on: date | None = None
    design_approved_doc: str = ""
    equipment_approved_by: str = ""
    equipment_approved_on: date | None = None
    equipment_approved_doc: str = ""
    id: uuid.UUID | None = None
    site_id: uuid.UUID | None = None
    version: int = 0
    design_decision_id: uuid.UUID | None = None
    equipment_decision_id: uuid.UUID | None = None


@dataclass
class SiteData:
    name: str
    organization_id: uuid.UUID | None = None
    address: str = ""
    person_in_charge: str = ""
    workshops: list[WorkshopData] = field(default_factory=list)
    id: uuid.UUID | None = None
    version: int = 0
    organization_name: str = ""


@dataclass(frozen=True)
class ReadinessRow:
    site: str
    workshop: str  # "" for the site's own (total) row
    figures: Readiness


def _money(value, name: str, errors: dict[str, str]) -> Decimal:
    try:
        amount = parse_number(value)
    except NotANumber:
        amount = None
    if amount is None:
        errors[name] = translate("Validation", "Write a number, e.g. 1 234,50.")
        return Decimal(0)
    if amount < 0:
        errors[name] = translate("Validation", "The number cannot be negative.")
    return amount


def validate_item(data: ItemData) -> ItemData:
    errors: dict[str, str] = {}
    name = check_field(errors, "name", require_text, data.name, 2000)
    if data.category not in set(ItemCategory):
        errors["category"] = translate("Sites", "Choose the kind of item.")
    if data.stage not in STAGES:
        errors["stage"] = translate("Sites", "Choose the stage of the item.")
    quantity = _money(data.quantity, "quantity", errors)
    if quantity == 0 and "quantity" not in errors:
        errors["quantity"] = translate("Sites", "The quantity must be more than zero.")
    price = round_half_up(_money(data.unit_price, "unit_price", errors))
    dates = [getattr(data, _STAGE_DATES[s]) for s in STAGES[1:]]
    known = [d for d in dates if d]
    if known != sorted(known):
        errors["stage"] = translate(
            "Sites", "The dates go in order: ordered, delivered, installed, commissioned.")
    if errors:
        raise ValidationError(errors)
    return replace(data, name=name, quantity=quantity, unit_price=price,
                   unit=optional_text(data.unit, 32) or "шт.",
                   specification=optional_text(data.specification, 4000))


def check_percent(value: int, name: str, errors: dict[str, str]) -> int:
    if not 0 <= int(value) <= 100:
        errors[name] = translate("Sites", "A percentage from 0 to 100.")
    return int(value)


def item_data(i: InfraItem) -> ItemData:
    return ItemData(
        i.name, i.category, i.specification, i.quantity, i.unit, i.unit_price, i.budget_line,
        i.contract, i.stage, i.ordered_on, i.delivered_on, i.installed_on, i.commissioned_on,
        i.position, i.id, i.workshop_id, i.version, i.contract_id, i.contract_text)


WORKSHOP_FIELDS = ("name", "kind_of_work", "area_m2", "room_requirements", "repairs_percent",
                    "brandbook_percent")
#: (approval subject, the data's prefix): a design project, an equipment list
APPROVALS = ((DecisionSubject.DESIGN, "design"), (DecisionSubject.EQUIPMENT, "equipment"))


def workshop_data(w: Workshop) -> WorkshopData:
    data = WorkshopData(**{f: getattr(w, f) for f in WORKSHOP_FIELDS}, id=w.id,
                        site_id=w.site_id, version=w.version,
                        design_decision_id=w.design_decision_id,
                        equipment_decision_id=w.equipment_decision_id)
    for kind, prefix in APPROVALS:
        stamp = approval_of(object_session(w), kind, w)
        if stamp is not None:
            doc = (translate("Sites", "protocol No. {number}").format(number=stamp.number)
                   if stamp.linked else stamp.number)
            setattr(data, f"{prefix}_approved_by", stamp.council)
            setattr(data, f"{prefix}_approved_on", stamp.held_on)
            setattr(data, f"{prefix}_approved_doc", doc)
    return data


def site_data(site: Site, org_name: str = "") -> SiteData:
    return SiteData(site.name, site.organization_id, site.address, site.person_in_charge,
                    [workshop_data(w) for w in site.workshops], site.id, site.version, org_name)



def apply_item(item: InfraItem, data: ItemData) -> None:
    for name in ("name", "category", "specification", "quantity", "unit", "unit_price",
                 "budget_line", "contract_id", "stage", "ordered_on", "delivered_on",
                 "installed_on", "commissioned_on", "position"):
        setattr(item, name, getattr(data, name))
