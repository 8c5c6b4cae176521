"""The command line for data requests: «request create», «request files», «request take»
(with --dry-run), «list requests»; a refused file is a line with its reason and the errors
naming the file, the sheet, the row and the column, and exit 1."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.bootstrap import main
from app.services import Services, clock, open_store
from tests.services.request_files import (
    counts,
    data_sheet,
    fill_events,
    five_with_events,
    set_today,
)


@pytest.fixture
def members(db_url, monkeypatch):
    monkeypatch.setenv("CLUSTERDESK_USER", "staff")  # the demo's accounts: password «demo»
    monkeypatch.setenv("CLUSTERDESK_PASSWORD", "demo")
    set_today()
    svc = Services(open_store(db_url))
    try:
        svc.demo.seed()
        yield [c.inn for c in five_with_events(svc)[:2]]
    finally:
        svc.close()
        clock.set_now(None)


def _services(db_url):
    return Services(open_store(db_url))


def test_create_write_take_and_list(db_url, members, tmp_path, capsys):
    assert main(["--db", db_url, "request", "create", "--kind", "events", "--from",
                 "01.01.2026", "--to", "2026-12-31", "--due", "2026-12-20",
                 "--participants", ",".join(members), "--title", "Охват\tза год"]) == 0
    request_id = uuid.UUID(capsys.readouterr().out.strip())

    out = tmp_path / "файлы"
    assert main(["--db", db_url, "request", "files", "--id", "1", "--out", str(out)]) == 0
    written = capsys.readouterr().out.splitlines()
    assert len(written) == 2 and all(line.endswith(".xlsx") for line in written)

    assert main(["--db", db_url, "list", "requests"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    cells = line.split("\t")
    assert cells[0] == str(request_id) and cells[1] == "1" and cells[2] == "events"
    assert cells[6:10] == ["2", "2", "0", "0"] and cells[-1] == "Охват за год"

    for name in written:
        fill_events(Path(name))
    svc = _services(db_url)
    before = counts(svc)
    svc.close()
    assert main(["--db", db_url, "request", "take", str(out), "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert shown.count(".xlsx") >= 2 and "→" in shown
    svc = _services(db_url)
    assert counts(svc) == before
    svc.close()

    assert main(["--db", db_url, "request", "take", str(out)]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "list", "requests"]) == 0
    assert capsys.readouterr().out.split("\t")[8] == "2"


def test_a_refused_file_says_why_and_where(db_url, members, tmp_path, capsys):
    assert main(["--db", db_url, "request", "create", "--kind", "events", "--from",
                 "2026-01-01", "--to", "2026-12-31", "--due", "2026-12-20",
                 "--participants", members[0]]) == 0
    capsys.readouterr()
    out = tmp_path / "файлы"
    assert main(["--db", db_url, "request", "files", "--id", "1", "--out", str(out)]) == 0
    path = Path(capsys.readouterr().out.splitlines()[0])
    wb = load_workbook(path)
    sheet = data_sheet(wb)
    sheet["F2"].value = "сорок"
    wb.save(path)
    svc = _services(db_url)
    before = counts(svc)
    svc.close()
    assert main(["--db", db_url, "request", "take", str(path)]) == 1
    err = capsys.readouterr().err
    assert path.name in err and sheet.title in err and "сорок" in err
    assert " 2" in err and "F «" in err
    svc = _services(db_url)
    assert counts(svc) == before
    svc.close()


def test_bad_arguments_change_nothing(db_url, members, capsys):
    assert main(["--db", db_url, "request", "create", "--kind", "events", "--from",
                 "32.01.2026", "--to", "2026-12-31", "--due", "2026-12-20"]) == 2
    assert "32.01.2026" in capsys.readouterr().err
    assert main(["--db", db_url, "request", "create", "--kind", "погода", "--from",
                 "2026-01-01", "--to", "2026-12-31", "--due", "2026-12-20", "--all"]) == 1
    assert "погода" in capsys.readouterr().err
    assert main(["--db", db_url, "request", "files", "--id", "7", "--out", "x"]) == 1
    assert main(["--db", db_url, "list", "requests"]) == 0
    assert capsys.readouterr().out.strip() == ""
