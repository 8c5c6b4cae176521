"""The command line for career maps: «list career-maps», «report career-map» (one map, A3 or
A4, landscape or portrait, a draft marked «ПРОЕКТ») and «report career-maps --all» (the
batch for the print shop)."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.bootstrap import main
from app.services.base import translate
from app.services.careers import CareerMapData, StepData
from app.services.cluster import current_cluster
from app.services.demo.careers import add_demo_career_maps
from app.services.reports.career_layout import rubles

A3_LANDSCAPE = (1190.55, 841.89)
A4_PORTRAIT = (595.28, 841.89)


def draft() -> CareerMapData:
    return CareerMapData(
        code="13.01.10", profession="Электромонтёр\tпо ремонту\nи обслуживанию электрооборудования",
        kind="profession", college="ГБПОУ «Энергетический колледж»", industry="Энергетика",
        steps=[StepData("Электромонтёр 3 разряда", "Ремонт электрооборудования", "", 40_000,
                        60_000, 50_000),
               StepData("Мастер участка", "", "", 65_000, 95_000, 78_000)])


@pytest.fixture
def maps(services):
    """The three approved maps of the demo (with their logos) and one draft."""
    with services.store.sessions.begin() as s:
        approved = add_demo_career_maps(s, current_cluster(s).id)
    return {"approved": approved, "draft": services.career_maps.save(draft()).id}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    said = capsys.readouterr()
    assert "Traceback" not in said.err
    return code, said.out, said.err


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def squash(text: str) -> str:
    """Without spaces and line breaks: a title may wrap anywhere on the page."""
    return "".join(text.split())


def draft_marked(text: str) -> bool:
    """The «ПРОЕКТ» pill is a line of its own (a logo's caption may say «проект» too)."""
    return translate("CareerMaps", "DRAFT") in (line.strip() for line in text.splitlines())


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(path).pages]


def test_list_career_maps_one_a_line_id_first(db_url, services, maps, capsys):
    code, out, _ = run(capsys, "--db", db_url, "list", "career-maps")
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    want = {str(i) for i in [*maps["approved"], maps["draft"]]}
    assert {line[0] for line in lines} == want and len(lines) == 4
    assert all(len(line) == 6 for line in lines)
    rows = {line[0]: line for line in lines}
    assert rows[str(maps["draft"])][1:] == [
        "13.01.10", "Электромонтёр по ремонту и обслуживанию электрооборудования",
        "ГБПОУ «Энергетический колледж»", "draft", "1"]
    for map_id in maps["approved"]:
        data = services.career_maps.get(map_id)
        assert rows[str(map_id)][1:] == [data.code, data.profession, data.college, "approved",
                                         "1"]


def test_one_map_a3_landscape_by_default(db_url, services, maps, tmp_path, capsys):
    map_id = maps["approved"][0]
    out = tmp_path / "карта.pdf"
    code, said, _ = run(capsys, "--db", db_url, "report", "career-map", "--id", map_id,
                        "--out", out)
    assert code == 0 and str(out) in said
    assert page_sizes(out) == [pytest.approx(A3_LANDSCAPE, abs=0.05)]
    text = pdftotext(out)
    step = services.career_maps.get(map_id).steps[1]
    assert squash(step.titles.splitlines()[0]) in squash(text)
    assert squash(rubles(step.salary_avg)) in squash(text)
    assert not draft_marked(text)


def test_one_map_a4_portrait_and_a_draft_is_marked(db_url, maps, tmp_path, capsys):
    out = tmp_path / "проект.PDF"
    code, _, _ = run(capsys, "--db", db_url, "report", "career-map", "--id", maps["draft"],
                     "--size", "a4", "--portrait", "--out", out)
    assert code == 0
    assert page_sizes(out) == [pytest.approx(A4_PORTRAIT, abs=0.05)]
    text = pdftotext(out)
    assert translate("CareerMaps", "DRAFT") == "ПРОЕКТ" and draft_marked(text)
    assert "Мастеручастка" in squash(text) and squash(rubles(78_000)) in squash(text)


@pytest.mark.parametrize(("size", "portrait", "want"), [
    ("A3", False, A3_LANDSCAPE), ("A4", True, A4_PORTRAIT)])
def test_every_approved_map_and_the_combined_file(db_url, services, maps, tmp_path, capsys,
                                                  size, portrait, want):
    folder = tmp_path / "в типографию" / "карты"  # made, parents too
    code, out, _ = run(capsys, "--db", db_url, "report", "career-maps", "--all", "--size", size,
                       *(["--portrait"] if portrait else []), "--out", folder)
    assert code == 0
    printed = [Path(line) for line in out.splitlines()]
    written = sorted(folder.iterdir())
    assert len(written) == len(maps["approved"]) + 1
    assert sorted(printed) == written  # every file written is printed, nothing else
    combined = printed[-1]  # the combined file last
    assert size in combined.name
    assert len(PdfReader(combined).pages) == len(maps["approved"])
    for path in printed[:-1]:
        assert page_sizes(path) == [pytest.approx(want, abs=0.05)]
    assert page_sizes(combined) == [pytest.approx(want, abs=0.05)] * len(maps["approved"])
    text = squash(pdftotext(combined))
    assert "13.01.10" not in text  # the draft is not for the print shop
    for map_id in maps["approved"]:
        data = services.career_maps.get(map_id)
        assert squash(data.steps[0].titles.splitlines()[0]) in text


def test_no_approved_map_writes_nothing(db_url, services, tmp_path, capsys):
    services.career_maps.save(draft())
    folder = tmp_path / "карты"
    code, out, err = run(capsys, "--db", db_url, "report", "career-maps", "--all",
                         "--out", folder)
    assert code == 1 and not out and err.strip()
    assert not folder.exists()


@pytest.mark.parametrize("args", [
    ["report", "career-map", "--id", str(uuid.uuid4())],
    ["report", "career-map", "--id", "не-номер"],
    ["report", "career-map"],
    ["report", "career-maps"],  # without --all
])
def test_usage_errors_exit_2_and_write_nothing(db_url, maps, tmp_path, capsys, args):
    out = tmp_path / "карта.pdf"
    code, _, err = run(capsys, "--db", db_url, *args, "--out", out)
    assert code == 2 and err.strip()
    assert not out.exists()


def test_paper_other_than_a3_or_a4_is_a_usage_error(db_url, maps, tmp_path, capsys):
    out = tmp_path / "карта.pdf"
    with pytest.raises(SystemExit) as stop:  # argparse: the choices are A3 and A4
        main(["--db", db_url, "report", "career-map", "--id", str(maps["draft"]),
              "--size", "A5", "--out", str(out)])
    assert stop.value.code == 2 and "A4" in capsys.readouterr().err
    assert not out.exists()


def test_a_single_map_goes_to_a_pdf_only(db_url, maps, tmp_path, capsys):
    out = tmp_path / "карта.png"
    code, _, err = run(capsys, "--db", db_url, "report", "career-map", "--id",
                       maps["approved"][0], "--out", out)
    assert code == 1 and err.strip() and not out.exists()


def test_the_batch_goes_to_a_folder(db_url, maps, tmp_path, capsys):
    existing = tmp_path / "файл.txt"
    existing.write_text("не папка")
    for target in (existing, tmp_path / "все.pdf"):  # a file, or a name given as a file
        code, out, err = run(capsys, "--db", db_url, "report", "career-maps", "--all",
                             "--out", target)
        assert code == 1 and not out and err.strip()
    assert existing.read_text() == "не папка" and not (tmp_path / "все.pdf").exists()
