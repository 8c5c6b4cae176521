"""The contracts and payments importer on a register as another office keeps it: messy input
imports exactly, a bad file imports nothing and says where, a second import adds nothing."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Contract, Organization, Payment
from app.services.errors import PermissionDenied
from app.services.grants import ContractData, LineData, SourceData
from app.services.importers.base import ImportFileError
from app.services.importers.cells import fold
from app.services.importers.contracts import ContractsImportService
from app.services.importers.contracts_sheet import parse_money
from app.services.permissions import Actor, Role
from app.services.validation import FieldError
from tests.helpers import write_sheet

HEADER = ["  №  контракта", "статья БЮДЖЕТА", "Дата заключения:", "ПОСТАВЩИК", "инн",
          "Предмет контракта", "Цена контракта, руб.", "НДС", "Срок  поставки", "Дата оплаты",
          "Сумма оплаты", "Платёжное поручение", "Основание превышения"]
REASON = "Решение наблюдательного совета от 01.03.2026 № 4"
MESSY = [
    ["Реестр контрактов и платежей"],
    ["ГБПОУ «Колледж связи»", None, "на 01.12.2026"],
    [None],
    HEADER,
    ["Раздел 1. Федеральный грант"],
    # a contract and its first payment in one row; the INN typed as a number lost its zero
    ["12/2026-К", "оборудование   МАСТЕРСКИХ", datetime(2026, 3, 2), "ООО «Сварка»", 274062111,
     "Сварочные посты", "1 234 567,89 руб.", "205\u00a0761,32", "15.05.2026", "10.04.2026",
     "500 000 ₽", 123, None],
    # the rest of it: found by its number alone (case and «№» aside), an Excel serial date
    ["№ 12/2026-к", None, None, None, None, None, None, None, None, 46143, 734567.89, "124",
     None],
    # beyond its line, with the reason
    ["13/2026", "Программное обеспечение", "20.03.2026", "АО «Софт»", "7707083893", "САПР",
     "5 100 000", None, None, None, None, None, REASON],
    # the same payment again: not added twice
    ["12/2026-К", None, None, None, None, None, None, None, None, "10.04.2026", "500000,00",
     "№123", None],
    # ё in the line's name, typed with е and in capitals; a payment beyond the contract, reasoned
    ["21/2026", "ОБУЧЕНИЕ И УЧЕТ", "01.04.2026", "ООО «Учебный центр»", "0268012345",
     "Курсы", 300000, None, None, datetime(2026, 4, 20), "310 000,00", "77",
     "Пени по решению суда"],
    # a payment under a contract already in the database
    ["7/2025", "Оборудование мастерских", None, None, None, None, None, None, None,
     "01.02.2026", "1\u00a0000 р.", "55", None],
    ["Итого", None, None, None, None, None, "6 634 567,89", None, None, None, "3 044 567,89"],
    [None] * 13,
    [None, "", "  "],
]


@pytest.fixture
def grant(services):
    """Lines of two sources, and one contract entered by hand before the import."""
    g = services.grants
    federal = g.save_source(SourceData("federal_grant", "Грант", 2026, Decimal("100000000")))
    regional = g.save_source(SourceData("regional", "Софинансирование", 2026,
                                        Decimal("20000000")))
    lines = {
        "equipment": g.save_line(LineData(federal.id, "equipment", "Оборудование мастерских",
                                          Decimal("60000000"))),
        "software": g.save_line(LineData(federal.id, "software", "Программное обеспечение",
                                         Decimal("5000000"))),
        "training": g.save_line(LineData(regional.id, "training", "Обучение и учёт",
                                         Decimal("1000000"))),
    }
    g.save_contract(ContractData(lines["equipment"].id, "7/2025", date(2025, 12, 1),
                                 "5001007329", Decimal("10000"), supplier_name="ИП Петров"))
    return lines


@pytest.fixture
def importer(services):
    return ContractsImportService(services.store, services.actor)


def snapshot(services) -> tuple:
    contracts = sorted(services.grants.contracts(), key=lambda c: c.number)
    payments = [(p.paid_on, p.amount, p.order_no, p.over_reason)
                for c in contracts for p in services.grants.payments(c.id)]
    with services.store.sessions() as s:
        organizations = s.scalar(select(func.count()).select_from(Organization))
    return contracts, payments, organizations


def test_messy_register_imports_exactly(services, grant, importer, tmp_path):
    result = importer.import_xlsx(write_sheet(tmp_path / "messy.xlsx", MESSY))
    assert result.errors == [], [str(e) for e in result.errors]
    assert result.committed and result.rows_read == 6
    assert (result.created, result.updated) == (3 + 4, 0)  # 3 contracts, 4 payments
    # a heading and a total line skipped, a payment given twice, the summary
    assert len(result.notes) == 4, result.notes
    assert "5" in result.notes[0] and "«Раздел 1. Федеральный грант»" in result.notes[0]
    assert "12" in result.notes[1]
    assert "9" in result.notes[2] and "«12/2026-К»" in result.notes[2]

    contracts = {c.number: c for c in services.grants.contracts()}
    assert set(contracts) == {"7/2025", "12/2026-К", "13/2026", "21/2026"}
    welding = contracts["12/2026-К"]
    assert welding.line_id == grant["equipment"].id
    assert welding.signed_on == date(2026, 3, 2) and welding.delivery_due == date(2026, 5, 15)
    assert welding.amount == Decimal("1234567.89") and isinstance(welding.amount, Decimal)
    assert (welding.supplier, welding.supplier_inn) == ("ООО «Сварка»", "0274062111")
    assert welding.subject == "Сварочные посты" and welding.paid == Decimal("1234567.89")
    payments = services.grants.payments(welding.id)
    assert [(p.paid_on, p.amount, p.order_no) for p in payments] == [
        (date(2026, 4, 10), Decimal("500000.00"), "123"),
        (date(2026, 5, 1), Decimal("734567.89"), "124")]
    with services.store.sessions() as s:
        vat = s.scalar(select(Contract.vat).where(Contract.id == welding.id))
        names = {inn: name for inn, name in s.execute(
            select(Organization.inn, Organization.full_name))}
    assert vat == Decimal("205761.32")
    assert names["0274062111"] == "ООО «Сварка»" and names["0268012345"] == "ООО «Учебный центр»"

    software = contracts["13/2026"]
    assert software.amount == Decimal("5100000.00") and software.over_reason == REASON
    assert software.paid == 0 and software.supplier_inn == "7707083893"

    courses = contracts["21/2026"]
    assert courses.line_id == grant["training"].id and courses.over_reason == ""
    [paid] = services.grants.payments(courses.id)
    assert (paid.amount, paid.over_reason) == (Decimal("310000.00"), "Пени по решению суда")

    manual = contracts["7/2025"]
    assert [(p.paid_on, p.amount, p.order_no) for p in services.grants.payments(manual.id)] == [
        (date(2026, 2, 1), Decimal("1000.00"), "55")]


def test_bad_rows_are_all_reported_and_nothing_is_imported(services, grant, importer,
                                                           tmp_path):
    importer.import_xlsx(write_sheet(tmp_path / "ok.xlsx", MESSY))
    before = snapshot(services)
    path = write_sheet(tmp_path / "bad.xlsx", [
        ["Статья бюджета", "Номер контракта", "Дата контракта", "Поставщик", "ИНН поставщика",
         "Сумма контракта", "Дата оплаты", "Сумма оплаты", "№ платёжного поручения"],
        ["Оборудование мастерских", "30/2026", "01.06.2026", "ООО «Новый»", "3662000008",
         "100 000,00", None, None, None],  # fine on its own
        ["Мебель", "31/2026", "01.06.2026", "ООО «Новый»", "3662000008", 5000, None, None, None],
        [None, "30/2026", None, None, None, None, "02.06.2026", "100 000,01", "9"],
        ["Оборудование мастерских", "32/2026", "01.06.2026", "ООО «Иной»", "7802111118", 700,
         None, None, None],
        ["Оборудование мастерских", "33/2026", "01.06.2026", "ООО «Новый»", "3662000008",
         "сто рублей", None, None, None],
        [None, "99/2026", None, None, None, None, "02.06.2026", 100, "10"],
        ["Программное обеспечение", "34/2026", "01.06.2026", "ООО «Новый»", "3662000008",
         "1,00", None, None, None],  # the line is already over: a reason is needed
        ["Оборудование мастерских", "35/2026", "32.06.2026", None, "3662000008", 100, None,
         None, None],
        [None, "12/2026-К", None, None, None, None, "03.06.2026", None, None],
    ])
    result = importer.import_xlsx(path)
    messages = [str(e) for e in result.errors]
    assert {(e.row, e.column) for e in result.errors} == {
        (3, "Статья бюджета"), (4, "Сумма оплаты"), (5, "ИНН поставщика"),
        (6, "Сумма контракта"), (7, "Номер контракта"), (8, "Сумма контракта"),
        (9, "Дата контракта"), (10, "Сумма оплаты")}, messages
    assert all(m.startswith("Строка ") for m in messages), messages
    assert not result.committed and (result.created, result.updated) == (0, 0)
    assert snapshot(services) == before
    assert "сто рублей" in next(e.message for e in result.errors if e.row == 6)
    over = next(e.message for e in result.errors if e.row == 4)
    assert "100\u00a0000,01" in over and "Основание превышения" in over


def test_importing_twice_adds_nothing(services, grant, importer, tmp_path):
    path = write_sheet(tmp_path / "messy.xlsx", MESSY)
    importer.import_xlsx(path)
    first = snapshot(services)
    again = importer.import_xlsx(path)
    assert again.ok and again.committed, [str(e) for e in again.errors]
    assert (again.created, again.updated, again.unchanged) == (0, 0, 8)  # 3 contracts, 5 payments
    said = [n.count(f"«{number}»") for n in again.notes
            for number in ("12/2026-К", "21/2026", "7/2025")]
    assert sum(said) == 5, again.notes  # four payments, one of them twice in the file
    assert snapshot(services) == first


def test_dry_run_changes_nothing(services, grant, importer, tmp_path):
    before = snapshot(services)
    result = importer.import_xlsx(write_sheet(tmp_path / "messy.xlsx", MESSY), dry_run=True)
    assert result.ok and result.dry_run and not result.committed
    assert (result.rows_read, result.created, result.updated) == (6, 7, 0)
    assert snapshot(services) == before
    with services.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "import")) == 0


def test_a_changed_sum_updates_the_contract(services, grant, importer, tmp_path):
    importer.import_xlsx(write_sheet(tmp_path / "messy.xlsx", MESSY))
    path = write_sheet(tmp_path / "new.xlsx", [
        ["Строка бюджета", "№ контракта", "Дата заключения", "ИНН", "Сумма контракта"],
        ["Оборудование мастерских", "12/2026-К", "02.03.2026", "0274062111", "1 300 000"]])
    result = importer.import_xlsx(path)
    assert result.ok and (result.created, result.updated) == (0, 1)
    welding = next(c for c in services.grants.contracts() if c.number == "12/2026-К")
    assert welding.amount == Decimal("1300000.00")
    assert welding.subject == "Сварочные посты"  # empty cells keep what the contract had
    with services.store.sessions() as s:
        assert s.scalar(select(Contract.vat).where(Contract.id == welding.id)) == \
            Decimal("205761.32")


def test_the_same_contract_given_differently_is_an_error(services, grant, importer, tmp_path):
    path = write_sheet(tmp_path / "twice.xlsx", [
        ["Статья бюджета", "Номер контракта", "Дата контракта", "Поставщик", "ИНН поставщика",
         "Сумма контракта", "Дата оплаты", "Сумма оплаты"],
        ["Оборудование мастерских", "40", "01.06.2026", "ООО «Новый»", "3662000008", 1000,
         "02.06.2026", 400],
        ["Оборудование мастерских", "40", "01.06.2026", "ООО «Новый»", "3662000008", 1000,
         "03.06.2026", 600],  # the same contract on its next payment row: fine
        ["Оборудование мастерских", "40", "01.06.2026", "ООО «Новый»", "3662000008", 2000,
         None, None],
    ])
    result = importer.import_xlsx(path)
    assert [(e.row, e.column) for e in result.errors] == [(4, "Сумма контракта")], \
        [str(e) for e in result.errors]


def test_earlier_rows_count_towards_the_limits(services, grant, importer, tmp_path):
    path = write_sheet(tmp_path / "limits.xlsx", [
        ["Статья бюджета", "Номер контракта", "Дата контракта", "Поставщик", "ИНН поставщика",
         "Сумма контракта", "Дата оплаты", "Сумма оплаты", "Основание превышения"],
        ["Программное обеспечение", "50", "01.06.2026", "ООО «Новый»", "3662000008",
         "3 000 000", "02.06.2026", "2 000 000", None],
        [None, "50", None, None, None, None, "03.06.2026", "1 000 000,01", None],
        ["Программное обеспечение", "51", "01.06.2026", None, "3662000008", "2 000 000,01",
         None, None, None],
        ["Программное обеспечение", "52", "01.06.2026", None, "3662000008", "2 000 000",
         None, None, None],  # 3 000 000 + 2 000 000 is exactly the line: fine
    ])
    result = importer.import_xlsx(path)
    assert [(e.row, e.column) for e in result.errors] == [
        (3, "Сумма оплаты"), (4, "Сумма контракта")], [str(e) for e in result.errors]
    assert "5\u00a0000\u00a0000,01" in result.errors[1].message


def test_a_number_on_two_lines_needs_the_line(services, grant, importer, tmp_path):
    services.grants.save_contract(ContractData(
        grant["software"].id, "7/2025", date(2025, 12, 1), "5001007329", Decimal("500")))
    rows = [["Номер контракта", "Статья бюджета", "Дата оплаты", "Сумма оплаты"],
            ["7/2025", None, "01.02.2026", 100]]
    result = importer.import_xlsx(write_sheet(tmp_path / "a.xlsx", rows))
    assert [(e.row, e.column) for e in result.errors] == [(2, "Статья бюджета")]
    rows[1][1] = "программное обеспечение"
    result = importer.import_xlsx(write_sheet(tmp_path / "b.xlsx", rows))
    assert result.ok and result.created == 1


def test_no_header_row_is_a_clear_message(services, grant, importer, tmp_path):
    with pytest.raises(ImportFileError) as err:
        importer.import_xlsx(write_sheet(tmp_path / "x.xlsx", [["a", "b"], [1, 2]]))
    assert "Номер контракта" in str(err.value)


def test_only_grant_editors_import(services, grant, tmp_path):
    council = Actor("член совета", Role.COUNCIL)
    with pytest.raises(PermissionDenied):
        ContractsImportService(services.store, council).import_xlsx(
            write_sheet(tmp_path / "messy.xlsx", MESSY))
    with services.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0


def test_import_is_audited(services, grant, importer, tmp_path):
    importer.import_xlsx(write_sheet(tmp_path / "messy.xlsx", MESSY))
    with services.store.sessions() as s:
        details = s.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "import", AuditEntry.table_name == "contract")).all()
    assert details == ["messy.xlsx: +7, ~0"]


@pytest.mark.parametrize("text, expected", [
    ("1 234 567,89 руб.", Decimal("1234567.89")),
    ("1\u00a0234,5\u00a0₽", Decimal("1234.50")),
    (734567.89, Decimal("734567.89")),
    (25000, Decimal("25000.00")),
    (None, None),
])
def test_sums_as_people_type_them(text, expected):
    assert parse_money(text) == expected


@pytest.mark.parametrize("text", ["сто рублей", "0", "-5", "1e20"])
def test_what_is_not_a_sum_is_refused(text):
    with pytest.raises(FieldError):
        parse_money(text)


def test_names_fold_cyrillic_case_and_yo():
    assert fold("  ОБУЧЕНИЕ  и   УЧЁТ ") == fold("обучение и учет")


def _state(services) -> tuple:
    """Every contract's and payment's version, and the audit log as it is."""
    with services.store.sessions() as s:
        versions = {row_id: version for model in (Contract, Payment, Organization)
                    for row_id, version in s.execute(select(model.id, model.version))}
        audit = s.execute(select(AuditEntry.action, AuditEntry.table_name, AuditEntry.row_id)
                          .order_by(AuditEntry.seq)).all()
    return versions, audit


def test_reimporting_an_unchanged_register_changes_nothing(services, grant, importer,
                                                          tmp_path):
    """Issue 17 §8: «без изменений» for every contract and payment; no version moves and
    not one audit row, not even the import's summary.  A subject stored on two lines is
    the same subject as the file's cell, which reads it on one."""
    path = write_sheet(tmp_path / "messy.xlsx", MESSY)
    assert importer.import_xlsx(path).committed
    with services.store.sessions() as s:  # as the contract's window may have saved it
        contract = s.scalars(select(Contract).where(Contract.number == "13/2026")).one()
        contract.subject = "САПР\n"
        s.commit()
    versions, audit = _state(services)
    again = importer.import_xlsx(path)
    assert again.ok and again.committed, [str(e) for e in again.errors]
    assert (again.created, again.updated, again.unchanged) == (0, 0, 8)
    assert _state(services) == (versions, audit)


def test_one_changed_cell_updates_that_contract_only(services, grant, importer, tmp_path):
    path = write_sheet(tmp_path / "messy.xlsx", MESSY)
    importer.import_xlsx(path)
    versions, audit = _state(services)
    changed = [list(row) for row in MESSY]
    changed[7][5] = "САПР и PLM"  # the subject of 13/2026
    result = importer.import_xlsx(write_sheet(tmp_path / "changed.xlsx", changed))
    assert result.ok, [str(e) for e in result.errors]
    assert (result.created, result.updated, result.unchanged) == (0, 1, 7)
    cad = next(c for c in services.grants.contracts() if c.number == "13/2026")
    assert cad.subject == "САПР и PLM"
    after, after_audit = _state(services)
    assert {i for i in versions if after[i] != versions[i]} == {cad.id}
    assert after[cad.id] == versions[cad.id] + 1
    assert sorted(after_audit[len(audit):]) == [("import", "contract", ""),
                                                ("update", "contract", str(cad.id))]
