"""A click on a section whose code is not loaded yet (issue 19, no frozen moment): the window
says «Открывается раздел…» at once, the section's modules are imported off the GUI thread and
the page takes the placeholder's place when they have arrived.  Links and menus
(``show_section``) still get their page at once."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.views import main_window
from app.views.main_window import SECTION_KEYS


def _opening(window, key: str) -> QLabel | None:
    return window.pages.widget(SECTION_KEYS.index(key)).findChild(QLabel, "sectionOpening")


def test_a_click_shows_opening_then_the_page(window, qtbot, monkeypatch):
    import threading

    imported_on = []
    real_class = main_window.page_class
    looked = threading.Event()  # the module is loaded already here: the «import» waits for
    # the test to have seen the placeholder, as a slow one would

    def page_class(section):
        imported_on.append(threading.current_thread() is threading.main_thread())
        looked.wait(10)
        return real_class(section)

    # as in a fresh process: the page's module is not loaded yet
    monkeypatch.setattr(main_window, "page_imported", lambda section: False)
    monkeypatch.setattr(main_window, "page_class", page_class)
    key = "career-maps"
    assert key not in window._built
    window.navigation.setCurrentRow(SECTION_KEYS.index(key))
    label = _opening(window, key)
    assert label is not None and label.text() == "Открывается раздел…"
    assert key not in window._built  # nothing built on the GUI thread yet
    qtbot.waitUntil(label.isVisible, timeout=5_000)
    looked.set()
    qtbot.waitUntil(lambda: key in window._built and not window.tasks.busy, timeout=30_000)
    assert imported_on[0] is False  # the import ran on a worker thread
    assert _opening(window, key) is None
    assert window.current_section() == key
    assert window.pages.currentWidget().isAncestorOf(window._built[key])


def test_a_link_gets_its_page_at_once(window, monkeypatch):
    monkeypatch.setattr(main_window, "page_imported", lambda section: False)
    page = window.show_section("roadmap")
    assert window._built["roadmap"] is page
    assert _opening(window, "roadmap") is None


def test_a_new_participants_page_reads_its_rows_while_it_is_built_and_only_once(
        demo, settings, qtbot, monkeypatch):
    """Issue 19: the first fetch of a page that needs none of its widgets to say what to
    read (``first_fetch``) starts before the page is built; the page takes that answer and
    does not fetch again."""
    from app.settings import LAST_SECTION
    from app.views.main_window import MainWindow
    from app.views.participants.page import ParticipantsPage

    settings.set(LAST_SECTION, "dashboard")
    window = MainWindow(demo, settings)
    qtbot.addWidget(window)
    window.show()
    window.wait_until_loaded()
    calls: list[str] = []
    services = window.services
    real_list = services.participants.list_organizations
    monkeypatch.setattr(services.participants, "list_organizations",
                        lambda: calls.append("fetch") or real_list())
    real_first = ParticipantsPage.first_fetch.__func__
    monkeypatch.setattr(ParticipantsPage, "first_fetch", classmethod(
        lambda cls, svc: calls.append("first_fetch") or real_first(cls, svc)))
    real_init = ParticipantsPage.__init__

    def init(self, *args, **kwargs):
        calls.append("built")
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(ParticipantsPage, "__init__", init)
    monkeypatch.setattr(main_window, "page_imported", lambda section: True)
    assert "participants" not in window._built
    window.navigation.setCurrentRow(SECTION_KEYS.index("participants"))
    page = window._built["participants"]
    qtbot.waitUntil(lambda: not page.loading and not window.tasks.busy, timeout=30_000)
    assert calls[0] == "first_fetch"  # asked for before the page was made
    # the read runs on a worker beside the building: either may be recorded first
    assert sorted(calls[1:3]) == ["built", "fetch"]
    assert calls.count("fetch") == 1  # the page took that answer: no second read
    assert page.model.rowCount() == len([r for r in real_list() if r.is_member]) > 0
