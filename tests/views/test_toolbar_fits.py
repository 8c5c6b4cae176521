"""At 1366×705 (a maximised window on a 1366×768 laptop) every section's toolbar row shows all
its buttons and its search box: nothing is pushed into the toolbar's «»» overflow menu, where
a user would not look for it (issue 21; «Показатели» hid its search box there)."""

from __future__ import annotations

from PySide6.QtWidgets import QToolBar, QToolButton

from app.views.main_window import SECTION_KEYS


def test_no_section_toolbar_overflows_on_a_laptop(window, qtbot):
    window.resize(1366, 705)
    window.show()
    overflowing = {}
    for key in SECTION_KEYS:
        page = window.show_section(key)
        window.wait_until_loaded()
        qtbot.wait(10)
        for bar in page.findChildren(QToolBar):
            if not bar.isVisible():
                continue
            more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
            if more is not None and more.isVisible():
                overflowing.setdefault(key, []).append(
                    [action.text() for action in bar.actions() if action.isVisible()])
    assert overflowing == {}
