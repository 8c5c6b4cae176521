"""The command line: the same services as the window, for scripts and checks.

    python -m app [--db URL | --demo] import participants FILE.xlsx [--dry-run]
    python -m app [--db URL | --demo] export participants OUT.xlsx
    python -m app [--db URL | --demo] export participants-template OUT.xlsx
    python -m app [--db URL | --demo] list plans
    python -m app [--db URL | --demo] report plan --plan ID --out OUT.xlsx|OUT.pdf
    python -m app [--db URL | --demo] report reach --from DATE --to DATE --out OUT.xlsx|OUT.pdf
    python -m app [--db URL | --demo | --field PACKAGE] list inspections
    python -m app [--db URL | --demo | --field PACKAGE] report inspection --id ID --out OUT.pdf
    python -m app [--db URL | --demo | --field PACKAGE] report photo-report [--site ID] --out OUT.pdf
    python -m app [--db URL | --demo] list career-maps
    python -m app [--db URL | --demo] report career-map --id ID --out OUT.pdf
                                      [--size A3|A4] [--portrait]
    python -m app [--db URL | --demo] report career-maps --all --out FOLDER
                                      [--size A3|A4] [--portrait]
    python -m app [--db URL | --demo] list meetings
    python -m app [--db URL | --demo] report protocol --id MEETING_ID --out OUT.pdf
    python -m app [--db URL | --demo] report indicators --year YYYY --out OUT.xlsx|OUT.pdf
    python -m app [--db URL | --demo] report annual --year YYYY --out OUT.xlsx|OUT.pdf
    python -m app [--db URL | --demo] field export [--inspector NAME] --out PACKAGE.cdpkg
    python -m app [--db URL | --demo] field merge PACKAGE.cdpkg
    python -m app [--db URL | --demo] request create --kind K --from DATE --to DATE --due DATE
                                      [--participants INN,INN | --all] [--title T]
    python -m app [--db URL | --demo] request files --id ID --out DIR
    python -m app [--db URL | --demo] request take DIR|FILE [--dry-run] [--id ID]
    python -m app [--db URL | --demo] list requests
    python -m app [--db URL | --demo] check [--data]
    python -m app [--db URL | --demo] seed-demo

With --field PACKAGE a command works on an inspector's field package, as that inspector (a
package has no accounts); exporting or merging packages is refused there.

Career maps print on A3 landscape unless --size A4 or --portrait says otherwise; a draft
prints marked «ПРОЕКТ».  «report career-maps --all» writes one PDF a map and one combined
file into FOLDER (made if missing) and prints the files written, one a line, the combined
file last.

«report annual» writes the annual report of the cluster: an .xlsx workbook with a sheet per
section, or one PDF with a section per report.  A year is a number from 2000 to 2100.

Exit 0 on success, 1 on bad input or a failed check (nothing changed), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app import paths
from app.cli_careers import career_map_report, career_maps_batch, list_career_maps
from app.cli_common import echo as _print
from app.cli_common import translate
from app.cli_governance import annual_report, indicators_report, list_meetings, protocol_report
from app.cli_inspections import (
    field_export,
    field_merge,
    inspection_report,
    list_inspections,
    photo_report,
)
from app.cli_requests import add_request_parser, list_requests, request_command
from app.db import resolve_url, sqlite_url

SECTIONS = (
    "dashboard", "deadlines", "participants", "sites", "roadmap", "grants", "events",
    "inspections", "career-maps", "indicators", "requests", "reports", "settings",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clusterdesk",
        description="ClusterDesk: the office of a «Профессионалитет» cluster.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="URL", help="database: a SQLite file or postgresql://…")
    where.add_argument("--demo", action="store_true", help="use the demo database")
    where.add_argument("--field", metavar="PACKAGE",
                       help="field mode: work on an inspector's field package (.cdpkg) only")
    parser.add_argument("--user", help="account name (also CLUSTERDESK_USER)")
    parser.add_argument("--break-lock", action="store_true",
                        help="an administrator removes a stale lock left by another computer")
    parser.add_argument("--lang", choices=("ru", "en"), help="interface language")
    parser.add_argument("--screenshot", metavar="PNG", help="save the main window and exit")
    parser.add_argument("--section", choices=SECTIONS, help="section to show")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser("import", help="import a file")
    imp.add_argument("kind", choices=("participants", "infrastructure", "contracts"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check only, change nothing")
    imp.add_argument("--progress", action="store_true",
                     help="print the rows written so far to stderr as the import goes")
    imp.add_argument("--workshop", help="infrastructure: the workshop's name or id")

    exp = commands.add_parser("export", help="export a file")
    exp.add_argument("kind", choices=("participants", "participants-template", "infrastructure",
                                      "deadlines"))
    exp.add_argument("out", type=Path, nargs="?", help="the file to write (or --out)")
    exp.add_argument("--out", dest="out_option", type=Path, metavar="OUT",
                     help="the file to write; deadlines: OUT.ics")
    exp.add_argument("--days", type=int, metavar="N",
                     help="deadlines: only the overdue ones and those due within N days")
    exp.add_argument("--overdue", action="store_true", help="deadlines: only the overdue ones")
    exp.add_argument("--workshop", help="infrastructure: the workshop's name or id")

    rep = commands.add_parser("report", help="write a report (xlsx or pdf by --out)")
    rep.add_argument("kind", choices=("roadmap", "readiness", "monitoring", "plan", "reach",
                                      "inspection", "photo-report", "career-map",
                                      "career-maps", "indicators", "annual", "protocol",
                                      "agreement"))
    rep.add_argument("--out", type=Path, required=True,
                     help="OUT.xlsx or OUT.pdf (inspection, photo-report, career-map: "
                          "OUT.pdf; protocol: OUT.pdf or OUT.docx; plan: also OUT.docx; "
                          "agreement: OUT.docx; career-maps: a folder)")
    rep.add_argument("--month", help="monitoring: the month of the form, YYYY-MM")
    rep.add_argument("--pdf", action="store_true",
                     help="monitoring: also write the PDF beside the .xlsx named by --out")
    rep.add_argument("--final", action="store_true",
                     help="monitoring: export as the final, submitted form (keeps its figures)")
    rep.add_argument("--plan", metavar="ID", help="plan: the plan's id (see «list plans»)")
    rep.add_argument("--from", dest="date_from", metavar="DATE",
                     help="reach: the first day, YYYY-MM-DD or DD.MM.YYYY")
    rep.add_argument("--to", dest="date_to", metavar="DATE",
                     help="reach: the last day, YYYY-MM-DD or DD.MM.YYYY")
    rep.add_argument("--id", metavar="ID",
                     help="inspection, career-map, protocol: the id (see «list inspections», "
                          "«list career-maps», «list meetings»); agreement: the participant's "
                          "ИНН or id")
    rep.add_argument("--year", metavar="YYYY",
                     help="indicators, annual: the year of the report (2000–2100)")
    rep.add_argument("--site", metavar="ID",
                     help="photo-report: only this site (its id or its name)")
    rep.add_argument("--size", type=str.upper, choices=("A3", "A4"), default="A3",
                     help="career-map, career-maps: the paper, A3 (the default) or A4")
    rep.add_argument("--portrait", action="store_true",
                     help="career-map, career-maps: portrait pages (landscape by default)")
    rep.add_argument("--all", action="store_true",
                     help="career-maps: every approved map, one PDF each and one combined file")

    lst = commands.add_parser("list", help="list records, one a line, tab-separated")
    lst.add_argument("kind", choices=("plans", "inspections", "career-maps", "meetings",
                                      "deadlines", "requests"))
    lst.add_argument("--days", type=int, metavar="N",
                     help="deadlines: only the overdue ones and those due within N days")
    lst.add_argument("--overdue", action="store_true", help="deadlines: only the overdue ones")

    add_request_parser(commands)

    fld = commands.add_parser("field", help="field packages: export for an inspector, merge back")
    field_actions = fld.add_subparsers(dest="field_action", metavar="ACTION", required=True)
    fex = field_actions.add_parser(
        "export", help="write a field package (every planned inspection if no inspector)")
    fex.add_argument("--inspector", metavar="NAME", help="only this inspector's inspections")
    fex.add_argument("--out", type=Path, required=True, help="OUT.cdpkg")
    fmg = field_actions.add_parser("merge", help="merge a field package brought back")
    fmg.add_argument("file", type=Path)

    check = commands.add_parser("check", help="integrity check and migration state")
    check_kind = check.add_mutually_exclusive_group()
    check_kind.add_argument("--accept-audit-head", action="store_true",
                            help="take the audit log as it is now as the known one (after a "
                                 "restore made outside the program); administrators only, "
                                 "audited")
    check_kind.add_argument("--data", action="store_true",
                            help="run only the data rules: one contradiction a line "
                                 "«rule: what — record»; exit 1 if there is any")
    commands.add_parser("backup", help="take a checked backup now")
    commands.add_parser("backups", help="list the backups")
    res = commands.add_parser("restore", help="replace the database with a backup")
    res.add_argument("file", type=Path)
    res.add_argument("--other-cluster", action="store_true",
                     help="confirm restoring a copy that holds another cluster")
    commands.add_parser("seed-demo", help="fill an empty database with the demo cluster")
    return parser


def database_url(args: argparse.Namespace, settings_url: str | None = None) -> str:
    if args.demo:
        return sqlite_url(paths.demo_db_path())
    return resolve_url(args.db, settings_url)


def open_services(args: argparse.Namespace, settings_url: str | None = None, login=None):
    """Open the store for the command line or the window and decide who is working.

    The demo database gets its data and logs in as its administrator.  A database with
    accounts asks ``login(store)`` for an actor; one with no account yet runs for whoever
    opened it.
    """
    from app.services import Services, open_store
    from app.services.accounts import accounts_exist
    from app.services.audit import Action, record_now
    from app.services.permissions import OWNER, Actor, Role

    if getattr(args, "field", None):
        return open_field_services(args.field)
    url = database_url(args, settings_url)
    if getattr(args, "break_lock", False):
        break_stale_lock(url, args, login or cli_login)
    store = open_store(url)
    try:
        if args.demo:
            if Services(store).participants.count() == 0:
                Services(store).demo.seed()
            record_now(store.sessions, Action.LOGIN, "--demo", username="admin")
            return Services(store, Actor("admin", Role.ADMIN))
        if accounts_exist(store):
            return Services(store, (login or cli_login)(store, args))
        return Services(store, OWNER)
    except BaseException:
        store.close()  # the engine and the lock file
        raise


def open_field_services(path: Path | str):
    """Field mode: the package is the only database.  It has no accounts: the inspector it
    was made for is working (and may only read and fill in inspections)."""
    from app.services import Services
    from app.services.field import field_actor, open_field_store, package_info

    store = open_field_store(path)
    try:
        return Services(store, field_actor(package_info(store)))
    except BaseException:
        store.close()
        raise


def break_stale_lock(url: str, args: argparse.Namespace, login) -> None:
    """Remove another computer's lock (the use case is app.services.database_lock's)."""
    from app.services.database_lock import break_stale_lock as break_lock_of

    break_lock_of(url, lambda store: login(store, args))


def cli_login(store, args: argparse.Namespace):
    """User from --user or CLUSTERDESK_USER, password from CLUSTERDESK_PASSWORD or a prompt."""
    import getpass

    from app.services.accounts import AuthenticationError, authenticate

    username = args.user or os.environ.get("CLUSTERDESK_USER", "")
    if not username:
        raise AuthenticationError(translate(
            "Cli", "This database has accounts: give the user name with --user or "
                   "CLUSTERDESK_USER, and the password in CLUSTERDESK_PASSWORD."))
    password = os.environ.get("CLUSTERDESK_PASSWORD")
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise AuthenticationError(translate(
                "Cli", "No password: set CLUSTERDESK_PASSWORD or run the command in a terminal."))
        password = getpass.getpass(translate("Cli", "Password for {user}: ").format(
            user=username))
    return authenticate(store, username, password)


def _backup_state(info) -> str:
    """A backup's checksum as `backups` lists it (the checksum itself is compared on restore)."""
    if info.manifest_error:
        return translate("Cli", "manifest unreadable")
    return translate("Cli", "with checksum") if info.has_checksum else \
        translate("Cli", "without checksum")


def run_command(args: argparse.Namespace) -> int:
    from app.backup import BackupError
    from app.lock import DatabaseLockedError, NetworkPathError
    from app.migrate import DatabaseTooNewError, NotOurDatabaseError
    from app.services import DatabaseDamagedError
    from app.services.errors import ServiceError
    from app.services.field import PackageRefused
    from app.services.importers.base import ImportFileError

    if args.field and args.command == "field":
        _print(translate("Cli", "Field packages are exported and merged at the office, not in "
                                "field mode."), err=True)
        return 1
    try:
        services = open_services(args)
    except PackageRefused:
        _print(_field_open_error(args.field), err=True)
        return 1
    except (DatabaseTooNewError, NotOurDatabaseError, DatabaseLockedError, NetworkPathError,
            DatabaseDamagedError, ServiceError, BackupError) as exc:
        _print(str(exc), err=True)
        return 1
    except OSError as exc:
        _print(_file_error(exc), err=True)
        return 1
    try:
        if args.command == "check":
            if args.data:
                return _check_data(services)
            if args.accept_audit_head:
                services.system.accept_audit_head()
            return _check(services)
        if args.command == "seed-demo":
            count = services.demo.seed()
            _print(translate("Cli", "Demo data added: {count} organizations.").format(count=count))
            return 0
        if args.command == "export":
            args.out = args.out_option or args.out
            if args.out is None:
                _print(translate("Cli", "Name the file to write with --out."), err=True)
                return 1
        if args.command in ("import", "export") and args.kind == "infrastructure":
            if not args.workshop:
                _print(translate("Cli", "Name the workshop with --workshop."), err=True)
                return 1
            workshop = services.sites.find_workshop(args.workshop)
            if args.command == "export":
                count = services.infrastructure_export.export_xlsx(workshop.id, args.out)
                _print(translate("Cli", "{count} items written to {path}").format(
                    count=count, path=args.out))
                return 0
            return _report_import(services.infrastructure_import.import_xlsx(
                workshop.id, args.file, dry_run=args.dry_run, progress=_progress(args)))
        if args.command == "export":
            if args.kind == "deadlines":
                from app.cli_deadlines import export_deadlines

                return export_deadlines(services, args, args.out)
            if args.kind == "participants-template":
                services.participants_export.export_template(args.out)
                _print(translate("Cli", "Template written to {path}").format(path=args.out))
            else:
                export = (services.participants_export.export_pdf
                          if args.out.suffix.lower() == ".pdf"
                          else services.participants_export.export_xlsx)
                count = export(args.out)
                _print(translate("Cli", "{count} organizations written to {path}").format(
                    count=count, path=args.out))
            return 0
        if args.command == "import":
            return _import(services, args)
        if args.command == "report" and args.kind == "monitoring":
            return _monitoring_report(services, args)
        if args.command == "field":
            return (field_export if args.field_action == "export" else field_merge)(services, args)
        if args.command == "list" and args.kind == "inspections":
            return list_inspections(services)
        if args.command == "list" and args.kind == "career-maps":
            return list_career_maps(services)
        if args.command == "list" and args.kind == "deadlines":
            from app.cli_deadlines import list_deadlines

            return list_deadlines(services, args)
        if args.command == "list" and args.kind == "meetings":
            return list_meetings(services)
        if args.command == "list" and args.kind == "requests":
            return list_requests(services)
        if args.command == "request":
            return request_command(services, args)
        if args.command == "list":
            return _list_plans(services)
        if args.command == "report" and args.kind in ("inspection", "photo-report"):
            return (inspection_report if args.kind == "inspection" else photo_report)(
                services, args)
        if args.command == "report" and args.kind in ("career-map", "career-maps"):
            return (career_map_report if args.kind == "career-map" else career_maps_batch)(
                services, args)
        if args.command == "report" and args.kind in ("indicators", "annual", "protocol"):
            return {"indicators": indicators_report, "annual": annual_report,
                    "protocol": protocol_report}[args.kind](services, args)
        if args.command == "report" and args.kind == "agreement":
            from app.cli_documents import agreement_report

            return agreement_report(services, args)
        if args.command == "report" and args.kind == "plan":
            return _plan_report(services, args)
        if args.command == "report" and args.kind == "reach":
            return _reach_report(services, args)
        if args.command == "report":
            if args.out.suffix.lower() not in (".xlsx", ".pdf"):
                _print(translate("Cli", "The report file must end in .xlsx or .pdf."), err=True)
                return 1
            write = services.reports.roadmap if args.kind == "roadmap" else \
                services.reports.readiness
            rows = write(args.out)
            _print(translate("Cli", "Report written to {path} ({rows} rows).").format(
                path=args.out, rows=rows))
            return 0
        if args.command == "backup":
            target = services.backups.backup_now()
            _print(translate("Cli", "Backup written to {path}").format(path=target))
            return 0
        if args.command == "backups":
            for info in services.backups.list_backups():
                _print(f"{info.taken_at:%d.%m.%Y %H:%M}  {info.reason:<24} "
                       f"{_backup_state(info):<24} {info.path}")
            return 0
        if args.command == "restore":
            from app.services.backups import OtherClusterError

            try:
                before = services.backups.restore(args.file, other_cluster=args.other_cluster)
            except OtherClusterError as exc:
                _print(str(exc) + "\n" + translate(
                    "Cli", "To restore it all the same, repeat the command with "
                           "--other-cluster."), err=True)
                return 1
            _print(translate("Cli", "Restored from {path}.").format(path=args.file))
            if before is not None:
                _print(translate("Cli", "The state before the restore was kept in {path}").format(
                    path=before))
            return 0
    except ImportFileError as exc:
        _print(str(exc), err=True)
        return 1
    except ServiceError as exc:
        _print(str(exc), err=True)
        return 1
    except OSError as exc:  # a folder that cannot be written, a file open in Excel…
        _print(_file_error(exc), err=True)
        return 1
    finally:
        services.close()
    return 2


def _monitoring_report(services, args) -> int:
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
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        _print(translate("Cli", "The report file must end in .xlsx or .pdf."), err=True)
        return 1
    # --pdf beside an .xlsx: both files, of one form (and one snapshot when final)
    pdf = out.with_suffix(".pdf") if args.pdf and out.suffix.lower() != ".pdf" else None
    rows = services.monitoring.export_form(month, out, args.final, also=pdf)
    for path in (out, pdf) if pdf else (out,):
        _print(translate("Cli", "Report written to {path} ({rows} rows).").format(
            path=path, rows=rows))
    if args.final:
        _print(translate("Cli", "The form for {month} is recorded as submitted.").format(
            month=f"{month:%m.%Y}"))
    return 0


def parse_day(text: str | None):
    """«2026-03-12» or «12.03.2026» → the date; anything else raises ValueError (translated)."""
    import re
    from datetime import date

    found = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*|\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*",
                         text or "")
    if found:
        year, month, day = found.group(1, 2, 3) if found[1] else found.group(6, 5, 4)
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            pass
    raise ValueError(translate(
        "Cli", "«{text}» is not a date: write it as YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-03-12.")
        .format(text=text or ""))


def _list_plans(services) -> int:
    """One plan a line: id, year, kind, status, title (tab-separated, for scripts)."""
    for plan in services.events.plans():
        title = " ".join(plan.title.split())  # a tab or a line break would split the line
        _print(f"{plan.id}\t{plan.year}\t{plan.kind}\t{plan.status}\t{title}")
    return 0


def _report_target(args) -> bool:
    if args.out.suffix.lower() in (".xlsx", ".pdf"):
        return True
    _print(translate("Cli", "The report file must end in .xlsx or .pdf."), err=True)
    return False


def _plan_report(services, args) -> int:
    import uuid

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
    rows = services.event_reports.plan_report(plan.id, args.out)
    _print(translate("Cli", "Report written to {path} ({rows} rows).").format(
        path=args.out, rows=rows))
    return 0


def _reach_report(services, args) -> int:
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


def _field_open_error(path: str) -> str:
    if not Path(path).is_file():
        return translate("Inspections", "The file {name} does not exist.").format(name=path)
    return translate("Cli", "{path} is not a field package of ClusterDesk, or it is damaged: it "
                            "was not opened.").format(path=path)


def _file_error(exc: OSError) -> str:
    return translate("Cli", "The file {path} could not be written or read: {reason}").format(
        path=exc.filename or "", reason=exc.strerror or exc)


def _check(services) -> int:
    report = services.system.check(full=True)
    for line in report.lines:
        _print(line)
    for problem in report.problems:
        _print(problem, err=True)
    _print(translate("Cli", "Check passed.") if report.ok else translate("Cli", "Check FAILED."))
    return 0 if report.ok else 1


def _check_data(services) -> int:
    """The declared data rules only: each contradiction on a line of its own (stdout), the
    count last (stderr); exit 1 when there is any."""
    result = services.data_check.run()
    for contradiction in result.contradictions:
        _print(contradiction.line())
    if result.ok:
        _print(translate("Cli", "Data check: no contradictions."))
        return 0
    _print(translate("Cli", "Data check: {count} contradictions.").format(
        count=len(result.contradictions)), err=True)
    return 1


def _import(services, args) -> int:
    importer = services.contracts_import if args.kind == "contracts" else \
        services.participants_import
    return _report_import(importer.import_xlsx(args.file, dry_run=args.dry_run,
                                               progress=_progress(args)))


def _progress(args):
    """``--progress``: one line per step on stderr («Записано 200 из 10000»), so a script (and
    the crash test) can follow the import as it goes."""
    if not getattr(args, "progress", False):
        return None
    return lambda done, total: _print(translate("Cli", "Written {done} of {total}").format(
        done=done, total=total), err=True)


def _report_import(result) -> int:
    for note in result.notes:
        _print(note)
    if not result.ok:
        for line in result.error_lines():  # the first few, then how many more
            _print(line, err=True)
        _print(
            translate("Cli", "{count} errors in {rows} rows: nothing was imported.").format(
                count=result.error_count, rows=result.rows_read
            ),
            err=True,
        )
        return 1
    if result.dry_run:
        _print(translate("Cli", "Check only: {rows} rows are correct; nothing was changed.").format(
            rows=result.rows_read))
    else:
        _print(translate("Cli", "Imported {rows} rows: {created} added, {updated} updated, "
                                "{unchanged} unchanged.").format(
            rows=result.rows_read, created=result.created, updated=result.updated,
            unchanged=result.unchanged))
    return 0
