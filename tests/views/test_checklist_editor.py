"""Checklist templates edited from the Checklists tab: a new checklist with sections and items
of several answer types; an edit of a template in use becomes a new revision while the
inspection keeps the old items; the service's refusals shown under the fields with nothing
saved; read-only roles without the edit buttons."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services import Services
from app.services.permissions import Actor, Role
from app.services.tasks import TaskRunner
from app.views.inspections.page import CHECKLISTS
from app.views.widgets.form_dialog import select_data
from tests.helpers import type_text
from tests.services.test_inspections_support import areas, make_site, plan
from tests.views.test_inspections_page import make_page


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def retype(edit, text: str) -> None:
    edit.selectAll()
    type_text(edit, text)


def fill_item(dialog, text: str, answer_type: str = "yes_no", *, choices: str = "",
              weight: float | None = None, critical: bool = False) -> None:
    dialog.add_item()
    dialog.item_text.setPlainText(text)
    select_data(dialog.answer_type, answer_type)
    if choices:
        dialog.choices.setPlainText(choices)
    if weight is not None:
        dialog.weight.setValue(weight)
    dialog.critical.setChecked(critical)


def select_code(tab, code: str) -> None:
    row = next(r for r in tab.model.rows() if r.code == code)
    tab.table.selectRow(tab.model.row_of(row.id))


def test_a_new_checklist_with_two_sections_is_listed(qtbot, services, settings, answers,
                                                      tasks):
    page = make_page(qtbot, services, settings, tasks, CHECKLISTS)
    tab = page.checklists_tab
    assert tab.new_button.isVisible() and tab.edit_button.isVisible()
    assert tab.model.rowCount() == 2
    dialog = tab.new_dialog()
    qtbot.addWidget(dialog)
    type_text(dialog.title_edit, "Готовность мастерской к демоэкзамену")
    select_data(dialog.kind, "custom")
    assert len(dialog.sections) == 1  # a new checklist starts with one section
    retype(dialog.section_title, "Помещение")
    fill_item(dialog, "Огнетушитель на месте", critical=True, weight=10)
    fill_item(dialog, "Температура в помещении, °C", "number", weight=2.5)
    fill_item(dialog, "Вывеска у входа", "photo")
    assert not dialog.choices.parentWidget().isVisibleTo(dialog)  # only for a choice
    dialog.add_section()
    retype(dialog.section_title, "Документы")
    fill_item(dialog, "Состояние журнала инструктажей", "choice",
              choices="Ведётся\n  \nВедётся с пропусками\nНе ведётся")
    assert dialog.choices.parentWidget().isVisibleTo(dialog)
    fill_item(dialog, "Замечания комиссии", "text", weight=0)
    # the photo item goes up above the number one
    dialog.select(0, 2)
    dialog.up_button.click()
    assert [i.text for i in dialog.sections[0].items][1] == "Вывеска у входа"
    assert dialog.tree.topLevelItemCount() == 2
    assert dialog.tree.topLevelItem(0).childCount() == 3

    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.general_error.text()
    assert dialog.revision_note() == ""
    tab.after_saved(dialog)
    tasks.wait()
    assert tab.model.rowCount() == 3
    row = tab.current_row()
    assert (row.title, row.kind, row.revision, row.items) == (
        "Готовность мастерской к демоэкзамену", "custom", 1, 5)
    assert [tab.items.topLevelItem(i).text(0) for i in range(2)] == ["1. Помещение",
                                                                     "2. Документы"]
    saved = services.checklists.template(row.id)
    items = saved.items()
    assert [(i.text, i.answer_type) for i in items] == [
        ("Огнетушитель на месте", "yes_no"), ("Вывеска у входа", "photo"),
        ("Температура в помещении, °C", "number"),
        ("Состояние журнала инструктажей", "choice"), ("Замечания комиссии", "text")]
    assert items[0].critical and items[0].weight == Decimal(10)
    assert items[2].weight == Decimal("2.5")
    assert items[3].choices == ["Ведётся", "Ведётся с пропусками", "Не ведётся"]
    assert items[4].weight == 0
    assert answers.messages == []

    # «copy as new» makes another checklist with the same items
    copy = tab.copy_dialog()
    qtbot.addWidget(copy)
    assert copy.title_edit.text().startswith("Готовность мастерской")
    copy.save()
    assert copy.result() == copy.DialogCode.Accepted
    assert len(services.checklists.list_templates()) == 4


def test_editing_a_template_in_use_makes_a_new_revision(qtbot, services, settings, answers,
                                                        tasks):
    site, _workshop, _college = make_site(services)
    inspection = plan(areas(services), site)
    before = services.inspections.checklist(inspection.id)
    page = make_page(qtbot, services, settings, tasks, CHECKLISTS)
    tab = page.checklists_tab
    select_code(tab, "brandbook")
    dialog = tab.edit_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.kind.isEnabled()  # inspections find the shipped ones by kind
    assert dialog.used_note.isVisibleTo(dialog)
    assert "1" in dialog.used_note.text() and "2" in dialog.used_note.text()
    dialog.select(0, 0)
    dialog.item_text.setPlainText("Вывеска по брендбуку (новая редакция)")
    dialog.select(0, 1)
    dialog.remove_button.click()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.general_error.text()
    note = dialog.revision_note()
    assert "2" in note and "1" in note
    tab.after_saved(dialog)
    tasks.wait()
    assert answers.messages[-1][1] == note
    row = tab.current_row()
    assert (row.code, row.revision, row.current, row.inspections) == ("brandbook", 2, True, 0)
    assert "(новая редакция)" in tab.items.topLevelItem(0).child(0).text(0)
    new = services.checklists.template(row.id)
    assert len(new.items()) == len(before.items()) - 1
    # the inspection keeps the items it was made with
    kept = services.inspections.checklist(inspection.id)
    assert kept.revision == 1 and kept.id == before.id
    assert [i.text for i in kept.items()] == [i.text for i in before.items()]
    # the older revision is listed on request and cannot be edited
    tab.old_revisions.setChecked(True)
    tasks.wait()
    assert sorted(r.revision for r in tab.model.rows() if r.code == "brandbook") == [1, 2]
    old = next(r for r in tab.model.rows() if r.code == "brandbook" and r.revision == 1)
    tab.table.selectRow(tab.model.row_of(old.id))
    assert not tab.edit_button.isEnabled() and tab.copy_button.isEnabled()
    assert tab.edit_dialog() is None

    # a template no inspection uses is changed in place: no new revision, no note
    select_code(tab, "safety")
    safety = tab.current_row()
    dialog = tab.edit_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.used_note.isVisibleTo(dialog)
    retype(dialog.title_edit, "Охрана труда (уточнённая)")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved.id == safety.id and dialog.saved.revision == 1
    assert dialog.revision_note() == ""


def test_a_choice_with_one_option_is_refused_and_nothing_saved(qtbot, services, settings,
                                                               answers, tasks):
    page = make_page(qtbot, services, settings, tasks, CHECKLISTS)
    tab = page.checklists_tab
    before = services.checklists.list_templates(include_old=True)
    dialog = tab.new_dialog()
    qtbot.addWidget(dialog)
    dialog.save()  # no title, no items
    assert not dialog.errors["title"].isHidden()
    assert not dialog.errors["sections"].isHidden()
    assert "пункт" in dialog.errors["sections"].text()
    type_text(dialog.title_edit, "Пожарная безопасность")
    fill_item(dialog, "Огнетушитель на месте")
    fill_item(dialog, "Тип огнетушителя", "choice", choices="Порошковый")
    dialog.select(0, 0)
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.errors["title"].isHidden() and dialog.errors["sections"].isHidden()
    # the dialog shows the item in error with the service's message under the options
    assert dialog.current_object() is dialog.sections[0].items[1]
    assert not dialog.item_errors["choices"].isHidden()
    assert "двух" in dialog.item_errors["choices"].text()
    assert dialog.item_errors["text"].isHidden()
    node = dialog.tree.topLevelItem(0).child(1)
    assert "двух" in node.toolTip(0)
    assert services.checklists.list_templates(include_old=True) == before
    # an empty section title is said under the section's title
    dialog.select(0)
    retype(dialog.section_title, " ")
    dialog.save()
    assert not dialog.section_errors["title"].isHidden()
    # a second option clears the error and saves
    dialog.select(0, 1)
    dialog.choices.setPlainText("Порошковый\nУглекислотный")
    assert dialog.item_errors["choices"].isHidden()
    dialog.select(0)
    retype(dialog.section_title, "Оснащение")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.general_error.text()
    assert len(services.checklists.list_templates()) == 3


@pytest.mark.parametrize("role", [Role.COUNCIL, Role.INSPECTOR])
def test_read_only_roles_have_no_edit_buttons(qtbot, services, settings, answers, tasks, role):
    reader = Services(services.store, Actor("читатель", role))
    page = make_page(qtbot, reader, settings, tasks, CHECKLISTS)
    tab = page.checklists_tab
    assert tab.model.rowCount() == 2
    assert tab.items.topLevelItemCount() > 0
    for button in (tab.new_button, tab.edit_button, tab.copy_button):
        assert button.isHidden(), button.text()
