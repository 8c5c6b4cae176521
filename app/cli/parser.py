"""The command line's words: every command, option and choice, built with argparse
sub-commands.  The choices come from the registries — ``--section`` from app.sections, the
reports from app/services/reports/catalog.py, the imports from
app/services/importers/registry.py — so a section, report or import added there is one the
command line knows without an edit here."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.reports import report_keys
from app.cli.requests import add_request_parser
from app.sections import SECTION_KEYS
from app.services.importers import registry


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
    parser.add_argument("--section", choices=SECTION_KEYS, help="section to show")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_import_export(commands)
    _add_report(commands)

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


def _add_import_export(commands) -> None:
    imp = commands.add_parser("import", help="import a file")
    imp.add_argument("kind", choices=registry.import_keys())
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


def _add_report(commands) -> None:
    rep = commands.add_parser("report", help="write a report (xlsx or pdf by --out)")
    rep.add_argument("kind", choices=report_keys())
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
