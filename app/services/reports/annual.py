"""The annual report of the cluster: one .xlsx workbook with a sheet per section, or one
PDF with a section per report.  Each section is the same builder its own report uses (the
reach report, the readiness map, the indicators report) or a table built here from the same
service data; the summary's figures are read from those very data, so a figure in the
summary and in its section cannot differ."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.models import Membership, Organization
from app.services import clock
from app.services.base import translate
from app.services.cluster import current_cluster
from app.services.governance import DecisionRow, GovernanceService, MeetingRow
from app.services.governance_codes import label as governance_label
from app.services.grants import GrantsService, SpendingRow
from app.services.grants import label as grants_label
from app.services.indicators import IndicatorRow, IndicatorsService, ProgrammeData
from app.services.network import AgreementData, ExpertData, NetworkService, SharedUseData
from app.services.participants import (
    LeaveKind,
    MemberRole,
    member_clause,
    member_day,
    role_label,
)
from app.services.permissions import Permission, requires
from app.services.reach import ReachService, ReachSummary
from app.services.readiness import workshop_state
from app.services.reports.annual_activity import (
    ActivityData,
    activity_data,
    activity_figures,
    activity_sections,
)
from app.services.reports.formulas import column_sum, share
from app.services.reports.indicators import ReportService, indicators_report
from app.services.reports.model import Column, TableReport
from app.services.reports.monitoring import readiness_report
from app.services.reports.plans import check_target, reach_report
from app.services.sites import ReadinessRow, SitesService
from app.services.training import AdmissionData, TrainingData, TrainingService, category_label


@dataclass(frozen=True)
class MemberLine:
    organization: str
    role: str
    joined_on: date | None
    agreement_no: str
    left_on: date | None
    leave_kind: str
    leave_reason: str
    current: bool = False  # a member on the report's day (``member_clause``, the one rule)


@dataclass
class AnnualData:
    year: int
    cluster: str
    today: date
    members: list[MemberLine] = field(default_factory=list)
    agreements: list[AgreementData] = field(default_factory=list)
    uses: list[SharedUseData] = field(default_factory=list)
    experts: list[ExpertData] = field(default_factory=list)
    reach: ReachSummary | None = None
    spending: list[SpendingRow] = field(default_factory=list)
    readiness: list[ReadinessRow] = field(default_factory=list)
    trainings: list[TrainingData] = field(default_factory=list)
    admissions: list[AdmissionData] = field(default_factory=list)
    programme: ProgrammeData | None = None
    indicators: list[IndicatorRow] = field(default_factory=list)
    meetings: list[MeetingRow] = field(default_factory=list)
    decisions: list[DecisionRow] = field(default_factory=list)
    #: participants asked for figures of the year whose file is not accepted yet
    not_reported: list[str] = field(default_factory=list)
    #: the roadmap, inspections, career maps and ambassador teams (annual_activity.py)
    activity: ActivityData = field(default_factory=ActivityData)

    @property
    def year_end(self) -> date:
        return date(self.year, 12, 31)

    def current_members(self) -> list[MemberLine]:
        """Members at the end of the year, or today for a year not ended (marked when read
        by ``annual_data`` with the participants' rule, as the indicators count them)."""
        return [m for m in self.members if m.current]

    def left_in_year(self) -> list[MemberLine]:
        return [m for m in self.members if m.left_on and m.left_on.year == self.year]

    def joined_in_year(self) -> list[MemberLine]:
        return [m for m in self.members if m.joined_on and m.joined_on.year == self.year]

    def certified(self) -> list[TrainingData]:
        """Trained as the indicators count them: certified, at least the standard hours."""
        return [t for t in self.trainings if t.counts]


def participants_section(d: AnnualData) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Participants of the cluster at the end of {year}").format(year=d.year),
        columns=[Column(translate("Reports", "Organization"), "text", 50), Column(translate("Reports", "Role"), "text", 18),
                 Column(translate("Reports", "Joined"), "date", 11), Column(translate("Reports", "Agreement No."), "text", 16),
                 Column(translate("Reports", "Left"), "date", 11), Column(translate("Reports", "Reason"), "text", 36)],
        sheet_name=translate("Reports", "Participants"), subtitle=d.cluster)
    current = d.current_members()
    for role in MemberRole:
        group = [m for m in current if m.role == role]
        if group:
            report.group_rows.add(len(report.rows))
            report.rows.append([f"{role_label(role)}: {len(group)}"])
            report.rows += [[m.organization, role_label(m.role), m.joined_on, m.agreement_no,
                             None, ""] for m in group]
    left = d.left_in_year()
    if left:
        report.group_rows.add(len(report.rows))
        report.rows.append([translate("Reports", "Left the cluster in {year}: {count}").format(
            year=d.year, count=len(left))])
        for m in left:
            if m.leave_kind == LeaveKind.EXCLUSION:
                report.attention_rows.add(len(report.rows))
            report.rows.append([m.organization, role_label(m.role), m.joined_on,
                                m.agreement_no, m.left_on, m.leave_reason])
    return report


def network_section(d: AnnualData) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Network cooperation in {year}").format(year=d.year),
        columns=[Column(translate("Reports", "Item"), "text", 44), Column(translate("Reports", "Parties / organization"), "text", 44),
                 Column(translate("Reports", "From"), "date", 11), Column(translate("Reports", "To"), "date", 11)],
        sheet_name=translate("Reports", "Network"), subtitle=d.cluster)
    rows = report.rows

    def group(title: str, count: int) -> None:
        report.group_rows.add(len(rows))
        rows.append([f"{title}: {count}"])

    group(translate("Reports", "Network cooperation agreements in force"), len(d.agreements))
    rows += [[f"{a.number} {a.subject}".strip(), f"{a.party_a} — {a.party_b}",
              a.starts_on or a.signed_on, a.ends_on] for a in d.agreements]
    group(translate("Reports", "Shared use of sites and equipment"), len(d.uses))
    rows += [[u.resource, f"{u.owner} → {u.user}".strip(" →"), u.starts_on, u.ends_on]
             for u in d.uses]
    group(translate("Reports", "Expert community"), len(d.experts))
    rows += [[f"{e.full_name}, {e.specialty}".strip(", "), e.organization_name, e.since,
              e.until] for e in d.experts]
    return report


def spending_section(d: AnnualData) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Spending of the money as of {date}").format(
            date=d.year_end.strftime("%d.%m.%Y")),
        columns=[Column(translate("Reports", "Source / budget line"), "text", 44),
                 Column(translate("Reports", "Category"), "text", 18), Column(translate("Reports", "Planned"), "money", 16),
                 Column(translate("Reports", "Contracted"), "money", 16), Column(translate("Reports", "Accepted"), "money", 16),
                 Column(translate("Reports", "Paid"), "money", 16), Column(translate("Reports", "% contracted"), "number", 10),
                 Column(translate("Reports", "% paid"), "number", 10)],
        sheet_name=translate("Reports", "Spending"), subtitle=d.cluster)

    def line(name: str, category: str, f) -> list:
        return [name, category, f.planned, f.contracted, f.accepted, f.paid,
                _round(f.pct_contracted), _round(f.pct_paid)]

    sources: list[int] = []
    for row in d.spending:
        at = len(report.rows)
        report.bold_rows.add(at)
        if row.level == "total":
            report.rows.append(line(row.name, "", row.figures))
            _sums(report, at, sources, (2, 3, 4, 5))
        else:
            sources.append(at)
            report.rows.append(line(row.name, grants_label(row.category), row.figures))
            for child in row.children:
                _shares(report, len(report.rows), ((6, 3, 2), (7, 5, 2)))
                report.rows.append(line("    " + child.name, grants_label(child.category),
                                        child.figures))
            _sums(report, at, range(at + 1, len(report.rows)), (2, 3, 4, 5))
        _shares(report, at, ((6, 3, 2), (7, 5, 2)))
    return report


def _sums(report: TableReport, at: int, rows, columns) -> None:
    """Row ``at`` totals ``rows`` in ``columns`` (the workbook writes SUM formulas)."""
    rows = list(rows)
    if rows:
        for column in columns:
            report.formulas[at, column] = column_sum(column, rows)


def _shares(report: TableReport, at: int, shares) -> None:
    """(column, part, whole): the percentages of row ``at``."""
    for column, part, whole in shares:
        report.formulas[at, column] = share(at, part, whole)


def _round(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(Decimal("0.1"))


def training_section(d: AnnualData) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Staff training completed in {year}").format(year=d.year),
        columns=[Column(translate("Reports", "Full name"), "text", 30), Column(translate("Reports", "Organization"), "text", 24),
                 Column(translate("Reports", "Programme"), "text", 40), Column(translate("Reports", "Hours"), "int", 7),
                 Column(translate("Reports", "From"), "date", 11), Column(translate("Reports", "To"), "date", 11),
                 Column(translate("Reports", "Certificate"), "text", 16)],
        sheet_name=translate("Reports", "Training"), subtitle=d.cluster)
    by_category: dict[str, list[TrainingData]] = {}
    for t in d.trainings:
        by_category.setdefault(t.category, []).append(t)
    for category, people in by_category.items():
        report.group_rows.add(len(report.rows))
        report.rows.append([translate("Reports", "{category}: {count} (with a certificate: {done})").format(
            category=category_label(category), count=len(people),
            done=sum(1 for t in people if t.completed))])
        for t in people:
            programme = f"{t.programme} ({t.track})" if t.track else t.programme
            report.rows.append([t.full_name, t.organization, programme, t.hours, t.starts_on,
                                t.ends_on, t.certificate_no])
    return report


def admissions_section(d: AnnualData) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Admission and graduates in {year}").format(year=d.year),
        columns=[Column(translate("Reports", "Code"), "text", 10), Column(translate("Reports", "Profession / specialty"), "text", 36),
                 Column(translate("Reports", "College"), "text", 22), Column(translate("Reports", "Admission figures (КЦП)"), "int", 12),
                 Column(translate("Reports", "Admitted"), "int", 10), Column(translate("Reports", "% filled"), "number", 9),
                 Column(translate("Reports", "Targeted contracts"), "int", 11), Column(translate("Reports", "Graduates"), "int", 10),
                 Column(translate("Reports", "Employed"), "int", 10), Column(translate("Reports", "% employed"), "number", 10)],
        sheet_name=translate("Reports", "Admission"), subtitle=d.cluster)
    for a in d.admissions:
        _shares(report, len(report.rows), ((5, 4, 3), (9, 8, 7)))
        report.rows.append([a.code, a.profession, a.college, a.places_planned, a.admitted,
                            a.filled_pct, a.targeted_contracts, a.graduates, a.employed,
                            a.employed_pct])
    if d.admissions:
        total = AdmissionData(d.year, "", "", places_planned=_sum(d, "places_planned"),
                              admitted=_sum(d, "admitted"),
                              targeted_contracts=_sum(d, "targeted_contracts"),
                              graduates=_sum(d, "graduates"), employed=_sum(d, "employed"))
        at = len(report.rows)
        report.bold_rows.add(at)
        _sums(report, at, range(at), (3, 4, 6, 7, 8))
        _shares(report, at, ((5, 4, 3), (9, 8, 7)))
        report.rows.append(["", translate("Reports", "Total"), "", total.places_planned, total.admitted,
                            total.filled_pct, total.targeted_contracts, total.graduates,
                            total.employed, total.employed_pct])
    return report


def _sum(d: AnnualData, name: str) -> int:
    return sum(getattr(a, name) for a in d.admissions)


def councils_section(d: AnnualData) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Meetings of the councils and their decisions in {year}").format(year=d.year),
        columns=[Column(translate("Reports", "Council / meeting"), "text", 40), Column(translate("Reports", "Date"), "date", 11),
                 Column(translate("Reports", "Decision"), "text", 60), Column(translate("Reports", "Due"), "date", 11),
                 Column(translate("Reports", "Status"), "text", 14)],
        sheet_name=translate("Reports", "Councils"), subtitle=d.cluster)
    by_meeting: dict = {}
    for dec in d.decisions:
        by_meeting.setdefault(dec.meeting_id, []).append(dec)
    for m in sorted(d.meetings, key=lambda m: (m.held_on, m.number)):
        report.group_rows.add(len(report.rows))
        report.rows.append([translate("Reports", "{council}, protocol No. {number} of {date}").format(
            council=m.council, number=m.number, date=m.held_on.strftime("%d.%m.%Y"))])
        for dec in by_meeting.get(m.id, []):
            if dec.overdue(d.today):
                report.attention_rows.add(len(report.rows))
            report.rows.append([f"{dec.position}.", m.held_on, dec.text, dec.due_on,
                                governance_label(dec.status)])
    return report


def summary_figures(d: AnnualData) -> list[tuple[str, str, object, str]]:
    """(section, figure, value, unit): the annual report's first sheet."""
    current = d.current_members()
    roles = Counter(m.role for m in current)
    people, units, pct = translate("Reports", "people"), translate("Reports", "units"), "%"
    out = [(translate("Reports", "Participants"), translate("Reports", "Participants at the end of the year"), len(current), units)]
    out += [(translate("Reports", "Participants"), role_label(r), roles.get(r.value, 0), units) for r in MemberRole]
    out += [
        (translate("Reports", "Participants"), translate("Reports", "Joined during the year"), len(d.joined_in_year()), units),
        (translate("Reports", "Participants"), translate("Reports", "Left during the year"), len(d.left_in_year()), units),
        (translate("Reports", "Participants"), translate("Reports", "Of them excluded by the council"), sum(
            1 for m in d.left_in_year() if m.leave_kind == LeaveKind.EXCLUSION), units),
        (translate("Reports", "Network"), translate("Reports", "Network cooperation agreements in force"), len(d.agreements),
         units),
        (translate("Reports", "Network"), translate("Reports", "Shared use of sites and equipment"), len(d.uses), units),
        (translate("Reports", "Network"), translate("Reports", "Expert community"), len(d.experts), people),
    ]
    if d.reach is not None:
        out += [(translate("Reports", "Events and reach"), translate("Reports", "Events held"), d.reach.events_held, units),
                (translate("Reports", "Events and reach"), translate("Reports", "Total people reached"), d.reach.total_people,
                 people),
                (translate("Reports", "Events and reach"), translate("Reports", "Schools involved (each counted once)"),
                 d.reach.schools, units),
                (translate("Reports", "Events and reach"), translate("Reports", "Enterprises involved (each counted once)"),
                 d.reach.enterprises, units)]
        # the annual work plan apart: its events never count toward the programme's targets
        plan = translate("Reports", "Annual work plan of the cluster")
        out += [(plan, translate("Reports", "Events of the annual work plan held"),
                 d.reach.annual.events_held, units),
                (plan, translate("Reports", "People reached by the annual work plan"),
                 d.reach.annual.total_people, people)]
    total = next((r for r in d.spending if r.level == "total"), None)
    if total is not None:
        f = total.figures
        out += [(translate("Reports", "Spending"), translate("Reports", "Planned"), f.planned, "₽"),
                (translate("Reports", "Spending"), translate("Reports", "Contracted"), f.contracted, "₽"),
                (translate("Reports", "Spending"), translate("Reports", "Paid"), f.paid, "₽"),
                (translate("Reports", "Spending"), translate("Reports", "% contracted"), _round(f.pct_contracted), pct)]
    workshops = [r for r in d.readiness if r.workshop]
    states = Counter(workshop_state(r.figures) for r in workshops)  # the map's own rule
    out += [(translate("Reports", "Readiness"), translate("Reports", "Workshops"), len(workshops), units),
            (translate("Reports", "Readiness"), translate("Reports", "Workshops with all equipment delivered"),
             states["delivered"] + states["commissioned"], units),
            (translate("Reports", "Readiness"), translate("Reports", "Workshops with all equipment commissioned"),
             states["commissioned"], units),
            (translate("Reports", "Readiness"), translate("Reports", "Workshops 100 % ready"), sum(
                1 for r in workshops if r.figures.overall is not None
                and r.figures.overall >= 100), units)]
    certified = Counter(t.category for t in d.certified())
    out += [(translate("Reports", "Training"), category_label(c), n, people) for c, n in sorted(certified.items())]
    if d.admissions:
        out += [(translate("Reports", "Admission"), translate("Reports", "Admission figures (КЦП)"), _sum(d, "places_planned"),
                 people),
                (translate("Reports", "Admission"), translate("Reports", "Admitted"), _sum(d, "admitted"), people),
                (translate("Reports", "Admission"), translate("Reports", "Graduates"), _sum(d, "graduates"), people),
                (translate("Reports", "Admission"), translate("Reports", "Employed"), _sum(d, "employed"), people)]
    out += [(translate("Reports", "Indicators"), translate("Reports", "Performance indicators"), len(d.indicators), units),
            (translate("Reports", "Indicators"), translate("Reports", "Behind the target"), sum(1 for r in d.indicators if r.behind),
             units),
            (translate("Reports", "Councils"), translate("Reports", "Meetings held"), len(d.meetings), units),
            (translate("Reports", "Councils"), translate("Reports", "Decisions taken"), len(d.decisions), units)]
    return out + activity_figures(d.activity, d.today)


def summary_section(d: AnnualData) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Annual report of the cluster for {year}").format(year=d.year),
        columns=[Column(translate("Reports", "Figure"), "text", 60), Column(translate("Reports", "Value"), "number", 18),
                 Column(translate("Reports", "Unit"), "text", 10)],
        sheet_name=translate("Reports", "Summary"), subtitle=d.cluster)
    section = None
    for name, figure, value, unit in summary_figures(d):
        if name != section:
            section = name
            report.group_rows.add(len(report.rows))
            report.rows.append([name])
        report.rows.append([figure, value, unit])
    if d.not_reported:
        from app.services.unreported import not_reported_line

        report.notes.append(not_reported_line(d.not_reported))
    return report


def annual_reports(d: AnnualData) -> list[TableReport]:
    """The summary, then a report per section, in the order they print."""
    reports = [summary_section(d), participants_section(d), network_section(d)]
    if d.reach is not None:
        reports.append(reach_report(d.reach, d.cluster))
    ready = readiness_report(d.readiness, d.cluster, d.today)
    reports += [spending_section(d), ready, training_section(d), admissions_section(d),
                indicators_report(d.indicators, d.year, d.programme, d.cluster),
                councils_section(d)]
    activity = activity_sections(d.activity, d.year, d.cluster, d.today)
    reports += activity
    today_pictures = {id(ready), id(activity[0]), id(activity[2]), id(activity[3])}
    for report in reports:  # a year not ended yet: its sheets say «предварительные»
        if id(report) not in today_pictures:  # the map, the roadmap…: as of today, as alone
            report.period_end, report.made_on = d.year_end, d.today
    return reports


def pdf_headings(reports: list[TableReport], d: AnnualData) -> list[str]:
    """The sections as the PDF numbers them; the summary is a section of the book the
    cover titles."""
    titles = [translate("Reports", "Summary figures")] + [r.title for r in reports[1:]]
    return [f"{n}. {title}" for n, title in enumerate(titles, start=1)]


def pdf_cover(d: AnnualData, author: str) -> list[str]:
    """The cover: the report, the cluster, the managing company, the day it was made."""
    return [translate("Reports", "Annual report of the cluster for {year}").format(year=d.year),
            d.cluster,
            translate("Reports", "Managing company: {name}").format(name=author) if author else "",
            translate("Reports", "Generated: {date}").format(date=d.today.strftime("%d.%m.%Y"))]


class AnnualReportService(ReportService):
    @requires(Permission.INDICATORS_READ)
    def annual_data(self, year: int, today: date | None = None) -> AnnualData:
        """Everything the annual report shows, from the services that own it."""
        today = today or clock.today()
        store, actor = self.store, self.actor
        d = AnnualData(int(year), self._cluster_name(), today)
        first, last = date(d.year, 1, 1), d.year_end
        with self._session() as s:
            cluster = current_cluster(s)
            current = set(s.scalars(select(Membership.id).where(
                member_clause(member_day(d.year, today), cluster.id))))
            d.members = [MemberLine(short or full, m.role, m.joined_on, m.agreement_no,
                                    m.left_on, m.leave_kind, m.leave_reason,
                                    m.id in current)
                         for m, short, full in s.execute(
                             select(Membership, Organization.short_name, Organization.full_name)
                             .join(Organization, Organization.id == Membership.organization_id)
                             .where(Membership.cluster_id == cluster.id)
                             .order_by(Organization.full_name))]
            from app.services.unreported import not_reported

            d.not_reported = not_reported(s, first, last)
        network = NetworkService(store, actor)
        d.agreements, d.uses = network.agreements(d.year), network.shared_uses(d.year)
        d.experts = network.experts(d.year)
        d.reach = ReachService(store, actor).summary(first, last)
        d.spending = GrantsService(store, actor).spending(as_of=last, today=min(today, last))
        d.readiness = SitesService(store, actor).readiness_map()
        training = TrainingService(store, actor)
        d.trainings, d.admissions = training.trainings(d.year), training.admissions(d.year)
        indicators = IndicatorsService(store, actor)
        d.programme, d.indicators = indicators.programme(), indicators.rows(d.year, today)
        governance = GovernanceService(store, actor)
        d.meetings = governance.meetings(year=d.year)
        ids = {m.id for m in d.meetings}
        d.decisions = [x for x in governance.decisions(today=today) if x.meeting_id in ids]
        d.activity = activity_data(store, actor, d.year)
        return d

    @requires(Permission.INDICATORS_READ)
    def annual_report(self, year: int, out: Path | str, today: date | None = None,
                      ) -> AnnualData:
        """Write the annual report (.xlsx: a sheet per section; .pdf: a section per
        report); returns the data it shows."""
        out = check_target(out)
        d = self.annual_data(year, today)
        reports = annual_reports(d)
        reports[0].author = self._author()  # a book's properties come from its first report
        if out.suffix.lower() == ".pdf":
            from app.services.reports.pdf import write_pdf_book

            write_pdf_book(reports, out, title=reports[0].title, subtitle=d.cluster,
                           cover=pdf_cover(d, reports[0].author),
                           contents_title=translate("Reports", "Contents"),
                           headings=pdf_headings(reports, d))
        else:
            from app.services.reports.xlsx import write_xlsx_book

            write_xlsx_book(reports, out)
        self._done(out, len(reports))
        return d
