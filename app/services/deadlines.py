"""Every deadline of the cluster in one list («Сроки»): the monthly monitoring form, roadmap
stages, contract deliveries, inspection findings, council decisions with a due date, planned
events, network agreements and the programme period ending.

Nothing here is stored: each kind is read from the record that owns the date (one fact, one
place), and a deadline drops off the list when its record is done (a stage done, a finding
closed, a form submitted, everything under a contract accepted…).  Each deadline has a stable
uid (its kind and its record), so a calendar that imported the .ics updates the entry when the
date moves instead of adding a second one.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.models import (
    Acceptance,
    Cluster,
    Contract,
    Council,
    Decision,
    Event,
    Finding,
    Inspection,
    Meeting,
    MonitoringSubmission,
    NetworkAgreement,
    Organization,
    RoadmapItem,
    Site,
)
from app.services import clock
from app.services.base import Service, translate
from app.services.data_rules.monitoring import due_day, first_activity
from app.services.data_rules.monitoring import due_on as form_due_on
from app.services.deadlines_calendar import build_calendar
from app.services.event_codes import EventStatus
from app.services.files import atomic_write
from app.services.findings import FindingStatus
from app.services.governance_codes import DecisionStatus
from app.services.grants import ContractStatus
from app.services.permissions import Permission, requires
from app.services.roadmap import RoadmapStatus

#: a notice on start names what is overdue or due within this many days
NOTICE_DAYS = 3


class DeadlineKind(enum.StrEnum):
    MONITORING = "monitoring"
    ROADMAP = "roadmap"
    CONTRACT = "contract"
    FINDING = "finding"
    DECISION = "decision"
    EVENT = "event"
    AGREEMENT = "agreement"
    PROGRAMME = "programme"
    REQUEST = "request"


KIND_LABELS = {
    DeadlineKind.MONITORING: QT_TRANSLATE_NOOP("Deadlines", "Monitoring form"),
    DeadlineKind.ROADMAP: QT_TRANSLATE_NOOP("Deadlines", "Roadmap stage"),
    DeadlineKind.CONTRACT: QT_TRANSLATE_NOOP("Deadlines", "Contract delivery"),
    DeadlineKind.FINDING: QT_TRANSLATE_NOOP("Deadlines", "Inspection finding"),
    DeadlineKind.DECISION: QT_TRANSLATE_NOOP("Deadlines", "Council decision"),
    DeadlineKind.EVENT: QT_TRANSLATE_NOOP("Deadlines", "Event"),
    DeadlineKind.AGREEMENT: QT_TRANSLATE_NOOP("Deadlines", "Agreement ends"),
    DeadlineKind.PROGRAMME: QT_TRANSLATE_NOOP("Deadlines", "Programme period ends"),
    DeadlineKind.REQUEST: QT_TRANSLATE_NOOP("Deadlines", "Data return for a request"),
}

#: the main window's section where each kind's record lives
SECTIONS = {
    DeadlineKind.MONITORING: "grants", DeadlineKind.ROADMAP: "roadmap",
    DeadlineKind.CONTRACT: "grants", DeadlineKind.FINDING: "inspections",
    DeadlineKind.DECISION: "indicators", DeadlineKind.EVENT: "events",
    DeadlineKind.AGREEMENT: "indicators", DeadlineKind.PROGRAMME: "indicators",
    DeadlineKind.REQUEST: "requests",
}


class Urgency(enum.StrEnum):
    OVERDUE = "overdue"
    WEEK = "week"  # due within 7 days
    MONTH = "month"  # due within 31 days
    LATER = "later"


URGENCY_LABELS = {
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("Deadlines", "Overdue"),
    Urgency.WEEK: QT_TRANSLATE_NOOP("Deadlines", "This week"),
    Urgency.MONTH: QT_TRANSLATE_NOOP("Deadlines", "This month"),
    Urgency.LATER: QT_TRANSLATE_NOOP("Deadlines", "Later"),
}


@dataclass(frozen=True)
class Deadline:
    uid: str  # stable: kind and record (and month for a form)
    kind: str  # DeadlineKind
    title: str
    due_on: date
    responsible: str  # the responsible organisation's name, or ""
    section: str  # a section key of the main window
    record_id: uuid.UUID | None

    @property
    def kind_label(self) -> str:
        return translate("Deadlines", KIND_LABELS[DeadlineKind(self.kind)])

    def days_left(self, today: date) -> int:
        return (self.due_on - today).days

    def urgency(self, today: date) -> Urgency:
        left = self.days_left(today)
        if left < 0:
            return Urgency.OVERDUE
        if left <= 7:
            return Urgency.WEEK
        if left <= 31:
            return Urgency.MONTH
        return Urgency.LATER


@dataclass(frozen=True)
class DeadlineNotice:
    """What the window says on start: how many are overdue and how many due within days."""

    overdue: int
    soon: int
    days: int

    @property
    def any(self) -> bool:
        return bool(self.overdue or self.soon)


Source = Callable[[Session, date], Iterable[Deadline]]


def _org_names(s: Session) -> dict[uuid.UUID, str]:
    rows = s.execute(select(Organization.id, Organization.short_name, Organization.full_name))
    return {r.id: (r.short_name or r.full_name) for r in rows}


def _one_line(text: str, limit: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _monitoring(s: Session, today: date) -> Iterable[Deadline]:
    """Each month's form from the first month of grant activity: the months not submitted,
    up to the month now under way (its form is due next month) and not past the programme."""
    first = first_activity(s)
    if first is None:
        return
    cluster = s.scalars(select(Cluster).order_by(Cluster.created_at).limit(1)).first()
    end = cluster.programme_end if cluster is not None else None
    submitted = set(s.scalars(select(MonitoringSubmission.month)))
    by = due_day(s)
    month, last = first.replace(day=1), today.replace(day=1)
    while month <= last and (end is None or month <= end):
        if month not in submitted:
            yield Deadline(
                f"monitoring-{month:%Y-%m}-{cluster.id if cluster else ''}",
                DeadlineKind.MONITORING.value,
                translate("Deadlines", "Monitoring form for {month}").format(
                    month=f"{month:%m.%Y}"),
                form_due_on(month, by), "", SECTIONS[DeadlineKind.MONITORING], None)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _roadmap(s: Session, today: date) -> Iterable[Deadline]:
    orgs = _org_names(s)
    rows = s.scalars(select(RoadmapItem).where(
        RoadmapItem.deadline.is_not(None),
        RoadmapItem.status.not_in((RoadmapStatus.DONE.value, RoadmapStatus.CANCELLED.value))))
    for r in rows:
        yield Deadline(f"roadmap-{r.id}", DeadlineKind.ROADMAP.value, _one_line(r.title),
                       r.deadline, orgs.get(r.responsible_org_id, "") or r.responsible_person,
                       SECTIONS[DeadlineKind.ROADMAP], r.id)


def _contracts(s: Session, today: date) -> Iterable[Deadline]:
    """A contract in force with a delivery date and something still not accepted under it
    (the same condition as the data check's «contract past its delivery date»)."""
    accepted = dict(s.execute(select(Acceptance.contract_id, func.sum(Acceptance.amount))
                              .group_by(Acceptance.contract_id)).all())
    orgs = _org_names(s)
    rows = s.scalars(select(Contract).where(Contract.delivery_due.is_not(None),
                                            Contract.status == ContractStatus.ACTIVE.value))
    for c in rows:
        if Decimal(accepted.get(c.id) or 0) >= c.amount:
            continue
        yield Deadline(f"contract-{c.id}", DeadlineKind.CONTRACT.value,
                       translate("Deadlines", "Delivery under contract № {number}: {subject}")
                       .format(number=c.number, subject=_one_line(c.subject, 80)),
                       c.delivery_due, orgs.get(c.supplier_id, ""),
                       SECTIONS[DeadlineKind.CONTRACT], c.id)


def _findings(s: Session, today: date) -> Iterable[Deadline]:
    orgs = _org_names(s)
    rows = s.execute(select(Finding, Site.name).join(
        Inspection, Inspection.id == Finding.inspection_id).join(
        Site, Site.id == Inspection.site_id).where(
        Finding.due_on.is_not(None), Finding.status != FindingStatus.CLOSED.value))
    for f, site in rows:
        yield Deadline(f"finding-{f.id}", DeadlineKind.FINDING.value,
                       translate("Deadlines", "Put right: {text} ({site})").format(
                           text=_one_line(f.text, 80), site=site),
                       f.due_on, orgs.get(f.responsible_org_id, ""),
                       SECTIONS[DeadlineKind.FINDING], f.id)


def _decisions(s: Session, today: date) -> Iterable[Deadline]:
    orgs = _org_names(s)
    council = aliased(Council)
    rows = s.execute(select(Decision, Meeting.number, Meeting.held_on, council.name)
                     .join(Meeting, Meeting.id == Decision.meeting_id)
                     .join(council, council.id == Meeting.council_id)
                     .where(Decision.due_on.is_not(None), Decision.status.in_(
                         (DecisionStatus.OPEN.value, DecisionStatus.IN_PROGRESS.value))))
    for d, number, held_on, _council_name in rows:
        yield Deadline(f"decision-{d.id}", DeadlineKind.DECISION.value,
                       translate("Deadlines", "Decision {position} of protocol № {number} of "
                                              "{date}: {text}").format(
                           position=d.position, number=number, date=f"{held_on:%d.%m.%Y}",
                           text=_one_line(d.text, 80)),
                       d.due_on, orgs.get(d.responsible_org_id, "") or d.responsible,
                       SECTIONS[DeadlineKind.DECISION], d.id)


def _events(s: Session, today: date) -> Iterable[Deadline]:
    """A planned (or moved) event: its first day; once held or cancelled it drops off."""
    orgs = _org_names(s)
    rows = s.scalars(select(Event).where(Event.status.in_(
        (EventStatus.PLANNED.value, EventStatus.MOVED.value))))
    for e in rows:
        yield Deadline(f"event-{e.id}", DeadlineKind.EVENT.value, _one_line(e.title),
                       e.starts_on, orgs.get(e.responsible_org_id, "") or e.responsible_person,
                       SECTIONS[DeadlineKind.EVENT], e.id)


def _agreements(s: Session, today: date) -> Iterable[Deadline]:
    """A network agreement's last day, while it is still ahead: once it has ended it is
    history, not a task."""
    orgs = _org_names(s)
    rows = s.scalars(select(NetworkAgreement).where(NetworkAgreement.ends_on >= today))
    for a in rows:
        parties = " — ".join(n for n in (orgs.get(a.party_a_id), orgs.get(a.party_b_id)) if n)
        yield Deadline(f"agreement-{a.id}", DeadlineKind.AGREEMENT.value,
                       translate("Deadlines", "Network agreement № {number} ends: {parties}")
                       .format(number=a.number or "—", parties=parties),
                       a.ends_on, "", SECTIONS[DeadlineKind.AGREEMENT], a.id)


def _programme(s: Session, today: date) -> Iterable[Deadline]:
    cluster = s.scalars(select(Cluster).order_by(Cluster.created_at).limit(1)).first()
    if cluster is not None and cluster.programme_end and cluster.programme_end >= today:
        yield Deadline(f"programme-{cluster.id}", DeadlineKind.PROGRAMME.value,
                       translate("Deadlines", "The cluster's programme period ends"),
                       cluster.programme_end, "", SECTIONS[DeadlineKind.PROGRAMME], cluster.id)


def _request_returns(s: Session, today: date) -> Iterable[Deadline]:
    """A participant's file asked for by a data request, until it is accepted."""
    from app.services.requests.status import open_returns

    for b in open_returns(s):
        yield Deadline(f"request-{b.recipient_id}", DeadlineKind.REQUEST.value,
                       translate("Deadlines", "Data for request № {number}: {title}").format(
                           number=b.number, title=_one_line(b.title, 80)),
                       b.due_on, b.organization, SECTIONS[DeadlineKind.REQUEST], b.request_id)


#: every kind's source; a new kind of deadline is one function and one entry here
SOURCES: dict[DeadlineKind, Source] = {
    DeadlineKind.MONITORING: _monitoring,
    DeadlineKind.ROADMAP: _roadmap,
    DeadlineKind.CONTRACT: _contracts,
    DeadlineKind.FINDING: _findings,
    DeadlineKind.DECISION: _decisions,
    DeadlineKind.EVENT: _events,
    DeadlineKind.AGREEMENT: _agreements,
    DeadlineKind.PROGRAMME: _programme,
    DeadlineKind.REQUEST: _request_returns,
}


class DeadlinesService(Service):
    """Read-only: anyone who can view the cluster sees its deadlines."""

    @requires(Permission.CLUSTER_READ)
    def deadlines(self, *, days: int | None = None, overdue_only: bool = False,
                  today: date | None = None) -> list[Deadline]:
        """The open deadlines, soonest first: all of them, or only the overdue ones, or the
        overdue ones and those due within ``days`` days."""
        today = today or clock.today()
        if days is not None and days < 0:
            raise ValueError(translate("Deadlines", "The number of days cannot be negative."))
        out: list[Deadline] = []
        with self._session() as s:
            for source in SOURCES.values():
                for d in source(s, today):
                    if overdue_only and d.due_on >= today:
                        continue
                    if days is not None and d.due_on > today + timedelta(days=days):
                        continue
                    out.append(d)
        out.sort(key=lambda d: (d.due_on, d.kind, d.title))
        return out

    @requires(Permission.CLUSTER_READ)
    def notice(self, today: date | None = None, days: int = NOTICE_DAYS) -> DeadlineNotice:
        """What is overdue, and what is due within ``days`` days (for the notice on start)."""
        today = today or clock.today()
        due = self.deadlines(days=days, today=today)
        overdue = sum(1 for d in due if d.due_on < today)
        return DeadlineNotice(overdue, len(due) - overdue, days)

    @requires(Permission.CLUSTER_READ)
    def export_ics(self, path: Path | str, *, days: int | None = None,
                   overdue_only: bool = False, today: date | None = None) -> int:
        """Write the deadlines as an .ics file (atomically); returns how many were written."""
        today = today or clock.today()
        chosen = self.deadlines(days=days, overdue_only=overdue_only, today=today)
        with self._session() as s:
            cluster = s.scalars(select(Cluster).order_by(Cluster.created_at).limit(1)).first()
            name = cluster.name if cluster is not None else ""
        title = translate("Deadlines", "Deadlines — {cluster}").format(cluster=name) if name \
            else translate("Deadlines", "Deadlines")
        data = build_calendar(chosen, name=title, stamp=clock.now(), today=today)
        with atomic_write(path) as tmp:
            Path(tmp).write_bytes(data)
        return len(chosen)
