"""Long one-line text shown whole (issue 21, item 7): a full name wraps instead of opening
at its end, and the field still behaves as one line."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout

from app.views.widgets.wrapping_line import WrappingLineEdit

LONG = ("Бюджетное профессиональное образовательное учреждение Вологодской области "
        "«Вологодский колледж технологии и дизайна»")


def test_a_long_name_wraps_and_its_start_is_visible(qtbot):
    field = WrappingLineEdit(LONG)
    qtbot.addWidget(field)
    field.resize(360, field.height())
    field.show()
    qtbot.waitExposed(field)
    assert field.text() == LONG
    assert field.document().blockCount() == 1  # one line of text…
    assert field.blockBoundingGeometry(field.document().firstBlock()).height() > \
        field.fontMetrics().lineSpacing() * 1.5  # …laid out over several visible lines
    assert field.cursorRect(field.textCursor()).top() >= 0
    assert field.horizontalScrollBar().maximum() == 0  # nothing hides to the right


def test_enter_goes_to_the_dialog_and_breaks_never_enter_the_text(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = WrappingLineEdit("ООО")
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "ООО"
    pasted = QMimeData()
    pasted.setText(" «Ромашка»\nг. Вологда")
    field.insertFromMimeData(pasted)
    assert field.text() == "ООО«Ромашка» г. Вологда"
    field.setText("строка 1\nстрока 2")
    assert field.text() == "строка 1 строка 2"


def test_edits_are_reported_like_a_line_edit(qtbot):
    field = WrappingLineEdit()
    qtbot.addWidget(field)
    edited, finished = [], []
    field.textEdited.connect(edited.append)
    field.editingFinished.connect(lambda: finished.append(True))
    field.setText("задано программой")
    assert edited == []  # like QLineEdit: only the user's typing is an edit
    field.show()
    qtbot.keyClicks(field, "ok")  # QTest types ASCII only
    assert edited and "ok" in edited[-1] and "задано программой" in edited[-1]
