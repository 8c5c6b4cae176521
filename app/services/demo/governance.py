"""Demo data for councils, the programme and its indicators, staff training, admissions
and network cooperation.

``add_demo_governance(session, cluster_id, orgs, today)`` is meant to run at the end of
``DemoService.seed`` (after the participants, sites, grants, event plans and career maps
exist), in the same session::

    add_demo_governance(s, cluster.id, orgs)

It fills every part realistically for the demo cluster (programme 2024–2027):

* three councils with members; the coordination council meets every quarter since the
  programme began (agenda, attendance, decisions with the responsible and due dates, some
  overdue); its decisions admit the participants who joined later (their memberships keep
  the decision), exclude one employer (seed 004 §5.3: the membership ends by that
  decision), approve this year's annual plan; the regional supervisory council approves the
  programme, the workshops' design projects and equipment lists, the popularization plans
  (and, through ``approve_in_register``, the career maps): every approval in the demo is a
  decision of a recorded meeting, the records linked to it (app.services.approvals);
* the programme of activity; through demo/programme.py its 17 computed indicators and 4
  manual ones, targets for every year and manual actuals for the years gone by; about 60
  people trained (144 h, 252 h, management modules), admission and graduates per
  profession, college and year; network agreements, shared use and 24 experts.

All rows go through ``session.add`` (so they enter the audit log).  Deterministic for a
given ``today``."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Attendance,
    Council,
    CouncilMember,
    Decision,
    EventPlan,
    Meeting,
    Membership,
    Organization,
    Programme,
    Site,
    Workshop,
)
from app.services import clock
from app.services.approvals import approve
from app.services.demo.events import approval_days
from app.services.demo.programme import (
    add_demo_admissions,
    add_demo_indicators,
    add_demo_network,
    add_demo_training,
    person,
)
from app.services.demo.sites import DESIGN_AGREED, LIST_AGREED, agreed_workshops

AGENDA = ["О ходе реализации программы деятельности кластера",
          "О закупке и поставке оборудования для мастерских",
          "О мероприятиях программы популяризации",
          "О выполнении показателей результативности"]


def _schedule(start: date, today: date, january: dict[int, date]) -> list[tuple[str, date]]:
    """(protocol number, date): four meetings a year, numbered from 1 each year; the first
    one of a year on the day its annual plan was approved, if the plan is there."""
    out = []
    for year in range(start.year, today.year + 1):
        days = [january.get(year, date(year, 1, 20)), date(year, 4, 16), date(year, 7, 16),
                date(year, 10, 15)]
        days = [d for d in days if start <= d <= today]
        out += [(str(n), d) for n, d in enumerate(days, start=1)]
    return out


PROGRAMME_APPROVED = date(2024, 3, 21)
RNS_AGENDA = {
    "approve_programme": "Об утверждении программы деятельности кластера",
    "approve_design_project": "О согласовании дизайн-проектов мастерских",
    "approve_equipment_list": "О согласовании инфраструктурных листов мастерских",
    "approve_plan": "Об утверждении плана мероприятий и плана информационной кампании "
                    "популяризации",
    "approve_career_map": "Об утверждении карьерных карт выпускников",
}
RNS_NAME = ("Региональный наблюдательный совет Вологодской области",
            "Регионального наблюдательного совета Вологодской области")


def _supervisory_approvals(s: Session, cluster_id: uuid.UUID, programme: Programme | None,
                           today: date) -> list[tuple[date, str, list[tuple[uuid.UUID, str]]]]:
    """(day, subject, [(record, decision text)]) the regional council approves: the
    programme, the design projects and then the equipment lists the roadmap says were agreed,
    and this year's popularization plans."""
    agreed = agreed_workshops(s)
    out = [(DESIGN_AGREED, "approve_design_project",
            [(w.id, f"Согласовать дизайн-проект мастерской «{w.name}».") for w in agreed]),
           (LIST_AGREED, "approve_equipment_list",
            [(w.id, f"Согласовать инфраструктурный лист мастерской «{w.name}».")
             for w in agreed])]
    if programme is not None:
        out.append((PROGRAMME_APPROVED, "approve_programme", [
            (programme.id, f"Утвердить {programme.title[:1].lower() + programme.title[1:]}.")]))
    for plan in s.scalars(select(EventPlan).where(EventPlan.cluster_id == cluster_id,
                                                  EventPlan.kind != "annual")
                          .order_by(EventPlan.kind)):
        out.append((approval_days(plan.year, today)[plan.kind], "approve_plan",
                    [(plan.id, f"Утвердить {plan.title[:1].lower() + plan.title[1:]}.")]))
    return sorted(((day, kind, records) for day, kind, records in out
                   if records and day <= today), key=lambda x: x[0])


def _supervisory_meetings(s: Session, council: Council, seats: list, start: date,
                          today: date) -> None:
    """The regional council's meetings: twice a year, and on each day it approves something
    (numbered from 1 each year, as protocols are)."""
    agendas = {day: RNS_AGENDA["approve_career_map"]
               for _, day in _schedule(start, today, {})[1::2]}
    agendas[PROGRAMME_APPROVED] = RNS_AGENDA["approve_programme"]
    for day, kind, _ in _supervisory_approvals(s, council.cluster_id, None, today):
        agendas[day] = RNS_AGENDA[kind]
    numbers: dict[int, int] = {}
    for n, held_on in enumerate(sorted(d for d in agendas if d <= today), start=1):
        numbers[held_on.year] = numbers.get(held_on.year, 0) + 1
        meeting = Meeting(id=uuid.uuid4(), council_id=council.id,
                          number=str(numbers[held_on.year]), held_on=held_on,
                          place="г. Вологда, ул. Герцена, д. 2",
                          form="remote" if n % 2 else "in_person",
                          agenda=f"{agendas[held_on]}\nРазное")
        s.add(meeting)
        s.flush()
        for member in seats:
            s.add(Attendance(meeting_id=meeting.id, member_id=member.id, present=True))
        s.add(Decision(meeting_id=meeting.id, position=1, agenda_item=2,
                       text="Информацию принять к сведению.", status="done", done_on=held_on))
    s.flush()


def approve_in_register(s: Session, cluster_id: uuid.UUID, kind: str,
                        records: list[tuple[uuid.UUID, str]], on: date,
                        today: date) -> Meeting:
    """Approve demo records as a council does: decisions of the regional supervisory
    council's meeting held on ``on`` (or its latest before), the records linked to them.
    Without such a council or meeting (a test seeding only career maps) they are recorded."""
    council = s.scalars(select(Council).where(Council.cluster_id == cluster_id,
                                              Council.kind == "supervisory")).first()
    if council is None:
        council = Council(id=uuid.uuid4(), cluster_id=cluster_id, kind="supervisory",
                          name=RNS_NAME[0], name_genitive=RNS_NAME[1], position=2)
        s.add(council)
        s.flush()
    meeting = s.scalars(select(Meeting).where(Meeting.council_id == council.id,
                                              Meeting.held_on <= on)
                        .order_by(Meeting.held_on.desc())).first()
    if meeting is None:
        meeting = Meeting(id=uuid.uuid4(), council_id=council.id, number="1", held_on=on,
                          place="г. Вологда, ул. Герцена, д. 2",
                          agenda=f"{RNS_AGENDA[kind]}\nРазное")
        s.add(meeting)
        s.flush()
    position = s.scalar(select(func.max(Decision.position))
                        .where(Decision.meeting_id == meeting.id)) or 0
    for n, (record_id, text) in enumerate(records, start=position + 1):
        decision = Decision(id=uuid.uuid4(), meeting_id=meeting.id, position=n, agenda_item=1,
                            subject_kind=kind, text=text, status="open")
        s.add(decision)
        s.flush()
        approve(s, kind, record_id, decision.id, today)
    return meeting


def add_demo_governance(session: Session, cluster_id: uuid.UUID,
                        orgs: list[Organization] | None = None, today: date | None = None,
                        seed: int = 2026) -> None:
    today = today or clock.today()
    rng = random.Random(seed)
    s = session
    if orgs is None:
        orgs = list(s.scalars(select(Organization).order_by(Organization.created_at)))
    members = {m.organization_id: m for m in s.scalars(
        select(Membership).where(Membership.cluster_id == cluster_id))}
    colleges = [o for o in orgs if members.get(o.id) and members[o.id].role == "college"]
    employers = [o for o in orgs if members.get(o.id) and members[o.id].role == "employer"]
    start = date(2024, 3, 1)

    # ---- councils and members -----------------------------------------------------------
    councils = {}
    for position, (kind, name, genitive) in enumerate([
            ("coordination", "Координационный совет кластера",
             "Координационного совета кластера"),
            ("managing", "Управляющий совет образовательно-производственного центра",
             "Управляющего совета образовательно-производственного центра"),
            ("supervisory", "Региональный наблюдательный совет Вологодской области",
             "Регионального наблюдательного совета Вологодской области")]):
        council = Council(id=uuid.uuid4(), cluster_id=cluster_id, kind=kind, name=name,
                          name_genitive=genitive, position=position)
        s.add(council)
        councils[kind] = council
    s.flush()
    seats: dict[str, list[CouncilMember]] = {}
    for kind, council in councils.items():
        chosen = (orgs[18:19] + colleges[:3] + employers[:5]) if kind == "coordination" else (
            colleges[:2] + employers[:3] + orgs[18:19])
        seats[kind] = []
        for n, org in enumerate(chosen):
            contact = org.contacts[0] if org.contacts else None
            role = "chair" if n == 0 else "secretary" if n == 1 else "member"
            member = CouncilMember(id=uuid.uuid4(), council_id=council.id,
                                   full_name=contact.full_name if contact else person(rng),
                                   post=contact.post if contact else "", organization_id=org.id,
                                   role=role, joined_on=start)
            s.add(member)
            seats[kind].append(member)
    s.flush()

    # ---- meetings and decisions ---------------------------------------------------------
    coordination = councils["coordination"]
    late = [o for o in orgs if members.get(o.id) and members[o.id].joined_on
            and members[o.id].joined_on > start]
    excluded = employers[-2] if len(employers) > 2 else None
    plans = list(s.scalars(select(EventPlan).where(EventPlan.cluster_id == cluster_id,
                                                   EventPlan.kind == "annual")))
    workshops = list(s.scalars(select(Workshop).join(Site).where(Site.cluster_id == cluster_id)
                               .order_by(Workshop.name)))
    january = {p.year: approval_days(p.year, today)[p.kind] for p in plans}
    programme = Programme(id=uuid.uuid4(), cluster_id=cluster_id,
                          title="Программа деятельности образовательно-производственного "
                                "центра (кластера) машиностроения Вологодской области",
                          year_from=2024, year_to=2027)
    s.add(programme)
    for number, held_on in _schedule(start, today, january):
        meeting = Meeting(id=uuid.uuid4(), council_id=coordination.id, number=number,
                          held_on=held_on, place="г. Вологда, ул. Козленская, д. 8, "
                                                 "конференц-зал", agenda="\n".join(AGENDA))
        s.add(meeting)
        s.flush()
        for k, member in enumerate(seats["coordination"]):
            s.add(Attendance(meeting_id=meeting.id, member_id=member.id,
                             present=k < 2 or rng.random() < 0.8))
        decisions = []
        for item in range(1, len(AGENDA) + 1):
            due = held_on + timedelta(days=rng.choice([30, 45, 60, 90]))
            done = due < today - timedelta(days=20) or rng.random() < 0.3
            decisions.append(dict(
                agenda_item=item,
                text=["Принять к сведению информацию о ходе реализации программы; "
                      "руководителям колледжей обеспечить выполнение плана.",
                      "Обеспечить поставку и ввод в эксплуатацию оборудования в срок.",
                      "Провести профориентационные мероприятия для школьников 6–11 классов.",
                      "Представить отчёт о выполнении показателей результативности."][item - 1],
                responsible=seats["coordination"][min(item, 3)].full_name, due_on=due,
                status="done" if done else "in_progress" if rng.random() < 0.5 else "open",
                done_on=min(due, today) if done else None))
        if (held_on.year, number) == (2025, "1"):  # the later participants admitted
            for org in late:
                decisions.append(dict(
                    agenda_item=1, subject_kind="admit_participant", organization_id=org.id,
                    text=f"Принять {org.short_name or org.full_name} в состав участников "
                         "кластера.", status="done", done_on=held_on))
        if (held_on.year, number) == (2025, "2") and excluded is not None:
            decisions.append(dict(
                agenda_item=1, subject_kind="exclude_participant", organization_id=excluded.id,
                text=f"Исключить {excluded.short_name} из состава участников кластера в связи "
                     "с неисполнением обязательств по соглашению (п. 5.3 Положения).",
                status="done", done_on=held_on, votes_for=7, votes_against=0,
                votes_abstained=1))
        for plan in plans:
            if january.get(plan.year) == held_on:  # approved by this very protocol
                decisions.append(dict(
                    agenda_item=1, subject_kind="approve_plan", subject_id=plan.id,
                    text=f"Утвердить {plan.title[:1].lower() + plan.title[1:]}.",
                    status="done", done_on=held_on))
        for position, fields in enumerate(decisions, start=1):
            decision = Decision(id=uuid.uuid4(), meeting_id=meeting.id, position=position,
                                **fields)
            s.add(decision)
            s.flush()
            kind = fields.get("subject_kind")
            if kind == "admit_participant":
                members[fields["organization_id"]].admission_decision_id = decision.id
            elif kind == "approve_plan":
                approve(s, kind, fields["subject_id"], decision.id, today)
            elif kind == "exclude_participant":
                m = members[fields["organization_id"]]
                m.left_on, m.leave_kind = held_on + timedelta(days=1), "exclusion"
                m.leave_reason = (f"Исключён решением Координационного совета кластера, "
                                  f"протокол № {meeting.number} от {held_on:%d.%m.%Y}")
                m.exclusion_decision_id = decision.id
    _supervisory_meetings(s, councils["supervisory"], seats["supervisory"], start, today)
    for day, kind, records in _supervisory_approvals(s, cluster_id, programme, today):
        approve_in_register(s, cluster_id, kind, records, day, today)
    s.flush()
    add_demo_indicators(s, programme, rng, today)
    add_demo_training(s, cluster_id, colleges, employers, rng, today)
    add_demo_admissions(s, cluster_id, colleges, rng, today)
    add_demo_network(s, cluster_id, colleges, employers, workshops, rng, today)
    s.flush()
