"""A one-line field that shows long text whole: an organisation's full name, a contract's
subject, an inspector's comment.

A ``QLineEdit`` scrolls long text sideways, so the field opens at its end («…ьное
образовательное учреждение») and the start cannot be read.  This field wraps at word
boundaries over two (or more) visible lines, yet keeps a line's manners: no line breaks
(Enter goes to the dialog's default button, a pasted break becomes a space), Tab moves on,
and it offers ``text()``/``setText()``/``textEdited``/``editingFinished`` like ``QLineEdit``
so forms read it the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy


class WrappingLineEdit(QPlainTextEdit):
    textEdited = Signal(str)  # noqa: N815  (QLineEdit's name)
    editingFinished = Signal()  # noqa: N815

    def __init__(self, text: str = "", parent=None, lines: int = 2):
        super().__init__(parent)
        self._quiet = False
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_lines(lines)
        self.setText(text)
        self.textChanged.connect(self._changed)

    def set_lines(self, lines: int) -> None:
        """Tall enough for ``lines`` lines of the current font; more text scrolls."""
        margins = self.contentsMargins()
        document = int(self.document().documentMargin() * 2)
        frame = self.frameWidth() * 2 if self.frameShape() != QFrame.Shape.NoFrame else 0
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + document + frame
                            + margins.top() + margins.bottom() + 2)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802  (QLineEdit's name)
        self._quiet = True
        try:
            self.setPlainText(" ".join((text or "").splitlines()))
        finally:
            self._quiet = False

    def setCursorPosition(self, position: int) -> None:  # noqa: N802  (QLineEdit's name)
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self.toPlainText()))))
        self.setTextCursor(cursor)

    def _changed(self) -> None:
        if not self._quiet:
            self.textEdited.emit(self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # a line has no breaks: the dialog's default button takes it
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split()))

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.editingFinished.emit()
