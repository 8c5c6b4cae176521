"""The demo's event plans: a year about half done whenever the demo is made."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.services import clock
from app.services.demo import events as demo_events
from app.services.event_codes import PlanKind

TODAY = date.today()
YEAR = TODAY.year


def held_share(services, year: int) -> float:
    plans = services.events.plans(year)
    return sum(p.held for p in plans) / sum(p.events for p in plans)


def test_three_approved_plans_about_half_held(demo):
    plans = {p.kind: p for p in demo.events.plans(YEAR)}
    assert {k: p.events for k, p in plans.items()} == {
        PlanKind.ANNUAL: 12, PlanKind.EVENTS: 29, PlanKind.CAMPAIGN: 14}
    assert all(p.approved and p.approved_on.month == 1 and p.protocol_no for p in plans.values())
    # approved by decisions of the register's councils (their names as the register has them)
    assert plans[PlanKind.EVENTS].approved_by.startswith("Регионального наблюдательного совета")
    assert plans[PlanKind.ANNUAL].approved_by.startswith("Координационного совета")
    assert 0.35 <= held_share(demo, YEAR) <= 0.65

    rows = demo.events.events(date_from=date(YEAR, 1, 1), date_to=date(YEAR, 12, 31))
    assert all((r.status == "held") == (r.actual_reach > 0) for r in rows if r.planned_reach)
    assert all(r.starts_on <= TODAY for r in rows if r.status == "held")
    assert all(r.starts_on >= TODAY for r in rows if r.status == "planned" and not r.overdue(TODAY))
    assert [r.status for r in rows].count("cancelled") == 1
    assert [r.status for r in rows].count("moved") == 1
    assert demo.events.events(overdue=True) == []  # every past event held (or cancelled)
    # the demo went in through the ORM: every event is in the audit trail
    assert len(demo.audit.entries(table_name="event", action="create")) == len(rows)


def test_one_revision_says_what_moved_and_why(demo):
    revised = [p for p in demo.events.plans(YEAR) if p.revision]
    assert [(p.kind, p.revision) for p in revised] == [(PlanKind.EVENTS, 1)]
    (revision,) = demo.events.revisions(revised[0].id)
    assert "Дни карьеры" in revision.what and revision.why.startswith("По просьбе")
    moved = demo.events.events(status="moved")[0]
    assert moved.starts_on.strftime("%d.%m.%Y") in revision.what


def test_reach_against_the_targets(demo):
    summary = demo.reach.summary(date(YEAR, 1, 1), date(YEAR, 12, 31))
    assert summary.total_people > 1000
    assert all(summary.people[a] > 0 for a in ("grade_8_9", "grade_10_11", "parents",
                                               "college", "teachers"))
    assert summary.schools > 20 and summary.enterprises > 10
    targets = {t.code: t for t in summary.targets}
    assert all(targets[c].percent is not None and 0 < targets[c].percent < targets[c].goal
               for c in ("pupils", "schools", "students", "enterprises"))
    # КЦП is the admission figures' of the year, not a typed baseline
    planned = sum(a.places_planned for a in demo.training.admissions(YEAR))
    admitted = sum(a.admitted for a in demo.training.admissions(YEAR))
    assert (targets["admission"].base, targets["admission"].actual) == (planned, admitted)
    assert planned > 0 and summary.annual.events_held > 0  # the annual plan is apart
    held = demo.events.event(next(r.id for r in demo.events.events(status="held")
                                  if r.title.startswith("Дни открытых дверей")))
    assert held.schools and held.evidence.startswith("https://")
    assert all(1 <= n <= 2_000 for n in held.reach.values())


def test_ambassador_teams_with_their_events(demo):
    teams = demo.ambassadors.teams()
    assert len(teams) == 3
    assert all(4 <= len(t.members) <= 7 and t.curator and t.college for t in teams)
    assert all(t.events >= 1 for t in teams)


@pytest.mark.parametrize("day", [(1, 1), (1, 2), (2, 20), (6, 30), (9, 15), (11, 25), (12, 31)])
def test_about_half_held_whatever_the_day(services, day):
    today = date(YEAR, *day)
    clock.set_now(datetime(YEAR, *day, 12, 0, tzinfo=UTC))  # the whole demo seeds on that day
    try:
        services.demo.seed()
    finally:
        clock.set_now(None)
    assert 0.35 <= held_share(services, YEAR) <= 0.65
    rows = services.events.events()
    assert all(r.starts_on.year == YEAR and (r.ends_on or r.starts_on).year == YEAR
               for r in rows)
    assert all(r.last_day <= today for r in rows if r.status == "held")
    assert services.events.events(overdue=True, today=today) == []


def test_spread_keeps_the_order_and_the_year():
    nominal = [date(YEAR, 1, 1) + timedelta(days=7 * n) for n in range(52)]
    for today in (date(YEAR, 1, 1), date(YEAR, 3, 3), date(YEAR, 7, 1), date(YEAR, 12, 31)):
        out = demo_events.spread(nominal, today)
        days = [d for d, _ in out]
        assert days == sorted(days) and days[0].year == days[-1].year == YEAR
        assert all(d <= today for d, past in out if past)
        assert all(d > today for d, past in out if not past) or today == date(YEAR, 12, 31)
        assert 0.44 <= sum(past for _, past in out) / len(out) <= 0.66
