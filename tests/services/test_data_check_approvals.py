"""The data check's rule ``approval.without_decision``: every record marked approved — a plan,
a career map, the programme of activity, a design project, an equipment list — with no
decision of a recorded council meeting linked, each with a link to it; records approved by
choosing a decision, and drafts, are clean."""

from __future__ import annotations

from datetime import date

from app.models import CareerMap, EventPlan, Programme, Site, Workshop
from app.models import Event as EventRow
from app.services.governance_codes import DecisionSubject
from tests.council_decisions import council_decision
from tests.services.test_data_check import Build, found
from tests.services.test_data_check import build as build  # noqa: F401 - a fixture
from tests.services.test_data_check import today as today  # noqa: F401 - a fixture

RULE = "approval.without_decision"


def test_approvals_without_a_decision_are_found_with_links(services, build: Build, today):  # noqa: F811
    cluster = build.cluster()
    plan = build.add(EventPlan(cluster_id=cluster, year=2026, kind="events", title="План",
                               status="approved", approved_by="Регионального совета",
                               protocol_no="2", approved_on=date(2026, 1, 28)))
    career = build.add(CareerMap(cluster_id=cluster, code="15.01.05", profession="Сварщик",
                                 status="approved", protocol_no="3",
                                 approved_on=date(2026, 11, 7)))
    programme = build.add(Programme(cluster_id=cluster, title="Программа деятельности",
                                    year_from=2024, year_to=2027, protocol_no="1",
                                    approved_on=date(2024, 3, 21)))
    site = build.add(Site(cluster_id=cluster, name="Площадка ЧМК"))
    workshop = build.add(Workshop(site_id=site, name="Сварочные технологии",
                                  design_approved_doc="Письмо № 17-05/1123",
                                  design_approved_on=date(2025, 2, 14),
                                  equipment_approved_by="Региональный наблюдательный совет",
                                  equipment_approved_doc="Протокол № 3"))
    hits = found(services, RULE)
    assert [(h.section, h.record_id) for h in hits] == [
        ("events", plan), ("career-maps", career), ("indicators", programme),
        ("sites", workshop), ("sites", workshop)]
    assert "Регионального совета" in hits[0].detail and "28.01.2026" in hits[0].detail
    assert "Письмо № 17-05/1123" in hits[3].detail


def test_approvals_by_a_decision_and_drafts_are_clean(services, build: Build, today):  # noqa: F811
    cluster = build.cluster()
    build.add(EventPlan(cluster_id=cluster, year=2027, kind="events", title="Проект"),
              CareerMap(cluster_id=cluster, code="15.01.05", profession="Сварщик",
                        status="sent"))
    plan = build.add(EventPlan(cluster_id=cluster, year=2026, kind="annual", title="План"))
    build.add(EventRow(plan_id=plan, title="Заседание", starts_on=date(2026, 2, 1)))
    site = build.add(Site(cluster_id=cluster, name="Площадка ЧМК"))
    workshop = build.add(Workshop(site_id=site, name="Сварочные технологии"))
    services.events.approve(plan, council_decision(services, DecisionSubject.PLAN, "1",
                                                   date(2026, 1, 20)))
    for kind in (DecisionSubject.DESIGN, DecisionSubject.EQUIPMENT):
        council_decision(services, kind, "2", date(2026, 3, 1), subject_id=workshop)
    assert found(services, RULE) == []
    assert found(services, "approval.undated") == []
