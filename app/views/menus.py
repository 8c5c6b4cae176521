"""The window's menus before «Данные» and «Справка»: Файл, Правка, Вид.

Each item reaches what the sections already do (Settings' connection, its Backups tab, a
section's search box); nothing here does the work itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu

from app.sections import Section
from app.services.permissions import Permission

translate = QCoreApplication.translate


def build_menus(window: QMainWindow, sections: tuple[Section, ...]) -> None:
    """Файл, Правка and Вид, placed first in the window's menu bar."""
    first = window.menuBar().actions()[0] if window.menuBar().actions() else None
    for menu in (_file_menu(window), _edit_menu(window), _view_menu(window, sections)):
        window.menuBar().insertMenu(first, menu) if first else window.menuBar().addMenu(menu)


def _file_menu(window) -> QMenu:
    menu = QMenu(translate("MainWindow", "&File"), window)
    window.connection_action = menu.addAction(
        translate("MainWindow", "Database connection…"), lambda: _general_settings(window))
    menu.addSeparator()
    allowed = window.services.actor.allows(Permission.BACKUP_MAKE)
    window.backup_now_action = menu.addAction(
        translate("MainWindow", "Back up now"), lambda: _backups(window).backup_now())
    window.restore_action = menu.addAction(
        translate("MainWindow", "Restore from a backup…"), lambda: _backups(window))
    for action in (window.backup_now_action, window.restore_action):
        action.setEnabled(allowed)  # the Backups tab is there for those allowed only
    menu.addSeparator()
    window.exit_action = menu.addAction(translate("MainWindow", "E&xit"), window.close)
    window.exit_action.setShortcut(QKeySequence.StandardKey.Quit)
    window.exit_action.setMenuRole(QAction.MenuRole.QuitRole)
    return menu


def _edit_menu(window) -> QMenu:
    menu = QMenu(translate("MainWindow", "&Edit"), window)
    # the key itself belongs to each section's search box (the toolbar's Ctrl+F); a second
    # Ctrl+F here would make the key ambiguous, so the menu only names it
    window.find_action = menu.addAction(
        translate("MainWindow", "Find") + "\t" +
        QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText),
        lambda: focus_search(window))
    return menu


def _view_menu(window, sections: tuple[Section, ...]) -> QMenu:
    menu = QMenu(translate("MainWindow", "&View"), window)
    group = QActionGroup(menu)
    window.section_actions = {}
    for number, section in enumerate(sections, start=1):
        key = section.key
        action = menu.addAction(translate("MainWindow", section.title))
        action.setCheckable(True)
        action.setData(key)
        if number <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, k=key: window.show_section(k))
        group.addAction(action)
        window.section_actions[key] = action
    window.navigation.currentRowChanged.connect(
        lambda row: row >= 0 and window.section_actions[sections[row].key].setChecked(True))
    return menu


def focus_search(window) -> bool:
    """The cursor into the shown section's search box, if it has one."""
    page = window.pages.currentWidget()
    boxes = [box for box in page.findChildren(QLineEdit, "searchBox") if box.isVisible()]
    if not boxes:
        window.statusBar().showMessage(
            translate("MainWindow", "This section has no search."), 4000)
        return False
    boxes[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
    boxes[0].selectAll()
    return True


def _general_settings(window):
    """Settings → General, where the database connection is chosen."""
    page = window.show_section("settings")
    page.tabs.setCurrentIndex(0)
    return page


def _backups(window):
    page = window.show_section("settings")
    page.tabs.setCurrentWidget(page.backups)
    return page.backups
