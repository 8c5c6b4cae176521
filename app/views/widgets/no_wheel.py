"""A wheel over a choice the user is not editing scrolls the page, it does not change the
choice (a combo box, a spin box or a date passed under the pointer changed silently).

One event filter on the application: a combo box or spin box (dates and times are spin boxes)
takes the wheel only when it has the keyboard focus; otherwise the wheel goes on to the
scrolling area around it.  Such widgets also stop taking the focus from the wheel itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

_GUARDED = (QComboBox, QAbstractSpinBox)


class NoWheelWithoutFocus(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, _GUARDED) \
                and not watched.hasFocus():
            # ignored and filtered: Qt hands the wheel on to the parent (the scroll area)
            event.ignore()
            return True
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED) \
                and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install(app: QApplication) -> NoWheelWithoutFocus:
    """Install the filter once on ``app`` (again: the same filter is returned)."""
    current = getattr(app, "_no_wheel_filter", None)
    if current is None:
        current = NoWheelWithoutFocus(app)
        app.installEventFilter(current)
        app._no_wheel_filter = current
    return current
