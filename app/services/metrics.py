"""Computed performance indicators: each a function of (session, cluster, year) over data
the program already keeps.  A year's figure is the state at the end of that year (or, for
flows — events held, people trained — what happened within it).

Conventions, written once so reports and tests agree:

* a participant counts in a year if it is a member (``participants.member_clause``, the
  one rule) on 31 December, or today for a year not ended yet (the indicators' «as of»);
* events: held events of the popularization programme's plans (events plan, information
  campaign) that started in the year; reach sums the people of those events (the annual
  work plan is not counted, as in the reach report);
* grant contracted: live contracts signed by 31 December over the planned money of the
  federal grant's lines, in per cent (the spending picture's own arithmetic);
* a workshop is commissioned as the readiness map shows it (``readiness.workshop_state``:
  all its equipment and software commissioned by value, contracts' items by their
  acceptance), now for the current year, as of 31 December for a past one;
* trained: a person whose course ended in the year, who holds a certificate, and whose
  course is at least the standard hours of the category (144 / 252, training.standard_hours);
* agreements, shared use and experts count if in force at any time in the year;
* admission figures (КЦП), targeted contracts, graduates and employment come from the
  admission table of that year, the one record of them (the reach report reads it too,
  through ``admission_sums``); percentages are rounded to 0.1.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    AdmissionFigure,
    Event,
    EventPlan,
    EventReach,
    Expert,
    NetworkAgreement,
    SharedUse,
    StaffTraining,
)
from app.services import clock
from app.services.base import translate
from app.services.event_codes import POPULARIZATION
from app.services.participants import count_members, member_day
from app.services.readiness import workshop_state
from app.services.training import counted_clause, standard_hours

TENTH = Decimal("0.1")


def pct(part, whole) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(TENTH, ROUND_HALF_UP)


def _bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _members(role: str | None) -> Callable:
    def count(s: Session, cluster_id: uuid.UUID, year: int) -> Decimal:
        # the participants' own rule, on the year's last day or today if that is earlier
        return Decimal(count_members(s, member_day(year), role, cluster_id))
    return count


def _held_events(cluster_id: uuid.UUID, year: int):
    start, end = _bounds(year)
    return (select(Event.id).join(EventPlan, EventPlan.id == Event.plan_id)
            .where(EventPlan.cluster_id == cluster_id, Event.status == "held",
                   EventPlan.kind.in_(POPULARIZATION),
                   Event.starts_on >= start, Event.starts_on <= end))


def events_held(s: Session, cluster_id: uuid.UUID, year: int) -> Decimal:
    return Decimal(s.scalar(select(func.count()).select_from(
        _held_events(cluster_id, year).subquery())) or 0)


def people_reached(s: Session, cluster_id: uuid.UUID, year: int) -> Decimal:
    return Decimal(s.scalar(select(func.coalesce(func.sum(EventReach.people), 0)).where(
        EventReach.event_id.in_(_held_events(cluster_id, year)))) or 0)


def grant_contracted_pct(s: Session, cluster_id: uuid.UUID, year: int) -> Decimal | None:
    from app.services.grants import Figures, SourceKind, spending_rows

    _, end = _bounds(year)
    total = Figures()
    for row in spending_rows(s, end, end):
        if row.level == "source" and row.category == SourceKind.FEDERAL_GRANT:
            total.add(row.figures)
    return pct(total.contracted, total.planned)


def workshops_commissioned(s: Session, cluster_id: uuid.UUID, year: int) -> Decimal:
    """The readiness map's rule (``readiness.workshop_state``): now for a year not ended,
    as the map stood on 31 December for a past one."""
    from app.services.procurement_chain import workshop_readiness  # imports grants → us

    _, end = _bounds(year)
    as_of = end if end < clock.today() else None
    return Decimal(sum(1 for r in workshop_readiness(s, cluster_id, as_of).values()
                       if workshop_state(r) == "commissioned"))


def _trained(*categories: str) -> Callable:
    def count(s: Session, cluster_id: uuid.UUID, year: int) -> Decimal:
        start, end = _bounds(year)
        return Decimal(s.scalar(select(func.count()).select_from(StaffTraining).where(
            StaffTraining.cluster_id == cluster_id,
            counted_clause(categories, standard_hours(s)), StaffTraining.ends_on >= start,
            StaffTraining.ends_on <= end)) or 0)
    return count


def _in_force(model, start_col, end_col) -> Callable:
    def count(s: Session, cluster_id: uuid.UUID, year: int) -> Decimal:
        start, end = _bounds(year)
        return Decimal(s.scalar(select(func.count()).select_from(model).where(
            model.cluster_id == cluster_id,
            or_(start_col.is_(None), start_col <= end),
            or_(end_col.is_(None), end_col >= start))) or 0)
    return count


def network_agreements(s: Session, cluster_id: uuid.UUID, year: int) -> Decimal:
    start, end = _bounds(year)
    begins = func.coalesce(NetworkAgreement.starts_on, NetworkAgreement.signed_on)
    return Decimal(s.scalar(select(func.count()).select_from(NetworkAgreement).where(
        NetworkAgreement.cluster_id == cluster_id, or_(begins.is_(None), begins <= end),
        or_(NetworkAgreement.ends_on.is_(None), NetworkAgreement.ends_on >= start))) or 0)


def admission_sums(s: Session, cluster_id: uuid.UUID, year: int) -> tuple[int, ...]:
    """(КЦП places planned, admitted, targeted contracts, graduates, employed) of a year."""
    row = s.execute(select(*(func.coalesce(func.sum(c), 0) for c in (
        AdmissionFigure.places_planned, AdmissionFigure.admitted,
        AdmissionFigure.targeted_contracts, AdmissionFigure.graduates,
        AdmissionFigure.employed))).where(AdmissionFigure.cluster_id == cluster_id,
                                          AdmissionFigure.year == year)).one()
    return tuple(int(x) for x in row)


def admission_filled_pct(s: Session, cluster_id: uuid.UUID, year: int) -> Decimal | None:
    planned, admitted, *_ = admission_sums(s, cluster_id, year)
    return pct(admitted, planned)


def targeted_contracts(s: Session, cluster_id: uuid.UUID, year: int) -> Decimal:
    return Decimal(admission_sums(s, cluster_id, year)[2])


def employment_pct(s: Session, cluster_id: uuid.UUID, year: int) -> Decimal | None:
    *_, graduates, employed = admission_sums(s, cluster_id, year)
    return pct(employed, graduates)


@dataclass(frozen=True)
class Metric:
    code: str
    name: str  # untranslated; translate("Indicators", name)
    unit: str  # untranslated
    compute: Callable[[Session, uuid.UUID, int], Decimal | None]

    @property
    def label(self) -> str:
        return translate("Indicators", self.name)

    @property
    def unit_label(self) -> str:
        return translate("Indicators", self.unit)


PEOPLE, UNITS, PERCENT = (QT_TRANSLATE_NOOP("Indicators", "people"),
                          QT_TRANSLATE_NOOP("Indicators", "units"), "%")

METRICS: dict[str, Metric] = {m.code: m for m in (
    Metric("participants", QT_TRANSLATE_NOOP("Indicators", "Participants of the cluster"),
           UNITS, _members(None)),
    Metric("colleges", QT_TRANSLATE_NOOP("Indicators", "Colleges among the participants"),
           UNITS, _members("college")),
    Metric("employers", QT_TRANSLATE_NOOP("Indicators", "Employers among the participants"),
           UNITS, _members("employer")),
    Metric("schools", QT_TRANSLATE_NOOP("Indicators", "Schools among the participants"),
           UNITS, _members("school")),
    Metric("events_held", QT_TRANSLATE_NOOP("Indicators", "Career guidance events held"),
           UNITS, events_held),
    Metric("people_reached", QT_TRANSLATE_NOOP("Indicators", "People reached by the events"),
           PEOPLE, people_reached),
    Metric("grant_contracted", QT_TRANSLATE_NOOP(
        "Indicators", "Share of the federal grant contracted"), PERCENT, grant_contracted_pct),
    Metric("workshops_commissioned", QT_TRANSLATE_NOOP(
        "Indicators", "Workshops with all equipment commissioned"), UNITS,
        workshops_commissioned),
    Metric("teachers_trained", QT_TRANSLATE_NOOP(
        "Indicators", "Teachers, masters and methodologists trained (144 h)"), PEOPLE,
        _trained("teacher", "master", "methodologist")),
    Metric("industry_retrained", QT_TRANSLATE_NOOP(
        "Indicators", "People from industry retrained (252 h)"), PEOPLE, _trained("industry")),
    Metric("managers_trained", QT_TRANSLATE_NOOP(
        "Indicators", "Members of management teams trained"), PEOPLE, _trained("management")),
    Metric("network_agreements", QT_TRANSLATE_NOOP(
        "Indicators", "Network cooperation agreements in force"), UNITS, network_agreements),
    Metric("shared_use", QT_TRANSLATE_NOOP(
        "Indicators", "Arrangements for shared use of sites and equipment"), UNITS,
        _in_force(SharedUse, SharedUse.starts_on, SharedUse.ends_on)),
    Metric("experts", QT_TRANSLATE_NOOP("Indicators", "Members of the expert community"),
           PEOPLE, _in_force(Expert, Expert.since, Expert.until)),
    Metric("admission_filled", QT_TRANSLATE_NOOP(
        "Indicators", "Admission figures (КЦП) filled"), PERCENT, admission_filled_pct),
    Metric("targeted_contracts", QT_TRANSLATE_NOOP(
        "Indicators", "Targeted training contracts"), UNITS, targeted_contracts),
    Metric("employment", QT_TRANSLATE_NOOP("Indicators", "Graduates employed"), PERCENT,
           employment_pct),
)}
