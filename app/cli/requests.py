"""Command-line commands for the data requests to participants:

    request create --kind K --from DATE --to DATE --due DATE [--participants INN,INN | --all]
                   [--title T]                               prints the new request's id
    request files --id ID --out DIR                          one workbook per participant
    request take DIR|FILE [--dry-run] [--id ID]              per file: accepted or refused
    list requests                                            one a line, tab-separated

«request take» prints a line per file — accepted (or «would be accepted» on a dry run) with
the number of changes, or refused with the reason — then each error naming the file, the
sheet, the row and the column; the exit status is 1 when any file was refused.  A module of
the command line (app/cli/run.py dispatches to it).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import echo, translate


def add_request_parser(commands) -> None:
    req = commands.add_parser("request", help="data requests to participants")
    actions = req.add_subparsers(dest="request_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create a request; prints its id")
    create.add_argument("--kind", required=True,
                        help="events, training, admissions or network")
    create.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    create.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    create.add_argument("--due", required=True, metavar="DATE", help="return the files by")
    who = create.add_mutually_exclusive_group()
    who.add_argument("--participants", metavar="INN,INN", help="the participants' INNs")
    who.add_argument("--all", action="store_true", help="every member (the default)")
    create.add_argument("--title", default="")
    files = actions.add_parser("files", help="write one workbook per participant")
    files.add_argument("--id", required=True, help="the request's id or number")
    files.add_argument("--out", type=Path, required=True, help="the folder")
    take = actions.add_parser("take", help="take back returned files (a file or a folder)")
    take.add_argument("target", type=Path)
    take.add_argument("--dry-run", action="store_true", help="check only, change nothing")
    take.add_argument("--id", help="only files answering this request (id or number)")


def _day(text: str):
    from app.formats import NotADate, parse_date

    try:
        day = parse_date(text)
    except NotADate:
        day = None
    if day is None:
        raise ValueError(translate(
            "Cli", "«{text}» is not a date: write it as YYYY-MM-DD or DD.MM.YYYY, e.g. "
                   "2026-03-12.").format(text=text or ""))
    return day


def request_command(services, args: argparse.Namespace) -> int:
    service = services.requests
    if args.request_action == "create":
        try:
            days = [_day(v) for v in (args.date_from, args.date_to, args.due)]
        except ValueError as exc:
            echo(str(exc), err=True)
            return 2
        participants = None
        if args.participants:
            participants = [p for p in args.participants.split(",") if p.strip()]
        request = service.create(args.kind, *days, organizations=participants,
                                 title=args.title)
        echo(str(request.id))
        return 0
    if args.request_action == "files":
        request = service.request(args.id)
        written = service.write_files(request.id, args.out)
        for path in written:
            echo(str(path))
        echo(translate("Cli", "{count} files written to {path}").format(
            count=len(written), path=args.out), err=True)
        return 0
    request_id = service.request(args.id).id if args.id else None
    outcomes = service.take(args.target, dry_run=args.dry_run, request_id=request_id)
    for o in outcomes:
        if o.ok:
            state = translate("Requests", "would be accepted") if args.dry_run else \
                translate("Requests", "accepted")
            echo(translate("Requests", "{file}: {state}, {count} changes ({participant})")
                 .format(file=o.path, state=state, count=len(o.changes),
                         participant=o.participant))
            for change in o.changes:
                echo(f"\t{change.record}\t{change.what}\t{change.before} → {change.after}")
            continue
        echo(translate("Requests", "{file}: refused: {reason}").format(file=o.path,
                                                                       reason=o.reason),
             err=True)
        for error in o.errors:
            echo(f"\t{error}", err=True)
    return 0 if all(o.ok for o in outcomes) else 1


def list_requests(services) -> int:
    """One request a line: id, №, kind, period, due, asked, sent, accepted, overdue, title."""
    for r in services.requests.requests():
        cells = [str(r.id), str(r.number), r.kind, f"{r.period_from:%d.%m.%Y}",
                 f"{r.period_to:%d.%m.%Y}", f"{r.due_on:%d.%m.%Y}", str(r.recipients),
                 str(r.sent), str(r.accepted), str(r.overdue), r.title]
        echo("\t".join(" ".join(c.split()) for c in cells))
    return 0
