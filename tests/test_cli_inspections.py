"""The command line for inspections: «list inspections», «field export», «field merge»,
«report inspection», «report photo-report», and commands in field mode (--field PACKAGE)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.bootstrap import main
from app.db import sqlite_url
from app.services import Services, open_store
from app.services.base import translate
from app.services.field import field_actor, open_field_store, package_info
from app.services.inspection_data import NewInspection
from app.services.site_data import SiteData, WorkshopData
from tests.services.test_inspections_support import photo_file

ROOT = Path(__file__).resolve().parent.parent
SITE = "Площадка «Сварка» № 2"
INSPECTOR = "Петров П. П."


@pytest.fixture
def office(services, db_url):
    """A site with a workshop and one planned brand-book inspection for Petrov."""
    site = services.sites.save_site(SiteData(name=SITE, address="г. Самара, ул. Заводская, 1"))
    services.sites.save_workshop(WorkshopData(name="Сварочные технологии", site_id=site.id))
    inspection = services.inspections.create(NewInspection(
        site_id=site.id, planned_on=date(2026, 3, 10), kind="brandbook", inspectors=[INSPECTOR]))
    return {"site": site, "inspection": inspection}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    said = capsys.readouterr()
    assert "Traceback" not in said.err
    return code, said.out, said.err


def counts(source: str, text: str) -> dict[str, int]:
    """The numbers of a line printed from the message ``source``, whatever its translation."""
    template = translate("Cli", source)
    parts = re.split(r"\{(\w+)\}", template)
    pattern = "".join(re.escape(p) if i % 2 == 0 else rf"(?P<{p}>\d+)"
                      for i, p in enumerate(parts))
    found = re.search(pattern, text)
    assert found, f"{template!r} not in {text!r}"
    return {k: int(v) for k, v in found.groupdict().items()}


ROWS = "Rows: {added} added, {changed} changed, {deleted} deleted, {conflicts} conflicts."
PHOTOS = "Photos: {added} added, {changed} changed, {deleted} deleted, {conflicts} conflicts."


def listing(capsys, *where) -> list[list[str]]:
    code, out, _ = run(capsys, *where, "list", "inspections")
    assert code == 0
    return [line.split("\t") for line in out.splitlines()]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def fill_in_the_field(package: Path, inspection_id: uuid.UUID, tmp: Path) -> int:
    """As the inspector on the laptop: answer the yes/no items (the first «no», which opens
    a finding, the others «yes»), add a photo.  Returns how many answers were given."""
    store = open_field_store(package)
    try:
        svc = Services(store, field_actor(package_info(store)))
        answered = 0
        for answer in svc.inspections.inspection(inspection_id).answers:
            if answer.answer_type == "yes_no":
                svc.inspections.answer(inspection_id, answer.item_id, "no" if not answered
                                       else "yes", "Вывеска не по брендбуку" if not answered
                                       else None)
                answered += 1
        svc.photos.add(inspection_id, photo_file(tmp, "фасад.jpg"), caption="Фасад")
        return answered
    finally:
        store.close()


def test_list_inspections_one_a_line_id_first(db_url, office, capsys):
    assert listing(capsys, "--db", db_url) == [[
        str(office["inspection"].id), "2026-03-10", SITE, "brandbook", "planned", INSPECTOR, ""]]


def test_export_fill_in_merge_then_merge_again(db_url, office, tmp_path, capsys):
    inspection_id = office["inspection"].id
    package = tmp_path / "петров.cdpkg"
    code, out, _ = run(capsys, "--db", db_url, "field", "export", "--inspector", INSPECTOR,
                       "--out", package)
    assert code == 0 and package.is_file()
    assert str(package) in out and INSPECTOR in out

    # field mode: the same commands on the package, as its inspector
    assert [r[0] for r in listing(capsys, "--field", package)] == [str(inspection_id)]
    answered = fill_in_the_field(package, inspection_id, tmp_path)
    assert answered > 0
    in_field = listing(capsys, "--field", package)
    assert in_field[0][4] == "in_progress" and 0 < float(in_field[0][6]) < 100
    assert listing(capsys, "--db", db_url)[0][4] == "planned"  # the office has not seen it

    code, out, _ = run(capsys, "--db", db_url, "field", "merge", package)
    assert code == 0 and str(package) in out and INSPECTOR in out
    rows, photos = counts(ROWS, out), counts(PHOTOS, out)
    assert rows["added"] >= 1 and rows["changed"] >= answered  # the finding, the answers
    assert photos["added"] == 1 and rows["conflicts"] == photos["conflicts"] == 0
    office_row = listing(capsys, "--db", db_url)[0]
    assert office_row == in_field[0]

    code, out, _ = run(capsys, "--db", db_url, "field", "merge", package)
    assert code == 0
    for source in (ROWS, PHOTOS):
        assert set(counts(source, out).values()) == {0}
    assert translate("Cli", "Nothing changed: everything in the package was already here.") in out
    assert listing(capsys, "--db", db_url)[0] == office_row


def test_every_planned_inspection_without_an_inspector(db_url, office, tmp_path, capsys):
    code, out, _ = run(capsys, "--db", db_url, "field", "export", "--out", tmp_path / "все")
    assert code == 0 and (tmp_path / "все.cdpkg").is_file()
    assert str(tmp_path / "все.cdpkg") in out
    code, _, err = run(capsys, "--db", db_url, "field", "export", "--inspector", "Никто",
                       "--out", tmp_path / "никто.cdpkg")
    assert code == 1 and "Никто" in err and not (tmp_path / "никто.cdpkg").exists()


def refused_files(tmp: Path, package: Path) -> dict[str, Path]:
    data = package.read_bytes()
    files = {
        "truncated": tmp / "обрезан.cdpkg",
        "damaged": tmp / "испорчен.cdpkg",
        "not a package": tmp / "текст.cdpkg",
        "missing": tmp / "нет.cdpkg",
    }
    files["truncated"].write_bytes(data[: len(data) // 2])
    files["damaged"].write_bytes(data[:4096] + b"\xff" * 8192 + data[4096 + 8192:])
    files["not a package"].write_text("не пакет", encoding="utf-8")
    return files


def package_of_another_office(tmp: Path) -> Path:
    other = Services(open_store(sqlite_url(tmp / "другой офис.sqlite3")))
    try:
        site = other.sites.save_site(SiteData(name="Чужая площадка"))
        other.inspections.create(NewInspection(site_id=site.id, planned_on=date(2026, 4, 1),
                                               inspectors=[INSPECTOR]))
        return other.field.export_package(tmp / "чужой.cdpkg", INSPECTOR).path
    finally:
        other.close()


def test_a_refused_package_changes_nothing(db_url, office, tmp_path, capsys):
    package = tmp_path / "петров.cdpkg"
    assert run(capsys, "--db", db_url, "field", "export", "--inspector", INSPECTOR,
               "--out", package)[0] == 0
    fill_in_the_field(package, office["inspection"].id, tmp_path)
    before = listing(capsys, "--db", db_url)
    for why, path in refused_files(tmp_path, package).items():
        code, out, err = run(capsys, "--db", db_url, "field", "merge", path)
        assert code == 1, why
        assert err.strip() and not out, why
        assert listing(capsys, "--db", db_url) == before, why
    foreign = package_of_another_office(tmp_path)
    code, _, err = run(capsys, "--db", db_url, "field", "merge", foreign)
    assert code == 1 and translate(
        "Inspections", "This file is not a field package of this database and was not merged."
    ) in err
    assert listing(capsys, "--db", db_url) == before
    # the package itself still merges afterwards
    assert run(capsys, "--db", db_url, "field", "merge", package)[0] == 0
    assert listing(capsys, "--db", db_url)[0][4] == "in_progress"


def test_field_mode_refuses_export_and_merge(db_url, office, tmp_path, capsys):
    package = tmp_path / "петров.cdpkg"
    assert run(capsys, "--db", db_url, "field", "export", "--out", package)[0] == 0
    before = package.read_bytes()
    for argv in (["field", "export", "--out", tmp_path / "ещё.cdpkg"],
                 ["field", "merge", package]):
        code, out, err = run(capsys, "--field", package, *argv)
        assert code == 1 and err.strip() and not out
    assert not (tmp_path / "ещё.cdpkg").exists() and package.read_bytes() == before
    code, _, err = run(capsys, "--field", tmp_path / "нет.cdpkg", "list", "inspections")
    assert code == 1 and "нет.cdpkg" in err
    text = tmp_path / "текст.cdpkg"
    text.write_text("не пакет", encoding="utf-8")
    code, _, err = run(capsys, "--field", text, "list", "inspections")
    assert code == 1 and "текст.cdpkg" in err


def test_report_inspection_in_russian(db_url, office, tmp_path, capsys):
    out = tmp_path / "осмотр.pdf"
    code, said, _ = run(capsys, "--db", db_url, "report", "inspection",
                        "--id", office["inspection"].id, "--out", out)
    assert code == 0 and str(out) in said
    assert out.read_bytes().startswith(b"%PDF")
    assert SITE in pdf_text(out)
    poppler = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                             check=True).stdout
    assert "Сварка" in poppler


def test_report_inspection_in_field_mode(db_url, office, tmp_path, capsys):
    package = tmp_path / "петров.cdpkg"
    assert run(capsys, "--db", db_url, "field", "export", "--out", package)[0] == 0
    out = tmp_path / "в поле.pdf"
    assert run(capsys, "--field", package, "report", "inspection",
               "--id", office["inspection"].id, "--out", out)[0] == 0
    assert SITE in pdf_text(out)


def test_photo_report(db_url, office, tmp_path, capsys):
    package = tmp_path / "петров.cdpkg"
    assert run(capsys, "--db", db_url, "field", "export", "--out", package)[0] == 0
    fill_in_the_field(package, office["inspection"].id, tmp_path)
    assert run(capsys, "--db", db_url, "field", "merge", package)[0] == 0
    every = tmp_path / "фото.pdf"
    code, said, _ = run(capsys, "--db", db_url, "report", "photo-report", "--out", every)
    assert code == 0 and str(every) in said
    assert every.read_bytes().startswith(b"%PDF") and SITE in pdf_text(every)
    for site in (str(office["site"].id), " площадка «сварка»  № 2 "):
        one = tmp_path / "площадка.pdf"
        assert run(capsys, "--db", db_url, "report", "photo-report", "--site", site,
                   "--out", one)[0] == 0
        assert SITE in pdf_text(one)
        one.unlink()


@pytest.mark.parametrize("args", [
    ["report", "inspection", "--id", str(uuid.uuid4())],
    ["report", "inspection", "--id", "не-номер"],
    ["report", "inspection"],
    ["report", "photo-report", "--site", str(uuid.uuid4())],
    ["report", "photo-report", "--site", "Нет такой площадки"],
])
def test_unknown_or_missing_id_exits_2_and_writes_nothing(db_url, office, tmp_path, capsys,
                                                         args):
    out = tmp_path / "отчёт.pdf"
    code, said, err = run(capsys, "--db", db_url, *args, "--out", out)
    assert code == 2 and err.strip() and not said
    assert not out.exists()


@pytest.mark.parametrize("kind", ["inspection", "photo-report"])
def test_a_report_that_is_not_a_pdf_is_refused(db_url, office, tmp_path, capsys, kind):
    out = tmp_path / "отчёт.xlsx"
    code, _, err = run(capsys, "--db", db_url, "report", kind, "--id", office["inspection"].id,
                       "--out", out)
    assert code == 1 and err.strip() and not out.exists()


def test_field_without_an_action_is_a_usage_error(db_url, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--db", db_url, "field"])
    assert exit_.value.code == 2


def test_a_real_process_in_field_mode(db_url, office, tmp_path, capsys):
    package = tmp_path / "петров.cdpkg"
    assert run(capsys, "--db", db_url, "field", "export", "--out", package)[0] == 0
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--field", str(package), "list", "inspections"],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env={**os.environ},
        timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\t")[:3] == [str(office["inspection"].id), "2026-03-10", SITE]


def test_an_older_copy_of_a_package_changes_nothing_and_says_so(db_url, office, tmp_path,
                                                                 capsys):
    """The issue's scenario on the command line: the original export merged after the
    laptop's copy neither reverts the answer nor deletes the finding; exit 0, and says why."""
    original = tmp_path / "петров.cdpkg"
    assert run(capsys, "--db", db_url, "field", "export", "--inspector", INSPECTOR,
               "--out", original)[0] == 0
    laptop = tmp_path / "ноутбук" / original.name
    laptop.parent.mkdir()
    laptop.write_bytes(original.read_bytes())
    fill_in_the_field(laptop, office["inspection"].id, tmp_path)
    code, out, _ = run(capsys, "--db", db_url, "field", "merge", laptop)
    assert code == 0 and counts(ROWS, out)["added"] == 1
    merged = listing(capsys, "--db", db_url)
    saves = package_info_saves(laptop)
    code, out, err = run(capsys, "--db", db_url, "field", "merge", original)
    assert code == 0 and not err
    assert translate("Inspections", "This package is older than the one already merged "
                                    "(save {saves} of {merged}): nothing was changed.").format(
        saves=0, merged=saves) in out
    assert listing(capsys, "--db", db_url) == merged
    store = open_store(db_url)
    try:
        svc = Services(store)
        [finding] = svc.findings.list_findings()
        assert "Вывеска не по брендбуку" in finding.text
    finally:
        store.close()


def test_a_copy_filled_in_parallel_is_refused(db_url, office, tmp_path, capsys):
    """One export copied to two laptops, both filled: the second merged is refused whole,
    exit 1, says why; nothing changes; the first still merges as before."""
    original = tmp_path / "петров.cdpkg"
    assert run(capsys, "--db", db_url, "field", "export", "--inspector", INSPECTOR,
               "--out", original)[0] == 0
    laptops = []
    for n in (1, 2):
        laptop = tmp_path / f"ноутбук-{n}" / original.name
        laptop.parent.mkdir()
        laptop.write_bytes(original.read_bytes())
        laptops.append(laptop)
    fill_in_the_field(laptops[0], office["inspection"].id, tmp_path)
    store = open_field_store(laptops[1])
    try:
        svc = Services(store, field_actor(package_info(store)))
        item = next(x for x in svc.inspections.inspection(office["inspection"].id).answers
                    if x.answer_type == "yes_no")
        svc.inspections.answer(office["inspection"].id, item.item_id, "yes", "Второй")
    finally:
        store.close()
    assert run(capsys, "--db", db_url, "field", "merge", laptops[0])[0] == 0
    merged = listing(capsys, "--db", db_url)
    code, out, err = run(capsys, "--db", db_url, "field", "merge", laptops[1])
    assert code == 1 and not out
    assert translate("Inspections", "This copy of the package was filled in parallel with the "
                     "one already merged (on another computer): it was not merged, nothing was "
                     "changed. The data in the file is kept; for a second inspector export a "
                     "separate package.") in err
    assert listing(capsys, "--db", db_url) == merged
    code, out, _ = run(capsys, "--db", db_url, "field", "merge", laptops[0])
    assert code == 0 and counts(ROWS, out) == dict(added=0, changed=0, deleted=0, conflicts=0)


def package_info_saves(package: Path) -> int:
    store = open_field_store(package)
    try:
        return package_info(store).saves
    finally:
        store.close()


def test_a_package_with_a_malformed_value_is_damaged(db_url, office, tmp_path, capsys):
    """An empty string in a date column: «пакет повреждён», exit 1, nothing written."""
    import sqlite3

    package = tmp_path / "петров.cdpkg"
    assert run(capsys, "--db", db_url, "field", "export", "--out", package)[0] == 0
    fill_in_the_field(package, office["inspection"].id, tmp_path)
    before = listing(capsys, "--db", db_url)
    damaged = translate("Inspections", "The field package is damaged and was not merged.")
    for sql in ("UPDATE inspection SET inspected_on = ''",
                "UPDATE inspection_answer SET version = 'x'",
                "UPDATE finding SET due_on = '31.02.2026'",
                "UPDATE inspection_photo SET inspection_id = 'не-номер'"):
        bad = tmp_path / "испорчен.cdpkg"
        bad.write_bytes(package.read_bytes())
        with sqlite3.connect(bad) as conn:
            conn.execute(sql)
        conn.close()
        code, out, err = run(capsys, "--db", db_url, "field", "merge", bad)
        assert code == 1 and damaged in err and not out, sql
        assert listing(capsys, "--db", db_url) == before, sql


def test_a_field_package_is_not_opened_as_the_office_database(db_url, office, tmp_path,
                                                              capsys):
    package = tmp_path / "петров.cdpkg"
    assert run(capsys, "--db", db_url, "field", "export", "--out", package)[0] == 0
    data = package.read_bytes()
    code, out, err = run(capsys, "--db", package, "list", "inspections")
    assert code == 1 and not out
    assert translate("Database", "{name} is a field package, not an office database; it was "
                                 "left untouched. Open it in field mode: --field {name}").format(
        name=package.resolve()) in err
    assert package.read_bytes() == data  # not switched to WAL, nothing written
    assert not any(package.with_name(package.name + s).exists() for s in ("-wal", "-shm"))
    with pytest.raises(Exception) as refused:
        open_store(str(package))
    assert "--field" in str(refused.value)
    assert package.read_bytes() == data
    assert listing(capsys, "--field", package)[0][0] == str(office["inspection"].id)
