"""The participants section driven as a user drives it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.helpers import DialogSpy, read_sheet, show_active, type_text, write_sheet


def type_into(qtbot, dialog, field: str, text: str) -> None:
    edit = dialog.fields[field]
    edit.clear()
    type_text(edit, text)
    edit.editingFinished.emit()


def test_add_organization_through_the_form(qtbot, window, demo):
    page = window.page("participants")
    before = demo.participants.count()
    dialog = page.open_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "full_name", "ООО «Новый работодатель»")
    type_into(qtbot, dialog, "short_name", "ООО «НР»")
    type_into(qtbot, dialog, "inn", "7736207543")
    type_into(qtbot, dialog, "ogrn", "1027700229193")
    type_into(qtbot, dialog, "email", "hr@new.example.ru")
    dialog.tabs.setCurrentIndex(2)
    from PySide6.QtWidgets import QPushButton

    new_membership = [b for b in dialog.findChildren(QPushButton) if b.text() == "Новый период участия"]
    assert new_membership, [b.text() for b in dialog.findChildren(QPushButton)]
    qtbot.mouseClick(new_membership[0], Qt.MouseButton.LeftButton)
    dialog.m_role.setCurrentIndex(dialog.m_role.findData("employer"))
    type_text(dialog.m_agreement_no, "55/2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    page.after_save(dialog.saved)
    window.wait_until_loaded()
    assert demo.participants.count() == before + 1
    row = next(r for r in demo.participants.list_organizations() if r.inn == "7736207543")
    assert (row.short_name, row.role, row.agreement_no) == ("ООО «НР»", "employer", "55/2026")
    selected = page.model.row_at(page.table.currentIndex().row())
    assert selected.inn == "7736207543"


def test_bad_inn_is_explained_under_the_field_and_blocks_saving(qtbot, window, demo):
    page = window.page("participants")
    before = demo.participants.count()
    dialog = page.open_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog, "full_name", "ООО «Опечатка»")
    type_into(qtbot, dialog, "inn", "7707083894")
    assert dialog.errors["inn"].isVisible()
    assert "10-я цифра должна быть 3" in dialog.errors["inn"].text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert demo.participants.count() == before


def test_service_errors_land_under_their_fields(qtbot, window):
    dialog = window.page("participants").open_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # empty name
    assert dialog.errors["full_name"].isVisible()
    assert "обязательно" in dialog.errors["full_name"].text()


def test_search_as_you_type_and_role_filter(qtbot, window):
    page = window.page("participants")
    total = page.model.rowCount()
    type_text(page.search, "сош")
    assert 0 < page.model.rowCount() < total
    assert all("СОШ" in page.model.row_at(i).short_name for i in range(page.model.rowCount()))
    page.search.clear()
    page.role_filter.setCurrentIndex(page.role_filter.findData("college"))
    colleges = page.model.rowCount()
    assert colleges >= 6
    assert {page.model.row_at(i).role for i in range(colleges)} == {"college"}
    assert "из" in page.count_label.text()


def test_sort_by_any_column(window):
    page = window.page("participants")
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # INN
    inns = [page.model.row_at(i).inn for i in range(page.model.rowCount())]
    assert inns == sorted(inns, reverse=True)
    page.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # joined
    dates = [page.model.row_at(i).joined_on for i in range(page.model.rowCount())]
    known = [d for d in dates if d is not None]
    assert known == sorted(known) and dates[len(known):] == [None] * (len(dates) - len(known))


def test_delete_asks_first_and_can_be_undone(qtbot, window, demo, answers):
    page = window.page("participants")
    before = demo.participants.count()
    page.table.selectRow(0)
    victim = page.model.row_at(0)

    answers.confirm = False
    page.delete()
    assert demo.participants.count() == before

    answers.confirm = True
    page.delete()
    window.wait_until_loaded()
    assert demo.participants.count() == before - 1
    assert page.undo_bar.isVisible()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    window.wait_until_loaded()
    assert demo.participants.count() == before
    assert demo.participants.get(victim.id).full_name == victim.full_name


def test_import_and_export_from_the_toolbar(qtbot, window, demo, answers, tmp_path):
    page = window.page("participants")
    answers.open_file = str(write_sheet(tmp_path / "in.xlsx", [
        ["Наименование", "ИНН", "Роль"],
        ["ООО «Из файла»", "7736207543", "Работодатель"],
    ]))
    page.import_file()
    window.wait_until_loaded()
    qtbot.waitUntil(lambda: any("ООО «Из файла»" == page.model.row_at(i).full_name
                                for i in range(page.model.rowCount())), timeout=5000)
    answers.save_file = str(tmp_path / "out.xlsx")
    page.export_file()
    assert len(read_sheet(tmp_path / "out.xlsx")) == demo.participants.member_count() + 1


def test_import_errors_are_shown_and_nothing_changes(window, demo, answers, tmp_path):
    page = window.page("participants")
    before = demo.participants.count()
    answers.open_file = str(write_sheet(tmp_path / "bad.xlsx", [
        ["Наименование", "ИНН"], ["ООО «Плохое»", "123"]]))
    page.import_file()
    window.wait_until_loaded()
    title, text, details = answers.messages[-1]
    assert "Строка 2" in details
    assert demo.participants.count() == before


def test_edit_conflict_is_refused_with_a_message(qtbot, window, demo, answers):
    from dataclasses import replace

    page = window.page("participants")
    org_id = page.model.row_at(0).id
    dialog = page.open_dialog(demo.participants.get(org_id))
    qtbot.addWidget(dialog)
    # someone else saves first
    current = demo.participants.get(org_id)
    demo.participants.update(replace(current, phone="+7 (8172) 00-00-00"))
    type_into(qtbot, dialog, "phone", "+7 (8172) 11-11-11")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "другой пользователь" in answers.messages[-1][1]
    assert demo.participants.get(org_id).phone == "+7 (8172) 00-00-00"


def test_dialog_screenshot_has_room_for_russian_text(qtbot, window, demo, tmp_path):
    dialog = window.page("participants").open_dialog(
        demo.participants.get(window.page("participants").model.row_at(0).id))
    qtbot.addWidget(dialog)
    dialog.show()
    for label_name in ("full_name", "inn"):
        edit = dialog.fields[label_name]
        assert edit.width() > 300
    assert dialog.findChild(QDialogButtonBox) is not None
    dialog.grab().save(str(tmp_path / "dialog.png"))


# --- the shared toolbar, the empty state, printing ---
def test_an_empty_database_shows_the_empty_state_and_its_button_adds(qtbot, services, settings,
                                                                     answers, monkeypatch):
    from app.services.tasks import TaskRunner
    from app.views.participants.page import ParticipantsPage

    tasks = TaskRunner()
    page = ParticipantsPage(services, settings, tasks)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert not page.empty_state.showing_empty()  # nothing read yet: not «no participants»
    page.reload()
    tasks.wait()
    assert page.model.total == 0
    assert page.empty_state.showing_empty()
    assert page.empty_state.label.text() == QCoreApplication.translate(
        "ParticipantsPage", "There are no participants yet.")
    assert page.empty_state.button.isVisible()
    spy = DialogSpy()
    monkeypatch.setattr(page, "open_dialog", spy)
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    assert spy.made == [(None,)]


def test_a_search_that_hides_every_row_keeps_the_table(window):
    page = window.page("participants")
    assert not page.empty_state.showing_empty()
    type_text(page.search, "такого участника нет нигде")
    assert page.model.rowCount() == 0
    assert not page.empty_state.showing_empty()


def test_ctrl_n_adds_and_ctrl_f_goes_to_the_search_box(qtbot, window, monkeypatch):
    page = window.show_section("participants")
    show_active(qtbot, window)
    spy = DialogSpy()
    monkeypatch.setattr(page, "open_dialog", spy)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert spy.made == [(None,)]
    assert not page.search.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus, timeout=3000)


def test_print_the_participants_list(qtbot, window, demo, answers, monkeypatch, tmp_path, printer):
    from pypdf import PdfReader


    printed, sent_text = printer.printed, printer.sent_text
    page = window.show_section("participants")
    show_active(qtbot, window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    assert not answers.messages
    assert printed.exists()
    assert len(PdfReader(str(printed)).pages) >= 1
    name = demo.participants.members()[0].short_name
    assert name and name in " ".join(sent_text).replace("\n", " ")


def test_participants_and_counterparties_are_two_lists(qtbot, window, demo, answers, tmp_path):
    """Members today are the participants; suppliers and former members are the
    «Контрагенты» tab, with the same toolbar and search; the count and the export follow."""
    page = window.page("participants")
    members = demo.participants.member_count()
    assert page.model.rowCount() == members
    assert all(page.model.row_at(i).role for i in range(members))
    assert page.count_label.text().endswith(f" {members}")
    assert page.list_tabs.count() == 2  # «Участники» and «Контрагенты» (/tmp/tr/members.tsv)
    page.list_tabs.setCurrentIndex(1)
    others = demo.participants.counterparties()
    assert others and page.model.rowCount() == len(others)
    assert page.role_filter.isHidden()
    assert not any(page.model.row_at(i).role for i in range(page.model.rowCount()))
    type_text(page.search, others[0].inn)
    assert page.model.rowCount() == 1
    page.search.clear()
    answers.save_file = str(tmp_path / "others.xlsx")
    page.export_file()
    assert len(read_sheet(tmp_path / "others.xlsx")) == len(others) + 1
    page.list_tabs.setCurrentIndex(0)
    assert page.model.rowCount() == members
