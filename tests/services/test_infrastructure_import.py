"""The infrastructure list importer on what colleges actually send, and the export that reads
back into another workshop exactly."""

from __future__ import annotations

from dataclasses import astuple, replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from app.services.errors import NotFoundError, PermissionDenied
from app.services.grants import AcceptanceData, ContractData, LineData, SourceData
from app.services.importers.base import ImportFileError
from app.services.importers.cells import parse_number
from app.services.importers.infrastructure import InfrastructureImportService
from app.services.importers.infrastructure_sheet import HEADERS
from app.services.permissions import Actor, Role
from app.services.reports.infrastructure import InfrastructureExportService
from app.services.site_data import ItemData, SiteData, WorkshopData
from tests.helpers import read_sheet, write_sheet
from tests.services.test_grants import SUPPLIER

# columns shuffled, headers in odd case and spacing, aliases
HEADER = ["  кол-во ", "№ П/П", "НАИМЕНОВАНИЕ   оборудования", "вид", "Цена,  руб.", "ед. изм",
          "Технические характеристики", "СУММА", "Этап", "дата  поставки", "Дата заказа:",
          "Источник", "№ контракта"]
MESSY = [
    ["Инфраструктурный лист мастерской «Сварочные технологии»"],
    ["ГБПОУ «Колледж связи»", None, None, "утверждено 01.09.2024"],
    [None],
    HEADER,
    ["Раздел 1. Оборудование"],  # a heading in the first (quantity) column
    [2, 1, "Сварочный аппарат", "оборудование", "1 234,50 руб.", "шт", "MIG/MAG, 350 А",
     "2\u00a0469,00", "ПОСТАВЛЕНО", "15.10.2024", datetime(2024, 9, 2), "Грант", "№ 12-К"],
    ["1,5", 2, "Проволока сварочная", "РАСХОДНЫЕ  материалы", 980.4, "кг", None, None,
     " заказано ", None, " 01.09.2024 ", "Софинансирование", None],
    [None, None, "Раздел 2. Программное обеспечение"],  # a name alone on its row
    [1, 3, "САПР «Компас-3D»", "по", "150\u00a0000 ₽", "лиц.", "Учебная версия", None,
     "введёно в эксплуатацию", datetime(2024, 10, 1), 45560, "Грант", "№ 13-К"],
    [None, None, None, "Охрана труда"],  # a heading in another text column
    [3, 4, "Очки защитные", "охрана ТРУДА", "450", None, None, 1350, "план", None, None, None,
     None],
    [4, 5, "Верстак слесарный", "МЕБЕЛЬ", 25000, "шт.", "1200×700", "100 000", "", None, None,
     None, None],
    ["Итого", None, None, None, None, None, None, 258819.0],
    [None] * 13,
    [None, "", "   ", None],
]


@pytest.fixture
def infra(services):
    """The services under test, whether or not the bundle in app/services has them yet."""
    return (InfrastructureImportService(services.store, services.actor),
            InfrastructureExportService(services.store, services.actor))


def new_workshop(services, name="Сварочные технологии") -> WorkshopData:
    register_contracts(services)
    site = services.sites.save_site(SiteData(name=f"Площадка «{name}»"))
    return services.sites.save_workshop(WorkshopData(name=name, site_id=site.id))


def register_contracts(services) -> None:
    """The contracts MESSY's «№ контракта» cells name (its items are chosen from the register),
    signed before its deliveries and with something accepted."""
    if any(c.number == "12-К" for c in services.grants.contracts()):
        return
    source = services.grants.save_source(SourceData("regional", "Софинансирование", 2024,
                                                    Decimal("1000000.00")))
    line = services.grants.save_line(LineData(source.id, "equipment", "Оборудование",
                                              Decimal("1000000.00")))
    for number in ("12-К", "13-К"):
        signed = services.grants.save_contract(ContractData(
            line.id, number, date(2024, 9, 1), SUPPLIER, Decimal("200000.00"),
            supplier_name="ООО «Поставщик»"))
        services.grants.add_acceptance(AcceptanceData(signed.id, "УПД № 1", date(2024, 9, 20),
                                                      Decimal("100000.00")))


def comparable(items: list[ItemData]) -> list[tuple]:
    return [astuple(replace(i, id=None, workshop_id=None, version=0)) for i in items]


def test_messy_sheet_imports_exactly(services, infra, tmp_path):
    importer, _ = infra
    workshop = new_workshop(services)
    result = importer.import_xlsx(workshop.id, write_sheet(tmp_path / "messy.xlsx", MESSY))
    assert result.errors == [], [str(e) for e in result.errors]
    assert result.committed and (result.rows_read, result.created, result.updated) == (5, 5, 0)
    assert len(result.notes) == 4, result.notes  # three headings and the total line
    items = {i.name: i for i in services.sites.items(workshop.id)}
    assert list(items) == ["Сварочный аппарат", "Проволока сварочная", "САПР «Компас-3D»",
                           "Очки защитные", "Верстак слесарный"]
    assert [i.position for i in items.values()] == [1, 2, 3, 4, 5]

    welder = items["Сварочный аппарат"]
    assert (welder.category, welder.stage) == ("equipment", "delivered")
    assert welder.quantity == Decimal(2) and isinstance(welder.quantity, Decimal)
    assert welder.unit_price == Decimal("1234.50") and isinstance(welder.unit_price, Decimal)
    assert welder.cost == Decimal("2469.00")
    assert (welder.unit, welder.specification) == ("шт", "MIG/MAG, 350 А")
    assert (welder.ordered_on, welder.delivered_on) == (date(2024, 9, 2), date(2024, 10, 15))
    assert (welder.budget_line, welder.contract) == ("Грант", "12-К")  # the register's number
    assert welder.contract_id == next(c.id for c in services.grants.contracts()
                                      if c.number == "12-К")

    wire = items["Проволока сварочная"]
    assert (wire.category, wire.stage, wire.unit) == ("consumables", "ordered", "кг")
    assert wire.quantity == Decimal("1.5") and wire.unit_price == Decimal("980.40")
    assert wire.ordered_on == date(2024, 9, 1) and wire.delivered_on is None

    cad = items["САПР «Компас-3D»"]
    assert (cad.category, cad.stage) == ("software", "commissioned")
    assert cad.unit_price == Decimal("150000.00")
    assert cad.ordered_on == date(2024, 9, 25)  # an Excel serial number in a date column
    assert cad.delivered_on == date(2024, 10, 1)

    goggles = items["Очки защитные"]
    assert (goggles.category, goggles.stage, goggles.unit) == ("safety", "planned", "шт.")
    assert goggles.quantity == 3 and goggles.unit_price == Decimal("450.00")

    bench = items["Верстак слесарный"]
    assert (bench.category, bench.stage) == ("furniture", "planned")
    assert bench.cost == Decimal("100000.00")


def test_bad_rows_are_all_reported_and_nothing_is_imported(services, infra, tmp_path):
    importer, _ = infra
    workshop = new_workshop(services)
    importer.import_xlsx(workshop.id, write_sheet(tmp_path / "ok.xlsx", MESSY))
    before = comparable(services.sites.items(workshop.id))
    path = write_sheet(tmp_path / "bad.xlsx", [
        ["Наименование", "Кол-во", "Цена", "Сумма", "Статус", "Дата заказа", "Дата поставки"],
        ["Новый станок", 1, 1000, 1000, "Заказано", "01.09.2024", None],  # fine
        ["Тиски", -2, 500, None, None, None, None],
        ["Штангенциркуль", 2, "1 500,00", "3 100,00", None, None, None],
        ["Сварочный аппарат", 1, 100, None, "Отгружено", None, None],
        [None, 3, 100, 300, None, None, None],  # figures without a name
        ["Дрель", "много", 100, None, None, None, None],
        ["Пила", 1, 100, None, "Поставлено", "10.10.2024", "01.10.2024"],
        ["Ключ", 1, 100, None, None, "32.13.2024", None],
    ])
    result = importer.import_xlsx(workshop.id, path)
    assert not result.committed and (result.created, result.updated) == (0, 0)
    assert comparable(services.sites.items(workshop.id)) == before
    where = {(e.row, e.column) for e in result.errors}
    messages = [str(e) for e in result.errors]
    assert where == {(3, "Кол-во"), (4, "Сумма"), (5, "Статус"), (6, "Наименование"),
                     (7, "Кол-во"), (8, "Дата поставки"), (9, "Дата заказа")}, messages
    assert all(m.startswith("Строка ") for m in messages), messages
    mismatch = next(e for e in result.errors if e.row == 4)
    assert "3 100,00" in mismatch.message and "3 000,00" in mismatch.message


def test_dry_run_changes_nothing(services, infra, tmp_path):
    importer, _ = infra
    workshop = new_workshop(services)
    result = importer.import_xlsx(workshop.id, write_sheet(tmp_path / "ok.xlsx", MESSY),
                                  dry_run=True)
    assert result.ok and result.dry_run and not result.committed
    assert (result.rows_read, result.created) == (5, 5)
    assert services.sites.items(workshop.id) == []


def test_import_twice_updates_instead_of_duplicating(services, infra, tmp_path):
    importer, _ = infra
    workshop = new_workshop(services)
    path = write_sheet(tmp_path / "ok.xlsx", MESSY)
    importer.import_xlsx(workshop.id, path)
    first = comparable(services.sites.items(workshop.id))
    second = importer.import_xlsx(workshop.id, path)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 5)
    assert comparable(services.sites.items(workshop.id)) == first


def test_rows_append_and_update_by_name_and_specification(services, infra, tmp_path):
    importer, _ = infra
    workshop = new_workshop(services)
    importer.import_xlsx(workshop.id, write_sheet(tmp_path / "ok.xlsx", MESSY))
    path = write_sheet(tmp_path / "more.xlsx", [
        ["Наименование", "Характеристики", "Количество", "Цена за единицу", "Статус"],
        # the same item (case and spacing aside): a new price; the empty status keeps «delivered»
        ["сварочный  АППАРАТ", "MIG/MAG,  350 А", 2, "1 300,00", None],
        # the same name with another specification is another item
        ["Сварочный аппарат", "TIG, 200 А", 1, 90000, None],
    ])
    result = importer.import_xlsx(workshop.id, path)
    assert result.ok and (result.created, result.updated) == (1, 1)
    items = services.sites.items(workshop.id)
    assert len(items) == 6
    welder = items[0]
    assert welder.unit_price == Decimal("1300.00") and welder.stage == "delivered"
    assert welder.delivered_on == date(2024, 10, 15) and welder.position == 1
    assert (items[-1].specification, items[-1].position) == ("TIG, 200 А", 6)


def test_a_file_without_specifications_matches_on_the_name(services, infra, tmp_path):
    importer, _ = infra
    workshop = new_workshop(services)
    importer.import_xlsx(workshop.id, write_sheet(tmp_path / "ok.xlsx", MESSY))
    path = write_sheet(tmp_path / "names.xlsx", [["Наименование", "Количество"],
                                                 ["Сварочный аппарат", 3]])
    result = importer.import_xlsx(workshop.id, path)
    assert result.ok and (result.created, result.updated) == (0, 1)
    welder = services.sites.items(workshop.id)[0]
    assert (welder.quantity, welder.specification) == (3, "MIG/MAG, 350 А")
    assert len(services.sites.items(workshop.id)) == 5


def test_export_reads_back_and_reimports_into_another_workshop(services, infra, tmp_path):
    from openpyxl import load_workbook

    importer, exporter = infra
    source = new_workshop(services)
    importer.import_xlsx(source.id, write_sheet(tmp_path / "ok.xlsx", MESSY))
    out = tmp_path / "list.xlsx"
    assert exporter.export_xlsx(source.id, out) == 5
    rows = read_sheet(out)
    assert list(rows[0]) == list(HEADERS.values())
    assert len(rows) == 6  # no «Итого» row
    ws = load_workbook(out, data_only=True).active
    price = ws["G2"]  # «Цена за единицу» of the welder
    assert isinstance(price.value, int | float) and Decimal(str(price.value)) == Decimal("1234.5")
    assert "₽" in price.number_format
    assert ws["H2"].value == 2469 and ws["E2"].value == 2  # Сумма; a whole quantity is a number
    assert ws["E3"].value == 1.5 and ws["E3"].number_format == "#,##0.###"  # a number cell
    assert isinstance(ws["M2"].value, datetime) and ws["M2"].number_format == "DD.MM.YYYY"
    assert ws["C2"].value == "Оборудование" and ws["K2"].value == "Поставлено"

    target = new_workshop(services, "Слесарное дело")
    result = importer.import_xlsx(target.id, out)
    assert result.ok and result.created == 5, [str(e) for e in result.errors]
    assert comparable(services.sites.items(target.id)) == \
        comparable(services.sites.items(source.id))
    again = importer.import_xlsx(source.id, out)  # into the same workshop: nothing new
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)


def test_demo_lists_round_trip(demo, tmp_path):
    importer = InfrastructureImportService(demo.store, demo.actor)
    exporter = InfrastructureExportService(demo.store, demo.actor)
    workshops = [w for site in demo.sites.list_sites() for w in site.workshops]
    source = next(w for w in workshops if demo.sites.items(w.id))
    out = tmp_path / "demo.xlsx"
    exporter.export_xlsx(source.id, out)
    target = new_workshop(demo, "Пустая мастерская")
    result = importer.import_xlsx(target.id, out)
    assert result.ok, [str(e) for e in result.errors]
    strip = [replace(i, position=0) for i in demo.sites.items(source.id)]
    assert comparable([replace(i, position=0) for i in demo.sites.items(target.id)]) == \
        comparable(strip)


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not really a zip", "Привет".encode()])
def test_not_an_xlsx_is_refused(services, infra, tmp_path, content):
    importer, _ = infra
    workshop = new_workshop(services)
    path = tmp_path / "fake.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError):
        importer.import_xlsx(workshop.id, path)


def test_no_header_row_is_a_clear_message(services, infra, tmp_path):
    importer, _ = infra
    workshop = new_workshop(services)
    with pytest.raises(ImportFileError) as err:
        importer.import_xlsx(workshop.id, write_sheet(tmp_path / "x.xlsx", [["a", "b"], [1, 2]]))
    assert "Наименование" in str(err.value)


def test_unknown_workshop_is_refused(services, infra, tmp_path):
    import uuid

    importer, exporter = infra
    path = write_sheet(tmp_path / "ok.xlsx", MESSY)
    with pytest.raises(NotFoundError):
        importer.import_xlsx(uuid.uuid4(), path)
    with pytest.raises(NotFoundError):
        exporter.export_xlsx(uuid.uuid4(), tmp_path / "out.xlsx")


def test_council_member_can_export_but_not_import(services, infra, tmp_path):
    workshop = new_workshop(services)
    council = Actor("член совета", Role.COUNCIL)
    with pytest.raises(PermissionDenied):
        InfrastructureImportService(services.store, council).import_xlsx(
            workshop.id, write_sheet(tmp_path / "ok.xlsx", MESSY))
    assert InfrastructureExportService(services.store, council).export_xlsx(
        workshop.id, tmp_path / "out.xlsx") == 0
    assert services.sites.items(workshop.id) == []


def test_import_and_export_are_audited(services, infra, tmp_path):
    from sqlalchemy import select

    from app.models import AuditEntry

    importer, exporter = infra
    workshop = new_workshop(services)
    importer.import_xlsx(workshop.id, write_sheet(tmp_path / "ok.xlsx", MESSY))
    exporter.export_xlsx(workshop.id, tmp_path / "out.xlsx")
    with services.store.sessions() as s:
        actions = s.execute(select(AuditEntry.action, AuditEntry.detail)
                            .where(AuditEntry.table_name == "infra_item",
                                   AuditEntry.action.in_(("import", "export")))).all()
    assert sorted(a for a, _ in actions) == ["export", "import"]
    assert any("ok.xlsx: +5, ~0" in d for _, d in actions), actions


@pytest.mark.parametrize("text, expected", [
    ("1 234,50 руб.", Decimal("1234.50")),
    ("1\u00a0234,5\u00a0₽", Decimal("1234.50")),
    ("1.234,50", Decimal("1234.50")),
    ("1,234.50", Decimal("1234.50")),
    ("12,5 р.", Decimal("12.50")),
    (0.1 + 0.2, Decimal("0.30")),  # a float from openpyxl: no binary noise
    (1234.005, Decimal("1234.01")),  # half up, from the shortest spelling of the float
    (25000, Decimal("25000.00")),
    ("  ", None),
    (None, None),
])
def test_numbers_as_people_type_them(text, expected):
    value = parse_number(text, Decimal("0.01"), Decimal(10) ** 16)
    assert value == expected
    if expected is not None:
        assert value.as_tuple().exponent == -2


@pytest.mark.parametrize("text", ["много", "NaN", "1e5", "1,2,3", True, float("inf"), "1" * 20])
def test_what_is_not_a_number_is_an_error(text):
    from app.services.validation import FieldError

    with pytest.raises(FieldError):
        parse_number(text, Decimal("0.01"), Decimal(10) ** 16)


def _versions(services, workshop_id) -> dict:
    return {item.id: item.version for item in services.sites.items(workshop_id)}


def _audit_rows(services) -> list[tuple]:
    from sqlalchemy import select

    from app.models import AuditEntry

    with services.store.sessions() as s:
        return s.execute(select(AuditEntry.action, AuditEntry.table_name, AuditEntry.row_id)
                         .order_by(AuditEntry.seq)).all()


#: The messy list without its contract column (contracts are the register's, not typed).
PLAIN = [row[:12] for row in MESSY]


def test_reimporting_the_export_changes_nothing(services, infra, tmp_path):
    """Issue 17 §8: the exported list imported back into its workshop is «без изменений»
    row by row: no version moves, no audit rows, not even the import's summary."""
    importer, exporter = infra
    workshop = new_workshop(services)
    assert importer.import_xlsx(workshop.id, write_sheet(tmp_path / "ok.xlsx", PLAIN)).ok
    out = tmp_path / "list.xlsx"
    assert exporter.export_xlsx(workshop.id, out) == 5
    versions, audited = _versions(services, workshop.id), _audit_rows(services)
    again = importer.import_xlsx(workshop.id, out)
    assert again.ok and again.committed, [str(e) for e in again.errors]
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    assert _versions(services, workshop.id) == versions
    assert _audit_rows(services) == audited


def test_one_changed_cell_updates_that_item_only(services, infra, tmp_path):
    from openpyxl import load_workbook

    importer, exporter = infra
    workshop = new_workshop(services)
    importer.import_xlsx(workshop.id, write_sheet(tmp_path / "ok.xlsx", PLAIN))
    out = tmp_path / "list.xlsx"
    exporter.export_xlsx(workshop.id, out)
    wb = load_workbook(out)
    wb.active["G3"].value = 999.9  # «Цена за единицу» of the second item
    wb.active["H3"].value = None  # its sum, which the file no longer matches
    wb.save(out)
    versions, audited = _versions(services, workshop.id), _audit_rows(services)
    result = importer.import_xlsx(workshop.id, out)
    assert result.ok, [str(e) for e in result.errors]
    assert (result.created, result.updated, result.unchanged) == (0, 1, 4)
    items = services.sites.items(workshop.id)
    assert items[1].unit_price == Decimal("999.90")
    after = _versions(services, workshop.id)
    assert {i for i in versions if after[i] != versions[i]} == {items[1].id}
    assert after[items[1].id] == versions[items[1].id] + 1
    assert sorted(_audit_rows(services)[len(audited):]) == [
        ("import", "infra_item", ""), ("update", "infra_item", str(items[1].id))]
