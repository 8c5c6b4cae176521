"""Event plans on paper: a plan as councils sign it (the approval block top right, events
numbered and grouped by section, the revisions after the table) and the reach of the
popularization events over a period against the programme's targets.  Both go to xlsx or PDF
by the file's extension."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from app.models import Cluster
from app.services.audit import Action, record_now
from app.services.base import Service, translate
from app.services.cluster import document_author
from app.services.errors import ValidationError
from app.services.event_codes import (
    MANDATORY,
    VARIABLE,
    Audience,
    PlanKind,
    audience_label,
    section_label,
    status_label,
)
from app.services.event_data import EventRow, PlanData, RevisionData
from app.services.events import EventsService
from app.services.permissions import Permission, requires
from app.services.reach import PlanReach, ReachService, ReachSummary, percent
from app.services.reports.docx import write_table_docx
from app.services.reports.formulas import column_sum, share
from app.services.reports.model import Column, TableReport
from app.services.reports.monitoring import write_report

BLANK_BODY, BLANK_NO, BLANK_DATE = "_" * 24, "____", "__________"
SUFFIXES = (".xlsx", ".pdf")


def day_text(day: date | None) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}" if day else ""


def dates_text(starts_on: date, ends_on: date | None) -> str:
    """«12.03.2026», or «12.03.2026 – 14.03.2026» for an event of several days."""
    if ends_on is None or ends_on == starts_on:
        return day_text(starts_on)
    return f"{day_text(starts_on)} – {day_text(ends_on)}"


def dates_value(starts_on: date, ends_on: date | None) -> date | str:
    """An event's dates as the plan's «Dates» cell: the day itself (a date cell a workbook
    sorts and filters), or «12.03.2026 – 14.03.2026» for an event of several days."""
    if ends_on is None or ends_on == starts_on:
        return starts_on
    return dates_text(starts_on, ends_on)


def _local_day(moment: datetime) -> date:
    """A stored moment (UTC; SQLite gives it back without a zone) as the local day."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone().date()


def approval_lines(plan: PlanData) -> list[str]:
    """«УТВЕРЖДЕНО протоколом заседания … № 7 от 20.01.2026», a line at a time; a draft is
    marked «ПРОЕКТ» with blanks for the council to fill in."""
    lines = [] if plan.approved else [translate("Reports", "DRAFT")]
    lines += [
        translate("Reports", "APPROVED"),
        translate("Reports", "by the minutes of the meeting of {body}").format(
            body=plan.approved_by if plan.approved else BLANK_BODY),
        translate("Reports", "No. {number} of {date}").format(
            number=plan.protocol_no if plan.approved else BLANK_NO,
            date=day_text(plan.approved_on) if plan.approved else BLANK_DATE),
    ]
    if plan.revision > 0:
        lines.append(translate("Reports", "Revision No. {number}").format(number=plan.revision))
    return lines


def group_events(kind: str, events: list[EventRow]) -> list[tuple[str, list[EventRow]]]:
    """(section title, its events in the plan's order).  The plan of events lists the
    mandatory events, then the variable ones; other plans keep their sections in the order
    they first appear.  Events with no section come last, under «Other events», unless no
    event has a section (then there is one group with no title)."""
    ordered = sorted(events, key=lambda e: (e.position, e.starts_on))
    sections: list[str] = []
    for e in ordered:
        if e.section not in sections:
            sections.append(e.section)
    if kind == PlanKind.EVENTS:
        fixed = [s for s in (MANDATORY, VARIABLE) if s in sections]
        sections = fixed + [s for s in sections if s not in fixed]
    if "" in sections:
        sections.remove("")
        sections.append("")
    groups = []
    for section in sections:
        title = section_label(section) if section else (
            translate("Reports", "Other events") if len(sections) > 1 else "")
        groups.append((title, [e for e in ordered if e.section == section]))
    return groups


def revision_note(revision: RevisionData) -> str:
    return translate("Reports", "Revision No. {number} of {date}: {what} Reason: {why}.").format(
        number=revision.number, date=day_text(_local_day(revision.made_at)),
        what=revision.what, why=revision.why.rstrip(". "))


def plan_report(plan: PlanData, events: list[EventRow], revisions: list[RevisionData],
                cluster: str) -> TableReport:
    report = TableReport(
        title=plan.title,
        columns=[
            Column(translate("Reports", "Item no."), "int", 5),
            Column(translate("Reports", "Event"), "text", 39),
            Column(translate("Reports", "Dates"), "date", 13),
            Column(translate("Reports", "Place"), "text", 20),
            Column(translate("Reports", "Target audience"), "text", 20),
            Column(translate("Reports", "Responsible"), "text", 22),
            Column(translate("Reports", "Planned reach, people"), "int", 13),
            Column(translate("Reports", "Status"), "text", 15),
        ],
        sheet_name=translate("Reports", "Plan"),
        subtitle=cluster,
        approval=approval_lines(plan),
        draft_mark="" if plan.approved else translate("Reports", "DRAFT"),
    )
    number = 0
    for title, rows in group_events(plan.kind, events):
        if title:
            report.group_rows.add(len(report.rows))
            report.rows.append([title])
        for e in rows:
            number += 1
            report.rows.append([
                number, e.title, dates_value(e.starts_on, e.ends_on), e.place,
                ", ".join(audience_label(a) for a in e.audiences), e.responsible,
                e.planned_reach or None, status_label(e.status),
            ])
    if revisions:
        report.notes_title = translate("Reports", "Revisions of the plan")
        report.notes = [revision_note(r) for r in revisions]
    return report


def _goal_text(goal: int) -> str:
    return translate("Reports", "at least {goal} %").format(goal=goal)


def reach_report(summary: ReachSummary, cluster: str) -> TableReport:
    """One table: the popularization programme's events, people per audience, schools and
    enterprises, then its targets (actual against the baseline, per cent, goal, met or not),
    then the annual work plan's events and people apart: they never count toward the
    targets.  The КЦП row is the admission table's, as in the indicators and annual reports."""
    report = TableReport(
        title=translate(
            "Reports", "Reach of the popularization events for the period {start} – {end}")
        .format(start=day_text(summary.date_from), end=day_text(summary.date_to)),
        columns=[
            Column(translate("Reports", "Indicator"), "text", 46),
            Column(translate("Reports", "Actual"), "int", 12),
            Column(translate("Reports", "Baseline"), "int", 12),
            Column(translate("Reports", "%"), "number", 9),
            Column(translate("Reports", "Goal"), "text", 12),
            Column(translate("Reports", "Met"), "text", 10),
        ],
        sheet_name=translate("Reports", "Reach"),
        subtitle=cluster,
        period_end=summary.date_to,  # a period still running is preliminary
    )
    rows = report.rows

    def group(title: str) -> None:
        report.group_rows.add(len(rows))
        rows.append([title])

    group(translate("Reports", "Events"))
    _reach_rows(report, summary)
    group(translate("Reports", "Targets of the popularization programme"))
    for target in summary.targets:
        met = translate("Reports", "yes") if target.met else translate("Reports", "no")
        if target.percent is None:
            met = translate("Reports", "no baseline")
        elif not target.met:
            report.attention_rows.add(len(rows))
        report.formulas[len(rows), 3] = share(len(rows), 1, 2)
        rows.append([target.label, target.actual, target.base or None, target.percent,
                     _goal_text(target.goal), met])
    group(translate("Reports", "Annual work plan of the cluster (not counted toward the "
                               "targets)"))
    _reach_rows(report, summary.annual)
    year = summary.date_to.year
    report.notes = [translate(
        "Reports", "Only held events count. People are summed over events; a school or an "
                   "enterprise is counted once however many events it took part in."),
        translate("Reports", "The targets count the popularization programme's plan of "
                             "events and information campaign only; the annual work plan's "
                             "events are shown apart.")]
    if summary.baseline is None:
        report.notes.append(translate(
            "Reports", "No baselines are entered for {year}: the percentages are not "
                       "computed.").format(year=year))
    else:
        report.notes.append(translate(
            "Reports", "Baselines (pupils, schools, college students, enterprises) are those "
                       "of {year}.").format(year=year))
    report.notes.append(translate(
        "Reports", "Admission figures (КЦП) are the admission figures of {year}: {planned} "
                   "places, {admitted} admitted.").format(
        year=year, planned=summary.admission[0], admitted=summary.admission[1]))
    if summary.not_reported:  # the figures of these participants are still missing
        from app.services.unreported import not_reported_line

        report.notes.append(not_reported_line(summary.not_reported))
    return report


def _reach_rows(report: TableReport, reach: PlanReach) -> None:
    """Events in the period, held, people per audience, schools and enterprises."""
    rows = report.rows
    rows.append([translate("Reports", "Events in the period (not cancelled)"),
                 reach.events_total, None, None, None, None])
    report.formulas[len(rows), 3] = share(len(rows), 1, 2)
    rows.append([translate("Reports", "Events held"), reach.events_held,
                 reach.events_total, percent(reach.events_held, reach.events_total),
                 None, None])
    report.group_rows.add(len(rows))
    rows.append([translate("Reports", "People reached")])
    first = len(rows)
    for code in Audience:
        rows.append([audience_label(code), reach.people.get(code.value, 0),
                     None, None, None, None])
    report.formulas[len(rows), 1] = column_sum(1, range(first, len(rows)))
    report.bold_rows.add(len(rows))
    rows.append([translate("Reports", "Total people reached"), reach.total_people,
                 None, None, None, None])
    rows.append([translate("Reports", "Schools involved (each counted once)"),
                 reach.schools, None, None, None, None])
    rows.append([translate("Reports", "Enterprises involved (each counted once)"),
                 reach.enterprises, None, None, None, None])


def check_target(out: Path | str) -> Path:
    out = Path(out)
    if out.suffix.lower() not in SUFFIXES:
        raise ValidationError({"out": translate(
            "Reports", "The report file must end in .xlsx or .pdf.")})
    return out


class PlanReportsService(Service):
    def _cluster_name(self) -> str:
        with self._session() as s:
            return s.scalar(select(Cluster.name).order_by(Cluster.created_at).limit(1)) or ""

    def _done(self, target: Path, rows: int) -> int:
        record_now(self.store.sessions, Action.EXPORT, f"{target.name}: {rows}",
                   username=self.actor.username or "—")
        return rows

    @requires(Permission.EVENTS_READ)
    def plan_report(self, plan_id: uuid.UUID, out: Path | str) -> int:
        """The plan as the council signs it; returns the number of events."""
        out = Path(out)
        if out.suffix.lower() not in (*SUFFIXES, ".docx"):
            raise ValidationError({"out": translate(
                "Reports", "The plan file must end in .xlsx, .pdf or .docx.")})
        events = EventsService(self.store, self.actor)
        plan = events.plan(plan_id)
        rows = events.events(plan_id=plan.id)
        report = plan_report(plan, rows, events.revisions(plan.id) if plan.revision else [],
                             self._cluster_name())
        with self._session() as s:
            report.author = document_author(s)
        if out.suffix.lower() == ".docx":  # for the council's secretary to edit
            write_table_docx(report, out, author=report.author)
        else:
            write_report(report, out)
        return self._done(out, len(rows))

    @requires(Permission.EVENTS_READ)
    def reach_report(self, date_from: date, date_to: date, out: Path | str) -> ReachSummary:
        """Reach of the events in [date_from, date_to]; returns the summary it shows."""
        out = check_target(out)
        summary = ReachService(self.store, self.actor).summary(date_from, date_to)
        report = reach_report(summary, self._cluster_name())
        with self._session() as s:
            report.author = document_author(s)
        write_report(report, out)
        self._done(out, summary.events_held)
        return summary
