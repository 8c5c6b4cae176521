"""The programme, its indicators (manual and computed), training, admissions, network.

Every computed indicator is checked against a count made here, in Python, over the records
this test created (not by a query of the same shape)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from app.services.errors import ValidationError
from app.services.event_data import EventData
from app.services.grants import ContractData, LineData, SourceData
from app.services.indicators import IndicatorData, ProgrammeData, ValueData
from app.services.metrics import METRICS
from app.services.network import AgreementData, ExpertData, SharedUseData
from app.services.participants import LeaveKind, MembershipData, OrganizationData
from app.services.site_data import ItemData, SiteData, WorkshopData
from app.services.training import AdmissionData, TrainingData
from tests.services.test_grants import SUPPLIER

YEARS = (2023, 2024, 2025)
ROLES = ("college", "employer", "school", "authority", "other")


def _pct(part, whole):
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass
class Made:
    """What the test put in, as plain Python values."""

    memberships: list[tuple[str, date | None, date | None]] = field(default_factory=list)
    events: list[tuple[date, str, int]] = field(default_factory=list)  # day, status, people
    lines: list[Decimal] = field(default_factory=list)
    contracts: list[tuple[date, Decimal, str]] = field(default_factory=list)
    workshops: list[list[tuple[str, date | None]]] = field(default_factory=list)
    trainings: list[tuple[str, date, str]] = field(default_factory=list)
    admissions: list[tuple[int, int, int, int, int, int]] = field(default_factory=list)
    agreements: list[tuple[date | None, date | None]] = field(default_factory=list)
    uses: list[tuple[date | None, date | None]] = field(default_factory=list)
    experts: list[tuple[date | None, date | None]] = field(default_factory=list)
    org_ids: list = field(default_factory=list)


def fill(services, seed=7) -> Made:
    rng = random.Random(seed)
    made = Made()
    for n in range(14):
        role = ROLES[n % len(ROLES)]
        joined = rng.choice([None, date(2023, 3, 1), date(2024, 6, 1), date(2025, 2, 1)])
        left = rng.choice([None, None, date(2024, 12, 31), date(2025, 1, 1), date(2025, 8, 1)])
        if joined and left and left < joined:
            left = None
        m = MembershipData(role, joined, left_on=left,
                           leave_reason="по собственному желанию" if left else "",
                           leave_kind=LeaveKind.WITHDRAWAL.value if left else "")
        org = services.participants.create(OrganizationData(f"Организация {n}",
                                                            memberships=[m]))
        made.org_ids.append(org.id)
        made.memberships.append((role, joined, left))
    for year in YEARS:
        plan = services.events.create_plan(year, "events", source="empty")
        for _ in range(6):
            day = date(year, rng.randint(1, 12), rng.randint(1, 28))
            status = rng.choice(["held", "held", "planned", "cancelled"])
            people = rng.randint(5, 300) if status == "held" else 0
            services.events.save_event(EventData(
                plan.id, "Профориентационная встреча", day, status=status,
                status_note="перенос" if status == "cancelled" else "",
                reach={"grade_8_9": people} if people else {}))
            made.events.append((day, status, people))
    # the federal grant: two lines, contracts over the years, one terminated
    grant = services.grants.save_source(SourceData("federal_grant", "Грант", 2024,
                                                   Decimal("100000000.00")))
    regional = services.grants.save_source(SourceData("regional", "Софинансирование", 2024,
                                                      Decimal("9000000.00")))
    lines = [services.grants.save_line(LineData(grant.id, "equipment", "Станки",
                                                Decimal("60000000.00"))),
             services.grants.save_line(LineData(grant.id, "software", "ПО",
                                                Decimal("40000000.00")))]
    other = services.grants.save_line(LineData(regional.id, "other", "Прочее",
                                               Decimal("9000000.00")))
    made.lines = [Decimal("60000000.00"), Decimal("40000000.00")]
    for n, (day, amount, status, ln) in enumerate([
            (date(2024, 4, 1), "25000000.00", "active", lines[0]),
            (date(2024, 11, 5), "7000000.00", "terminated", lines[0]),
            (date(2025, 3, 3), "30000000.00", "fulfilled", lines[1]),
            (date(2025, 9, 9), "5000000.00", "active", other)]):
        services.grants.save_contract(ContractData(ln.id, f"К-{n}", day, SUPPLIER,
                                                   Decimal(amount), supplier_name="ООО «П»",
                                                   status=status))
        if ln is not other:
            made.contracts.append((day, Decimal(amount), status))
    # workshops: their items at various stages
    site = services.sites.save_site(SiteData("Площадка"))
    workshops = [services.sites.save_workshop(WorkshopData(f"Мастерская {n}", site_id=site.id))
                 for n in range(4)]
    for w in workshops:
        items = []
        for k in range(rng.randint(0, 3) if w is not workshops[0] else 2):
            stage = rng.choice(["commissioned", "commissioned", "installed"])
            if w is workshops[0]:  # one is certainly commissioned
                stage = "commissioned"
            on = date(rng.choice(YEARS), rng.randint(1, 12), 10) if stage == "commissioned" \
                else None
            services.sites.save_item(ItemData(f"Станок {k}", stage=stage, commissioned_on=on,
                                              workshop_id=w.id, unit_price=Decimal(1000)))
            items.append((stage, on))
        made.workshops.append(items)
    cats = ("teacher", "master", "methodologist", "industry", "management")
    for n in range(20):
        cat = cats[n % 5]
        end = date(rng.choice(YEARS), rng.randint(1, 12), 15)
        cert = rng.choice(["", f"УД-{n}"])
        services.training.save_training(TrainingData(
            f"Слушатель {n}", cat, "ДПП ПК", 252 if cat == "industry" else 144,
            starts_on=date(end.year, 1, 10), ends_on=end, certificate_no=cert))
        made.trainings.append((cat, end, cert))
    for year in YEARS:
        for code in ("15.02.16", "15.01.05"):
            planned = rng.randint(25, 75)
            admitted = rng.randint(10, planned)
            targeted = rng.randint(0, admitted)
            graduates = rng.randint(10, 50)
            employed = rng.randint(0, graduates)
            services.training.save_admission(AdmissionData(
                year, code, "Профессия", places_planned=planned, admitted=admitted,
                targeted_contracts=targeted, graduates=graduates, employed=employed))
            made.admissions.append((year, planned, admitted, targeted, graduates, employed))
    for n in range(6):
        start = rng.choice([None, date(2023, 5, 1), date(2024, 9, 1), date(2025, 7, 1)])
        end = rng.choice([None, date(2024, 6, 30), date(2026, 1, 1)])
        if start and end and end < start:
            end = None
        services.network.save_agreement(AgreementData(
            made.org_ids[n], made.org_ids[n + 1], "Сетевая реализация программ",
            f"СД-{n}", signed_on=start, ends_on=end))
        made.agreements.append((start, end))
        services.network.save_shared_use(SharedUseData(
            "Мастерская сварки", made.org_ids[n], made.org_ids[n + 2], starts_on=start,
            ends_on=end))
        made.uses.append((start, end))
        services.network.save_expert(ExpertData(f"Эксперт {n}", "Сварка",
                                                organization_name="ООО «Завод»",
                                                since=start, until=end))
        made.experts.append((start, end))
    return made


def expected(made: Made, code: str, year: int):
    """The independent count of one metric in one year."""
    first, last = date(year, 1, 1), date(year, 12, 31)

    def member(role, joined, left):
        return (joined is None or joined <= last) and (left is None or left > last)

    def in_force(start, end):
        return (start is None or start <= last) and (end is None or end >= first)

    held = [(d, p) for d, st, p in made.events if st == "held" and d.year == year]
    trained = {"teachers_trained": ("teacher", "master", "methodologist"),
               "industry_retrained": ("industry",), "managers_trained": ("management",)}
    adm = [a for a in made.admissions if a[0] == year]
    by_role = {"colleges": "college", "employers": "employer", "schools": "school"}
    if code == "participants":
        return sum(member(*m) for m in made.memberships)
    if code in by_role:
        return sum(member(*m) for m in made.memberships if m[0] == by_role[code])
    if code == "events_held":
        return len(held)
    if code == "people_reached":
        return sum(p for _, p in held)
    if code == "grant_contracted":
        live = sum(a for d, a, st in made.contracts if d <= last and st != "terminated")
        return _pct(live, sum(made.lines))
    if code == "workshops_commissioned":
        return sum(1 for items in made.workshops if items and all(
            st == "commissioned" and (on is None or on <= last) for st, on in items))
    if code in trained:
        return sum(1 for cat, end, cert in made.trainings
                   if cat in trained[code] and cert and end.year == year)
    if code == "network_agreements":
        return sum(in_force(*a) for a in made.agreements)
    if code == "shared_use":
        return sum(in_force(*a) for a in made.uses)
    if code == "experts":
        return sum(in_force(*a) for a in made.experts)
    if code == "admission_filled":
        return _pct(sum(a[2] for a in adm), sum(a[1] for a in adm))
    if code == "targeted_contracts":
        return sum(a[3] for a in adm)
    if code == "employment":
        return _pct(sum(a[5] for a in adm), sum(a[4] for a in adm))
    raise AssertionError(code)


@pytest.mark.parametrize("seed", [7, 11])
def test_computed_indicators_match_an_independent_count(services, seed):
    made = fill(services, seed)
    services.indicators.save_programme(ProgrammeData("Программа", 2023, 2025))
    for code in METRICS:
        services.indicators.save_indicator(IndicatorData(METRICS[code].label, "ед.",
                                                         metric=code))
    seen = []
    for year in YEARS:
        rows = services.indicators.rows(year)
        got = {code: r.actual for r, code in zip(rows, METRICS, strict=True)}
        want = {code: expected(made, code, year) for code in METRICS}
        got = {k: (None if v is None else Decimal(v)) for k, v in got.items()}
        want = {k: (None if v is None else Decimal(v)) for k, v in want.items()}
        assert got == want, year
        seen.append(want)
    # the data is not trivial: each figure is non-zero in some year
    assert [c for c in METRICS if not any(w[c] for w in seen)] == []
    # the same figures through indicators(): every programme year filled in
    full = services.indicators.indicators()
    assert {y: full[4].values[y].actual for y in YEARS} == {
        y: Decimal(expected(made, "events_held", y)) for y in YEARS}


def test_manual_indicator_plan_actual_and_deviation(services):
    with pytest.raises(ValidationError) as err:
        services.indicators.save_programme(ProgrammeData("Программа", 2024, 2025))
    assert "year_to" in err.value.errors
    services.indicators.save_programme(ProgrammeData("Программа", 2024, 2027))
    manual = services.indicators.save_indicator(IndicatorData(
        "Доля выпускников, трудоустроенных в течение года", "%", "1.1", Decimal("55"), 2023,
        values={2024: ValueData(2024, "60", "57,5", "мониторинг трудоустройства",
                                date(2025, 2, 1))}))
    with pytest.raises(ValidationError) as err:  # an actual needs its source
        services.indicators.set_value(manual.id, ValueData(2025, 65, 70))
    assert "source" in err.value.errors
    computed = services.indicators.save_indicator(IndicatorData(
        "Мероприятия", "ед.", metric="events_held", values={2024: ValueData(2024, 10)}))
    with pytest.raises(ValidationError) as err:  # a computed actual is not typed in
        services.indicators.set_value(computed.id, ValueData(2024, 10, 3, "я"))
    assert "actual" in err.value.errors
    [m, c] = services.indicators.rows(2024)
    assert (m.target, m.actual, m.deviation, m.percent, m.behind) == (
        Decimal("60"), Decimal("57.5"), Decimal("-2.5"), Decimal("95.8"), True)
    assert (c.actual, c.deviation, c.computed, c.behind) == (0, -10, True, True)


def test_training_admission_and_network_checks(services):
    a = services.participants.create(OrganizationData("Колледж"))
    with pytest.raises(ValidationError) as err:
        services.training.save_training(TrainingData("Иванов", "teacher", "ДПП", 144,
                                                     certificate_no="1"))
    assert "ends_on" in err.value.errors
    with pytest.raises(ValidationError) as err:
        services.training.save_admission(AdmissionData(2025, "15.02.16", "Технолог",
                                                       graduates=10, employed=11))
    assert "employed" in err.value.errors
    saved = services.training.save_admission(AdmissionData(
        2025, "15.02.16", "Технолог", a.id, 50, 45, 20, 30, 24))
    assert (saved.filled_pct, saved.employed_pct, saved.college) == (
        Decimal("90.0"), Decimal("80.0"), "Колледж")
    with pytest.raises(ValidationError):  # the same profession, year and college twice
        services.training.save_admission(AdmissionData(2025, "15.02.16", "Технолог", a.id))
    with pytest.raises(ValidationError) as err:
        services.network.save_agreement(AgreementData(a.id, a.id, "Сетевое"))
    assert "party_b_id" in err.value.errors
