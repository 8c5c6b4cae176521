"""The indicators report: each performance indicator of the programme in one year, plan
against actual, with the deviation, the share of the target reached, and where the actual
comes from.  An indicator behind its target is marked.  xlsx or PDF by the extension."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.models import Cluster
from app.services.audit import Action, record_now
from app.services.base import Service, translate
from app.services.cluster import document_author
from app.services.indicators import IndicatorRow, IndicatorsService, ProgrammeData
from app.services.permissions import Permission, requires
from app.services.reports.formulas import difference, share
from app.services.reports.model import Column, TableReport
from app.services.reports.monitoring import write_report
from app.services.reports.plans import check_target, day_text


def programme_line(programme: ProgrammeData | None) -> str:
    if programme is None:
        return translate("Reports", "No programme of activity is entered.")
    text = translate("Reports", "{title}, {start}–{end}").format(
        title=programme.title, start=programme.year_from, end=programme.year_to)
    if programme.protocol_no:
        text += "; " + translate("Reports", "approved by {body}, protocol No. {number} of "
                                            "{date}").format(
            body=programme.approved_by, number=programme.protocol_no,
            date=day_text(programme.approved_on))
    return text


def indicators_report(rows: list[IndicatorRow], year: int, programme: ProgrammeData | None,
                      cluster: str) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Performance indicators of the programme of activity "
                                   "for {year}").format(year=year),
        columns=[
            Column(translate("Reports", "No."), "text", 6),
            Column(translate("Reports", "Indicator"), "text", 46),
            Column(translate("Reports", "Unit"), "text", 9),
            Column(translate("Reports", "Baseline"), "number", 10),
            Column(translate("Reports", "Target"), "number", 10),
            Column(translate("Reports", "Actual"), "number", 10),
            Column(translate("Reports", "Deviation"), "number", 10),
            Column(translate("Reports", "% of target"), "number", 9),
            Column(translate("Reports", "Source of the actual"), "text", 26),
            Column(translate("Reports", "As of"), "date", 11),
        ],
        sheet_name=translate("Reports", "Indicators"),
        subtitle=f"{cluster}. {programme_line(programme)}",
        period_end=date(year, 12, 31),  # the current year's figures are preliminary
    )
    for number, r in enumerate(rows, start=1):
        if r.behind:
            report.attention_rows.add(len(report.rows))
        index = len(report.rows)
        report.rows.append([r.code or str(number), r.name, r.unit, r.baseline, r.target,
                            r.actual, r.deviation, r.percent, r.source, r.as_of])
        # the workbook recomputes them when an actual is corrected
        report.formulas[index, 6] = difference(index, 5, 4)
        report.formulas[index, 7] = share(index, 5, 4)
    behind = sum(1 for r in rows if r.behind)
    report.notes = [
        translate("Reports", "Indicators: {total}; behind the target: {behind}.").format(
            total=len(rows), behind=behind),
        translate("Reports", "Deviation is the actual minus the target. Computed indicators "
                             "are counted from the cluster's records at the end of the year "
                             "(or today, for the current year)."),
    ]
    return report


class ReportService(Service):
    """What the governance reports share: the cluster's name and the export's audit line."""

    def _cluster_name(self) -> str:
        with self._session() as s:
            return s.scalar(select(Cluster.name).order_by(Cluster.created_at).limit(1)) or ""

    def _done(self, target: Path, rows: int) -> None:
        record_now(self.store.sessions, Action.EXPORT, f"{Path(target).name}: {rows}",
                   username=self.actor.username or "—")

    def _author(self) -> str:
        with self._session() as s:
            return document_author(s)


class IndicatorReportService(ReportService):
    @requires(Permission.INDICATORS_READ)
    def indicators_report(self, year: int, out: Path | str,
                          today: date | None = None) -> list[IndicatorRow]:
        """Write the indicators report for ``year``; returns the rows it shows."""
        out = check_target(out)
        indicators = IndicatorsService(self.store, self.actor)
        rows = indicators.rows(year, today)
        report = indicators_report(rows, year, indicators.programme(), self._cluster_name())
        report.made_on = today
        report.author = self._author()
        write_report(report, out)
        self._done(out, len(rows))
        return rows
