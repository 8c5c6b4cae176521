"""The grant and procurement section driven as a user drives it: the spending table and its
totals, overdue deliveries, the monthly chart, what lies behind a row, and the dialogs with
their refusals (an over-commitment needs a reason; an unknown supplier needs a name)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.formats import format_money
from app.services.grants import (
    AcceptanceData,
    ContractData,
    LineData,
    PaymentData,
    ProcurementData,
    SourceData,
)
from app.services.tasks import TaskRunner
from app.views.grants.spending_model import COLUMNS
from app.views.widgets.charts import month_names
from app.views.widgets.colours import Level, badge
from tests.helpers import DialogSpy, show_active, type_text

YEAR = 2025
# valid INNs; the suppliers are added with the first contract that names them
STANKI, REMONT, MEBEL = "3525000020", "3525000038", "3525000045"
NAMES = {STANKI: "ООО «СтанкоПромСнаб»", REMONT: "ООО «РемСтройВологда»",
         MEBEL: "ООО «Мебель-Офис»"}
NEW_INN = "3525000013"  # nobody is listed under it


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def build_grants(s) -> dict:
    """Three sources, seven lines, procedures and four contracts of 2025: two of them
    overdue (active, delivery due in the past), one fulfilled and paid."""
    g, ids = s.grants, {}

    def line(source, category, name, planned):
        return g.save_line(LineData(source.id, category, name, D(planned))).id

    fed = g.save_source(SourceData("federal_grant", "Федеральный грант 2025", YEAR,
                                   D("100000000")))
    reg = g.save_source(SourceData("regional", "Софинансирование Вологодской области", YEAR,
                                   D("15000000")))
    emp = g.save_source(SourceData("employer", "Средства работодателей", YEAR, D("9000000")))
    ids.update(source_fed=fed.id, source_reg=reg.id, source_emp=emp.id)
    ids["line_eq"] = line(fed, "equipment", "Оборудование мастерской мехатроники", "42000000")
    ids["line_weld"] = line(fed, "equipment", "Сварочное оборудование", "28500000")
    ids["line_soft"] = line(fed, "software", "Программное обеспечение для САПР", "6500000")
    ids["line_repair"] = line(fed, "capital_repair", "Капитальный ремонт корпуса № 2",
                              "23000000")
    ids["line_train"] = line(reg, "training", "Повышение квалификации мастеров", "3200000")
    ids["line_furn"] = line(reg, "equipment", "Учебная мебель и оснащение", "11800000")
    ids["line_cnc"] = line(emp, "equipment", "Станки с ЧПУ от работодателя", "9000000")

    for line_id, subject, price, planned, announced, status, notice in (
            ("line_eq", "Оборудование для мехатроники", "42000000", date(YEAR, 1, 20),
             date(YEAR, 2, 3), "summed_up", "0130200002425000011"),
            ("line_weld", "Сварочные посты", "28500000", date(YEAR, 3, 1),
             date(YEAR, 3, 10), "announced", "0130200002425000027"),
            ("line_soft", "Лицензии САПР", "6500000", date(YEAR, 4, 1), None, "planned", ""),
            ("line_repair", "Капитальный ремонт", "23000000", date(YEAR, 2, 1),
             date(YEAR, 2, 5), "summed_up", "0130200002425000004")):
        g.save_procurement(ProcurementData(ids[line_id], subject, "auction_44", notice, D(price),
                                           planned, announced, None, status))

    def contract(line_id, number, signed, inn, amount, due, status="active"):
        return g.save_contract(ContractData(ids[line_id], number, signed, inn, D(amount),
                                            supplier_name=NAMES[inn], delivery_due=due,
                                            status=status, subject="Поставка")).id

    ids["contract_late"] = contract("line_eq", "01-ЭА/2025", date(YEAR, 3, 5), STANKI,
                                    "41250000", date(YEAR, 6, 30))
    ids["contract_repair"] = contract("line_repair", "КР-2025/04", date(YEAR, 4, 15), REMONT,
                                      "22400000", date(YEAR, 9, 30), "fulfilled")
    ids["contract_furn"] = contract("line_furn", "15/2025", date(YEAR, 5, 12), MEBEL,
                                    "4650000", date(YEAR, 7, 1))
    ids["contract_cnc"] = contract("line_cnc", "Р-7", date(YEAR, 6, 2), STANKI, "8700000", None)
    for contract_id, paid_on, amount, order in (
            ("contract_late", date(YEAR, 3, 20), "12375000", "112"),
            ("contract_late", date(YEAR, 6, 25), "8000000", "298"),
            ("contract_repair", date(YEAR, 10, 5), "22400000", "415")):
        g.add_payment(PaymentData(ids[contract_id], paid_on, D(amount), order))
    g.add_acceptance(AcceptanceData(ids["contract_late"], "УПД № 45", date(YEAR, 6, 10),
                                    D("20000000")))
    g.add_acceptance(AcceptanceData(ids["contract_repair"], "Акт КС-2 № 9",
                                    date(YEAR, 9, 20), D("22400000")))
    ids["year"] = YEAR
    return ids


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def grant_ids(services):
    return build_grants(services)


@pytest.fixture
def page(qtbot, services, grant_ids, settings, answers, tasks):
    from app.views.grants.page import GrantsPage

    page = GrantsPage(services, settings, tasks)
    qtbot.addWidget(page)
    page.resize(1050, 770)
    page.show()
    page.reload()
    tasks.wait()
    return page


def reload(page) -> None:
    page.reload()
    page.tasks.wait()


def cell(page, level: str, record_id, column: str, role=Qt.ItemDataRole.DisplayRole):
    index = page.model.index_of(level, record_id)
    assert index.isValid(), (level, record_id)
    return page.model.data(index.siblingAtColumn(COLUMNS.index(column)), role)


def total_cell(page, column: str, role=Qt.ItemDataRole.DisplayRole):
    return cell(page, "total", None, column, role)


def type_into(dialog, field: str, text: str) -> None:
    edit = dialog.fields[field]
    edit.clear()
    type_text(edit, text)


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def money(page, value) -> str:
    return page.model.money_text(D(value))


# --- the spending table ---
def test_the_table_shows_each_line_and_source_as_the_service_counts_them(page, services):
    page.units.setCurrentIndex(page.units.findData(False))  # roubles and kopecks
    assert page.model.headerData(1, Qt.Orientation.Horizontal).endswith(
        "\n" + translate("SpendingModel", "RUB"))
    rows = services.grants.spending()
    assert [r.level for r in rows] == ["source", "source", "source", "total"]
    for row in rows:
        for shown in [row, *row.children]:
            f = shown.figures
            for column in ("planned", "announced", "contracted", "accepted", "paid"):
                assert cell(page, shown.level, shown.id, column) == format_money(
                    getattr(f, column)), (shown.name, column)
            assert cell(page, shown.level, shown.id, "remaining") == format_money(f.remaining)
            assert cell(page, shown.level, shown.id, "name") == shown.name


def test_the_total_is_the_sum_of_the_sources_and_of_hand_sums(page, grant_ids):
    page.units.setCurrentIndex(page.units.findData(False))
    expected = {"planned": "124000000", "announced": "93500000", "contracted": "77000000",
                "accepted": "42400000", "paid": "42775000", "remaining": "81225000"}
    for column, value in expected.items():
        assert total_cell(page, column) == format_money(D(value)), column
        sources = sum(getattr(page.model.row_at(page.model.index_of("source", grant_ids[k]))
                              .figures, column)
                      for k in ("source_fed", "source_reg", "source_emp"))
        assert total_cell(page, column) == format_money(sources), column
    assert cell(page, "source", grant_ids["source_fed"], "contracted") == format_money(
        D("63650000"))
    assert total_cell(page, "pct_contracted") == "62,1\u00a0%"  # 77 of 124 million
    assert total_cell(page, "pct_paid") == "34,5\u00a0%"
    assert total_cell(page, "name", Qt.ItemDataRole.FontRole).bold()
    # the total stays last, and the sources keep their lines under them
    assert page.model.rowCount() == 4
    assert page.model.row_at(page.model.index(3, 0)).level == "total"
    fed = page.model.index_of("source", grant_ids["source_fed"])
    assert page.model.rowCount(fed) == 4
    assert page.tree.isExpanded(fed)


def test_sums_in_thousands_by_default_with_the_exact_sum_in_the_tooltip(page, grant_ids):
    assert page.model.headerData(1, Qt.Orientation.Horizontal).endswith(
        "\n" + translate("SpendingModel", "k RUB"))
    assert total_cell(page, "planned") == "124\u00a0000,00"
    assert cell(page, "line", grant_ids["line_eq"], "contracted") == "41\u00a0250,00"
    assert total_cell(page, "paid", Qt.ItemDataRole.ToolTipRole) == format_money(D("42775000"))


def test_sorting_happens_in_the_model_and_keeps_the_total_last(page, grant_ids):
    page.tree.sortByColumn(COLUMNS.index("planned"), Qt.SortOrder.AscendingOrder)
    levels = [page.model.row_at(page.model.index(i, 0)) for i in range(page.model.rowCount())]
    assert [r.name for r in levels[:3]] == ["Средства работодателей",
                                            "Софинансирование Вологодской области",
                                            "Федеральный грант 2025"]
    assert levels[-1].level == "total"
    fed = page.model.index_of("source", grant_ids["source_fed"])
    planned = [page.model.row_at(page.model.index(i, 0, fed)).figures.planned
               for i in range(page.model.rowCount(fed))]
    assert planned == sorted(planned)
    page.tree.sortByColumn(COLUMNS.index("planned"), Qt.SortOrder.DescendingOrder)
    assert page.model.row_at(page.model.index(0, 0)).name == "Федеральный грант 2025"
    assert page.model.row_at(page.model.index(3, 0)).level == "total"


def test_lines_with_overdue_deliveries_are_red_and_counted(page, grant_ids):
    red = badge(Level.CRITICAL).cacheKey()  # a red dot by the name, not a red row (issue 21)
    for key in ("line_eq", "line_furn"):  # active contracts past their delivery date
        dot = cell(page, "line", grant_ids[key], "name", Qt.ItemDataRole.DecorationRole)
        assert dot is not None and dot.cacheKey() == red, key
        assert cell(page, "line", grant_ids[key], "name", Qt.ItemDataRole.BackgroundRole) is None
        assert "1" in cell(page, "line", grant_ids[key], "name", Qt.ItemDataRole.ToolTipRole)
    for key in ("line_repair", "line_cnc", "line_weld"):  # fulfilled, no date, no contract
        assert cell(page, "line", grant_ids[key], "name", Qt.ItemDataRole.DecorationRole) is None
    assert re.search(r"\b2\b", page.overdue_label.text())
    assert page.overdue_label.text() == translate("GrantsPage", "Overdue deliveries: {count}"
                                                  ).format(count=2)


def test_as_of_date_hides_a_contract_signed_later(page, grant_ids):
    page.as_of_edit.set_value(date(YEAR, 4, 1))  # before «КР-2025/04» of 15.04
    page.tasks.wait()
    page.units.setCurrentIndex(page.units.findData(False))
    assert cell(page, "line", grant_ids["line_repair"], "contracted") == format_money(D(0))
    assert total_cell(page, "contracted") == format_money(D("41250000"))
    assert total_cell(page, "paid") == format_money(D("12375000"))  # the March advance only
    assert page.overdue_label.text().endswith("0")  # on 1 April nothing was late yet
    page.drill(page.model.index_of("total", None))
    page.tasks.wait()  # what lies behind a row is read off the GUI thread
    numbers = [c.number for c in page.details.contracts_model.rows]
    assert numbers == ["01-ЭА/2025"]
    page.as_of_edit.clear_value()  # empty: today
    page.tasks.wait()
    assert total_cell(page, "contracted") == format_money(D("77000000"))
    assert len(page.details.contracts_model.rows) == 4


# --- the chart ---
def test_the_chart_has_planned_contracted_and_paid_for_twelve_months(page, qtbot):
    page.tabs.setCurrentWidget(page.chart)
    page.chart.year.setValue(YEAR)
    page.tasks.wait()
    series = page.chart.series
    assert len(series) == 3
    assert [s.count() for s in series] == [12, 12, 12]
    planned, contracted, paid = ([p.y() for p in s.points()] for s in series)
    assert planned[0] == pytest.approx(42.0)  # «Оборудование для мехатроники», 20 January
    assert planned[-1] == pytest.approx(100.0)
    assert contracted[1] == 0 and contracted[2] == pytest.approx(41.25)
    assert contracted[-1] == pytest.approx(77.0)
    assert paid[-1] == pytest.approx(42.775)
    months = page.chart.months.categories()
    assert months == month_names() and months[0] == "янв"  # one month style (issue 21)
    assert re.search("[а-я]", months[0])  # Russian month names
    assert page.chart.money.titleText() == translate("MonthlyChart", "mln RUB")
    page.chart.year.setValue(YEAR + 1)  # cumulative: everything is done by then
    page.tasks.wait()
    assert [p.y() for p in series[1].points()] == [pytest.approx(77.0)] * 12


# --- what lies behind a row ---
def test_double_click_on_a_line_lists_its_contracts_and_a_contract_its_payments(
        page, qtbot, grant_ids, monkeypatch):
    import threading

    read_on_gui_thread = []
    real_contracts = page.services.grants.contracts
    monkeypatch.setattr(page.services.grants, "contracts", lambda *a, **kw: (
        read_on_gui_thread.append(threading.current_thread() is threading.main_thread())
        or real_contracts(*a, **kw)))
    index = page.model.index_of("line", grant_ids["line_eq"])
    page.tree.scrollTo(index)
    rect = page.tree.visualRect(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    details = page.details
    assert details.scope == ("line", grant_ids["line_eq"])
    assert "Оборудование мастерской мехатроники" in details.heading.text()  # at once
    page.tasks.wait()
    assert read_on_gui_thread == [False]  # the line's contracts were read in the background
    assert details.tabs.currentWidget() is details.contracts_split
    assert [c.number for c in details.contracts_model.rows] == ["01-ЭА/2025"]
    assert [p.subject for p in details.procedures_model.rows] == ["Оборудование для мехатроники"]
    assert not details.tabs.isTabVisible(0)  # a line has no lines under it
    row = details.contracts_model.rows[0]
    assert (row.amount, row.accepted, row.paid) == (D("41250000"), D("20000000"),
                                                    D("20375000"))
    # overdue: red, and the status says so
    contract = details.contracts_model.index(0, 0)
    assert details.contracts_model.data(contract, Qt.ItemDataRole.DecorationRole).cacheKey() == \
        badge(Level.CRITICAL).cacheKey()
    status = details.contracts_model.index(0, 7)
    assert details.contracts_model.data(status) == translate("DrillDownPanel", "Overdue")

    assert details.payments_model.rowCount() == 0  # no contract chosen yet
    details.contracts_table.selectRow(0)
    assert [(p.paid_on, p.amount) for p in details.payments_model.rows] == [
        (date(YEAR, 3, 20), D("12375000")), (date(YEAR, 6, 25), D("8000000"))]
    assert [a.document_no for a in details.acceptances_model.rows] == ["УПД № 45"]
    assert page.target == ("contract", grant_ids["contract_late"])


def test_a_source_lists_its_lines_and_the_total_every_contract(page, grant_ids):
    page.drill(page.model.index_of("source", grant_ids["source_fed"]))
    page.tasks.wait()
    details = page.details
    assert details.tabs.currentIndex() == 0
    assert [x.name for x in details.lines_model.rows] == [
        "Оборудование мастерской мехатроники", "Сварочное оборудование",
        "Программное обеспечение для САПР", "Капитальный ремонт корпуса № 2"]
    assert {c.number for c in details.contracts_model.rows} == {"01-ЭА/2025", "КР-2025/04"}
    # a line double-clicked in the list opens that line
    details.line_opened.emit(grant_ids["line_repair"])
    page.tasks.wait()
    assert details.scope == ("line", grant_ids["line_repair"])
    assert [c.number for c in details.contracts_model.rows] == ["КР-2025/04"]
    page.drill(page.model.index_of("total", None))
    page.tasks.wait()
    assert len(details.contracts_model.rows) == 4
    assert len(details.procedures_model.rows) == 4


# --- the dialogs ---
def test_a_payment_over_its_contract_is_refused_then_saved_with_a_reason(
        qtbot, page, services, grant_ids):
    from app.views.widgets.form_dialog import select_data

    dialog = open_dialog(qtbot, page.editor.payment_dialog())
    select_data(dialog.contract, grant_ids["contract_furn"])  # 4 650 000,00 ₽, nothing paid
    assert not dialog.reason_shown
    type_into(dialog, "amount", "5 000 000,00")
    click_save(qtbot, dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    error = dialog.errors["amount"]
    assert not error.isHidden()
    assert format_money(D("5000000")) in error.text() and format_money(D("4650000")) in error.text()
    assert dialog.reason_shown  # «Основание превышения» appears under the sum
    assert services.grants.payments(grant_ids["contract_furn"]) == []

    type_text(dialog.reason, "Доп. соглашение № 2 от 01.07.2025: монтаж")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    [payment] = services.grants.payments(grant_ids["contract_furn"])
    assert payment.amount == D("5000000.00")
    assert payment.over_reason == "Доп. соглашение № 2 от 01.07.2025: монтаж"
    page.editor.after_save(dialog)
    page.tasks.wait()
    page.units.setCurrentIndex(page.units.findData(False))
    assert cell(page, "line", grant_ids["line_furn"], "paid") == format_money(D("5000000"))
    assert page.details.selected_contract().id == grant_ids["contract_furn"]
    assert [p.amount for p in page.details.payments_model.rows] == [D("5000000.00")]


def test_a_sum_that_is_not_money_is_refused_in_the_dialog(qtbot, page, grant_ids):
    dialog = open_dialog(qtbot, page.editor.payment_dialog())
    type_into(dialog, "amount", "пять тысяч")
    click_save(qtbot, dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.errors["amount"].text() == translate(
        "Grants", "Write a sum of money, e.g. 1 234 567,89.")
    assert not dialog.reason_shown  # not an over-commitment: no reason to give


def test_a_contract_for_an_unknown_inn_needs_the_supplier_name(qtbot, page, services,
                                                               grant_ids):
    from app.views.widgets.form_dialog import select_data

    dialog = open_dialog(qtbot, page.editor.contract_dialog())
    select_data(dialog.line_combo, grant_ids["line_weld"])
    type_into(dialog, "number", "22-ЭА/2025")
    dialog.signed_on.set_value(date(YEAR, 5, 20))
    type_into(dialog, "supplier_inn", NEW_INN)
    type_into(dialog, "amount", "27 900 000,50")
    click_save(qtbot, dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert NEW_INN in dialog.errors["supplier_name"].text()  # said where the name goes
    assert not dialog.errors["supplier_name"].isHidden()
    assert dialog.errors["supplier_inn"].isHidden()
    assert all(c.number != "22-ЭА/2025" for c in services.grants.contracts())

    type_into(dialog, "supplier_name", "ООО «Сварка-Север»")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved.amount == D("27900000.50")
    assert dialog.saved.supplier == "ООО «Сварка-Север»"
    listed = {o.inn: o.full_name for o in services.participants.list_organizations()}
    assert listed[NEW_INN] == "ООО «Сварка-Север»"


def test_the_contract_dialog_offers_the_chosen_lines_procedures(qtbot, page, grant_ids):
    from app.views.widgets.form_dialog import select_data

    dialog = open_dialog(qtbot, page.editor.contract_dialog())

    def offered():
        return [dialog.procedure.itemText(i) for i in range(dialog.procedure.count())]

    select_data(dialog.line_combo, grant_ids["line_weld"])
    assert offered() == ["— не выбрано —", "0130200002425000027 — Сварочные посты"]
    select_data(dialog.line_combo, grant_ids["line_soft"])  # a planned one: no notice yet
    assert offered() == ["— не выбрано —", "Лицензии САПР"]
    select_data(dialog.line_combo, grant_ids["line_train"])  # none on this line
    assert offered() == ["— не выбрано —"]


def test_edit_opens_the_chosen_procedure(qtbot, page, grant_ids, monkeypatch):
    page.drill(page.model.index_of("line", grant_ids["line_weld"]))
    page.tasks.wait()
    [procedure] = page.details.procedures_model.rows
    page.target = ("procedure", procedure.id)  # chosen in the drill-down's list
    shown = []
    monkeypatch.setattr(page.editor, "_show", shown.append)
    page.editor.edit()
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert dialog.original.id == procedure.id
    assert dialog.original.subject == "Сварочные посты"


def test_a_listed_inn_fills_the_supplier_name(qtbot, page, grant_ids):
    dialog = open_dialog(qtbot, page.editor.contract_dialog())
    type_into(dialog, "supplier_inn", MEBEL)
    assert dialog.supplier_name.text() == "ООО «Мебель-Офис»"
    assert dialog.supplier_name.isReadOnly()
    type_into(dialog, "supplier_inn", NEW_INN)
    assert dialog.supplier_name.text() == "" and not dialog.supplier_name.isReadOnly()


def test_a_contract_beyond_its_line_needs_a_reason(qtbot, page, services, grant_ids):
    from app.views.widgets.form_dialog import select_data

    dialog = open_dialog(qtbot, page.editor.contract_dialog())
    select_data(dialog.line_combo, grant_ids["line_soft"])  # 6 500 000,00 ₽ planned
    type_into(dialog, "number", "ПО-3")
    type_into(dialog, "supplier_inn", STANKI)
    type_into(dialog, "amount", "6 600 000")
    click_save(qtbot, dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert format_money(D("6500000")) in dialog.errors["amount"].text()
    assert dialog.reason_shown
    type_text(dialog.reason, "Рост курса валют, протокол НС № 4")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved.over_reason == "Рост курса валют, протокол НС № 4"
    page.editor.after_save(dialog)
    page.tasks.wait()
    assert page.details.selected_contract().number == "ПО-3"  # the new contract in view


def test_a_line_beyond_its_source_needs_a_reason(qtbot, page, services, grant_ids):
    page.select("source", grant_ids["source_emp"])
    dialog = open_dialog(qtbot, page.editor.line_dialog())
    assert dialog.source.currentData() == grant_ids["source_emp"]  # the chosen source
    type_into(dialog, "name", "Расходные материалы")
    type_into(dialog, "planned", "500 000")
    click_save(qtbot, dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.reason_shown and not dialog.errors["planned"].isHidden()
    type_text(dialog.reason, "Дополнительный взнос работодателя ожидается в декабре")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    page.editor.after_save(dialog)
    page.tasks.wait()
    assert page.model.row_at(page.tree.currentIndex()).name == "Расходные материалы"
    assert total_cell(page, "planned") == money(page, "124500000")


def test_a_source_through_its_dialog(qtbot, page, services):
    from app.views.widgets.form_dialog import select_data

    dialog = open_dialog(qtbot, page.editor.source_dialog())
    type_into(dialog, "name", "Грант на второй этап")
    type_into(dialog, "amount", "1 234 567,89")
    click_save(qtbot, dialog)  # a federal grant is of the sizes the rules give
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.errors["amount"].isHidden()
    select_data(dialog.kind, "partner")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved.amount == D("1234567.89")
    page.editor.after_save(dialog)
    page.tasks.wait()
    assert cell(page, "source", dialog.saved.id, "name") == "Грант на второй этап"


def test_a_procedure_through_its_dialog(qtbot, page, services, grant_ids):
    from app.views.widgets.form_dialog import select_data

    page.select("line", grant_ids["line_soft"])
    dialog = open_dialog(qtbot, page.editor.procedure_dialog())
    assert dialog.line_combo.currentData() == grant_ids["line_soft"]
    type_text(dialog.subject, "Лицензии симуляторов")
    select_data(dialog.status, "announced")
    type_into(dialog, "initial_price", "1 500 000")
    click_save(qtbot, dialog)  # announced without a notice
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.errors["notice_no"].isHidden()
    type_into(dialog, "notice_no", "0130200002425000099")
    dialog.announced_on.set_value(date(YEAR, 8, 1))
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    page.editor.after_save(dialog)
    page.tasks.wait()
    assert cell(page, "line", grant_ids["line_soft"], "announced") == money(page, "1500000")


def test_an_acceptance_through_its_dialog(qtbot, page, services, grant_ids):
    from app.views.widgets.form_dialog import select_data

    dialog = open_dialog(qtbot, page.editor.acceptance_dialog())
    select_data(dialog.contract, grant_ids["contract_cnc"])
    type_into(dialog, "document_no", "УПД № 77")
    type_into(dialog, "amount", "8 700 000")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = services.grants.acceptances(grant_ids["contract_cnc"])
    assert (row.document_no, row.amount) == ("УПД № 77", D("8700000.00"))


def test_delete_asks_first_and_says_why_it_cannot(page, services, grant_ids, answers):
    assert page.select("line", grant_ids["line_train"])
    answers.confirm = False
    page.editor.delete()
    assert any(x.id == grant_ids["line_train"] for x in services.grants.lines())
    answers.confirm = True
    page.editor.delete()
    page.tasks.wait()
    assert all(x.id != grant_ids["line_train"] for x in services.grants.lines())
    assert not page.model.index_of("line", grant_ids["line_train"]).isValid()

    assert page.select("source", grant_ids["source_fed"])  # it has contracts
    page.editor.delete()
    assert answers.messages[-1][1] == translate(
        "Grants", "The source has contracts: delete them first.")


def test_edit_opens_the_chosen_line(page, grant_ids, monkeypatch):
    from app.views.grants.source_dialogs import LineDialog

    shown = []
    monkeypatch.setattr(LineDialog, "exec", lambda self: shown.append(self) or 0)
    page.select("line", grant_ids["line_weld"])
    page.editor.edit()
    assert shown and shown[0].name.text() == "Сварочное оборудование"
    assert shown[0].fields["planned"].text() == "28\u00a0500\u00a0000,00"


# --- the monitoring form ---
class FakeMonitoring:
    def __init__(self, error: Exception | None = None):
        self.calls = []
        self.error = error

    def export_form(self, month, path, final=False):
        self.calls.append((month, path, final))
        if self.error:
            raise self.error
        path.write_bytes(b"form")
        return path


def test_export_monthly_form_asks_the_month_and_the_file(page, services, answers, tmp_path,
                                                        monkeypatch):
    from PySide6.QtCore import QDate

    from app.views.grants.month_dialog import MonthDialog

    fake = FakeMonitoring()
    monkeypatch.setattr(services, "monitoring", fake, raising=False)
    monkeypatch.setattr(MonthDialog, "exec",
                        lambda self: self.month_edit.setDate(QDate(YEAR, 3, 17)) or 1)
    answers.save_file = str(tmp_path / "форма-март")
    page.export_monthly_form()
    page.tasks.wait()
    assert fake.calls == [(date(YEAR, 3, 1), tmp_path / "форма-март.xlsx", False)]
    answers.save_file = str(tmp_path / "форма.pdf")
    page.export_monthly_form()
    page.tasks.wait()
    assert fake.calls[-1][1].suffix == ".pdf"


def test_a_failed_export_is_said_plainly(page, services, answers, tmp_path, monkeypatch):
    monkeypatch.setattr(services, "monitoring", FakeMonitoring(OSError("Диск полон")),
                        raising=False)
    page.export_form(date(YEAR, 3, 1), tmp_path / "x.xlsx")
    page.tasks.wait()
    assert answers.messages[-1][:2] == (translate("GrantsPage", "Not exported"), "Диск полон")


# --- the look ---
def test_the_page_fits_the_main_window_and_shows_whole_headers(page, tmp_path):
    assert page.minimumSizeHint().width() <= 1050
    assert page.width() == 1050
    header = page.tree.header()
    metrics = header.fontMetrics()
    for column in range(1, page.model.columnCount()):
        text = page.model.headerData(column, Qt.Orientation.Horizontal)
        needed = max(metrics.horizontalAdvance(part) for part in text.split("\n"))
        assert header.sectionSize(column) >= needed, text
    # the figures fit without scrolling sideways
    assert sum(header.sectionSize(c) for c in range(page.model.columnCount())) <= \
        page.tree.viewport().width()
    image = page.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "grants.png"))


# --- the shared toolbar, the empty state, printing and import ---
def test_the_toolbar_has_the_standard_actions_in_their_places(page):
    from PySide6.QtGui import QKeySequence

    shown = [a for a in page.toolbar.actions() if not a.isSeparator()]
    assert shown == [page.add_action, page.edit_action, page.delete_action, page.import_action,
                     page.export_action, page.print_action, page.submissions_action,
                     page.refresh_action]
    keys = {a: a.shortcut() for a in shown}
    assert keys[page.add_action] == QKeySequence(QKeySequence.StandardKey.New)
    assert keys[page.delete_action] == QKeySequence(QKeySequence.StandardKey.Delete)
    assert keys[page.export_action] == QKeySequence("Ctrl+E")
    assert keys[page.print_action] == QKeySequence(QKeySequence.StandardKey.Print)
    assert keys[page.refresh_action] == QKeySequence(QKeySequence.StandardKey.Refresh)
    # «Add» keeps its menu of the six records
    assert page.add_action.menu() is page.add_menu
    assert page.add_menu.actions() == [
        page.add_source_action, page.add_line_action, page.add_procedure_action,
        page.add_contract_action, page.add_payment_action, page.add_acceptance_action]
    assert page.add_button is page.toolbar.widgetForAction(page.add_action)
    assert page.add_button.defaultAction() is page.add_action  # its arrow shows the menu
    assert not page.empty_state.showing_empty()
    assert page.tabs.isVisible()


def test_ctrl_n_opens_the_add_menu_under_its_button(qtbot, page):
    show_active(qtbot, page)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.add_menu.isVisible, timeout=3000)
    button = page.add_button.mapToGlobal(page.add_button.rect().bottomLeft())
    assert abs(page.add_menu.pos().y() - button.y()) <= 2
    page.add_menu.close()


def test_the_del_key_deletes_the_chosen_line(qtbot, page, services, grant_ids, answers):
    show_active(qtbot, page)
    assert page.select("line", grant_ids["line_train"])
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    page.tasks.wait()
    assert all(x.id != grant_ids["line_train"] for x in services.grants.lines())


def test_an_empty_database_offers_the_first_funding_source(qtbot, services, settings, answers,
                                                           tasks):
    from app.views.grants.page import GrantsPage

    page = GrantsPage(services, settings, tasks)
    qtbot.addWidget(page)
    page.resize(1050, 770)
    page.show()
    page.reload()
    tasks.wait()
    assert page.empty_state.showing_empty()
    assert not page.tabs.isVisible()
    assert page.empty_state.label.text() == translate("GrantsPage",
                                                      "There is no funding source yet.")
    assert page.empty_state.button.isVisible()
    assert page.empty_state.button.text() == translate("GrantsPage",
                                                       "Add the first funding source")
    spy = DialogSpy()
    page.editor.source_dialog = spy
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    assert spy.opened == 1
    # the first source added: the table takes the place of the sentence
    build_grants(services)
    reload(page)
    assert not page.empty_state.showing_empty()
    assert page.tabs.isVisible()


def test_print_the_monthly_form(qtbot, page, services, answers, monkeypatch, tmp_path, printer):
    from pypdf import PdfReader
    from PySide6.QtCore import QDate

    from app.views.grants.month_dialog import MonthDialog

    printed, sent_text = printer.printed, printer.sent_text
    asked = []

    def choose_june(dialog):
        asked.append(dialog)
        dialog.month_edit.setDate(QDate(YEAR, 6, 1))
        return 1

    monkeypatch.setattr(MonthDialog, "exec", choose_june)
    show_active(qtbot, page)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    assert len(asked) == 1
    assert not answers.messages
    assert printed.exists()
    assert len(PdfReader(str(printed)).pages) >= 1
    text = " ".join(sent_text).replace("\n", " ")
    assert "01-ЭА/2025" in text  # the contract signed by June


def test_import_contracts_from_the_toolbar(page, services, grant_ids, answers, tmp_path):
    from tests.helpers import write_sheet

    register = write_sheet(tmp_path / "реестр.xlsx", [
        ["Номер контракта", "Статья бюджета", "Дата контракта", "Поставщик", "ИНН поставщика",
         "Сумма контракта", "Дата оплаты", "Сумма оплаты", "№ платёжного поручения"],
        ["ПО-1/2025", "Программное обеспечение для САПР", "01.07.2025", NAMES[STANKI], STANKI,
         "3 000 000,00", "15.07.2025", "1 000 000,00", "501"],
    ])
    answers.open_file = str(register)
    page.import_action.trigger()
    page.tasks.wait()
    assert answers.messages[-1][0] == translate("Importing", "Import finished")
    contract = next(c for c in services.grants.contracts() if c.number == "ПО-1/2025")
    assert (contract.amount, contract.paid) == (D("3000000"), D("1000000"))
    page.tasks.wait()
    assert cell(page, "line", grant_ids["line_soft"], "contracted") == money(page, "3000000")

    # a bad row: nothing is imported, every bad cell is said
    bad = write_sheet(tmp_path / "плохой.xlsx", [
        ["Номер контракта", "Статья бюджета", "Дата контракта", "ИНН поставщика",
         "Сумма контракта"],
        ["ПО-2/2025", "Такой статьи нет", "01.08.2025", STANKI, "100"],
    ])
    answers.open_file = str(bad)
    page.import_contracts()
    page.tasks.wait()
    title, _text, details = answers.messages[-1]
    assert title == translate("Importing", "Nothing was imported")
    assert details
    assert all(c.number != "ПО-2/2025" for c in services.grants.contracts())


# --- the contract's items, and back to them (issue 17) ---
def test_the_contract_window_lists_its_items_and_opens_one(qtbot, window, demo):
    contract = next(c for c in demo.grants.contracts() if c.number == "05/ЭА-2026")
    window.show_section("grants")
    window.wait_until_loaded()
    page = window.page("grants")
    dialog = page.editor.contract_dialog(demo.grants.contract(contract.id))
    qtbot.addWidget(dialog)
    box = dialog.items_box
    expected = demo.sites.contract_items(contract.id)
    assert expected and box.table.rowCount() == len(expected)
    assert {box.table.item(r, 1).text() for r in range(box.table.rowCount())} == \
        {row.name for row in expected}
    assert dialog.tabs.tabText(1) == translate("ContractDialog", "Items ({count})").format(
        count=len(expected))
    box.table.selectRow(1)
    qtbot.mouseClick(box.show_button, Qt.MouseButton.LeftButton)
    assert dialog.requested_record == ("sites", "item", expected[1].id)
    page.link_requested.emit(*dialog.requested_record)
    window.wait_until_loaded()
    assert window.current_section() == "sites"
    sites = window.page("sites")
    assert sites.items.workshop.id == expected[1].workshop_id
    assert sites.items.selected_id() == expected[1].id


def test_a_new_contract_has_no_items_tab(qtbot, page, grant_ids):
    dialog = open_dialog(qtbot, page.editor.contract_dialog())
    assert dialog.items_box is None


def test_half_a_kopeck_is_rounded_up_in_the_dialog_and_in_the_import(qtbot, page, services,
                                                                      grant_ids, tmp_path):
    """«1 000,125» is 1 000,13 ₽ whether typed in the contract dialog or read from a register
    (the dialog used to round half even and store 1 000,12)."""
    from app.services.importers.contracts import ContractsImportService
    from app.views.widgets.form_dialog import select_data
    from tests.helpers import write_sheet

    dialog = open_dialog(qtbot, page.editor.contract_dialog())
    select_data(dialog.line_combo, grant_ids["line_soft"])
    type_into(dialog, "number", "ПО-1")
    type_into(dialog, "supplier_inn", STANKI)
    type_into(dialog, "amount", "1 000,125")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted

    register = write_sheet(tmp_path / "register.xlsx", [
        ["№ контракта", "Статья бюджета", "Дата заключения", "Поставщик", "ИНН",
         "Предмет контракта", "Цена контракта, руб."],
        ["ПО-2", "Программное обеспечение для САПР", "02.03.2025", NAMES[STANKI], STANKI,
         "Лицензии", "1 000,125"],
    ])
    result = ContractsImportService(services.store, services.actor).import_xlsx(register)
    assert result.committed, [str(e) for e in result.errors]

    stored = {c.number: c.amount for c in services.grants.contracts()}
    assert stored["ПО-1"] == stored["ПО-2"] == D("1000.13")
