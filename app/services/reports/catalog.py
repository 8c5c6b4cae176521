"""Every report the program writes, in one list: what it is called, who receives it, what it
needs to be written (a year, a month, a period, a record) and in which formats.  The
«Reports» section is built from this list, so a report added here is one a user can find,
save and print; each entry writes through the same service call the command line uses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.formats import format_date

translate = QCoreApplication.translate

# what a report may need; the «Reports» section shows a field for each
YEAR, MONTH, PERIOD, PLAN, INSPECTION, CAREER_MAP, MEETING, PARTICIPANT = (
    "year", "month", "period", "plan", "inspection", "career-map", "meeting", "participant")


@dataclass(frozen=True)
class ReportKind:
    key: str  # the command line's word: python -m app report <key>
    title: str  # QT_TRANSLATE_NOOP("ReportCatalog", …): translate at display
    recipient: str
    when: str
    needs: tuple[str, ...]
    formats: tuple[str, ...]  # "pdf", "xlsx", "docx"; the first is the default
    write: Callable[[Any, dict, Path], object]

    def display_title(self) -> str:
        return translate("ReportCatalog", self.title)

    def display_recipient(self) -> str:
        return translate("ReportCatalog", self.recipient)

    def display_when(self) -> str:
        return translate("ReportCatalog", self.when)


@dataclass(frozen=True)
class Choice:
    id: Any
    label: str


def _participants(services, _params: dict, out: Path):
    if out.suffix.lower() == ".pdf":
        return services.participants_export.export_pdf(out)
    return services.participants_export.export_xlsx(out)


def _career_map(services, params: dict, out: Path):
    return services.career_map_reports.write_pdf(params[CAREER_MAP], out, "A3", True)


REPORTS: tuple[ReportKind, ...] = (
    ReportKind("roadmap", QT_TRANSLATE_NOOP("ReportCatalog", "Roadmap control list"),
               QT_TRANSLATE_NOOP("ReportCatalog", "regional and federal operators"),
               QT_TRANSLATE_NOOP("ReportCatalog", "monthly"), (), ("xlsx", "pdf"),
               lambda s, p, out: s.reports.roadmap(out)),
    ReportKind("monitoring",
               QT_TRANSLATE_NOOP("ReportCatalog", "Monitoring form: procurement and grant "
                                                  "spending"),
               QT_TRANSLATE_NOOP("ReportCatalog", "regional and federal operators"),
               QT_TRANSLATE_NOOP("ReportCatalog", "monthly"), (MONTH,), ("xlsx", "pdf"),
               lambda s, p, out: s.monitoring.export_form(p[MONTH], out, False)),
    ReportKind("readiness", QT_TRANSLATE_NOOP("ReportCatalog", "Site readiness map"),
               QT_TRANSLATE_NOOP("ReportCatalog", "operators; the final report on the centre"),
               QT_TRANSLATE_NOOP("ReportCatalog", "on request, at the year's end"), (),
               ("pdf", "xlsx"), lambda s, p, out: s.reports.readiness(out)),
    ReportKind("photo-report", QT_TRANSLATE_NOOP("ReportCatalog", "Photo report"),
               QT_TRANSLATE_NOOP("ReportCatalog", "operators, with the final report"),
               QT_TRANSLATE_NOOP("ReportCatalog", "with the final report"), (), ("pdf",),
               lambda s, p, out: s.inspection_reports.write_photo_report(out)),
    ReportKind("inspection", QT_TRANSLATE_NOOP("ReportCatalog", "Inspection report"),
               QT_TRANSLATE_NOOP("ReportCatalog", "the site (college), those responsible for "
                                                  "findings; the file"),
               QT_TRANSLATE_NOOP("ReportCatalog", "after each inspection"), (INSPECTION,),
               ("pdf",),
               lambda s, p, out: s.inspection_reports.write_inspection_report(p[INSPECTION],
                                                                               out)),
    ReportKind("plan", QT_TRANSLATE_NOOP("ReportCatalog", "Plan of events"),
               QT_TRANSLATE_NOOP("ReportCatalog", "the council for approval; participants"),
               QT_TRANSLATE_NOOP("ReportCatalog", "yearly, after revisions"), (PLAN,),
               ("pdf", "xlsx", "docx"),
               lambda s, p, out: s.event_reports.plan_report(p[PLAN], out)),
    ReportKind("reach", QT_TRANSLATE_NOOP("ReportCatalog", "Reach for a period"),
               QT_TRANSLATE_NOOP("ReportCatalog", "the council, the regional operator"),
               QT_TRANSLATE_NOOP("ReportCatalog", "quarterly and yearly"), (PERIOD,),
               ("xlsx", "pdf"),
               lambda s, p, out: s.event_reports.reach_report(p[PERIOD][0], p[PERIOD][1], out)),
    ReportKind("career-map", QT_TRANSLATE_NOOP("ReportCatalog", "Career map"),
               QT_TRANSLATE_NOOP("ReportCatalog", "the council for approval; the printing "
                                                  "house"),
               QT_TRANSLATE_NOOP("ReportCatalog", "as maps are approved"), (CAREER_MAP,),
               ("pdf",), _career_map),
    ReportKind("protocol", QT_TRANSLATE_NOOP("ReportCatalog", "Protocol of a council meeting"),
               QT_TRANSLATE_NOOP("ReportCatalog", "council members, participants"),
               QT_TRANSLATE_NOOP("ReportCatalog", "after each meeting"), (MEETING,),
               ("pdf", "docx"), lambda s, p, out: s.protocols.protocol(p[MEETING], out)),
    ReportKind("agreement", QT_TRANSLATE_NOOP("ReportCatalog", "Partnership agreement with a "
                                                               "participant"),
               QT_TRANSLATE_NOOP("ReportCatalog", "the participant, for signing"),
               QT_TRANSLATE_NOOP("ReportCatalog", "when a participant joins"), (PARTICIPANT,),
               ("docx",), lambda s, p, out: s.agreements.agreement(p[PARTICIPANT], out)),
    ReportKind("indicators", QT_TRANSLATE_NOOP("ReportCatalog", "Performance indicators"),
               QT_TRANSLATE_NOOP("ReportCatalog", "the council, the regional operator"),
               QT_TRANSLATE_NOOP("ReportCatalog", "quarterly and yearly"), (YEAR,),
               ("xlsx", "pdf"),
               lambda s, p, out: s.indicator_reports.indicators_report(p[YEAR], out)),
    ReportKind("annual", QT_TRANSLATE_NOOP("ReportCatalog", "Annual report of the cluster"),
               QT_TRANSLATE_NOOP("ReportCatalog", "the council, regional and federal "
                                                  "operators"),
               QT_TRANSLATE_NOOP("ReportCatalog", "yearly"), (YEAR,), ("xlsx", "pdf"),
               lambda s, p, out: s.annual_reports.annual_report(p[YEAR], out)),
    ReportKind("participants", QT_TRANSLATE_NOOP("ReportCatalog", "List of participants"),
               QT_TRANSLATE_NOOP("ReportCatalog", "the council, operators, for checking"),
               QT_TRANSLATE_NOOP("ReportCatalog", "on request"), (), ("xlsx", "pdf"),
               _participants),
)


def report_kind(key: str) -> ReportKind:
    for kind in REPORTS:
        if kind.key == key:
            return kind
    raise KeyError(key)


def choices(services, need: str) -> list[Choice]:
    """The records a report can be written for, newest first where that matters."""
    if need == PLAN:
        return [Choice(p.id, f"{p.year} — {' '.join(p.title.split())}")
                for p in services.events.plans()]
    if need == INSPECTION:
        return [Choice(r.id, f"{format_date(r.planned_on)} — {r.site} — {r.kind}")
                for r in services.inspections.list_inspections()]
    if need == CAREER_MAP:
        return [Choice(r.id, f"{r.profession} — {r.college} ({r.status})")
                for r in services.career_maps.maps()]
    if need == PARTICIPANT:
        return [Choice(r.id, f"{r.short_name or r.full_name} ({r.inn})" if r.inn else
                       r.short_name or r.full_name)
                for r in services.agreements.parties()]
    if need == MEETING:
        return [Choice(r.id, translate("ReportCatalog", "{council}, protocol No. {number} of "
                                                        "{day}").format(
            council=r.council, number=r.number, day=format_date(r.held_on)))
            for r in services.governance.meetings()]
    raise KeyError(need)


def default_params(today: date) -> dict:
    """A year, a month and a period a user most often wants: the current ones."""
    start = date(today.year, 1, 1)
    month = today.replace(day=1)
    return {YEAR: today.year, MONTH: month, PERIOD: (start, today)}


def write_report(services, key: str, params: dict, out: Path) -> Path:
    """Write report ``key`` to ``out`` (its suffix chooses the format)."""
    kind = report_kind(key)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in kind.formats:
        from app.services.errors import ValidationError

        raise ValidationError({"out": translate(
            "ReportCatalog", "This report is written as {formats}.").format(
                formats=", ".join(f.upper() for f in kind.formats))})
    missing = [need for need in kind.needs if params.get(need) in (None, "")]
    if missing:
        from app.services.errors import ValidationError

        raise ValidationError({need: translate("ReportCatalog", "Choose what the report is for.")
                               for need in missing})
    kind.write(services, params, out)
    return out
