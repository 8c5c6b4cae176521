"""Command-line commands for graduates' career maps: the list and the PDFs for the print shop.

    list career-maps
    report career-map --id ID --out MAP.pdf [--size A3|A4] [--portrait]
    report career-maps --all --out FOLDER [--size A3|A4] [--portrait]

Pages are A3 landscape unless told otherwise.  A module of the command line (app/cli/run.py
dispatches to it).  Exit codes as there: 0 done, 1 refused with nothing
written, 2 a usage error (a missing or unknown id, no --all).
"""

from __future__ import annotations

import uuid

from app.cli.common import echo as _print
from app.cli.common import line as _line
from app.cli.common import translate


def list_career_maps(services) -> int:
    """One map a line: id, code, name, college, status, edition.  Superseded editions too:
    their status says so, and they can still be printed by id."""
    for row in services.career_maps.maps(include_superseded=True):
        _print(_line((row.id, row.code, row.profession, row.college, row.status, row.edition)))
    return 0


def career_map_report(services, args) -> int:
    """One map as a one-page PDF (a draft or a sent map prints marked «ПРОЕКТ»)."""
    from app.services.errors import NotFoundError

    if not args.id:
        _print(translate("Cli", "Give the career map with --id ID (the ids are in «list "
                                "career-maps»)."), err=True)
        return 2
    try:
        found = services.career_maps.get(uuid.UUID(args.id.strip()))
    except (ValueError, NotFoundError):
        _print(translate("Cli", "There is no career map {id}: see «list career-maps».").format(
            id=args.id), err=True)
        return 2
    if args.out.suffix.lower() != ".pdf":
        _print(translate("Cli", "The report file must end in .pdf."), err=True)
        return 1
    services.career_map_reports.write_pdf(found.id, args.out, args.size, not args.portrait)
    _print(translate("Cli", "Report written to {path}.").format(path=args.out))
    return 0


def career_maps_batch(services, args) -> int:
    """Every approved map into the folder --out (made if missing): one PDF a map and one
    combined file.  Prints the files written, one a line, the combined file last."""
    from app.services.errors import ValidationError

    if not args.all:
        _print(translate("Cli", "Add --all: every approved career map is printed into the "
                                "folder --out."), err=True)
        return 2
    folder = args.out
    # a file, or a name such as «maps.pdf» given as if a single file were written
    if not folder.is_dir() and (folder.exists() or folder.suffix.lower() == ".pdf"):
        _print(translate("Cli", "{path} is not a folder: give a folder with --out, one PDF a "
                                "map and the combined file are written into it.").format(
            path=folder), err=True)
        return 1
    try:
        result = services.career_map_reports.write_approved(
            folder, args.size, not args.portrait)
    except ValidationError as exc:
        if "maps" not in exc.errors:
            raise
        _print(translate("Cli", "There is no approved career map: nothing was written."),
               err=True)
        return 1
    for path in (*result.files, result.combined):
        _print(str(path))
    return 0
