"""Command-line commands for inspections: the list, the two PDF reports, field packages.

A module of the command line (app/cli/run.py dispatches to it).  Exit codes as there: 0 done, 1 refused with nothing changed, 2 a usage error (a missing or unknown id).
"""

from __future__ import annotations

import uuid

from app.cli.common import echo as _print
from app.cli.common import line as _line
from app.cli.common import translate


def list_inspections(services) -> int:
    """One inspection a line: id, planned date, site, kind, status, inspectors, score."""
    for row in services.inspections.list_inspections():
        score = "" if row.score is None else f"{row.score:.1f}"
        _print(_line((row.id, row.planned_on.isoformat(), row.site, row.kind, row.status,
                      row.inspectors, score)))
    return 0


def _pdf_target(args) -> bool:
    if args.out.suffix.lower() == ".pdf":
        return True
    _print(translate("Cli", "The report file must end in .pdf."), err=True)
    return False


def inspection_report(services, args) -> int:
    from app.services.errors import NotFoundError

    if not args.id:
        _print(translate("Cli", "Give the inspection with --id ID (the ids are in «list "
                                "inspections»)."), err=True)
        return 2
    try:
        inspection = services.inspections.inspection(uuid.UUID(args.id.strip()))
    except (ValueError, NotFoundError):
        _print(translate("Cli", "There is no inspection {id}: see «list inspections».").format(
            id=args.id), err=True)
        return 2
    if not _pdf_target(args):
        return 1
    services.inspection_reports.write_inspection_report(inspection.id, args.out)
    _print(translate("Cli", "Report written to {path}.").format(path=args.out))
    return 0


def _find_site(services, text: str):
    """A site by its id or its name (any case, spaces folded); None if there is none."""
    wanted = " ".join(text.split()).casefold()
    for site in services.sites.list_sites():
        if str(site.id) == wanted or " ".join(site.name.split()).casefold() == wanted:
            return site
    return None


def photo_report(services, args) -> int:
    site = None
    if args.site is not None:
        site = _find_site(services, args.site)
        if site is None:
            _print(translate("Cli", "There is no site «{site}»: give its id or its name.").format(
                site=args.site), err=True)
            return 2
    if not _pdf_target(args):
        return 1
    services.inspection_reports.write_photo_report(args.out, site_id=site.id if site else None)
    _print(translate("Cli", "Report written to {path}.").format(path=args.out))
    return 0


def field_export(services, args) -> int:
    result = services.field.export_package(args.out, args.inspector or None)
    if result.inspector:
        text = translate("Cli", "Field package for {name} written to {path}: {inspections} "
                                "inspections, {sites} sites, {photos} photos.")
    else:
        text = translate("Cli", "Field package of every planned inspection written to {path}: "
                                "{inspections} inspections, {sites} sites, {photos} photos.")
    _print(text.format(name=result.inspector, path=result.path, inspections=result.inspections,
                       sites=result.sites, photos=result.photos))
    return 0


def field_merge(services, args) -> int:
    """A refused package (damaged, foreign, or a copy filled in parallel with the one merged:
    PackageRefused, a ValidationError) makes run_command say why and exit 1; the merge is one
    transaction, so nothing was written."""
    result = services.field.merge_package(args.file)
    if result.stale:  # an older copy of a package merged before: nothing to take from it
        _print(result.stale_text())
        return 0
    _print(translate("Cli", "Field package {path} merged (inspector: {name}).").format(
        path=args.file, name=result.inspector or "—"))
    rows, photos = result.rows, result.photos
    _print(translate("Cli", "Rows: {added} added, {changed} changed, {deleted} deleted, "
                            "{conflicts} conflicts.").format(
        added=rows.added, changed=rows.changed, deleted=rows.deleted, conflicts=rows.conflicts))
    _print(translate("Cli", "Photos: {added} added, {changed} changed, {deleted} deleted, "
                            "{conflicts} conflicts.").format(
        added=photos.added, changed=photos.changed, deleted=photos.deleted,
        conflicts=photos.conflicts))
    if not result.changes:
        _print(translate("Cli", "Nothing changed: everything in the package was already here."))
    elif rows.conflicts + photos.conflicts:
        _print(translate("Cli", "The office values stay where both sides changed: resolve the "
                                "conflicts in the Inspections section."))
    return 0
