"""The command line's ``import`` and ``export`` commands.

``import <kind> FILE`` takes its kinds from the importer registry
(app/services/importers/registry.py): a new import there is one the command line reads, its
needs (a workshop) taken from the options.  Every import is all or nothing: a file with a bad
row changes nothing and exits 1, each bad cell listed on stderr.
"""

from __future__ import annotations

from app.cli.common import echo as _print
from app.cli.common import translate
from app.services.importers.registry import WORKSHOP, import_kind, run_import


def _workshop(services, args):
    """The workshop named by --workshop, or None once the usage error is printed."""
    if not args.workshop:
        _print(translate("Cli", "Name the workshop with --workshop."), err=True)
        return None
    return services.sites.find_workshop(args.workshop)


def import_command(services, args) -> int:
    workshop_id = None
    if WORKSHOP in import_kind(args.kind).needs:
        workshop = _workshop(services, args)
        if workshop is None:
            return 1
        workshop_id = workshop.id
    return report_import(run_import(services, args.kind, args.file, workshop_id=workshop_id,
                                    dry_run=args.dry_run, progress=progress(args)))


def export_command(services, args) -> int:
    args.out = args.out_option or args.out
    if args.out is None:
        _print(translate("Cli", "Name the file to write with --out."), err=True)
        return 1
    if args.kind == "infrastructure":
        workshop = _workshop(services, args)
        if workshop is None:
            return 1
        count = services.infrastructure_export.export_xlsx(workshop.id, args.out)
        _print(translate("Cli", "{count} items written to {path}").format(
            count=count, path=args.out))
        return 0
    if args.kind == "deadlines":
        from app.cli.deadlines import export_deadlines

        return export_deadlines(services, args, args.out)
    if args.kind == "participants-template":
        services.participants_export.export_template(args.out)
        _print(translate("Cli", "Template written to {path}").format(path=args.out))
        return 0
    export = (services.participants_export.export_pdf if args.out.suffix.lower() == ".pdf"
              else services.participants_export.export_xlsx)
    count = export(args.out)
    _print(translate("Cli", "{count} organizations written to {path}").format(
        count=count, path=args.out))
    return 0


def progress(args):
    """``--progress``: one line per step on stderr («Записано 200 из 10000»), so a script (and
    the crash test) can follow the import as it goes."""
    if not getattr(args, "progress", False):
        return None
    return lambda done, total: _print(translate("Cli", "Written {done} of {total}").format(
        done=done, total=total), err=True)


def report_import(result) -> int:
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
