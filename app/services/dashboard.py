"""The figures that matter this month, for the window that opens the program: grant money
contracted and paid, overdue roadmap items, this month's events and the year's reach against
the targets, open findings, indicators behind their target.  Each figure names the section a
click takes the user to; chart series come along."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import distinct, func, select

from app.models import CareerMap, Membership, Site, Workshop
from app.services import clock
from app.services.base import Service
from app.services.career_data import MapStatus
from app.services.dashboard_changes import (
    findings_open_on,
    maps_approved_on,
    members_on,
    previous_month_end,
    roadmap_overdue_on,
)
from app.services.data_check import DataCheckService
from app.services.event_codes import EventStatus
from app.services.events import EventsService
from app.services.findings import FindingsService, FindingStatus
from app.services.grants import GrantsService, SourceKind
from app.services.indicators import IndicatorRow, IndicatorsService
from app.services.participants import count_members, member_clause, members_by_role
from app.services.permissions import Permission, requires
from app.services.reach import ReachService, TargetResult
from app.services.roadmap import RoadmapService


@dataclass(frozen=True)
class BehindRow:
    name: str
    unit: str
    target: Decimal
    actual: Decimal | None


@dataclass
class DashboardSummary:
    today: date
    # grants (all sources, and the federal grant alone)
    planned: Decimal = Decimal(0)
    contracted: Decimal = Decimal(0)
    paid: Decimal = Decimal(0)
    grant_planned: Decimal = Decimal(0)
    grant_contracted: Decimal = Decimal(0)
    grant_paid: Decimal = Decimal(0)
    overdue_contracts: int = 0
    grant_overdue_contracts: int = 0  # of them, on the federal grant's lines
    # roadmap
    roadmap_items: int = 0
    roadmap_overdue: list[str] = field(default_factory=list)  # titles
    # events this month, reach this year
    events_month: int = 0
    events_month_held: int = 0
    events_overdue: int = 0
    reach_month: int = 0
    planned_reach_month: int = 0
    reach_year: int = 0  # the popularization programme's (what the targets count)
    reach_year_annual: int = 0  # the annual work plan's, apart
    targets: list[TargetResult] = field(default_factory=list)
    # findings
    findings_open: int = 0
    findings_overdue: int = 0
    # the data check: contradictions the declared rules find (the card opens their list)
    data_contradictions: int = 0
    data_rules_failed: int = 0  # how many rules found any
    # participants now (by role), sites and workshops, career maps by status
    members: int = 0
    members_by_role: dict[str, int] = field(default_factory=dict)
    joined_this_year: int = 0
    sites: int = 0
    workshops: int = 0
    career_maps: dict[str, int] = field(default_factory=dict)
    # indicators
    indicators: int = 0
    indicators_behind: list[BehindRow] = field(default_factory=list)
    # charts: (month start, planned, contracted, paid) cumulative; (year, month, held, people)
    money_by_month: list[tuple[date, Decimal, Decimal, Decimal]] = field(default_factory=list)
    reach_by_month: list[tuple[int, int, int, int]] = field(default_factory=list)
    # each tile's change since the end of the previous month (``month_before``), by the
    # tile's key; a tile whose figure has no history in the data has no key (see
    # dashboard_changes).  Money for "grant" and "sources" (contracted), counts otherwise.
    month_before: date | None = None
    changes: dict[str, int | Decimal] = field(default_factory=dict)

    @staticmethod
    def _share(part: Decimal, whole: Decimal) -> Decimal | None:
        return None if not whole else (part * 100 / whole).quantize(Decimal("0.1"))

    @property
    def pct_grant_contracted(self) -> Decimal | None:
        return self._share(self.grant_contracted, self.grant_planned)

    @property
    def pct_contracted(self) -> Decimal | None:
        return self._share(self.contracted, self.planned)

    @property
    def pct_grant_paid(self) -> Decimal | None:
        return self._share(self.grant_paid, self.grant_planned)

    @property
    def targets_missed(self) -> list[TargetResult]:
        return [t for t in self.targets if t.percent is not None and not t.met]

    #: Which section of the window each group of figures opens.
    SECTIONS = {"grants": "grants", "roadmap": "roadmap", "events": "events",
                "reach": "events", "findings": "inspections", "indicators": "indicators",
                "participants": "participants", "sites": "sites", "career-maps": "career-maps"}


def _month_end(day: date) -> date:
    nxt = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


class DashboardService(Service):
    @requires(Permission.INDICATORS_READ)
    def summary(self, today: date | None = None) -> DashboardSummary:
        today = today or clock.today()
        store, actor = self.store, self.actor
        out = DashboardSummary(today)
        grants = GrantsService(store, actor)
        for row in grants.spending(today=today):
            if row.level == "total":
                out.planned, out.contracted = row.figures.planned, row.figures.contracted
                out.paid, out.overdue_contracts = row.figures.paid, row.overdue
            elif row.category == SourceKind.FEDERAL_GRANT:
                out.grant_planned += row.figures.planned
                out.grant_contracted += row.figures.contracted
                out.grant_paid += row.figures.paid
                out.grant_overdue_contracts += row.overdue
        # the planned line is the card's planned total (one fact, one place): the budget
        # lines' plan, not the procedures' initial prices, which may differ from it
        out.money_by_month = [(month, out.planned, contracted, paid)
                              for month, _procedures, contracted, paid in grants.monthly(today.year)]
        items = RoadmapService(store, actor).items()
        out.roadmap_items = len(items)
        out.roadmap_overdue = [i.title for i in items if i.overdue(today)]
        month_start = today.replace(day=1)
        events = EventsService(store, actor)
        month = [e for e in events.events(date_from=month_start, date_to=_month_end(today),
                                          today=today) if e.status != EventStatus.CANCELLED]
        out.events_month = len(month)
        out.events_month_held = sum(1 for e in month if e.status == EventStatus.HELD)
        out.reach_month = sum(e.actual_reach for e in month)
        out.planned_reach_month = sum(e.planned_reach for e in month)
        out.events_overdue = len(events.events(overdue=True, today=today))
        reach = ReachService(store, actor).summary(date(today.year, 1, 1), today)
        out.reach_year, out.targets = reach.total_people, reach.targets
        out.reach_year_annual = reach.annual.total_people
        out.reach_by_month = reach.by_month
        findings = FindingsService(store, actor)
        out.findings_open = len(findings.list_findings(status=FindingStatus.OPEN.value,
                                                       today=today))
        out.findings_overdue = len(findings.list_findings(overdue=True, today=today))
        self._counts(out, today)
        check = DataCheckService(store, actor).run(today)
        out.data_contradictions = len(check.contradictions)
        out.data_rules_failed = sum(1 for count in check.by_rule().values() if count)
        rows: list[IndicatorRow] = IndicatorsService(store, actor).rows(today.year, today)
        out.indicators = len(rows)
        out.indicators_behind = [BehindRow(r.name, r.unit, r.target, r.actual)
                                 for r in rows if r.behind]
        self._changes(out, today, grants, events, items)
        return out

    def _changes(self, out: DashboardSummary, today: date, grants: GrantsService,
                 events: EventsService, items: list) -> None:
        """Each tile's figure now less the same figure at the end of the previous month,
        read from the data's own dates (``dashboard_changes``).  The grant tiles move by the
        money contracted, as the monitoring form counts it on a date (``spending(as_of)``:
        signed by then; a terminated contract has no date of termination, so it is left out
        on both dates).  Indicators, sites and the data check have no history: no change."""
        before = out.month_before = previous_month_end(today)
        grant_before = contracted_before = Decimal(0)
        for row in grants.spending(as_of=before, today=before):
            if row.level == "total":
                contracted_before = row.figures.contracted
            elif row.category == SourceKind.FEDERAL_GRANT:
                grant_before += row.figures.contracted
        # the events tile counts a month's events: the month before is the same figure then
        month = [e for e in events.events(date_from=before.replace(day=1), date_to=before,
                                          today=today) if e.status != EventStatus.CANCELLED]
        with self._session() as s:
            past = {"participants": members_on(s, before),
                    "findings": findings_open_on(s, before),
                    "career-maps": maps_approved_on(s, before)}
        out.changes = {
            "grant": out.grant_contracted - grant_before,
            "sources": out.contracted - contracted_before,
            "events": out.events_month - len(month),
            "roadmap": len(out.roadmap_overdue) - roadmap_overdue_on(items, before),
            "findings": out.findings_open - past["findings"],
            "participants": out.members - past["participants"],
            "career-maps": out.career_maps.get(MapStatus.APPROVED.value, 0)
            - past["career-maps"],
        }

    def _counts(self, out: DashboardSummary, today: date) -> None:
        """Plain counts, one query each: members today by role (the participants' own rule,
        ``member_clause``), those of them who joined this year, sites, workshops, career
        maps by status."""
        with self._session() as s:
            out.members_by_role = members_by_role(s, today)
            out.members = count_members(s, today)
            out.joined_this_year = s.scalar(
                select(func.count(distinct(Membership.organization_id))).where(
                    member_clause(today), Membership.joined_on >= date(today.year, 1, 1))) or 0
            out.sites = s.scalar(select(func.count()).select_from(Site)) or 0
            out.workshops = s.scalar(select(func.count()).select_from(Workshop)) or 0
            out.career_maps = {status: count for status, count in s.execute(
                select(CareerMap.status, func.count()).group_by(CareerMap.status))}
