"""The annual report's data (``AnnualData``, read by ``AnnualReportService.annual_data``)
and the tables of its own sections: participants, network cooperation, spending, training,
admission and the councils.  The other sections are the builders their own reports use
(``annual.annual_reports`` puts them together); the summary is ``annual``'s."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.services.base import translate
from app.services.governance import DecisionRow, MeetingRow
from app.services.governance_codes import label as governance_label
from app.services.grants import SpendingRow
from app.services.grants import label as grants_label
from app.services.indicators import IndicatorRow, ProgrammeData
from app.services.network import AgreementData, ExpertData, SharedUseData
from app.services.participants import LeaveKind, MemberRole, role_label
from app.services.reach import ReachSummary
from app.services.reports.annual_activity import ActivityData
from app.services.reports.formulas import column_sum, share
from app.services.reports.model import Column, TableReport
from app.services.site_data import ReadinessRow
from app.services.training import AdmissionData, TrainingData, category_label


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
                one_decimal(f.pct_contracted), one_decimal(f.pct_paid)]

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


def one_decimal(value: Decimal | None) -> Decimal | None:
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
        total = AdmissionData(d.year, "", "", places_planned=total_of(d, "places_planned"),
                              admitted=total_of(d, "admitted"),
                              targeted_contracts=total_of(d, "targeted_contracts"),
                              graduates=total_of(d, "graduates"), employed=total_of(d, "employed"))
        at = len(report.rows)
        report.bold_rows.add(at)
        _sums(report, at, range(at), (3, 4, 6, 7, 8))
        _shares(report, at, ((5, 4, 3), (9, 8, 7)))
        report.rows.append(["", translate("Reports", "Total"), "", total.places_planned, total.admitted,
                            total.filled_pct, total.targeted_contracts, total.graduates,
                            total.employed, total.employed_pct])
    return report


def total_of(d: AnnualData, name: str) -> int:
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
