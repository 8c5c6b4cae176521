"""Sites, workshops and their infrastructure lists; the site readiness map."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

from app.formats import NotANumber, parse_number, round_half_up
from app.models import InfraItem, Organization, Site, Workshop
from app.services import clock
from app.services import procurement_chain as chain
from app.services.approvals import DecisionChoice, approval_of, approve, choices
from app.services.base import Service, conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import NotFoundError, ValidationError
from app.services.governance_codes import DecisionSubject
from app.services.permissions import Permission, requires
from app.services.readiness import STAGES, ItemFacts, Readiness, readiness
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


def _percent(value: int, name: str, errors: dict[str, str]) -> int:
    if not 0 <= int(value) <= 100:
        errors[name] = translate("Sites", "A percentage from 0 to 100.")
    return int(value)


def _item_data(i: InfraItem) -> ItemData:
    return ItemData(
        i.name, i.category, i.specification, i.quantity, i.unit, i.unit_price, i.budget_line,
        i.contract, i.stage, i.ordered_on, i.delivered_on, i.installed_on, i.commissioned_on,
        i.position, i.id, i.workshop_id, i.version, i.contract_id, i.contract_text)


_WORKSHOP_FIELDS = ("name", "kind_of_work", "area_m2", "room_requirements", "repairs_percent",
                    "brandbook_percent")
#: (approval subject, the data's prefix): a design project, an equipment list
_APPROVALS = ((DecisionSubject.DESIGN, "design"), (DecisionSubject.EQUIPMENT, "equipment"))


def _workshop_data(w: Workshop) -> WorkshopData:
    data = WorkshopData(**{f: getattr(w, f) for f in _WORKSHOP_FIELDS}, id=w.id,
                        site_id=w.site_id, version=w.version,
                        design_decision_id=w.design_decision_id,
                        equipment_decision_id=w.equipment_decision_id)
    for kind, prefix in _APPROVALS:
        stamp = approval_of(object_session(w), kind, w)
        if stamp is not None:
            doc = (translate("Sites", "protocol No. {number}").format(number=stamp.number)
                   if stamp.linked else stamp.number)
            setattr(data, f"{prefix}_approved_by", stamp.council)
            setattr(data, f"{prefix}_approved_on", stamp.held_on)
            setattr(data, f"{prefix}_approved_doc", doc)
    return data


def _site_data(site: Site, org_name: str = "") -> SiteData:
    return SiteData(site.name, site.organization_id, site.address, site.person_in_charge,
                    [_workshop_data(w) for w in site.workshops], site.id, site.version, org_name)


class SitesService(Service):
    # --- sites and workshops ---
    @requires(Permission.SITES_READ)
    def list_sites(self) -> list[SiteData]:
        with self._session() as s:
            names = dict(s.execute(select(Organization.id, Organization.short_name)).all())
            sites = s.scalars(select(Site).order_by(Site.name)
                              .options(selectinload(Site.workshops)))
            return [_site_data(site, names.get(site.organization_id, "")) for site in sites]

    @requires(Permission.SITES_WRITE)
    def save_site(self, data: SiteData) -> SiteData:
        errors: dict[str, str] = {}
        name = check_field(errors, "name", require_text, data.name, 300)
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            if data.id is None:
                site = Site(cluster_id=current_cluster(s).id)
                s.add(site)
            else:
                site = self._site(s, data.id)
                if site.version != data.version:
                    raise conflict_error()
            site.name, site.organization_id = name, data.organization_id
            site.address = optional_text(data.address, 1000)
            site.person_in_charge = optional_text(data.person_in_charge, 300)
            s.flush()
            return _site_data(site)

    @requires(Permission.SITES_WRITE)
    def delete_site(self, site_id: uuid.UUID) -> None:
        with self._session() as s:
            s.delete(self._site(s, site_id))

    @requires(Permission.SITES_WRITE)
    def save_workshop(self, data: WorkshopData) -> WorkshopData:
        errors: dict[str, str] = {}
        name = check_field(errors, "name", require_text, data.name, 300)
        _percent(data.repairs_percent, "repairs_percent", errors)
        _percent(data.brandbook_percent, "brandbook_percent", errors)
        if data.area_m2 is not None and data.area_m2 < 0:
            errors["area_m2"] = translate("Validation", "The number cannot be negative.")
        if data.site_id is None:
            errors["site_id"] = translate("Sites", "Choose the site.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            if data.id is None:
                workshop = Workshop(site_id=data.site_id)
                s.add(workshop)
            else:
                workshop = s.get(Workshop, data.id)
                if workshop is None:
                    raise NotFoundError(translate("Sites", "This workshop no longer exists."))
                if workshop.version != data.version:
                    raise conflict_error()
            for f in _WORKSHOP_FIELDS:
                setattr(workshop, f, getattr(data, f))
            workshop.name, workshop.site_id = name, data.site_id
            s.flush()
            for kind, prefix in _APPROVALS:  # approved by the decision chosen, with the save
                chosen = getattr(data, f"{prefix}_decision_id")
                if chosen is not None:
                    try:
                        approve(s, kind, workshop.id, chosen, clock.today())
                    except ValidationError as exc:  # said under the approval it concerns
                        raise ValidationError({f"{prefix}_decision_id": m for m in
                                               exc.errors.values()}) from None
            return _workshop_data(workshop)

    @requires(Permission.SITES_READ)
    def approval_decisions(self, kind: str, workshop_id: uuid.UUID | None,
                           ) -> list[DecisionChoice]:
        """The decisions of recorded meetings that may approve the workshop's design project
        (``approve_design_project``) or equipment list (``approve_equipment_list``)."""
        with self._session() as s:
            return choices(s, kind, workshop_id, current_cluster(s).id, clock.today())

    @requires(Permission.SITES_READ)
    def find_workshop(self, text: str) -> WorkshopData:
        """A workshop by its id or its name (any case), for the command line."""
        text = (text or "").strip()
        with self._session() as s:
            try:
                workshop = s.get(Workshop, uuid.UUID(text))
            except ValueError:
                # compared in Python: SQLite's lower() leaves Cyrillic as it is
                wanted = text.casefold().replace("ё", "е")
                matches = [w for w in s.scalars(select(Workshop))
                           if w.name.casefold().replace("ё", "е") == wanted]
                if len(matches) > 1:
                    raise ValidationError({"workshop": translate(
                        "Sites", "Several workshops are called «{name}»: give the id.").format(
                            name=text)}) from None
                workshop = matches[0] if matches else None
            if workshop is None:
                raise NotFoundError(translate("Sites", "There is no workshop «{name}».").format(
                    name=text))
            return _workshop_data(workshop)

    @requires(Permission.SITES_WRITE)
    def delete_workshop(self, workshop_id: uuid.UUID) -> None:
        with self._session() as s:
            workshop = s.get(Workshop, workshop_id)
            if workshop is not None:
                s.delete(workshop)

    @requires(Permission.SITES_READ)
    def kinds_of_work(self) -> tuple[int, bool]:
        """How many distinct kinds of work the cluster has, and whether that is too few
        (the grant rules ask for at least 6)."""
        with self._session() as s:
            kinds = s.scalars(select(Workshop.kind_of_work)).all()
        # folded in Python: SQLite's lower() leaves Cyrillic as it is
        count = len({" ".join(k.split()).casefold().replace("ё", "е") for k in kinds if k.strip()})
        return count, count < MIN_KINDS_OF_WORK

    # --- infrastructure list ---
    @requires(Permission.SITES_READ)
    def items(self, workshop_id: uuid.UUID) -> list[ItemData]:
        with self._session() as s:
            rows = s.scalars(select(InfraItem).where(InfraItem.workshop_id == workshop_id)
                             .order_by(InfraItem.position, InfraItem.name))
            return [_item_data(i) for i in rows]

    @requires(Permission.SITES_READ)
    def item(self, item_id: uuid.UUID) -> ItemData:
        with self._session() as s:
            item = s.get(InfraItem, item_id)
            if item is None:
                raise NotFoundError(translate("Sites", "This item no longer exists."))
            return _item_data(item)

    @requires(Permission.SITES_READ)
    def item_verdicts(self, item_id: uuid.UUID) -> list[chain.ItemVerdict]:
        """What inspections answered about the item (the chain's last link), newest first."""
        with self._session() as s:
            return chain.item_verdicts(s, item_id)

    @requires(Permission.SITES_READ)
    def contract_choices(self) -> list[chain.ContractChoice]:
        """The register's contracts, for the item window's list."""
        with self._session() as s:
            return chain.contract_choices(s)

    @requires(Permission.SITES_READ)
    def contract_items(self, contract_id: uuid.UUID) -> list[chain.ContractItemRow]:
        """The items delivered under a contract (its window lists them)."""
        with self._session() as s:
            return chain.contract_items(s, contract_id)

    @requires(Permission.SITES_READ)
    def unlinked_items(self) -> list[chain.UnlinkedItem]:
        """Items whose typed contract matched no contract of the register (migration 0011)."""
        with self._session() as s:
            return chain.unlinked_items(s)

    @requires(Permission.SITES_READ)
    def contract_deliveries(self) -> list[chain.ContractDelivery]:
        with self._session() as s:
            return chain.contract_deliveries(s)

    @requires(Permission.SITES_WRITE)
    def save_item(self, data: ItemData) -> ItemData:
        clean = validate_item(data)
        if clean.workshop_id is None:
            raise ValidationError({"workshop_id": translate("Sites", "Choose the workshop.")})
        with self._session() as s:
            errors = chain.check_item_contract(s, clean)
            if errors:
                raise ValidationError(errors)
            if clean.id is None:
                item = InfraItem(workshop_id=clean.workshop_id)
                s.add(item)
            else:
                item = s.get(InfraItem, clean.id)
                if item is None:
                    raise NotFoundError(translate("Sites", "This item no longer exists."))
                if item.version != clean.version:
                    raise conflict_error()
            apply_item(item, clean)
            s.flush()
            s.expire(item, ["linked_contract"])  # the number shown is the new contract's
            return _item_data(item)

    @requires(Permission.SITES_WRITE)
    def delete_item(self, item_id: uuid.UUID) -> None:
        with self._session() as s:
            item = s.get(InfraItem, item_id)
            if item is not None:
                s.delete(item)

    # --- readiness ---
    @requires(Permission.SITES_READ)
    def readiness_map(self) -> list[ReadinessRow]:
        """Per site: a total row, then one row per workshop.  Only the columns the
        arithmetic needs are read (a map of 40,000 items stays well under a second)."""
        with self._session() as s:
            workshops = s.execute(
                select(Site.id, Site.name, Workshop.id, Workshop.name, Workshop.repairs_percent,
                       Workshop.brandbook_percent)
                .join(Workshop, Workshop.site_id == Site.id, isouter=True)
                .order_by(Site.name, Workshop.name)).all()
            facts: dict[uuid.UUID, list[ItemFacts]] = {}
            for workshop_id, category, stage, quantity, price, contract_id in s.execute(
                    select(InfraItem.workshop_id, InfraItem.category, InfraItem.stage,
                           InfraItem.quantity, InfraItem.unit_price, InfraItem.contract_id)):
                facts.setdefault(workshop_id, []).append(
                    ItemFacts(category, stage, quantity, price, contract_id))
            accepted = chain.accepted_shares(s)
        out: list[ReadinessRow] = []
        by_site: dict[uuid.UUID, list] = {}
        for row in workshops:
            by_site.setdefault(row[0], []).append(row)
        for rows in by_site.values():
            site_name = rows[0][1]
            present = [r for r in rows if r[2] is not None]
            out.append(ReadinessRow(site_name, "", readiness(
                [f for r in present for f in facts.get(r[2], [])],
                [r[4] for r in present], [r[5] for r in present], accepted)))
            for r in present:
                out.append(ReadinessRow(site_name, r[3], readiness(
                    facts.get(r[2], []), [r[4]], [r[5]], accepted)))
        return out

    def _site(self, s: Session, site_id: uuid.UUID) -> Site:
        site = s.get(Site, site_id)
        if site is None:
            raise NotFoundError(translate("Sites", "This site no longer exists."))
        return site


def apply_item(item: InfraItem, data: ItemData) -> None:
    for name in ("name", "category", "specification", "quantity", "unit", "unit_price",
                 "budget_line", "contract_id", "stage", "ordered_on", "delivered_on",
                 "installed_on", "commissioned_on", "position"):
        setattr(item, name, getattr(data, name))
