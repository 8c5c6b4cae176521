"""«Запросы данных» as a user works it: a new request in its dialog, the files written to a
chosen folder, the status board (sent, then overdue with its reminders), the files taken
back from the folder with a preview, accepted, and the board saying so."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.services import clock
from tests.services.request_files import fill_events, five_with_events, set_today


@pytest.fixture
def page(window):
    set_today(date(2026, 12, 7))
    page = window.show_section("requests")
    window.wait_until_loaded()
    yield page
    clock.set_now(None)


def _board(page) -> list:
    return [page.board_model.row(i) for i in range(page.board_model.rowCount())]


def test_the_status_board_from_request_to_accepted(qtbot, window, page, demo, tmp_path):
    from app.views.requests.create_dialog import CreateRequestDialog

    two = {c.inn for c in five_with_events(demo)[:2]}
    dialog = CreateRequestDialog(demo, page)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("events"))
    dialog.date_from.set_value(date(2026, 1, 1))
    dialog.date_to.set_value(date(2026, 12, 31))
    dialog.due_on.set_value(date(2026, 12, 10))
    everyone = dialog.candidates.rowCount()
    assert everyone > 2 and len(dialog.chosen()) == everyone  # all ticked at first
    dialog._tick_all(False)
    for inn in sorted(two):  # found by the search, ticked with «Tick all»
        dialog.search.setText(inn)
        assert dialog.candidates.rowCount() == 1 and inn in dialog.candidates.index(0).data()
        dialog._tick_all(True)
    dialog.search.clear()
    assert dialog.candidates.rowCount() == everyone
    checked = [dialog.candidates.index(row).data(Qt.ItemDataRole.CheckStateRole)
               for row in range(everyone)]
    assert checked.count(Qt.CheckState.Checked) == 2
    dialog.save()
    assert dialog.saved is not None and dialog.saved.recipients == 2

    page.reload()
    window.wait_until_loaded()
    assert page.requests_model.rowCount() == 1
    assert {b.inn for b in _board(page)} == two
    assert {b.status for b in _board(page)} == {"draft"}

    folder = tmp_path / "для участников"
    page.write_files(str(folder))
    window.wait_until_loaded()
    qtbot.waitUntil(lambda: {b.status for b in _board(page)} == {"sent"}, timeout=20_000)
    files = sorted(folder.rglob("*.xlsx"))
    assert len(files) == 2

    # past the due day: both overdue, both in the reminders
    set_today(date(2026, 12, 14))
    page.reload()
    window.wait_until_loaded()
    overdue = page.board_table.model().index(0, 6).data()
    assert overdue and "4" in overdue
    reminders = page.reminders.toPlainText().splitlines()
    assert len(reminders) == 2 and all(any(inn in line for inn in two) for line in reminders)

    for f in files:
        fill_events(f)
    page.take_back(str(folder))
    window.wait_until_loaded()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(),
                    timeout=20_000)
    lines = page.preview.lines()
    assert all(any(f.name in line for line in lines) for f in files)
    assert page.preview.accept_button.isEnabled()
    assert {b.status for b in _board(page)} == {"sent"}  # the preview changed nothing
    qtbot.mouseClick(page.preview.accept_button, Qt.MouseButton.LeftButton)
    window.wait_until_loaded()
    qtbot.waitUntil(lambda: {b.status for b in _board(page)} == {"accepted"}, timeout=20_000)
    window.wait_until_loaded()
    assert page.reminders.toPlainText() == ""
    assert page.requests_model.index(0, 5).data().startswith("2")


def test_the_event_dialog_says_where_its_results_came_from(qtbot, demo, tmp_path):
    from openpyxl import load_workbook

    from app.views.events.event_dialog import EventDialog

    set_today(date(2026, 12, 7))
    try:
        one = five_with_events(demo)[0]
        request = demo.requests.create("events", date(2026, 1, 1), date(2026, 12, 31),
                                       date(2026, 12, 20), [one.inn])
        [path] = demo.requests.write_files(request.id, tmp_path)
        fill_events(path, parents=300)
        assert demo.requests.take(path)[0].status == "accepted"
        manifest = {r[0]: r[1] for r in load_workbook(path)["manifest"].iter_rows(
            values_only=True)}
        event_id = manifest["key2"]
        data = demo.events.event(uuid.UUID(event_id))
        dialog = EventDialog(demo, data, demo.events.plans(), None, True)
        qtbot.addWidget(dialog)
        text = dialog.provenance.text()
        assert not dialog.provenance.isHidden()
        assert one.name in text and path.name in text and "07.12.2026" in text
        # an event no file touched shows no such line
        other = next(e for e in demo.events.events() if str(e.id) != event_id
                     and demo.requests.provenance("event", e.id) is None)
        plain = EventDialog(demo, demo.events.event(other.id), demo.events.plans(), None, True)
        qtbot.addWidget(plain)
        assert plain.provenance.isHidden()
    finally:
        clock.set_now(None)


def test_a_new_request_reads_the_members_off_the_gui_thread(qtbot, page, demo, monkeypatch):
    import threading

    from app.views.requests.create_dialog import CreateRequestDialog

    on_gui_thread, offered = [], []
    real_candidates = demo.requests.candidates
    monkeypatch.setattr(page.services.requests, "candidates", lambda on=None: (
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        or real_candidates(on)))

    def shown(dialog):  # the dialog as the user would see it, closed at once
        offered.append(dialog.candidates.rowCount())
        return False

    monkeypatch.setattr(CreateRequestDialog, "exec", shown)
    page.create_request()
    assert on_gui_thread == [False]
    assert offered == [len(real_candidates())] and offered[0] > 0
    dialog = CreateRequestDialog(demo)
    qtbot.addWidget(dialog)
    dialog_model = dialog.candidates  # a click on a tick unticks it
    first = dialog_model.index(0)
    dialog_model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(dialog_model.chosen()) == dialog_model.rowCount() - 1
