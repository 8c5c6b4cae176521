"""Councils, their members, meetings with attendance, decisions and what they decide.

Seed 004: the coordination council is the cluster's highest body (§4); it admits and
excludes participants (§5.3) and approves the annual plan (§6.2).  A decision about a
participant is carried out here (``admit_participant``, ``exclude_participant``) and the
membership keeps the decision; an approval links what it approves to the decision as it is
saved (``app.services.approvals``: one action, so register and record cannot disagree)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Attendance,
    Council,
    CouncilMember,
    Decision,
    Meeting,
    Membership,
    Organization,
)
from app.models.base import utcnow
from app.services import approvals, clock
from app.services.base import Service, conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import NotFoundError, ValidationError
from app.services.governance_codes import (
    APPROVALS,
    PARTICIPANT_SUBJECTS,
    CouncilKind,
    DecisionStatus,
    DecisionSubject,
    MeetingForm,
    MemberPost,
)
from app.services.participants import LeaveKind, MemberRole
from app.services.permissions import Permission, requires
from app.services.validation import check_field, optional_lines, optional_text, require_text


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


def _lines(items) -> list[str]:
    return [" ".join(str(x).split()) for x in items if str(x).strip()]


def _council_data(c: Council, members: int = 0, meetings: int = 0) -> CouncilData:
    return CouncilData(c.kind, c.name, c.name_genitive, c.position, c.id, c.version,
                       members, meetings)


def _member_data(m: CouncilMember, orgs: dict) -> MemberData:
    return MemberData(m.council_id, m.full_name, m.post, m.organization_id, m.role,
                      m.joined_on, m.left_on, m.id, m.version, orgs.get(m.organization_id, ""))


def _decision_data(d: Decision) -> DecisionData:
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


class GovernanceService(Service):
    # ---- councils ----------------------------------------------------------------------
    @requires(Permission.GOVERNANCE_READ)
    def councils(self) -> list[CouncilData]:
        with self._session() as s:
            cluster = current_cluster(s)
            members = dict(s.execute(select(CouncilMember.council_id, func.count())
                                     .where(CouncilMember.left_on.is_(None))
                                     .group_by(CouncilMember.council_id)).all())
            meetings = dict(s.execute(select(Meeting.council_id, func.count())
                                      .group_by(Meeting.council_id)).all())
            rows = s.scalars(select(Council).where(Council.cluster_id == cluster.id)
                             .order_by(Council.position, Council.name))
            return [_council_data(c, members.get(c.id, 0), meetings.get(c.id, 0))
                    for c in rows]

    @requires(Permission.GOVERNANCE_WRITE)
    def save_council(self, data: CouncilData) -> CouncilData:
        errors: dict[str, str] = {}
        name = check_field(errors, "name", require_text, data.name, 500)
        genitive = check_field(errors, "name_genitive", optional_text, data.name_genitive, 500)
        if data.kind not in set(CouncilKind):
            errors["kind"] = translate("Governance", "Choose the kind of council.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            if data.id is None:
                council = Council(cluster_id=current_cluster(s).id)
                s.add(council)
            else:
                council = self._get(s, Council, data.id)
                if council.version != data.version:
                    raise conflict_error()
            council.kind, council.name, council.name_genitive = data.kind, name, genitive
            council.position = data.position
            s.flush()
            return _council_data(council)

    @requires(Permission.GOVERNANCE_WRITE)
    def delete_council(self, council_id: uuid.UUID) -> None:
        with self._session() as s:
            council = self._get(s, Council, council_id)
            if s.scalar(select(func.count()).where(Meeting.council_id == council.id)):
                raise ValidationError({"council": translate(
                    "Governance", "The council has meetings on record and cannot be deleted.")})
            s.delete(council)

    # ---- members -----------------------------------------------------------------------
    @requires(Permission.GOVERNANCE_READ)
    def members(self, council_id: uuid.UUID, on: date | None = None) -> list[MemberData]:
        """The council's members (those on it on ``on``, if given): the chair first."""
        order = {p: i for i, p in enumerate(MemberPost)}
        with self._session() as s:
            orgs = dict(s.execute(select(Organization.id, Organization.short_name)).all())
            rows = [_member_data(m, orgs) for m in s.scalars(
                select(CouncilMember).where(CouncilMember.council_id == council_id))]
        if on is not None:
            rows = [m for m in rows if m.sits_on(on)]
        return sorted(rows, key=lambda m: (order.get(m.role, 9), m.full_name))

    @requires(Permission.GOVERNANCE_WRITE)
    def save_member(self, data: MemberData) -> MemberData:
        errors: dict[str, str] = {}
        name = check_field(errors, "full_name", require_text, data.full_name, 300)
        post = check_field(errors, "post", optional_text, data.post, 300)
        if data.role not in set(MemberPost):
            errors["role"] = translate("Governance", "Choose the member's role on the council.")
        if data.joined_on and data.left_on and data.left_on < data.joined_on:
            errors["left_on"] = translate("Governance", "The member left before joining.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            self._get(s, Council, data.council_id)
            if data.id is None:
                member = CouncilMember(council_id=data.council_id)
                s.add(member)
            else:
                member = self._get(s, CouncilMember, data.id)
                if member.version != data.version:
                    raise conflict_error()
            member.full_name, member.post, member.role = name, post, data.role
            member.organization_id = data.organization_id
            member.joined_on, member.left_on = data.joined_on, data.left_on
            s.flush()
            orgs = dict(s.execute(select(Organization.id, Organization.short_name)).all())
            return _member_data(member, orgs)

    @requires(Permission.GOVERNANCE_WRITE)
    def delete_member(self, member_id: uuid.UUID) -> None:
        """Remove a member entered by mistake (one who left gets a date of leaving)."""
        with self._session() as s:
            member = self._get(s, CouncilMember, member_id)
            if s.scalar(select(func.count()).where(Attendance.member_id == member.id)):
                raise ValidationError({"member": translate(
                    "Governance", "The member is in meeting protocols: give the date of "
                                  "leaving instead of deleting.")})
            s.delete(member)

    # ---- meetings ----------------------------------------------------------------------
    @requires(Permission.GOVERNANCE_READ)
    def meetings(self, council_id: uuid.UUID | None = None, year: int | None = None,
                 ) -> list[MeetingRow]:
        """Meetings, newest first, with attendance and the number of decisions."""
        with self._session() as s:
            cluster = current_cluster(s)
            query = (select(Meeting, Council.name).join(Council, Council.id == Meeting.council_id)
                     .where(Council.cluster_id == cluster.id)
                     .order_by(Meeting.held_on.desc(), Meeting.number))
            if council_id is not None:
                query = query.where(Meeting.council_id == council_id)
            if year is not None:
                query = query.where(Meeting.held_on >= date(year, 1, 1),
                                    Meeting.held_on <= date(year, 12, 31))
            meetings = s.execute(query).all()
            present = dict(s.execute(select(Attendance.meeting_id, func.count())
                                     .where(Attendance.present.is_(True))
                                     .group_by(Attendance.meeting_id)).all())
            decisions = dict(s.execute(select(Decision.meeting_id, func.count())
                                       .group_by(Decision.meeting_id)).all())
            members = s.execute(select(CouncilMember.council_id, CouncilMember.joined_on,
                                       CouncilMember.left_on)).all()
        out = []
        for m, council in meetings:
            sitting = sum(1 for cid, joined, left in members if cid == m.council_id
                          and (joined is None or joined <= m.held_on)
                          and (left is None or left >= m.held_on))
            out.append(MeetingRow(m.id, m.council_id, council, m.number, m.held_on,
                                  len(_lines(m.agenda.splitlines())), present.get(m.id, 0),
                                  sitting, decisions.get(m.id, 0)))
        return out

    @requires(Permission.GOVERNANCE_READ)
    def meeting(self, meeting_id: uuid.UUID) -> MeetingData:
        with self._session() as s:
            return self._meeting_data(s, self._get(s, Meeting, meeting_id))

    @requires(Permission.GOVERNANCE_WRITE)
    def save_meeting(self, data: MeetingData) -> MeetingData:
        """Save a meeting; ``attendance`` names the members present (True) and absent
        (False); a member not named is not recorded."""
        errors: dict[str, str] = {}
        number = check_field(errors, "number", require_text, data.number, 50)
        place = check_field(errors, "place", optional_text, data.place, 500)
        if data.held_on is None:
            errors["held_on"] = translate("Governance", "Give the date of the meeting.")
        if data.form not in set(MeetingForm):
            errors["form"] = translate("Governance", "Choose the form of the meeting.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            self._get(s, Council, data.council_id)
            year = data.held_on.year
            same = select(Meeting.id).where(
                Meeting.council_id == data.council_id, Meeting.number == number,
                Meeting.held_on >= date(year, 1, 1), Meeting.held_on <= date(year, 12, 31))
            if data.id is not None:
                same = same.where(Meeting.id != data.id)
            if s.scalar(same) is not None:
                raise ValidationError({"number": translate(
                    "Governance", "The council already has a meeting No. {number} in {year}.")
                    .format(number=number, year=year)})
            if data.id is None:
                meeting = Meeting(id=uuid.uuid4(), council_id=data.council_id)
                s.add(meeting)
            else:
                meeting = self._get(s, Meeting, data.id)
                if meeting.version != data.version:
                    raise conflict_error()
            meeting.number, meeting.held_on, meeting.place = number, data.held_on, place
            meeting.form = data.form
            meeting.agenda = optional_lines("\n".join(_lines(data.agenda)), 20000)
            meeting.invited = optional_lines("\n".join(_lines(data.invited)), 8000)
            meeting.updated_at = utcnow()  # attendance alone changes the protocol too
            s.flush()
            self._write_attendance(s, meeting, data.attendance)
            s.flush()
            return self._meeting_data(s, meeting)

    @requires(Permission.GOVERNANCE_WRITE)
    def delete_meeting(self, meeting_id: uuid.UUID) -> None:
        with self._session() as s:
            meeting = self._get(s, Meeting, meeting_id)
            ids = list(s.scalars(select(Decision.id).where(Decision.meeting_id == meeting.id)))
            if ids and s.scalar(select(func.count()).where(
                    Membership.exclusion_decision_id.in_(ids))):
                raise ValidationError({"meeting": translate(
                    "Governance", "A decision of this meeting excluded a participant: the "
                                  "meeting cannot be deleted.")})
            approvals.refuse_deleting(s, ids)
            s.delete(meeting)

    # ---- decisions ---------------------------------------------------------------------
    @requires(Permission.GOVERNANCE_READ)
    def decisions(self, *, meeting_id: uuid.UUID | None = None, status: str = "",
                  overdue: bool = False, subject_kind: str | None = None,
                  organization_id: uuid.UUID | None = None,
                  today: date | None = None) -> list[DecisionRow]:
        """Decisions in protocol order (by meeting date, then number)."""
        today = today or clock.today()
        query = (select(Decision, Meeting.number, Meeting.held_on, Council.name,
                        Organization.short_name, Organization.full_name)
                 .join(Meeting, Meeting.id == Decision.meeting_id)
                 .join(Council, Council.id == Meeting.council_id)
                 .outerjoin(Organization, Organization.id == Decision.organization_id)
                 .order_by(Meeting.held_on, Meeting.number, Decision.position))
        if meeting_id is not None:
            query = query.where(Decision.meeting_id == meeting_id)
        if status:
            query = query.where(Decision.status == status)
        if subject_kind is not None:
            query = query.where(Decision.subject_kind == subject_kind)
        if organization_id is not None:
            query = query.where(Decision.organization_id == organization_id)
        with self._session() as s:
            query = query.where(Council.cluster_id == current_cluster(s).id)
            rows = [DecisionRow(d.id, d.meeting_id, council, number, held_on, d.position,
                                d.text, d.subject_kind, short or full or "", d.responsible,
                                d.due_on, d.status, d.done_on)
                    for d, number, held_on, council, short, full in s.execute(query)]
        return [r for r in rows if r.overdue(today)] if overdue else rows

    @requires(Permission.GOVERNANCE_READ)
    def decision(self, decision_id: uuid.UUID) -> DecisionData:
        with self._session() as s:
            return _decision_data(self._get(s, Decision, decision_id))

    @requires(Permission.GOVERNANCE_WRITE)
    def save_decision(self, data: DecisionData) -> DecisionData:
        with self._session() as s:
            meeting = self._get(s, Meeting, data.meeting_id)
            clean = validate_decision(data, meeting.held_on)
            self._check_subject(s, clean)
            if clean.id is None:
                last = s.scalar(select(func.max(Decision.position))
                                .where(Decision.meeting_id == meeting.id)) or 0
                decision = Decision(meeting_id=meeting.id,
                                    position=clean.position or last + 1)
                s.add(decision)
            else:
                decision = self._get(s, Decision, clean.id)
                if decision.version != clean.version:
                    raise conflict_error()
                if self._carried_out(s, decision) and (
                        decision.subject_kind, decision.organization_id) != (
                        clean.subject_kind, clean.organization_id):
                    raise ValidationError({"subject_kind": translate(
                        "Governance", "The decision has been carried out on a membership: "
                                      "what it is about can no longer change.")})
                decision.position = clean.position or decision.position
                approvals.keep_subject(s, decision, clean.subject_kind, clean.subject_id,
                                       clean.status)
            for name in ("text", "agenda_item", "subject_kind", "organization_id",
                         "subject_id", "responsible", "responsible_org_id", "due_on",
                         "status", "done_on", "votes_for", "votes_against",
                         "votes_abstained"):
                setattr(decision, name, getattr(clean, name))
            s.flush()
            if clean.subject_kind in APPROVALS and clean.subject_id is not None:
                # recorded and carried out as one (a missing record refused there too)
                approvals.approve(s, clean.subject_kind, clean.subject_id, decision.id,
                                  clock.today())
            return _decision_data(decision)

    @requires(Permission.GOVERNANCE_WRITE)
    def delete_decision(self, decision_id: uuid.UUID) -> None:
        with self._session() as s:
            decision = self._get(s, Decision, decision_id)
            if s.scalar(select(func.count()).where(
                    Membership.exclusion_decision_id == decision.id)):
                raise ValidationError({"decision": translate(
                    "Governance", "This decision excluded a participant and cannot be "
                                  "deleted.")})
            approvals.refuse_deleting(s, [decision.id])
            s.delete(decision)

    # ---- carrying decisions out --------------------------------------------------------
    @requires(Permission.GOVERNANCE_WRITE)
    def exclude_participant(self, decision_id: uuid.UUID, left_on: date | None = None,
                            reason: str = "") -> uuid.UUID:
        """End the participant's current membership by the council's decision to exclude
        it (on ``left_on``, by default the meeting's date); returns the membership's id."""
        with self._session() as s:
            decision, meeting = self._decision_of(s, decision_id, DecisionSubject.EXCLUDE)
            day = left_on or meeting.held_on
            if day < meeting.held_on:
                raise ValidationError({"left_on": translate(
                    "Validation", "The participant cannot leave before the council decided "
                                  "to exclude it.")})
            membership = self._current_membership(s, decision.organization_id)
            if membership is None:
                raise ValidationError({"organization_id": translate(
                    "Governance", "The organization is not a participant now.")})
            membership.left_on, membership.leave_kind = day, LeaveKind.EXCLUSION.value
            membership.leave_reason = " ".join((reason or translate(
                "Governance", "Excluded by the decision of the council, protocol No. {number} "
                              "of {date}.").format(number=meeting.number,
                                                   date=meeting.held_on.strftime("%d.%m.%Y"))
            ).split())[:4000]
            membership.exclusion_decision_id = decision.id
            membership.organization.updated_at = utcnow()  # an open form must reload
            decision.status, decision.done_on = DecisionStatus.DONE.value, day
            s.flush()
            return membership.id

    @requires(Permission.GOVERNANCE_WRITE)
    def admit_participant(self, decision_id: uuid.UUID, role: str,
                          joined_on: date | None = None, agreement_no: str = "",
                          agreement_date: date | None = None) -> uuid.UUID:
        """Admit the organization by the council's decision: a new membership that keeps
        the decision (or, if it is already a member, its current membership records the
        decision).  Returns the membership's id."""
        if role not in set(MemberRole):
            raise ValidationError({"role": translate("Validation",
                                                     "Choose the participant's role.")})
        with self._session() as s:
            decision, meeting = self._decision_of(s, decision_id, DecisionSubject.ADMIT)
            membership = self._current_membership(s, decision.organization_id)
            if membership is None:
                membership = Membership(
                    cluster_id=current_cluster(s).id, organization_id=decision.organization_id,
                    role=role, joined_on=joined_on or meeting.held_on,
                    agreement_no=optional_text(agreement_no, 100),
                    agreement_date=agreement_date)
                s.add(membership)
            membership.admission_decision_id = decision.id
            s.get(Organization, decision.organization_id).updated_at = utcnow()
            decision.status = DecisionStatus.DONE.value
            decision.done_on = membership.joined_on or meeting.held_on
            s.flush()
            return membership.id

    @requires(Permission.GOVERNANCE_WRITE)
    def apply_decision(self, decision_id: uuid.UUID) -> DecisionData:
        """Approve the record a decision names (nothing changes if it already is)."""
        with self._session() as s:
            decision = self._get(s, Decision, decision_id)
            if decision.subject_kind not in APPROVALS or decision.subject_id is None:
                raise ValidationError({"subject_kind": translate(
                    "Governance", "Only an approval is written into what it approves.")})
            approvals.approve(s, decision.subject_kind, decision.subject_id, decision.id,
                              clock.today())
            return _decision_data(decision)

    # ---- inside ------------------------------------------------------------------------
    def _check_subject(self, s: Session, d: DecisionData) -> None:
        if d.subject_kind in PARTICIPANT_SUBJECTS and s.get(
                Organization, d.organization_id) is None:
            raise ValidationError({"organization_id": translate(
                "Governance", "This organization no longer exists.")})

    def _carried_out(self, s: Session, decision: Decision) -> bool:
        return bool(s.scalar(select(func.count()).where(
            (Membership.exclusion_decision_id == decision.id)
            | (Membership.admission_decision_id == decision.id))))

    def _decision_of(self, s: Session, decision_id: uuid.UUID, kind: DecisionSubject):
        decision = self._get(s, Decision, decision_id)
        if decision.subject_kind != kind or decision.organization_id is None:
            raise ValidationError({"subject_kind": translate(
                "Governance", "The decision is not about admitting or excluding a "
                              "participant.")})
        if decision.status == DecisionStatus.CANCELLED:
            raise ValidationError({"status": translate(
                "Governance", "The decision is cancelled.")})
        return decision, s.get(Meeting, decision.meeting_id)

    def _current_membership(self, s: Session, org_id: uuid.UUID) -> Membership | None:
        cluster = current_cluster(s)
        return s.scalars(select(Membership).where(
            Membership.organization_id == org_id, Membership.cluster_id == cluster.id,
            Membership.left_on.is_(None))).first()

    def _write_attendance(self, s: Session, meeting: Meeting,
                          attendance: dict[uuid.UUID, bool]) -> None:
        members = set(s.scalars(select(CouncilMember.id).where(
            CouncilMember.council_id == meeting.council_id)))
        unknown = [m for m in attendance if m not in members]
        if unknown:
            raise ValidationError({"attendance": translate(
                "Governance", "Only members of this council are marked present or absent.")})
        have = {a.member_id: a for a in s.scalars(
            select(Attendance).where(Attendance.meeting_id == meeting.id))}
        for member_id, row in have.items():
            if member_id not in attendance:
                s.delete(row)
            elif row.present != bool(attendance[member_id]):
                row.present = bool(attendance[member_id])
        for member_id, present in attendance.items():
            if member_id not in have:
                s.add(Attendance(meeting_id=meeting.id, member_id=member_id,
                                 present=bool(present)))

    def _meeting_data(self, s: Session, m: Meeting) -> MeetingData:
        attendance = dict(s.execute(select(Attendance.member_id, Attendance.present)
                                    .where(Attendance.meeting_id == m.id)).all())
        return MeetingData(m.council_id, m.number, m.held_on, m.place, m.form,
                           m.agenda.splitlines() if m.agenda else [],
                           m.invited.splitlines() if m.invited else [], attendance, m.id,
                           m.version)

    def _get(self, s: Session, model, row_id):
        row = s.get(model, row_id) if row_id is not None else None
        if row is None:
            raise NotFoundError(translate("Governance",
                                          "This record no longer exists: someone deleted it."))
        return row
