"""The governance register's records: councils, members, meetings and decisions as plain
dataclasses, made from their rows, and a decision's checks (app.services.governance saves
them; the protocols and the annual report read them)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from app.models import Council, CouncilMember, Decision
from app.services.base import translate
from app.services.errors import ValidationError
from app.services.governance_codes import (
    PARTICIPANT_SUBJECTS,
    DecisionStatus,
    DecisionSubject,
    MeetingForm,
    MemberPost,
)
from app.services.validation import check_field, optional_text, require_text


@dataclass
class CouncilData:
    kind: str
    name: str
    name_genitive: str = ""  # «Координационного совета …», for «протоколом заседания …»
    position: int = 0
    id: uuid.UUID | None = None
    version: int = 0
    members: int = 0
    meetings: int = 0


@dataclass
class MemberData:
    council_id: uuid.UUID
    full_name: str
    post: str = ""
    organization_id: uuid.UUID | None = None
    role: str = MemberPost.MEMBER.value
    joined_on: date | None = None
    left_on: date | None = None
    id: uuid.UUID | None = None
    version: int = 0
    organization: str = ""  # short name, for display

    def sits_on(self, day: date) -> bool:
        return ((self.joined_on is None or self.joined_on <= day)
                and (self.left_on is None or self.left_on >= day))


@dataclass
class MeetingData:
    council_id: uuid.UUID
    number: str
    held_on: date | None
    place: str = ""
    form: str = MeetingForm.IN_PERSON.value
    agenda: list[str] = field(default_factory=list)
    invited: list[str] = field(default_factory=list)
    attendance: dict[uuid.UUID, bool] = field(default_factory=dict)  # member id → present
    id: uuid.UUID | None = None
    version: int = 0


@dataclass(frozen=True)
class MeetingRow:
    id: uuid.UUID
    council_id: uuid.UUID
    council: str
    number: str
    held_on: date
    agenda_items: int
    present: int
    members: int  # those on the council that day
    decisions: int

    @property
    def quorum(self) -> bool:
        """More than half the members present."""
        return self.members > 0 and self.present * 2 > self.members


@dataclass
class DecisionData:
    meeting_id: uuid.UUID
    text: str
    position: int = 0
    agenda_item: int | None = None
    subject_kind: str = DecisionSubject.NONE.value
    organization_id: uuid.UUID | None = None
    subject_id: uuid.UUID | None = None
    responsible: str = ""
    responsible_org_id: uuid.UUID | None = None
    due_on: date | None = None
    status: str = DecisionStatus.OPEN.value
    done_on: date | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstained: int | None = None
    id: uuid.UUID | None = None
    version: int = 0


@dataclass(frozen=True)
class DecisionRow:
    id: uuid.UUID
    meeting_id: uuid.UUID
    council: str
    meeting_number: str
    held_on: date
    position: int
    text: str
    subject_kind: str
    organization: str
    responsible: str
    due_on: date | None
    status: str
    done_on: date | None

    def overdue(self, today: date) -> bool:
        return (self.due_on is not None and self.due_on < today
                and self.status in (DecisionStatus.OPEN, DecisionStatus.IN_PROGRESS))


def clean_lines(items) -> list[str]:
    return [" ".join(str(x).split()) for x in items if str(x).strip()]


def council_data(c: Council, members: int = 0, meetings: int = 0) -> CouncilData:
    return CouncilData(c.kind, c.name, c.name_genitive, c.position, c.id, c.version,
                       members, meetings)


def member_data(m: CouncilMember, orgs: dict) -> MemberData:
    return MemberData(m.council_id, m.full_name, m.post, m.organization_id, m.role,
                      m.joined_on, m.left_on, m.id, m.version, orgs.get(m.organization_id, ""))


def decision_data(d: Decision) -> DecisionData:
    return DecisionData(d.meeting_id, d.text, d.position, d.agenda_item, d.subject_kind,
                        d.organization_id, d.subject_id, d.responsible, d.responsible_org_id,
                        d.due_on, d.status, d.done_on, d.votes_for, d.votes_against,
                        d.votes_abstained, d.id, d.version)


def validate_decision(data: DecisionData, held_on: date) -> DecisionData:
    errors: dict[str, str] = {}
    text = check_field(errors, "text", require_text, data.text, 8000)
    responsible = check_field(errors, "responsible", optional_text, data.responsible, 300)
    if data.status not in set(DecisionStatus):
        errors["status"] = translate("Governance", "Choose the status.")
    elif data.status == DecisionStatus.DONE and data.done_on is None:
        errors["done_on"] = translate("Governance", "Give the date the decision was carried "
                                                    "out.")
    if data.due_on is not None and data.due_on < held_on:
        errors["due_on"] = translate("Governance", "The due date is before the meeting.")
    if data.subject_kind not in set(DecisionSubject):
        errors["subject_kind"] = translate("Governance", "Choose what the decision is about.")
    elif data.subject_kind in PARTICIPANT_SUBJECTS and data.organization_id is None:
        errors["organization_id"] = translate("Governance", "Choose the participant.")
    for key in ("votes_for", "votes_against", "votes_abstained"):
        value = getattr(data, key)
        if value is not None and not 0 <= int(value) <= 1000:
            errors[key] = translate("Governance", "A number of votes from 0 to 1,000.")
    if errors:
        raise ValidationError(errors)
    return replace(data, text=text, responsible=responsible)

