"""A small random cluster built through the services, as a user would enter it: members of
every role (some left, some joining later, some with an earlier membership), suppliers,
sources, lines, contracts with acceptances and payments, sites, workshops and items (some
under contracts), popularization and annual-plan events with reach, admission figures,
inspections with findings, career maps.  Input the services refuse is skipped: what the
reports must agree on is what the program accepted."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from app.services.errors import ValidationError
from app.services.event_codes import Audience, PlanKind
from app.services.event_data import EventData
from app.services.grants import (
    AcceptanceData,
    ContractData,
    ContractStatus,
    LineCategory,
    LineData,
    PaymentData,
    SourceData,
    SourceKind,
)
from app.services.indicators import IndicatorData, ProgrammeData
from app.services.inspection_data import NewInspection
from app.services.metrics import METRICS
from app.services.participants import MemberRole, MembershipData, OrganizationData
from app.services.site_data import ItemData, SiteData, WorkshopData
from app.services.training import AdmissionData

ROLES = [*MemberRole, None]  # None: a supplier, no membership
STAGES = ["planned", "ordered", "delivered", "installed", "commissioned"]


def inn(n: int) -> str:
    digits = f"{7700000000 // 10 + n:09d}"[:9]
    check = sum(int(d) * k for d, k in zip(digits, (2, 4, 10, 3, 5, 9, 4, 6, 8),
                                           strict=True)) % 11 % 10
    return digits + str(check)


def _try(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except ValidationError:
        return None


def _day(draw, today: date, before: int, after: int = 0) -> date:
    return today + timedelta(days=draw(st.integers(-before, after)))


def _money(draw, low: int, high: int) -> Decimal:
    return Decimal(draw(st.integers(low * 100, high * 100))) / 100


def build(svc, draw, today: date) -> None:
    orgs = _participants(svc, draw, today)
    contracts = _grants(svc, draw, today)
    sites = _sites(svc, draw, today, orgs, contracts)
    _events(svc, draw, today)
    _admissions(svc, draw, today)
    _inspections(svc, draw, today, sites)
    _maps(svc, draw)
    _indicators(svc, today)


def _participants(svc, draw, today: date) -> list:
    out = []
    for n in range(draw(st.integers(1, 7))):
        role = draw(st.sampled_from(ROLES))
        memberships = []
        if role is not None:
            joined = _day(draw, today, 900, 40)
            left = draw(st.one_of(st.none(), st.integers(1, 900)))
            left_on = joined + timedelta(days=left) if left else None
            memberships.append(MembershipData(
                role.value, joined, f"С-{n}", left_on=left_on,
                leave_reason="Выход по заявлению" if left_on else ""))
            if draw(st.booleans()):  # an earlier membership, closed, perhaps overlapping
                start = joined - timedelta(days=draw(st.integers(1, 700)))
                end = start + timedelta(days=draw(st.integers(1, 800)))
                memberships.insert(0, MembershipData(
                    draw(st.sampled_from(list(MemberRole))).value, start, f"С-{n}-0",
                    left_on=end, leave_reason="Выход по заявлению"))
        data = OrganizationData(f"Организация {n} {draw(st.sampled_from('АБВГД'))}",
                                short_name=f"Орг-{n}", inn=inn(n + 1), memberships=memberships)
        saved = _try(svc.participants.create, data)
        if saved is None and memberships:  # refused: the same organization, one membership
            saved = _try(svc.participants.create, OrganizationData(
                data.full_name, data.short_name, inn=data.inn, memberships=memberships[-1:]))
        if saved is not None:
            out.append(saved)
    return out


def _grants(svc, draw, today: date) -> list:
    contracts = []
    sources = [SourceData(SourceKind.FEDERAL_GRANT.value, "Грант", today.year,
                          Decimal(100_000_000))]
    if draw(st.booleans()):
        sources.append(SourceData(SourceKind.REGIONAL.value, "Софинансирование", today.year,
                                  _money(draw, 1_000, 5_000_000)))
    number = 0
    for source in sources:
        saved = svc.grants.save_source(source)
        for k in range(draw(st.integers(0, 3))):
            category = draw(st.sampled_from([LineCategory.EQUIPMENT, LineCategory.SOFTWARE,
                                             LineCategory.CAPITAL_REPAIR]))
            line = _try(svc.grants.save_line, LineData(
                saved.id, category.value, f"Статья {k}", _money(draw, 0, 30_000_000)))
            if line is None:
                continue
            for _ in range(draw(st.integers(0, 2))):
                number += 1
                amount = _money(draw, 1, 20_000_000)
                over = draw(st.booleans())
                contract = _try(svc.grants.save_contract, ContractData(
                    line.id, f"{number}/ЭА", _day(draw, today, 500), inn(500 + number),
                    amount, supplier_name=f"Поставщик {number}",
                    delivery_due=_day(draw, today, 200, 200),
                    status=draw(st.sampled_from(list(ContractStatus))).value,
                    over_reason="Экономия по другой статье" if over else ""))
                if contract is None:
                    continue
                contracts.append(contract)
                for _ in range(draw(st.integers(0, 2))):
                    day = contract.signed_on + timedelta(
                        days=draw(st.integers(0, (today - contract.signed_on).days)))
                    _try(svc.grants.add_acceptance, AcceptanceData(
                        contract.id, f"УПД {number}", day, _money(draw, 1, 12_000_000)))
                    _try(svc.grants.add_payment, PaymentData(
                        contract.id, day, _money(draw, 1, 12_000_000)))
    return contracts


def _sites(svc, draw, today: date, orgs: list, contracts: list) -> list:
    sites = []
    for n in range(draw(st.integers(0, 2))):
        site = svc.sites.save_site(SiteData(f"Площадка {n}",
                                            orgs[0].id if orgs else None))
        sites.append(site)
        for w in range(draw(st.integers(1, 3))):
            workshop = svc.sites.save_workshop(WorkshopData(
                f"Мастерская {n}.{w}", repairs_percent=draw(st.integers(0, 100)),
                brandbook_percent=draw(st.integers(0, 100)), site_id=site.id))
            for i in range(draw(st.integers(0, 4))):
                stage = draw(st.sampled_from(STAGES))
                contract = draw(st.one_of(st.none(), st.sampled_from(contracts))) \
                    if contracts else None
                dated = draw(st.booleans())
                base = contract.signed_on if contract else today - timedelta(days=400)
                dates = {}
                if dated:
                    day = base
                    for name in ("ordered_on", "delivered_on", "installed_on",
                                 "commissioned_on")[:max(STAGES.index(stage), 0)]:
                        day += timedelta(days=draw(st.integers(0, 60)))
                        dates[name] = day
                item = ItemData(
                    f"Позиция {i}", draw(st.sampled_from(["equipment", "tools", "software"])),
                    quantity=Decimal(draw(st.integers(1, 5))), unit_price=_money(draw, 1, 900_000),
                    stage=stage, workshop_id=workshop.id,
                    contract_id=contract.id if contract else None, **dates)
                if _try(svc.sites.save_item, item) is None and contract is not None:
                    item.contract_id = None  # refused under its contract: bought otherwise
                    _try(svc.sites.save_item, item)
    return sites


def _events(svc, draw, today: date) -> None:
    for kind in draw(st.lists(st.sampled_from(list(PlanKind)), max_size=3, unique=True)):
        plan = svc.events.create_plan(today.year, kind.value, source="empty")
        for e in range(draw(st.integers(0, 4))):
            starts = date(today.year, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
            held = starts <= today and draw(st.booleans())
            status = "held" if held else draw(st.sampled_from(["planned", "cancelled"]))
            reach = {a.value: draw(st.integers(0, 300)) for a in
                     draw(st.lists(st.sampled_from(list(Audience)), max_size=3, unique=True))
                     } if held else {}
            _try(svc.events.save_event, EventData(
                plan.id, f"Мероприятие {e}", starts, status=status,
                status_note="Перенесено решением совета" if status == "cancelled" else "",
                reach=reach,
                schools=draw(st.lists(st.sampled_from(["СОШ № 1", "сош  № 1", "Лицей 2"]),
                                      max_size=2)) if held else [],
                enterprises=draw(st.lists(st.sampled_from(["ООО «А»", "АО «Б»"]),
                                          max_size=2)) if held else []))


def _admissions(svc, draw, today: date) -> None:
    for k in range(draw(st.integers(0, 3))):
        planned = draw(st.integers(0, 100))
        _try(svc.training.save_admission, AdmissionData(
            today.year, f"15.0{k}.01", f"Профессия {k}", places_planned=planned,
            admitted=draw(st.integers(0, 110)), graduates=draw(st.integers(0, 50)),
            employed=draw(st.integers(0, 50))))


def _inspections(svc, draw, today: date, sites: list) -> None:
    for site in sites:
        if not draw(st.booleans()):
            continue
        inspection = svc.inspections.create(NewInspection(site.id, _day(draw, today, 90)))
        for f in range(draw(st.integers(0, 3))):
            finding = svc.findings.add(inspection.id, f"Замечание {f}",
                                       due_on=_day(draw, today, 60, 60))
            if draw(st.booleans()):
                svc.findings.close(finding.id, evidence="Устранено, акт",
                                   closed_on=today)


def _maps(svc, draw) -> None:
    from tests.services.test_career_maps import approved, sample

    for n in range(draw(st.integers(0, 2))):
        data = sample(code=f"15.02.{10 + n}")
        state = draw(st.sampled_from(["draft", "sent", "approved"]))
        if state == "approved":
            approved(svc, data)
        else:
            saved = svc.career_maps.save(data)
            if state == "sent":
                svc.career_maps.send(saved.id, saved.version)


def _indicators(svc, today: date) -> None:
    """The programme with every computed indicator, as a cluster keeps them."""
    svc.indicators.save_programme(ProgrammeData("Программа", today.year - 1, today.year + 1))
    for n, (code, metric) in enumerate(METRICS.items(), start=1):
        svc.indicators.save_indicator(IndicatorData(metric.name, code=str(n), metric=code))
