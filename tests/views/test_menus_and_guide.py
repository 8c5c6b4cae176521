"""The first hour (issue 21, item 9): the menu bar's Файл, Правка, Вид; the guide inside the
program with links, pictures and search."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument

from app.views.help_window import HelpWindow
from app.views.main_window import SECTIONS, user_guide

tr = QCoreApplication.translate


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_menu_bar_has_file_edit_view_data_help(window):
    assert _menu_titles(window) == [tr("MainWindow", t) for t in (
        "&File", "&Edit", "&View", "Data", "Help")]
    window.resize(1366, 705)
    window.grab().save("/tmp/window_shots/menu_bar.png")


def test_file_menu_connection_opens_settings_general(window):
    window.connection_action.trigger()
    assert window.current_section() == "settings"
    assert window.page("settings").tabs.currentIndex() == 0


def test_file_menu_backup_now_makes_a_copy(qtbot, window, demo, answers):
    before = len(demo.backups.list_backups()) if hasattr(demo.backups, "list_backups") else None
    window.backup_now_action.trigger()
    page = window.page("settings")
    assert page.tabs.currentWidget() is page.backups
    window.wait_until_loaded()
    qtbot.waitUntil(lambda: page.backups.table.model().rowCount() >= 1, timeout=15_000)
    if before is not None:
        assert len(demo.backups.list_backups()) == before + 1


def test_file_menu_restore_opens_the_backups_tab(window):
    window.restore_action.trigger()
    page = window.page("settings")
    assert page.tabs.currentWidget() is page.backups


def test_edit_find_focuses_the_sections_search(qtbot, window):
    window.activateWindow()
    page = window.show_section("participants")
    box = page.findChild(type(page.toolbar.search), "searchBox") if hasattr(page, "toolbar") \
        else None
    window.find_action.trigger()
    qtbot.waitUntil(lambda: window.focusWidget() is not None
                    and window.focusWidget().objectName() == "searchBox", timeout=3000)
    if box is not None:
        assert window.focusWidget() is box
    assert "Ctrl+F" in window.find_action.text()


def test_view_menu_lists_the_sections_and_switches(window):
    assert [a.data() for a in window.section_actions.values()] == [s.key for s in SECTIONS]
    window.section_actions["roadmap"].trigger()
    assert window.current_section() == "roadmap"
    window.show_section("grants")
    assert window.section_actions["grants"].isChecked()


def test_exit_closes_the_window(qtbot, window):
    window.exit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15_000)


def test_guide_renders_markdown_follows_links_and_shows_pictures(qtbot):
    guide = HelpWindow(user_guide())
    qtbot.addWidget(guide)
    guide.resize(1366, 705)
    guide.show()
    text = guide.browser.toPlainText()
    assert "Руководство пользователя" in text and "# " not in text.splitlines()[0]
    assert "|" not in text  # the table is a table, not Markdown source
    guide.follow(guide.browser.source().resolved(__import__("PySide6.QtCore").QtCore.QUrl(
        "participants.md")))
    assert guide.source_page().name == "participants.md"
    html = guide.browser.document().toHtml()
    pictures = [p for p in guide.source_page().parent.glob("*.md")
                if "](img/" in p.read_text(encoding="utf-8")]
    assert pictures
    guide.show_page(pictures[0])
    document = guide.browser.document()
    image_names = [f.name() for block in _blocks(document) for f in _image_formats(block)]
    assert image_names
    from PySide6.QtCore import QUrl

    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image_names[0]))
    assert image is not None and not image.isNull()  # found relative to the page
    assert guide.back.isEnabled()
    guide.grab().save("/tmp/window_shots/guide.png")
    assert html


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _image_formats(block):
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid() and fragment.charFormat().isImageFormat():
            yield fragment.charFormat().toImageFormat()
        it += 1


def test_guide_search_finds_next_and_previous(qtbot):
    guide = HelpWindow(user_guide())
    qtbot.addWidget(guide)
    guide.show()
    guide.search.setText("отчёт")
    assert guide.find_next(from_top=True)
    first = guide.browser.textCursor().position()
    assert guide.find_next()
    second = guide.browser.textCursor().position()
    assert second > first
    assert guide.find_previous()
    assert guide.browser.textCursor().position() == first
    assert guide.browser.textCursor().selectedText().casefold() == "отчёт"
    guide.search.setText("такого-слова-нет")
    assert not guide.find_next(from_top=True)
    assert guide.not_found.isVisible()
    qtbot.keyClick(guide, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
