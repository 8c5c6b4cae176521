"""Event plans and their events: drafts, approval by a council's protocol, revisions after
approval, the events themselves with their results (status, reach, schools and enterprises
that took part, evidence).  The records it returns and the check of an event live in
app/services/event_data.py."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.formats import format_date
from app.models import (
    AmbassadorTeam,
    Attachment,
    Event,
    EventFile,
    EventOrganization,
    EventPlan,
    EventReach,
    Organization,
    PlanRevision,
    Site,
)
from app.services import clock
from app.services.approvals import Approval, DecisionChoice, approval_of, approve, choices, stamps
from app.services.attachments import add_attachment, read_evidence, write_attachment
from app.services.base import Service, conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import NotFoundError, ValidationError
from app.services.event_codes import EventStatus, OrgKind, PlanKind, plan_title
from app.services.event_data import (
    EventData,
    EventRow,
    PlanData,
    RevisionData,
    event_data,
    plan_data,
    validate_event,
)
from app.services.governance_codes import DecisionSubject
from app.services.permissions import Permission, requires
from app.services.plan_changes import describe_changes, plan_fields_changed
from app.services.plan_templates import copy_events, template_events
from app.services.validation import check_field, optional_text, require_text


class EventsService(Service):
    # ---- plans -------------------------------------------------------------------------
    @requires(Permission.EVENTS_READ)
    def plans(self, year: int | None = None) -> list[PlanData]:
        with self._session() as s:
            cluster = current_cluster(s)
            query = select(EventPlan).where(EventPlan.cluster_id == cluster.id)
            if year is not None:
                query = query.where(EventPlan.year == year)
            counts = {pid: (n, held) for pid, n, held in s.execute(
                select(Event.plan_id, func.count(),
                       func.count().filter(Event.status == EventStatus.HELD.value))
                .group_by(Event.plan_id))}
            plans = s.scalars(query.order_by(EventPlan.year.desc(), EventPlan.kind)).all()
            known = stamps(s, [p.approval_decision_id for p in plans])
            return [plan_data(s, p, counts, known) for p in plans]

    @requires(Permission.EVENTS_READ)
    def plan(self, plan_id: uuid.UUID) -> PlanData:
        with self._session() as s:
            return plan_data(s, self._plan(s, plan_id))

    @requires(Permission.EVENTS_WRITE)
    def create_plan(self, year: int, kind: str, *, source: str = "template",
                    copy_from: uuid.UUID | None = None, title: str = "") -> PlanData:
        """A new draft plan: empty, from the template in resources/plans/, or a copy of
        another plan (last year's) moved to ``year``."""
        errors = {}
        if kind not in set(PlanKind):
            errors["kind"] = translate("Events", "Choose the kind of plan.")
        if not 2000 <= int(year) <= 2100:
            errors["year"] = translate("Events", "The year must be between 2000 and 2100.")
        if source == "copy" and copy_from is None:
            errors["source"] = translate("Events", "Choose the plan to copy.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            cluster = current_cluster(s)
            plan = EventPlan(cluster_id=cluster.id, year=int(year), kind=kind,
                             title=optional_text(title, 2000) or plan_title(kind, int(year)))
            s.add(plan)
            s.flush()
            if source == "template":
                rows = template_events(kind, int(year))
            elif source == "copy":
                rows = copy_events(s, self._plan(s, copy_from), int(year))
            else:
                rows = []
            # through the ORM, not a bulk insert: every row enters the audit log
            s.add_all(Event(plan_id=plan.id, position=position * 10, **row)
                      for position, row in enumerate(rows, start=1))
            s.flush()
            return plan_data(s, plan, {plan.id: (len(rows), 0)})

    @requires(Permission.EVENTS_WRITE)
    def rename_plan(self, plan_id: uuid.UUID, title: str, version: int) -> PlanData:
        errors: dict[str, str] = {}
        title = check_field(errors, "title", require_text, title, 2000)
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            plan = self._plan(s, plan_id)
            if plan.version != version:
                raise conflict_error()
            self._refuse_if_approved(plan, "title")
            plan.title = title
            s.flush()
            return plan_data(s, plan)

    @requires(Permission.EVENTS_WRITE)
    def delete_plan(self, plan_id: uuid.UUID) -> None:
        with self._session() as s:
            plan = self._plan(s, plan_id)
            self._refuse_if_approved(plan, "status")
            s.delete(plan)

    @requires(Permission.PLANS_APPROVE)
    def approve(self, plan_id: uuid.UUID, decision_id: uuid.UUID | None) -> PlanData:
        """Approve the plan by the council's decision chosen from the register: the plan is
        linked to it and locked from now on (one transaction)."""
        with self._session() as s:
            plan = self._plan(s, plan_id)
            approve(s, DecisionSubject.PLAN, plan.id, decision_id, clock.today())
            return plan_data(s, plan)

    @requires(Permission.EVENTS_READ)
    def approval_decisions(self, plan_id: uuid.UUID | None) -> list[DecisionChoice]:
        """The decisions of recorded meetings that may approve the plan."""
        with self._session() as s:
            return choices(s, DecisionSubject.PLAN, plan_id, current_cluster(s).id,
                           clock.today())

    @requires(Permission.EVENTS_READ)
    def revisions(self, plan_id: uuid.UUID) -> list[RevisionData]:
        with self._session() as s:
            rows = s.scalars(select(PlanRevision).where(PlanRevision.plan_id == plan_id)
                             .order_by(PlanRevision.number))
            return [RevisionData(r.number, r.made_at, r.username, r.what, r.why) for r in rows]

    # ---- events ------------------------------------------------------------------------
    @requires(Permission.EVENTS_READ)
    def events(self, *, plan_id: uuid.UUID | None = None, date_from: date | None = None,
               date_to: date | None = None, status: str = "", audience: str = "",
               overdue: bool = False, search: str = "", today: date | None = None,
               ) -> list[EventRow]:
        """Events of the cluster's plans, filtered; a date range keeps the events that
        overlap it (a three-day event shows on each of its days)."""
        today = today or clock.today()
        reach = (select(EventReach.event_id, func.sum(EventReach.people).label("people"))
                 .group_by(EventReach.event_id).subquery())
        last_day = func.coalesce(Event.ends_on, Event.starts_on)
        query = (
            select(Event.id, Event.plan_id, EventPlan.year, EventPlan.kind, Event.position,
                   Event.section, Event.title, Event.starts_on, Event.ends_on, Event.place,
                   Site.name, Event.responsible_person, Organization.short_name,
                   Event.audiences, Event.planned_reach, reach.c.people, Event.status)
            .join(EventPlan, EventPlan.id == Event.plan_id)
            .outerjoin(Site, Site.id == Event.site_id)
            .outerjoin(Organization, Organization.id == Event.responsible_org_id)
            .outerjoin(reach, reach.c.event_id == Event.id)
        )
        with self._session() as s:
            query = query.where(EventPlan.cluster_id == current_cluster(s).id)
            if plan_id is not None:
                query = query.where(Event.plan_id == plan_id)
            if date_from is not None:
                query = query.where(last_day >= date_from)
            if date_to is not None:
                query = query.where(Event.starts_on <= date_to)
            if status:
                query = query.where(Event.status == status)
            if audience:
                query = query.where(Event.audiences.contains(audience))
            if overdue:
                query = query.where(Event.status.in_([EventStatus.PLANNED.value,
                                                      EventStatus.MOVED.value]),
                                    last_day < today)
            rows = s.execute(query.order_by(Event.starts_on, Event.position)).all()
        out = []
        needle = search.casefold().strip()
        for r in rows:
            place = r[10] if r[10] and not r[9] else (f"{r[10]}, {r[9]}" if r[10] else r[9])
            responsible = ", ".join(x for x in (r[12], r[11]) if x)
            row = EventRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], place or "",
                           responsible, tuple(a for a in r[13].split(",") if a), r[14],
                           int(r[15] or 0), r[16])
            if needle and needle not in " ".join(
                    (row.title, row.place, row.responsible)).casefold():
                continue
            out.append(row)
        return out

    @requires(Permission.EVENTS_READ)
    def event(self, event_id: uuid.UUID) -> EventData:
        with self._session() as s:
            return event_data(s, self._event(s, event_id))

    @requires(Permission.EVENTS_WRITE)
    def save_event(self, data: EventData, reason: str = "") -> EventData:
        """Save an event.  In an approved plan a change to what the plan says (title, dates,
        place, responsible, audiences, planned reach…) needs ``reason`` and becomes a
        numbered revision; the results (status, reach, evidence) are filled in freely."""
        clean = validate_event(data, clock.today())
        with self._session() as s:
            plan = self._plan(s, clean.plan_id)
            if clean.id is None:
                before = None
                last = s.scalar(select(func.max(Event.position))
                                .where(Event.plan_id == plan.id)) or 0
                event = Event(plan_id=plan.id, position=last + 10)
            else:
                event = self._event(s, clean.id)
                if event.version != clean.version:
                    raise conflict_error()
                before = event_data(s, event)
            if plan.status == "approved" and plan_fields_changed(before, clean):
                self._revise(s, plan, describe_changes(before, clean, self._labels(s)), reason)
            self._write(s, event, clean)
            s.flush()
            return event_data(s, event)

    @requires(Permission.EVENTS_WRITE)
    def delete_event(self, event_id: uuid.UUID, reason: str = "") -> None:
        with self._session() as s:
            event = self._event(s, event_id)
            plan = self._plan(s, event.plan_id)
            if plan.status == "approved":
                self._revise(s, plan, translate("Events", "Event deleted: «{title}» ({date}).")
                             .format(title=event.title, date=format_date(event.starts_on)),
                             reason)
            s.delete(event)

    @requires(Permission.EVENTS_WRITE)
    def attach_file(self, event_id: uuid.UUID, path: Path | str) -> str:
        """Keep a photo or a scan as the event's evidence."""
        name, content = read_evidence(path, "evidence")
        with self._session() as s:
            event = self._event(s, event_id)
            s.add(EventFile(event_id=event.id, attachment_id=add_attachment(s, name, content).id))
            return name

    @requires(Permission.EVENTS_READ)
    def files(self, event_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        with self._session() as s:
            return [tuple(r) for r in s.execute(
                select(EventFile.id, Attachment.filename)
                .join(Attachment, Attachment.id == EventFile.attachment_id)
                .where(EventFile.event_id == event_id).order_by(EventFile.created_at))]

    @requires(Permission.EVENTS_READ)
    def save_file(self, file_id: uuid.UUID, target: Path | str) -> Path:
        with self._session() as s:
            link = s.get(EventFile, file_id)
            return write_attachment(s, link.attachment_id if link else None, target)

    @requires(Permission.EVENTS_WRITE)
    def remove_file(self, file_id: uuid.UUID) -> None:
        with self._session() as s:
            link = s.get(EventFile, file_id)
            if link is None:
                raise NotFoundError(translate("Attachments", "No file is attached."))
            attachment = s.get(Attachment, link.attachment_id)
            s.delete(link)
            if attachment is not None:
                s.delete(attachment)

    # ---- inside ------------------------------------------------------------------------
    def _revise(self, s: Session, plan: EventPlan, what: str, reason: str) -> None:
        why = " ".join(reason.split())
        if not why:
            raise ValidationError({"reason": translate(
                "Events", "The plan is approved (protocol No. {number}). Say why it is "
                          "changed: the change is recorded as a revision.").format(
                number=(approval_of(s, DecisionSubject.PLAN, plan)
                        or Approval("", "—", None)).number)})
        plan.revision += 1
        s.add(PlanRevision(plan_id=plan.id, number=plan.revision, made_at=clock.now(),
                           username=self.actor.username or "—", what=what, why=why[:4000]))

    def _refuse_if_approved(self, plan: EventPlan, key: str) -> None:
        if plan.status == "approved":
            raise ValidationError({key: translate(
                "Events", "The plan is approved and cannot be changed this way.")})

    def _labels(self, s: Session) -> dict:
        return {"sites": dict(s.execute(select(Site.id, Site.name)).all()),
                "orgs": dict(s.execute(select(Organization.id, Organization.short_name)).all()),
                "teams": dict(s.execute(select(AmbassadorTeam.id, AmbassadorTeam.name)).all())}

    def _write(self, s: Session, event: Event, d: EventData) -> None:
        event.section, event.title, event.kind = d.section, d.title, d.kind
        event.starts_on, event.ends_on = d.starts_on, d.ends_on
        event.site_id, event.place, event.format = d.site_id, d.place, d.format
        event.responsible_org_id = d.responsible_org_id
        event.responsible_person = d.responsible_person
        event.audiences = ",".join(d.audiences)
        event.planned_reach, event.status = d.planned_reach, d.status
        event.status_note, event.evidence, event.team_id = d.status_note, d.evidence, d.team_id
        if event.id is None:
            event.id = uuid.uuid4()
            s.add(event)
            s.flush()
        have = {r.audience: r for r in s.scalars(
            select(EventReach).where(EventReach.event_id == event.id))}
        for code, row in have.items():
            if code not in d.reach:
                s.delete(row)
            elif row.people != d.reach[code]:
                row.people = d.reach[code]
        for code, people in d.reach.items():
            if code not in have:
                s.add(EventReach(event_id=event.id, audience=code, people=people))
        self._write_orgs(s, event.id, d)

    def _write_orgs(self, s: Session, event_id: uuid.UUID, d: EventData) -> None:
        """Schools and enterprises by name, linked to the participant of that name if any
        (so one school named twice, or by a participant's full and short name, counts once)."""
        by_name = {}
        for oid, full, short in s.execute(select(Organization.id, Organization.full_name,
                                                 Organization.short_name)):
            for name in (full, short):
                if name:
                    by_name.setdefault(" ".join(name.split()).casefold(), oid)
        have = {(o.kind, o.name.casefold()): o for o in s.scalars(
            select(EventOrganization).where(EventOrganization.event_id == event_id))}
        want = {(OrgKind.SCHOOL.value, n.casefold()): n for n in d.schools}
        want |= {(OrgKind.ENTERPRISE.value, n.casefold()): n for n in d.enterprises}
        for key, row in have.items():
            if key not in want:
                s.delete(row)
        for key, name in want.items():
            if key not in have:
                s.add(EventOrganization(event_id=event_id, kind=key[0], name=name,
                                        organization_id=by_name.get(key[1])))


    def _plan(self, s: Session, plan_id: uuid.UUID | None) -> EventPlan:
        plan = s.get(EventPlan, plan_id) if plan_id else None
        if plan is None:
            raise NotFoundError(translate("Events", "This plan no longer exists."))
        return plan

    def _event(self, s: Session, event_id: uuid.UUID) -> Event:
        event = s.get(Event, event_id)
        if event is None:
            raise NotFoundError(translate("Events", "This event no longer exists."))
        return event
