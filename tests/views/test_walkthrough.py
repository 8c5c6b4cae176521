"""A walk through everything: the work of a month on a fresh database, done in the window as a
user does it.

The first-run wizard sets up the cluster; participants come one through the organization form
and the rest from a spreadsheet; the college's site gets a welding workshop and its
infrastructure list; the federal grant gets a budget line, a contract and a payment; the
month's monitoring form goes to Excel; an open day is planned, held and its reach entered; the
workshop's equipment inspection is filled in field mode with a photo and merged back; the
welder's career map is approved and printed; the dashboard shows all of it.

Every modal dialog the window opens (``QDialog.exec``) is answered by the next script given to
``Modals``: it fills the dialog's widgets and clicks its buttons.  Message boxes and file
choices go through the seams of app/views/dialogs.py (the ``answers`` fixture).  Services are
used only to read back what the window wrote, and every file written is opened and read."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PIL import Image
from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QToolBar,
    QWizard,
)

from app.formats import format_money, format_number, format_percent
from app.services.career_data import MapStatus, ToolGroup
from app.services.governance_codes import DecisionSubject
from app.views.dashboard.page import fmt_mln
from app.views.events.events_model import COLUMNS as EVENT_COLUMNS
from app.views.events.page import LIST, PLANS
from app.views.grants.spending_model import COLUMNS as SPENDING_COLUMNS
from app.views.inspections.page import FIELD, INSPECTIONS
from app.views.widgets.form_dialog import select_data
from tests.council_decisions import council_decision
from tests.helpers import type_text

TODAY = date.today()
YEAR = TODAY.year
CLICK = Qt.MouseButton.LeftButton

# what the user types, and later finds again
CLUSTER = "Кластер «Машиностроение Вологодчины»"
COLLEGE = "БПОУ ВО «Вологодский политехнический техникум»"
COLLEGE_SHORT = "БПОУ ВО «ВПТ»"
EMPLOYER = "ООО «Вологодский станкозавод»"
EMPLOYER_SHORT = "ООО «ВСЗ»"
SUPPLIER = "ООО «СварМаш-Снаб»"
SITE = "Площадка ВПТ: учебно-производственный корпус"
WORKSHOP = "Мастерская сварочных технологий"
CONTRACT_NO = "0130-ЭА/7"
CONTRACT_SUM, PAYMENT_SUM = D("27900000.50"), D("13950000.25")
EVENT = "День открытых дверей в мастерской сварки"
INSPECTOR = "Иванов И. И."
NOT_DONE = "Инвентарные номера нанесены на оборудование"  # the item answered «no»
PROFESSION = "Сварщик ручной дуговой сварки"


def inn10(first9: str) -> str:
    """A valid 10-digit INN: the nine digits and the check digit the tax office's rule gives."""
    weights = (2, 4, 10, 3, 5, 9, 4, 6, 8)
    return first9 + str(sum(int(c) * w for c, w in zip(first9, weights, strict=True)) % 11 % 10)


def ogrn13(first12: str) -> str:
    return first12 + str(int(first12) % 11 % 10)


MANAGER_INN, EMPLOYER_INN = inn10("352500101"), inn10("352500202")
SUPPLIER_INN = inn10("352500303")
IMPORTED = [  # the rows the managing company types into the blank template
    (COLLEGE, COLLEGE_SHORT, inn10("352500404"), "Колледж", date(YEAR, 1, 15), f"1/{YEAR}"),
    ("МБОУ «Средняя школа № 3»", "МБОУ «СШ № 3»", inn10("352500505"), "Школа", None, ""),
    ("Департамент образования Вологодской области", "ДО ВО", inn10("352500606"),
     "Орган власти", f"01.02.{YEAR}", f"2/{YEAR}"),
    ("ФГБОУ ВО «Вологодский государственный университет»", "ВоГУ", inn10("352500707"), "Вуз",
     None, ""),
]


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# --- the seams and the user's hands ------------------------------------------------------------
class Modals:
    """``QDialog.exec`` for the test: the dialog is shown, the next script fills it in and
    clicks its buttons, and the dialog's result is returned as exec() would."""

    def __init__(self, qtbot, monkeypatch):
        self.qtbot = qtbot
        self.scripts: list = []
        self.titles: list[str] = []
        monkeypatch.setattr(QDialog, "exec", lambda dialog: self._exec(dialog))

    def expect(self, script) -> None:
        self.scripts.append(script)

    def _exec(self, dialog) -> int:
        assert self.scripts, f"a dialog nobody expected: «{dialog.windowTitle()}»"
        script = self.scripts.pop(0)
        if dialog.parent() is None:
            self.qtbot.addWidget(dialog)
        self.titles.append(dialog.windowTitle())
        dialog.show()
        script(dialog)
        if dialog.result() != QDialog.DialogCode.Accepted:
            shown = [label.text() for label in dialog.findChildren(QLabel)
                     if label.objectName() == "fieldError" and label.isVisible()]
            pytest.fail(f"«{dialog.windowTitle()}» was not accepted: {shown}")
        dialog.hide()
        return dialog.result()

    def done(self) -> None:
        assert not self.scripts, f"{len(self.scripts)} dialogs expected but never opened"


def click_action(qtbot, action) -> None:
    """Click the toolbar button of ``action``; an action in a drop-down menu is triggered, as
    choosing it in the menu does (a popup menu's own event loop would block the test)."""
    for toolbar in action.associatedObjects():
        if isinstance(toolbar, QToolBar) and toolbar.widgetForAction(action) is not None:
            button = toolbar.widgetForAction(action)
            assert button.isVisible() and button.isEnabled(), action.text()
            qtbot.mouseClick(button, CLICK)
            return
    assert action.isEnabled(), action.text()
    action.trigger()


def open_section(qtbot, window, key: str):
    """Click the section in the navigation list; the page once it has loaded."""
    from app.views.main_window import SECTION_KEYS

    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(SECTION_KEYS.index(key)))
    qtbot.mouseClick(navigation.viewport(), CLICK, pos=rect.center())
    assert window.current_section() == key
    window.wait_until_loaded()
    return window.page(key)


def type_over(edit, text: str) -> None:
    """Select what the field holds and type over it."""
    edit.selectAll()
    type_text(edit, text)


def type_line(edit, text: str) -> None:
    """Type into a line edit and leave it (live checks run on editingFinished)."""
    type_over(edit, text)
    edit.editingFinished.emit()


def tick(qtbot, button) -> None:
    """Click a check box or radio button on its box (its centre may lie past its text)."""
    qtbot.mouseClick(button, CLICK, pos=QPoint(8, button.height() // 2))


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.save_button, CLICK)


def click_ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), CLICK)


def choose_text(combo, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


# --- the files ---------------------------------------------------------------------------------
def pdf_lines(path: Path) -> list[str]:
    """The PDF's text lines (pdftotext; pypdf where poppler is not installed)."""
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
    else:
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return [" ".join(line.replace("\u00a0", " ").split()) for line in text.splitlines()]


def sheet_values(path: Path) -> list:
    wb = load_workbook(path, data_only=True)
    values = [cell for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
              for cell in row if cell is not None]
    wb.close()
    return values


def photo(path: Path) -> Path:
    """A photo of the workshop, as a phone saves it."""
    image = Image.new("RGB", (640, 480), (180, 190, 200))
    image.paste((200, 60, 30), (40, 300, 600, 440))  # the welding bench
    image.save(path, "JPEG", quality=85)
    return path


# --- the month ---------------------------------------------------------------------------------
class Walk:
    def __init__(self, qtbot, services, settings, answers, monkeypatch, tmp_path):
        self.qtbot, self.services, self.settings = qtbot, services, settings
        self.answers, self.tmp = answers, tmp_path
        self.modals = Modals(qtbot, monkeypatch)
        self.admin = self.window = None  # the administrator's services and window
        self.inspection_id = self.package = None  # the inspection, its field package
        self.shot = self.photo_item = None  # the photo taken in the field, the item it proves
        self.field_answers: dict = {}  # the answers as the laptop saved them

    def wait(self) -> None:
        self.window.wait_until_loaded()

    def first_run(self) -> None:
        """The first start on an empty database: the wizard sets up the cluster, the
        programme, the managing company and the administrator, who is then logged in."""
        from app import bootstrap
        from app.views.main_window import MainWindow

        qtbot = self.qtbot

        def wizard_pages(wizard):
            next_button = wizard.button(QWizard.WizardButton.NextButton)
            type_text(wizard.cluster_name, CLUSTER)
            select_data(wizard.kind, "production")
            select_data(wizard.industry, "machine_building")
            type_text(wizard.region, "Вологодская область")
            qtbot.mouseClick(next_button, CLICK)
            wizard.start_year.setValue(YEAR)
            wizard.end_year.setValue(YEAR + 2)
            qtbot.mouseClick(next_button, CLICK)
            type_text(wizard.org_name, "АНО «Центр развития кластера»")
            type_text(wizard.org_inn, MANAGER_INN)
            select_data(wizard.org_role, "other")
            qtbot.mouseClick(next_button, CLICK)
            type_text(wizard.username, "smirnova")
            type_text(wizard.full_name, "Смирнова Анна Викторовна")
            type_text(wizard.password, "сварка-по-ГОСТу")
            type_text(wizard.password_again, "сварка-по-ГОСТу")
            qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), CLICK)

        self.modals.expect(wizard_pages)
        self.admin = bootstrap.first_run(self.services)  # what start-up does
        assert self.admin is not None and self.admin.actor.username == "smirnova"
        assert self.admin.cluster.get().name == CLUSTER

        self.window = MainWindow(self.admin, self.settings)
        qtbot.addWidget(self.window)
        self.window.resize(1280, 800)
        self.window.show()
        self.wait()
        assert self.window.current_section() == "dashboard"

    def participants(self) -> None:
        """The employer through the organization form; the others typed into the blank
        template and imported."""
        qtbot, answers = self.qtbot, self.answers
        page = open_section(qtbot, self.window, "participants")
        assert page.model.total == 1  # the managing company

        def employer(dialog):
            type_line(dialog.fields["full_name"], EMPLOYER)
            type_line(dialog.fields["short_name"], EMPLOYER_SHORT)
            type_line(dialog.fields["inn"], EMPLOYER_INN)
            type_line(dialog.fields["ogrn"], ogrn13("102350000101"))
            type_line(dialog.fields["region"], "Вологодская область")
            type_line(dialog.fields["email"], "hr@vsz.example.ru")
            dialog.tabs.setCurrentIndex(2)  # membership in the cluster
            new_membership = next(b for b in dialog.findChildren(QPushButton)
                                  if b.text() == tr("OrganizationDialog", "New membership"))
            qtbot.mouseClick(new_membership, CLICK)
            select_data(dialog.m_role, "employer")
            dialog.m_joined.set_value(TODAY)
            type_text(dialog.m_agreement_no, f"3/{YEAR}")
            click_save(qtbot, dialog)

        self.modals.expect(employer)
        click_action(qtbot, page.add_action)
        self.wait()
        assert page.model.total == 2

        template = self.tmp / "шаблон участников.xlsx"
        answers.save_file = str(template)
        click_action(qtbot, page.template_action)
        wb = load_workbook(template)
        ws = wb.active
        header = [c.value for c in ws[1]]
        column = {name: header.index(name) + 1 for name in header}
        for row, (full, short, inn, role, joined, agreement) in enumerate(IMPORTED, start=2):
            ws.cell(row, column["Наименование"], full)
            ws.cell(row, column["Краткое наименование"], short)
            ws.cell(row, column["ИНН"], inn)
            ws.cell(row, column["Роль"], role)
            ws.cell(row, column["Дата вступления"], joined)  # a date, or a date as text
            ws.cell(row, column["Номер соглашения"], agreement or None)
        ws.cell(2, column["Контактное лицо"], "Кузнецова Ольга Петровна")
        ws.cell(2, column["Телефон"], "+7 (8172) 21-00-00")
        filled = self.tmp / "участники кластера.xlsx"
        wb.save(filled)
        answers.open_file = str(filled)
        click_action(qtbot, page.import_action)
        self.wait()  # the import, then the list it reloads
        self.wait()
        assert answers.messages[-1][0] == tr("Importing", "Import finished")
        assert page.model.total == 2 + len(IMPORTED)
        assert page.count_label.text() == tr("ParticipantsPage", "{count} organizations").format(
            count=2 + len(IMPORTED))
        listed = {o.full_name: o for o in self.admin.participants.list_organizations()}
        assert (listed[EMPLOYER].role, listed[EMPLOYER].inn, listed[EMPLOYER].agreement_no) == (
            "employer", EMPLOYER_INN, f"3/{YEAR}")
        assert (listed[COLLEGE].role, listed[COLLEGE].joined_on) == ("college", date(YEAR, 1, 15))
        authority = listed["Департамент образования Вологодской области"]
        assert (authority.role, authority.joined_on) == ("authority", date(YEAR, 2, 1))

    def site_and_workshop(self) -> None:
        """The college's site, its welding workshop, and the workshop's infrastructure list:
        two items typed in, two imported from the supplier's specification."""
        qtbot, answers = self.qtbot, self.answers
        page = open_section(qtbot, self.window, "sites")

        def site(dialog):
            type_text(dialog.name, SITE)
            choose_text(dialog.organization, COLLEGE_SHORT)
            type_text(dialog.address, "г. Вологда, ул. Гагарина, д. 2")
            type_text(dialog.person, "Новикова Марина Алексеевна")
            click_save(qtbot, dialog)

        def workshop(dialog):
            assert dialog.site.currentText() == SITE  # the site chosen in the tree
            type_text(dialog.name, WORKSHOP)
            type_text(dialog.kind, "Сварочное производство")
            type_text(dialog.area, "96,5")
            dialog.repairs.setValue(80)
            dialog.brandbook.setValue(50)
            click_save(qtbot, dialog)

        self.modals.expect(site)
        click_action(qtbot, page.add_site_action)
        self.wait()
        self.modals.expect(workshop)
        click_action(qtbot, page.add_workshop_action)
        self.wait()
        assert page.tree.currentItem().text(0) == WORKSHOP
        items = page.items
        assert page.bottom.currentWidget() is items  # its (empty) list is open

        def item(name, quantity, price):
            def fill(dialog):
                type_text(dialog.name, name)
                select_data(dialog.category, "equipment")
                type_over(dialog.quantity, quantity)  # «1» is there already
                type_over(dialog.unit_price, price)
                click_save(qtbot, dialog)
            return fill

        # the empty list offers its first item itself; then a click in the list puts its
        # actions on the section's row (issue 21: the row acts on the list the cursor is in)
        self.modals.expect(item("Сварочный инверторный аппарат", "6", "185 400,00"))
        first = next(button for button in items.empty_state.findChildren(QPushButton)
                     if button.isVisible())
        qtbot.mouseClick(first, CLICK)
        self.wait()
        items.window().activateWindow()  # the item's dialog has closed
        items.table.setFocus(Qt.FocusReason.MouseFocusReason)  # as a click in the list
        qtbot.waitUntil(items.table.hasFocus, timeout=3000)
        self.modals.expect(item("Вытяжка сварочная местная", "6", "96 250"))
        click_action(qtbot, items.add_action)
        spec = self.tmp / "спецификация поставщика.xlsx"
        wb = Workbook()
        ws = wb.active
        ws.append(["№", "Наименование", "Вид", "Количество", "Ед. изм.", "Цена за единицу"])
        ws.append([1, "Маска сварщика «Хамелеон»", "Охрана труда", 12, "шт.", "4 500,00"])
        ws.append([2, "Стол сварщика с вытяжным устройством", "Мебель", 6, "шт.", 38_900])
        wb.save(spec)
        answers.open_file = str(spec)
        click_action(qtbot, items.import_action)
        self.wait()
        assert answers.messages[-1][0] == tr("Importing", "Import finished")
        assert {items.model.row_at(i).name for i in range(items.model.rowCount())} == {
            "Сварочный инверторный аппарат", "Вытяжка сварочная местная",
            "Маска сварщика «Хамелеон»", "Стол сварщика с вытяжным устройством"}
        total = D(6 * 185_400 + 6 * 96_250 + 12 * 4_500 + 6 * 38_900)
        assert format_money(total) in items.totals.text()
        [saved] = [w for s in self.admin.sites.list_sites() for w in s.workshops]
        assert (saved.name, saved.area_m2) == (WORKSHOP, D("96.50"))
        assert sum(i.cost for i in self.admin.sites.items(saved.id)) == total

    def grant(self) -> None:
        """The federal grant, its budget line for the workshop, the contract signed with a new
        supplier (named in the dialog), the advance paid."""
        qtbot = self.qtbot
        page = open_section(qtbot, self.window, "grants")

        def source(dialog):
            select_data(dialog.kind, "federal_grant")
            type_text(dialog.name, f"Федеральный грант {YEAR}")
            dialog.year.setValue(YEAR)
            type_text(dialog.amount, "100 000 000,00")
            click_save(qtbot, dialog)

        def line(dialog):
            assert dialog.source.currentText().startswith(f"Федеральный грант {YEAR}")
            select_data(dialog.category, "equipment")
            type_text(dialog.name, "Оборудование мастерской сварочных технологий")
            type_text(dialog.planned, "28 500 000")
            choose_text(dialog.workshop, WORKSHOP)
            click_save(qtbot, dialog)

        def contract(dialog):
            assert dialog.line_combo.currentData() is not None  # the line chosen in the table
            type_text(dialog.number, CONTRACT_NO)
            dialog.signed_on.set_value(TODAY)
            type_text(dialog.inn, SUPPLIER_INN)
            assert not dialog.supplier_name.isReadOnly()  # nobody listed under this INN
            type_text(dialog.supplier_name, SUPPLIER)
            type_text(dialog.subject, "Поставка сварочного оборудования")
            type_text(dialog.amount, "27 900 000,50")
            dialog.delivery_due.set_value(TODAY + timedelta(days=60))
            click_save(qtbot, dialog)

        def payment(dialog):
            assert CONTRACT_NO in dialog.contract.currentText()  # the contract in view
            dialog.paid_on.set_value(TODAY)
            type_text(dialog.amount, "13 950 000,25")
            type_text(dialog.order_no, "118")
            click_save(qtbot, dialog)

        for action, script in ((page.add_source_action, source), (page.add_line_action, line),
                               (page.add_contract_action, contract),
                               (page.add_payment_action, payment)):
            self.modals.expect(script)
            click_action(qtbot, action)
            self.wait()
        [row] = self.admin.grants.contracts()
        assert (row.number, row.supplier, row.amount, row.paid) == (
            CONTRACT_NO, SUPPLIER, CONTRACT_SUM, PAYMENT_SUM)
        assert page.details.selected_contract().id == row.id
        assert [p.amount for p in page.details.payments_model.rows] == [PAYMENT_SUM]
        page.units.setCurrentIndex(page.units.findData(False))  # roubles and kopecks
        total = page.model.index_of("total", None)

        def shown(column: str) -> str:
            return page.model.data(total.siblingAtColumn(SPENDING_COLUMNS.index(column)))

        assert (shown("contracted"), shown("paid")) == (format_money(CONTRACT_SUM),
                                                        format_money(PAYMENT_SUM))

    def monitoring_form(self) -> None:
        """The month's monitoring form, to Excel: the contract and the payment are in it."""
        page = self.window.page("grants")

        def this_month(dialog):
            dialog.month_edit.setDate(QDate(YEAR, TODAY.month, 1))
            click_ok(self.qtbot, dialog)

        target = self.tmp / f"мониторинговая форма {TODAY:%Y-%m}.xlsx"
        self.answers.save_file = str(target)
        self.modals.expect(this_month)
        click_action(self.qtbot, page.export_action)
        self.wait()
        values = sheet_values(target)
        assert CONTRACT_NO in values
        assert any(isinstance(v, str) and SUPPLIER in v for v in values)
        sums = {D(str(v)).quantize(D("0.01")) for v in values if isinstance(v, int | float)}
        assert {CONTRACT_SUM, PAYMENT_SUM} <= sums

    def event(self) -> None:
        """This year's plan of events, the open day added to it and, once held, its reach."""
        qtbot = self.qtbot
        page = open_section(qtbot, self.window, "events")
        page.tabs.setCurrentIndex(PLANS)
        self.wait()

        def new_plan(dialog):
            dialog.year.setValue(YEAR)
            select_data(dialog.kind, "events")
            tick(qtbot, dialog.empty)
            assert dialog.empty.isChecked()
            click_save(qtbot, dialog)

        def open_day(dialog):
            type_text(dialog.title, EVENT)
            dialog.starts_on.set_value(TODAY)
            choose_text(dialog.site, SITE)
            for audience in ("grade_8_9", "parents"):
                tick(qtbot, dialog.audience_boxes[audience])
                assert dialog.audience_boxes[audience].isChecked()
            dialog.planned_reach.setValue(80)
            click_save(qtbot, dialog)

        def held(dialog):
            select_data(dialog.status, "held")
            dialog.reach_spins["grade_8_9"].setValue(54)
            dialog.reach_spins["parents"].setValue(21)
            type_text(dialog.schools, "МБОУ «СШ № 3»")
            click_save(qtbot, dialog)

        self.modals.expect(new_plan)
        click_action(qtbot, page.plans_tab.new_action)
        self.wait()
        assert page.plans_tab.current_id() is not None
        # a click in the plan's events puts the events' actions on the row (issue 21)
        page.window().activateWindow()  # the plan's dialog has closed
        page.plans_tab.table.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(page.plans_tab.table.hasFocus, timeout=3000)
        self.modals.expect(open_day)
        click_action(qtbot, page.add_action)  # into the plan shown
        self.wait()
        page.tabs.setCurrentIndex(LIST)
        self.wait()
        model = page.list_tab.model
        assert [model.row_at(i).title for i in range(model.rowCount())] == [EVENT]
        page.list_tab.table.selectRow(0)
        self.modals.expect(held)
        click_action(qtbot, page.edit_action)
        self.wait()
        assert model.index(0, EVENT_COLUMNS.index("actual_reach")).data() == "75"
        [event] = self.admin.events.events()
        saved = self.admin.events.event(event.id)
        assert (saved.status, saved.planned_reach, saved.reach, saved.schools) == (
            "held", 80, {"grade_8_9": 54, "parents": 21}, ["МБОУ «СШ № 3»"])

    def inspection(self) -> None:
        """The workshop's equipment inspection, planned at the office, exported in a field
        package for the inspector."""
        qtbot = self.qtbot
        page = open_section(qtbot, self.window, "inspections")
        tab = page.inspections_tab

        def new_inspection(dialog):
            choose_text(dialog.site, SITE)
            select_data(dialog.kind, "equipment")  # made from the infrastructure list
            dialog.check_workshop(WORKSHOP)
            dialog.planned_on.set_value(TODAY)
            type_text(dialog.inspectors, INSPECTOR)
            click_save(qtbot, dialog)

        self.modals.expect(new_inspection)
        qtbot.mouseClick(tab.new_button, CLICK)
        form = tab.form
        assert tab.stack.currentWidget() is form and WORKSHOP in form.values["site"].text()
        assert any("Сварочный инверторный аппарат" in r.answer.text
                   for r in form.checklist.rows.values())
        self.inspection_id = form.inspection_id
        qtbot.mouseClick(form.back_button, CLICK)
        self.wait()
        assert tab.model.rowCount() == 1

        page.tabs.setCurrentIndex(FIELD)
        self.wait()

        def whose(dialog):
            choose_text(dialog.inspector, INSPECTOR)
            click_ok(qtbot, dialog)

        self.answers.save_file = str(self.tmp / "пакет Иванова")
        self.modals.expect(whose)
        qtbot.mouseClick(page.field_tab.export_button, CLICK)
        self.wait()
        package = self.tmp / "пакет Иванова.cdpkg"
        assert package.exists() and str(package) in self.answers.messages[-1][1]
        assert page.field_tab.packages.rowCount() == 1
        self.package = package

    def field_mode(self) -> None:
        """On the inspector's laptop: the package opened alone (``clusterdesk --field``), every
        item answered — one «no» — a photo of the workshop attached to its item, completed."""
        from app.views.field.window import FieldWindow, open_field_services

        qtbot = self.qtbot
        laptop = self.tmp / "ноутбук"
        laptop.mkdir()
        carried = laptop / self.package.name
        shutil.copyfile(self.package, carried)
        opened = open_field_services(carried)
        assert opened is not None, self.answers.messages
        window = FieldWindow(*opened, carried)
        qtbot.addWidget(window)
        window.show()
        window.wait_until_loaded()

        tab = window.inspections
        assert tab.model.rowCount() == 1
        tab.table.selectRow(0)
        qtbot.mouseClick(tab.open_button, CLICK)
        form = window.form
        assert form.inspection_id == self.inspection_id
        self.shot = photo(laptop / "общий вид мастерской.jpg")
        self.answers.open_files = [str(self.shot)]  # photos are chosen many at a time
        for row in form.checklist.rows.values():
            form.checklist.ensureWidgetVisible(row)
            kind = row.answer.answer_type
            if kind == "yes_no":
                qtbot.mouseClick(row.buttons["no" if row.answer.text == NOT_DONE else "yes"],
                                 CLICK)
            elif kind in ("number", "text"):
                type_text(row.number_edit, "12" if kind == "number" else
                          "Рабочие места готовы, инвентарные номера не нанесены")
                qtbot.keyClick(row.number_edit, Qt.Key.Key_Return)
            elif kind == "photo":
                qtbot.mouseClick(row.photo_button, CLICK)
                self.photo_item = row.answer.item_id
            assert row.error.isHidden(), (row.answer.text, row.error.text())
        assert form.photos.list.count() == 1
        assert form.findings_model.rowCount() == 1  # the «no» is a finding
        qtbot.mouseClick(form.complete_button, CLICK)
        window.wait_until_loaded()
        done = window.services.inspections.inspection(self.inspection_id)
        assert done.status == "done"
        self.field_answers = {a.item_id: (a.value, a.comment) for a in done.answers}
        window.close()
        window.services.close()
        shutil.copyfile(carried, self.package)  # … and brought back to the office

    def merge(self) -> None:
        """The package merged at the office: the answers, the photo and the finding are in the
        main database."""
        qtbot = self.qtbot
        page = self.window.page("inspections")
        tab = page.field_tab
        self.answers.open_file = str(self.package)
        qtbot.mouseClick(tab.merge_button, CLICK)
        self.wait()
        result = tab.last_result
        assert result is not None and result.rows.conflicts == result.photos.conflicts == 0
        assert result.photos.added == 1
        assert self.answers.messages[-1][0] == tr("FieldTab", "Field package of {name} merged"
                                                  ).format(name=INSPECTOR)
        merged = self.admin.inspections.inspection(self.inspection_id)
        assert merged.status == "done"
        assert {a.item_id: (a.value, a.comment) for a in merged.answers} == self.field_answers
        assert sum(a.value == "no" for a in merged.answers) == 1
        [shot] = merged.photos
        assert (shot.filename, shot.item_id) == (self.shot.name, self.photo_item)
        original = self.admin.photos.original(shot.id)
        assert original[:2] == b"\xff\xd8" and len(original) > 1000  # the JPEG itself
        [finding] = merged.findings
        assert (finding.text, finding.status, finding.responsible) == (NOT_DONE, "open",
                                                                       COLLEGE_SHORT)
        page.tabs.setCurrentIndex(INSPECTIONS)
        self.wait()
        assert page.inspections_tab.model.row_at(0).open_findings == 1

    def career_map(self) -> None:
        """The welder's career map made in the editor, sent to the council, approved (the
        protocol recorded through its dialog) and printed to PDF."""
        qtbot = self.qtbot
        page = open_section(qtbot, self.window, "career-maps")
        click_action(qtbot, page.new_action)
        editor = page.editor
        form = editor.form
        select_data(form.kind, "profession")
        type_text(form.code, "15.01.05")
        type_text(form.profession, PROFESSION)
        index = form.college_choice.findText(COLLEGE_SHORT)
        form.college_choice.setCurrentIndex(index)
        form.college_choice.activated.emit(index)  # the user picked it from the list
        assert form.college.text() == COLLEGE_SHORT
        type_text(form.industry, "Машиностроение")
        steps = form.steps
        for title, low, avg, high in (("Сварщик 3 разряда", "45 000", "52000", "60000"),
                                      ("Сварщик 5 разряда", "60000", "72000", "90000"),
                                      ("Мастер сварочного участка", "85000", "98000", "120000")):
            qtbot.mouseClick(steps.add_button, CLICK)
            type_text(steps.titles, title)
            type_text(steps.work, "Сварка металлоконструкций")
            type_text(steps.salary_min, low)
            type_text(steps.salary_avg, avg)
            type_text(steps.salary_max, high)
        choose_text(form.employers.choice, EMPLOYER_SHORT)
        qtbot.mouseClick(form.employers.add_button, CLICK)
        tools = {ToolGroup.COLLEGE: "Целевое обучение", ToolGroup.EMPLOYER: "Наставничество",
                 ToolGroup.REGION: "Региональная стипендия"}
        for group, title in tools.items():
            qtbot.mouseClick(form.tools.add_buttons[group.value], CLICK)
            row = form.tools.rows[group.value][-1]
            type_text(row.title, title)
            type_text(row.text, "Подробности у куратора кластера")
        type_text(form.geography, "Вологда, Череповец, Сокол")
        type_text(form.contacts, "Приёмная комиссия: +7 (8172) 21-00-00")
        qtbot.mouseClick(editor.save_button, CLICK)
        assert not form.has_errors()
        qtbot.mouseClick(editor.send_button, CLICK)
        assert editor.data.status == MapStatus.SENT, self.answers.messages

        # the regional council met and decided to approve a career map (its secretary's
        # record, «Показатели» → «Советы»); the map is approved by choosing that decision
        decision = council_decision(self.services, DecisionSubject.CAREER_MAP, "3", TODAY)

        def approve(dialog):
            dialog.decision.choose(decision)
            click_save(qtbot, dialog)

        self.modals.expect(approve)
        qtbot.mouseClick(editor.approve_button, CLICK)
        assert editor.data.status == MapStatus.APPROVED
        target = self.tmp / "карьерная карта сварщика.pdf"
        self.answers.save_file = str(target)
        qtbot.mouseClick(editor.print_button, CLICK)
        self.wait()
        qtbot.mouseClick(editor.back_button, CLICK)
        self.wait()
        assert [(r.profession, r.status, r.protocol_no) for r in page.model.rows()] == [
            (PROFESSION, MapStatus.APPROVED, "3")]

        lines = pdf_lines(target)
        words = " ".join(lines)
        for expected in (PROFESSION, "15.01.05", COLLEGE_SHORT, EMPLOYER_SHORT,
                         "Мастер сварочного участка", "в среднем 72 000 ₽", "от 45 000 до 60 000 ₽",
                         *tools.values(), "Вологда, Череповец, Сокол", "УТВЕРЖДЕНО",
                         f"№ 3 от {TODAY:%d.%m.%Y}"):
            assert expected in words, expected
        assert "ПРОЕКТ" not in lines  # approved: no «draft» mark of its own

    def dashboard(self) -> None:
        """The dashboard shows the month: the grant money, the event and its reach, the
        inspection's finding, the participants, the site, the career map."""
        page = open_section(self.qtbot, self.window, "dashboard")
        s = page.summary
        assert (s.contracted, s.paid, s.grant_contracted, s.grant_paid) == (
            CONTRACT_SUM, PAYMENT_SUM, CONTRACT_SUM, PAYMENT_SUM)
        texts = page.card_texts()
        assert texts["grant"] == (format_percent(s.pct_grant_contracted),
                                  tr("DashboardPage", "No overdue contracts."))
        assert s.pct_grant_contracted == (CONTRACT_SUM * 100 / s.grant_planned).quantize(D("0.1"))
        bars = page.bars
        assert fmt_mln(CONTRACT_SUM) in bars["grant_contracted"].caption.text()
        assert fmt_mln(PAYMENT_SUM) in bars["grant_paid"].caption.text()
        assert bars["grant_paid"].bar.value() == int(s.pct_grant_paid)
        assert format_money(CONTRACT_SUM) in page.grant_card.toolTip()
        assert format_money(PAYMENT_SUM) in page.grant_card.toolTip()

        assert texts["events"][0] == "1"
        assert tr("DashboardPage", "Held: {held}; reached {reach} of {planned} planned").format(
            held=1, reach=format_number(75), planned=format_number(80)) in texts["events"][1]
        assert tr("DashboardPage", "This year: {people} people reached").format(
            people=format_number(75)) in texts["events"][1]
        assert texts["findings"][0] == "1"
        assert tr("DashboardPage", "none overdue") in texts["findings"][1]
        # the participants of the month (the managing company, the form, the spreadsheet),
        # the one site with its workshop, the one approved career map
        members = [row for row in self.services.participants.list_organizations() if row.role]
        assert len(members) == 6
        assert texts["participants"][0] == "6"
        assert texts["sites"] == ("1", tr("DashboardPage", "workshops at {sites} sites").format(
            sites=1))
        assert texts["career-maps"][0] == "1"
        assert not page.error.isVisible() and page.money_chart.isVisible()


def test_a_month_of_work_through_the_window(qtbot, services, settings, answers, monkeypatch,
                                            tmp_path):
    walk = Walk(qtbot, services, settings, answers, monkeypatch, tmp_path)
    walk.first_run()          # 1. the wizard on an empty database
    walk.participants()       # 2. one by the form, four from the spreadsheet
    walk.site_and_workshop()  # 3. the site, the workshop, its infrastructure list
    walk.grant()              # 4. the grant, the contract, the payment
    walk.monitoring_form()    # 5. the month's monitoring form
    walk.event()              # 6. the open day, held, with its reach
    walk.inspection()         # 7. the equipment inspection, exported for the laptop …
    walk.field_mode()         #    … filled in there with a photo …
    walk.merge()              #    … and merged back
    walk.career_map()         # 8. the welder's career map, approved and printed
    walk.dashboard()          # 9. the dashboard shows all of it
    walk.modals.done()
    assert [title for title, _text, _details in answers.messages] == [
        tr("Importing", "Import finished"), tr("Importing", "Import finished"),
        tr("FieldTab", "Field package written"),
        tr("FieldTab", "Field package of {name} merged").format(name=INSPECTOR)]
