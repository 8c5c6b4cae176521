"""The command line is built from the registries: every report of the catalog is a
``report <key>``, every registered import an ``import <key>``, every section a ``--section``;
a report or an import added to its registry needs no edit in app/cli/."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.bootstrap import main
from app.cli import build_parser
from app.sections import SECTION_KEYS
from app.services.importers import registry
from app.services.permissions import Actor, Role
from app.services.reports import catalog
from tests.helpers import read_sheet, write_sheet


def _choices(parser, command: str) -> tuple[str, ...]:
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    return tuple(next(a for a in sub._actions if a.dest == "kind").choices)


def test_every_catalog_report_is_a_report_command():
    choices = _choices(build_parser(), "report")
    assert [k.key for k in catalog.REPORTS] == [c for c in choices if c != "career-maps"]
    for kind in catalog.REPORTS:
        args = build_parser().parse_args(["report", kind.key, "--out", "x." + kind.formats[0]])
        assert args.kind == kind.key


def test_every_registered_import_is_an_import_command(services):
    assert _choices(build_parser(), "import") == tuple(k.key for k in registry.IMPORTS)
    for kind in registry.IMPORTS:
        assert build_parser().parse_args(["import", kind.key, "f.xlsx"]).kind == kind.key
        # the class the registry names is the one the services make for it
        assert type(registry.importer(services, kind.key)) is kind.importer_class()


def test_sections_come_from_the_registry():
    parser = build_parser()
    assert tuple(next(a for a in parser._actions if a.dest == "section").choices) == \
        SECTION_KEYS


def test_the_participants_report_of_the_catalog_is_written_from_the_command_line(
        demo, db_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CLUSTERDESK_USER", "admin")
    monkeypatch.setenv("CLUSTERDESK_PASSWORD", "demo")
    out = tmp_path / "участники.xlsx"
    assert main(["--db", db_url, "report", "participants", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    rows = read_sheet(out)
    assert rows[0][0] == "Наименование"
    from app.services import Services, open_store

    svc = Services(open_store(db_url), Actor("admin", Role.ADMIN))
    try:  # the same list as «export participants»: the members
        assert len(rows) - 1 == svc.participants.member_count()
    finally:
        svc.close()


def _year_report(services, params, out):
    book = Workbook()
    book.active.append(["year", params[catalog.YEAR]])
    book.save(out)


def test_a_report_added_to_the_catalog_needs_no_edit_in_the_command_line(
        monkeypatch, db_url, tmp_path, capsys):
    kind = replace(catalog.REPORTS[0], key="year-check", needs=(catalog.YEAR,),
                   formats=("xlsx",), write=_year_report)
    monkeypatch.setattr(catalog, "REPORTS", (*catalog.REPORTS, kind))
    out = tmp_path / "year.xlsx"
    assert main(["--db", db_url, "report", "year-check", "--year", "2027",
                 "--out", str(out)]) == 0
    assert list(load_workbook(out).active.values) == [("year", 2027)]
    # a need left out is refused by the catalog, with nothing written
    again = tmp_path / "again.xlsx"
    assert main(["--db", db_url, "report", "year-check", "--out", str(again)]) == 1
    assert not again.exists()
    assert capsys.readouterr().err


def test_an_import_added_to_the_registry_needs_no_edit_in_the_command_line(
        monkeypatch, db_url, tmp_path, capsys):
    kind = replace(registry.import_kind("participants"), key="members")
    monkeypatch.setattr(registry, "IMPORTS", (*registry.IMPORTS, kind))
    path = write_sheet(tmp_path / "m.xlsx", [["Наименование", "ИНН", "Роль"],
                                             ["ООО «Верное»", "7707083893", "Работодатель"]])
    assert main(["--db", db_url, "import", "members", str(path)]) == 0
    from app.services import Services, open_store

    svc = Services(open_store(db_url))
    try:
        assert [o.inn for o in svc.participants.list_organizations()] == ["7707083893"]
    finally:
        svc.close()


@pytest.mark.parametrize("key", [k.key for k in registry.IMPORTS if registry.WORKSHOP in k.needs])
def test_an_import_that_needs_a_workshop_asks_for_it(key, db_url, tmp_path, capsys):
    path = write_sheet(tmp_path / "i.xlsx", [["Наименование"]])
    assert main(["--db", db_url, "import", key, str(path)]) == 1
    assert "--workshop" in capsys.readouterr().err


def test_the_command_line_is_a_package_of_small_modules():
    import app.cli

    folder = Path(app.cli.__file__).parent
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines())
             for p in folder.glob("*.py")}
    assert {"parser.py", "run.py", "reports.py", "imports.py"} <= set(sizes)
    assert max(sizes.values()) <= 400, sizes
    assert not list(folder.parent.glob("cli*.py"))  # no module beside the package
