"""What event plans and events look like outside the service (app/services/events.py): the
records the views and reports get, the check of an event before it is saved, and the builders
that read them from the database."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Event, EventOrganization, EventPlan, EventReach
from app.services.approvals import Approval, approval_of
from app.services.base import translate
from app.services.errors import ValidationError
from app.services.event_codes import Audience, EventFormat, EventStatus, OrgKind
from app.services.governance_codes import DecisionSubject
from app.services.validation import check_field, optional_lines, optional_text, require_text

MAX_REACH = 10_000_000


@dataclass
class PlanData:
    year: int
    kind: str
    title: str = ""
    status: str = "draft"
    # read from the approving decision's meeting and council (app.services.approvals); for a
    # plan approved before the register, as typed then; never written from here
    approved_by: str = ""
    protocol_no: str = ""
    approved_on: date | None = None
    revision: int = 0
    id: uuid.UUID | None = None
    version: int = 0
    events: int = 0
    held: int = 0
    approval_decision_id: uuid.UUID | None = None

    @property
    def approved(self) -> bool:
        return self.status == "approved"


@dataclass
class RevisionData:
    number: int
    made_at: datetime
    username: str
    what: str
    why: str


@dataclass
class EventData:
    plan_id: uuid.UUID
    title: str
    starts_on: date | None
    section: str = ""
    kind: str = ""
    ends_on: date | None = None
    site_id: uuid.UUID | None = None
    place: str = ""
    format: str = EventFormat.IN_PERSON.value
    responsible_org_id: uuid.UUID | None = None
    responsible_person: str = ""
    audiences: list[str] = field(default_factory=list)
    planned_reach: int = 0
    status: str = EventStatus.PLANNED.value
    status_note: str = ""
    evidence: str = ""
    team_id: uuid.UUID | None = None
    reach: dict[str, int] = field(default_factory=dict)  # actual, per audience
    schools: list[str] = field(default_factory=list)
    enterprises: list[str] = field(default_factory=list)
    id: uuid.UUID | None = None
    version: int = 0
    position: int = 0

    @property
    def actual_reach(self) -> int:
        return sum(self.reach.values())


@dataclass(frozen=True)
class EventRow:
    """One line of an event list or a calendar day (columns, not ORM objects: fast)."""

    id: uuid.UUID
    plan_id: uuid.UUID
    year: int
    plan_kind: str
    position: int
    section: str
    title: str
    starts_on: date
    ends_on: date | None
    place: str
    responsible: str
    audiences: tuple[str, ...]
    planned_reach: int
    actual_reach: int
    status: str

    @property
    def last_day(self) -> date:
        return self.ends_on or self.starts_on

    def overdue(self, today: date) -> bool:
        """Its date has passed and it is not marked held (nor cancelled)."""
        return (self.status in (EventStatus.PLANNED, EventStatus.MOVED)
                and self.last_day < today)


def plan_data(s: Session, plan: EventPlan, counts: dict | None = None,
               known: dict | None = None) -> PlanData:
    events, held = (counts or {}).get(plan.id, (0, 0))
    stamp = approval_of(s, DecisionSubject.PLAN, plan, known) or Approval("", "", None)
    return PlanData(plan.year, plan.kind, plan.title, plan.status, stamp.council,
                    stamp.number, stamp.held_on, plan.revision, plan.id, plan.version,
                    events, held, plan.approval_decision_id)


def _names(lines) -> list[str]:
    """One organization a line; blank lines and repeats (ignoring case) dropped."""
    seen, out = set(), []
    for line in lines:
        name = " ".join(str(line).split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name[:500])
    return out


def validate_event(data: EventData, today: date) -> EventData:
    errors: dict[str, str] = {}
    title = check_field(errors, "title", require_text, data.title, 2000)
    if data.starts_on is None:
        errors["starts_on"] = translate("Events", "Give the date of the event.")
    elif data.ends_on is not None and data.ends_on < data.starts_on:
        errors["ends_on"] = translate("Events", "The event cannot end before it starts.")
    audiences = [a for a in data.audiences if a]
    unknown = [a for a in audiences if a not in set(Audience)]
    if unknown:
        errors["audiences"] = translate("Events", "Unknown audience: {code}.").format(
            code=unknown[0])
    if data.format not in set(EventFormat):
        errors["format"] = translate("Events", "Choose the format.")
    if data.status not in set(EventStatus):
        errors["status"] = translate("Events", "Choose the status.")
    elif data.status == EventStatus.CANCELLED and not data.status_note.strip():
        errors["status_note"] = translate("Events", "Say why the event was cancelled.")
    elif (data.status == EventStatus.HELD and data.starts_on is not None
          and data.starts_on > today):
        errors["status"] = translate("Events", "An event that has not started yet cannot be "
                                               "marked held.")
    if not 0 <= data.planned_reach <= MAX_REACH:
        errors["planned_reach"] = translate("Events", "Planned reach is a number of people "
                                                      "from 0 to 10,000,000.")
    reach = {}
    for code, people in data.reach.items():
        if code not in set(Audience):
            errors["reach"] = translate("Events", "Unknown audience: {code}.").format(code=code)
        elif not 0 <= int(people) <= MAX_REACH:
            errors["reach"] = translate("Events", "Reach is a number of people from 0 to "
                                                  "10,000,000.")
        elif people:
            reach[code] = int(people)
    if reach and data.status != EventStatus.HELD:
        errors["reach"] = translate("Events", "Actual reach is entered for a held event only.")
    kind = check_field(errors, "kind", optional_text, data.kind, 200)
    section = check_field(errors, "section", optional_text, data.section, 200)
    place = check_field(errors, "place", optional_text, data.place, 500)
    person = check_field(errors, "responsible_person", optional_text, data.responsible_person,
                         300)
    note = check_field(errors, "status_note", optional_lines, data.status_note, 4000)
    evidence = check_field(errors, "evidence", optional_lines, data.evidence, 4000)
    if errors:
        raise ValidationError(errors)
    return replace(
        data, title=title, kind=kind, section=section, place=place, responsible_person=person,
        status_note=note, evidence=evidence,
        audiences=sorted(set(audiences), key=list(Audience).index), reach=reach,
        schools=_names(data.schools), enterprises=_names(data.enterprises))


def event_data(s: Session, e: Event) -> EventData:
    """The event as the dialog edits it: its reach per audience, its schools and enterprises."""
    reach = dict(s.execute(select(EventReach.audience, EventReach.people)
                           .where(EventReach.event_id == e.id)).all())
    orgs = s.execute(select(EventOrganization.kind, EventOrganization.name)
                     .where(EventOrganization.event_id == e.id)
                     .order_by(EventOrganization.created_at, EventOrganization.name)).all()
    return EventData(
        e.plan_id, e.title, e.starts_on, e.section, e.kind, e.ends_on, e.site_id, e.place,
        e.format, e.responsible_org_id, e.responsible_person,
        [a for a in e.audiences.split(",") if a], e.planned_reach, e.status,
        e.status_note, e.evidence, e.team_id, reach,
        [n for k, n in orgs if k == OrgKind.SCHOOL], [n for k, n in orgs
                                                     if k == OrgKind.ENTERPRISE],
        e.id, e.version, e.position)
