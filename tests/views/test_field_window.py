"""Field mode on an inspector's laptop: the package opened alone, an item answered and a photo
attached in the window, nothing lost without a clean shutdown, the office merges it; a file
that is not a package is refused with a message and exit code 1."""

from __future__ import annotations

import argparse
import shutil
import sys

import pytest
from PySide6.QtCore import Qt

from app.services import Services
from app.services.field import field_actor, open_field_store, package_info
from tests.services.test_inspections_support import areas, make_site, photo_file, plan


@pytest.fixture
def package(services, tmp_path):
    a = areas(services)
    site, _workshop, _college = make_site(services)
    inspection = plan(a, site, inspectors=["Иванов И. И."])
    plan(a, site, kind="safety", inspectors=["Петров П. П."])  # someone else's: not exported
    result = services.field.export_package(tmp_path / "иванов", "Иванов И. И.")
    return result.path, inspection


def open_window(qtbot, path):
    from app.views.field.window import FieldWindow

    store = open_field_store(path)
    info = package_info(store)
    window = FieldWindow(Services(store, field_actor(info)), info, path)
    qtbot.addWidget(window)
    window.show()
    window.wait_until_loaded()
    return window


def test_answer_and_photo_in_the_field_survive_and_merge(qtbot, services, answers, package,
                                                          tmp_path):
    path, inspection = package
    window = open_window(qtbot, path)
    assert window.banner.text() == window.tr(
        "Field mode: package {package}, inspector {inspector}; everything is saved at once"
    ).format(package=path.name, inspector="Иванов И. И.")
    tab = window.inspections
    assert tab.new_button.isHidden() and tab.delete_button.isHidden()
    assert tab.model.rowCount() == 1  # only this inspector's inspection
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    form = window.form
    assert tab.stack.currentWidget() is form and form.inspection_id == inspection.id
    assert form.sign_button.isHidden()

    row = next(r for r in form.checklist.rows.values() if r.answer.answer_type == "yes_no")
    form.checklist.ensureWidgetVisible(row)
    qtbot.mouseClick(row.buttons["no"], Qt.MouseButton.LeftButton)
    assert row.buttons["no"].isChecked()
    assert form.findings_model.rowCount() == 1
    answers.open_files = [str(photo_file(tmp_path, "на месте.png", fmt="PNG"))]
    qtbot.mouseClick(form.photos.add_button, Qt.MouseButton.LeftButton)
    assert answers.messages == []
    assert form.photos.list.count() == 1

    # no clean shutdown: the window is not closed, the services not closed; the file is
    # copied as it is on the disk now and the copy opened on its own
    carried = tmp_path / "carried" / path.name
    carried.parent.mkdir()
    shutil.copyfile(path, carried)
    store = open_field_store(carried)
    try:
        again = Services(store, field_actor(package_info(store)))
        data = again.inspections.inspection(inspection.id)
        assert next(a for a in data.answers if a.item_id == row.answer.item_id).value == "no"
        assert [p.filename for p in data.photos] == ["на месте.png"]
        assert len(data.findings) == 1
    finally:
        store.close()
    window.services.store.engine.dispose()  # what a killed process leaves: no close()

    # back at the office
    result = services.field.merge_package(carried)
    assert result.rows.changed >= 1 and result.photos.added == 1
    office = services.inspections.inspection(inspection.id)
    assert next(a for a in office.answers if a.item_id == row.answer.item_id).value == "no"
    assert [p.filename for p in office.photos] == ["на месте.png"]
    assert len(office.findings) == 1 and office.status == "in_progress"
    window.close()
    window.services.close()


def run(path, monkeypatch):
    from app.settings import Settings
    from app.views.field.window import run_field

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_field installs its own
    args = argparse.Namespace(field=str(path), screenshot=None)
    return run_field(args, Settings(str(path.parent / "settings.ini")), "ru")


@pytest.mark.parametrize("damage", ["not a package", "truncated"])
def test_a_file_that_is_not_a_package_is_refused(qtbot, services, answers, package, tmp_path,
                                                 monkeypatch, damage):
    path, _inspection = package
    if damage == "not a package":
        path = tmp_path / "записки.cdpkg"
        path.write_text("не пакет", encoding="utf-8")
    else:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    assert run(path, monkeypatch) == 1
    [(title, text, _details)] = answers.messages
    assert str(path) in text


def test_the_field_window_screenshot(qtbot, services, answers, package, tmp_path, monkeypatch):
    path, _inspection = package
    from app.settings import Settings
    from app.views.field.window import run_field

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    target = tmp_path / "field.png"
    args = argparse.Namespace(field=str(path), screenshot=str(target))
    assert run_field(args, Settings(str(tmp_path / "s.ini")), "ru") == 0
    assert target.stat().st_size > 10_000
