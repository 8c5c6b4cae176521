"""Event plans: templates, copies, approval, revisions; events and their results."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.services import Services
from app.services.errors import PermissionDenied, ValidationError
from app.services.event_codes import MANDATORY, VARIABLE, Audience, PlanKind
from app.services.event_data import EventData
from app.services.governance_codes import DecisionSubject
from app.services.participants import OrganizationData
from app.services.permissions import Actor, Role
from app.services.reach import BaselineData
from app.services.training import AdmissionData
from tests.council_decisions import council_decision

YEAR = date.today().year - 1  # a whole past year: every event of it may be marked held


def staff(services) -> Services:
    return Services(services.store, Actor("ivanova", Role.STAFF))


def event(plan_id, title="Профпробы для 8–9 классов", day=date(YEAR, 3, 12), **kw) -> EventData:
    return replace(EventData(plan_id=plan_id, title=title, starts_on=day,
                             section=MANDATORY, audiences=["grade_8_9"], planned_reach=100),
                   **kw)


def held(plan_id, day, reach, schools=(), enterprises=(), **kw) -> EventData:
    return event(plan_id, day=day, status="held", reach=reach, schools=list(schools),
                 enterprises=list(enterprises), **kw)


def test_template_gives_15_mandatory_and_14_variable_events(services):
    plan = services.events.create_plan(YEAR, PlanKind.EVENTS)
    rows = services.events.events(plan_id=plan.id)
    assert len(rows) == 29
    assert sum(r.section == MANDATORY for r in rows) == 15
    assert sum(r.section == VARIABLE for r in rows) == 14
    assert all(r.starts_on.year == YEAR and r.status == "planned" for r in rows)
    campaign = services.events.create_plan(YEAR, PlanKind.CAMPAIGN)
    assert campaign.events == 14
    assert services.events.create_plan(YEAR, PlanKind.ANNUAL, source="empty").events == 0


def test_copy_of_last_year_moves_dates_and_leaves_results_behind(services):
    old = services.events.create_plan(YEAR - 1, PlanKind.ANNUAL, source="empty")
    services.events.save_event(held(old.id, date(YEAR - 1, 2, 28), {"college": 40},
                                    schools=["Школа № 1"], title="Встреча с работодателем"))
    services.events.save_event(event(old.id, day=date(YEAR - 1, 9, 1), title="Ярмарка"))
    new = services.events.create_plan(YEAR, PlanKind.ANNUAL, source="copy", copy_from=old.id)
    rows = services.events.events(plan_id=new.id)
    assert [(r.title, r.starts_on, r.status, r.actual_reach) for r in rows] == [
        ("Встреча с работодателем", date(YEAR, 2, 28), "planned", 0),
        ("Ярмарка", date(YEAR, 9, 1), "planned", 0)]
    assert services.events.event(rows[0].id).schools == []


def test_an_approved_plan_refuses_silent_edits_and_keeps_the_revision(services):
    svc = staff(services)
    plan = svc.events.create_plan(YEAR, PlanKind.EVENTS, source="empty")
    first = svc.events.save_event(event(plan.id))
    svc.events.approve(plan.id, council_decision(services, DecisionSubject.PLAN, "7",
                                                 date(YEAR, 1, 20)))

    moved = replace(first, starts_on=date(YEAR, 3, 19))
    with pytest.raises(ValidationError) as refused:
        svc.events.save_event(moved)
    assert "reason" in refused.value.errors
    assert svc.events.event(first.id).starts_on == date(YEAR, 3, 12)  # nothing changed
    with pytest.raises(ValidationError):
        svc.events.save_event(event(plan.id, title="Новое мероприятие"))
    assert len(svc.events.events(plan_id=plan.id)) == 1

    saved = svc.events.save_event(moved, reason="Перенос по просьбе школ")
    assert saved.starts_on == date(YEAR, 3, 19)
    (revision,) = svc.events.revisions(plan.id)
    assert revision.number == 1 and revision.username == "ivanova"
    assert revision.why == "Перенос по просьбе школ"
    assert "12.03" in revision.what and "19.03" in revision.what
    assert svc.events.plan(plan.id).revision == 1

    # results are not plan changes: marking it held needs no reason, makes no revision
    svc.events.save_event(replace(saved, version=saved.version, status="held",
                                  reach={"grade_8_9": 90}))
    assert len(svc.events.revisions(plan.id)) == 1
    with pytest.raises(ValidationError):
        svc.events.delete_event(first.id)
    svc.events.delete_event(first.id, reason="Отменено решением совета")
    assert [r.number for r in svc.events.revisions(plan.id)] == [1, 2]
    with pytest.raises(ValidationError):
        svc.events.delete_plan(plan.id)  # an approved plan stays


def test_approval_needs_a_decision_about_a_plan_of_a_held_meeting(services):
    plan = services.events.create_plan(YEAR, PlanKind.CAMPAIGN)
    ahead = council_decision(services, DecisionSubject.PLAN, "9",
                             date.today() + timedelta(days=1))
    on_a_map = council_decision(services, DecisionSubject.CAREER_MAP, "1", date(YEAR, 1, 10))
    for wrong in (None, ahead, on_a_map):
        with pytest.raises(ValidationError) as e:
            services.events.approve(plan.id, wrong)
        assert set(e.value.errors) == {"decision_id"}
    assert services.events.plan(plan.id).status == "draft"
    good = council_decision(services, DecisionSubject.PLAN, "1", date(YEAR, 1, 10))
    empty = services.events.create_plan(YEAR, PlanKind.ANNUAL, source="empty")
    with pytest.raises(ValidationError) as e:
        services.events.approve(empty.id, good)
    assert set(e.value.errors) == {"status"}
    assert services.governance.decision(good).subject_id is None  # not bound: nothing done


def test_event_checks(services):
    plan = services.events.create_plan(YEAR, PlanKind.ANNUAL, source="empty")
    bad = [
        (dict(title=" "), "title"),
        (dict(starts_on=None), "starts_on"),
        (dict(ends_on=date(YEAR, 3, 1)), "ends_on"),
        (dict(status="cancelled"), "status_note"),
        (dict(status="held", starts_on=date.today() + timedelta(days=3)), "status"),
        (dict(reach={"grade_8_9": 10}), "reach"),  # planned, not held
        (dict(status="held", reach={"grade_8_9": -1}), "reach"),
        (dict(audiences=["martians"]), "audiences"),
        (dict(planned_reach=-5), "planned_reach"),
    ]
    for change, key in bad:
        with pytest.raises(ValidationError) as e:
            services.events.save_event(event(plan.id, **change))
        assert key in e.value.errors, change
    assert services.events.events(plan_id=plan.id) == []


def test_filters_overdue_status_audience_search_and_month(services):
    plan = services.events.create_plan(YEAR, PlanKind.ANNUAL, source="empty")
    today = date(YEAR, 6, 1)
    services.events.save_event(event(plan.id, title="Прошло, не отмечено", day=date(YEAR, 5, 1)))
    services.events.save_event(held(plan.id, date(YEAR, 5, 2), {"parents": 10},
                                    title="Прошло и проведено", audiences=["parents"]))
    services.events.save_event(event(plan.id, title="Впереди", day=date(YEAR, 7, 1),
                                     ends_on=date(YEAR, 7, 3)))
    titles = lambda rows: [r.title for r in rows]  # noqa: E731
    assert titles(services.events.events(overdue=True, today=today)) == ["Прошло, не отмечено"]
    assert titles(services.events.events(status="held")) == ["Прошло и проведено"]
    assert titles(services.events.events(audience="parents")) == ["Прошло и проведено"]
    assert titles(services.events.events(search="ВПЕРЕДИ")) == ["Впереди"]
    # a three-day event shows on a day it overlaps
    assert titles(services.events.events(date_from=date(YEAR, 7, 2),
                                         date_to=date(YEAR, 7, 2))) == ["Впереди"]


def test_schools_named_twice_are_kept_once_and_linked_to_a_participant(services):
    school = services.participants.create(OrganizationData(
        full_name="Муниципальное общеобразовательное учреждение «Школа № 5»",
        short_name="МОУ «Школа № 5»"))
    plan = services.events.create_plan(YEAR, PlanKind.ANNUAL, source="empty")
    saved = services.events.save_event(held(plan.id, date(YEAR, 4, 1), {"grade_6_7": 25},
                                            schools=["МОУ «Школа № 5»", "моу  «школа № 5»",
                                                     "Гимназия № 2", ""]))
    assert saved.schools == ["МОУ «Школа № 5»", "Гимназия № 2"]
    assert school.id is not None


def test_evidence_files_are_kept_and_given_back(services, tmp_path):
    plan = services.events.create_plan(YEAR, PlanKind.ANNUAL, source="empty")
    saved = services.events.save_event(event(plan.id))
    photo = tmp_path / "фото.jpg"
    photo.write_bytes(b"\xff\xd8photo")
    services.events.attach_file(saved.id, photo)
    ((file_id, name),) = services.events.files(saved.id)
    assert name == "фото.jpg"
    out = services.events.save_file(file_id, tmp_path / "out.jpg")
    assert out.read_bytes() == b"\xff\xd8photo"
    services.events.remove_file(file_id)
    assert services.events.files(saved.id) == []
    with pytest.raises(ValidationError):
        services.events.attach_file(saved.id, tmp_path / "нет.jpg")


def test_reach_against_the_four_targets_hand_computed(services):
    """Three held events in the first quarter, one planned and one cancelled (not counted).
    «Школа № 1» is in two events and counts once; «ПАО «Северсталь»» likewise."""
    plan = services.events.create_plan(YEAR, PlanKind.EVENTS, source="empty")
    svc = services.events
    svc.save_event(held(plan.id, date(YEAR, 1, 20),
                        {"grade_6_7": 120, "grade_8_9": 200, "parents": 50},
                        schools=["Школа № 1", "Школа № 2"], enterprises=["ПАО «Северсталь»"]))
    svc.save_event(held(plan.id, date(YEAR, 2, 10), {"grade_10_11": 80, "college": 600},
                        schools=["Школа № 1", "Лицей № 3"],
                        enterprises=["ПАО «Северсталь»", "АО «Апатит»"]))
    svc.save_event(held(plan.id, date(YEAR, 3, 5), {"college": 300, "teachers": 40},
                        schools=["Школа № 1"]))
    svc.save_event(event(plan.id, day=date(YEAR, 3, 20)))  # planned
    svc.save_event(event(plan.id, day=date(YEAR, 3, 25), status="cancelled",
                         status_note="Карантин", title="Отменено"))
    svc.save_event(held(plan.id, date(YEAR, 4, 2), {"grade_8_9": 999}, schools=["Школа № 9"]))
    services.reach.save_baseline(BaselineData(YEAR, pupils=1000, schools=8, students=1200,
                                              enterprises=4))
    # КЦП is the admission figures' (two professions: 300 + 200 places, 320 + 190 admitted)
    for code, planned, admitted in (("15.02.16", 300, 320), ("15.01.05", 200, 190)):
        services.training.save_admission(AdmissionData(YEAR, code, "Профессия " + code,
                                                       places_planned=planned,
                                                       admitted=admitted))

    q1 = services.reach.summary(date(YEAR, 1, 1), date(YEAR, 3, 31))
    assert (q1.events_total, q1.events_held) == (4, 3)
    assert q1.people[Audience.GRADE_6_7] == 120 and q1.people[Audience.COLLEGE] == 900
    assert q1.total_people == 120 + 200 + 50 + 80 + 600 + 300 + 40
    assert (q1.schools, q1.enterprises) == (3, 2)
    got = {t.code: (t.actual, t.base, t.percent, t.met) for t in q1.targets}
    assert got == {
        "pupils": (400, 1000, Decimal("40.0"), False),  # 120 + 200 + 80
        "schools": (3, 8, Decimal("37.5"), False),
        "students": (900, 1200, Decimal("75.0"), False),
        "enterprises": (2, 4, Decimal("50.0"), False),
        "admission": (510, 500, Decimal("102.0"), True),
    }
    assert [(m, n, people) for _, m, n, people in q1.by_month] == [
        (1, 1, 370), (2, 1, 680), (3, 1, 340)]

    year = services.reach.summary(date(YEAR, 1, 1), date(YEAR, 12, 31))
    pupils = next(t for t in year.targets if t.code == "pupils")
    assert pupils.actual == 1399 and pupils.percent == Decimal("139.9") and pupils.met
    assert year.schools == 4


def test_no_baseline_means_no_percentages(services):
    summary = services.reach.summary(date(YEAR, 1, 1), date(YEAR, 12, 31))
    assert all(t.percent is None and not t.met for t in summary.targets)
    with pytest.raises(ValidationError):
        services.reach.summary(date(YEAR, 2, 1), date(YEAR, 1, 1))
    with pytest.raises(ValidationError) as e:
        services.reach.save_baseline(BaselineData(YEAR, pupils=-1))
    assert "pupils" in e.value.errors


def test_council_reads_plans_but_cannot_change_them(services):
    plan = services.events.create_plan(YEAR, PlanKind.EVENTS)
    council = Services(services.store, Actor("совет", Role.COUNCIL))
    assert len(council.events.events(plan_id=plan.id)) == 29
    with pytest.raises(PermissionDenied):
        council.events.approve(plan.id, None)
    with pytest.raises(PermissionDenied):
        council.events.save_event(event(plan.id))


def test_evidence_links_stay_one_a_line(services):
    plan = services.events.create_plan(YEAR, PlanKind.ANNUAL, source="empty")
    saved = services.events.save_event(event(
        plan.id, evidence="  https://vk.com/wall-1_2 \n\nhttps://example.ru/новость  \n"))
    assert services.events.event(saved.id).evidence == (
        "https://vk.com/wall-1_2\nhttps://example.ru/новость")
    with pytest.raises(ValidationError) as e:
        services.events.save_event(event(plan.id, place="x" * 501))
    assert "place" in e.value.errors
