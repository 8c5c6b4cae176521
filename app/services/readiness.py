"""The site readiness map (карта готовности площадок): pure arithmetic, no database.

For a workshop, each component is a percentage:

* repairs, brand book — as recorded for the workshop (0–100);
* equipment delivered / installed / commissioned — by value: the cost (quantity × unit price)
  of the items that reached the stage, over the cost of all items, software excluded;
  and by count: the number of such lines of the list over the number of lines (a line of
  twelve vices counts once);
* software — by value: software items commissioned over all software items.

An item that reached a later stage has reached the earlier ones (commissioned ⇒ installed ⇒
delivered).  A component with nothing to measure (no items of that kind) is «—», not 0 or
100, and is left out of the overall figure.  **Overall** = the mean of repairs, brand book,
equipment commissioned (by value) and software (by value).  A site's figures are the same
formulas over all its workshops' items; repairs and brand book are the mean over its
workshops.  Percentages are rounded half up to whole numbers only for display.

**Items linked to a contract** count by the contract's acceptance, not by their own stage, so
the map and the monitoring form read the same records: of a contract whose acceptance
documents cover a share *s* of its sum (accepted ÷ sum, at most 1), the map counts *s* of its
items' cost (and of their number) delivered; installed and commissioned are the items' own
stages but never more than delivered (nothing is installed that was not accepted).  Items with
no contract count by their stage, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

STAGES = ("planned", "ordered", "delivered", "installed", "commissioned")
_RANK = {stage: i for i, stage in enumerate(STAGES)}
SOFTWARE = "software"


@dataclass(frozen=True)
class ItemFacts:
    category: str
    stage: str
    quantity: Decimal
    unit_price: Decimal
    contract_id: object | None = None

    @property
    def cost(self) -> Decimal:
        return self.quantity * self.unit_price

    def reached(self, stage: str) -> bool:
        return _RANK.get(self.stage, 0) >= _RANK[stage]


@dataclass(frozen=True)
class Readiness:
    repairs: Decimal | None
    brandbook: Decimal | None
    delivered_value: Decimal | None
    delivered_count: Decimal | None
    installed_value: Decimal | None
    installed_count: Decimal | None
    commissioned_value: Decimal | None
    commissioned_count: Decimal | None
    software: Decimal | None
    overall: Decimal | None


def _share(part: Decimal, whole: Decimal) -> Decimal | None:
    if whole == 0:
        return None
    return part * 100 / whole


def _mean(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    if not present:
        return None
    return sum(present, Decimal(0)) / len(present)


def contract_values(items: list[ItemFacts], stage: str, accepted: dict,
                    weight: Callable[[ItemFacts], Decimal]) -> Decimal:
    """How much of ``items`` (by ``weight``: cost or 1) has reached ``stage``: unlinked items
    by their stage; a contract's items by its accepted share (see the module's doc)."""
    groups: dict[object, list[ItemFacts]] = {}
    total = Decimal(0)
    for item in items:
        if item.contract_id is None or item.contract_id not in accepted \
                or _RANK[stage] < _RANK["delivered"]:
            total += weight(item) if item.reached(stage) else 0
        else:
            groups.setdefault(item.contract_id, []).append(item)
    for contract_id, group in groups.items():
        value = sum((weight(i) for i in group), Decimal(0)) * accepted[contract_id]
        for later in ("installed", "commissioned"):
            if _RANK[stage] >= _RANK[later]:
                value = min(value, sum((weight(i) for i in group if i.reached(later)),
                                       Decimal(0)))
        total += value
    return total


def _one(_item: ItemFacts) -> Decimal:
    return Decimal(1)


def _cost(item: ItemFacts) -> Decimal:
    return item.cost


def readiness(items: list[ItemFacts], repairs: list[int], brandbook: list[int],
              accepted: dict | None = None) -> Readiness:
    """Readiness of one workshop (one repairs/brand-book figure) or of a site (one per
    workshop).  ``accepted``: contract id → the share of its sum accepted (0…1)."""
    accepted = accepted or {}
    equipment = [i for i in items if i.category != SOFTWARE]
    software = [i for i in items if i.category == SOFTWARE]
    total_value = sum((i.cost for i in equipment), Decimal(0))
    total_count = Decimal(len(equipment))

    def by_value(stage):
        return _share(contract_values(equipment, stage, accepted, _cost), total_value)

    def by_count(stage):
        return _share(contract_values(equipment, stage, accepted, _one), total_count)

    soft = _share(contract_values(software, "commissioned", accepted, _cost),
                  sum((i.cost for i in software), Decimal(0)))
    rep = _mean(Decimal(r) for r in repairs)
    brand = _mean(Decimal(b) for b in brandbook)
    commissioned = by_value("commissioned")
    return Readiness(
        repairs=rep, brandbook=brand,
        delivered_value=by_value("delivered"), delivered_count=by_count("delivered"),
        installed_value=by_value("installed"), installed_count=by_count("installed"),
        commissioned_value=commissioned, commissioned_count=by_count("commissioned"),
        software=soft, overall=_mean([rep, brand, commissioned, soft]),
    )


def stage_on(stage: str, dates: dict[str, object], as_of) -> str:
    """The stage an item had reached on ``as_of`` (None: its stage now), by its stage dates:
    a later stage dated after ``as_of`` had not been reached then; a stage with no date is
    taken as reached (the item says so and gives no date to doubt it)."""
    if as_of is None:
        return stage
    for earlier in reversed(STAGES[1:_RANK.get(stage, 0) + 1]):
        day = dates.get(earlier)
        if day is None and earlier == stage or day is not None and day <= as_of:
            return earlier
    return STAGES[0]


def workshop_state(r: Readiness) -> str:
    """What the map shows a workshop to have done, the one rule every report counts by:
    «commissioned» when all its equipment and all its software are commissioned by value
    (the map's 100 %, «—» where the list has none of that kind, but not both «—»);
    «delivered» when all its equipment is delivered by value; otherwise ""."""
    measured = [v for v in (r.commissioned_value, r.software) if v is not None]
    if measured and all(v >= 100 for v in measured):
        return "commissioned"
    if r.delivered_value is not None and r.delivered_value >= 100:
        return "delivered"
    return ""


def shown_percent(value: Decimal) -> Decimal:
    """A percentage as every printed form shows it: whole, rounded half up, except that what
    is not complete never shows 100 and what has begun never shows 0 (a 99.96 % workshop
    printed «100 %» would be counted ready by whoever reads the map)."""
    shown = Decimal(value).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if shown >= 100 > value:
        return Decimal(99)
    if shown <= 0 < value:
        return Decimal(1)
    return shown


def percent_text(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return f"{shown_percent(value)} %"
