"""The inspections section driven as a user drives it: a new inspection through its dialog,
answers saved at once (a «no» becomes a finding in the Findings tab), photos (a non-picture is
refused with the service's message), closing a finding with evidence, signing off, reports,
field packages (a truncated one is refused with no change; a conflict resolved from its
dialog), the checklists, and a read-only role with no write buttons."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services import Services
from app.services.checklists import kind_label
from app.services.field.package import PackageDiverged, refused_damaged
from app.services.permissions import Actor, Role
from app.services.tasks import TaskRunner
from app.views.inspections.page import CHECKLISTS, FIELD, FINDINGS, INSPECTIONS
from app.views.widgets.form_dialog import select_data
from tests.helpers import DialogSpy, show_active, type_text
from tests.services.test_field import fill, snapshot
from tests.services.test_inspections_support import answer_all, areas, make_site, photo_file, plan


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def site(services):
    return make_site(services)


def make_page(qtbot, services, settings, tasks, tab: int = INSPECTIONS):
    from app.views.inspections.page import InspectionsPage

    page = InspectionsPage(services, settings, tasks)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.tabs.setCurrentIndex(tab)
    page.reload()
    tasks.wait()
    return page


def open_form(page, tasks, inspection_id):
    page.tabs.setCurrentIndex(INSPECTIONS)
    tasks.wait()
    page.inspections_tab.open_inspection(inspection_id)
    return page.inspections_tab.form


def first_row(form, answer_type: str):
    return next(r for r in form.checklist.rows.values() if r.answer.answer_type == answer_type)


def saved_answer(services, inspection_id, item_id):
    data = services.inspections.inspection(inspection_id)
    return next(a for a in data.answers if a.item_id == item_id)


# --- inspections ---
def test_a_new_inspection_from_the_dialog_opens_its_form(qtbot, services, settings, answers,
                                                         tasks, site):
    site_data, workshop, _college = site
    page = make_page(qtbot, services, settings, tasks)
    tab = page.inspections_tab
    assert tab.model.rowCount() == 0
    dialog = tab.new_inspection_dialog()
    qtbot.addWidget(dialog)
    dialog.save()  # no site: refused under the field
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.errors["site_id"].isHidden()
    select_data(dialog.site, site_data.id)
    assert dialog.workshops.count() == 1
    select_data(dialog.kind, "equipment")
    dialog.save()  # the equipment checklist needs exactly one workshop
    assert not dialog.errors["workshop_ids"].isHidden()
    dialog.check_workshop(workshop.name)
    dialog.planned_on.set_value(date(2026, 12, 1))
    dialog.inspectors.setPlainText("Иванов И. И.\n  Петрова А. С. \nиванов и. и.")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.after_created(dialog.saved)
    form = tab.form
    assert tab.stack.currentWidget() is form
    assert site_data.name in form.values["site"].text()
    assert workshop.name in form.values["site"].text()
    assert form.values["inspectors"].text() == "Иванов И. И., Петрова А. С."
    assert "01.12.2026" in form.values["date"].text()
    assert len(form.checklist.rows) == len(dialog.saved.answers)
    assert any(r.answer.critical for r in form.checklist.rows.values())
    form.back_button.click()
    tasks.wait()
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 2).data() == kind_label("equipment")
    assert tab.model.index(0, 3).data() == "Иванов И. И., Петрова А. С."


def test_a_new_inspection_from_the_clusters_own_checklist(qtbot, services, answers, site):
    from app.services.checklists import ItemData, SectionData, TemplateData

    site_data, _workshop, _college = site
    own = services.checklists.save_template(TemplateData(
        title="Готовность к демоэкзамену", sections=[SectionData("Площадка", [
            ItemData("Рабочие места промаркированы", critical=True),
            ItemData("Инструкции по охране труда на местах")])]))
    from app.views.inspections.new_dialog import NewInspectionDialog

    dialog = NewInspectionDialog(services, site_data.id)
    qtbot.addWidget(dialog)
    assert dialog.choose_checklist("Готовность к демоэкзамену")  # listed after the standard
    dialog.planned_on.set_value(date(2026, 12, 1))
    dialog.save()
    assert [e.text() for e in dialog.errors.values() if not e.isHidden()] == []
    assert dialog.result() == dialog.DialogCode.Accepted, answers.messages
    made = dialog.saved
    assert made.template_id == own.id
    assert [a.text for a in made.answers] == ["Рабочие места промаркированы",
                                              "Инструкции по охране труда на местах"]


def test_answering_no_makes_a_finding_shown_in_the_findings_tab(qtbot, services, settings,
                                                                answers, tasks, site, tmp_path):
    inspection = plan(areas(services), site[0])
    page = make_page(qtbot, services, settings, tasks)
    form = open_form(page, tasks, inspection.id)
    row = first_row(form, "yes_no")
    qtbot.mouseClick(row.buttons["no"], Qt.MouseButton.LeftButton)
    assert row.buttons["no"].isChecked()
    assert saved_answer(services, inspection.id, row.answer.item_id).value == "no"
    assert form.findings_model.rowCount() == 1
    assert "0" in form.values["score"].text()
    # a comment is saved when the field is left
    type_text(row.comment, "Вывески нет")
    row.comment.editingFinished.emit()
    assert saved_answer(services, inspection.id, row.answer.item_id).comment == "Вывески нет"
    # a number the service cannot read is said under the item, nothing saved
    number = first_row(form, "number")
    number.number_edit.setText("много")
    number.number_edit.editingFinished.emit()
    assert not number.error.isHidden()
    assert saved_answer(services, inspection.id, number.answer.item_id).value == ""
    number.number_edit.setText("12,5")
    number.number_edit.editingFinished.emit()
    assert number.error.isHidden()
    assert saved_answer(services, inspection.id, number.answer.item_id).value == "12.5"
    choice = first_row(form, "choice")
    choice.choice.setCurrentIndex(2)
    assert saved_answer(services, inspection.id, choice.answer.item_id).value == \
        choice.answer.choices[1]

    page.tabs.setCurrentIndex(FINDINGS)
    tasks.wait()
    findings = page.findings_tab
    assert findings.model.rowCount() == 1
    finding = findings.model.row_at(0)
    assert finding.text.startswith(row.answer.text) and "Вывески нет" in finding.text
    assert finding.due_on > date.today() and not finding.overdue
    assert findings.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    services.findings.update(replace(finding, due_on=date.today() - timedelta(days=1)))
    findings.reload()
    tasks.wait()
    assert findings.model.row_at(0).overdue
    # overdue: a red dot before the finding, never a pink row (issue 21)
    assert findings.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert findings.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1" in findings.count_label.text()
    findings.overdue_only.setChecked(True)
    tasks.wait()
    assert findings.model.rowCount() == 1

    # close with evidence: refused without any, then with a text and a file
    findings.table.selectRow(0)
    dialog = findings.close_dialog()
    qtbot.addWidget(dialog)
    dialog.save()
    assert not dialog.errors["evidence"].isHidden()
    answers.open_file = str(photo_file(tmp_path, "act.jpg"))
    dialog.choose_file()
    type_text(dialog.evidence, "Вывеска установлена")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.general_error.text()
    findings.after_change()
    tasks.wait()
    assert findings.model.rowCount() == 0  # overdue only: closed ones are not
    findings.overdue_only.setChecked(False)
    select_data(findings.status_filter, "closed")
    tasks.wait()
    assert findings.model.rowCount() == 1
    closed = findings.model.row_at(0)
    assert (closed.evidence, closed.evidence_file) == ("Вывеска установлена", "act.jpg")
    findings.table.selectRow(0)
    findings.reopen_current()
    tasks.wait()
    assert services.findings.list_findings()[0].status == "open"


def test_photos_a_non_picture_is_refused_with_the_services_message(qtbot, services, settings,
                                                                  answers, tasks, site, tmp_path):
    inspection = plan(areas(services), site[0])
    page = make_page(qtbot, services, settings, tasks)
    form = open_form(page, tasks, inspection.id)
    not_a_picture = tmp_path / "акт.txt"
    not_a_picture.write_text("не фото", encoding="utf-8")
    answers.open_files = [str(not_a_picture)]
    form.photos.add_button.click()
    assert len(answers.messages) == 1
    assert "акт.txt" in answers.messages[0][1] and "JPEG" in answers.messages[0][1]
    assert form.photos.list.count() == 0

    # a photo item: its own button attaches the photo to the item
    photo_row = first_row(form, "photo")
    answers.open_files = [str(photo_file(tmp_path, "вывеска.png", fmt="PNG"))]
    photo_row.photo_button.click()
    assert form.photos.list.count() == 1
    assert not form.photos.list.item(0).icon().isNull()
    assert "1" in photo_row.photo_label.text()
    [photo] = services.photos.list_photos(inspection.id)
    assert photo.item_id == photo_row.answer.item_id
    # caption and item link are saved when edited
    form.photos.list.setCurrentRow(0)
    form.photos.caption.setText("Вывеска у входа")
    form.photos.caption.editingFinished.emit()
    form.photos.item.setCurrentIndex(0)
    form.photos.item.activated.emit(0)
    [photo] = services.photos.list_photos(inspection.id)
    assert (photo.caption, photo.item_id) == ("Вывеска у входа", None)
    # the form is shown again after each change: a photo's tile is read once
    reads = []
    real_thumbnail = services.photos.thumbnail
    form.photos.services.photos.thumbnail = lambda photo_id: (
        reads.append(photo_id) or real_thumbnail(photo_id))
    try:
        form.refresh()
        form.refresh()
    finally:
        del form.photos.services.photos.thumbnail
    assert reads == [] and not form.photos.list.item(0).icon().isNull()
    # removed after a yes
    form.photos.list.setCurrentRow(0)
    answers.confirm = False
    form.photos.remove_button.click()
    assert len(services.photos.list_photos(inspection.id)) == 1
    answers.confirm = True
    form.photos.remove_button.click()
    assert services.photos.list_photos(inspection.id) == []
    assert form.photos.list.count() == 0


def test_complete_sign_off_and_the_reports(qtbot, services, settings, answers, tasks, site,
                                           tmp_path):
    a = areas(services)
    inspection = plan(a, site[0])
    page = make_page(qtbot, services, settings, tasks)
    form = open_form(page, tasks, inspection.id)
    assert form.complete_button.isVisible() and not form.sign_button.isVisible()
    form.complete_button.click()  # items without answers: refused, said
    assert "items have no answer" in answers.messages[-1][1] or "пункт" in answers.messages[-1][1]
    answer_all(a, inspection, "yes", tmp_path)
    form.refresh()
    form.complete_button.click()
    assert services.inspections.inspection(inspection.id).status == "done"
    assert form.sign_button.isVisible()
    answers.text = "Петров П. П."
    form.sign_button.click()
    data = services.inspections.inspection(inspection.id)
    assert (data.status, data.signed_by) == ("signed_off", "Петров П. П.")
    assert "Петров П. П." in form.values["status"].text()
    assert not form.checklist.rows[data.answers[0].item_id].widget.isEnabled()
    assert not form.photos.add_button.isVisible()

    form.write_report_to(tmp_path / "акт.pdf")
    page.photo_report_to(tmp_path / "фотоотчёт.pdf")
    tasks.wait()
    assert (tmp_path / "акт.pdf").read_bytes()[:4] == b"%PDF"
    assert (tmp_path / "фотоотчёт.pdf").read_bytes()[:4] == b"%PDF"
    answers.save_file = str(tmp_path / "второй")
    form.report_button.click()
    tasks.wait()
    assert (tmp_path / "второй.pdf").exists()


def test_the_checklists_tab_lists_templates_and_their_items(qtbot, services, settings, answers,
                                                            tasks):
    page = make_page(qtbot, services, settings, tasks, CHECKLISTS)
    tab = page.checklists_tab
    assert tab.model.rowCount() == 2
    assert {tab.model.row_at(i).code for i in range(2)} == {"brandbook", "safety"}
    assert tab.items.topLevelItemCount() > 0
    assert tab.items.topLevelItem(0).childCount() > 0


# --- field packages ---
def test_export_then_a_truncated_package_is_refused_and_changes_nothing(
        qtbot, services, settings, answers, tasks, site, tmp_path):
    a = areas(services)
    inspection = plan(a, site[0])
    page = make_page(qtbot, services, settings, tasks, FIELD)
    tab = page.field_tab
    answers.save_file = str(tmp_path / "иванов")
    tab.export_package("Иванов И. И.")
    tasks.wait()
    package = tmp_path / "иванов.cdpkg"
    assert package.exists()
    assert str(package) in answers.messages[-1][1]
    assert tab.packages.rowCount() == 1
    fill(package, tmp_path, lambda fa, info: answer_all(
        fa, fa.inspections.inspection(inspection.id), "no", tmp_path))
    data = package.read_bytes()
    package.write_bytes(data[: len(data) * 2 // 3])
    before = snapshot(services.store)
    answers.messages.clear()
    answers.open_file = str(package)
    tab.merge_button.click()
    tasks.wait()
    [(_title, text, _details)] = answers.messages
    assert text == refused_damaged().errors["package"][:len(text)] or \
        text.startswith(refused_damaged().errors["package"])
    assert snapshot(services.store) == before


def test_a_conflict_is_resolved_from_its_dialog(qtbot, services, settings, answers, tasks, site,
                                                tmp_path):
    a = areas(services)
    inspection = plan(a, site[0])
    package = services.field.export_package(tmp_path / "иванов", "Иванов И. И.").path
    item = next(x for x in inspection.answers if x.answer_type == "yes_no")
    a.inspections.answer(inspection.id, item.item_id, "yes", "В офисе")
    fill(package, tmp_path, lambda fa, info: fa.inspections.answer(
        inspection.id, item.item_id, "no", "На месте"))
    page = make_page(qtbot, services, settings, tasks, FIELD)
    tab = page.field_tab
    answers.open_file = str(package)
    tab.merge_button.click()
    tasks.wait()
    assert tab.last_result is not None and tab.last_result.rows.conflicts == 1
    assert "1" in answers.messages[-1][1]
    assert tab.conflicts.rowCount() == 1
    dialog = tab.conflict_dialog()
    qtbot.addWidget(dialog)
    cells = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(),
                                              dialog.table.item(r, 2).text())
             for r in range(dialog.table.rowCount())}
    assert cells[dialog.table.item(0, 0).text()]
    assert ("В офисе", "На месте") in cells.values()
    assert ("Да", "Нет") in cells.values()
    dialog.keep_field.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.after_resolved()
    tasks.wait()
    assert tab.conflicts.rowCount() == 0
    assert saved_answer(services, inspection.id, item.item_id).value == "no"
    assert tab.packages.row_at(0).open_conflicts == 0


# --- roles ---
def test_council_sees_everything_without_write_buttons(qtbot, services, settings, answers, tasks,
                                                       site):
    a = areas(services)
    inspection = plan(a, site[0])
    item = next(x for x in inspection.answers if x.answer_type == "yes_no")
    a.inspections.answer(inspection.id, item.item_id, "no")
    council = Services(services.store, Actor("council", Role.COUNCIL))
    page = make_page(qtbot, council, settings, tasks)
    tab = page.inspections_tab
    assert tab.model.rowCount() == 1
    assert tab.new_button.isHidden() and tab.delete_button.isHidden()
    assert not page.tabs.isTabVisible(FIELD)
    form = open_form(page, tasks, inspection.id)
    assert all(not r.widget.isEnabled() and r.comment.isReadOnly()
               for r in form.checklist.rows.values())
    assert form.checklist.rows[item.item_id].buttons["no"].isChecked()
    for button in (form.complete_button, form.sign_button, form.reopen_button,
                   form.add_finding_button, form.photos.add_button, form.photos.remove_button):
        assert button.isHidden(), button.text()
    assert form.report_button.isVisible()
    page.tabs.setCurrentIndex(FINDINGS)
    tasks.wait()
    assert page.findings_tab.model.rowCount() == 1
    assert page.findings_tab.close_button.isHidden()
    assert page.findings_tab.reopen_button.isHidden()


def test_an_inspector_answers_but_does_not_sign_or_merge(qtbot, services, settings, answers,
                                                         tasks, site):
    inspection = plan(areas(services), site[0])
    inspector = Services(services.store, Actor("Иванов И. И.", Role.INSPECTOR))
    page = make_page(qtbot, inspector, settings, tasks)
    assert not page.tabs.isTabVisible(FIELD)
    form = open_form(page, tasks, inspection.id)
    row = first_row(form, "yes_no")
    qtbot.mouseClick(row.buttons["yes"], Qt.MouseButton.LeftButton)
    assert saved_answer(services, inspection.id, row.answer.item_id).value == "yes"
    assert form.photos.add_button.isVisible()
    assert form.sign_button.isHidden()


def test_the_main_window_shows_the_section(qtbot, services, settings, answers, site):
    from app.views.inspections.page import InspectionsPage
    from app.views.main_window import MainWindow

    plan(areas(services), site[0])
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    page = window.show_section("inspections")
    window.wait_until_loaded()
    assert isinstance(page, InspectionsPage)
    assert page.inspections_tab.model.rowCount() == 1


# --- the shared toolbar, the empty state, printing ---
def test_no_inspections_shows_one_sentence_and_a_button_that_plans_one(
        qtbot, services, settings, answers, tasks, site, monkeypatch):
    page = make_page(qtbot, services, settings, tasks)
    tab = page.inspections_tab
    assert tab.empty_state.showing_empty()
    assert tab.empty_state.label.text() == tab.tr("There are no inspections yet.")
    assert tab.empty_state.button.isVisible()
    spy = DialogSpy()
    monkeypatch.setattr(tab, "new_inspection_dialog", spy)
    qtbot.mouseClick(tab.empty_state.button, Qt.MouseButton.LeftButton)
    assert spy.opened == 1
    # the findings say where findings come from, with no button (they are not added there)
    page.tabs.setCurrentIndex(FINDINGS)
    tasks.wait()
    findings = page.findings_tab
    assert findings.empty_state.showing_empty() and findings.empty_state.button is None
    assert "«" in findings.empty_state.label.text()


def test_a_filter_that_hides_every_inspection_keeps_the_table(qtbot, services, settings,
                                                              answers, tasks, site):
    plan(areas(services), site[0])
    page = make_page(qtbot, services, settings, tasks)
    tab = page.inspections_tab
    assert not tab.empty_state.showing_empty() and tab.model.rowCount() == 1
    select_data(tab.status_filter, "signed_off")
    tasks.wait()
    assert tab.model.rowCount() == 0 and not tab.empty_state.showing_empty()
    type_text(tab.search, "нет такой площадки")
    assert not tab.empty_state.showing_empty()


def test_keys_answer_on_the_shown_tab_only(qtbot, services, settings, answers, tasks, site,
                                           monkeypatch):
    inspection = plan(areas(services), site[0])
    page = make_page(qtbot, services, settings, tasks)
    show_active(qtbot, page)
    tab = page.inspections_tab
    spy = DialogSpy()
    monkeypatch.setattr(tab, "new_inspection_dialog", spy)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert spy.opened == 1
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(tab.search.hasFocus, timeout=3000)
    # Del asks before deleting the chosen inspection
    tab.table.selectRow(0)
    tab.table.setFocus()
    answers.confirm = False
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert services.inspections.list_inspections()[0].id == inspection.id
    # another tab shown: its own «add» answers, the inspections tab's is silent
    checklists = page.checklists_tab
    new_checklist = DialogSpy()
    monkeypatch.setattr(checklists, "new_dialog", new_checklist)
    page.tabs.setCurrentIndex(CHECKLISTS)
    tasks.wait()
    checklists.table.setFocus()
    qtbot.keyClick(checklists.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert (spy.opened, new_checklist.opened) == (1, 1)
    page.tabs.setCurrentIndex(FINDINGS)  # no «add» there: Ctrl+N does nothing
    tasks.wait()
    page.findings_tab.table.setFocus()
    qtbot.keyClick(page.findings_tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert (spy.opened, new_checklist.opened) == (1, 1)


def test_print_the_chosen_inspections_report(qtbot, services, settings, answers, tasks, site,
                                             printer, monkeypatch):
    inspection = plan(areas(services), site[0])
    page = make_page(qtbot, services, settings, tasks)
    show_active(qtbot, page)
    tab = page.inspections_tab
    assert not tab.print_action.isEnabled()  # nothing chosen yet
    tab.table.selectRow(0)
    assert tab.print_action.isEnabled()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert answers.messages == []
    assert printer.pages() >= 1
    assert site[0].name.split()[0] in " ".join(printer.sent_text)
    # the form prints the same report
    form = open_form(page, tasks, inspection.id)
    printer.printed.unlink()
    assert form.print_report() >= 1 and printer.pages() >= 1
    # the list's toolbar is hidden under the form; F5 there reads the inspection again
    refreshed: list[int] = []
    monkeypatch.setattr(form, "refresh", lambda: refreshed.append(1))
    form.back_button.setFocus()
    qtbot.keyClick(form.back_button, Qt.Key.Key_F5)
    assert refreshed == [1]


def test_checklists_search_and_the_field_tabs_empty_packages(qtbot, services, settings, answers,
                                                             tasks, monkeypatch, site):
    from app.views.inspections import field_tab

    page = make_page(qtbot, services, settings, tasks, CHECKLISTS)
    tab = page.checklists_tab
    assert tab.model.rowCount() == 2 and not tab.empty_state.showing_empty()
    type_text(tab.search, "охран")
    assert [r.code for r in tab.model.rows()] == ["safety"]
    assert tab.current_row().code == "safety" and tab.items.topLevelItemCount() > 0

    asked: list[str] = []

    class ExportSpy(DialogSpy):
        def __init__(self, inspectors, parent=None):
            asked.append("export")
            offered.append(inspectors)

    offered: list[list[str]] = []
    plan(areas(services), site[0], inspectors=["Петров П. П.", "Андреева А. А."])

    monkeypatch.setattr(field_tab, "ExportPackageDialog", ExportSpy)
    page.tabs.setCurrentIndex(FIELD)
    tasks.wait()
    field = page.field_tab
    assert field.packages_empty.showing_empty()
    qtbot.mouseClick(field.packages_empty.button, Qt.MouseButton.LeftButton)
    assert asked == ["export"]
    assert offered == [["Андреева А. А.", "Петров П. П."]]  # who has inspections waiting
    assert not field.resolve_action.isEnabled()  # no conflict to resolve


def test_merging_an_older_copy_of_a_package_says_it_changed_nothing(
        qtbot, services, settings, answers, tasks, site, tmp_path):
    a = areas(services)
    inspection = plan(a, site[0])
    original = services.field.export_package(tmp_path / "иванов", "Иванов И. И.").path
    laptop = tmp_path / "ноутбук.cdpkg"
    laptop.write_bytes(original.read_bytes())
    item = next(x for x in inspection.answers if x.answer_type == "yes_no")
    fill(laptop, tmp_path, lambda fa, info: fa.inspections.answer(
        inspection.id, item.item_id, "no", "На месте"))
    newest = services.field.merge_package(laptop)
    page = make_page(qtbot, services, settings, tasks, FIELD)
    tab = page.field_tab
    before = snapshot(services.store)
    answers.open_file = str(original)
    tab.merge_button.click()
    tasks.wait()
    assert tab.last_result.stale
    assert answers.messages[-1][1] == tab.last_result.stale_text()
    assert (tab.last_result.saves, tab.last_result.merged_saves) == (0, newest.saves)
    assert snapshot(services.store) == before
    assert saved_answer(services, inspection.id, item.item_id).value == "no"


def test_merging_a_copy_filled_in_parallel_says_it_was_not_merged(
        qtbot, services, settings, answers, tasks, site, tmp_path):
    """The one file copied to two laptops, both filled: the window says the second copy was
    filled in parallel and was not merged; nothing changes."""
    a = areas(services)
    inspection = plan(a, site[0])
    original = services.field.export_package(tmp_path / "иванов", "Иванов И. И.").path
    first, second = tmp_path / "ноутбук-1.cdpkg", tmp_path / "ноутбук-2.cdpkg"
    first.write_bytes(original.read_bytes())
    second.write_bytes(original.read_bytes())
    item = next(x for x in inspection.answers if x.answer_type == "yes_no")
    fill(first, tmp_path, lambda fa, info: fa.inspections.answer(
        inspection.id, item.item_id, "no", "На месте"))
    fill(second, tmp_path, lambda fa, info: fa.inspections.answer(
        inspection.id, item.item_id, "yes", "Второй ноутбук"))
    services.field.merge_package(first)
    page = make_page(qtbot, services, settings, tasks, FIELD)
    tab = page.field_tab
    before = snapshot(services.store)
    answers.messages.clear()
    answers.open_file = str(second)
    tab.merge_button.click()
    tasks.wait()
    [(_title, text, _details)] = answers.messages
    assert text == str(PackageDiverged())
    assert snapshot(services.store) == before
    assert saved_answer(services, inspection.id, item.item_id).comment == "На месте"
