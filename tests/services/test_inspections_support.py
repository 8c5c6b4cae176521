"""Shared set-up for the inspection and field-package tests (no tests of its own)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PIL import Image

from app.services.checklists import ChecklistsService
from app.services.findings import FindingsService
from app.services.inspection_data import NewInspection
from app.services.inspections import InspectionsService
from app.services.participants import OrganizationData
from app.services.photos import PhotosService
from app.services.site_data import ItemData, SiteData, WorkshopData


@dataclass
class Areas:
    checklists: ChecklistsService
    inspections: InspectionsService
    findings: FindingsService
    photos: PhotosService


def areas(services, actor=None) -> Areas:
    actor = actor or services.actor
    return Areas(*(cls(services.store, actor) for cls in (
        ChecklistsService, InspectionsService, FindingsService, PhotosService)))


def make_site(services, name="Площадка № 1 <Колледж & Ко>"):
    college = services.participants.create(OrganizationData(
        full_name="ГБПОУ «Политехнический колледж»", short_name="Политехнический колледж"))
    site = services.sites.save_site(SiteData(name=name, organization_id=college.id,
                                             address="г. Самара, ул. Заводская, 1"))
    workshop = services.sites.save_workshop(WorkshopData(name="Сварочные технологии",
                                                         site_id=site.id))
    for position, (category, item) in enumerate([
            ("equipment", "Сварочный аппарат инверторный"),
            ("equipment", "Вытяжка дымоулавливающая"),
            ("software", "Симулятор сварки"),
            ("furniture", "Верстак слесарный")]):
        services.sites.save_item(ItemData(name=item, category=category, quantity=Decimal(2),
                                          workshop_id=workshop.id, position=position))
    return site, workshop, college


def plan(a: Areas, site, workshop=None, kind="brandbook", inspectors=("Иванов И. И.",),
         planned_on=date(2026, 3, 10)):
    return a.inspections.create(NewInspection(
        site_id=site.id, planned_on=planned_on, kind=kind,
        workshop_ids=[workshop.id] if workshop else [], inspectors=list(inspectors)))


def photo_file(folder: Path, name="photo.jpg", size=(400, 300), color=(200, 30, 30),
               orientation: int | None = None, fmt="JPEG") -> Path:
    image = Image.new("RGB", size, color)
    image.paste((20, 20, 220), (0, 0, size[0] // 4, size[1] // 4))  # a mark: top-left
    out = io.BytesIO()
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        exif[0x0132] = "2026:03:10 11:22:33"
        image.save(out, fmt, exif=exif)
    else:
        image.save(out, fmt)
    path = folder / name
    path.write_bytes(out.getvalue())
    return path


def distinct_colour(n: int) -> tuple[int, int, int]:
    """The n-th of 30 colours at least 40 apart in one channel (item ids made it random)."""
    return 20 + 40 * (n % 6), 30 + 40 * (n // 6 % 5), 90


def answer_all(a: Areas, inspection, value="yes", tmp_path: Path | None = None):
    """Answer every item (photos for photo items, a number, the first option…)."""
    photos = 0
    for answer in a.inspections.inspection(inspection.id).answers:
        if answer.answer_type == "photo":
            # a colour per photo, far apart: JPEG makes near colours the same bytes, and the
            # same picture twice is refused («Эта фотография уже приложена»)
            a.photos.add(inspection.id, photo_file(tmp_path, f"{answer.item_id}.jpg",
                                                   color=distinct_colour(photos)),
                         item_id=answer.item_id, caption=f"Фото: {answer.text[:30]}")
            photos += 1
        elif answer.answer_type == "yes_no":
            a.inspections.answer(inspection.id, answer.item_id, value)
        elif answer.answer_type == "number":
            a.inspections.answer(inspection.id, answer.item_id, "12")
        elif answer.answer_type == "choice":
            a.inspections.answer(inspection.id, answer.item_id, answer.choices[0])
        else:
            a.inspections.answer(inspection.id, answer.item_id, "Без замечаний")
