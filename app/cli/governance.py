"""Command-line commands for the cluster's governance and results: the councils' meetings,
a meeting's protocol, the indicators report and the annual report.

    list meetings
    report indicators --year YYYY --out OUT.xlsx|OUT.pdf
    report annual --year YYYY --out OUT.xlsx|OUT.pdf
    report protocol --id MEETING_ID --out OUT.pdf

A module of the command line (app/cli/run.py dispatches to it).  Exit codes as there: 0 done, 1 refused with nothing written (a file of another kind), 2 a usage error
(no year, a year that is not one between 2000 and 2100, a missing or unknown meeting id).
"""

from __future__ import annotations

import uuid

from app.cli.common import echo as _print
from app.cli.common import line as _line
from app.cli.common import translate

FIRST_YEAR, LAST_YEAR = 2000, 2100



def parse_year(text: str | None) -> int:
    """«2026» → 2026; anything but a year from 2000 to 2100 raises ValueError (translated)."""
    value = (text or "").strip()
    if value.isascii() and value.isdigit() and FIRST_YEAR <= int(value) <= LAST_YEAR:
        return int(value)
    raise ValueError(translate(
        "Cli", "«{text}» is not a year: give a year from {first} to {last}, e.g. 2026.").format(
        text=text or "", first=FIRST_YEAR, last=LAST_YEAR))


def _year(args) -> int | None:
    """The year of --year, or None once the usage error is printed."""
    if not args.year:
        _print(translate("Cli", "Give the year with --year YYYY."), err=True)
        return None
    try:
        return parse_year(args.year)
    except ValueError as exc:
        _print(str(exc), err=True)
        return None


def _table_target(args) -> bool:
    if args.out.suffix.lower() in (".xlsx", ".pdf"):
        return True
    _print(translate("Cli", "The report file must end in .xlsx or .pdf."), err=True)
    return False


def list_meetings(services) -> int:
    """One meeting a line, newest first: id, council, protocol number, date (YYYY-MM-DD),
    the number of decisions."""
    for row in services.governance.meetings():
        _print(_line((row.id, row.council, row.number, row.held_on.isoformat(),
                      row.decisions)))
    return 0


def indicators_report(services, args) -> int:
    """The programme's indicators for one year, plan against actual (xlsx or PDF)."""
    year = _year(args)
    if year is None:
        return 2
    if not _table_target(args):
        return 1
    rows = services.indicator_reports.indicators_report(year, args.out)
    _print(translate("Cli", "Report written to {path} ({rows} rows).").format(
        path=args.out, rows=len(rows)))
    _print(translate("Reports", "Indicators: {total}; behind the target: {behind}.").format(
        total=len(rows), behind=sum(1 for r in rows if r.behind)))
    return 0


def annual_report(services, args) -> int:
    """The annual report: a sheet per section (.xlsx) or a section per report (.pdf)."""
    year = _year(args)
    if year is None:
        return 2
    if not _table_target(args):
        return 1
    services.annual_reports.annual_report(year, args.out)
    _print(translate("Cli", "Report written to {path}.").format(path=args.out))
    return 0


def protocol_report(services, args) -> int:
    """A council meeting's protocol as a PDF, or a Word file for the secretary to edit."""
    from app.services.errors import NotFoundError

    if not args.id:
        _print(translate("Cli", "Give the meeting with --id ID (the ids are in «list "
                                "meetings»)."), err=True)
        return 2
    try:
        meeting = services.governance.meeting(uuid.UUID(args.id.strip()))
    except (ValueError, NotFoundError):
        _print(translate("Cli", "There is no meeting {id}: see «list meetings».").format(
            id=args.id), err=True)
        return 2
    if args.out.suffix.lower() not in (".pdf", ".docx"):
        _print(translate("Cli", "The protocol file must end in .pdf or .docx."), err=True)
        return 1
    services.protocols.protocol(meeting.id, args.out)
    _print(translate("Cli", "Report written to {path}.").format(path=args.out))
    return 0
