"""Work that should wait until a widget has been painted: it starts on the turn of the event
loop after the widget's next paint event, so a background job it starts does not share the
interpreter with that paint (the participants' search text, folded after the table shows)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _OnePaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]):
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # the paint ends first
            self.deleteLater()
        return False


def after_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once, after ``widget``'s next paint (never, if it is never painted: the
    caller copes, e.g. by doing the work itself when it is needed)."""
    _OnePaint(widget, then)
