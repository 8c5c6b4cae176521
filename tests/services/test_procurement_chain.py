"""Issue 17, item 1: the procurement chain is one chain.  An item's contract is a link chosen
from the register (migration 0011 links what was typed), an item is not delivered before its
contract, and the readiness map and the monitoring form read the same acceptance records."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, inspect, select, text

from app.db import make_engine
from app.migrate import current_revision, head_revision
from app.models import Contract, InfraItem
from app.services import Services, open_store
from app.services.errors import ValidationError
from app.services.grants import AcceptanceData, ContractData, LineData, SourceData
from app.services.importers.infrastructure import InfrastructureImportService
from app.services.readiness import ItemFacts, readiness
from app.services.site_data import ItemData, SiteData, WorkshopData
from tests.helpers import downgrade, write_sheet
from tests.services.test_grants import SUPPLIER

D = Decimal


def new_contract(services, number="К-7", signed=date(2026, 3, 1), amount=D("1000000.00")):
    source = services.grants.save_source(SourceData("regional", f"Источник {number}", 2026,
                                                    D("5000000.00")))
    line = services.grants.save_line(LineData(source.id, "equipment", "Станки", D("5000000.00")))
    return services.grants.save_contract(ContractData(
        line.id, number, signed, SUPPLIER, amount, supplier_name="ООО «Поставщик»"))


def new_workshop(services, name="Мастерская"):
    site = services.sites.save_site(SiteData(name=f"Площадка «{name}»"))
    return services.sites.save_workshop(WorkshopData(name=name, site_id=site.id))


def refused(call, *args) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        call(*args)
    return err.value.errors


# --- (c) an item is not delivered before its contract ------------------------------------
def test_an_item_is_not_delivered_before_its_contract_nor_without_acceptance(services):
    contract = new_contract(services)
    workshop = new_workshop(services)
    early = ItemData(name="Станок", workshop_id=workshop.id, unit_price=D("500000.00"),
                     contract_id=contract.id, stage="delivered", ordered_on=date(2025, 4, 20),
                     delivered_on=date(2025, 5, 12))
    errors = refused(services.sites.save_item, early)
    assert "delivered_on" in errors and "К-7" in errors["delivered_on"]
    assert "01.03.2026" in errors["delivered_on"]
    # dated after the contract, but nothing accepted under it yet: not delivered either
    later = ItemData(**{**early.__dict__, "delivered_on": date(2026, 4, 1)})
    assert "stage" in refused(services.sites.save_item, later)
    assert services.sites.items(workshop.id) == []  # bad input changes nothing

    services.grants.add_acceptance(AcceptanceData(contract.id, "УПД № 1", date(2026, 4, 1),
                                                  D("400000.00")))
    saved = services.sites.save_item(later)
    assert (saved.contract_id, saved.contract) == (contract.id, "К-7")
    # ordered (not delivered) items may wait for their contract's acceptance
    ordered = services.sites.save_item(ItemData(
        name="Тиски", workshop_id=workshop.id, contract_id=contract.id, stage="ordered",
        ordered_on=date(2026, 3, 2)))
    assert ordered.contract == "К-7"


def test_an_item_without_a_contract_is_not_compared(services):
    """Chosen rule: dates are compared only when a contract is linked (gifts in kind and
    items bought before the register have none)."""
    workshop = new_workshop(services)
    saved = services.sites.save_item(ItemData(
        name="Стенд (дар работодателя)", workshop_id=workshop.id, stage="delivered",
        delivered_on=date(2025, 5, 12)))
    assert saved.contract_id is None and saved.stage == "delivered"


def test_a_contract_cited_by_items_cannot_be_deleted_under_them(services):
    contract = new_contract(services)
    workshop = new_workshop(services)
    services.sites.save_item(ItemData(name="Станок", workshop_id=workshop.id,
                                      contract_id=contract.id, stage="ordered"))
    with pytest.raises(Exception), services.store.sessions.begin() as s:  # noqa: B017
        s.delete(s.get(Contract, contract.id))
    assert [c.number for c in services.grants.contracts()] == ["К-7"]


# --- (b) the import names a contract of the register --------------------------------------
def test_import_resolves_the_contract_column_and_refuses_an_unknown_number(services,
                                                                          tmp_path):
    contract = new_contract(services)
    services.grants.add_acceptance(AcceptanceData(contract.id, "УПД № 1", date(2026, 4, 1),
                                                  D("400000.00")))
    workshop = new_workshop(services)
    importer = InfrastructureImportService(services.store, services.actor)
    header = ["Наименование", "Кол-во", "Цена", "Статус", "Дата поставки", "Контракт"]
    bad = write_sheet(tmp_path / "bad.xlsx", [
        header,
        ["Станок", 1, 100, "Поставлено", "02.04.2026", " № к-7 "],  # spacing, case, «№»
        ["Тиски", 1, 100, "Заказано", None, "ЭА-2025/17"],  # no such contract
        ["Пила", 1, 100, "Поставлено", "12.05.2025", "К-7"],  # before the contract
    ])
    result = importer.import_xlsx(workshop.id, bad)
    assert not result.committed
    where = {(e.row, e.column) for e in result.errors}
    assert where == {(3, "Контракт"), (4, "Дата поставки")}, [str(e) for e in result.errors]
    assert "ЭА-2025/17" in next(str(e) for e in result.errors if e.row == 3)
    assert services.sites.items(workshop.id) == []

    good = write_sheet(tmp_path / "good.xlsx", [header, list(bad and [
        "Станок", 1, 100, "Поставлено", "02.04.2026", " № к-7 "])])
    result = importer.import_xlsx(workshop.id, good)
    assert result.committed, [str(e) for e in result.errors]
    [item] = services.sites.items(workshop.id)
    assert (item.contract_id, item.contract, item.contract_text) == (contract.id, "К-7", "")


# --- (d) the readiness map and the monitoring form agree ---------------------------------
def test_a_contracts_items_count_as_delivered_by_its_acceptance():
    items = [ItemFacts("equipment", "commissioned", D(1), D("600.00"), "c1"),
             ItemFacts("equipment", "ordered", D(1), D("400.00"), "c1"),
             ItemFacts("equipment", "delivered", D(1), D("1000.00"), None)]
    figures = readiness(items, [100], [100], {"c1": D("0.4")})
    # c1: 40 % of its 1 000 delivered (400), commissioned capped by it; the unlinked by stage
    assert figures.delivered_value == D(1400) * 100 / D(2000)
    assert figures.commissioned_value == D(400) * 100 / D(2000)
    nothing = readiness(items, [100], [100], {"c1": D(0)})
    assert nothing.delivered_value == D(1000) * 100 / D(2000)
    assert nothing.commissioned_value == 0


def test_on_the_demo_the_readiness_map_and_the_monitoring_form_agree(demo):
    form = demo.monitoring.form(date(2026, 11, 1))
    accepted = {r.id: (r.contracted, r.accepted) for r in form.rows if r.kind == "contract"}
    deliveries = demo.sites.contract_deliveries()
    linked = [d for d in deliveries if d.items_cost]
    assert len(linked) >= 4  # the equipment contracts and the software one have items
    for d in deliveries:
        amount, form_accepted = accepted[d.contract_id]
        assert (d.amount, d.accepted) == (amount, form_accepted), d.number
        if d.items_cost:
            assert d.delivered_cost == d.items_cost * min(form_accepted / amount, D(1)), d.number
    # the case: the welding workshop's contract 03/ЭА-2026 has nothing accepted, and
    # the map shows nothing of its workshop delivered
    welding = next(d for d in deliveries if d.number == "03/ЭА-2026")
    assert welding.accepted == 0 and welding.items_cost > 0 and welding.delivered_cost == 0
    row = next(r for r in demo.sites.readiness_map()
               if r.workshop == "Мастерская сварочных технологий")
    assert row.figures.delivered_value == 0


def test_the_demos_items_are_bought_under_real_contracts_after_they_were_signed(demo):
    signed = {c.id: c.signed_on for c in demo.grants.contracts()}
    items = [i for s in demo.sites.list_sites() for w in s.workshops
             for i in demo.sites.items(w.id)]
    assert demo.sites.unlinked_items() == []
    assert {i.stage for i in items} == {"planned", "ordered", "delivered", "installed",
                                       "commissioned"}
    for item in items:
        assert item.contract_text == ""
        if item.stage == "planned":
            continue
        assert item.contract_id in signed, item.name
        for day in (item.ordered_on, item.delivered_on, item.installed_on,
                    item.commissioned_on):
            assert day is None or day >= signed[item.contract_id], item.name


def test_a_contracts_items_are_listed_for_its_window(demo):
    contract = next(c for c in demo.grants.contracts() if c.number == "05/ЭА-2026")
    rows = demo.sites.contract_items(contract.id)
    assert rows and all(r.workshop == rows[0].workshop for r in rows)
    assert {i.id for i in demo.sites.items(rows[0].workshop_id)
            if i.contract_id == contract.id} == {r.id for r in rows}


# --- (a) the migration links what was typed and loses nothing -----------------------------
def _counts(conn) -> dict[str, int]:
    names = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
    return {t: conn.execute(select(func.count()).select_from(text(t))).scalar() for t in names}


def test_migration_links_typed_contracts_on_a_copy_of_the_demo(db_url):
    store = open_store(db_url)
    Services(store).demo.seed()
    store.engine.dispose()
    # the demo as revision 0010 kept it: the contract typed as text into each item
    downgrade(db_url, "0010")
    engine = make_engine(db_url)
    sqlite = engine.dialect.name == "sqlite"
    with engine.begin() as conn:
        assert "contract_id" not in {c["name"] for c in inspect(conn).get_columns("infra_item")}
        typed = dict(conn.execute(text("SELECT name, contract FROM infra_item "
                                       "WHERE contract <> ''")).all())
        assert "03/ЭА-2026" in typed.values()
        ids = [uuid.UUID(str(i)) for i in conn.execute(text(
            "SELECT id FROM infra_item WHERE contract <> '' ORDER BY position, name")).scalars()]
        variants = [" 03/эа-2026 ", "№ 05/ЭА-2026", "ЭА-2025/17", "№ 15/2026 от 12.03.2026"]
        for item_id, variant in zip(ids, variants, strict=False):
            conn.execute(text("UPDATE infra_item SET contract = :c WHERE id = :i"),
                         {"c": variant, "i": item_id.hex if sqlite else item_id})
        before = _counts(conn)
        linked_before = conn.execute(text(
            "SELECT count(*) FROM infra_item WHERE contract <> ''")).scalar()
    engine.dispose()

    store = open_store(db_url)  # the application's own upgrade path (with its copy)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            after = _counts(conn)
        assert {t: after[t] for t in before} == before  # every row kept (later tables aside)
        services = Services(store)
        unlinked = services.sites.unlinked_items()
        assert sorted(u.contract_text for u in unlinked) == sorted(variants[2:])
        with store.sessions() as s:
            linked = s.scalar(select(func.count()).select_from(InfraItem)
                              .where(InfraItem.contract_id.is_not(None)))
            assert linked == linked_before - 2
            numbers = {s.get(InfraItem, i).contract for i in ids[:2]}
        assert numbers == {"03/ЭА-2026", "05/ЭА-2026"}
        item = services.sites.item(unlinked[0].id)
        assert item.contract_id is None and item.contract_text in variants[2:]
    finally:
        store.engine.dispose()


def test_items_written_around_the_checks_are_listed_for_the_data_check(demo):
    from app.services.procurement_chain import items_against_contracts

    with demo.store.sessions.begin() as s:
        assert items_against_contracts(s) == []  # the demo contradicts nothing
        item = s.scalars(select(InfraItem).where(InfraItem.contract_id.is_not(None))
                         .order_by(InfraItem.name)).first()
        item.stage, item.delivered_on = "delivered", date(2025, 5, 12)  # the case
    with demo.store.sessions() as s:
        [found] = items_against_contracts(s)
    assert (found.id, found.what, found.day) == (item.id, "before_contract", date(2025, 5, 12))


def test_an_item_shows_what_inspections_answered_about_it(services, qapp):
    """The chain's last link: the equipment inspection's answer about an item is read from the
    item (and its dialog opens that inspection)."""
    from tests.services.test_inspections_support import areas, make_site, plan

    a = areas(services)
    site, workshop, _college = make_site(services)
    inspection = plan(a, site, workshop, kind="equipment")
    welder = next(x for x in inspection.answers if x.text.startswith("Сварочный аппарат"))
    item = next(i for i in services.sites.items(workshop.id)
                if i.name == "Сварочный аппарат инверторный")
    assert services.sites.item_verdicts(item.id) == []  # not answered yet: nothing to say
    a.inspections.answer(inspection.id, welder.item_id, "no", "Не подключён к сети",
                         today=date(2026, 3, 10))
    [verdict] = services.sites.item_verdicts(item.id)
    assert verdict.inspection_id == inspection.id and verdict.day == date(2026, 3, 10)
    assert verdict.text().startswith("10.03.2026")
    assert "Нет" in verdict.text() and "Не подключён к сети" in verdict.text()

    from app.views.sites.item_dialog import ItemDialog

    dialog = ItemDialog(services, workshop.id, item)
    assert "Не подключён к сети" in dialog.verdicts.text()
    assert dialog.open_inspection_button.isEnabled()
    dialog.open_inspection_button.click()
    assert dialog.requested_record == ("inspections", "inspection", inspection.id)
