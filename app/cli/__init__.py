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

The package: parser.py holds the words (argparse sub-commands; the sections, reports and
imports come from their registries), session.py opens the database and decides who works,
run.py dispatches a command to its module (reports.py, imports.py, system.py, and one module
per area: careers, governance, inspections, deadlines, requests, documents).  No module here
imports this package back: what they share is in common.py.
"""

from __future__ import annotations

from app.cli.common import parse_day
from app.cli.parser import build_parser
from app.cli.run import run_command
from app.cli.session import (
    break_stale_lock,
    cli_login,
    database_url,
    open_field_services,
    open_services,
)

__all__ = ["break_stale_lock", "build_parser", "cli_login", "database_url",
           "open_field_services", "open_services", "parse_day", "run_command"]
