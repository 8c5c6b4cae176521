"""The base every section page derives from: a reload never drops a request, and the
registry of sections names real pages."""

from __future__ import annotations

import importlib
import threading

import pytest

from app.sections import SECTIONS
from app.services.participants import OrganizationData
from app.services.tasks import TaskRunner
from app.views.widgets.page import SectionPage


@pytest.fixture
def page(qtbot, services, settings, answers):
    from app.views.participants.page import ParticipantsPage

    page = ParticipantsPage(services, settings, TaskRunner())
    qtbot.addWidget(page)
    page.list_tabs.setCurrentIndex(1)  # an organization without a membership is listed here
    return page


def gate_first_fetch(services, monkeypatch) -> threading.Event:
    """The first fetch waits (off the GUI thread) until the test opens the gate, so it is
    surely running, and surely read before the save, when the second reload is asked."""
    gate, read = threading.Event(), threading.Event()
    real = services.participants.list_organizations
    calls: list[int] = []

    def list_organizations(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            rows = real(*args, **kwargs)  # read before the save: without the new row
            read.set()
            gate.wait(10)
            return rows
        return real(*args, **kwargs)

    monkeypatch.setattr(services.participants, "list_organizations", list_organizations)
    gate.calls, gate.read = calls, read
    return gate


def names(page) -> list[str]:
    return [page.model.row_at(i).full_name for i in range(page.model.rowCount())]


def test_a_reload_asked_while_a_fetch_runs_is_not_dropped(page, services, monkeypatch):
    gate = gate_first_fetch(services, monkeypatch)
    page.reload()
    assert gate.read.wait(10)
    saved = services.participants.create(OrganizationData(full_name="ООО «Во время загрузки»"))
    page.after_save(saved)  # a dialog saved while the list was loading
    gate.set()
    page.tasks.wait()
    assert len(gate.calls) == 2  # the second fetch happened
    assert "ООО «Во время загрузки»" in names(page)
    chosen = page.model.row_at(page.table.currentIndex().row())
    assert chosen is not None and chosen.id == saved.id  # and the saved row is chosen


def test_loaded_is_said_once_for_the_newest_answer(qtbot, page, services, monkeypatch):
    gate = gate_first_fetch(services, monkeypatch)
    said: list[int] = []
    page.loaded.connect(lambda: said.append(names(page)))
    page.reload()
    assert gate.read.wait(10)
    services.participants.create(OrganizationData(full_name="ООО «Новое»"))
    page.reload()
    gate.set()
    page.tasks.wait()
    assert len(said) == 1 and "ООО «Новое»" in said[0]  # the out-of-date answer is not shown


@pytest.mark.parametrize("section", SECTIONS, ids=[s.key for s in SECTIONS])
def test_every_section_names_a_section_page(section):
    module, _, name = section.page.partition(":")
    cls = getattr(importlib.import_module(module), name)
    assert issubclass(cls, SectionPage)


def test_the_window_builds_every_page_from_the_registry(qtbot, demo, settings, answers):
    from app.views.main_window import SECTION_KEYS, MainWindow

    assert SECTION_KEYS == tuple(s.key for s in SECTIONS)
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    for section in SECTIONS:
        page = window.show_section(section.key)
        assert type(page).__name__ == section.page.rpartition(":")[2]
        page.status.emit("сказано")  # every page's status reaches the status bar
        assert window.statusBar().currentMessage() == "сказано"
    window.wait_until_loaded()
