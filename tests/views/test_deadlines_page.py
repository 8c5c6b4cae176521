"""«Сроки» as a user sees it: every open deadline in one list, filtered by urgency, kind and
who is responsible; a double-click opens the record's section; the notice on start comes
once a day; the calendar files are written off the GUI thread and read back."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar
import pytest

from app.services import clock
from app.services.deadlines import DeadlineKind
from app.settings import DEADLINES_NOTICE_DAY, DEADLINES_SUBSCRIPTION


@pytest.fixture
def today():
    clock.set_now(datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    yield date(2026, 12, 7)
    clock.set_now(None)


def test_the_list_filters_and_opens_a_record(qtbot, window, today):
    page = window.show_section("deadlines")
    window.wait_until_loaded()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    everything = window.services.deadlines.deadlines()
    assert [d.uid for d in page.shown()] == [d.uid for d in everything]
    assert "просрочено — 2" in page.summary.text()
    assert page.model.index(0, 1).data().startswith("просрочено на ")

    page.urgency.setCurrentIndex(page.urgency.findData("overdue"))
    assert page.shown() and all(d.due_on < today for d in page.shown())
    page.urgency.setCurrentIndex(0)
    page.kind.setCurrentIndex(page.kind.findData(DeadlineKind.EVENT.value))
    assert page.shown() and {d.kind for d in page.shown()} == {"event"}
    page.kind.setCurrentIndex(0)
    page.search.setText("ремонтные")
    assert [d.kind for d in page.shown()] == ["roadmap"]
    page.search.clear()
    who = page.responsible.itemData(1)
    page.responsible.setCurrentIndex(1)
    assert page.shown() and {d.responsible for d in page.shown()} == {who}
    page.responsible.setCurrentIndex(0)

    row = next(r for r, d in enumerate(page.shown()) if d.kind == "finding")
    page.open_row(row)
    assert window.current_section() == "inspections"

    # a roadmap stage opens with the stage chosen
    window.show_section("deadlines")
    row, stage = next((r, d) for r, d in enumerate(page.shown()) if d.kind == "roadmap")
    page.open_row(row)
    roadmap = window.page("roadmap")
    qtbot.waitUntil(lambda: roadmap.selected_id() == stage.record_id)
    assert window.current_section() == "roadmap"


def test_calendar_files_are_written_in_the_background(qtbot, window, today, answers,
                                                      tmp_path):
    page = window.show_section("deadlines")
    window.wait_until_loaded()
    answers.save_file = str(tmp_path / "сроки")
    page.choose_ics()
    window.tasks.wait()
    written = tmp_path / "сроки.ics"
    assert len(icalendar.Calendar.from_ical(written.read_bytes()).walk("VEVENT")) == len(
        window.services.deadlines.deadlines())

    answers.save_file = str(tmp_path / "подписка.ics")
    page.choose_subscription()
    window.tasks.wait()
    assert window.settings.get(DEADLINES_SUBSCRIPTION) == answers.save_file
    assert (tmp_path / "подписка.ics").exists()
    assert str(tmp_path / "подписка.ics") in page.subscription.text()


def test_the_notice_on_start_comes_once_a_day(qtbot, demo, settings, answers, today):
    from app.views.main_window import MainWindow

    first = MainWindow(demo, settings)
    qtbot.addWidget(first)
    first.show()
    first.tasks.wait()
    qtbot.waitUntil(first.notice.isVisible)
    assert first.notice.text.text() == ("Просрочено сроков: 2; наступают в ближайшие 3 дн.: 1.")
    assert settings.get(DEADLINES_NOTICE_DAY) == "2026-12-07"
    first.notice.show_button.click()
    assert first.current_section() == "deadlines" and not first.notice.isVisible()

    second = MainWindow(demo, settings)  # the same day: said already
    qtbot.addWidget(second)
    second.show()
    second.tasks.wait()
    assert not second.notice.isVisible()


def test_the_settings_page_edits_the_due_day(qtbot, demo, answers):
    from app.views.settings_page import MonitoringDueDay

    box = MonitoringDueDay(demo)
    qtbot.addWidget(box)
    assert box.day.value() == 5 and box.day.maximum() == 28
    box.day.setValue(10)
    box.save_button.click()
    assert demo.cluster.monitoring_due_day() == 10
    assert "10" in answers.messages[-1][1]
