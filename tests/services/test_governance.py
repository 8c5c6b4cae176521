"""Councils, meetings, decisions; the exclusion rule of seed 004 §5.3; approvals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.services.errors import NotFoundError, ValidationError
from app.services.governance_codes import CouncilKind, DecisionStatus, DecisionSubject, MemberPost
from app.services.governance_data import CouncilData, DecisionData, MeetingData, MemberData
from app.services.participants import (
    LeaveKind,
    MemberRole,
    MembershipData,
    OrganizationData,
)


def _org(services, name="ООО «Ромашка»", role=MemberRole.EMPLOYER):
    return services.participants.create(OrganizationData(
        full_name=name, memberships=[MembershipData(role.value, date(2024, 3, 1))]))


def _council(services):
    council = services.governance.save_council(CouncilData(
        CouncilKind.COORDINATION.value, "Координационный совет кластера",
        "Координационного совета кластера"))
    members = [services.governance.save_member(MemberData(council.id, name, role=role.value,
                                                          joined_on=date(2024, 1, 1)))
               for name, role in (("Иванов И. И.", MemberPost.CHAIR),
                                  ("Петрова П. П.", MemberPost.SECRETARY),
                                  ("Сидоров С. С.", MemberPost.MEMBER))]
    return council, members


def _meeting(services, council, members, number="3", held_on=date(2025, 5, 20)):
    return services.governance.save_meeting(MeetingData(
        council.id, number, held_on, "г. Вологда", agenda=["Об исключении участника", "Разное"],
        attendance={members[0].id: True, members[1].id: True, members[2].id: False}))


def _decision(services, meeting, kind=DecisionSubject.NONE, org_id=None, subject_id=None,
              text="Исключить участника"):
    return services.governance.save_decision(DecisionData(
        meeting.id, text, subject_kind=kind.value, organization_id=org_id,
        subject_id=subject_id, responsible="Петрова П. П.",
        due_on=services.governance.meeting(meeting.id).held_on))


def test_meeting_keeps_agenda_attendance_and_quorum(services):
    council, members = _council(services)
    meeting = _meeting(services, council, members)
    assert meeting.agenda == ["Об исключении участника", "Разное"]
    assert meeting.attendance[members[2].id] is False
    [row] = services.governance.meetings(council.id)
    assert (row.present, row.members, row.agenda_items, row.quorum) == (2, 3, 2, True)
    with pytest.raises(ValidationError) as err:
        _meeting(services, council, members)  # the same number again
    assert "number" in err.value.errors
    assert [c.members for c in services.governance.councils()] == [3]


def test_exclusion_without_a_decision_is_refused(services):
    org = _org(services)
    m = org.memberships[0]
    excluded = replace(m, left_on=date(2025, 6, 1), leave_reason="нарушение обязанностей",
                       leave_kind=LeaveKind.EXCLUSION.value)
    with pytest.raises(ValidationError) as err:
        services.participants.update(replace(org, memberships=[excluded]))
    assert "memberships[0].exclusion_decision_id" in err.value.errors
    # a free-text reason that says «исключён» is an exclusion too
    worded = replace(m, left_on=date(2025, 6, 1), leave_reason="Исключён из кластера")
    with pytest.raises(ValidationError):
        services.participants.update(replace(org, memberships=[worded]))
    # leaving of its own will needs no decision
    left = replace(m, left_on=date(2025, 6, 1), leave_reason="по собственному желанию",
                   leave_kind=LeaveKind.WITHDRAWAL.value)
    saved = services.participants.update(replace(org, memberships=[left]))
    assert saved.memberships[0].left_on == date(2025, 6, 1)


def test_exclusion_with_the_councils_decision(services):
    org = _org(services)
    other = _org(services, "ООО «Лютик»")
    council, members = _council(services)
    meeting = _meeting(services, council, members)
    wrong = _decision(services, meeting, DecisionSubject.EXCLUDE, other.id)
    decision = _decision(services, meeting, DecisionSubject.EXCLUDE, org.id)
    m = org.memberships[0]
    # a decision about another organization does not do
    bad = replace(m, left_on=date(2025, 6, 1), leave_reason="исключён",
                  leave_kind=LeaveKind.EXCLUSION.value, exclusion_decision_id=wrong.id)
    with pytest.raises(ValidationError):
        services.participants.update(replace(org, memberships=[bad]))
    # nor leaving before the meeting
    early = replace(bad, left_on=date(2025, 5, 1), exclusion_decision_id=decision.id)
    with pytest.raises(ValidationError):
        services.participants.update(replace(org, memberships=[early]))
    good = replace(bad, exclusion_decision_id=decision.id)
    saved = services.participants.update(replace(org, memberships=[good]))
    assert saved.memberships[0].exclusion_decision_id == decision.id
    assert saved.current_membership is None
    # the decision that excluded someone stays
    with pytest.raises(ValidationError):
        services.governance.delete_decision(decision.id)
    with pytest.raises(ValidationError):
        services.governance.delete_meeting(meeting.id)


def test_exclude_and_admit_through_the_decision(services):
    org = _org(services)
    council, members = _council(services)
    meeting = _meeting(services, council, members)
    plain = _decision(services, meeting)
    with pytest.raises(ValidationError):
        services.governance.exclude_participant(plain.id)
    decision = _decision(services, meeting, DecisionSubject.EXCLUDE, org.id)
    membership_id = services.governance.exclude_participant(decision.id)
    data = services.participants.get(org.id)
    [m] = data.memberships
    assert (m.id, m.left_on, m.leave_kind, m.exclusion_decision_id) == (
        membership_id, date(2025, 5, 20), "exclusion", decision.id)
    assert "№ 3" in m.leave_reason or "No. 3" in m.leave_reason
    assert services.governance.decision(decision.id).status == DecisionStatus.DONE
    # saving the organization again keeps the exclusion as it is
    services.participants.update(replace(data, phone="+7 000"))
    # and the decision can no longer change what it is about
    with pytest.raises(ValidationError):
        services.governance.save_decision(replace(
            services.governance.decision(decision.id), subject_kind=""))
    # admitted again by a later meeting
    later = _meeting(services, council, members, "4", date(2025, 9, 1))
    admit = _decision(services, later, DecisionSubject.ADMIT, org.id, text="Принять")
    new_id = services.governance.admit_participant(admit.id, MemberRole.EMPLOYER.value,
                                                   agreement_no="ОПЦ-2025/30")
    current = services.participants.get(org.id).current_membership
    assert (current.id, current.joined_on, current.admission_decision_id) == (
        new_id, date(2025, 9, 1), admit.id)


def test_decisions_link_to_what_they_approve(services):
    """Recording an approval in a meeting is carrying it out: one action, so the register
    and the record cannot disagree; what is printed comes from the meeting and council."""
    from app.services.event_data import EventData
    from tests.services.test_career_maps import sample

    council, members = _council(services)
    meeting = _meeting(services, council, members)
    plan = services.events.create_plan(2025, "annual", source="empty")
    with pytest.raises(ValidationError):  # an empty plan is not approved: nothing recorded
        _decision(services, meeting, DecisionSubject.PLAN, subject_id=plan.id,
                  text="Утвердить годовой план")
    assert services.governance.decisions(meeting_id=meeting.id) == []
    assert services.events.plan(plan.id).status == "draft"
    services.events.save_event(EventData(plan.id, "Заседание совета", date(2025, 6, 1)))
    decision = _decision(services, meeting, DecisionSubject.PLAN, subject_id=plan.id,
                         text="Утвердить годовой план")
    approved = services.events.plan(plan.id)
    assert (approved.status, approved.protocol_no, approved.approved_on, approved.approved_by,
            approved.approval_decision_id) == (
        "approved", "3", date(2025, 5, 20), "Координационного совета кластера", decision.id)
    services.governance.apply_decision(decision.id)  # already carried out: nothing changes
    # a career map sent to the council
    cmap = services.career_maps.save(sample())
    services.career_maps.send(cmap.id, services.career_maps.get(cmap.id).version)
    on_map = _decision(services, meeting, DecisionSubject.CAREER_MAP, subject_id=cmap.id,
                       text="Утвердить карьерную карту")
    assert services.career_maps.get(cmap.id).protocol_no == "3"
    assert services.governance.decision(on_map.id).status == DecisionStatus.DONE
    overdue = services.governance.decisions(overdue=True, today=date(2025, 7, 1))
    assert overdue == []  # both carried out
    with pytest.raises(NotFoundError):
        services.governance.decision(council.id)


def test_a_decision_that_approves_is_neither_deleted_nor_moved(services):
    from app.services.event_data import EventData

    council, members = _council(services)
    meeting = _meeting(services, council, members)
    plan = services.events.create_plan(2025, "annual", source="empty")
    services.events.save_event(EventData(plan.id, "Заседание совета", date(2025, 6, 1)))
    decision = _decision(services, meeting, DecisionSubject.PLAN, subject_id=plan.id,
                         text="Утвердить годовой план")
    with pytest.raises(ValidationError) as err:
        services.governance.delete_decision(decision.id)
    assert set(err.value.errors) == {"decision"}
    with pytest.raises(ValidationError):
        services.governance.delete_meeting(meeting.id)
    other = services.events.create_plan(2025, "events", source="empty")
    with pytest.raises(ValidationError):
        services.governance.save_decision(replace(services.governance.decision(decision.id),
                                                  subject_id=other.id))
    with pytest.raises(ValidationError):
        services.governance.save_decision(replace(services.governance.decision(decision.id),
                                                  status=DecisionStatus.CANCELLED.value))
    assert services.events.plan(plan.id).approval_decision_id == decision.id
    # the text may be corrected: the approval stays
    services.governance.save_decision(replace(services.governance.decision(decision.id),
                                              text="Утвердить годовой план работы"))
    assert services.events.plan(plan.id).protocol_no == "3"


def test_an_unbound_approval_is_chosen_by_the_record_and_bound_to_it(services):
    """A decision recorded before the record is named («утвердить план») is chosen in the
    record's approval; choosing binds it, and it is no longer offered for another record."""
    from app.services.event_data import EventData

    council, members = _council(services)
    meeting = _meeting(services, council, members)
    decision = _decision(services, meeting, DecisionSubject.PLAN, text="Утвердить план")
    first = services.events.create_plan(2025, "annual", source="empty")
    second = services.events.create_plan(2025, "events", source="empty")
    for plan in (first, second):
        services.events.save_event(EventData(plan.id, "Встреча", date(2025, 6, 1)))
    assert [c.id for c in services.events.approval_decisions(first.id)] == [decision.id]
    assert "20.05.2025" in services.events.approval_decisions(first.id)[0].label
    services.events.approve(first.id, decision.id)
    assert services.governance.decision(decision.id).subject_id == first.id
    assert services.events.approval_decisions(second.id) == []
    with pytest.raises(ValidationError) as err:
        services.events.approve(second.id, decision.id)
    assert set(err.value.errors) == {"decision_id"}
    assert services.events.plan(second.id).status == "draft"
