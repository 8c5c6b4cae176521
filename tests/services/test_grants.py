"""Grant spending: what the service refuses (with the field and a message), what it accepts
with a recorded reason, and a spending picture that adds up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from stdnum.ru import inn as stdnum_inn

from app.services.errors import ValidationError
from app.services.grants import (
    AcceptanceData,
    ContractData,
    LineData,
    PaymentData,
    SourceData,
    with_reason,
)

D = Decimal
SIGNED = date(2026, 4, 1)


def inn(prefix: str) -> str:
    return prefix + stdnum_inn.calc_company_check_digit(prefix)


SUPPLIER = inn("590300001")


def grant(services, amount=D("100000000.00")):
    return services.grants.save_source(SourceData("federal_grant", "Грант 2026", 2026, amount))


def regional(services, amount=D("20000000.00")):
    return services.grants.save_source(SourceData("regional", "Софинансирование", 2026, amount))


def line(services, source, planned=D("1000000.00"), category="equipment", name="Станки"):
    return services.grants.save_line(LineData(source.id, category, name, planned))


def contract(services, budget_line, amount=D("600000.00"), **kw):
    kw.setdefault("supplier_name", "ООО «Поставщик»")
    return ContractData(budget_line.id, kw.pop("number", "К-1"), SIGNED, kw.pop("inn", SUPPLIER),
                        amount, **kw)


def refused(call, *args) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        call(*args)
    assert all(message.strip() for message in err.value.errors.values())
    return {k: v.replace("\u00a0", " ") for k, v in err.value.errors.items()}


# --- the grant and its lines -----------------------------------------------------------------

def test_a_federal_grant_has_the_size_of_the_clusters_kind(services):
    errors = refused(services.grants.save_source,
                     SourceData("federal_grant", "Грант", 2026, D("90000000")))
    assert "100 000 000,00" in errors["amount"]  # the size it should be, in Russian digits
    assert grant(services).amount == D("100000000.00")
    # other money is not tied to a size
    assert regional(services, D("1234567.89")).amount == D("1234567.89")


@pytest.mark.parametrize("category", ["training", "other"])
def test_grant_money_goes_only_to_equipment_software_and_repair(services, category):
    source = grant(services)
    errors = refused(services.grants.save_line,
                     LineData(source.id, category, "Повышение квалификации", D("100000")))
    assert set(errors) == {"category"}
    assert services.grants.lines(source.id) == []
    for allowed in ("equipment", "software", "capital_repair"):
        line(services, source, category=allowed, name=allowed)
    # the same line is fine on regional money
    assert line(services, regional(services), category=category).category == category


def test_lines_beyond_their_source_need_a_reason(services):
    source = regional(services, D("1000000.00"))
    line(services, source, D("800000.00"))
    data = LineData(source.id, "software", "САПР", D("300000.00"))
    assert set(refused(services.grants.save_line, data)) == {"planned"}
    saved = services.grants.save_line(with_reason(data, "Решение совета № 3"))
    assert saved.over_reason == "Решение совета № 3"


@pytest.mark.parametrize("amount", ["сто рублей", "-5", "0", "NaN", "1e20", None])
def test_sums_that_are_not_money(services, amount):
    source = regional(services)
    if amount != "0":  # a line may be planned at zero; a source or a contract may not
        assert "planned" in refused(services.grants.save_line,
                                    LineData(source.id, "equipment", "Станки", amount))
    assert "amount" in refused(services.grants.save_source,
                               SourceData("regional", "Ещё", 2026, amount))
    budget_line = line(services, source)
    assert "amount" in refused(services.grants.save_contract,
                               contract(services, budget_line, amount))


def test_money_typed_the_russian_way_is_exact(services):
    source = services.grants.save_source(
        SourceData("regional", "Софинансирование", 2026, "1 234 567,89 ₽"))
    assert source.amount == D("1234567.89")
    budget_line = line(services, source, "1\u00a0000\u00a0000,50")
    assert budget_line.planned == D("1000000.50")


def test_half_a_kopeck_rounds_up(services):
    assert line(services, regional(services), "1000,005").planned == D("1000.01")


# --- contracts, suppliers, payments, acceptance ----------------------------------------------

def test_a_contract_beyond_its_line_needs_a_reason_which_is_kept(services):
    budget_line = line(services, grant(services), D("1000000.00"))
    services.grants.save_contract(contract(services, budget_line, D("700000.00")))
    over = contract(services, budget_line, D("400000.00"), number="К-2")
    errors = refused(services.grants.save_contract, over)
    assert set(errors) == {"amount"} and "1 100 000,00" in errors["amount"]
    assert len(services.grants.contracts(budget_line.id)) == 1
    saved = services.grants.save_contract(with_reason(over, "Рост цен; протокол № 7"))
    assert saved.over_reason == "Рост цен; протокол № 7"
    stored = {c.number: c for c in services.grants.contracts(budget_line.id)}
    assert stored["К-2"].over_reason == "Рост цен; протокол № 7"
    assert services.grants.spending()[0].children[0].figures.contracted == D("1100000.00")
    # a terminated contract does not use up its line: no reason asked
    services.grants.save_contract(contract(services, budget_line, D("5000000.00"),
                                           number="К-3", status="terminated"))
    assert services.grants.spending()[0].children[0].figures.contracted == D("1100000.00")


def test_suppliers_by_inn(services):
    budget_line = line(services, grant(services))
    unknown = inn("590300002")
    errors = refused(services.grants.save_contract,
                     contract(services, budget_line, inn=unknown, supplier_name=""))
    assert set(errors) == {"supplier_inn"} and unknown in errors["supplier_inn"]
    created = services.grants.save_contract(
        contract(services, budget_line, inn=unknown, supplier_name="  ООО   «Новый»  "))
    assert (created.supplier, created.supplier_inn) == ("ООО «Новый»", unknown)
    # known now: a second contract needs no name, and the supplier is not added twice
    again = services.grants.save_contract(contract(services, budget_line, D("100000"),
                                                   number="К-2", inn=unknown,
                                                   supplier_name=""))
    assert again.supplier == "ООО «Новый»"


@pytest.mark.parametrize("bad", ["7707083894", "77070838", "77О7083893", ""])
def test_an_invalid_inn_is_refused(services, bad):
    budget_line = line(services, grant(services))
    errors = refused(services.grants.save_contract, contract(services, budget_line, inn=bad))
    assert "supplier_inn" in errors
    assert services.grants.contracts() == []


def test_payments_and_acceptance_beyond_the_contract(services):
    budget_line = line(services, grant(services))
    c = services.grants.save_contract(contract(services, budget_line, D("600000.00")))
    services.grants.add_payment(PaymentData(c.id, date(2026, 5, 1), D("500000.00")))
    over = PaymentData(c.id, date(2026, 6, 1), D("100000.01"), "ПП-2")
    errors = refused(services.grants.add_payment, over)
    assert set(errors) == {"amount"} and "600 000,01" in errors["amount"]
    services.grants.add_payment(with_reason(over, "Пени по решению суда"))
    payments = services.grants.payments(c.id)
    assert [p.over_reason for p in payments] == ["", "Пени по решению суда"]
    assert "amount" in refused(services.grants.add_payment,
                               PaymentData(c.id, date(2026, 6, 2), "-5"))
    services.grants.add_acceptance(AcceptanceData(c.id, "УПД-1", date(2026, 5, 1),
                                                  D("600000.00")))
    assert set(refused(services.grants.add_acceptance,
                       AcceptanceData(c.id, "УПД-2", date(2026, 5, 2), D("0.01")))) == {"amount"}


# --- the spending picture --------------------------------------------------------------------

def test_spending_adds_up(services):
    g = services.grants
    federal, region = grant(services), regional(services)
    lines = [line(services, federal, D("60000000.00"), "equipment", "Оборудование"),
             line(services, federal, D("40000000.00"), "capital_repair", "Ремонт"),
             line(services, region, D("3000000.50"), "training", "Обучение")]
    amounts = [D("45000000.00"), D("39999999.99"), D("1500000.25")]
    paid = [D("15000000.00"), D("20000000.00"), D("1500000.25")]
    for n, (budget_line, amount, pay) in enumerate(zip(lines, amounts, paid, strict=True)):
        c = g.save_contract(contract(services, budget_line, amount, number=f"К-{n}"))
        g.add_payment(PaymentData(c.id, date(2026, 6, 1), pay))
        g.add_acceptance(AcceptanceData(c.id, f"А-{n}", date(2026, 6, 1), pay))
    rows = g.spending(today=date(2026, 11, 1))
    total = rows[-1]
    assert [r.level for r in rows] == ["source", "source", "total"]
    for row in rows[:-1]:
        for figure in ("planned", "announced", "contracted", "accepted", "paid"):
            assert getattr(row.figures, figure) == sum(
                (getattr(child.figures, figure) for child in row.children), D(0))
    for figure in ("planned", "contracted", "accepted", "paid"):
        assert getattr(total.figures, figure) == sum(
            (getattr(r.figures, figure) for r in rows[:-1]), D(0))
    assert total.figures.planned == D("103000000.50")
    assert total.figures.contracted == D("86500000.24")
    assert total.figures.paid == D("36500000.25")
    assert total.figures.remaining == D("66500000.25")
    by_name = {c.name: c.figures for r in rows[:-1] for c in r.children}
    assert by_name["Оборудование"].pct_contracted == 75
    assert by_name["Оборудование"].pct_paid == 25
    assert by_name["Обучение"].pct_paid == 50  # 1 500 000,25 of 3 000 000,50
    assert rows[0].figures.pct_contracted.quantize(D("0.01")) == D("85.00")
    assert total.figures.pct_paid == D("36500000.25") * 100 / D("103000000.50")


def test_a_contract_is_edited_on_its_current_version(services):
    from app.services.errors import ConflictError

    budget_line = line(services, grant(services), D("1000000.00"))
    saved = services.grants.save_contract(contract(services, budget_line, D("700000.00")))
    data = services.grants.contract(saved.id)
    assert data.amount == D("700000.00") and data.version >= 1
    data.amount = D("650000.00")
    services.grants.save_contract(data)
    assert services.grants.contract(saved.id).amount == D("650000.00")
    with pytest.raises(ConflictError):
        services.grants.save_contract(data)  # the same, stale copy again


def test_an_absurdly_large_sum_is_a_field_error(services):
    from app.services.grants import money

    errors: dict = {}
    assert money("99999999999999999999999999999", "amount", errors) == 0
    assert "amount" in errors
    errors = {}
    money("1e30", "amount", errors)
    assert "amount" in errors
