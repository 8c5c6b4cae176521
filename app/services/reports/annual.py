"""The annual report of the cluster: one .xlsx workbook with a sheet per section, or one
PDF with a section per report.  Each section is the same builder its own report uses (the
reach report, the readiness map, the indicators report) or a table of ``annual_sections``
built from the same service data; the summary's figures (here) are read from those very
data, so a figure in the summary and in its section cannot differ."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.models import Membership, Organization
from app.services import clock
from app.services.base import translate
from app.services.cluster import current_cluster
from app.services.governance import GovernanceService
from app.services.grants import GrantsService
from app.services.indicators import IndicatorsService
from app.services.network import NetworkService
from app.services.participants import (
    LeaveKind,
    MemberRole,
    member_clause,
    member_day,
    role_label,
)
from app.services.permissions import Permission, requires
from app.services.reach import ReachService
from app.services.readiness import workshop_state
from app.services.reports.annual_activity import activity_data, activity_figures, activity_sections
from app.services.reports.annual_sections import (
    AnnualData,
    MemberLine,
    admissions_section,
    councils_section,
    network_section,
    one_decimal,
    participants_section,
    spending_section,
    total_of,
    training_section,
)
from app.services.reports.indicators import ReportService, indicators_report
from app.services.reports.model import Column, TableReport
from app.services.reports.monitoring import readiness_report
from app.services.reports.plans import check_target, reach_report
from app.services.sites import SitesService
from app.services.training import TrainingService, category_label


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
                (translate("Reports", "Spending"), translate("Reports", "% contracted"), one_decimal(f.pct_contracted), pct)]
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
        out += [(translate("Reports", "Admission"), translate("Reports", "Admission figures (КЦП)"), total_of(d, "places_planned"),
                 people),
                (translate("Reports", "Admission"), translate("Reports", "Admitted"), total_of(d, "admitted"), people),
                (translate("Reports", "Admission"), translate("Reports", "Graduates"), total_of(d, "graduates"), people),
                (translate("Reports", "Admission"), translate("Reports", "Employed"), total_of(d, "employed"), people)]
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
