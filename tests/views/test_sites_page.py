"""The sites section driven as a user drives it: sites, workshops, infrastructure lists,
the readiness map."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.formats import format_date, format_money
from app.services.governance_codes import DecisionSubject
from app.services.site_data import ItemData, SiteData, WorkshopData
from app.services.tasks import TaskRunner
from tests.council_decisions import council_decision
from tests.helpers import read_sheet, type_text, write_sheet
from tests.views.pages import open_page


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def make_page(qtbot, services, settings, tasks):
    from app.views.sites.page import SitesPage

    return open_page(qtbot, SitesPage, services, settings, tasks)


@pytest.fixture
def page(qtbot, demo, settings, answers, tasks):
    return make_page(qtbot, demo, settings, tasks)


@pytest.fixture
def workshop(demo):
    """A workshop of our own, with nothing in it yet."""
    site = demo.sites.save_site(SiteData(name="Площадка для проверки"))
    return demo.sites.save_workshop(WorkshopData(
        name="Мастерская проверки", kind_of_work="Проверка", site_id=site.id,
        repairs_percent=100, brandbook_percent=40))


def open_workshop(page, workshop):
    page.reload()
    page.tasks.wait()
    assert page.select_workshop(workshop.id)
    return page.items


def type_into(dialog, field: str, text: str) -> None:
    edit = dialog.fields[field]
    edit.clear()
    type_text(edit, text)


def tree_names(page) -> list[str]:
    names = []
    for i in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(i)
        names.append(top.text(0))
        names.extend(top.child(j).text(0) for j in range(top.childCount()))
    return names


def add_item(qtbot, items, name: str, quantity: str, price: str):
    dialog = items.open_item_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog, "name", name)
    type_into(dialog, "quantity", quantity)
    type_into(dialog, "unit_price", price)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


# --- sites and workshops ---
def test_add_a_site_and_a_workshop_through_the_dialogs(qtbot, page, demo):
    dialog = page.open_site_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog, "name", "Площадка ТПК: мастерские")
    combo = dialog.organization
    combo.setCurrentIndex(combo.findText("БПОУ ВО «ТПК»"))
    type_into(dialog, "address", "г. Тотьма, ул. Кирова, д. 3")
    type_into(dialog, "person_in_charge", "Новикова Марина Алексеевна")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    page.after_save(dialog.saved)
    page.tasks.wait()
    site = next(s for s in demo.sites.list_sites() if s.name == "Площадка ТПК: мастерские")
    assert (site.organization_name, site.address) == ("БПОУ ВО «ТПК»", "г. Тотьма, ул. Кирова, д. 3")
    assert page.tree.currentItem().text(0) == "Площадка ТПК: мастерские"

    # the new workshop goes to the site chosen in the tree
    design = council_decision(demo, DecisionSubject.DESIGN, "9", date(2026, 2, 14))
    dialog = page.open_workshop_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.site.currentData() == site.id
    type_into(dialog, "name", "Мастерская сварочного производства")
    type_into(dialog, "kind_of_work", "Сварочное производство")
    type_into(dialog, "area_m2", "96,5")
    dialog.repairs.setValue(60)
    dialog.brandbook.setValue(25)
    assert dialog.equipment.combo.count() == 1  # every list decision of the demo is bound
    dialog.design.choose(design)  # the design project approved by choosing the decision
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    page.after_save(dialog.saved)
    page.tasks.wait()
    saved = next(w for s in demo.sites.list_sites() for w in s.workshops
                 if w.name == "Мастерская сварочного производства")
    assert saved.site_id == site.id
    assert saved.area_m2 == Decimal("96.50")
    assert (saved.repairs_percent, saved.brandbook_percent) == (60, 25)
    assert (saved.design_decision_id, saved.design_approved_on) == (design, date(2026, 2, 14))
    assert "9" in saved.design_approved_doc and saved.equipment_decision_id is None
    # the workshop is selected, its details shown and its (empty) list open
    assert page.tree.currentItem().text(0) == "Мастерская сварочного производства"
    assert page.bottom.currentWidget() is page.items
    assert page.details.values["area"].text().startswith("96,5")
    assert page.details.values["kind"].text() == "Сварочное производство"


def test_site_and_workshop_errors_land_under_their_fields(qtbot, page, demo):
    dialog = page.open_site_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no name
    assert dialog.errors["name"].isVisible()
    assert dialog.errors["name"].text() == translate("Validation", "This field is required.")
    assert dialog.result() != dialog.DialogCode.Accepted

    before = sum(len(s.workshops) for s in demo.sites.list_sites())
    dialog = page.open_workshop_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog, "name", "Мастерская с опечаткой")
    type_into(dialog, "area_m2", "девяносто")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["area_m2"].isVisible()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert sum(len(s.workshops) for s in demo.sites.list_sites()) == before
    type_text(dialog.fields["area_m2"], "")  # typing again hides the message
    dialog.fields["area_m2"].textEdited.emit("x")
    assert not dialog.errors["area_m2"].isVisible()


def test_delete_a_workshop_and_a_site_asks_first(page, demo, answers, workshop):
    open_workshop(page, workshop)
    answers.confirm = False
    page.delete()
    page.tasks.wait()
    assert workshop.name in tree_names(page)

    answers.confirm = True
    page.delete()
    page.tasks.wait()
    assert workshop.name not in tree_names(page)
    kind, site_id = page.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    assert page.select(kind, site_id)
    sites_before = len(demo.sites.list_sites())
    page.delete()
    page.tasks.wait()
    assert len(demo.sites.list_sites()) == sites_before - 1


def test_banner_when_the_cluster_has_too_few_kinds_of_work(qtbot, services, settings, answers,
                                                           tasks):
    site = services.sites.save_site(SiteData(name="Единственная площадка"))
    services.sites.save_workshop(WorkshopData(name="Мастерская", kind_of_work="Сварка",
                                              site_id=site.id))
    page = make_page(qtbot, services, settings, tasks)
    assert page.banner.isVisible()
    assert "1" in page.banner.text() and "6" in page.banner.text()


def test_no_banner_with_enough_kinds_of_work(page, demo):
    count, too_few = demo.sites.kinds_of_work()
    assert count >= 6 and not too_few
    assert not page.banner.isVisible()


# --- the infrastructure list ---
def test_add_an_item_with_a_russian_price_and_see_sum_and_total(qtbot, page, workshop):
    items = open_workshop(page, workshop)
    dialog = add_item(qtbot, items, "Сварочный аппарат инверторный", "2", "1 234,50")
    assert dialog.cost.text() == format_money(Decimal("2469.00"))
    assert dialog.result() == dialog.DialogCode.Accepted
    items.after_item_save(dialog.saved)
    dialog = add_item(qtbot, items, "Маска сварщика", "3", "100")
    items.after_item_save(dialog.saved)

    assert items.model.rowCount() == 2
    row = items.model.row_of(dialog.saved.id)
    assert items.model.index(row, 0).data() == "2"  # numbered in the order added
    first = items.model.row_of(items.model.row_at(0).id)
    assert items.model.index(first, 5).data() == format_money(Decimal("1234.50"))
    assert items.model.index(first, 6).data() == "2 469,00 ₽".replace(" ", "\u00a0")
    assert format_money(Decimal("2769.00")) in items.totals.text()
    assert "2" in items.totals.text()
    assert items.table.currentIndex().row() == row  # the saved item is selected


def test_bad_quantity_is_explained_under_the_field_and_saves_nothing(qtbot, page, demo, workshop):
    items = open_workshop(page, workshop)
    dialog = add_item(qtbot, items, "Стол слесарный", "два", "15 000")
    assert dialog.errors["quantity"].isVisible()
    assert dialog.errors["quantity"].text() == translate("Validation",
                                                         "Write a number, e.g. 1 234,50.")
    assert dialog.cost.text() == "—"
    assert dialog.result() != dialog.DialogCode.Accepted
    assert demo.sites.items(workshop.id) == []

    type_into(dialog, "quantity", "0")  # a number, but the service refuses it
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["quantity"].text() == translate(
        "Sites", "The quantity must be more than zero.")
    assert demo.sites.items(workshop.id) == []

    type_into(dialog, "quantity", "4")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [i.quantity for i in demo.sites.items(workshop.id)] == [Decimal(4)]


def test_move_an_item_to_the_next_stage(page, demo, workshop, answers):
    demo.sites.save_item(ItemData("Верстак", workshop_id=workshop.id, position=1))
    items = open_workshop(page, workshop)
    items.table.selectRow(0)
    items.move_to_next_stage()
    item = demo.sites.items(workshop.id)[0]
    assert (item.stage, item.ordered_on) == ("ordered", date.today())
    for _ in range(3):
        items.move_to_next_stage()
    item = demo.sites.items(workshop.id)[0]
    assert (item.stage, item.commissioned_on) == ("commissioned", date.today())
    assert items.model.index(0, 8).data().count(date.today().strftime("%d.%m.%y")) == 4
    items.move_to_next_stage()  # nothing after commissioning: said, not done
    assert answers.messages and "Верстак" in answers.messages[-1][1]
    assert demo.sites.items(workshop.id)[0].stage == "commissioned"


def test_edit_an_item(qtbot, page, demo, workshop):
    saved = demo.sites.save_item(ItemData("Тиски", workshop_id=workshop.id, position=1,
                                          quantity=Decimal(2), unit_price=Decimal("999.98")))
    items = open_workshop(page, workshop)
    dialog = items.open_item_dialog(items.model.item(saved.id))
    qtbot.addWidget(dialog)
    assert dialog.fields["unit_price"].text() == "999,98"
    dialog.category.setCurrentIndex(dialog.category.findData("tools"))
    type_into(dialog, "quantity", "1,5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    item = demo.sites.items(workshop.id)[0]
    assert (item.category, item.quantity, item.cost) == ("tools", Decimal("1.5"),
                                                         Decimal("1499.97"))


def test_delete_an_item_asks_first(page, demo, workshop, answers):
    demo.sites.save_item(ItemData("Стеллаж", workshop_id=workshop.id, position=1))
    items = open_workshop(page, workshop)
    items.table.selectRow(0)
    answers.confirm = False
    items.delete_item()
    assert len(demo.sites.items(workshop.id)) == 1
    assert items.model.rowCount() == 1
    answers.confirm = True
    items.delete_item()
    assert demo.sites.items(workshop.id) == []
    assert items.model.rowCount() == 0


def test_search_stage_filter_and_sort(page, demo, workshop):
    for position, (name, price, stage) in enumerate(
            [("Токарный станок", "900000", "planned"), ("Штангенциркуль", "3500", "ordered"),
             ("Станок фрезерный", "1500000", "ordered")], start=1):
        demo.sites.save_item(ItemData(name, workshop_id=workshop.id, position=position,
                                      unit_price=Decimal(price), stage=stage))
    items = open_workshop(page, workshop)
    type_text(items.search, "станок")
    assert {items.model.row_at(i).name for i in range(items.model.rowCount())} == {
        "Токарный станок", "Станок фрезерный"}
    assert format_money(Decimal("2400000")) in items.totals.text()
    items.search.clear()
    items.stage_filter.setCurrentIndex(items.stage_filter.findData("ordered"))
    assert items.model.rowCount() == 2
    items.stage_filter.setCurrentIndex(0)
    items.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # sum
    assert [items.model.row_at(i).name for i in range(3)] == [
        "Станок фрезерный", "Токарный станок", "Штангенциркуль"]


# --- the readiness map ---
def test_readiness_map_shows_computed_figures_and_colours(page, demo, workshop):
    demo.sites.save_item(ItemData("Стол", workshop_id=workshop.id, position=1,
                                  unit_price=Decimal(100)))
    demo.sites.save_item(ItemData("Станок", workshop_id=workshop.id, position=2,
                                  unit_price=Decimal(300), stage="commissioned",
                                  commissioned_on=date.today()))
    page.reload()
    page.tasks.wait()
    page.tabs.setCurrentIndex(1)
    assert not page.edit_action.isEnabled() and page.refresh_action.isEnabled()
    model = page.readiness.model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).workshop == workshop.name)
    site_row = row - 1
    assert model.row_at(site_row).workshop == ""  # the site's total comes first

    def cell(column):
        index = model.index(row, column)
        return index.data(), index.data(Qt.ItemDataRole.BackgroundRole).color().name()

    assert cell(1) == ("100 %", QColor("#d4edda").name())  # repairs
    assert cell(2) == ("40 %", QColor("#f8d7da").name())  # brand book
    assert cell(3) == ("75 % / 50 %", QColor("#fff3cd").name())  # delivered
    assert cell(5) == ("75 % / 50 %", QColor("#fff3cd").name())  # commissioned
    assert cell(6) == ("—", QColor("#e9ecef").name())  # no software: nothing to measure
    assert cell(7)[0] == "72 %"  # (100 + 40 + 75) / 3
    assert model.index(site_row, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert not model.index(row, 0).data(Qt.ItemDataRole.FontRole)
    assert format_date(date.today()) in page.readiness.as_of.text()


def test_readiness_map_follows_item_changes(qtbot, page, demo, workshop):
    demo.sites.save_item(ItemData("Станок", workshop_id=workshop.id, position=1,
                                  unit_price=Decimal(300)))
    items = open_workshop(page, workshop)
    model = page.readiness.model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).workshop == workshop.name)
    assert model.index(row, 3).data() == "0 % / 0 %"
    items.table.selectRow(0)
    items.move_to_next_stage()
    items.move_to_next_stage()  # ordered, then delivered
    page.tasks.wait()
    assert model.index(row, 3).data() == "100 % / 100 %"


# --- files ---
def test_export_the_readiness_map(page, answers, tmp_path):
    answers.save_file = str(tmp_path / "map.xlsx")
    page.readiness.export_file()
    assert (tmp_path / "map.xlsx").stat().st_size > 0
    answers.save_file = str(tmp_path / "map.pdf")
    page.readiness.export_file()
    assert (tmp_path / "map.pdf").read_bytes().startswith(b"%PDF")
    assert not answers.messages


def test_export_and_import_the_infrastructure_list(page, demo, workshop, answers, tmp_path):
    demo.sites.save_item(ItemData("Верстак", workshop_id=workshop.id, position=1,
                                  unit_price=Decimal("1234.50")))
    items = open_workshop(page, workshop)
    answers.save_file = str(tmp_path / "list.xlsx")
    items.export_list()
    assert any("Верстак" in row for row in read_sheet(tmp_path / "list.xlsx"))

    answers.open_file = str(write_sheet(tmp_path / "in.xlsx", [
        ["Наименование", "Количество", "Цена за единицу"],
        ["Тиски слесарные", "4", "2 500,00"],
    ]))
    items.import_list()
    page.tasks.wait()
    assert {items.model.row_at(i).name for i in range(items.model.rowCount())} == {
        "Верстак", "Тиски слесарные"}


def test_import_errors_are_shown_and_nothing_changes(page, demo, workshop, answers, tmp_path):
    items = open_workshop(page, workshop)
    answers.open_file = str(write_sheet(tmp_path / "bad.xlsx", [
        ["Наименование", "Количество", "Цена за единицу"],
        ["Тиски слесарные", "четыре", "2 500,00"],
    ]))
    items.import_list()
    page.tasks.wait()
    title, text, details = answers.messages[-1]
    assert "2" in details and details
    assert demo.sites.items(workshop.id) == []


def test_screenshot_has_room_for_russian_text(qtbot, page, demo, tmp_path):
    site = demo.sites.list_sites()[0]
    assert page.select_workshop(site.workshops[0].id)
    assert page.items.model.rowCount() > 0  # the demo lists are filled
    assert page.items.table.columnWidth(1) >= 200
    page.grab().save(str(tmp_path / "sites.png"))
    page.tabs.setCurrentIndex(1)
    assert page.readiness.model.rowCount() == 3 + 7
    page.grab().save(str(tmp_path / "readiness.png"))


# --- the shared toolbar, the empty states, the keys, printing ---
class DialogSpy:
    """Stands in for a dialog: records that it was opened, saves nothing."""

    def __init__(self):
        self.opened: list[object] = []

    def __call__(self, data=None):
        self.opened.append(data)
        return self

    def exec(self) -> int:
        return 0


def activate(qtbot, page) -> None:
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)
    qtbot.keyClick(widget, key, modifier)


@pytest.fixture
def questions(monkeypatch):
    """The confirmations asked (answered «no»)."""
    from app.views import dialogs

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text))
    return asked


def test_no_sites_shows_the_empty_state_whose_button_adds_a_site(qtbot, services, settings,
                                                                 answers, tasks, monkeypatch):
    page = make_page(qtbot, services, settings, tasks)
    assert page.empty_state.showing_empty()
    assert page.empty_state.label.text() == translate("SitesPage", "There are no sites yet.")
    spy = DialogSpy()
    monkeypatch.setattr(page, "open_site_dialog", spy)
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    assert spy.opened == [None]
    page.tabs.setCurrentIndex(1)
    assert page.readiness.empty_state.showing_empty()
    qtbot.mouseClick(page.readiness.empty_state.button, Qt.MouseButton.LeftButton)
    assert spy.opened == [None, None]

    services.sites.save_site(SiteData(name="Первая площадка"))
    page.reload()
    page.tasks.wait()
    assert not page.empty_state.showing_empty()
    assert not page.readiness.empty_state.showing_empty()


def test_an_empty_infrastructure_list_offers_to_add_the_first_item(qtbot, page, workshop,
                                                                   monkeypatch):
    items = open_workshop(page, workshop)
    assert items.empty_state.showing_empty()
    spy = DialogSpy()
    monkeypatch.setattr(items, "open_item_dialog", spy)
    qtbot.mouseClick(items.empty_state.button, Qt.MouseButton.LeftButton)
    assert spy.opened == [None]


def test_ctrl_n_and_del_act_on_the_list_the_cursor_is_in(qtbot, page, demo, workshop, questions,
                                                         monkeypatch):
    demo.sites.save_item(ItemData("Верстак", workshop_id=workshop.id, position=1))
    items = open_workshop(page, workshop)
    items.table.selectRow(0)
    activate(qtbot, page)
    sites, list_items = DialogSpy(), DialogSpy()
    monkeypatch.setattr(page, "open_site_dialog", sites)
    monkeypatch.setattr(items, "open_item_dialog", list_items)

    ctrl = Qt.KeyboardModifier.ControlModifier
    press(qtbot, items.table, Qt.Key.Key_N, ctrl)  # in the list: a new item
    assert (len(sites.opened), len(list_items.opened)) == (0, 1)
    press(qtbot, items.table, Qt.Key.Key_Delete)
    assert questions[-1] == translate("ItemsPanel", "Delete «{name}» from the infrastructure "
                                                    "list?").format(name="Верстак")
    assert page.section_bar.current_toolbar() is items.toolbar  # the buttons act there too

    press(qtbot, page.tree, Qt.Key.Key_N, ctrl)  # in the tree: a new site
    assert (len(sites.opened), len(list_items.opened)) == (1, 1)
    press(qtbot, page.tree, Qt.Key.Key_Delete)
    assert questions[-1] == translate(
        "SitesPage", "Delete the workshop «{name}» with its infrastructure list?").format(
            name=workshop.name)
    assert page.section_bar.current_toolbar() is page.toolbar
    assert len(questions) == 2
    assert len(demo.sites.items(workshop.id)) == 1  # «no» both times


def test_ctrl_f_goes_to_the_list_search_and_ctrl_e_exports_what_is_shown(qtbot, page, answers,
                                                                         tmp_path):
    activate(qtbot, page)
    ctrl = Qt.KeyboardModifier.ControlModifier
    press(qtbot, page.tree, Qt.Key.Key_F, ctrl)
    qtbot.waitUntil(page.items.search.hasFocus, timeout=3000)
    answers.save_file = str(tmp_path / "list.xlsx")
    press(qtbot, page.items.table, Qt.Key.Key_E, ctrl)  # in the list: the infrastructure list
    assert (tmp_path / "list.xlsx").exists()
    page.tabs.setCurrentIndex(1)
    answers.save_file = str(tmp_path / "map.xlsx")
    press(qtbot, page.readiness.table, Qt.Key.Key_E, ctrl)  # the readiness map
    assert (tmp_path / "map.xlsx").exists()
    assert not answers.messages


def test_print_the_readiness_map(qtbot, page, demo, answers, monkeypatch, tmp_path, printer):
    from pypdf import PdfReader


    printed, sent_text = printer.printed, printer.sent_text
    activate(qtbot, page)
    press(qtbot, page.tree, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not answers.messages
    assert len(PdfReader(str(printed)).pages) >= 1
    site = demo.sites.list_sites()[0]
    text = " ".join(sent_text).replace("\n", " ")
    assert site.workshops[0].name in text


# --- the item's contract: chosen from the register, opened from the item (issue 17) ---
def test_the_item_chooses_its_contract_from_the_register_and_opens_it(qtbot, window, demo):
    contract = next(c for c in demo.grants.contracts() if c.number == "04/ЭА-2026")
    window.show_section("sites")
    window.wait_until_loaded()
    page = window.page("sites")
    workshop = next(w for s in demo.sites.list_sites() for w in s.workshops
                    if w.name == "Мастерская слесарной работы")
    assert page.select_workshop(workshop.id)
    item = next(i for i in demo.sites.items(workshop.id) if i.stage == "ordered")
    dialog = page.items.open_item_dialog(item)
    qtbot.addWidget(dialog)
    combo = dialog.contract
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] == translate("ItemDialog", "— no contract —")
    assert f"04/ЭА-2026 — {contract.supplier} — {contract.subject}" in texts
    assert texts[combo.currentIndex()].startswith("04/ЭА-2026")  # the item's own
    assert not dialog.findChildren(type(dialog.name), "contract")  # nothing to type it into
    # choose the software contract instead, save: the link is stored, not a typed copy
    other = next(c for c in demo.grants.contracts() if c.number == "08/ЭА-2026")
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == other.id))
    dialog.save()
    assert dialog.saved is not None, dialog.general_error.text()
    assert (dialog.saved.contract_id, dialog.saved.contract) == (other.id, "08/ЭА-2026")
    page.items.load_items()
    row = page.items.model.row_of(item.id)
    column = page.items.model.COLUMNS.index("contract")
    assert page.items.model.index(row, column).data() == "08/ЭА-2026"

    # «Open contract»: the grant section with that contract chosen under its line
    dialog = page.items.open_item_dialog(demo.sites.item(item.id))
    qtbot.addWidget(dialog)
    assert dialog.open_contract_button.isEnabled()
    qtbot.mouseClick(dialog.open_contract_button, Qt.MouseButton.LeftButton)
    assert dialog.requested_record == ("grants", "contract", other.id)
    page.items.follow_request(dialog)
    window.wait_until_loaded()
    window.wait_until_loaded()
    assert window.current_section() == "grants"
    chosen = window.page("grants").details.selected_contract()
    assert chosen is not None and chosen.id == other.id


def test_a_typed_contract_that_matched_nothing_stays_visible(qtbot, page, demo, workshop):
    from app.models import InfraItem

    saved = demo.sites.save_item(ItemData(name="Стенд", workshop_id=workshop.id))
    with demo.store.sessions.begin() as s:  # as migration 0011 leaves an unmatched text
        s.get(InfraItem, saved.id).contract_text = "ЭА-2025/17"
    items = open_workshop(page, workshop)
    column = items.model.COLUMNS.index("contract")
    assert items.model.index(0, column).data() == "⚠ ЭА-2025/17"
    dialog = items.open_item_dialog(demo.sites.item(saved.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.legacy_contract.isVisible() and "ЭА-2025/17" in dialog.legacy_contract.text()
    assert dialog.contract.currentData() is None and not dialog.open_contract_button.isEnabled()


def test_a_reload_reads_the_chosen_workshops_list_once(page, tasks, monkeypatch):
    chosen = page.items.workshop
    assert chosen is not None  # the first workshop's list is open
    reads = []
    real_items = page.services.sites.items
    monkeypatch.setattr(page.services.sites, "items",
                        lambda workshop_id: reads.append(workshop_id) or real_items(workshop_id))
    page.reload()
    tasks.wait()
    assert reads == [chosen.id]  # the tree refilled, the same workshop chosen: one read
    assert page.items.model.rowCount() == len(real_items(chosen.id))
