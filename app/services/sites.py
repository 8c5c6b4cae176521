"""Sites, workshops and their infrastructure lists; the site readiness map.  The records it
returns, the item kinds and stages and the check of an item live in app/services/site_data.py."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import InfraItem, Organization, Site, Workshop
from app.services import clock
from app.services import procurement_chain as chain
from app.services.approvals import DecisionChoice, approve, choices
from app.services.base import Service, conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import NotFoundError, ValidationError
from app.services.permissions import Permission, requires
from app.services.readiness import ItemFacts, readiness
from app.services.site_data import (
    APPROVALS,
    MIN_KINDS_OF_WORK,
    WORKSHOP_FIELDS,
    ItemData,
    ReadinessRow,
    SiteData,
    WorkshopData,
    apply_item,
    check_percent,
    item_data,
    site_data,
    validate_item,
    workshop_data,
)
from app.services.validation import check_field, optional_text, require_text


class SitesService(Service):
    # --- sites and workshops ---
    @requires(Permission.SITES_READ)
    def list_sites(self) -> list[SiteData]:
        with self._session() as s:
            # the names of the sites' organizations, not of every one in the register
            names = dict(s.execute(select(Organization.id, Organization.short_name).where(
                Organization.id.in_(select(Site.organization_id)))).all())
            sites = s.scalars(select(Site).order_by(Site.name)
                              .options(selectinload(Site.workshops)))
            return [site_data(site, names.get(site.organization_id, "")) for site in sites]

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
            return site_data(site)

    @requires(Permission.SITES_WRITE)
    def delete_site(self, site_id: uuid.UUID) -> None:
        with self._session() as s:
            s.delete(self._site(s, site_id))

    @requires(Permission.SITES_WRITE)
    def save_workshop(self, data: WorkshopData) -> WorkshopData:
        errors: dict[str, str] = {}
        name = check_field(errors, "name", require_text, data.name, 300)
        check_percent(data.repairs_percent, "repairs_percent", errors)
        check_percent(data.brandbook_percent, "brandbook_percent", errors)
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
            for f in WORKSHOP_FIELDS:
                setattr(workshop, f, getattr(data, f))
            workshop.name, workshop.site_id = name, data.site_id
            s.flush()
            for kind, prefix in APPROVALS:  # approved by the decision chosen, with the save
                chosen = getattr(data, f"{prefix}_decision_id")
                if chosen is not None:
                    try:
                        approve(s, kind, workshop.id, chosen, clock.today())
                    except ValidationError as exc:  # said under the approval it concerns
                        raise ValidationError({f"{prefix}_decision_id": m for m in
                                               exc.errors.values()}) from None
            return workshop_data(workshop)

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
            return workshop_data(workshop)

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
            return [item_data(i) for i in rows]

    @requires(Permission.SITES_READ)
    def item(self, item_id: uuid.UUID) -> ItemData:
        with self._session() as s:
            item = s.get(InfraItem, item_id)
            if item is None:
                raise NotFoundError(translate("Sites", "This item no longer exists."))
            return item_data(item)

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
            return item_data(item)

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
