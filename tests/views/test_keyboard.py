"""Keyboard and screen readers (issue 21, item 11): every button names itself, the sidebar
answers the arrow keys, the focus is visible, and Tab walks a form in the order it reads."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
)

from app.sections import SECTION_KEYS

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QListWidget, QTableView)


def _named(button: QAbstractButton) -> bool:
    return bool(button.text().strip() or button.accessibleName().strip()
                or button.toolTip().strip())


def test_every_button_of_every_section_names_itself(window):
    nameless = []
    for key in SECTION_KEYS:
        page = window.show_section(key)
        window.wait_until_loaded()
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(page) and not _named(button):
                nameless.append((key, type(button).__name__, button.objectName()))
    assert nameless == [], nameless


def test_the_sidebar_answers_the_arrow_keys(qtbot, window):
    window.show_section("dashboard")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_section() == SECTION_KEYS[1]
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.current_section() == SECTION_KEYS[-1]


def test_a_focused_field_looks_different(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    first, second = QLineEdit(), QLineEdit()
    column = QVBoxLayout(box)
    column.addWidget(first)
    column.addWidget(second)
    box.show()
    box.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    focused = first.grab().toImage()
    unfocused = second.grab().toImage()
    edge = QPoint(1, first.height() // 2)
    assert focused.pixelColor(edge) != unfocused.pixelColor(edge)


def _tab_chain(dialog) -> list:
    """The inputs in the order Tab visits them."""
    seen, widget = [], dialog.nextInFocusChain()
    for _ in range(500):
        if widget is dialog:
            break
        if (isinstance(widget, INPUTS) and widget.isVisibleTo(dialog) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.objectName() != "qt_spinbox_lineedit"):
            seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen


def _reads_top_down(dialog) -> None:
    dialog.show()
    chain = _tab_chain(dialog)
    assert len(chain) >= 3
    places = [(w.mapTo(dialog, QPoint(0, 0)).y(), w.mapTo(dialog, QPoint(0, 0)).x())
              for w in chain]
    # each next field is below the previous one, or on its line to the right
    assert places == sorted(places), [w.objectName() or type(w).__name__ for w in chain]


def test_tab_walks_the_forms_in_reading_order(qtbot, demo, settings):
    from app.services.grants import ContractData
    from app.views.connection_dialog import ConnectionDialog
    from app.views.grants.contract_dialogs import ContractDialog
    from app.views.inspections.new_dialog import NewInspectionDialog
    from app.views.participants.organization_dialog import OrganizationDialog

    lines = demo.grants.lines()
    contract = ContractData(line_id=lines[0].id, number="", signed_on=None, supplier_inn="",
                            amount=None)
    connection = ConnectionDialog(settings)
    connection.server.setChecked(True)
    for dialog in (OrganizationDialog(demo), NewInspectionDialog(demo),
                   ContractDialog(demo, demo.grants.sources(), lines, contract), connection):
        qtbot.addWidget(dialog)
        _reads_top_down(dialog)
