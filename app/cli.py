"""The command line: the same services as the window, for scripts and checks.

    python -m app [--db URL | --demo] import participants FILE.xlsx [--dry-run]
    python -m app [--db URL | --demo] export participants OUT.xlsx
    python -m app [--db URL | --demo] export participants-template OUT.xlsx
    python -m app [--db URL | --demo] check
    python -m app [--db URL | --demo] seed-demo

Exit 0 on success, 1 on bad input or a failed check (nothing changed), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import paths
from app.db import resolve_url, sqlite_url

SECTIONS = (
    "dashboard", "participants", "sites", "roadmap", "grants", "events",
    "inspections", "career-maps", "indicators", "reports", "settings",
)


translate = QCoreApplication.translate


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clusterdesk",
        description="ClusterDesk: the office of a «Профессионалитет» cluster.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="URL", help="database: a SQLite file or postgresql://…")
    where.add_argument("--demo", action="store_true", help="use the demo database")
    parser.add_argument("--user", help="account name (also CLUSTERDESK_USER)")
    parser.add_argument("--lang", choices=("ru", "en"), help="interface language")
    parser.add_argument("--screenshot", metavar="PNG", help="save the main window and exit")
    parser.add_argument("--section", choices=SECTIONS, help="section to show")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser("import", help="import a file")
    imp.add_argument("kind", choices=("participants",))
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check only, change nothing")

    exp = commands.add_parser("export", help="export a file")
    exp.add_argument("kind", choices=("participants", "participants-template"))
    exp.add_argument("out", type=Path)

    commands.add_parser("check", help="integrity check and migration state")
    commands.add_parser("seed-demo", help="fill an empty database with the demo cluster")
    return parser


def database_url(args: argparse.Namespace, settings_url: str | None = None) -> str:
    if args.demo:
        return sqlite_url(paths.demo_db_path())
    return resolve_url(args.db, settings_url)


def open_services(args: argparse.Namespace, settings_url: str | None = None):
    """Open the store for the command line or the window; the demo database gets its data."""
    from app.services import Services, open_store

    services = Services(open_store(database_url(args, settings_url)))
    if args.demo and services.participants.count() == 0:
        services.demo.seed()
    return services


def _print(text: str = "", err: bool = False) -> None:
    print(text, file=sys.stderr if err else sys.stdout, flush=True)


def run_command(args: argparse.Namespace) -> int:
    from app.migrate import DatabaseTooNewError, NotOurDatabaseError
    from app.services.errors import ServiceError
    from app.services.importers.base import ImportFileError

    try:
        services = open_services(args)
    except (DatabaseTooNewError, NotOurDatabaseError) as exc:
        _print(str(exc), err=True)
        return 1
    try:
        if args.command == "check":
            return _check(services)
        if args.command == "seed-demo":
            count = services.demo.seed()
            _print(translate("Cli", "Demo data added: {count} organizations.").format(count=count))
            return 0
        if args.command == "export":
            if args.kind == "participants-template":
                services.participants_export.export_template(args.out)
                _print(translate("Cli", "Template written to {path}").format(path=args.out))
            else:
                count = services.participants_export.export_xlsx(args.out)
                _print(translate("Cli", "{count} organizations written to {path}").format(
                    count=count, path=args.out))
            return 0
        if args.command == "import":
            return _import(services, args)
    except ImportFileError as exc:
        _print(str(exc), err=True)
        return 1
    except ServiceError as exc:
        _print(str(exc), err=True)
        return 1
    finally:
        services.close()
    return 2


def _check(services) -> int:
    report = services.system.check(full=True)
    for line in report.lines:
        _print(line)
    for problem in report.problems:
        _print(problem, err=True)
    _print(translate("Cli", "Check passed.") if report.ok else translate("Cli", "Check FAILED."))
    return 0 if report.ok else 1


def _import(services, args) -> int:
    result = services.participants_import.import_xlsx(args.file, dry_run=args.dry_run)
    for note in result.notes:
        _print(note)
    if result.errors:
        for error in result.errors:
            _print(str(error), err=True)
        _print(
            translate("Cli", "{count} errors in {rows} rows: nothing was imported.").format(
                count=len(result.errors), rows=result.rows_read
            ),
            err=True,
        )
        return 1
    if result.dry_run:
        _print(translate("Cli", "Check only: {rows} rows are correct; nothing was changed.").format(
            rows=result.rows_read))
    else:
        _print(translate("Cli", "Imported {rows} rows: {created} organizations added, {updated} updated.").format(
            rows=result.rows_read, created=result.created, updated=result.updated))
    return 0
