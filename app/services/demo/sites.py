"""Demo infrastructure lists and a half-done roadmap, so the sites, roadmap and readiness
sections of ``--demo`` show a believable picture.  Items go through every life stage."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Acceptance,
    BudgetLine,
    Contract,
    Event,
    InfraItem,
    Organization,
    RoadmapItem,
    Workshop,
)
from app.services.roadmap import ensure_standard_stages

# (category, name, unit, unit price) — prices in rubles, as in real lists
COMMON = [
    ("furniture", "Верстак слесарный с тисками", "шт.", "48500.00"),
    ("furniture", "Стол преподавателя", "шт.", "18900.00"),
    ("furniture", "Шкаф для инструмента металлический", "шт.", "32750.00"),
    ("safety", "Аптечка первой помощи", "шт.", "2350.00"),
    ("safety", "Огнетушитель порошковый ОП-4", "шт.", "1890.00"),
    ("safety", "Очки защитные открытые", "шт.", "420.50"),
    ("tools", "Набор измерительного инструмента (штангенциркуль, микрометр)", "компл.",
     "15600.00"),
    ("consumables", "Ветошь обтирочная", "кг", "185.00"),
    ("software", "САПР для подготовки управляющих программ (лицензия)", "шт.", "96000.00"),
    ("equipment", "Интерактивная панель 75\"", "шт.", "389000.00"),
]
BY_KIND = {
    "Токарные работы на станках с ЧПУ": [("equipment", "Токарный станок с ЧПУ", "шт.",
                                          "6450000.00")],
    "Фрезерные работы на станках с ЧПУ": [("equipment", "Фрезерный обрабатывающий центр с ЧПУ",
                                           "шт.", "8120000.00")],
    "Аддитивное производство": [("equipment", "3D-принтер промышленный FDM", "шт.",
                                 "1240000.00")],
    "Сварочные технологии": [("equipment", "Сварочный инверторный аппарат MIG/MAG", "шт.",
                              "186000.00")],
    "Мехатроника": [("equipment", "Учебный стенд «Мехатронная система»", "шт.",
                     "2350000.00")],
    "Электромонтаж": [("equipment", "Стенд электромонтажный", "шт.", "412000.00")],
    "Слесарные работы": [("equipment", "Станок сверлильный настольный", "шт.", "96500.00")],
}
STAGES = ["planned", "ordered", "delivered", "installed", "commissioned"]
# how far each demo workshop has come: (repairs %, brand book %, the most advanced stage)
PROGRESS = [(100, 100, 4), (100, 80, 4), (90, 60, 3), (100, 100, 4), (70, 40, 2), (40, 0, 1),
            (20, 0, 0)]


#: The days the regional supervisory council agreed the design projects and then the
#: equipment lists of the workshops that have come that far (the roadmap's first two stages;
#: demo/governance.py records the meetings and their decisions)
DESIGN_AGREED, LIST_AGREED = date(2025, 2, 14), date(2025, 3, 20)


def agreed_workshops(session: Session) -> list[Workshop]:
    """The workshops whose design project and equipment list are agreed (all but those
    that have not started: PROGRESS's last stage 0)."""
    workshops = session.scalars(select(Workshop).order_by(Workshop.name)).all()
    return [w for n, w in enumerate(workshops) if PROGRESS[n % len(PROGRESS)][2] >= 1]


def _item(rng: random.Random, workshop: Workshop, position: int, spec, top: int,
          start: date) -> InfraItem:
    category, name, unit, price = spec
    stage_index = max(0, min(top, top - rng.choice([0, 0, 0, 1, 2])))
    quantity = Decimal(1) if category in ("equipment", "software") else Decimal(
        rng.choice([2, 4, 6, 12, 15]))
    item = InfraItem(workshop=workshop, position=position, category=category, name=name,
                     quantity=quantity, unit=unit, unit_price=Decimal(price),
                     budget_line="Грант: оборудование" if category != "software"
                     else "Грант: программное обеспечение",
                     stage=STAGES[stage_index])
    if stage_index >= 1:
        rng.randint(10, 99)  # once a typed contract number: the draws after it stay the same
    day = start
    for stage in STAGES[1: stage_index + 1]:
        day += timedelta(days=rng.randint(10, 40))
        setattr(item, f"{stage}_on", day)
    return item


def add_demo_sites_and_roadmap(session: Session, cluster_id) -> None:
    rng = random.Random(2026)
    workshops = session.scalars(select(Workshop).order_by(Workshop.name)).all()
    for index, workshop in enumerate(workshops):
        repairs, brand, top = PROGRESS[index % len(PROGRESS)]
        workshop.repairs_percent, workshop.brandbook_percent = repairs, brand
        workshop.room_requirements = "Электропитание 380 В, вытяжная вентиляция, освещённость ≥ 300 лк"
        specs = BY_KIND.get(workshop.kind_of_work, []) * 2 + COMMON
        for position, spec in enumerate(specs, start=1):
            session.add(_item(rng, workshop, position, spec, top, date(2025, 4, 1)))

    ensure_standard_stages(session)
    orgs = {o.short_name: o.id for o in session.scalars(select(Organization))}
    stages = session.scalars(select(RoadmapItem).where(
        RoadmapItem.cluster_id == cluster_id).order_by(RoadmapItem.position)).all()
    plan = [  # deadline, status, done on, evidence
        (date(2025, 2, 28), "done", DESIGN_AGREED, "Протокол РНС № 2"),
        (date(2025, 3, 31), "done", LIST_AGREED, "Протокол РНС № 3"),
        (date(2025, 5, 15), "done", date(2025, 5, 12), "Извещение № 0130200002425000117"),
        (date(2025, 8, 1), "done", date(2025, 7, 28), "Контракты ЭА-2025/…"),
        (date(2026, 10, 1), "in_progress", None, ""),
        (date(2026, 12, 15), "in_progress", None, ""),
        (date(2027, 9, 1), "planned", None, ""),
    ]
    for item, (deadline, status, done_on, evidence) in zip(stages, plan, strict=False):
        item.deadline, item.status, item.done_on, item.evidence_doc = (
            deadline, status, done_on, evidence)
        item.responsible_person = "Андреев К. В."
        item.responsible_org_id = orgs.get("АНО «ЦРК ВО»")
    session.add_all([
        RoadmapItem(cluster_id=cluster_id, position=100, title="Обучение мастеров "
                    "производственного обучения работе на новом оборудовании (72 ч)",
                    deadline=date(2026, 11, 30), status="in_progress",
                    responsible_person="Смирнова О. Н.", responsible_org_id=orgs.get("БПОУ ВО «ЧМК»")),
        RoadmapItem(cluster_id=cluster_id, position=110, title="Торжественное открытие "
                    "мастерских с участием работодателей", deadline=date(2027, 9, 1),
                    status="planned", responsible_person="Андреев К. В.",
                    responsible_org_id=orgs.get("АНО «ЦРК ВО»")),
    ])


# the stages of a contract's delivered items, by position: most are in service already
_DELIVERED_STAGES = ("commissioned", "commissioned", "installed", "delivered")


def link_demo_items(session: Session) -> None:
    """Each item is bought under a real contract of the demo's register: a workshop's list
    under its equipment line's contract, software under the software line's.  Stages and dates
    follow the contract: ordered when it is signed, delivered on one of its acceptance
    documents' dates, as many items (by share) as its acceptance covers; a workshop whose
    procedure has no contract yet keeps its items planned."""
    equipment: dict = {}
    software = None
    for contract, line in session.execute(
            select(Contract, BudgetLine).join(BudgetLine, BudgetLine.id == Contract.line_id)
            .order_by(Contract.signed_on)):
        if line.category == "software" and software is None:
            software = contract
        elif line.category == "equipment" and line.workshop_id is not None:
            equipment.setdefault(line.workshop_id, contract)
    for workshop in session.scalars(select(Workshop).order_by(Workshop.name)):
        by_contract: dict = {}
        for item in workshop.items:
            contract = software if item.category == "software" else equipment.get(workshop.id)
            by_contract.setdefault(contract, []).append(item)
        for contract, items in by_contract.items():
            _follow_contract(session, contract, items)


def _follow_contract(session: Session, contract: Contract | None, items: list) -> None:
    for item in items:
        item.ordered_on = item.delivered_on = item.installed_on = item.commissioned_on = None
        item.contract_id = contract.id if contract is not None else None
        item.stage = "planned" if contract is None else "ordered"
        if contract is not None:
            item.ordered_on = contract.signed_on
    if contract is None:
        return
    acts = session.scalars(select(Acceptance).where(Acceptance.contract_id == contract.id)
                           .order_by(Acceptance.accepted_on)).all()
    accepted = sum((a.amount for a in acts), Decimal(0))
    share = min(accepted / contract.amount, Decimal(1)) if contract.amount else Decimal(0)
    delivered = int((share * len(items)).to_integral_value())
    for n, item in enumerate(items[:delivered]):
        item.stage = _DELIVERED_STAGES[n % len(_DELIVERED_STAGES)]
        item.delivered_on = acts[n % len(acts)].accepted_on
        if item.stage in ("installed", "commissioned"):
            item.installed_on = item.delivered_on + timedelta(days=12)
        if item.stage == "commissioned":
            item.commissioned_on = item.installed_on + timedelta(days=20)


def align_demo_opening(session: Session, today: date) -> None:
    """The roadmap's opening (stage 7 and the ceremony) falls on the day of the events plan's
    opening ceremony, so the roadmap and the plan tell one date; held if that day is past."""
    opening = session.scalars(select(Event).where(Event.kind == "Открытие")
                              .order_by(Event.starts_on)).first()
    if opening is None:
        return
    day = opening.ends_on or opening.starts_on
    items = session.scalars(select(RoadmapItem).where(
        (RoadmapItem.standard_stage == 7) | RoadmapItem.title.startswith("Торжественное открытие")))
    for item in items:
        item.deadline = day
        if day < today:
            item.status, item.done_on = "done", day
            item.evidence_doc = f"Мероприятие плана: «{opening.title}»"[:300]
    session.flush()
