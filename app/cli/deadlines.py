"""Command-line commands for the deadlines:

    list deadlines [--days N] [--overdue]
    export deadlines --out DEADLINES.ics [--days N] [--overdue]

``list`` prints one deadline a line, tab-separated: the due day, how urgent (Просрочено, На
этой неделе…), the kind, what, who is responsible.  A module of the command line
(app/cli/run.py dispatches to it); it prints through app/cli/common.py, as the others do.
"""

from __future__ import annotations

from app.cli.common import echo, translate
from app.services.clock import today as clock_today
from app.services.deadlines import URGENCY_LABELS


def _days(args) -> int | None:
    days = getattr(args, "days", None)
    if days is not None and days < 0:
        raise ValueError(translate("Cli", "--days must be 0 or more."))
    return days


def list_deadlines(services, args) -> int:
    try:
        days = _days(args)
    except ValueError as exc:
        echo(str(exc), err=True)
        return 1
    today = clock_today()
    for d in services.deadlines.deadlines(days=days, overdue_only=args.overdue, today=today):
        cells = [f"{d.due_on:%d.%m.%Y}", translate("Deadlines", URGENCY_LABELS[d.urgency(today)]),
                 d.kind_label, d.title, d.responsible]
        echo("\t".join(" ".join(c.split()) for c in cells))
    return 0


def export_deadlines(services, args, out) -> int:
    if out.suffix.lower() != ".ics":
        echo(translate("Cli", "The deadlines file must end in .ics."), err=True)
        return 1
    try:
        days = _days(args)
    except ValueError as exc:
        echo(str(exc), err=True)
        return 1
    count = services.deadlines.export_ics(out, days=days, overdue_only=args.overdue)
    echo(translate("Cli", "{count} deadlines written to {path}").format(count=count, path=out))
    return 0
