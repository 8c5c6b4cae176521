"""The procurement chain between an infrastructure item and its contract.

An item refers to a contract of the register by key (``InfraItem.contract_id``), chosen from a
list; what a contract's items count as delivered on the readiness map comes from the
contract's acceptance documents — the same records, read by the same ``contract_rows``, as the
monitoring form's «accepted» (see app/services/readiness.py for the rule).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formats import format_date
from app.models import (
    Acceptance,
    Answer,
    ChecklistItem,
    Contract,
    InfraItem,
    Inspection,
    Organization,
    Site,
    Workshop,
)
from app.services.base import translate
from app.services.grants import contract_rows
from app.services.inspection_data import answer_label
from app.services.readiness import (
    STAGES,
    ItemFacts,
    Readiness,
    contract_values,
    readiness,
    stage_on,
)

_RANK = {stage: i for i, stage in enumerate(STAGES)}
_DELIVERED = _RANK["delivered"]
_LATER_DATES = (("delivered_on", "delivered"), ("installed_on", "installed"),
                ("commissioned_on", "commissioned"))


def number_key(text: str) -> str:
    """A contract number as people type it: spaces, case and a leading «№» do not count."""
    text = " ".join((text or "").split()).casefold()
    if text.startswith("№"):
        text = text[1:].lstrip()
    return text


@dataclass(frozen=True)
class ContractChoice:
    """A contract as the item editor offers it: «number — supplier — subject»."""

    id: uuid.UUID
    number: str
    supplier: str
    subject: str
    signed_on: date
    status: str

    @property
    def text(self) -> str:
        return " — ".join(p for p in (self.number, self.supplier, self.subject) if p)


@dataclass(frozen=True)
class ContractItemRow:
    """An infrastructure item delivered under a contract (the contract's «Items» list)."""

    id: uuid.UUID
    workshop_id: uuid.UUID
    site: str
    workshop: str
    name: str
    quantity: Decimal
    cost: Decimal
    stage: str
    delivered_on: date | None


@dataclass(frozen=True)
class UnlinkedItem:
    """An item whose contract was typed and is not in the register (kept as typed)."""

    id: uuid.UUID
    workshop_id: uuid.UUID
    workshop: str
    name: str
    contract_text: str
    stage: str


@dataclass(frozen=True)
class ContractDelivery:
    """One contract seen from both ends: the monitoring form's figures and its items'."""

    contract_id: uuid.UUID
    number: str
    amount: Decimal
    accepted: Decimal
    items_cost: Decimal      # the cost of the items linked to it (list prices)
    delivered_cost: Decimal  # what the readiness map counts delivered of them

    @property
    def accepted_share(self) -> Decimal:
        return min(self.accepted / self.amount, Decimal(1)) if self.amount else Decimal(0)


def contract_choices(s: Session) -> list[ContractChoice]:
    query = (select(Contract.id, Contract.number, Organization.short_name,
                    Organization.full_name, Contract.subject, Contract.signed_on,
                    Contract.status)
             .join(Organization, Organization.id == Contract.supplier_id)
             .order_by(Contract.signed_on, Contract.number))
    return [ContractChoice(cid, number, short or full, subject or "", signed, status)
            for cid, number, short, full, subject, signed, status in s.execute(query)]


def accepted_shares(s: Session, as_of: date | None = None) -> dict[uuid.UUID, Decimal]:
    """Per contract, the share of its sum covered by acceptance documents (0…1): read with
    ``contract_rows``, as the monitoring form reads «accepted».  A terminated contract keeps
    what was accepted before it ended."""
    return {c.id: (min(c.accepted / c.amount, Decimal(1)) if c.amount else Decimal(0))
            for c in contract_rows(s, None, as_of)}


def contract_items(s: Session, contract_id: uuid.UUID) -> list[ContractItemRow]:
    query = (select(InfraItem, Workshop.name, Site.name)
             .join(Workshop, Workshop.id == InfraItem.workshop_id)
             .join(Site, Site.id == Workshop.site_id)
             .where(InfraItem.contract_id == contract_id)
             .order_by(Site.name, Workshop.name, InfraItem.position, InfraItem.name))
    return [ContractItemRow(i.id, i.workshop_id, site, workshop, i.name, i.quantity,
                            (i.quantity * i.unit_price).quantize(Decimal("0.01")), i.stage,
                            i.delivered_on)
            for i, workshop, site in s.execute(query)]


def unlinked_items(s: Session) -> list[UnlinkedItem]:
    query = (select(InfraItem.id, InfraItem.workshop_id, Workshop.name, InfraItem.name,
                    InfraItem.contract_text, InfraItem.stage)
             .join(Workshop, Workshop.id == InfraItem.workshop_id)
             .where(InfraItem.contract_id.is_(None), InfraItem.contract_text != "")
             .order_by(Workshop.name, InfraItem.position))
    return [UnlinkedItem(*row) for row in s.execute(query)]


def find_contract(s: Session, text: str) -> uuid.UUID:
    """The contract a typed number names (an import's «Контракт» cell).  Raises ValueError
    with a message for the user when none or several match."""
    wanted = number_key(text)
    found = [cid for cid, number in s.execute(select(Contract.id, Contract.number))
             if number_key(number) == wanted]
    if not found:
        raise ValueError(translate(
            "Sites", "There is no contract no. {number} in the register: add it in «Grant and "
                     "procurement» first, or correct the number.").format(number=text.strip()))
    if len(found) > 1:
        raise ValueError(translate(
            "Sites", "Several contracts have the number {number}: choose the item's contract "
                     "in its window.").format(number=text.strip()))
    return found[0]


def check_item_contract(s: Session, data) -> dict[str, str]:
    """What an item's contract forbids (``data`` is an ItemData): a delivery, installation or
    commissioning dated before the contract was signed; an item marked delivered (or later)
    under a contract with nothing accepted.  Unlinked items are not compared (donations in
    kind, items not bought yet, texts kept from before 0011)."""
    if data.contract_id is None:
        return {}
    contract = s.get(Contract, data.contract_id)
    if contract is None:
        return {"contract_id": translate("Sites", "This contract no longer exists: choose "
                                                  "another one.")}
    errors: dict[str, str] = {}
    signed = format_date(contract.signed_on)
    for name, _stage in _LATER_DATES:
        day = getattr(data, name)
        if day is not None and day < contract.signed_on:
            errors[name] = translate(
                "Sites", "The date is before contract no. {number} was signed ({signed}): an "
                         "item cannot be delivered before its contract.").format(
                number=contract.number, signed=signed)
            break
    if _RANK.get(data.stage, 0) >= _DELIVERED and not contract.acceptances:
        errors.setdefault("stage", translate(
            "Sites", "Nothing is accepted under contract no. {number} yet: record the "
                     "acceptance document in «Grant and procurement» before marking the item "
                     "delivered.").format(number=contract.number))
    return errors


def contract_deliveries(s: Session) -> list[ContractDelivery]:
    """Every contract with its accepted sum and its items' delivered cost, by the map's rule."""
    shares = accepted_shares(s)
    facts: dict[uuid.UUID, list[ItemFacts]] = {}
    for contract_id, category, stage, quantity, price in s.execute(
            select(InfraItem.contract_id, InfraItem.category, InfraItem.stage,
                   InfraItem.quantity, InfraItem.unit_price)
            .where(InfraItem.contract_id.is_not(None))):
        facts.setdefault(contract_id, []).append(
            ItemFacts(category, stage, quantity, price, contract_id))
    out = []
    for c in contract_rows(s, None, None):
        items = facts.get(c.id, [])
        cost = sum((i.cost for i in items), Decimal(0))
        delivered = contract_values(items, "delivered", shares, lambda i: i.cost)
        out.append(ContractDelivery(c.id, c.number, c.amount, c.accepted, cost, delivered))
    return out


@dataclass(frozen=True)
class ItemAgainstContract:
    """An item its contract contradicts (for the data check): ``what`` is "before_contract"
    (a stage date before the contract was signed) or "not_accepted" (delivered or later while
    nothing is accepted under the contract)."""

    id: uuid.UUID
    workshop_id: uuid.UUID
    name: str
    contract_id: uuid.UUID
    number: str
    what: str
    day: date | None


def items_against_contracts(s: Session) -> list[ItemAgainstContract]:
    """Rows saved before these checks existed (or written around the services) that break
    them; the services refuse new ones (``check_item_contract``)."""
    accepted = {cid for (cid,) in s.execute(select(Acceptance.contract_id).distinct())}
    out = []
    for item, number, signed in s.execute(
            select(InfraItem, Contract.number, Contract.signed_on)
            .join(Contract, Contract.id == InfraItem.contract_id)
            .order_by(InfraItem.workshop_id, InfraItem.position)):
        early = [d for d in (item.delivered_on, item.installed_on, item.commissioned_on)
                 if d is not None and d < signed]
        if early:
            out.append(ItemAgainstContract(item.id, item.workshop_id, item.name,
                                           item.contract_id, number, "before_contract",
                                           min(early)))
        elif _RANK.get(item.stage, 0) >= _DELIVERED and item.contract_id not in accepted:
            out.append(ItemAgainstContract(item.id, item.workshop_id, item.name,
                                           item.contract_id, number, "not_accepted",
                                           item.delivered_on))
    return out


def workshop_readiness(s: Session, cluster_id: uuid.UUID | None = None,
                       as_of: date | None = None) -> dict[uuid.UUID, Readiness]:
    """Each workshop's readiness by the map's rule (contracts' acceptance, the items'
    stages), now or as it stood on ``as_of`` (acceptances and stage dates up to that day):
    what the indicators count workshops by, so they and the map cannot disagree."""
    query = (select(Workshop.id, Workshop.repairs_percent, Workshop.brandbook_percent)
             .join(Site, Site.id == Workshop.site_id))
    if cluster_id is not None:
        query = query.where(Site.cluster_id == cluster_id)
    workshops = s.execute(query).all()
    facts: dict[uuid.UUID, list[ItemFacts]] = {}
    for item in s.execute(select(
            InfraItem.workshop_id, InfraItem.category, InfraItem.stage, InfraItem.quantity,
            InfraItem.unit_price, InfraItem.contract_id, InfraItem.ordered_on,
            InfraItem.delivered_on, InfraItem.installed_on, InfraItem.commissioned_on)):
        dates = dict(zip(STAGES[1:], item[6:], strict=True))
        facts.setdefault(item.workshop_id, []).append(ItemFacts(
            item.category, stage_on(item.stage, dates, as_of), item.quantity,
            item.unit_price, item.contract_id))
    accepted = accepted_shares(s, as_of)
    return {w: readiness(facts.get(w, []), [repairs], [brand], accepted)
            for w, repairs, brand in workshops}


@dataclass(frozen=True)
class ItemVerdict:
    """An inspection's answer about one infrastructure item (a checklist item that names
    it): the chain's last link, «is it there and working»."""

    inspection_id: uuid.UUID
    day: date
    site: str
    inspection: str
    question: str
    answer: str  # translated («Да», «Нет», a number or a text)
    comment: str

    def text(self) -> str:
        line = translate("Sites", "{date}, «{inspection}» ({site}): {question} — {answer}").format(
            date=format_date(self.day), inspection=self.inspection, site=self.site,
            question=self.question, answer=self.answer)
        return f"{line}; {self.comment}" if self.comment else line


def item_verdicts(s: Session, item_id: uuid.UUID) -> list[ItemVerdict]:
    """What inspections answered about the item, newest first (unanswered ones left out)."""
    rows = s.execute(
        select(Inspection.id, Inspection.inspected_on, Inspection.planned_on, Inspection.title,
               Site.name, ChecklistItem.text, Answer.value, Answer.comment)
        .join(Answer, Answer.inspection_id == Inspection.id)
        .join(ChecklistItem, ChecklistItem.id == Answer.item_id)
        .join(Site, Site.id == Inspection.site_id)
        .where(ChecklistItem.infra_item_id == item_id, Answer.value != "")).all()
    out = [ItemVerdict(r.id, r.inspected_on or r.planned_on, r.name, r.title, r.text,
                       answer_label(r.value), r.comment) for r in rows]
    return sorted(out, key=lambda v: v.day, reverse=True)
