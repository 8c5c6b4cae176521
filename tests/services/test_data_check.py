"""The data check (issue 17, item 9): each declared rule finds the contradiction built for it
and stays silent on the clean case next to it; the command line prints one line each."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.bootstrap import main
from app.models import (
    Acceptance,
    BudgetLine,
    CareerMap,
    ChecklistTemplate,
    Contract,
    EventPlan,
    EventReach,
    Finding,
    FundingSource,
    InfraItem,
    Inspection,
    InspectionWorkshop,
    Membership,
    MonitoringSubmission,
    Organization,
    Payment,
    Procurement,
    Site,
    Workshop,
)
from app.models import Event as EventRow
from app.services import Services, clock
from app.services.cluster import current_cluster
from app.services.data_rules import load
from app.services.data_rules.monitoring import DUE_DAY, due_on
from app.services.permissions import Actor, Role

TODAY = date(2026, 12, 7)


@pytest.fixture
def today():
    """The services' clock fixed on TODAY, and the real clock back afterwards."""
    clock.set_now(datetime(2026, 12, 7, 12, 0, tzinfo=UTC))
    yield TODAY
    clock.set_now(None)


def found(services: Services, rule_id: str, today: date = TODAY) -> list:
    result = services.data_check.run(today)
    return [c for c in result.contradictions if c.rule_id == rule_id]


class Build:
    """Records written straight to the database: the contradictions the services refuse
    to enter have to be put there the way an import or an older version would."""

    def __init__(self, services: Services):
        self.sessions = services.store.sessions

    def add(self, *rows):
        with self.sessions.begin() as s:
            for row in rows:
                s.add(row)
                s.flush()
        return rows[0].id if len(rows) == 1 else [r.id for r in rows]

    def cluster(self) -> uuid.UUID:
        with self.sessions.begin() as s:
            return current_cluster(s).id

    def organization(self, name="ООО «Поставщик»") -> uuid.UUID:
        return self.add(Organization(full_name=name, short_name=name))

    def line(self, planned="1000000.00") -> uuid.UUID:
        source = self.add(FundingSource(cluster_id=self.cluster(), kind="federal_grant",
                                        name="Грант", year=2026, amount=Decimal("5000000.00")))
        return self.add(BudgetLine(source_id=source, category="equipment",
                                   name="Оборудование: сварка", planned=Decimal(planned)))

    def contract(self, amount="900000.00", line=None, signed=date(2026, 3, 1), **kw) -> uuid.UUID:
        return self.add(Contract(line_id=line or self.line(), number="03/ЭА-2026",
                                 signed_on=signed, supplier_id=self.organization(),
                                 amount=Decimal(amount), **kw))

    def payment(self, contract, amount, paid=date(2026, 4, 1), reason=""):
        return self.add(Payment(contract_id=contract, paid_on=paid, amount=Decimal(amount),
                                order_no="17", over_reason=reason))

    def acceptance(self, contract, amount, accepted=date(2026, 4, 1)):
        return self.add(Acceptance(contract_id=contract, document_no="УПД № 1",
                                   accepted_on=accepted, amount=Decimal(amount)))

    def event(self, starts, planned=30, status="planned", people=0) -> uuid.UUID:
        plan = self.add(EventPlan(cluster_id=self.cluster(), year=starts.year, kind="events",
                                  title="План мероприятий"))
        event = self.add(EventRow(plan_id=plan, title="Стажировки педагогов школ",
                                  starts_on=starts, planned_reach=planned, status=status))
        if people:
            self.add(EventReach(event_id=event, audience="teachers", people=people))
        return event

    def member(self, agreement_no="", agreement_date=None, left_on=None,
               joined_on=date(2024, 3, 1)) -> uuid.UUID:
        org = self.organization("АО «Вологодский станкозавод»")
        self.add(Membership(cluster_id=self.cluster(), organization_id=org, role="employer",
                            joined_on=joined_on, agreement_no=agreement_no,
                            agreement_date=agreement_date, left_on=left_on))
        return org

    def site(self, items: int = 1) -> tuple[uuid.UUID, uuid.UUID]:
        site = self.add(Site(cluster_id=self.cluster(), name="Площадка ЧМК"))
        workshop = self.add(Workshop(site_id=site, name="Сварочные технологии"))
        for n in range(items):
            self.add(InfraItem(workshop_id=workshop, position=n, category="equipment",
                               name=f"Сварочный аппарат {n + 1}"))
        return site, workshop

    def inspection(self, kind="brandbook", items=1, workshop=True) -> uuid.UUID:
        site, shop = self.site(items)
        template = self.add(ChecklistTemplate(code=f"{kind}:{uuid.uuid4()}", kind=kind,
                                              title="Чек-лист"))
        inspection = self.add(Inspection(site_id=site, template_id=template,
                                         title="Проверка оснащения",
                                         planned_on=date(2026, 11, 10)))
        if workshop:
            self.add(InspectionWorkshop(inspection_id=inspection, workshop_id=shop))
        return inspection

    def finding(self, due, status="open") -> uuid.UUID:
        return self.add(Finding(inspection_id=self.inspection(), text="Нет огнетушителя",
                                due_on=due, status=status))


@pytest.fixture
def build(services) -> Build:
    return Build(services)


# --- the registry ----------------------------------------------------------------------------
def test_every_rule_is_declared_once_with_a_title_and_an_explanation():
    rules = load()
    assert len({r.id for r in rules}) == len(rules) >= 13
    assert all(r.title and len(r.explanation) > 40 for r in rules)
    assert "approval.without_decision" in {r.id for r in rules}  # approvals are links now


def test_an_empty_database_has_no_contradictions_and_lists_every_rule(services):
    result = services.data_check.run(TODAY)
    assert result.ok and result.contradictions == []
    assert list(result.by_rule()) == [r.id for r in load()]
    assert set(result.by_rule().values()) == {0}


def test_anyone_who_can_view_runs_it(services, build):
    build.payment(build.contract("100.00"), "150.00")
    council = Services(services.store, Actor("член совета", Role.COUNCIL))
    assert "contract.paid_over" in {c.rule_id for c in council.data_check.run(TODAY)
                                    .contradictions}


# --- the procurement chain -------------------------------------------------------------------
def test_acceptance_over_the_contract_is_found(services, build):
    contract = build.contract("900000.00")
    build.acceptance(contract, "600000.00")
    build.acceptance(contract, "300000.01")
    [hit] = found(services, "contract.accepted_over")
    assert (hit.section, hit.record_id) == ("grants", contract)
    assert "03/ЭА-2026" in hit.record and "900" in hit.detail


def test_acceptance_up_to_the_contract_is_clean(services, build):
    contract = build.contract("900000.00")
    build.acceptance(contract, "600000.00")
    build.acceptance(contract, "300000.00")
    assert found(services, "contract.accepted_over") == []


def test_payment_over_the_contract_is_found(services, build):
    contract = build.contract("900000.00")
    build.payment(contract, "900000.00")
    build.payment(contract, "0.01")
    [hit] = found(services, "contract.paid_over")
    assert hit.record_id == contract


def test_payment_over_the_contract_with_its_reason_recorded_is_clean(services, build):
    paid_in_full = build.contract("900000.00")
    build.payment(paid_in_full, "900000.00")
    explained = build.contract("100.00")
    build.payment(explained, "150.00", reason="Дополнительное соглашение № 1")
    assert found(services, "contract.paid_over") == []


def test_contracts_over_their_budget_line_are_found(services, build):
    line = build.line("1000000.00")
    build.contract("700000.00", line=line)
    build.contract("300000.01", line=line)
    [hit] = found(services, "line.contracted_over")
    assert (hit.section, hit.record_id) == ("grants", line)
    assert "сварка" in hit.record


def test_contracts_within_the_line_or_explained_or_terminated_are_clean(services, build):
    within = build.line("1000000.00")
    build.contract("1000000.00", line=within)
    explained = build.line("1000000.00")
    build.contract("1200000.00", line=explained, over_reason="Допсоглашение, протокол № 7")
    terminated = build.line("1000000.00")
    build.contract("900000.00", line=terminated, status="terminated")
    build.contract("900000.00", line=terminated)
    assert found(services, "line.contracted_over") == []


def test_a_contract_past_its_delivery_date_is_found(services, build):
    contract = build.contract("900000.00", delivery_due=date(2026, 4, 9))
    build.acceptance(contract, "100000.00")
    [hit] = found(services, "contract.delivery_overdue")
    assert hit.record_id == contract and "09.04.2026" in hit.detail


def test_a_contract_delivered_in_time_or_fulfilled_is_clean(services, build):
    accepted = build.contract("900000.00", delivery_due=date(2026, 4, 9))
    build.acceptance(accepted, "900000.00")
    build.contract("900000.00", delivery_due=date(2026, 4, 9), status="fulfilled")
    build.contract("900000.00", delivery_due=TODAY)  # due today: not late yet
    assert found(services, "contract.delivery_overdue") == []


def test_payment_or_acceptance_before_its_contract_is_found(services, build):
    contract = build.contract(signed=date(2026, 3, 1))
    build.payment(contract, "100.00", paid=date(2026, 2, 27))
    build.acceptance(contract, "100.00", accepted=date(2026, 2, 28))
    hits = found(services, "contract.money_before_signed")
    assert [h.record_id for h in hits] == [contract, contract]
    assert "27.02.2026" in hits[0].detail and "28.02.2026" in hits[1].detail


def test_payment_and_acceptance_on_or_after_the_contract_are_clean(services, build):
    contract = build.contract(signed=date(2026, 3, 1))
    build.payment(contract, "100.00", paid=date(2026, 3, 1))
    build.acceptance(contract, "100.00", accepted=date(2026, 3, 2))
    assert found(services, "contract.money_before_signed") == []


def _procedure(build, line, summed_up_on):
    return build.add(Procurement(line_id=line, subject="Поставка сварочного оборудования",
                                 method="auction_44", summed_up_on=summed_up_on,
                                 status="summed_up"))


def test_a_contract_signed_before_its_procedure_ended_is_found(services, build):
    line = build.line()
    procedure = _procedure(build, line, date(2026, 3, 10))
    contract = build.contract(line=line, signed=date(2026, 3, 1), procurement_id=procedure)
    [hit] = found(services, "contract.before_procedure")
    assert hit.record_id == contract and "10.03.2026" in hit.detail


def test_a_contract_signed_after_its_procedure_is_clean(services, build):
    line = build.line()
    procedure = _procedure(build, line, date(2026, 3, 10))
    build.contract(line=line, signed=date(2026, 3, 22), procurement_id=procedure)
    single = _procedure(build, line, None)  # a single supplier: nothing summed up
    build.contract(line=line, signed=date(2026, 3, 22), procurement_id=single)
    assert found(services, "contract.before_procedure") == []


# --- the monthly monitoring form -------------------------------------------------------------
def test_a_monthly_form_not_submitted_by_its_due_day_is_found(services, build):
    build.contract(signed=date(2026, 10, 20))
    hits = found(services, "monitoring.not_submitted")
    # October was due by 5 November; November is due by 5 December, also past on 7 December
    assert [h.record[-7:] for h in hits] == ["10.2026", "11.2026"]
    assert all(h.section == "grants" and h.record_id is None for h in hits)
    assert due_on(date(2026, 11, 1)) == date(2026, 12, DUE_DAY)
    # on the due day itself the form is not late yet
    assert len(found(services, "monitoring.not_submitted", date(2026, 12, DUE_DAY))) == 1


def test_monthly_forms_submitted_are_clean(services, build):
    build.contract(signed=date(2026, 10, 20))
    cluster = build.cluster()
    for month in (date(2026, 10, 1), date(2026, 11, 1)):
        build.add(MonitoringSubmission(cluster_id=cluster, month=month, snapshot="{}",
                                       submitted_at=datetime(2026, 12, 1, tzinfo=UTC)))
    assert found(services, "monitoring.not_submitted") == []


# --- events ----------------------------------------------------------------------------------
def test_an_event_past_its_date_without_reach_is_found(services, build):
    event = build.event(date(2026, 10, 28), planned=30, status="held")
    [hit] = found(services, "event.no_reach")
    assert (hit.section, hit.record_id) == ("events", event)
    assert "28.10.2026" in hit.record


def test_events_with_reach_ahead_cancelled_or_planning_nobody_are_clean(services, build):
    build.event(date(2026, 10, 28), planned=30, status="held", people=27)
    build.event(date(2026, 12, 20), planned=30)
    build.event(date(2026, 10, 28), planned=30, status="cancelled")
    build.event(date(2026, 2, 4), planned=0, status="held")  # a publication: no people planned
    assert found(services, "event.no_reach") == []


def test_an_event_marked_held_before_its_date_is_found(services, build):
    event = build.event(date(2026, 12, 20), status="held")
    [hit] = found(services, "event.held_in_future")
    assert hit.record_id == event


def test_an_event_held_on_its_day_is_clean(services, build):
    build.event(TODAY, status="held", people=5)
    build.event(date(2026, 12, 20))
    assert found(services, "event.held_in_future") == []


# --- members ---------------------------------------------------------------------------------
def test_a_member_without_a_partnership_agreement_is_found(services, build):
    no_number = build.member(agreement_no="", agreement_date=date(2024, 3, 1))
    no_date = build.member(agreement_no="17-П", agreement_date=None)
    hits = found(services, "member.no_agreement")
    assert sorted(h.record_id for h in hits) == sorted([no_number, no_date])
    assert all(h.section == "participants" for h in hits)


def test_members_with_agreements_and_former_members_are_clean(services, build):
    build.member(agreement_no="17-П", agreement_date=date(2024, 3, 1))
    build.member(left_on=date(2025, 6, 30))  # left: no longer a member
    build.organization("ООО «Поставщик без членства»")  # a counterparty, not a member
    assert found(services, "member.no_agreement") == []


def test_overlapping_membership_periods_are_found(services, build):
    """Saved before the participants' form refused them (an import, an older version): the
    organization would be counted twice on the shared days."""
    org = build.member("1-П", date(2024, 3, 1), left_on=date(2025, 6, 1))
    build.add(Membership(cluster_id=build.cluster(), organization_id=org, role="college",
                         joined_on=date(2025, 1, 1), agreement_no="2-П",
                         agreement_date=date(2025, 1, 1)))
    [hit] = found(services, "member.overlapping_periods")
    assert hit.record_id == org and "01.01.2025" in hit.detail and "01.06.2025" in hit.detail


def test_one_membership_after_another_is_clean(services, build):
    org = build.member("1-П", date(2024, 3, 1), left_on=date(2025, 1, 1))
    build.add(Membership(cluster_id=build.cluster(), organization_id=org, role="college",
                         joined_on=date(2025, 1, 1), agreement_no="2-П",
                         agreement_date=date(2025, 1, 1)))
    assert found(services, "member.overlapping_periods") == []


def test_a_membership_that_ends_before_it_begins_is_found(services, build):
    org = build.member("1-П", date(2024, 3, 1), left_on=date(2024, 2, 1))
    [hit] = found(services, "member.left_before_joined")
    assert hit.record_id == org and "01.02.2024" in hit.detail


def test_a_membership_left_after_joining_is_clean(services, build):
    build.member("1-П", date(2024, 3, 1), left_on=date(2025, 2, 1))
    assert found(services, "member.left_before_joined") == []


# --- inspections -----------------------------------------------------------------------------
def test_a_finding_past_its_due_date_and_open_is_found(services, build):
    finding = build.finding(date(2026, 11, 26))
    [hit] = found(services, "finding.overdue")
    assert (hit.section, hit.record_id) == ("inspections", finding)
    assert "26.11.2026" in hit.detail and "Площадка ЧМК" in hit.record


def test_findings_closed_or_not_yet_due_are_clean(services, build):
    build.finding(date(2026, 11, 26), status="closed")
    build.finding(TODAY)
    build.finding(None)
    assert found(services, "finding.overdue") == []


def test_an_equipment_inspection_without_an_equipment_list_is_found(services, build):
    emptied = build.inspection(kind="equipment", items=0)
    nameless = build.inspection(kind="equipment", items=1, workshop=False)
    hits = found(services, "inspection.no_equipment_list")
    assert sorted(h.record_id for h in hits) == sorted([emptied, nameless])


def test_equipment_inspections_with_a_list_and_other_kinds_are_clean(services, build):
    build.inspection(kind="equipment", items=2)
    build.inspection(kind="brandbook", items=0, workshop=False)
    assert found(services, "inspection.no_equipment_list") == []


# --- approvals -------------------------------------------------------------------------------
def test_an_approval_without_number_or_date_is_found(services, build):
    cluster = build.cluster()
    plan = build.add(EventPlan(cluster_id=cluster, year=2026, kind="events", title="План",
                               status="approved", protocol_no="2", approved_on=None))
    career = build.add(CareerMap(cluster_id=cluster, code="15.01.05", profession="Сварщик",
                                 status="approved", protocol_no="", approved_on=date(2026, 1, 20)))
    ahead = build.add(EventPlan(cluster_id=cluster, year=2027, kind="events", title="План 2027",
                                status="approved", protocol_no="4",
                                approved_on=date(2027, 1, 20)))
    hits = found(services, "approval.undated")
    assert [(h.section, h.record_id) for h in hits] == [
        ("events", plan), ("events", ahead), ("career-maps", career)]


def test_approvals_with_number_and_date_and_drafts_are_clean(services, build):
    cluster = build.cluster()
    build.add(EventPlan(cluster_id=cluster, year=2026, kind="events", title="План",
                        status="approved", protocol_no="2", approved_on=date(2025, 1, 20)),
              EventPlan(cluster_id=cluster, year=2027, kind="events", title="Проект"),
              CareerMap(cluster_id=cluster, code="15.01.05", profession="Сварщик",
                        status="approved", protocol_no="2", approved_on=date(2025, 1, 20)))
    assert found(services, "approval.undated") == []


# --- the clock, the command line, the demo ---------------------------------------------------
def test_the_check_reads_today_from_the_services_clock(services, build, today):
    build.finding(date(2026, 12, 6))
    assert services.data_check.run().today == today
    assert len(services.data_check.run().contradictions) == 1
    clock.set_now(datetime(2026, 12, 6, 12, 0, tzinfo=UTC))
    assert services.data_check.run().ok  # due today: not overdue yet


def test_check_data_prints_one_line_each_and_fails(db_url, services, build, today, capsys):
    contract = build.contract("100.00", signed=date(2026, 12, 1))  # no form due yet
    build.payment(contract, "150.00", paid=date(2026, 12, 2))
    build.finding(date(2026, 11, 26))
    assert main(["--db", db_url, "check", "--data"]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 2
    for line, rule in zip(out, services.data_check.run().contradictions, strict=True):
        assert line == f"{rule.rule}: {rule.detail} — {rule.record}"
        assert ": " in line and " — " in line


def test_check_data_on_clean_data_passes(db_url, services, build, today, capsys):
    build.payment(build.contract("100.00", signed=date(2026, 12, 1)), "100.00",
                  paid=date(2026, 12, 2))
    assert main(["--db", db_url, "check", "--data"]) == 0
    said = capsys.readouterr()
    assert said.err == "" and len(said.out.strip().splitlines()) == 1  # only the verdict


def test_the_demo_is_checked_and_every_contradiction_links_to_its_record(demo, today):
    from app.views.main_window import SECTION_KEYS

    result = demo.data_check.run()
    counts = result.by_rule()
    print("demo contradictions per rule:", counts)  # the demo is cleaned by another item
    assert sum(counts.values()) == len(result.contradictions)
    for c in result.contradictions:
        assert c.section in SECTION_KEYS and c.record and c.detail
        assert c.record_id is not None or c.rule_id == "monitoring.not_submitted"


# --- an item and its contract ----------------------------------------------------------------
def _item(build, contract, **kw) -> uuid.UUID:
    _site, workshop = build.site(0)
    return build.add(InfraItem(workshop_id=workshop, position=1, category="equipment",
                               name="Сварочный полуавтомат", contract_id=contract, **kw))


def test_an_item_delivered_before_its_contract_is_found(services, build):
    contract = build.contract(signed=date(2025, 12, 7))
    build.acceptance(contract, "100000.00", accepted=date(2026, 1, 15))
    item = _item(build, contract, stage="delivered", delivered_on=date(2025, 5, 12))
    [hit] = found(services, "item.delivered_before_contract")
    assert hit.link.record_id == item and "12.05.2025" in hit.detail
    assert found(services, "item.delivered_not_accepted") == []


def test_an_item_delivered_after_its_accepted_contract_is_clean(services, build):
    contract = build.contract(signed=date(2025, 12, 7))
    build.acceptance(contract, "100000.00", accepted=date(2026, 1, 15))
    _item(build, contract, stage="delivered", delivered_on=date(2026, 1, 15))
    assert found(services, "item.delivered_before_contract") == []
    assert found(services, "item.delivered_not_accepted") == []


def test_an_item_delivered_with_nothing_accepted_is_found(services, build):
    contract = build.contract(signed=date(2025, 12, 7))
    item = _item(build, contract, stage="installed", delivered_on=date(2026, 2, 1),
                 installed_on=date(2026, 2, 5))
    [hit] = found(services, "item.delivered_not_accepted")
    assert hit.link.record_id == item and "03/ЭА-2026" in hit.detail
    ordered = _item(build, contract, stage="ordered", ordered_on=date(2026, 1, 10))
    assert ordered not in [h.link.record_id for h in found(services,
                                                          "item.delivered_not_accepted")]


def test_an_items_typed_contract_not_in_the_register_is_found(services, build):
    typed = _item(build, None, contract_text="ЭА-2025/17")
    _item(build, None)  # no contract at all (a gift in kind): nothing to say
    [hit] = found(services, "item.contract_not_in_register")
    assert hit.link.record_id == typed and "ЭА-2025/17" in hit.detail
