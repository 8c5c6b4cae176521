"""Approvals come from the council register: a plan, a career map, the programme of activity
(and so its indicator targets), a workshop's design project and its equipment list are
approved by a decision of a recorded meeting, and what is printed («УТВЕРЖДЕНО протоколом
заседания … № … от …») is read from that decision's meeting and council — here, by
``approval_of`` — never from a copy.

``approve`` is the one way a record becomes approved: it checks the decision (its kind, its
meeting held, about this record or about nothing yet), binds it (the decision's
``subject_id``), links the record to it and sets its state, in the caller's transaction; the
approve actions of the sections and the saving of a decision in a meeting both call it.

Records approved before migration 0013 whose typed protocol matched no decision keep that
text (``legacy``): it is shown as typed and the data check lists them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import CareerMap, Council, Decision, Event, EventPlan, Meeting, Programme, Workshop
from app.services.base import translate
from app.services.errors import ValidationError
from app.services.governance_codes import DecisionStatus, DecisionSubject, label

#: What each approval subject approves, and the record's column pointing at the decision.
LINKS: dict[str, tuple[type, str]] = {
    DecisionSubject.PLAN: (EventPlan, "approval_decision_id"),
    DecisionSubject.CAREER_MAP: (CareerMap, "approval_decision_id"),
    DecisionSubject.PROGRAMME: (Programme, "approval_decision_id"),
    DecisionSubject.DESIGN: (Workshop, "design_decision_id"),
    DecisionSubject.EQUIPMENT: (Workshop, "equipment_decision_id"),
}
#: The typed columns of before 0013: council, number (a document for a workshop), date.
LEGACY: dict[str, tuple[str, str, str]] = {
    DecisionSubject.PLAN: ("approved_by", "protocol_no", "approved_on"),
    DecisionSubject.CAREER_MAP: ("approved_by", "protocol_no", "approved_on"),
    DecisionSubject.PROGRAMME: ("approved_by", "protocol_no", "approved_on"),
    DecisionSubject.DESIGN: ("design_approved_by", "design_approved_doc", "design_approved_on"),
    DecisionSubject.EQUIPMENT: ("equipment_approved_by", "equipment_approved_doc",
                                "equipment_approved_on"),
}


@dataclass(frozen=True)
class Approval:
    """Who approved a record, by which protocol, when.  ``decision_id`` is None for an
    approval typed before the register (legacy text, shown as typed)."""

    council: str  # genitive, as «протоколом заседания …» names it
    number: str
    held_on: date | None
    decision_id: uuid.UUID | None = None
    meeting_id: uuid.UUID | None = None

    @property
    def linked(self) -> bool:
        return self.decision_id is not None

    def protocol(self) -> str:
        """«протокол № 3 от 20.01.2025»."""
        return translate("Approvals", "protocol No. {number} of {date}").format(
            number=self.number, date=f"{self.held_on:%d.%m.%Y}" if self.held_on else "—")

    def line(self) -> str:
        """«Координационного совета кластера, протокол № 3 от 20.01.2025»."""
        return ", ".join(x for x in (self.council, self.protocol()) if x)


@dataclass(frozen=True)
class DecisionChoice:
    """A decision one may choose to approve a record with, as the list shows it."""

    id: uuid.UUID
    label: str
    held_on: date


def stamps(s: Session, decision_ids) -> dict[uuid.UUID, Approval]:
    """The approval each decision gives: its council, meeting number and date (one query)."""
    ids = {i for i in decision_ids if i is not None}
    if not ids:
        return {}
    rows = s.execute(select(Decision.id, Meeting.id, Meeting.number, Meeting.held_on,
                            Council.name, Council.name_genitive)
                     .join(Meeting, Meeting.id == Decision.meeting_id)
                     .join(Council, Council.id == Meeting.council_id)
                     .where(Decision.id.in_(ids)))
    return {d_id: Approval(genitive or name, number, held_on, d_id, m_id)
            for d_id, m_id, number, held_on, name, genitive in rows}


def approval_of(s: Session, kind: str, record, known: dict | None = None) -> Approval | None:
    """The record's approval: from its decision when linked (``known`` may hold the stamps
    of many decisions, read at once by ``stamps``), else the legacy text if any."""
    decision_id = getattr(record, LINKS[kind][1])
    if decision_id is not None:
        found = (known if known is not None and decision_id in known
                 else stamps(s, [decision_id]))
        return found.get(decision_id)
    by, number, day = (getattr(record, c) for c in LEGACY[kind])
    if not (by or number or day):
        return None
    return Approval(by or "", number or "", day)


def is_approved(kind: str, record) -> bool:
    """Marked approved, whether or not by a decision."""
    if kind == DecisionSubject.PLAN:
        return record.status == "approved"
    if kind == DecisionSubject.CAREER_MAP:
        return record.status in ("approved", "superseded")
    by, number, day = (getattr(record, c) for c in LEGACY[kind])
    return getattr(record, LINKS[kind][1]) is not None or bool(by or number or day)


def _refuse(message: str, key: str = "decision_id") -> ValidationError:
    return ValidationError({key: message})


def check_decision(s: Session, kind: str, record_id: uuid.UUID, decision_id,
                   today: date) -> tuple[Decision, Meeting]:
    """The decision may approve this record: refused with a Russian message otherwise."""
    decision = s.get(Decision, decision_id) if decision_id is not None else None
    if decision is None:
        raise _refuse(translate("Approvals", "Choose the council's decision that approves it."))
    if decision.subject_kind != kind:
        raise _refuse(translate("Approvals", "This decision does not approve this kind of "
                                             "record: choose a decision about it."))
    if decision.status == DecisionStatus.CANCELLED:
        raise _refuse(translate("Approvals", "This decision is cancelled."))
    meeting = s.get(Meeting, decision.meeting_id)
    if meeting is None or meeting.held_on is None:
        raise _refuse(translate("Approvals", "The decision's meeting is not recorded."))
    if meeting.held_on > today:
        raise _refuse(translate("Approvals", "The meeting of {date} is still ahead: a record "
                                             "is approved once the council has met.").format(
            date=f"{meeting.held_on:%d.%m.%Y}"))
    if decision.subject_id not in (None, record_id):
        raise _refuse(translate("Approvals", "This decision approves another record."))
    model, column = LINKS[kind]
    other = s.scalar(select(func.count()).select_from(model).where(
        getattr(model, column) == decision.id, model.id != record_id))
    if other:
        raise _refuse(translate("Approvals", "This decision approves another record."))
    return decision, meeting


def approve(s: Session, kind: str, record_id: uuid.UUID, decision_id: uuid.UUID,
            today: date):
    """Approve the record by the decision, in the caller's transaction: checks, binds the
    decision to the record (done on the meeting's day), links the record and sets its state.
    Approving again by the decision already linked changes nothing."""
    model, column = LINKS[kind]
    record = s.get(model, record_id) if record_id is not None else None
    if record is None:
        raise _refuse(translate("Approvals", "What the decision approves no longer exists."),
                      "subject_id")
    if decision_id is not None and getattr(record, column) == decision_id:
        return record
    decision, meeting = check_decision(s, kind, record_id, decision_id, today)
    _change_state(s, kind, record)
    decision.subject_id = record.id
    decision.status, decision.done_on = DecisionStatus.DONE.value, meeting.held_on
    setattr(record, column, decision.id)
    for name in LEGACY[kind]:  # the decision is the one fact now
        setattr(record, name, None if name.endswith("_on") else "")
    s.flush()
    return record


def _change_state(s: Session, kind: str, record) -> None:
    if kind == DecisionSubject.PLAN:
        if record.status == "approved":
            raise _refuse(translate("Events", "The plan is already approved."), "status")
        if not s.scalar(select(func.count()).where(Event.plan_id == record.id)):
            raise _refuse(translate("Events", "An empty plan cannot be approved."), "status")
        record.status = "approved"
    elif kind == DecisionSubject.CAREER_MAP:
        if record.status != "sent":
            raise _refuse(translate("CareerMaps",
                                    "Only a map sent to the council can be approved."), "status")
        record.status = "approved"
        previous = s.get(CareerMap, record.previous_id) if record.previous_id else None
        if previous is not None and previous.status == "approved":
            previous.status = "superseded"
    # the programme, a design project and an equipment list may be approved anew (a changed
    # list agreed again): the later decision is the one that holds


def linked_to(s: Session, decision_id: uuid.UUID) -> list[str]:
    """What the decision approves (the kinds of record linked to it), for refusing to
    delete it."""
    return [kind for kind, (model, column) in LINKS.items()
            if s.scalar(select(func.count()).select_from(model)
                        .where(getattr(model, column) == decision_id))]


def keep_subject(s: Session, decision: Decision, kind: str, subject_id, status: str) -> None:
    """A decision that approves a record keeps what it approves (the record prints it)."""
    if not linked_to(s, decision.id):
        return
    if (decision.subject_kind, decision.subject_id) != (kind, subject_id):
        raise _refuse(translate("Governance", "The decision has approved a record: what it "
                                              "approves can no longer change."), "subject_kind")
    if status == DecisionStatus.CANCELLED:
        raise _refuse(translate("Governance", "The decision has approved a record and cannot "
                                              "be cancelled."), "status")


def refuse_deleting(s: Session, decision_ids) -> None:
    """A decision approving records is not deleted (RESTRICT in the schema; said here in
    Russian): the records' approval stamps are printed from it."""
    kinds = sorted({k for d in decision_ids for k in linked_to(s, d)})
    if kinds:
        raise _refuse(translate(
            "Governance", "The council's decision approves records ({what}); their approval "
                          "stamps are printed from it, so it cannot be deleted.").format(
            what=", ".join(label(k) for k in kinds)), "decision")


def choices(s: Session, kind: str, record_id: uuid.UUID | None, cluster_id: uuid.UUID,
            today: date) -> list[DecisionChoice]:
    """Decisions of recorded meetings (held by ``today``) that may approve the record: of
    this kind, not cancelled, about it or about nothing yet, approving nothing else; the
    newest first."""
    model, column = LINKS[kind]
    taken = select(getattr(model, column)).where(getattr(model, column).is_not(None))
    if record_id is not None:
        taken = taken.where(model.id != record_id)
    rows = s.execute(
        select(Decision.id, Decision.position, Decision.text, Meeting.number, Meeting.held_on,
               Council.name)
        .join(Meeting, Meeting.id == Decision.meeting_id)
        .join(Council, Council.id == Meeting.council_id)
        .where(Council.cluster_id == cluster_id, Decision.subject_kind == kind,
               Decision.status != DecisionStatus.CANCELLED.value, Meeting.held_on <= today,
               (Decision.subject_id.is_(None)) | (Decision.subject_id == record_id),
               Decision.id.not_in(taken))
        .order_by(Meeting.held_on.desc(), Meeting.number, Decision.position))
    out = []
    for d_id, position, text, number, held_on, name in rows:
        stamp = Approval(name, number, held_on)
        words = " ".join(text.split())
        words = words if len(words) <= 70 else words[:69].rstrip() + "…"
        out.append(DecisionChoice(d_id, f"{stamp.line()}, {position}. {words}", held_on))
    return out
