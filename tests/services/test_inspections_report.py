"""The inspection report and the photo report: Cyrillic text, answers, findings, photos."""

from __future__ import annotations

import subprocess
from datetime import date

from pypdf import PdfReader

from app.services.reports.inspection import InspectionReportService
from tests.services.test_inspections_support import answer_all, areas, make_site, photo_file, plan


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())


def images(path) -> int:
    return sum(len(page.images) for page in PdfReader(str(path)).pages)


def test_inspection_report_has_every_part(services, tmp_path):
    a = areas(services)
    site, workshop, _ = make_site(services)
    inspection = plan(a, site, workshop, kind="equipment",
                      inspectors=["Иванов И. И.", "Сидорова А. А."])
    answer_all(a, inspection, "yes", tmp_path)
    first = inspection.answers[0]
    a.inspections.answer(inspection.id, first.item_id, "no", "Не подключён <к сети> & не принят",
                         today=date(2026, 3, 10))
    a.photos.add(inspection.id, photo_file(tmp_path, "big.jpg", size=(4000, 3000),
                                           orientation=6), caption="Аппарат & вытяжка")
    a.inspections.complete(inspection.id)
    a.inspections.sign_off(inspection.id, "Петров П. П.", date(2026, 3, 12))
    out = InspectionReportService(services.store, services.actor).write_inspection_report(
        inspection.id, tmp_path / "проверка.pdf")
    text = pdf_text(out)
    for expected in ("Площадка № 1 <Колледж & Ко>", "Сварочные технологии", "Иванов И. И.",
                     "Сидорова А. А.", "Оборудование", "Не подключён <к сети> & не принят",
                     "Аппарат & вытяжка", "Петров П. П., 12.03.2026", "Политехнический колледж"):
        assert expected in text, expected
    assert images(out) == 2  # the photo item's photo and the big one
    assert out.stat().st_size < 3_000_000  # photos downscaled for print


def test_photo_report_of_all_sites(services, tmp_path):
    a = areas(services)
    site, workshop, _ = make_site(services)
    other = services.sites.save_site(type(site)(name="Площадка № 2"))
    first = plan(a, site)
    a.photos.add(first.id, photo_file(tmp_path, "a.jpg"), caption="Фасад площадки")
    second = plan(a, other, kind="safety")
    for n in range(3):
        a.photos.add(second.id, photo_file(tmp_path, f"{n}.png", fmt="PNG", color=(n * 60, 0, 0)),
                     caption=f"Рабочее место {n}")
    out = InspectionReportService(services.store, services.actor).write_photo_report(
        tmp_path / "фотоотчёт.pdf")
    text = pdf_text(out)
    for expected in ("Площадка № 1", "Площадка № 2", "Фасад площадки", "Рабочее место 2"):
        assert expected in text
    assert images(out) == 4
