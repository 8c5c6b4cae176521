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


def test_an_overdue_finding_is_printed_overdue_with_its_date(services, tmp_path):
    """Issue 17 item 7b: an open finding past its due date reads «Просрочено (срок …)» in the
    act, not «Открыто»; one still in time stays «Открыто»; a closed one «Закрыто <дата>»."""
    from datetime import UTC, datetime

    from app.services import clock
    from app.services.base import translate
    from app.services.findings import finding_status_label

    a = areas(services)
    site, workshop, _ = make_site(services)
    inspection = plan(a, site, workshop, planned_on=date(2026, 11, 1))
    a.findings.add(inspection.id, "Нет вытяжки", due_on=date(2026, 11, 26))
    a.findings.add(inspection.id, "Нет огнетушителя", due_on=date(2026, 12, 20))
    closed = a.findings.add(inspection.id, "Нет плаката", due_on=date(2026, 11, 10))
    a.findings.close(closed.id, evidence="Плакат повешен", closed_on=date(2026, 11, 9))
    reports = InspectionReportService(services.store, services.actor)
    late = translate("Inspections", "Overdue (due {date})").format(date="26.11.2026")
    try:
        clock.set_now(datetime(2026, 12, 7, 12, 0, tzinfo=UTC))
        text = pdf_text(reports.write_inspection_report(inspection.id, tmp_path / "акт.pdf"))
        assert late in text
        assert text.count(finding_status_label("open")) == 1  # the one due 20.12.2026
        assert f"{finding_status_label('closed')} 09.11.2026" in text
        clock.set_now(datetime(2026, 11, 20, 12, 0, tzinfo=UTC))  # before it was due
        text = pdf_text(reports.write_inspection_report(inspection.id, tmp_path / "акт2.pdf"))
        assert late not in text and text.count(finding_status_label("open")) == 2
    finally:
        clock.set_now(None)
