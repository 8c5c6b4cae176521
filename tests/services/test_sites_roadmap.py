"""Sites, workshops, infrastructure items, the roadmap and the two monitoring reports."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.bootstrap import main
from app.services.errors import ConflictError, ValidationError
from app.services.readiness import ItemFacts, readiness
from app.services.roadmap import STANDARD_STAGES, RoadmapData
from app.services.site_data import ItemData, SiteData, WorkshopData


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split())  # a long cell wraps onto several lines


def test_the_seven_stages_appear_for_a_new_cluster_in_order(services):
    items = services.roadmap.items()
    assert [i.title for i in items] == STANDARD_STAGES
    assert [i.standard_stage for i in items] == [1, 2, 3, 4, 5, 6, 7]
    assert len(services.roadmap.items()) == 7  # not added twice


def test_own_items_overdue_and_standard_stage_protection(services):
    own = services.roadmap.save(RoadmapData(title="Собственное мероприятие",
                                            deadline=date(2020, 1, 1)))
    items = services.roadmap.items()
    assert items[-1].title == "Собственное мероприятие"
    assert items[-1].overdue(date(2026, 11, 24))
    done = services.roadmap.save(RoadmapData(
        **{**own.__dict__, "status": "done", "done_on": date(2020, 1, 2)}))
    assert not done.overdue(date(2026, 11, 24))
    with pytest.raises(ValidationError):
        services.roadmap.save(RoadmapData(**{**done.__dict__, "done_on": None}))
    with pytest.raises(ValidationError):
        services.roadmap.delete(items[0].id)
    services.roadmap.delete(own.id)
    assert len(services.roadmap.items()) == 7


def test_evidence_file_is_kept_byte_for_byte(services, tmp_path):
    item = services.roadmap.items()[0]
    source = tmp_path / "Протокол №3.pdf"
    source.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 10)
    services.roadmap.attach(item.id, source)
    assert services.roadmap.items()[0].attachment_name == "Протокол №3.pdf"
    back = services.roadmap.save_attachment(item.id, tmp_path / "back.pdf")
    assert back.read_bytes() == source.read_bytes()


def test_items_name_their_responsible_organization_among_others(services):
    from app.services.participants import OrganizationData

    made = [services.participants.create(OrganizationData(
        full_name=f"ООО «Партнёр {n}»", short_name=f"Партнёр {n}")) for n in range(3)]
    item = services.roadmap.items()[1]
    services.roadmap.save(RoadmapData(**{**item.__dict__, "responsible_org_id": made[1].id}))
    names = {i.title: i.responsible_org for i in services.roadmap.items()}
    assert names[item.title] == "Партнёр 1"  # its own, not another organization's
    assert sum(1 for name in names.values() if name) == 1


def build_site(services) -> tuple:
    site = services.sites.save_site(SiteData(name="Площадка проверочная"))
    first = services.sites.save_workshop(WorkshopData(
        name="Мастерская А", kind_of_work="Сварка", site_id=site.id, repairs_percent=100,
        brandbook_percent=50))
    second = services.sites.save_workshop(WorkshopData(
        name="Мастерская Б", kind_of_work="Токарные работы", site_id=site.id,
        repairs_percent=60, brandbook_percent=0))
    add = services.sites.save_item
    # workshop A: 100 ₽ planned, 300 ₽ commissioned, software 1000 ₽ installed (not commissioned)
    add(ItemData("Стол", "furniture", unit_price=Decimal("100"), workshop_id=first.id))
    add(ItemData("Станок", "equipment", unit_price=Decimal("300"), stage="commissioned",
                 workshop_id=first.id))
    add(ItemData("САПР", "software", unit_price=Decimal("1000"), stage="installed",
                 workshop_id=first.id))
    # workshop B: 2 × 200 ₽ delivered, software 500 ₽ commissioned
    add(ItemData("Тиски", "tools", quantity=Decimal(2), unit_price=Decimal("200"),
                 stage="delivered", workshop_id=second.id))
    add(ItemData("ОС", "software", unit_price=Decimal("500"), stage="commissioned",
                 workshop_id=second.id))
    return site, first, second


def test_readiness_of_a_hand_built_site(services):
    build_site(services)
    rows = {(r.site, r.workshop): r.figures for r in services.sites.readiness_map()}
    a = rows[("Площадка проверочная", "Мастерская А")]
    assert a.commissioned_value == 75           # 300 of 400
    assert a.commissioned_count == 50           # 1 of 2
    assert a.delivered_value == 75 and a.installed_value == 75
    assert a.software == 0                      # installed, not yet commissioned
    assert a.overall == Decimal("56.25")        # (100 + 50 + 75 + 0) / 4
    b = rows[("Площадка проверочная", "Мастерская Б")]
    assert b.delivered_value == 100 and b.installed_value == 0
    assert b.software == 100
    assert b.overall == 40                      # (60 + 0 + 0 + 100) / 4
    site = rows[("Площадка проверочная", "")]
    assert site.delivered_value == 100 * Decimal(700) / Decimal(800)   # 87.5
    assert site.commissioned_value == Decimal("37.5")                  # 300 of 800
    assert site.commissioned_count == Decimal(100) / 3                # 1 of 3 list lines
    assert site.software == 100 * Decimal(500) / Decimal(1500)
    assert site.repairs == 80 and site.brandbook == 25


def test_nothing_to_measure_is_a_dash_not_zero():
    empty = readiness([], [0], [0])
    assert empty.commissioned_value is None and empty.software is None
    assert empty.overall == 0  # repairs and brand book are there and are 0
    only_software = readiness([ItemFacts("software", "commissioned", Decimal(1), Decimal(5))],
                              [100], [100])
    assert only_software.delivered_value is None and only_software.overall == 100


def test_item_validation(services):
    _site, first, _ = build_site(services)
    with pytest.raises(ValidationError) as err:
        services.sites.save_item(ItemData("", "equipment", quantity=Decimal(-1),
                                          workshop_id=first.id))
    assert {"name", "quantity"} <= set(err.value.errors)
    with pytest.raises(ValidationError) as err:
        services.sites.save_item(ItemData("Станок", delivered_on=date(2025, 5, 1),
                                          ordered_on=date(2025, 6, 1), workshop_id=first.id))
    assert "stage" in err.value.errors


def test_kinds_of_work_flag(services, demo):
    count, too_few = demo.sites.kinds_of_work()
    assert count == 7 and not too_few


def test_stale_edit_of_a_site_is_refused(services):
    site = services.sites.save_site(SiteData(name="Площадка"))
    services.sites.save_site(SiteData(**{**site.__dict__, "address": "ул. Ленина, 1"}))
    with pytest.raises(ConflictError):
        services.sites.save_site(SiteData(**{**site.__dict__, "address": "ул. Мира, 2"}))


def test_reports_read_back(services, tmp_path):
    build_site(services)
    services.roadmap.save(RoadmapData(title="Просроченное мероприятие",
                                      deadline=date(2020, 1, 1)))
    xlsx, pdf = tmp_path / "ready.xlsx", tmp_path / "ready.pdf"
    assert services.reports.readiness(xlsx, today=date(2026, 11, 24)) == 3
    services.reports.readiness(pdf, today=date(2026, 11, 24))
    ws = load_workbook(xlsx).active
    assert ws["A1"].value == "Карта готовности площадок"
    assert "24.11.2026" in ws["A2"].value
    header = [c.value for c in ws[4]]
    assert header[0] == "Площадка / мастерская"
    rows = {r[0].value.strip(): r for r in ws.iter_rows(min_row=5) if r[0].value}
    a = rows["Мастерская А"]
    assert a[7].value == 75 and a[7].fill.fgColor.rgb.endswith("FFF3CD")  # yellow band
    assert rows["Мастерская Б"][9].value == 100
    assert rows["Мастерская Б"][9].fill.fgColor.rgb.endswith("D4EDDA")  # green band
    text = pdf_text(pdf)
    assert "Карта готовности площадок" in text and "Мастерская А" in text and "75 %" in text

    roadmap_pdf, roadmap_xlsx = tmp_path / "rm.pdf", tmp_path / "rm.xlsx"
    assert services.reports.roadmap(roadmap_xlsx, today=date(2026, 11, 24)) == 8
    services.reports.roadmap(roadmap_pdf, today=date(2026, 11, 24))
    text = pdf_text(roadmap_pdf)
    assert "Контрольный лист выполнения мероприятий дорожной карты" in text
    assert "Просроченное мероприятие" in text and "просрочено" in text
    ws = load_workbook(roadmap_xlsx).active
    titles = [ws.cell(row=r, column=2).value for r in range(5, 13)]
    assert titles[:7] == STANDARD_STAGES


def test_report_commands(tmp_path, capsys):
    for kind in ("roadmap", "readiness"):
        for ext in ("xlsx", "pdf"):
            out = tmp_path / f"{kind}.{ext}"
            assert main(["--demo", "report", kind, "--out", str(out)]) == 0
            assert out.stat().st_size > 1000
    assert main(["--demo", "report", "roadmap", "--out", str(tmp_path / "x.docx")]) == 1


def test_demo_has_believable_sites_and_roadmap(demo):
    sites = demo.sites.list_sites()
    assert len(sites) == 3 and sum(len(s.workshops) for s in sites) >= 6
    stages = {i.stage for s in sites for w in s.workshops for i in demo.sites.items(w.id)}
    assert stages == {"planned", "ordered", "delivered", "installed", "commissioned"}
    roadmap = demo.roadmap.items()
    done = [i for i in roadmap if i.status == "done"]
    assert 0 < len(done) < len(roadmap)


def test_kinds_of_work_are_counted_once_whatever_the_case(services):
    site = services.sites.save_site(SiteData(name="Площадка"))
    for name, kind in (("А", "Сварочные технологии"), ("Б", "СВАРОЧНЫЕ  технологии"),
                       ("В", "Мехатроника")):
        services.sites.save_workshop(WorkshopData(name=name, kind_of_work=kind, site_id=site.id))
    assert services.sites.kinds_of_work() == (2, True)
