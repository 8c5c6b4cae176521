"""The demo's inspections: a done brand-book inspection with photos and findings (none overdue),
an equipment inspection under way, and a planned one the demo inspector can take to the field."""

from __future__ import annotations

import io
import subprocess
from datetime import date

from PIL import Image, ImageOps

from app.services.demo.inspections import DEMO_INSPECTOR, demo_photo


def by_kind(demo) -> dict:
    return {r.kind: r for r in demo.inspections.list_inspections()}


def test_a_done_brandbook_inspection_with_every_item_answered(demo):
    rows = by_kind(demo)
    assert {k: r.status for k, r in rows.items()} == {
        "brandbook": "done", "equipment": "in_progress", "safety": "planned"}
    done = demo.inspections.inspection(rows["brandbook"].id)
    assert DEMO_INSPECTOR in done.inspectors and len(done.workshops) == 3
    for answer in done.answers:
        if answer.answer_type == "photo":
            assert answer.photos >= 1, answer.text
        else:
            assert answer.value, answer.text
    assert sum(a.value == "no" for a in done.answers) >= 3
    assert done.score is not None and 0 < done.score < 100
    # the equipment inspection is under way: some answers, not all
    equipment = demo.inspections.inspection(rows["equipment"].id)
    answered = [a for a in equipment.answers if a.value]
    assert 3 <= len(answered) < len(equipment.answers) and equipment.photos


def test_photos_decode_with_captions_item_links_and_orientation(demo):
    done = demo.inspections.inspection(by_kind(demo)["brandbook"].id)
    photos = demo.photos.list_photos()
    assert 6 <= len(photos) <= 10 and len(done.photos) >= 5
    assert all(p.caption and p.taken_at for p in photos)
    assert sum(p.item_id is not None for p in done.photos) >= 4
    for photo in photos:
        thumbnail = Image.open(io.BytesIO(demo.photos.thumbnail(photo.id)))
        thumbnail.load()
        assert thumbnail.format == "JPEG" and max(thumbnail.size) <= 320
        # the thumbnail is upright: same orientation as the photo's shown size
        assert (thumbnail.width > thumbnail.height) == (photo.width > photo.height)
    turned = [p for p in photos
              if Image.open(io.BytesIO(demo.photos.original(p.id))).getexif().get(0x0112)]
    assert len(turned) >= 2
    assert all((p.width, p.height) == (1200, 1600) for p in turned)  # a portrait once upright
    # the bytes went in through the ORM: the audit log has them
    assert len(demo.audit.entries(table_name="inspection_photo", action="create")) == len(photos)


def test_findings_with_responsible_and_none_overdue(demo):
    findings = demo.findings.list_findings(inspection_id=by_kind(demo)["brandbook"].id)
    open_ = [f for f in findings if f.status == "open"]
    assert len(open_) >= 2 and all(f.responsible and f.due_on for f in open_)
    assert len({f.responsible for f in open_}) >= 2  # not all on the college
    assert demo.findings.list_findings(overdue=True) == []  # the critical one closed in time
    closed = [f for f in findings if f.status == "closed"]
    assert closed and all(f.evidence and f.closed_on for f in closed)


def test_the_demo_inspector_can_take_the_planned_one_to_the_field(demo, tmp_path):
    result = demo.field.export_package(tmp_path / "p.cdpkg", inspector=DEMO_INSPECTOR)
    assert result.inspections >= 1 and result.path.is_file()
    planned = demo.inspections.list_inspections(status="planned", inspector=DEMO_INSPECTOR)
    assert [r.kind for r in planned] == ["safety"] and planned[0].planned_on >= date.today()


def test_the_inspection_report_writes(demo, tmp_path):
    done = by_kind(demo)["brandbook"]
    target = demo.inspection_reports.write_inspection_report(done.id, tmp_path / "report.pdf")
    assert target.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert DEMO_INSPECTOR in text and "АНО «ЦРК ВО»" in text


def test_demo_photo_is_a_turned_jpeg_that_shows_upright():
    from datetime import datetime

    content = demo_photo("Мастерская — вход", ("#112233", "#DDEEFF", "#FF5500"),
                         datetime(2026, 3, 10, 11, 0), 1, orientation=6)
    image = Image.open(io.BytesIO(content))
    assert image.size == (1600, 1200) and image.getexif()[0x0112] == 6
    upright = ImageOps.exif_transpose(image)
    assert upright.size == (1200, 1600)
    # the white label plate is at the top left of the upright picture
    assert min(upright.convert("RGB").getpixel((48, 130))) > 220
