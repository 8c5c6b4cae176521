"""Checklist templates, inspections, answers, score, status, findings and photos."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from decimal import Decimal

import pytest
from PIL import Image

from app.models import Attachment, ChecklistTemplate, Inspection
from app.services.checklists import ItemData, SectionData, TemplateData
from app.services.errors import PermissionDenied, ValidationError
from app.services.findings import FindingData
from app.services.inspection_state import compute_progress
from app.services.permissions import Actor, Role
from app.services.photos import examine, print_copy
from tests.services.test_inspections_support import (
    answer_all,
    areas,
    make_site,
    photo_file,
    plan,
)


def test_standard_templates_are_installed_once(services):
    a = areas(services)
    rows = a.checklists.list_templates()
    assert {r.code for r in rows} == {"brandbook", "safety"}
    assert len(a.checklists.list_templates()) == 2
    brandbook = a.checklists.template(next(r.id for r in rows if r.code == "brandbook"))
    types = {i.answer_type for i in brandbook.items()}
    assert types == {"yes_no", "number", "text", "choice", "photo"}
    assert any(i.critical for i in brandbook.items())


def test_equipment_checklist_is_made_from_the_infrastructure_list(services):
    a = areas(services)
    site, workshop, _ = make_site(services)
    first = a.checklists.equipment_checklist(workshop.id)
    titles = [s.title for s in first.sections]
    assert titles[:3] == ["Оборудование", "Мебель", "Программное обеспечение"]
    texts = [i.text for i in first.items()]
    assert "Сварочный аппарат инверторный — 2 шт.: поставлено, смонтировано, работает" in texts
    equipment = first.sections[0].items
    assert all(i.critical and i.infra_item_id for i in equipment)
    # unchanged list: the same revision; a changed list: a new one
    assert a.checklists.equipment_checklist(workshop.id).id == first.id
    from app.services.site_data import ItemData as InfraData
    services.sites.save_item(InfraData(name="Шлифмашина угловая", category="tools",
                                       workshop_id=workshop.id))
    second = a.checklists.equipment_checklist(workshop.id)
    assert second.id != first.id and second.revision == first.revision + 1
    assert "Инструменты" in [s.title for s in second.sections]


def test_editing_a_used_template_makes_a_revision_and_old_inspections_keep_theirs(services):
    a = areas(services)
    site, _, _ = make_site(services)
    done = plan(a, site, kind="safety")
    template = a.checklists.template(done.template_id)
    template.sections[0].items.append(ItemData("Новый пункт", "yes_no", Decimal(1)))
    edited = a.checklists.save_template(template)
    assert edited.revision == 2 and edited.id != template.id
    old = a.inspections.inspection(done.id)
    assert old.template_id == template.id
    assert "Новый пункт" not in [x.text for x in old.answers]
    assert len(a.checklists.list_templates(include_old=True)) == 3
    new = plan(a, site, kind="safety")
    assert new.template_revision == 2
    assert "Новый пункт" in [x.text for x in new.answers]
    # an unused template is edited in place; an old revision cannot be edited
    custom = a.checklists.save_template(TemplateData(title="Своя", sections=[SectionData(
        "Раздел", [ItemData("Пункт", "yes_no"), ItemData("Второй", "text")])]))
    custom.title = "Своя (ред.)"
    custom.sections[0].items.pop()
    same = a.checklists.save_template(custom)
    assert same.id == custom.id and same.revision == 1
    assert same.title == "Своя (ред.)" and len(same.items()) == 1
    with pytest.raises(ValidationError):
        a.checklists.save_template(a.checklists.template(template.id))


def test_template_validation(services):
    a = areas(services)
    with pytest.raises(ValidationError) as error:
        a.checklists.save_template(TemplateData(title="", sections=[SectionData("Раздел", [
            ItemData("Выбор", "choice", Decimal(1), choices=["один"]),
            ItemData("Вес", "yes_no", Decimal(1000))])]))
    assert set(error.value.errors) == {"title", "sections.0.items.0.choices",
                                       "sections.0.items.1.weight"}
    custom = a.checklists.save_template(TemplateData(title="Своя", sections=[SectionData(
        "Раздел", [ItemData("Пункт", "yes_no")])]))
    assert custom.code.startswith("custom:")


def test_answers_score_status_and_findings(services, tmp_path):
    a = areas(services)
    site, workshop, college = make_site(services)
    inspection = plan(a, site, workshop, kind="equipment")
    assert inspection.status == "planned" and inspection.score is None
    assert inspection.title.endswith("Сварочные технологии")
    items = {x.text: x for x in inspection.answers}
    welder = items["Сварочный аппарат инверторный — 2 шт.: поставлено, смонтировано, работает"]
    a.inspections.answer(inspection.id, welder.item_id, "no", "Не подключён к сети",
                         today=date(2026, 3, 10))
    now = a.inspections.inspection(inspection.id)
    assert now.status == "in_progress" and now.inspected_on == date(2026, 3, 10)
    assert now.score == Decimal("0.0")
    [finding] = now.findings
    assert finding.critical and finding.responsible_org_id == college.id
    assert finding.due_on == date(2026, 3, 20)  # critical: ten days
    assert "Не подключён" in finding.text
    # back to yes: the open finding was a slip
    a.inspections.answer(inspection.id, welder.item_id, "yes")
    assert a.inspections.inspection(inspection.id).findings == []
    with pytest.raises(ValidationError):
        a.inspections.complete(inspection.id)
    answer_all(a, inspection, "yes", tmp_path)
    a.inspections.answer(inspection.id, welder.item_id, "no")
    done = a.inspections.complete(inspection.id)
    assert done.status == "done"
    weights = [x.weight for x in done.answers if x.answer_type in ("yes_no", "photo")]
    assert done.score == (Decimal(sum(weights) - 1) * 100 / sum(weights)).quantize(
        Decimal("0.1"))
    with pytest.raises(ValidationError):
        a.inspections.answer(inspection.id, welder.item_id, "maybe")
    signed = a.inspections.sign_off(inspection.id, "Петров П. П.", date(2026, 3, 11))
    assert signed.status == "signed_off" and signed.locked
    with pytest.raises(ValidationError):
        a.inspections.answer(inspection.id, welder.item_id, "yes")


def test_value_checks_by_answer_type(services, tmp_path):
    a = areas(services)
    site, _, _ = make_site(services)
    inspection = plan(a, site)
    by_type = {}
    for x in inspection.answers:
        by_type.setdefault(x.answer_type, x)
    assert a.inspections.answer(inspection.id, by_type["number"].item_id, "1 234,50").value \
        == "1234.5"
    for kind, bad in (("number", "много"), ("choice", "Другое"), ("yes_no", "да"),
                      ("photo", "yes")):
        with pytest.raises(ValidationError):
            a.inspections.answer(inspection.id, by_type[kind].item_id, bad)
    text = a.inspections.answer(inspection.id, by_type["text"].item_id, "Строка 1\nСтрока 2")
    assert text.value == "Строка 1\nСтрока 2"


def test_score_counts_weights_and_ignores_not_applicable():
    class Item:  # a stand-in for ChecklistItem
        def __init__(self, kind, weight, critical=False):
            import uuid
            self.id, self.answer_type = uuid.uuid4(), kind
            self.weight, self.critical = Decimal(weight), critical

    class A:
        def __init__(self, value):
            self.value = value

    items = [Item("yes_no", 2, True), Item("yes_no", 1), Item("yes_no", 5), Item("photo", 1),
             Item("text", 0)]
    answers = {items[0].id: A("no"), items[1].id: A("yes"), items[2].id: A("na")}
    progress = compute_progress(items, answers, {items[3].id: 1})
    assert progress.score == Decimal("50.0")  # yes 1+1 of 2+1+1
    assert progress.critical_noes == 1
    assert (progress.answered, progress.required) == (4, 4)


def test_findings_due_overdue_and_closing_with_evidence(services, tmp_path):
    a = areas(services)
    site, _, _ = make_site(services)
    inspection = plan(a, site, kind="safety")
    first = next(x for x in inspection.answers if x.answer_type == "yes_no" and not x.critical)
    a.inspections.answer(inspection.id, first.item_id, "no", today=date(2026, 3, 10))
    [finding] = a.findings.list_findings()
    assert finding.due_on == date(2026, 4, 9) and not finding.critical
    assert a.findings.list_findings(overdue=True, today=date(2026, 4, 9)) == []
    [late] = a.findings.list_findings(overdue=True, today=date(2026, 4, 10))
    assert late.overdue
    manual = a.findings.add(inspection.id, "Лужа у входа", due_on=date(2026, 3, 12))
    assert manual.item_id is None and manual.responsible
    with pytest.raises(ValidationError):
        a.findings.close(finding.id)
    evidence = tmp_path / "акт.pdf"
    evidence.write_bytes(b"%PDF-1.4 fixed")
    closed = a.findings.close(finding.id, evidence_file=evidence, closed_on=date(2026, 4, 1))
    assert closed.status == "closed" and closed.evidence_file == "акт.pdf"
    assert not a.findings.list_findings(overdue=True, today=date(2026, 5, 1))[0].id == finding.id
    assert a.findings.save_evidence(finding.id, tmp_path / "out.pdf").read_bytes() \
        == b"%PDF-1.4 fixed"
    # a closed finding stays when the answer changes
    a.inspections.answer(inspection.id, first.item_id, "yes")
    assert {f.id for f in a.findings.list_findings()} == {finding.id, manual.id}
    edited = a.findings.update(FindingData(**{**manual.__dict__, "due_on": date(2026, 3, 20)}))
    assert edited.due_on == date(2026, 3, 20)
    a.findings.reopen(finding.id)
    assert a.findings.list_findings(status="open")[0].status == "open"


def test_photos_orientation_thumbnail_dedup_and_refusal(services, tmp_path):
    a = areas(services)
    site, _, _ = make_site(services)
    inspection = plan(a, site)
    photo_item = next(x for x in inspection.answers if x.answer_type == "photo")
    turned = photo_file(tmp_path, "turned.jpg", size=(400, 300), orientation=6)
    photo = a.photos.add(inspection.id, turned, item_id=photo_item.item_id,
                         caption="  Фасад   с вывеской ")
    assert (photo.width, photo.height) == (300, 400)  # EXIF orientation 6: portrait
    assert photo.caption == "Фасад с вывеской" and photo.taken_at.year == 2026
    assert photo.sha256 == hashlib.sha256(turned.read_bytes()).hexdigest()
    assert a.photos.original(photo.id) == turned.read_bytes()  # original bytes kept
    thumb = Image.open(io.BytesIO(a.photos.thumbnail(photo.id)))
    assert thumb.size == (240, 320)
    # the blue mark was top-left before turning 90° clockwise: now top-right
    assert thumb.getpixel((230, 10))[2] > 150 and thumb.getpixel((10, 10))[0] > 150
    with pytest.raises(ValidationError):
        a.photos.add(inspection.id, turned)  # the same photo twice
    other = plan(a, site)
    again = a.photos.add(other.id, turned)  # another inspection: one stored copy
    assert again.sha256 == photo.sha256
    with services.store.sessions() as s:
        assert s.query(Attachment).count() == 1
    text = tmp_path / "notes.jpg"
    text.write_text("это не фотография", encoding="utf-8")
    with pytest.raises(ValidationError) as error:
        a.photos.add(inspection.id, text)
    assert "notes.jpg" in error.value.errors["photo"]
    png = photo_file(tmp_path, "plan.png", fmt="PNG", size=(3000, 2000))
    big = a.photos.add(inspection.id, png, caption="План")
    assert (big.width, big.height) == (3000, 2000)
    copy = Image.open(io.BytesIO(print_copy(png.read_bytes())))
    assert copy.size == (1200, 800) and copy.format == "JPEG"
    assert a.inspections.inspection(inspection.id).answers[
        [x.item_id for x in inspection.answers].index(photo_item.item_id)].photos == 1
    a.photos.update(photo.id, "Новая подпись", None, version=photo.version)
    a.photos.remove(big.id)
    assert [p.caption for p in a.photos.list_photos(inspection.id)] == ["Новая подпись"]


def test_a_truncated_jpeg_is_refused():
    path_bytes = io.BytesIO()
    Image.new("RGB", (200, 200), "red").save(path_bytes, "JPEG")
    with pytest.raises(ValidationError):
        examine("half.jpg", path_bytes.getvalue()[:200])


def test_roles(services, tmp_path):
    site, _, _ = make_site(services)
    inspection = plan(areas(services), site)
    inspector = areas(services, Actor("inspector", Role.INSPECTOR))
    council = areas(services, Actor("council", Role.COUNCIL))
    item = next(x for x in inspection.answers if x.answer_type == "yes_no")
    inspector.inspections.answer(inspection.id, item.item_id, "yes")
    with pytest.raises(PermissionDenied):
        council.inspections.answer(inspection.id, item.item_id, "no")
    assert council.inspections.list_inspections()[0].id == inspection.id
    with pytest.raises(PermissionDenied):
        inspector.inspections.sign_off(inspection.id, "x")
    with pytest.raises(PermissionDenied):
        inspector.checklists.save_template(TemplateData(title="x"))


def test_list_filters_and_delete(services):
    a = areas(services)
    site, _, _ = make_site(services)
    first = plan(a, site, inspectors=["Иванов И. И.", "Сидорова А. А."])
    plan(a, site, inspectors=["Петров П. П."])
    assert [r.id for r in a.inspections.list_inspections(inspector="сидорова а. а.")] \
        == [first.id]
    assert len(a.inspections.list_inspections(status="planned")) == 2
    a.inspections.delete(first.id)
    assert len(a.inspections.list_inspections()) == 1
    with services.store.sessions() as s:
        assert s.get(Inspection, first.id) is None
        assert s.query(ChecklistTemplate).count() == 2
