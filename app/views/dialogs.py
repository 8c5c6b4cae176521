"""Every modal question the program asks goes through here, with the helpers that keep a
dialog's text whole in any translation (``room_for_text``, ``scroll_if_tall``,
``column_widths``).

A modal ``exec()`` would block an offscreen test for ever, so tests replace these functions
(pytest's monkeypatch) with ones that answer at once.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def _alive(ref: weakref.ref | None):
    """The Qt object behind a weak reference, or None once it (or its C++ side) is gone."""
    target = ref() if ref is not None else None
    return target if target is not None and shiboken6.isValid(target) else None


class _RoomForText(QObject):
    """Watches a window's layout and keeps the window as large as its text needs.

    The window and the layout are held weakly: the filter is the window's child, and a
    strong reference back would make a cycle that Python's collector may break in the wrong
    order — the filter's wrapper freed while Qt still calls it (a crash seen in the tests)."""

    def __init__(self, window: QWidget, width: int, height: int, layout: QLayout | None):
        super().__init__(window)
        self._window = weakref.ref(window)
        self._layout = weakref.ref(layout) if layout is not None else None
        self.width, self.height = width, height
        window.installEventFilter(self)
        if layout is not None and layout.parentWidget() not in (None, window):
            layout.parentWidget().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Polish, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        window = _alive(self._window)
        if window is None:
            return
        layout = _alive(self._layout) or window.layout()
        if layout is None:
            return
        least = layout.totalMinimumSize()
        width = max(self.width, least.width())
        if self.width and window.minimumWidth() != width:
            window.setMinimumWidth(width)
        height = max(self.height, least.height())
        if self.height and window.minimumHeight() != height:
            window.setMinimumHeight(height)
        if window.isVisible() and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(window.width())
            if needed > window.height():  # wrapped text that appeared or grew
                window.resize(window.width(), needed)


def room_for_text(window: QWidget, width: int = 0, height: int = 0,
                  layout: QLayout | None = None) -> None:
    """Give ``window`` a least size of ``width``×``height`` that never cuts its text.

    Qt's ``setMinimumWidth`` on a window replaces the minimum its layout needs, so a longer
    translation of a label or a button is squeezed; here the least size is the larger of
    the two, and is kept so as rows, messages and pages come and go.  A window also grows
    in height when word-wrapped text needs it (a window's minimum size leaves that out).
    ``layout`` is the one to follow when it is not the window's own (a QWizard's)."""
    _RoomForText(window, width, height, layout).fit()


SCREEN_RESERVE = 60  # px of the screen's height for the title bar and the task bar


class _ScrollIfTall(QObject):
    """Sizes a scroll area to its content: as wide as the content needs (it never scrolls
    sideways), as tall as the content too unless the window would no longer fit the screen;
    only then it scrolls down."""

    def __init__(self, window: QWidget, scroll: QScrollArea):
        super().__init__(scroll)
        self._window, self._scroll = weakref.ref(window), weakref.ref(scroll)  # see _RoomForText
        for watched in (window, scroll, scroll.widget()):
            watched.installEventFilter(self)

    @property
    def window(self) -> QWidget:
        return self._window()

    @property
    def scroll(self) -> QScrollArea:
        return self._scroll()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Polish, QEvent.Type.LayoutRequest, QEvent.Type.Show,
                            QEvent.Type.Resize):
            self.fit()
        return False

    def fit(self) -> None:
        if _alive(self._window) is None or _alive(self._scroll) is None:
            return
        scroll, content = self.scroll, self.scroll.widget()
        layout = content.layout()
        if layout is None:
            return
        least = layout.totalMinimumSize()
        bar = scroll.verticalScrollBar().sizeHint().width()
        width = least.width() + bar  # room for the bar, so showing it cuts nothing
        outer = self.window.layout()
        if scroll.isVisible():
            inner = scroll.viewport().width()
        else:  # not laid out yet: the width the window will open with
            margins = outer.contentsMargins() if outer is not None else None
            inner = self.window.minimumWidth() - bar - (
                margins.left() + margins.right() if margins is not None else 0)
        inner = max(inner, least.width())
        height = max(least.height(), layout.totalHeightForWidth(inner)
                     if layout.hasHeightForWidth() else 0)
        if outer is not None:
            screen = (self.window.screen().availableGeometry().height()
                      - SCREEN_RESERVE)
            height = min(height, max(120, screen - self._rest(outer)))
        if scroll.minimumWidth() != width:
            scroll.setMinimumWidth(width)
        if scroll.minimumHeight() != height:
            scroll.setMinimumHeight(height)

    def _rest(self, outer: QLayout) -> int:
        """The height the window needs besides the scroll area (wrapped text included)."""
        margins = outer.contentsMargins()
        width = self.window.width() - margins.left() - margins.right()
        spacing = max(0, outer.spacing())
        total = margins.top() + margins.bottom()
        for i in range(outer.count()):
            item = outer.itemAt(i)
            if item.isEmpty() or item.widget() is self.scroll:
                continue
            least = item.minimumSize().height()
            total += spacing + (max(least, item.heightForWidth(width))
                                if item.hasHeightForWidth() else least)
        return total


def scroll_if_tall(window: QWidget, content: QWidget) -> QScrollArea:
    """``content`` (a big form) in a scroll area that shows all of it while ``window`` fits
    the screen and scrolls down only when it would not: long translations and messages
    under the fields never push the buttons off an office screen."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    _ScrollIfTall(window, scroll).fit()
    return scroll


def column_widths(header: QHeaderView, widths: dict[int, int]) -> None:
    """Columns of the given widths, each at least as wide as its heading needs."""
    header.ensurePolished()  # the headings' bold font comes with the style sheet
    for column, width in widths.items():
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_message(parent: QWidget | None, title: str, text: str, details: str = "",
                 warning: bool = True) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                      title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A short text from the user (a reason, a comment): the text, or None when cancelled
    or left blank."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    room_for_text(dialog, 460)
    question = QLabel(label)
    question.setWordWrap(True)
    edit = QPlainTextEdit(text)
    edit.setFixedHeight(90)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setEnabled(bool(text.strip()))
    edit.textChanged.connect(lambda: ok.setEnabled(bool(edit.toPlainText().strip())))
    layout = QVBoxLayout(dialog)
    layout.addWidget(question)
    layout.addWidget(edit)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return " ".join(edit.toPlainText().split()) or None


def choose_open_file(parent: QWidget | None, title: str, folder: str, pattern: str) -> str:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, pattern)
    return name


def choose_open_files(parent: QWidget | None, title: str, folder: str,
                      pattern: str) -> list[str]:
    """Several files at once (photos); [] when cancelled."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, folder, pattern)
    return names


def choose_save_file(parent: QWidget | None, title: str, suggested: str, pattern: str) -> str:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return name


def choose_folder(parent: QWidget | None, title: str, folder: str) -> str:
    """A folder to write files into; "" when cancelled."""
    return QFileDialog.getExistingDirectory(parent, title, folder)


def excel_pattern() -> str:
    return translate("Dialogs", "Excel workbooks (*.xlsx)")


def pdf_pattern() -> str:
    return translate("Dialogs", "PDF documents (*.pdf)")


def word_pattern() -> str:
    return translate("Dialogs", "Word documents (*.docx)")


def export_pattern() -> str:
    return translate("Dialogs", "Excel workbooks (*.xlsx);;PDF documents (*.pdf)")
