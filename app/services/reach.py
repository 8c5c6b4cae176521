"""Reach against the popularization programme's targets (seed 003): at least 70 % of pupils
of grades 6–11 reached, 70 % of schools involved, 100 % of college students reached, 60 % of
enterprises involved, and the region's admission figures (КЦП) met.

Only held events in the period count, and only the popularization programme's plans (the
plan of events and the information campaign) count toward the targets; the annual work
plan's events (demo exams, practice, meetings) are summed apart and never mixed in.  People
are summed over events (that is how reach is reported); schools and enterprises are counted
once however many events they took part in.  The КЦП figures are not typed here: they are
the admission table's (app/services/metrics.admission_sums), the one record of them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select

from app.models import Event, EventOrganization, EventPlan, EventReach, ReachBaseline
from app.services.base import Service, conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import ValidationError
from app.services.event_codes import POPULARIZATION, PUPILS, Audience, EventStatus, OrgKind
from app.services.metrics import admission_sums
from app.services.permissions import Permission, requires

MAX_BASE = 100_000_000
#: What the user enters for a year.  КЦП is not among them: its one record is the admission
#: figures (migration 0012 dropped the baselines' former copy).
BASE_FIELDS = ("pupils", "schools", "students", "enterprises")


@dataclass
class BaselineData:
    year: int
    pupils: int = 0
    schools: int = 0
    students: int = 0
    enterprises: int = 0
    version: int = 0


TARGETS = [  # code, label, goal in per cent
    ("pupils", QT_TRANSLATE_NOOP("Reach", "Pupils of grades 6–11 reached"), 70),
    ("schools", QT_TRANSLATE_NOOP("Reach", "Schools involved"), 70),
    ("students", QT_TRANSLATE_NOOP("Reach", "College students reached"), 100),
    ("enterprises", QT_TRANSLATE_NOOP("Reach", "Enterprises involved"), 60),
    ("admission", QT_TRANSLATE_NOOP("Reach", "Admission figures (КЦП) met"), 100),
]


@dataclass(frozen=True)
class TargetResult:
    code: str
    label: str
    actual: int
    base: int
    percent: Decimal | None  # None: no baseline entered
    goal: int

    @property
    def met(self) -> bool:
        return self.percent is not None and self.percent >= self.goal


@dataclass
class PlanReach:
    """Events and people of one group of plans in the period."""

    events_total: int = 0  # in the period, cancelled ones left out
    events_held: int = 0
    people: dict[str, int] = field(default_factory=dict)  # per audience
    schools: int = 0
    enterprises: int = 0
    by_month: list[tuple[int, int, int, int]] = field(default_factory=list)  # y, m, held, people

    @property
    def total_people(self) -> int:
        return sum(self.people.values())


@dataclass(kw_only=True)
class ReachSummary(PlanReach):
    """The popularization programme's reach (the inherited figures) and its targets; the
    annual work plan's reach in ``annual``, apart."""

    date_from: date
    date_to: date
    baseline: BaselineData | None = None
    admission: tuple[int, int] = (0, 0)  # КЦП planned, admitted: the admission table's
    targets: list[TargetResult] = field(default_factory=list)
    annual: PlanReach = field(default_factory=PlanReach)
    #: participants asked for this period's event results whose file is not accepted yet
    not_reported: list[str] = field(default_factory=list)


def percent(actual: int, base: int) -> Decimal | None:
    if base <= 0:
        return None
    return (Decimal(actual) * 100 / Decimal(base)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def org_key(organization_id, name: str) -> str:
    """The same participant, or the same name however spaced or capitalised, counts once."""
    return str(organization_id) if organization_id else " ".join(name.split()).casefold()


def count_reach(out: PlanReach, date_from: date, date_to: date, events: list[tuple],
                reach: list[tuple], orgs: list[tuple]) -> PlanReach:
    """Fill ``out`` from the given events only (see ``summarise`` for the tuples)."""
    held = {}
    for event_id, starts_on, status, *_ in events:
        if status == EventStatus.CANCELLED:
            continue
        out.events_total += 1
        if status == EventStatus.HELD:
            held[event_id] = starts_on
    out.events_held = len(held)
    people: Counter[str] = Counter()
    month_people: Counter[tuple[int, int]] = Counter()
    for event_id, audience, n in reach:
        if event_id in held:
            people[audience] += n
            day = held[event_id]
            month_people[(day.year, day.month)] += n
    out.people = {a.value: people.get(a.value, 0) for a in Audience}
    month_held = Counter((d.year, d.month) for d in held.values())
    out.by_month = [(y, m, month_held[(y, m)], month_people[(y, m)])
                    for y, m in _months(date_from, date_to)]
    seen: dict[str, set[str]] = {OrgKind.SCHOOL: set(), OrgKind.ENTERPRISE: set()}
    for event_id, kind, organization_id, name in orgs:
        if event_id in held and kind in seen:
            seen[kind].add(org_key(organization_id, name))
    out.schools, out.enterprises = len(seen[OrgKind.SCHOOL]), len(seen[OrgKind.ENTERPRISE])
    return out


def summarise(date_from: date, date_to: date, events: list[tuple], reach: list[tuple],
              orgs: list[tuple], baseline: BaselineData | None,
              admission: tuple[int, int] = (0, 0)) -> ReachSummary:
    """``events``: (id, starts_on, status, plan kind); ``reach``: (event_id, audience,
    people); ``orgs``: (event_id, kind, organization_id, name); ``admission``: (КЦП places
    planned, admitted) of the year.  Pure, so the arithmetic is tested on hand-built data."""
    popular = [e for e in events if e[3] in POPULARIZATION]
    annual = [e for e in events if e[3] not in POPULARIZATION]
    out = ReachSummary(date_from=date_from, date_to=date_to, baseline=baseline,
                       admission=admission)
    count_reach(out, date_from, date_to, popular, reach, orgs)
    out.annual = count_reach(PlanReach(), date_from, date_to, annual, reach, orgs)
    b = baseline or BaselineData(date_to.year)
    planned, admitted = admission
    actual = {"pupils": sum(out.people[a] for a in PUPILS), "schools": out.schools,
              "students": out.people[Audience.COLLEGE], "enterprises": out.enterprises,
              "admission": admitted}
    base = {"pupils": b.pupils, "schools": b.schools, "students": b.students,
            "enterprises": b.enterprises, "admission": planned}
    out.targets = [TargetResult(code, translate("Reach", label), actual[code], base[code],
                                percent(actual[code], base[code]), goal)
                   for code, label, goal in TARGETS]
    return out


def _months(date_from: date, date_to: date) -> list[tuple[int, int]]:
    months, y, m = [], date_from.year, date_from.month
    while (y, m) <= (date_to.year, date_to.month):
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


class ReachService(Service):
    @requires(Permission.EVENTS_READ)
    def baseline(self, year: int) -> BaselineData:
        with self._session() as s:
            row = self._baseline(s, year)
            return _baseline_data(row) if row else BaselineData(year)

    @requires(Permission.EVENTS_WRITE)
    def save_baseline(self, data: BaselineData) -> BaselineData:
        errors = {}
        for key in BASE_FIELDS:
            value = getattr(data, key)
            if not isinstance(value, int) or not 0 <= value <= MAX_BASE:
                errors[key] = translate("Reach", "A whole number from 0 to 100,000,000.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            row = self._baseline(s, data.year)
            if row is None:
                row = ReachBaseline(cluster_id=current_cluster(s).id, year=data.year)
                s.add(row)
            elif row.version != data.version:
                raise conflict_error()
            for key in BASE_FIELDS:
                setattr(row, key, getattr(data, key))
            s.flush()
            return _baseline_data(row)

    @requires(Permission.EVENTS_READ)
    def summary(self, date_from: date, date_to: date) -> ReachSummary:
        """Reach of the cluster's events in [date_from, date_to] against the baselines and
        the admission figures of the year the period ends in."""
        if date_to < date_from:
            raise ValidationError({"date_to": translate(
                "Reach", "The end of the period is before its start.")})
        with self._session() as s:
            cluster = current_cluster(s)
            in_period = (select(Event.id).join(EventPlan, EventPlan.id == Event.plan_id)
                         .where(EventPlan.cluster_id == cluster.id,
                                Event.starts_on >= date_from, Event.starts_on <= date_to))
            events = s.execute(select(Event.id, Event.starts_on, Event.status, EventPlan.kind)
                               .join(EventPlan, EventPlan.id == Event.plan_id)
                               .where(Event.id.in_(in_period))).all()
            reach = s.execute(select(EventReach.event_id, EventReach.audience,
                                     EventReach.people)
                              .where(EventReach.event_id.in_(in_period))).all()
            orgs = s.execute(select(EventOrganization.event_id, EventOrganization.kind,
                                    EventOrganization.organization_id, EventOrganization.name)
                             .where(EventOrganization.event_id.in_(in_period))).all()
            row = self._baseline(s, date_to.year)
            baseline = _baseline_data(row) if row else None
            planned, admitted, *_ = admission_sums(s, cluster.id, date_to.year)
            from app.services.unreported import not_reported

            missing = not_reported(s, date_from, date_to, ("events",))
        out = summarise(date_from, date_to, events, reach, orgs, baseline, (planned, admitted))
        out.not_reported = missing
        return out

    def _baseline(self, s, year: int) -> ReachBaseline | None:
        cluster = current_cluster(s)
        return s.scalar(select(ReachBaseline).where(ReachBaseline.cluster_id == cluster.id,
                                                    ReachBaseline.year == year))


def _baseline_data(row: ReachBaseline) -> BaselineData:
    return BaselineData(row.year, row.pupils, row.schools, row.students, row.enterprises,
                        version=row.version)
