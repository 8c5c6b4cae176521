"""The command line's ``report`` command, read from the report registry
(app/services/reports/catalog.py): every report there is a ``report <key>``.

A report whose line on screen says more than «written» (rows counted, people reached) or
whose options are its own (the monitoring form's --pdf and --final, a site for the photo
report) has its handler below or in its area's module; any other report in the catalog is
written by :func:`catalog_report`, its needs taken from --year, --month, --from/--to, --plan
and --id.  So a new report is one module and one catalog entry.  Exit codes: 0 written, 1
refused with nothing written, 2 a usage error.
"""

from __future__ import annotations

import uuid

from app.cli.careers import career_map_report, career_maps_batch
from app.cli.common import echo as _print
from app.cli.common import parse_day, translate
from app.cli.documents import agreement_report
from app.cli.governance import annual_report, indicators_report, parse_year, protocol_report
from app.cli.inspections import inspection_report, photo_report
from app.services.reports import catalog

#: reports the catalog does not list: many files written into a folder at once
BATCHES = ("career-maps",)


def report_keys() -> tuple[str, ...]:
    """The words of ``report``: every report of the catalog, then the batches."""
    return tuple(kind.key for kind in catalog.REPORTS) + BATCHES


def report_command(services, args) -> int:
    return _HANDLERS.get(args.kind, catalog_report)(services, args)


def _report_target(args) -> bool:
    if args.out.suffix.lower() in (".xlsx", ".pdf"):
        return True
    _print(translate("Cli", "The report file must end in .xlsx or .pdf."), err=True)
    return False


def _written(path, rows) -> None:
    _print(translate("Cli", "Report written to {path} ({rows} rows).").format(
        path=path, rows=rows))


def table_report(services, args) -> int:
    """A report of the catalog that needs nothing and counts its rows (roadmap, readiness)."""
    if not _report_target(args):
        return 1
    _written(args.out, catalog.report_kind(args.kind).write(services, {}, args.out))
    return 0


def monitoring_report(services, args) -> int:
    from app.services.reports.monitoring_form import parse_month

    if not args.month:
        _print(translate("Cli", "Give the month of the form with --month YYYY-MM."), err=True)
        return 1
    try:
        month = parse_month(args.month)
    except ValueError as exc:
        _print(str(exc), err=True)
        return 1
    out = args.out
    if not _report_target(args):
        return 1
    # --pdf beside an .xlsx: both files, of one form (and one snapshot when final)
    pdf = out.with_suffix(".pdf") if args.pdf and out.suffix.lower() != ".pdf" else None
    rows = services.monitoring.export_form(month, out, args.final, also=pdf)
    for path in (out, pdf) if pdf else (out,):
        _written(path, rows)
    if args.final:
        _print(translate("Cli", "The form for {month} is recorded as submitted.").format(
            month=f"{month:%m.%Y}"))
    return 0


def plan_report(services, args) -> int:
    from app.services.errors import NotFoundError

    if not args.plan:
        _print(translate("Cli", "Give the plan with --plan ID (the ids are in «list plans»)."),
               err=True)
        return 2
    try:
        plan = services.events.plan(uuid.UUID(args.plan.strip()))
    except (ValueError, NotFoundError):
        _print(translate("Cli", "There is no plan {id}: see «list plans».").format(
            id=args.plan), err=True)
        return 2
    if args.out.suffix.lower() not in (".xlsx", ".pdf", ".docx"):  # Word: to edit
        _print(translate("Cli", "The plan file must end in .xlsx, .pdf or .docx."), err=True)
        return 1
    _written(args.out, services.event_reports.plan_report(plan.id, args.out))
    return 0


def reach_report(services, args) -> int:
    if not args.date_from or not args.date_to:
        _print(translate("Cli", "Give the period with --from DATE --to DATE."), err=True)
        return 2
    try:
        date_from, date_to = parse_day(args.date_from), parse_day(args.date_to)
    except ValueError as exc:
        _print(str(exc), err=True)
        return 2
    if date_to < date_from:
        _print(translate("Reach", "The end of the period is before its start."), err=True)
        return 2
    if not _report_target(args):
        return 1
    summary = services.event_reports.reach_report(date_from, date_to, args.out)
    _print(translate("Cli", "Report written to {path}: {held} events held, {people} people "
                            "reached.").format(path=args.out, held=summary.events_held,
                                               people=summary.total_people))
    return 0


def _record_id(text: str | None):
    if not text:
        return None
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise ValueError(translate("Cli", "«{text}» is not an id.").format(text=text)) from None


def report_params(kind: catalog.ReportKind, args) -> dict:
    """The catalog's needs of ``kind`` read from the options; a missing one stays None (the
    catalog refuses it), a malformed one raises ValueError (translated)."""
    params: dict = {}
    for need in kind.needs:
        if need == catalog.YEAR:
            params[need] = parse_year(args.year) if args.year else None
        elif need == catalog.MONTH:
            from app.services.reports.monitoring_form import parse_month

            params[need] = parse_month(args.month) if args.month else None
        elif need == catalog.PERIOD:
            if args.date_from and args.date_to:
                params[need] = (parse_day(args.date_from), parse_day(args.date_to))
        elif need == catalog.PLAN:
            params[need] = _record_id(args.plan)
        else:  # a record chosen by its id: inspection, career map, meeting, participant
            params[need] = _record_id(args.id)
    return params


def catalog_report(services, args) -> int:
    """Any report of the catalog, written as the «Reports» section writes it."""
    kind = catalog.report_kind(args.kind)
    try:
        params = report_params(kind, args)
    except ValueError as exc:
        _print(str(exc), err=True)
        return 2
    catalog.write_report(services, kind.key, params, args.out)
    _print(translate("Cli", "Report written to {path}.").format(path=args.out))
    return 0


_HANDLERS = {
    "roadmap": table_report, "readiness": table_report, "monitoring": monitoring_report,
    "plan": plan_report, "reach": reach_report,
    "inspection": inspection_report, "photo-report": photo_report,
    "career-map": career_map_report, "career-maps": career_maps_batch,
    "indicators": indicators_report, "annual": annual_report, "protocol": protocol_report,
    "agreement": agreement_report,
}
