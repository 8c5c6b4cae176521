"""Monitoring reports of seed 003: the roadmap control list («Контрольный лист выполнения
мероприятий дорожной карты») and the site readiness map («Карта готовности площадок»).
Both go to xlsx or PDF by the file's extension."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.formats import format_date
from app.models import Cluster
from app.services import clock
from app.services.audit import Action, record_now
from app.services.base import Service, translate
from app.services.cluster import document_author
from app.services.permissions import Permission, requires
from app.services.reports.model import Column, TableReport
from app.services.roadmap import RoadmapData, status_label
from app.services.site_data import ReadinessRow


def _as_of(cluster: str, today: date) -> str:
    return translate("Reports", "{cluster}; as of {date}").format(
        cluster=cluster, date=format_date(today))


def roadmap_report(items: list[RoadmapData], cluster: str, today: date) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Roadmap control list"),
        columns=[
            Column(translate("Reports", "No."), "int", 4),
            Column(translate("Reports", "Measure"), "text", 40),
            Column(translate("Reports", "Deadline"), "date", 10),
            Column(translate("Reports", "Responsible"), "text", 16),
            Column(translate("Reports", "Organization"), "text", 16),
            Column(translate("Reports", "Status"), "text", 15),
            Column(translate("Reports", "Done on"), "date", 11),
            Column(translate("Reports", "Evidence"), "text", 19),
            Column(translate("Reports", "Overdue"), "text", 12),
        ],
        sheet_name="Контрольный лист",
        subtitle=_as_of(cluster, today),
    )
    for number, item in enumerate(items, start=1):
        overdue = item.overdue(today)
        evidence = ", ".join(x for x in (item.evidence_doc, item.attachment_name) if x)
        report.rows.append([
            number, item.title, item.deadline, item.responsible_person, item.responsible_org,
            status_label(item.status), item.done_on, evidence,
            translate("Reports", "overdue") if overdue else "",
        ])
        if overdue:
            report.attention_rows.add(number - 1)
    return report


def readiness_report(rows: list[ReadinessRow], cluster: str, today: date) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Site readiness map"),
        columns=[
            Column(translate("Reports", "Site / workshop"), "text", 40),
            Column(translate("Reports", "Repairs"), "percent", 9),
            Column(translate("Reports", "Brand book"), "percent", 9),
            Column(translate("Reports", "Delivered, by value"), "percent", 10),
            Column(translate("Reports", "Delivered, by count"), "percent", 10),
            Column(translate("Reports", "Installed, by value"), "percent", 10),
            Column(translate("Reports", "Installed, by count"), "percent", 10),
            Column(translate("Reports", "Commissioned, by value"), "percent", 11),
            Column(translate("Reports", "Commissioned, by count"), "percent", 11),
            Column(translate("Reports", "Software"), "percent", 9),
            Column(translate("Reports", "Overall"), "percent", 9),
        ],
        sheet_name="Карта готовности",
        subtitle=_as_of(cluster, today),
    )
    for index, row in enumerate(rows):
        f = row.figures
        name = row.site if not row.workshop else "    " + row.workshop
        report.rows.append([
            name, f.repairs, f.brandbook, f.delivered_value, f.delivered_count,
            f.installed_value, f.installed_count, f.commissioned_value, f.commissioned_count,
            f.software, f.overall,
        ])
        if not row.workshop:
            report.bold_rows.add(index)
    return report


def write_report(report: TableReport, target: Path | str) -> Path:
    """xlsx or PDF (landscape) by the extension."""
    target = Path(target)
    if target.suffix.lower() == ".pdf":
        from app.services.reports.pdf import write_pdf

        return write_pdf(report, target)
    from app.services.reports.xlsx import write_xlsx

    return write_xlsx(report, target)


class ReportsService(Service):
    def _cluster_name(self) -> str:
        with self._session() as s:
            return s.scalar(select(Cluster.name).order_by(Cluster.created_at).limit(1)) or ""

    def _author(self) -> str:
        with self._session() as s:
            return document_author(s)

    def _done(self, target: Path | str, rows: int) -> int:
        record_now(self.store.sessions, Action.EXPORT, f"{Path(target).name}: {rows}",
                   username=self.actor.username or "—")
        return rows

    @requires(Permission.ROADMAP_READ)
    def roadmap(self, target: Path | str, today: date | None = None) -> int:
        """The roadmap control list; returns the number of items."""
        from app.services.roadmap import RoadmapService

        items = RoadmapService(self.store, self.actor).items()
        report = roadmap_report(items, self._cluster_name(), today or clock.today())
        report.author = self._author()
        write_report(report, target)
        return self._done(target, len(report.rows))

    @requires(Permission.SITES_READ)
    def readiness(self, target: Path | str, today: date | None = None) -> int:
        """The site readiness map; returns the number of rows (sites and workshops)."""
        from app.services.sites import SitesService

        rows = SitesService(self.store, self.actor).readiness_map()
        report = readiness_report(rows, self._cluster_name(), today or clock.today())
        report.author = self._author()
        write_report(report, target)
        return self._done(target, len(report.rows))
