"""A year of realistic grant spending for the demo cluster: three sources, lines in every
category, procedures in every status, contracts with partial acceptance and payments, one
recorded over-commitment.  In good order as of today: a contract still running is due in
the future (its delivery term extended by an agreement), and the monthly monitoring form of
every month already due is recorded as submitted, with that month's figures."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.ru import inn as stdnum_inn

from app.models import (
    Acceptance,
    BudgetLine,
    Contract,
    FundingSource,
    MonitoringSubmission,
    Organization,
    Payment,
    Procurement,
    Workshop,
)
from app.services import clock
from app.services.data_rules.monitoring import due_on, months_due
from app.services.demo.sites import link_demo_items

SUPPLIERS = [
    "ООО «СтанкоПромСнаб»", "ООО «Технологии обучения»", "АО «Северная инженерная компания»",
    "ООО «ЦифроСофт»", "ООО «РемСтройВологда»", "ООО «Учебная техника»", "ООО «Мебель-Офис»",
]
METHODS = ["auction_44", "auction_44", "tender_44", "quotation_44", "single_supplier"]


def _inn(rng: random.Random) -> str:
    head = "35" + "".join(rng.choice("0123456789") for _ in range(7))
    return head + stdnum_inn.calc_company_check_digit(head)


def _split(total: Decimal, parts: int, rng: random.Random) -> list[Decimal]:
    weights = [Decimal(rng.randint(5, 15)) for _ in range(parts)]
    out = [(total * w / sum(weights)).quantize(Decimal("0.01")) for w in weights]
    out[-1] += total - sum(out)
    return out


def add_demo_grants(session: Session, cluster_id, recipient_id,
                    today: date | None = None) -> None:
    today = today or clock.today()
    rng = random.Random(1917)
    suppliers = []
    for name in SUPPLIERS:
        org = Organization(full_name=name, short_name=name, inn=_inn(rng),
                           region="Вологодская область")
        session.add(org)
        suppliers.append(org)
    grant = FundingSource(cluster_id=cluster_id, kind="federal_grant", year=2025,
                          name="Грант Минпросвещения России (федеральный проект «Профессионалитет»)",
                          amount=Decimal("100000000.00"), recipient_org_id=recipient_id)
    regional = FundingSource(cluster_id=cluster_id, kind="regional", year=2025,
                             name="Софинансирование из бюджета Вологодской области",
                             amount=Decimal("20000000.00"))
    employers = FundingSource(cluster_id=cluster_id, kind="employer", year=2025,
                              name="Средства работодателей", amount=Decimal("6500000.00"))
    session.add_all([grant, regional, employers])
    session.flush()

    workshops = session.scalars(select(Workshop).order_by(Workshop.name)).all()
    equipment_budget = _split(Decimal("68000000.00"), len(workshops), rng)
    lines: list[tuple[BudgetLine, int]] = []  # (line, how far its spending has come 0..4)
    for n, (workshop, amount) in enumerate(zip(workshops, equipment_budget, strict=True)):
        lines.append((BudgetLine(source_id=grant.id, position=n + 1, category="equipment",
                                 name=f"Оборудование: {workshop.name}", planned=amount,
                                 workshop_id=workshop.id), n % 5))
    lines += [
        (BudgetLine(source_id=grant.id, position=20, category="software",
                    name="Программное обеспечение (САПР, симуляторы)",
                    planned=Decimal("7000000.00")), 3),
        (BudgetLine(source_id=grant.id, position=21, category="capital_repair",
                    name="Капитальный ремонт учебно-производственных помещений",
                    planned=Decimal("25000000.00")), 4),
        (BudgetLine(source_id=regional.id, position=1, category="capital_repair",
                    name="Ремонт и приведение к брендбуку", planned=Decimal("14000000.00")), 4),
        (BudgetLine(source_id=regional.id, position=2, category="training",
                    name="Повышение квалификации мастеров (144 ч)",
                    planned=Decimal("2500000.00")), 2),
        (BudgetLine(source_id=regional.id, position=3, category="other",
                    name="Профориентационные мероприятия", planned=Decimal("3500000.00")), 1),
        (BudgetLine(source_id=employers.id, position=1, category="equipment",
                    name="Оснащение от работодателей: расходные материалы",
                    planned=Decimal("6500000.00")), 3),
    ]
    start = date(2025, 11, 3)
    statuses = ["planned", "announced", "summed_up", "summed_up", "summed_up"]
    for index, (line, progress) in enumerate(lines):
        session.add(line)
        session.flush()
        subject = line.name.split(": ", 1)[-1]
        procurement = Procurement(
            line_id=line.id, subject=f"Поставка: {subject}",
            method=METHODS[index % len(METHODS)], initial_price=line.planned,
            planned_on=start + timedelta(days=10 * index), status=statuses[progress])
        if progress >= 1:
            procurement.announced_on = procurement.planned_on + timedelta(days=14)
            procurement.notice_no = f"0130200002425{index:06d}"
        if progress >= 2:
            procurement.summed_up_on = procurement.announced_on + timedelta(days=21)
        session.add(procurement)
        if index == 4:  # a failed procedure, announced again
            session.add(Procurement(line_id=line.id, subject=f"Поставка: {subject} (1-я попытка)",
                                    method="auction_44", initial_price=line.planned,
                                    planned_on=procurement.planned_on - timedelta(days=30),
                                    announced_on=procurement.planned_on - timedelta(days=25),
                                    notice_no=f"0130200002425{index:06d}-1", status="failed"))
        if progress < 2:
            continue
        signed = procurement.summed_up_on + timedelta(days=12)
        price = (line.planned * Decimal(rng.choice(["0.92", "0.95", "0.97", "0.88"]))).quantize(
            Decimal("0.01"))
        contract = Contract(line_id=line.id, number=f"{index + 1:02d}/ЭА-2026",
                            signed_on=signed, supplier_id=suppliers[index % len(suppliers)].id,
                            subject=procurement.subject, amount=price,
                            vat=(price * Decimal(20) / Decimal(120)).quantize(Decimal("0.01")),
                            delivery_due=signed + timedelta(days=90),
                            status="fulfilled" if progress == 4 else "active")
        if progress < 4 and contract.delivery_due <= today:
            # still running: its term was extended (installation, staged delivery)
            contract.delivery_due = today + timedelta(days=30 + 7 * (index % 6))
        if index == 2:  # a recorded over-commitment: an extra agreement beyond the line
            contract.amount = line.planned + Decimal("350000.00")
            contract.over_reason = ("Дополнительное соглашение № 1: рост цены поставщика, "
                                    "решение управляющего совета, протокол № 7")
        session.add(contract)
        session.flush()
        if progress >= 3:
            paid_parts = _split(contract.amount, 3, rng)
            count = 3 if progress == 4 else 2
            for part in range(count):
                day = signed + timedelta(days=30 * (part + 1))
                session.add(Payment(contract_id=contract.id, paid_on=day,
                                    amount=paid_parts[part], order_no=f"{index}{part:02d}17"))
                session.add(Acceptance(contract_id=contract.id, accepted_on=day - timedelta(days=5),
                                       document_no=f"УПД № {index}-{part + 1}",
                                       amount=paid_parts[part]))
    session.flush()
    link_demo_items(session)  # the items are bought under these contracts
    session.flush()
    add_demo_submissions(session, cluster_id, today)


def add_demo_submissions(session: Session, cluster_id, today: date) -> None:
    """The monitoring form of each month already due, submitted as ``report monitoring
    --final`` records it: a snapshot of that month's figures, two days before its due day."""
    from app.services.reports.monitoring_form_figures import build_form, form_snapshot

    for month in months_due(session, today):
        sent = min(due_on(month) - timedelta(days=2), today)
        form = build_form(session, month, prepared_by="Смирнова О. Н.", today=sent)
        form.submitted_at = datetime.combine(sent, time(11, 0), tzinfo=UTC)
        session.add(MonitoringSubmission(
            cluster_id=cluster_id, month=month, submitted_at=form.submitted_at,
            submitted_by="admin",
            snapshot=json.dumps(form_snapshot(form), ensure_ascii=False, sort_keys=True)))
        session.flush()  # the next month's form counts its changes from this one
