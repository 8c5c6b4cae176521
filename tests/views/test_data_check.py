"""«Проверка данных» as a user sees it: the dashboard's card counts the contradictions and
opens their list; each row names the rule, what is wrong and the record; a double-click opens
the record's section."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from app.services import clock
from app.services.data_check import Contradiction
from app.views.data_check.dialog import DataCheckDialog
from app.views.data_check.table_model import DataCheckModel
from app.views.main_window import MainWindow
from tests.services.test_data_check import Build


@pytest.fixture
def today():
    clock.set_now(datetime(2026, 12, 7, 12, 0, tzinfo=UTC))
    yield date(2026, 12, 7)
    clock.set_now(None)


def _contradiction(rule: str, record: str, rule_id: str = "r") -> Contradiction:
    return Contradiction(rule_id, rule, rule + ": why", "what", "grants", None, record)


def test_the_model_keeps_the_rules_order_and_sorts_inside(qapp):
    model = DataCheckModel()
    rows = [_contradiction("Б", "2"), _contradiction("А", "3"), _contradiction("В", "1")]
    model.set_rows(rows)
    assert [model.index(r, 0).data() for r in range(3)] == ["Б", "А", "В"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Б: why"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) is rows[0]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 2).data() for r in range(3)] == ["1", "2", "3"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["В", "Б", "А"]


def test_the_list_shows_each_contradiction_and_opens_its_record(qtbot, services, today):
    build = Build(services)
    contract = build.contract("100.00", signed=date(2026, 12, 1))
    build.payment(contract, "150.00", paid=date(2026, 12, 2))
    finding = build.finding(date(2026, 11, 26))
    from app.services.tasks import TaskRunner

    tasks = TaskRunner()
    dialog = DataCheckDialog(services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.reload()
    assert dialog.record_ids() == [contract, finding]
    assert "2" in dialog.summary.text()
    first = dialog.model.contradiction(0)
    assert dialog.model.index(0, 0).data() == first.rule
    assert dialog.model.index(0, 1).data() == first.detail
    assert dialog.model.index(0, 2).data() == first.record
    assert first.explanation in dialog.explanation.text()  # the chosen row's rule, explained
    opened = []
    dialog.open_record.connect(lambda section, record: opened.append((section, record)))
    rect = dialog.table.visualRect(dialog.model.index(1, 1))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # a click only chooses the row
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [("inspections", finding)]
    tasks.wait()


def test_a_clean_database_says_so(qtbot, services, today):
    from app.services.tasks import TaskRunner

    tasks = TaskRunner()
    dialog = DataCheckDialog(services, tasks)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.reload()
    assert dialog.model.rowCount() == 0
    assert dialog.result.ok and dialog.summary.text() and dialog.explanation.text() == ""
    tasks.wait()


def test_the_dashboard_card_counts_them_and_opens_the_list_which_opens_the_section(
        qtbot, services, settings, answers, today):
    build = Build(services)
    build.finding(date(2026, 11, 26))
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_section("dashboard")
    window.wait_until_loaded()
    page = window.page("dashboard")
    assert page.summary.data_contradictions == 1
    assert page.card_texts()["data-check"][0] == "1"
    qtbot.mouseClick(page.data_check_card, Qt.MouseButton.LeftButton)
    dialog = window.data_check
    assert isinstance(dialog, DataCheckDialog) and dialog.isVisible()
    window.wait_until_loaded()
    assert dialog.model.rowCount() == 1
    dialog.open_row(0)
    assert window.current_section() == "inspections"
    assert window.open_data_check() is dialog  # one list, checked again
    window.wait_until_loaded()


def test_the_menu_opens_the_data_check(window):
    window.data_check_action.trigger()
    window.wait_until_loaded()
    assert window.data_check.isVisible()
    assert window.data_check.result is not None
