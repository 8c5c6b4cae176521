"""Career maps on paper: text fits its boxes (the longest titles too), the PDF carries every
step and salary, A3 and A4 are the right size, fonts are embedded, the batch is complete."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from app.services.errors import ValidationError
from app.services.reports import career_map
from app.services.reports.career_layout import layout_page, rubles, salary_lines
from app.services.reports.career_model import PrintableMap, PrintLogo, PrintStep, PrintTool
from app.services.reports.career_page import PAGE_SIZES, Page
from app.services.reports.career_text import MIN_SIZE, Picture, QrCode, TextBlock, width_of
from tests.services.test_career_maps import approved, decided, png_bytes, sample

#: Real titles from professional standards, run together to exactly 120 characters.
LONG_TITLES = [
    "Оператор-наладчик обрабатывающих центров с числовым программным управлением, "
    "оператор станков с программным управлением",
    "Инженер-технолог по разработке управляющих программ для многокоординатных "
    "обрабатывающих центров и станков с ЧПУ",
    "Электромонтёр по ремонту и обслуживанию электрооборудования, наладчик "
    "контрольно-измерительных приборов и автоматики",
    "Мастер участка механической обработки, старший мастер цеха сборки "
    "металлоконструкций и сварочного производства",
    "Начальник технологического бюро, ведущий инженер-технолог отдела главного "
    "технолога машиностроительного предприятия",
]
LONG_TITLES = [(t + " " + t)[:120] for t in LONG_TITLES]
LONG_TITLES = [t if t[-1] != " " else t[:-1] + "и" for t in LONG_TITLES]
SIZES = [("A4", False), ("A4", True), ("A3", False), ("A3", True)]
EPS = 0.01


def long_map(**changes) -> PrintableMap:
    steps = []
    for n, title in enumerate(LONG_TITLES, start=1):
        leads = {1: (2,), 2: (3, 4), 3: (5,), 4: (5,)}.get(n, ())
        steps.append(PrintStep(
            n, (title,), "Наладка и обслуживание оборудования, контроль качества продукции, "
            "работа с конструкторской и технологической документацией",
            "Повышение квалификации за счёт работодателя и два года опыта", 45_000 * n,
            90_000 * n, 60_000 * n, leads))
    values = dict(
        code="15.02.16", profession="Технология машиностроения", kind="specialty",
        college="Бюджетное профессиональное образовательное учреждение Вологодской области "
                "«Череповецкий машиностроительный колледж»",
        industry="Машиностроение", cluster="ОПЦ(К) машиностроения Вологодской области",
        geography="Вологодская область: Череповец, Вологда", contacts="+7 (8202) 55-12-34",
        website="https://opc.example.ru/career", steps=tuple(steps),
        federal_logo=PrintLogo("Федеральный проект", png_bytes(), 120, 60, "fp"),
        industry_logo=PrintLogo("Машиностроение"),  # no picture: an empty frame
        college_logo=PrintLogo("БПОУ ВО «ЧМК»", b"broken bytes", 10, 10, "bad"),
        employers=tuple(PrintLogo(f"ООО «Завод № {i}»") for i in range(6)),
        tools=tuple(PrintTool(g, f"Мера {g}", "Текст меры поддержки " * 4)
                    for g in ("college", "employer", "region")))
    values.update(changes)
    return PrintableMap(**values)


def check_fits(page: Page) -> None:
    safe = page.safe
    for block in page.blocks():
        box = block.box
        assert block.height <= box.h + EPS, (block.role, block.height, box)
        for line in block.lines:
            measured = width_of(line.text, line.font, line.size, line.char_space)
            assert abs(measured - line.width) < EPS
            assert line.x >= box.x - EPS and line.x + line.width <= box.right + EPS, (
                block.role, line.text, line.width, box.w)
            assert safe.x - EPS <= line.x and line.x + line.width <= safe.right + EPS
            assert safe.y - EPS <= line.baseline - line.size <= safe.bottom
        total = sum(line.leading for line in block.lines)
        assert total <= box.h + EPS
    for item in page.items:
        if isinstance(item, (Picture, QrCode)):
            frame = item.frame if isinstance(item, Picture) else item.box
            assert safe.x - EPS <= frame.x and frame.right <= safe.right + EPS
            assert safe.y - EPS <= frame.y and frame.bottom <= safe.bottom + EPS


def refused_on_a4(m: PrintableMap, page: Page, size: str) -> bool:
    """On A4 a map that cannot keep its text at 6 pt or more is refused (print on A3)."""
    if size == "A4" and any(b.truncated for b in page.blocks()):
        with pytest.raises(ValidationError, match="A3"):
            career_map.check_fits(m, page)
        return True
    return False


@pytest.mark.parametrize(("size", "landscape"), SIZES)
def test_120_character_titles_fit_their_boxes(size, landscape):
    page = layout_page(long_map(), size, landscape)
    check_fits(page)
    if refused_on_a4(long_map(), page, size):
        return
    titles = page.blocks("step-titles") + page.blocks("step-text")
    assert len(titles) == 5
    assert not any(b.truncated for b in titles), "a title was cut"
    for block in titles:  # readable: never below the smallest print size (6 pt)
        assert min(line.size for line in block.lines) >= MIN_SIZE - EPS
    printed = " ".join(line.text for b in titles for line in b.lines).replace("- ", "-")
    assert all(len(t) == 120 for t in LONG_TITLES)
    for title in LONG_TITLES:  # every word of every title is there, unbroken
        assert all(word in printed for word in title.split())


@pytest.mark.parametrize(("size", "landscape"), SIZES)
def test_demo_like_maps_fit_at_design_size(size, landscape):
    from app.services.demo.careers import MAPS

    spec = MAPS[0]
    steps = tuple(PrintStep(n, tuple(s.titles.splitlines()), s.work, s.growth, s.salary_min,
                            s.salary_max, s.salary_avg,
                            tuple(s.leads_to) if s.leads_to is not None else
                            ((n + 1,) if n < len(spec["steps"]) else ()))
                  for n, s in enumerate(spec["steps"], start=1))
    page = layout_page(long_map(steps=steps), size, landscape)
    check_fits(page)
    if refused_on_a4(long_map(steps=steps), page, size):
        return
    assert not any(b.truncated for b in page.blocks())
    salary = page.blocks("salary")
    assert len(salary) == 5


def test_salaries_read_russian_style():
    step = PrintStep(1, ("Токарь",), salary_min=45_000, salary_max=80_000, salary_avg=60_000)
    lines = salary_lines(step)
    assert rubles(45_000) == "45\u00a0000"
    assert "45\u00a0000" in lines[0] and "80\u00a0000" in lines[0] and lines[0].endswith("₽")
    assert "60\u00a0000" in lines[1]
    assert salary_lines(PrintStep(2, ("x",))) == []


def test_missing_and_broken_logos_leave_empty_frames(tmp_path):
    from app.services.reports.career_map import write_maps

    m = long_map(website="")
    page = layout_page(m, "A4", True)
    pictures = [i for i in page.items if isinstance(i, Picture)]
    assert len(pictures) == 3 + 6
    assert sum(p.png is not None for p in pictures) == 2  # the good one and the broken one
    assert not [i for i in page.items if isinstance(i, QrCode)]  # no web page, no QR
    # the broken picture does not crash it (portrait: landscape A4 cannot hold this map's
    # text at 6 pt and is refused, see test_a4_text_is_6_pt_or_refused)
    write_maps([m], tmp_path / "m.pdf", size="A4", landscape=False)
    assert PdfReader(tmp_path / "m.pdf").pages[0]


# ---- PDF -----------------------------------------------------------------------------------
def pdftotext(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.replace("\u00a0", " ")


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(("size", "landscape"), SIZES)
def test_pdf_size_text_and_fonts(services, tmp_path, size, landscape):
    m = approved(services)
    target = services.career_map_reports.write_pdf(m.id, tmp_path / "map.pdf", size, landscape)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    short, long = PAGE_SIZES[size]
    want = (long, short) if landscape else (short, long)
    assert (float(box.width), float(box.height)) == pytest.approx(want, abs=0.05)
    text = squash(pdftotext(target))
    for step in m.steps:
        for title in step.titles.splitlines():  # one job title a line
            assert squash(title) in text
        for amount in (step.salary_min, step.salary_max, step.salary_avg):
            assert squash(rubles(amount)) in text
    assert "15.02.16" in text and squash(m.profession) in text
    for tool in m.tools:
        assert squash(tool.title) in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]  # embedded TrueType
            fonts.add(str(font["/BaseFont"]))
    assert fonts and all("PTSans" in f for f in fonts)


def test_a_draft_prints_marked_as_draft(services, tmp_path):
    saved = services.career_maps.save(sample())
    page = services.career_map_reports.page(saved.id, "A4", False)
    assert page.blocks("draft") and not page.blocks("approval")
    approved_map = services.career_maps.send(saved.id, saved.version)
    approved_map = services.career_maps.approve(
        approved_map.id, approved_map.version,
        decided(services, "12", date.today() - timedelta(days=2)))
    page = services.career_map_reports.page(saved.id, "A4", False)
    assert not page.blocks("draft")
    assert "12" in " ".join(line.text for b in page.blocks("approval") for line in b.lines)


def test_batch_of_approved_maps(services, tmp_path):
    from app.services.cluster import current_cluster
    from app.services.demo.careers import add_demo_career_maps

    with services.store.sessions.begin() as s:
        add_demo_career_maps(s, current_cluster(s).id)
    services.career_maps.save(sample(code="13.01.10"))  # a draft: not printed
    seen = []
    result = services.career_map_reports.write_approved(
        tmp_path / "print", "A3", progress=lambda done, total: seen.append((done, total)))
    assert result.maps == 3 and len(result.files) == 3
    assert all(p.exists() and len(PdfReader(p).pages) == 1 for p in result.files)
    assert len(PdfReader(result.combined).pages) == 3
    assert seen[-1] == (4, 4)
    names = sorted(p.name for p in result.files)
    assert names[0].startswith("13.02.13 ") and all(n.endswith(".pdf") for n in names)
    text = squash(pdftotext(result.combined))
    for row in services.career_maps.maps(status="approved"):
        data = services.career_maps.get(row.id)
        for step in data.steps:
            for title in step.titles.splitlines():
                assert squash(title) in text
            assert squash(rubles(step.salary_avg)) in text


def test_nothing_to_print_and_bad_paper(services, tmp_path):
    from app.services.errors import ValidationError

    with pytest.raises(ValidationError):
        services.career_map_reports.write_approved(tmp_path)
    saved = services.career_maps.save(sample())
    with pytest.raises(ValidationError):
        services.career_map_reports.write_pdf(saved.id, tmp_path / "x.pdf", "A5")


def test_layout_is_plain_data(services):
    """What a Qt preview gets: the same primitives the PDF is drawn from."""
    saved = services.career_maps.save(sample())
    page = services.career_map_reports.page(saved.id, "A3", True)
    assert (page.width, page.height) == (PAGE_SIZES["A3"][1], PAGE_SIZES["A3"][0])
    assert all(isinstance(b, TextBlock) for b in page.blocks())
    assert page.safe.x >= 10 * 72 / 25.4  # bleed-safe: at least 10 mm


def test_the_approval_stamp_is_printed_from_the_council_register(services, tmp_path):
    """«УТВЕРЖДЕНО протоколом заседания …» names the council, the protocol's number and date
    of the decision the map is linked to; renaming the council in the register renames it on
    the paper (nothing is copied into the map)."""
    from dataclasses import replace

    saved = services.career_maps.save(sample())
    sent = services.career_maps.send(saved.id, saved.version)
    day = date.today() - timedelta(days=5)
    services.career_maps.approve(sent.id, sent.version, decided(services, "17", day))
    [council] = services.governance.councils()
    services.governance.save_council(replace(
        council, name_genitive="Регионального наблюдательного совета Вологодской области"))
    text = " ".join(pdftotext(services.career_map_reports.write_pdf(
        saved.id, tmp_path / "map.pdf", "A4", True)).split())
    assert "УТВЕРЖДЕНО" in text
    assert "Регионального наблюдательного совета Вологодской области" in text
    assert f"№ 17 от {day:%d.%m.%Y}" in text
