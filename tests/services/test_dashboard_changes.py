"""Each dashboard tile's change since the end of last month (issue 21, item 5): built across
February and March with the services' clock on 16 March 2026, every figure is compared with
itself as the data's own dates put it on 28 February — memberships joined and left,
contracts signed, events held, roadmap items due and done, findings made and closed, maps
approved.  Figures with no history in the data (indicators, workshops, the data check) get
no change at all."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.services import clock
from app.services.event_data import EventData
from app.services.governance_codes import DecisionSubject
from app.services.grants import ContractData, LineData, SourceData
from app.services.inspection_data import NewInspection
from app.services.participants import MembershipData, OrganizationData
from app.services.roadmap import RoadmapData
from app.services.site_data import SiteData, WorkshopData
from tests.council_decisions import council_decision
from tests.services.random_cluster import inn
from tests.services.test_career_maps import sample

TODAY = date(2026, 3, 16)


@pytest.fixture
def march(services):
    clock.set_now(datetime(2026, 3, 16, 9, 0, tzinfo=UTC))
    yield services
    clock.set_now(None)


def _members(svc) -> None:
    def org(n: int, joined: date, left: date | None = None) -> None:
        svc.participants.create(OrganizationData(
            f"Организация {n}", short_name=f"Орг-{n}", inn=inn(n), memberships=[
                MembershipData("employer", joined, f"С-{n}", left_on=left,
                               leave_reason="Выход по заявлению" if left else "")]))
    org(1, date(2026, 1, 10))                      # a member then and now
    org(2, date(2026, 3, 5))                       # joined in March
    org(3, date(2025, 1, 1), date(2026, 3, 1))     # left on 1 March: a member on 28 February
    org(4, date(2026, 3, 2))                       # joined in March


def _money(svc) -> None:
    grant = svc.grants.save_source(SourceData("federal_grant", "Грант", 2026,
                                              Decimal(100_000_000)))
    region = svc.grants.save_source(SourceData("regional", "Софинансирование", 2026,
                                               Decimal(5_000_000)))
    equipment = svc.grants.save_line(LineData(grant.id, "equipment", "Станки",
                                              Decimal(50_000_000)))
    repair = svc.grants.save_line(LineData(region.id, "capital_repair", "Ремонт",
                                           Decimal(5_000_000)))
    for number, (line, signed, amount) in enumerate((
            (equipment, date(2026, 2, 10), Decimal("1000000")),
            (equipment, date(2026, 3, 3), Decimal("1234567.89")),
            (repair, date(2026, 3, 5), Decimal("500000"))), start=1):
        svc.grants.save_contract(ContractData(
            line.id, f"{number}/ЭА", signed, inn(100 + number), amount,
            supplier_name=f"Поставщик {number}", delivery_due=date(2026, 12, 1)))


def _events(svc) -> None:
    plan = svc.events.create_plan(2026, "events", source="empty")
    days = [date(2026, 2, 3), date(2026, 2, 17), date(2026, 3, 2), date(2026, 3, 11),
            date(2026, 3, 20), date(2026, 3, 27)]
    for n, day in enumerate(days):
        svc.events.save_event(EventData(plan.id, f"Мероприятие {n}", day))
    svc.events.save_event(EventData(plan.id, "Отменённое", date(2026, 2, 20),
                                    status="cancelled", status_note="Решение совета"))


def _roadmap(svc) -> None:
    save = svc.roadmap.save
    # overdue on 28 February, done in March
    save(RoadmapData("Проекты согласованы", date(2026, 2, 10), status="done",
                     done_on=date(2026, 3, 5)))
    save(RoadmapData("Закупка объявлена", date(2026, 1, 20), status="in_progress"))  # both
    save(RoadmapData("Ремонт", date(2026, 3, 10)))  # due in March: overdue only now
    save(RoadmapData("Отменено", date(2026, 1, 5), status="cancelled"))  # neither


def _findings(svc) -> None:
    site = svc.sites.save_site(SiteData("Площадка", None))
    svc.sites.save_workshop(WorkshopData("Мастерская", site_id=site.id))
    february = svc.inspections.create(NewInspection(site.id, date(2026, 2, 5)))
    march = svc.inspections.create(NewInspection(site.id, date(2026, 3, 10)))
    add, close = svc.findings.add, svc.findings.close
    first = add(february.id, "Нет огнетушителя")
    second = add(february.id, "Нет аптечки")
    third = add(february.id, "Нет вывески")
    add(march.id, "Нет инструкции")  # found in March: open only now
    close(first.id, evidence="Акт", closed_on=date(2026, 3, 4))
    close(second.id, evidence="Акт", closed_on=date(2026, 3, 12))
    close(third.id, evidence="Акт", closed_on=date(2026, 2, 20))  # closed in February


def _maps(svc) -> None:
    for code, held in (("15.02.16", date(2026, 1, 20)), ("15.01.05", date(2026, 3, 2))):
        saved = svc.career_maps.save(sample(code=code))
        sent = svc.career_maps.send(saved.id, saved.version)
        decision = council_decision(svc, DecisionSubject.CAREER_MAP, f"№{code}", held)
        svc.career_maps.approve(sent.id, sent.version, decision)
    svc.career_maps.save(sample(code="15.02.08"))  # a draft: no change


def test_each_tile_moves_by_what_the_dates_say(march):
    svc = march
    _members(svc)
    _money(svc)
    _events(svc)
    _roadmap(svc)
    _findings(svc)
    _maps(svc)
    s = svc.dashboard.summary()
    assert s.today == TODAY and s.month_before == date(2026, 2, 28)
    # the figures themselves, as every report shows them
    assert (s.members, s.events_month, len(s.roadmap_overdue), s.findings_open) == (3, 4, 2, 1)
    assert s.career_maps["approved"] == 2
    assert s.grant_contracted == Decimal("2234567.89")
    assert s.contracted == Decimal("2734567.89")
    assert s.changes == {
        "participants": 1,  # 1, 2, 4 now; 1, 3 then
        "grant": Decimal("1234567.89"),  # the March contract on the federal grant
        "sources": Decimal("1734567.89"),  # and the regional one
        "events": 2,  # four in March, two in February (the cancelled one is not counted)
        "roadmap": 0,  # one done, one fell due: «без изменений»
        "findings": -1,  # two open then, one now
        "career-maps": 1,  # the second map approved on 2 March
    }
    # no history in the data: no change rather than an invented one
    assert not {"indicators", "sites", "data-check"} & set(s.changes)


def test_on_the_first_of_a_month_the_month_before_is_the_last_one(march):
    clock.set_now(datetime(2026, 1, 1, 9, 0, tzinfo=UTC))
    _members(march)
    s = march.dashboard.summary()
    assert s.month_before == date(2025, 12, 31)
    assert s.changes["participants"] == 0  # only org 3 was a member then, and still is
    assert s.members == 1
