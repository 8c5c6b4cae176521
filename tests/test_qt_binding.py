"""The Qt binding must not leak or steal references: a long working day makes millions of
Qt calls.  PySide6 6.12.0 on Python 3.11 decremented None on each void call and the program
aborted after a few thousand keystrokes in the search box."""

import sys

from PySide6.QtWidgets import QLabel, QLineEdit


def test_void_qt_calls_keep_none_alive(qapp):
    label = QLabel()
    edit = QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setObjectName("x")
        edit.setText("поиск")
        edit.clear()
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, (before, after)
