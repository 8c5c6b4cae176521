"""Missing in the window (issue 21, item 10): a wheel over an unfocused choice leaves it alone;
a new item's quantity is typed, not appended to; photos are chosen many at a time."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.views.widgets import no_wheel
from tests.services.test_inspections_support import areas, photo_file, plan
from tests.views.test_inspections_page import make_page, open_form
from tests.views.test_inspections_page import site as site  # noqa: F401 - a fixture
from tests.views.test_inspections_page import tasks as tasks  # noqa: F401 - a fixture


def _wheel(widget, down: bool = True) -> QWheelEvent:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    delta = QPoint(0, -120 if down else 120)
    event = QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0), delta,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event


def _form(qtbot):
    area = QScrollArea()
    qtbot.addWidget(area)
    page = QWidget()
    layout = QVBoxLayout(page)
    edit = QLineEdit()
    combo = QComboBox()
    combo.addItems(["первый", "второй", "третий"])
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setValue(5)
    when = QDateEdit(QDate(2026, 12, 7))
    for widget in (edit, combo, spin, when):
        layout.addWidget(widget)
    layout.addSpacing(2000)  # the page scrolls
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.resize(400, 300)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    edit.setFocus()
    return area, edit, combo, spin, when


def test_wheel_over_unfocused_choices_changes_nothing_and_scrolls(qtbot):
    no_wheel.install(QApplication.instance())
    _area, _edit, combo, spin, when = _form(qtbot)
    for _ in range(2):
        events = [_wheel(combo), _wheel(spin, down=False), _wheel(when, down=False)]
        # left unaccepted: Qt hands a real wheel on to the scroll area (a test's sent event
        # is not handed on, so the page's scrolling is not measured here)
        assert not any(event.isAccepted() for event in events)
    assert combo.currentIndex() == 0
    assert spin.value() == 5
    assert when.date() == QDate(2026, 12, 7)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus


def test_wheel_over_a_focused_choice_still_works(qtbot):
    no_wheel.install(QApplication.instance())
    _area, _edit, combo, spin, _when = _form(qtbot)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    _wheel(combo)
    assert combo.currentIndex() == 1
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=2000)
    _wheel(spin, down=False)
    assert spin.value() == 6


def test_filter_is_installed_once_and_by_the_program_start(monkeypatch):
    import sys

    from app import bootstrap

    app = QApplication.instance()
    assert no_wheel.install(app) is no_wheel.install(app)
    installed = []
    monkeypatch.setattr(no_wheel, "install", installed.append)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    bootstrap._dress(app, "ru")  # how both starts, with the early frame or without, dress it
    assert installed == [app]


def test_new_item_quantity_is_typed_not_appended(qtbot, services, site):  # noqa: F811
    from app.views.sites.item_dialog import ItemDialog

    workshop_id = site[1].id
    dialog = ItemDialog(services, workshop_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.quantity.setFocus()
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_6)
    assert dialog.quantity.text() == "6"
    dialog.resize(1366, 705)
    dialog.grab().save("/tmp/window_shots/new_item.png")


def test_many_photos_at_once(qtbot, services, settings, answers, tasks, site, tmp_path):  # noqa: F811
    inspection = plan(areas(services), site[0])
    page = make_page(qtbot, services, settings, tasks)
    form = open_form(page, tasks, inspection.id)
    bad = tmp_path / "акт.txt"
    bad.write_text("не фото", encoding="utf-8")
    answers.open_files = [str(photo_file(tmp_path, "вход.jpg")),
                          str(photo_file(tmp_path, "мастерская.png", fmt="PNG")), str(bad)]
    form.photos.add_button.click()
    names = sorted(p.filename for p in services.photos.list_photos(inspection.id))
    assert names == ["вход.jpg", "мастерская.png"]
    assert form.photos.list.count() == 2
    assert len(answers.messages) == 1 and "акт.txt" in answers.messages[0][1]
    answers.open_files = []  # cancelled: nothing happens
    form.photos.add_button.click()
    assert len(services.photos.list_photos(inspection.id)) == 2
