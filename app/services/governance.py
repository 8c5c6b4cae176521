"""Councils, their members, meetings with attendance, decisions and what they decide.

Seed 004: the coordination council is the cluster's highest body (§4); it admits and
excludes participants (§5.3) and approves the annual plan (§6.2).  A decision about a
participant is carried out here (``admit_participant``, ``exclude_participant``) and the
membership keeps the decision; an approval links what it approves to the decision as it is
saved (``app.services.approvals``: one action, so register and record cannot disagree)."""

from __future__ import annotations

import uuid
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
from app.services.base import conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import ValidationError
from app.services.governance_codes import (
    APPROVALS,
    PARTICIPANT_SUBJECTS,
    DecisionStatus,
    DecisionSubject,
    MeetingForm,
)
from app.services.governance_councils import GovernanceCouncils
from app.services.governance_data import (
    DecisionData,
    DecisionRow,
    MeetingData,
    MeetingRow,
    clean_lines,
    decision_data,
    validate_decision,
)
from app.services.participants import LeaveKind, MemberRole
from app.services.permissions import Permission, requires
from app.services.validation import check_field, optional_lines, optional_text, require_text


class GovernanceService(GovernanceCouncils):
    """The governance register: councils and members (``GovernanceCouncils``), meetings
    with attendance, decisions and carrying them out (here)."""

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
                                  len(clean_lines(m.agenda.splitlines())), present.get(m.id, 0),
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
            meeting.agenda = optional_lines("\n".join(clean_lines(data.agenda)), 20000)
            meeting.invited = optional_lines("\n".join(clean_lines(data.invited)), 8000)
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
            return decision_data(self._get(s, Decision, decision_id))

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
            return decision_data(decision)

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
            return decision_data(decision)

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
