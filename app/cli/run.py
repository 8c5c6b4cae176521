"""Running one command: open the database, call the command's module, turn a refusal into
its message and exit code (0 done, 1 bad input or a failed check with nothing changed, 2 a
usage error), close the database whatever happened."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import careers, governance, imports, inspections, reports, system
from app.cli.common import echo as _print
from app.cli.common import file_error, translate
from app.cli.requests import list_requests, request_command
from app.cli.session import open_services


def _list_deadlines(services, args) -> int:
    from app.cli.deadlines import list_deadlines

    return list_deadlines(services, args)


def _list_plans(services, args) -> int:
    """One plan a line: id, year, kind, status, title (tab-separated, for scripts)."""
    for plan in services.events.plans():
        title = " ".join(plan.title.split())  # a tab or a line break would split the line
        _print(f"{plan.id}\t{plan.year}\t{plan.kind}\t{plan.status}\t{title}")
    return 0


_LISTS = {
    "plans": _list_plans,
    "inspections": lambda services, args: inspections.list_inspections(services),
    "career-maps": lambda services, args: careers.list_career_maps(services),
    "deadlines": _list_deadlines,
    "meetings": lambda services, args: governance.list_meetings(services),
    "requests": lambda services, args: list_requests(services),
}


def _list(services, args) -> int:
    return _LISTS[args.kind](services, args)


def _field(services, args) -> int:
    action = inspections.field_export if args.field_action == "export" else \
        inspections.field_merge
    return action(services, args)


COMMANDS = {
    "check": system.check_command,
    "seed-demo": system.seed_demo,
    "export": imports.export_command,
    "import": imports.import_command,
    "report": reports.report_command,
    "field": _field,
    "list": _list,
    "request": request_command,
    "backup": system.backup,
    "backups": system.backups,
    "restore": system.restore,
}


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
        _print(file_error(exc), err=True)
        return 1
    try:
        command = COMMANDS.get(args.command)
        if command is not None:
            return command(services, args)
    except (ImportFileError, ServiceError) as exc:
        _print(str(exc), err=True)
        return 1
    except OSError as exc:  # a folder that cannot be written, a file open in Excel…
        _print(file_error(exc), err=True)
        return 1
    finally:
        services.close()
    return 2


def _field_open_error(path: str) -> str:
    if not Path(path).is_file():
        return translate("Inspections", "The file {name} does not exist.").format(name=path)
    return translate("Cli", "{path} is not a field package of ClusterDesk, or it is damaged: it "
                            "was not opened.").format(path=path)
