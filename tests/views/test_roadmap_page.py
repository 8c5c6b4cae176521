"""The roadmap section driven as a user drives it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.services.roadmap import STANDARD_STAGES, RoadmapData
from app.services.tasks import TaskRunner
from app.views.roadmap.table_model import OVERDUE_TEXT
from app.views.widgets.colours import Level, badge
from tests.helpers import read_sheet, type_text
from tests.views.pages import open_page


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def make_page(qtbot, services, settings, tasks):
    from app.views.roadmap.page import RoadmapPage

    return open_page(qtbot, RoadmapPage, services, settings, tasks)


@pytest.fixture
def page(qtbot, services, settings, answers, tasks):
    """A new database: only the seven standard stages."""
    return make_page(qtbot, services, settings, tasks)


def titles(page) -> list[str]:
    return [page.model.row_at(i).title for i in range(page.model.rowCount())]


def select(page, title: str) -> None:
    page.table.selectRow(titles(page).index(title))


def test_a_new_database_shows_the_seven_standard_stages_in_order(page):
    assert titles(page) == STANDARD_STAGES
    numbers = [page.model.index(i, 0).data() for i in range(7)]
    assert numbers == [f"★ {n}" for n in range(1, 8)]
    assert page.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert page.model.overdue_count == 0


def test_add_an_item_through_the_dialog(qtbot, page, services):
    dialog = page.open_dialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.title, "Стажировка мастеров на заводе")
    dialog.deadline.set_value(date(2030, 3, 1))
    type_text(dialog.person, "Смирнова О. Н.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    page.after_save(dialog.saved)
    page.tasks.wait()
    assert titles(page)[-1] == "Стажировка мастеров на заводе"
    row = page.model.rowCount() - 1
    assert page.model.index(row, 0).data() == "8"  # not a standard stage: no star
    assert page.model.index(row, 2).data() == "01.03.2030"
    assert page.table.currentIndex().row() == row


def test_an_overdue_item_is_highlighted_and_counted(qtbot, page, services):
    services.roadmap.save(RoadmapData("Закупка расходных материалов",
                                      deadline=date.today() - timedelta(days=3)))
    services.roadmap.save(RoadmapData("Отчёт выполнен вовремя", status="done",
                                      deadline=date.today() - timedelta(days=3),
                                      done_on=date.today() - timedelta(days=5)))
    page.reload()
    page.tasks.wait()
    late = titles(page).index("Закупка расходных материалов")
    done = titles(page).index("Отчёт выполнен вовремя")
    assert page.model.overdue_count == 1
    assert page.model.is_overdue(late) and not page.model.is_overdue(done)
    # a red dot by the status; no pink rows, no green text for what is done (issue 21)
    status = page.model.COLUMNS.index("status")
    for row in (late, done):
        for column in range(page.model.columnCount()):
            index = page.model.index(row, column)
            assert index.data(Qt.ItemDataRole.BackgroundRole) is None
            assert index.data(Qt.ItemDataRole.ForegroundRole) is None
    dot = page.model.index(late, status).data(Qt.ItemDataRole.DecorationRole)
    assert dot.cacheKey() == badge(Level.CRITICAL).cacheKey()
    assert page.model.index(done, status).data(Qt.ItemDataRole.DecorationRole) is None
    assert "1" in page.overdue_label.text()
    assert OVERDUE_TEXT in page.overdue_label.styleSheet()


def test_done_needs_its_date_under_the_field(qtbot, page, services):
    dialog = page.open_dialog(services.roadmap.items()[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title.isReadOnly()  # the standard wording stays
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    assert dialog.done_on.value() == date.today()  # offered at once
    dialog.done_on.clear_value()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["done_on"].isVisible()
    assert dialog.errors["done_on"].text() == QCoreApplication.translate(
        "Roadmap", "Give the date the item was done.")
    assert services.roadmap.items()[0].status == "planned"


def test_a_standard_stage_cannot_be_deleted(page, services, answers):
    select(page, STANDARD_STAGES[0])
    page.delete()
    title, text, _details = answers.messages[-1]
    assert text == QCoreApplication.translate(
        "Roadmap", "A standard stage cannot be deleted; mark it cancelled.")
    page.tasks.wait()
    assert len(services.roadmap.items()) == 7


def test_delete_an_own_item_asks_first(page, services, answers):
    services.roadmap.save(RoadmapData("Лишний пункт"))
    page.reload()
    page.tasks.wait()
    select(page, "Лишний пункт")
    answers.confirm = False
    page.delete()
    page.tasks.wait()
    assert "Лишний пункт" in titles(page)
    answers.confirm = True
    page.delete()
    page.tasks.wait()
    assert "Лишний пункт" not in titles(page)
    assert not answers.messages


def test_attach_a_file_and_save_it_back(page, services, answers, tmp_path):
    evidence = tmp_path / "протокол № 3.pdf"
    content = bytes(range(256)) * 40 + "Протокол заседания".encode()
    evidence.write_bytes(content)
    select(page, STANDARD_STAGES[1])
    answers.open_file = str(evidence)
    page.attach()
    page.tasks.wait()
    row = titles(page).index(STANDARD_STAGES[1])
    assert page.model.index(row, 8).data() == "протокол № 3.pdf"
    assert page.table.currentIndex().row() == row  # still selected after the reload

    answers.save_file = str(tmp_path / "copy.pdf")
    page.save_attachment()
    assert (tmp_path / "copy.pdf").read_bytes() == content
    assert not answers.messages


def test_saving_without_an_attached_file_says_so(page, answers, tmp_path):
    select(page, STANDARD_STAGES[2])
    answers.save_file = str(tmp_path / "nothing.pdf")
    page.save_attachment()
    assert answers.messages
    assert not (tmp_path / "nothing.pdf").exists()


def test_sort_by_deadline_inside_the_model(page, services):
    services.roadmap.save(RoadmapData("Позже всех", deadline=date(2031, 1, 1)))
    services.roadmap.save(RoadmapData("Раньше всех", deadline=date(2020, 1, 1)))
    page.reload()
    page.tasks.wait()
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert titles(page)[0] == "Раньше всех"
    assert titles(page)[1] == "Позже всех"  # undated items go last
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert titles(page)[:7] == STANDARD_STAGES


def test_export_the_control_list(page, answers, tmp_path):
    answers.save_file = str(tmp_path / "control.xlsx")
    page.export_file()
    rows = read_sheet(tmp_path / "control.xlsx")
    assert any(STANDARD_STAGES[0] in row for row in rows)
    answers.save_file = str(tmp_path / "control.pdf")
    page.export_file()
    assert (tmp_path / "control.pdf").read_bytes().startswith(b"%PDF")
    assert not answers.messages


def test_screenshot_of_the_demo_roadmap(qtbot, demo, settings, answers, tasks, tmp_path):
    page = make_page(qtbot, demo, settings, tasks)
    assert page.model.rowCount() >= 7
    assert any(page.model.row_at(i).status == "done" for i in range(page.model.rowCount()))
    assert page.table.columnWidth(1) >= 300
    page.grab().save(str(tmp_path / "roadmap.png"))


def test_a_change_while_loading_is_not_lost(page, services):
    services.roadmap.save(RoadmapData("Первый новый пункт"))
    page.reload()
    services.roadmap.save(RoadmapData("Второй новый пункт"))
    page.reload()  # the first load may still be running: this one must not be dropped
    page.tasks.wait()
    assert titles(page)[-2:] == ["Первый новый пункт", "Второй новый пункт"]


# --- the shared toolbar, the empty state, the keys, printing ---
class DialogSpy:
    """Stands in for the item dialog: records that it was opened, saves nothing."""

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
    page.table.setFocus()


def test_an_empty_roadmap_shows_the_empty_state_whose_button_adds(qtbot, services, settings,
                                                                  answers, tasks, monkeypatch):
    from app.views.roadmap.page import RoadmapPage

    monkeypatch.setattr(services.roadmap, "items", lambda: [])
    page = RoadmapPage(services, settings, tasks)
    qtbot.addWidget(page)
    page.show()
    assert not page.empty_state.showing_empty()  # nothing read yet: not «no items»
    page.reload()
    tasks.wait()
    assert page.empty_state.showing_empty()
    assert page.empty_state.label.text() == QCoreApplication.translate(
        "RoadmapPage", "The roadmap has no items yet.")
    spy = DialogSpy()
    monkeypatch.setattr(page, "open_dialog", spy)
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)
    assert spy.opened == [None]


def test_the_seven_stages_are_not_an_empty_roadmap(page):
    assert not page.empty_state.showing_empty()


def test_keys_of_the_shared_toolbar(qtbot, page, services, answers, monkeypatch, tmp_path):
    activate(qtbot, page)
    spy = DialogSpy()
    monkeypatch.setattr(page, "open_dialog", spy)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert spy.opened == [None]

    services.roadmap.save(RoadmapData("Лишний пункт"))
    page.reload()
    page.tasks.wait()
    select(page, "Лишний пункт")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    page.tasks.wait()
    assert "Лишний пункт" not in titles(page)

    answers.save_file = str(tmp_path / "control.xlsx")
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert any(STANDARD_STAGES[0] in row for row in read_sheet(tmp_path / "control.xlsx"))
    assert not answers.messages


def test_saving_the_attached_file_is_in_the_attach_menu(page):
    assert page.save_file_action in page.attach_action.menu().actions()


def test_print_the_control_list(qtbot, page, answers, monkeypatch, tmp_path, printer):
    from pypdf import PdfReader


    printed, sent_text = printer.printed, printer.sent_text
    activate(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not answers.messages
    assert len(PdfReader(str(printed)).pages) >= 1
    text = " ".join(" ".join(sent_text).split())
    assert " ".join(STANDARD_STAGES[6].split()[:3]) in text
