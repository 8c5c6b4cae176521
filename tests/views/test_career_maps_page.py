"""The career maps section driven as a user drives it: a map made in the editor (fields,
ladder steps with salaries, motivation tools), the salary rule's error under its field, the
council's approval locking the form, the live preview painting the printed page, logos,
printing one map and every approved one, deleting a draft, read-only roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from app.services import Services
from app.services.career_data import (
    CareerMapData,
    EmployerData,
    MapStatus,
    StepData,
    ToolData,
    ToolGroup,
)
from app.services.governance_codes import DecisionSubject
from app.services.permissions import Actor, Role
from app.services.tasks import TaskRunner
from app.views.careers.page import EDITOR, LIST
from tests.council_decisions import council_decision
from tests.helpers import show_active, type_text
from tests.views.pages import open_page


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def make_page(qtbot, services, settings, tasks):
    from app.views.careers.page import CareerMapsPage

    return open_page(qtbot, CareerMapsPage, services, settings, tasks)


def listed(page) -> list[tuple[str, str, str]]:
    model = page.model
    return [(model.row_at(i).code, model.row_at(i).profession, model.row_at(i).status)
            for i in range(model.rowCount())]


def select(page, map_id) -> None:
    row = page.model.row_of(map_id)
    assert row >= 0
    page.table.selectRow(row)


def complete_map(services, code: str = "15.02.16", status: str = "draft") -> CareerMapData:
    """A map with everything the council needs, as a draft or sent."""
    data = services.career_maps.save(CareerMapData(
        code=code, profession="Технология машиностроения", college="БПОУ ВО «ЧМК»",
        industry="Машиностроение", geography="Череповец", contacts="+7 (8202) 55-12-34",
        website="https://example.ru",
        steps=[StepData("Оператор станков с ЧПУ", "Обработка деталей", "Опыт 1 год",
                        45_000, 70_000, 55_000),
               StepData("Техник-технолог", "Разработка процессов", "", 55_000, 85_000, 68_000)],
        employers=[EmployerData("АО «ВОМЗ»")],
        tools=[ToolData(g.value, f"Инструмент {g.value}", "Текст") for g in ToolGroup]))
    if status == "sent":
        data = services.career_maps.send(data.id, data.version)
    return data


def demo_map_ids(services) -> list:
    """The demo cluster's approved maps (seeded here if the demo has none)."""
    rows = services.career_maps.maps(status=MapStatus.APPROVED.value)
    if rows:
        return [r.id for r in rows]
    from app.services.cluster import current_cluster
    from app.services.demo.careers import add_demo_career_maps

    with services.store.sessions.begin() as s:
        return add_demo_career_maps(s, current_cluster(s).id)


def non_white(image: QImage, step: int = 3) -> int:
    white = QColor("#FFFFFF").rgb()
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if image.pixel(x, y) != white)


# --- making a map ---
def test_a_map_made_in_the_editor_is_saved_and_listed(qtbot, services, settings, answers,
                                                      tasks):
    page = make_page(qtbot, services, settings, tasks)
    assert listed(page) == []
    assert page.empty_label.isVisible()
    page.new_map()
    assert page.stack.currentIndex() == EDITOR
    editor = page.editor
    form = editor.form
    assert editor.preview.page is None and editor.preview.hint  # an empty sheet, a hint
    form.kind.setCurrentIndex(form.kind.findData("profession"))
    type_text(form.code, "15.01.05")
    type_text(form.profession, "Сварщик")
    type_text(form.college, "БПОУ ВО «ВПТ»")
    type_text(form.industry, "Машиностроение")
    type_text(form.geography, "Вологда, Череповец")

    steps = form.steps
    for title, low, avg, high in (("Сварщик 3 разряда", "40 000", "48000", "60000"),
                                  ("Сварщик 5 разряда", "55000", "65000", "80000")):
        steps.add_step()
        type_text(steps.titles, title)
        type_text(steps.work, "Сварка конструкций")
        type_text(steps.salary_min, low)
        type_text(steps.salary_avg, avg)
        type_text(steps.salary_max, high)
    assert steps.list.count() == 2
    steps.move_step(-1)  # the second first, then back
    assert steps.list.currentRow() == 0
    steps.move_step(1)

    form.employers.add_employer("ООО «Сварка-Север»", None)
    for group in ToolGroup:
        row = form.tools.add_tool(group.value)
        type_text(row.title, f"Поддержка {group.value}")
        type_text(row.text, "Подробности")
    assert editor.dirty

    assert editor.save()
    assert not form.has_errors()
    saved = services.career_maps.get(editor.data.id)
    assert (saved.code, saved.profession, saved.kind, saved.college) == (
        "15.01.05", "Сварщик", "profession", "БПОУ ВО «ВПТ»")
    assert [(s.titles, s.salary_min, s.salary_avg, s.salary_max) for s in saved.steps] == [
        ("Сварщик 3 разряда", 40_000, 48_000, 60_000),
        ("Сварщик 5 разряда", 55_000, 65_000, 80_000)]
    assert [e.name for e in saved.employers] == ["ООО «Сварка-Север»"]
    assert sorted(t.group for t in saved.tools) == sorted(g.value for g in ToolGroup)
    assert not editor.dirty
    tasks.wait()
    assert editor.preview.page is not None  # refreshed after the save
    assert any("Сварщик" in line for line in editor.preview.page.text.splitlines())

    editor.go_back()
    tasks.wait()
    assert page.stack.currentIndex() == LIST
    assert listed(page) == [("15.01.05", "Сварщик", "draft")]


def test_a_salary_min_above_max_is_refused_under_the_step(qtbot, services, settings, answers,
                                                          tasks):
    page = make_page(qtbot, services, settings, tasks)
    page.new_map()
    form = page.editor.form
    type_text(form.code, "15.02.16")
    type_text(form.profession, "Технология машиностроения")
    type_text(form.college, "БПОУ ВО «ЧМК»")
    steps = form.steps
    steps.add_step()
    type_text(steps.titles, "Оператор")
    steps.add_step()
    type_text(steps.titles, "Мастер")
    type_text(steps.salary_min, "90000")
    type_text(steps.salary_avg, "70000")
    type_text(steps.salary_max, "50000")
    steps.list.setCurrentRow(0)

    assert not page.editor.save()
    assert services.career_maps.maps() == []  # nothing saved
    assert page.editor.data.id is None
    assert steps.list.currentRow() == 1  # the wrong step is shown
    assert steps.errors["salary"].isVisible()
    assert "минимум ≤ средняя ≤ максимум" in steps.errors["salary"].text()
    assert steps.step_errors == {2: {"salary": steps.errors["salary"].text()}}
    assert steps.list.item(1).toolTip()

    form.code.clear()
    type_text(form.code, "15-02-16")
    assert not page.editor.save()
    assert form.errors["code"].isVisible() and "15.02.16" in form.errors["code"].text()


# --- the workflow ---
def test_approving_locks_the_form(qtbot, services, settings, answers, tasks):
    from datetime import date, timedelta

    sent = complete_map(services, status="sent")
    page = make_page(qtbot, services, settings, tasks)
    select(page, sent.id)
    page.open_current()
    editor = page.editor
    assert editor.form.code.isReadOnly()  # sent: locked until returned or approved
    assert "верните её в черновик" in editor.lock_note.text()
    assert editor.return_button.isVisible() and editor.approve_button.isVisible()
    assert not editor.save_button.isVisible()

    decision = council_decision(services, DecisionSubject.CAREER_MAP, "7",
                                date.today() - timedelta(days=1))
    council_decision(services, DecisionSubject.PLAN, "8", date.today())  # not offered
    dialog = editor.approve_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.decision.combo.count() == 2
    dialog.save()  # no decision chosen: refused under the field
    assert dialog.errors["decision_id"].isVisible()
    dialog.decision.choose(decision)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    editor.after_approved(dialog.saved)

    approved = services.career_maps.get(sent.id)
    assert (approved.status, approved.protocol_no) == (MapStatus.APPROVED.value, "7")
    form = editor.form
    assert form.code.isReadOnly() and form.profession.isReadOnly()
    assert form.steps.titles.isReadOnly() and form.steps.salary_min.isReadOnly()
    assert not form.kind.isEnabled()
    assert all(not b.isVisible() for b in form.steps.buttons)
    assert all(row.title.isReadOnly() for row in form.tools.ordered())
    assert all(not b.isVisible() for b in form.tools.add_buttons.values())
    assert not form.employers.add_button.isVisible()
    assert all(not w.import_button.isVisible() for w in form.logo_slots.values())
    assert not editor.save_button.isVisible() and not editor.send_button.isVisible()
    assert "создайте новую редакцию" in editor.lock_note.text()
    assert "7" in editor.state.text()
    assert editor.edition_button.isVisible()

    editor.new_edition()  # a draft copy, edition 2, writable again
    assert editor.data.edition == 2 and editor.data.status == MapStatus.DRAFT
    assert not editor.form.code.isReadOnly()


def test_send_return_and_a_map_that_is_not_complete(qtbot, services, settings, answers,
                                                    tasks):
    draft = complete_map(services)
    bare = services.career_maps.save(CareerMapData(
        code="13.02.13", profession="Электрооборудование", college="БПОУ ВО «СПТ»"))
    page = make_page(qtbot, services, settings, tasks)
    select(page, bare.id)
    page.open_current()
    page.editor.send()
    assert services.career_maps.get(bare.id).status == MapStatus.DRAFT
    assert answers.messages  # what is missing, said
    assert page.editor.form.steps_error.isVisible()  # «at least two steps»

    page.editor.go_back()
    tasks.wait()
    select(page, draft.id)
    page.open_current()
    page.editor.send()
    assert services.career_maps.get(draft.id).status == MapStatus.SENT
    assert page.editor.form.code.isReadOnly()
    page.editor.return_to_draft()
    assert services.career_maps.get(draft.id).status == MapStatus.DRAFT
    assert not page.editor.form.code.isReadOnly()


def test_deleting_a_draft_asks_first(qtbot, services, settings, answers, tasks):
    draft = complete_map(services)
    page = make_page(qtbot, services, settings, tasks)
    select(page, draft.id)
    assert page.delete_action.isEnabled() and not page.edition_action.isEnabled()
    answers.confirm = False
    page.delete_current()
    assert len(services.career_maps.maps()) == 1
    answers.confirm = True
    page.delete_current()
    tasks.wait()
    assert services.career_maps.maps() == [] and listed(page) == []


# --- the preview, logos, printing ---
def test_the_preview_paints_the_demo_map(qtbot, demo, settings, answers, tasks):
    map_id = demo_map_ids(demo)[0]
    page = make_page(qtbot, demo, settings, tasks)
    select(page, map_id)
    page.open_current()
    tasks.wait()
    preview = page.editor.preview
    assert preview.page is not None and preview.page.width > preview.page.height  # A3 across
    image = preview.grab().toImage()
    assert preview.painted > 0
    sheet = preview.page_rect().toRect()
    inside = image.copy(sheet.adjusted(2, 2, -2, -2))
    assert non_white(inside) > 500  # the band, the ladder, the logos, the text
    page.editor.paper.set_paper("A4", False)
    tasks.wait()
    assert preview.page.width < preview.page.height  # portrait
    assert non_white(preview.grab().toImage().copy(preview.page_rect().toRect())) > 500


def test_the_preview_draws_what_the_pdf_draws(qtbot, demo, tmp_path):
    """The preview's page and the PDF come from one layout: the same text, and a rendering
    of the same page that is close to poppler's (when pdftoppm is at hand)."""
    import shutil
    import subprocess

    from app.views.careers.preview import render_page

    map_id = demo_map_ids(demo)[0]
    page = demo.career_map_reports.page(map_id, "A4", False)
    qt = render_page(page, round(page.width * 50 / 72))
    assert non_white(qt) > 1000
    if shutil.which("pdftoppm") is None:
        return
    pdf = demo.career_map_reports.write_pdf(map_id, tmp_path / "map.pdf", "A4", False)
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "map")], check=True)
    paper = QImage(str(tmp_path / "map.png")).scaled(qt.size())
    differ = sum(1 for x in range(0, qt.width(), 2) for y in range(0, qt.height(), 2)
                 if abs(QColor(qt.pixel(x, y)).lightness()
                        - QColor(paper.pixel(x, y)).lightness()) > 64)
    assert differ / ((qt.width() // 2) * (qt.height() // 2)) < 0.06


def test_logos_are_imported_shown_and_removed(qtbot, services, settings, answers, tasks,
                                              tmp_path):
    draft = complete_map(services)
    picture = QImage(120, 60, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1F5C99"))
    logo = tmp_path / "logo.png"
    picture.save(str(logo))
    page = make_page(qtbot, services, settings, tasks)
    select(page, draft.id)
    page.open_current()
    editor = page.editor
    slot = editor.form.logo_slots["federal"]
    assert not slot.has_logo

    answers.open_file = str(logo)
    slot.import_button.click()
    assert slot.has_logo and slot.file_name.text() == "logo.png"
    assert slot.picture.pixmap().toImage().pixelColor(QPoint(60, 27)) == QColor("#1F5C99")
    editor.form.employers.table.setCurrentCell(0, 1)
    editor.form.employers.import_button.click()
    data = services.career_maps.get(draft.id)
    assert "federal" in data.logos and data.employers[0].logo is not None
    assert not editor.form.employers.table.item(0, 0).icon().isNull()
    tasks.wait()
    assert any(getattr(item, "png", None) for item in editor.preview.page.items)

    answers.open_file = str(tmp_path / "notes.txt")
    (tmp_path / "notes.txt").write_text("не картинка", encoding="utf-8")
    editor.form.logo_slots["college"].import_button.click()
    assert answers.messages and "PNG" in answers.messages[-1][1]

    slot.remove_button.click()
    assert not slot.has_logo
    assert "federal" not in services.career_maps.get(draft.id).logos


def test_print_one_map_and_all_approved(qtbot, demo, settings, answers, tasks, tmp_path):
    ids = demo_map_ids(demo)
    page = make_page(qtbot, demo, settings, tasks)
    select(page, ids[0])
    answers.save_file = str(tmp_path / "карта")
    page.print_current()
    tasks.wait()
    assert (tmp_path / "карта.pdf").read_bytes().startswith(b"%PDF")

    answers.folder = str(tmp_path / "печать")
    page.paper.set_paper("A4", False)  # (the demo's maps need A3 in landscape: 6 pt rule)
    page.print_approved()
    tasks.wait()
    written = sorted((tmp_path / "печать").glob("*.pdf"))
    assert len(written) == len(ids) + 1  # one a map and the combined file
    assert any("A4" in p.name for p in written)
    assert not answers.messages

    answers.folder = ""  # cancelled: nothing more
    page.print_approved()
    tasks.wait()
    assert len(list((tmp_path / "печать").glob("*.pdf"))) == len(ids) + 1


def test_superseded_editions_are_hidden_unless_asked_for(qtbot, services, settings, answers,
                                                         tasks):
    from datetime import date

    first = complete_map(services, status="sent")
    first = services.career_maps.approve(first.id, first.version, council_decision(
        services, DecisionSubject.CAREER_MAP, "1", date.today()))
    second = services.career_maps.new_edition(first.id)
    second = services.career_maps.send(second.id, second.version)
    services.career_maps.approve(second.id, second.version, council_decision(
        services, DecisionSubject.CAREER_MAP, "2", date.today()))
    page = make_page(qtbot, services, settings, tasks)
    assert [r[2] for r in listed(page)] == ["approved"]
    page.show_superseded.setChecked(True)
    tasks.wait()
    assert sorted(r[2] for r in listed(page)) == ["approved", "superseded"]


# --- roles and the window ---
def test_the_council_sees_the_maps_without_write_buttons(qtbot, services, settings, answers,
                                                         tasks):
    draft = complete_map(services)
    council = Services(services.store, Actor("sidorova", Role.COUNCIL))
    page = make_page(qtbot, council, settings, tasks)
    assert len(listed(page)) == 1
    assert not page.new_action.isVisible() and not page.delete_action.isVisible()
    assert not page.edition_action.isVisible()
    assert page.print_action.isVisible() and page.print_all_action.isVisible()
    select(page, draft.id)
    page.open_current()
    editor = page.editor
    for button in (editor.save_button, editor.send_button, editor.return_button,
                   editor.approve_button, editor.edition_button):
        assert not button.isVisible()
    assert editor.print_button.isVisible()
    assert editor.form.code.isReadOnly()
    assert "role" in editor.lock_note.text() or "рол" in editor.lock_note.text()
    assert not editor.form.employers.add_button.isVisible()


def test_the_window_opens_the_career_maps_section(window):
    from app.views.careers.page import CareerMapsPage

    page = window.show_section("career-maps")
    assert isinstance(page, CareerMapsPage)
    window.wait_until_loaded()


# --- the shared toolbar, the empty state, printing ---
def test_no_maps_shows_one_sentence_and_a_button_that_starts_one(qtbot, services, settings,
                                                                   answers, tasks):
    page = make_page(qtbot, services, settings, tasks)
    assert page.empty_state.showing_empty()
    assert page.empty_state.label.text() == page.tr("There are no career maps yet.")
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == EDITOR and page.editor.data.id is None
    assert page.toolbar.isHidden()  # the editor has its own buttons
    # a read-only role sees the sentence without the button
    council = Services(services.store, Actor("sidorova", Role.COUNCIL))
    read_only = make_page(qtbot, council, settings, tasks)
    assert read_only.empty_state.showing_empty() and read_only.empty_state.button is None


def test_ctrl_n_starts_a_map_and_the_menus_hold_the_rarer_actions(qtbot, services, settings,
                                                                  answers, tasks):
    complete_map(services)
    page = make_page(qtbot, services, settings, tasks)
    assert not page.empty_state.showing_empty()
    assert page.edition_action in page.new_action.menu().actions()
    assert page.print_all_action in page.export_action.menu().actions()
    assert page.export_action.text() == page.tr("Print PDF…")
    show_active(qtbot, page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentIndex() == EDITOR
    page.editor.go_back()
    tasks.wait()
    assert page.stack.currentIndex() == LIST
    type_text(page.search, "нет такой карты")
    assert page.model.rowCount() == 0 and not page.empty_state.showing_empty()


def test_print_the_chosen_map_on_a_printer(qtbot, demo, settings, answers, tasks, printer):
    from pypdf import PdfReader

    ids = demo_map_ids(demo)
    page = make_page(qtbot, demo, settings, tasks)
    select(page, ids[0])
    page.paper.set_paper("A4", False)
    show_active(qtbot, page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert answers.messages == []
    assert printer.pages() >= 1
    box = PdfReader(str(printer.printed)).pages[0].mediabox
    assert box.width < box.height  # A4 portrait, as chosen
    assert page.model.row_at(page.table.currentIndex().row()).code in " ".join(
        printer.sent_text)
    # the editor prints the same map
    printer.printed.unlink()
    page.open_current()
    assert page.editor.paper_print_button.isVisible()
    assert page.editor.print_on_paper() >= 1
    assert printer.pages() >= 1
