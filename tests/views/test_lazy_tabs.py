"""Tabs built when first needed (issue 19): a section opens with only its shown tab built; a
hidden tab is made when it is shown or reached into, and its toolbar then joins the row."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from app.services.tasks import TaskRunner
from app.views.widgets.lazy_tabs import LazyTabs
from tests.views.pages import open_page


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


def test_a_tab_is_made_when_shown_or_asked_for(qtbot):
    made: list[str] = []

    def maker(name):
        def make():
            made.append(name)
            return QLabel(name)
        return make

    tabs = LazyTabs()
    qtbot.addWidget(tabs)
    built: list[int] = []
    tabs.built.connect(lambda index, _content: built.append(index))
    for name in ("one", "two", "three"):
        tabs.add_lazy(name, maker(name))
    tabs.show()
    assert made == []  # nothing before the page is laid out
    tabs.start()
    assert made == ["one"] and tabs.is_built(0) and not tabs.is_built(1)
    tabs.setCurrentIndex(2)
    assert made == ["one", "three"] and built == [0, 2]
    assert tabs.current_page().text() == "three" and tabs.current_page().isVisible()
    assert tabs.page(1).text() == "two"  # asked for: made though hidden
    assert tabs.page(1) is tabs.page(1) and made == ["one", "three", "two"]
    assert tabs.index_of_page(tabs.page(1)) == 1


def test_an_answer_for_a_tab_not_made_yet_reaches_it_when_it_is(qtbot):
    tabs = LazyTabs()
    qtbot.addWidget(tabs)
    tabs.add_lazy("one", lambda: QLabel("one"))
    tabs.add_lazy("two", lambda: QLabel(""))
    tabs.show()
    tabs.start()
    tabs.when_built(1, lambda label: label.setText("first answer"))
    tabs.when_built(1, lambda label: label.setText("second answer"))  # only the last waits
    assert not tabs.is_built(1)
    tabs.setCurrentIndex(1)
    assert tabs.page(1).text() == "second answer"
    tabs.when_built(1, lambda label: label.setText("third answer"))  # made: at once
    assert tabs.page(1).text() == "third answer"
    tabs.when_built(0, lambda label: label.setText("changed"))
    assert tabs.page(0).text() == "changed"


def _page(qtbot, services, settings, tasks, kind):
    if kind == "inspections":
        from app.views.inspections.page import InspectionsPage as Page
    elif kind == "indicators":
        from app.views.indicators.page import IndicatorsPage as Page
    else:
        from app.views.events.page import EventsPage as Page
    return open_page(qtbot, Page, services, settings, tasks)


@pytest.mark.parametrize("kind", ["inspections", "indicators", "events"])
def test_a_section_builds_its_hidden_tabs_only_when_shown(qtbot, services, settings, tasks,
                                                          kind):
    page = _page(qtbot, services, settings, tasks, kind)
    tabs = page.tabs
    assert tabs.is_built(0)
    assert not any(tabs.is_built(i) for i in range(1, tabs.count()))
    registered = len(page.section_bar.toolbars())
    last = tabs.count() - 1
    tabs.setCurrentIndex(last)
    tasks.wait()
    assert tabs.is_built(last) and not tabs.is_built(1)
    shown = tabs.page(last)
    assert shown.isVisible()
    # the shown tab's toolbar (it has one) joined the row and is the one on screen
    assert page.section_bar.current_toolbar() in page.section_bar.toolbars()[registered:]


def test_the_career_maps_editor_is_made_when_a_map_is_first_opened(qtbot, services, settings,
                                                                   tasks):
    from app.views.careers.page import EDITOR, CareerMapsPage

    page = open_page(qtbot, CareerMapsPage, services, settings, tasks)
    assert not page._editor.is_built  # the list opens without the editor
    page.new_map()
    assert page._editor.is_built and page.stack.currentIndex() == EDITOR
    assert page.editor.isVisible() and page.editor is page._editor.content()


def test_a_section_after_its_first_load_leaves_the_collectors_heap(window):
    """A full collection walks every object holding the interpreter lock: with a section's
    objects frozen out of it, no worker's collection freezes the window (issue 19)."""
    import gc

    gc.unfreeze()
    window.show_section("inspections")
    window.wait_until_loaded()
    assert gc.get_freeze_count() > 0
    gc.unfreeze()
    window.show_section("participants").reload()  # loaded before: its first load was frozen
    window.wait_until_loaded()
    assert gc.get_freeze_count() == 0  # once per section: later loads stay collectable
