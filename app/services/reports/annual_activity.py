"""The annual report's sections on the cluster's work beyond its registers: the roadmap,
inspections of the sites, career maps and the ambassador teams.

Each reads the rows its own service gives the window and the other reports (the roadmap is the
very builder of the roadmap control list), and its summary figures are counted from those
same rows, so a number in the summary, in its section and in the section's own report agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.formats import format_date
from app.services.ambassadors import AmbassadorsService, TeamData
from app.services.base import translate
from app.services.career_data import CareerMapRow, MapStatus
from app.services.career_data import status_label as map_status_label
from app.services.careers import CareerMapsService
from app.services.checklists import kind_label
from app.services.inspection_data import InspectionRow
from app.services.inspection_data import status_label as inspection_status_label
from app.services.inspections import InspectionsService
from app.services.reports.model import Column, TableReport
from app.services.reports.monitoring import roadmap_report
from app.services.roadmap import RoadmapData, RoadmapService, RoadmapStatus


@dataclass
class ActivityData:
    roadmap: list[RoadmapData] = field(default_factory=list)
    inspections: list[InspectionRow] = field(default_factory=list)  # of the year
    career_maps: list[CareerMapRow] = field(default_factory=list)  # in force (not superseded)
    teams: list[TeamData] = field(default_factory=list)


def activity_data(store, actor, year: int) -> ActivityData:
    """What the four sections show, from the services that own it."""
    inspections = [r for r in InspectionsService(store, actor).list_inspections()
                   if (r.inspected_on or r.planned_on).year == year]
    inspections.sort(key=lambda r: (r.inspected_on or r.planned_on, r.site))
    return ActivityData(roadmap=RoadmapService(store, actor).items(),
                        inspections=inspections,
                        career_maps=CareerMapsService(store, actor).maps(),
                        teams=AmbassadorsService(store, actor).teams())


def roadmap_section(a: ActivityData, cluster: str, today: date) -> TableReport:
    return roadmap_report(a.roadmap, cluster, today)


def inspections_section(a: ActivityData, year: int, cluster: str) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Inspections of the sites in {year}").format(year=year),
        columns=[Column(translate("Reports", "Site"), "text", 30),
                 Column(translate("Reports", "Inspection"), "text", 40),
                 Column(translate("Reports", "Kind"), "text", 16),
                 Column(translate("Reports", "Date"), "date", 11),
                 Column(translate("Reports", "Status"), "text", 16),
                 Column(translate("Reports", "Score, %"), "number", 9),
                 Column(translate("Reports", "Open findings"), "int", 10)],
        sheet_name=translate("Reports", "Inspections"), subtitle=cluster)
    for r in a.inspections:
        if r.open_findings:
            report.attention_rows.add(len(report.rows))
        report.rows.append([r.site, r.title, kind_label(r.kind), r.inspected_on or r.planned_on,
                            inspection_status_label(r.status), r.score, r.open_findings])
    return report


def career_maps_section(a: ActivityData, cluster: str) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Career maps"),
        columns=[Column(translate("Reports", "Code"), "text", 10),
                 Column(translate("Reports", "Profession / specialty"), "text", 36),
                 Column(translate("Reports", "College"), "text", 26),
                 Column(translate("Reports", "Edition"), "int", 8),
                 Column(translate("Reports", "Steps"), "int", 7),
                 Column(translate("Reports", "Status"), "text", 18),
                 Column(translate("Reports", "Approved"), "text", 22)],
        sheet_name=translate("Reports", "Career maps"), subtitle=cluster)
    for m in a.career_maps:
        approved = ""
        if m.status == MapStatus.APPROVED and m.protocol_no:
            approved = translate("Reports", "protocol No. {number} of {date}").format(
                number=m.protocol_no,
                date=format_date(m.approved_on) if m.approved_on else "—")
        report.rows.append([m.code, m.profession, m.college, m.edition, m.steps,
                            map_status_label(m.status), approved])
    return report


def ambassadors_section(a: ActivityData, cluster: str) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Ambassador teams"),
        columns=[Column(translate("Reports", "Team"), "text", 30),
                 Column(translate("Reports", "College"), "text", 26),
                 Column(translate("Reports", "Curator"), "text", 30),
                 Column(translate("Reports", "Students"), "int", 9),
                 Column(translate("Reports", "Events with the team"), "int", 11)],
        sheet_name=translate("Reports", "Ambassadors"), subtitle=cluster)
    for t in a.teams:
        curator = f"{t.curator}, {t.curator_post}" if t.curator_post else t.curator
        report.rows.append([t.name, t.college, curator, len(t.members), t.events])
    return report


def activity_sections(a: ActivityData, year: int, cluster: str,
                      today: date) -> list[TableReport]:
    return [roadmap_section(a, cluster, today), inspections_section(a, year, cluster),
            career_maps_section(a, cluster), ambassadors_section(a, cluster)]


def activity_figures(a: ActivityData, today: date) -> list[tuple[str, str, object, str]]:
    """(section, figure, value, unit) for the summary, counted from the sections' rows."""
    units, people = translate("Reports", "units"), translate("Reports", "people")
    roadmap, inspections = translate("Reports", "Roadmap"), translate("Reports", "Inspections")
    maps, teams = translate("Reports", "Career maps"), translate("Reports", "Ambassador teams")
    return [
        (roadmap, translate("Reports", "Roadmap measures"), len(a.roadmap), units),
        (roadmap, translate("Reports", "Measures done"),
         sum(1 for r in a.roadmap if r.status == RoadmapStatus.DONE), units),
        (roadmap, translate("Reports", "Measures overdue"),
         sum(1 for r in a.roadmap if r.overdue(today)), units),
        (inspections, translate("Reports", "Inspections in the year"), len(a.inspections),
         units),
        (inspections, translate("Reports", "Open findings"),
         sum(r.open_findings for r in a.inspections), units),
        (maps, translate("Reports", "Career maps in force"), len(a.career_maps), units),
        (maps, translate("Reports", "Approved career maps"),
         sum(1 for m in a.career_maps if m.status == MapStatus.APPROVED), units),
        (teams, translate("Reports", "Teams"), len(a.teams), units),
        (teams, translate("Reports", "Students in the teams"),
         sum(len(t.members) for t in a.teams), people),
    ]
