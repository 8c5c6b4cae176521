"""The user guide inside the program: docs/user-guide/*.md rendered by Qt (F1).

QTextBrowser reads a ``.md`` source as Markdown, follows relative links between the pages and
finds pictures relative to the page shown; a search field finds text on the page (Enter or
«Далее» for the next match, Shift+Enter or «Назад» for the previous one, from the top again
at the end).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class HelpWindow(QWidget):
    def __init__(self, index: Path, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(900, 640)
        self.index = index
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # the guide's pages here, web links in the browser
        self.browser.anchorClicked.connect(self.follow)
        self.back = QPushButton(self.tr("Back"))
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.back.setEnabled(False)
        contents = QPushButton(self.tr("Contents"))
        contents.clicked.connect(self.show_index)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find on the page"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.search.textEdited.connect(lambda _t: self.find_next(from_top=True))
        self.previous_button = QPushButton(self.tr("Previous"))
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.clicked.connect(self.find_next)
        self.not_found = QLabel(self.tr("Not found"))
        self.not_found.hide()
        QShortcut(QKeySequence.StandardKey.Find, self, activated=lambda: (
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason), self.search.selectAll()))
        QShortcut(QKeySequence("Shift+Return"), self.search, activated=self.find_previous)
        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        bar = QHBoxLayout()
        bar.addWidget(contents)
        bar.addWidget(self.back)
        bar.addStretch(1)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.not_found)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.show_index()

    def source_page(self) -> Path:
        return Path(self.browser.source().toLocalFile())

    def show_index(self) -> None:
        self.show_page(self.index)

    def show_page(self, page: Path) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(page)),
                               QTextDocument.ResourceType.MarkdownResource)

    def follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url)  # relative to the page shown
        kind = QTextDocument.ResourceType.MarkdownResource \
            if target.path().endswith(".md") else QTextDocument.ResourceType.UnknownResource
        self.browser.setSource(target, kind)

    def find_next(self, from_top: bool = False) -> bool:
        return self._find(QTextDocument.FindFlag(0), from_top)

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward, False)

    def _find(self, flags, from_top: bool) -> bool:
        text = self.search.text()
        if not text:
            self.not_found.hide()
            return False
        if from_top:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        found = self.browser.find(text, flags)
        if not found:  # past the last (or first) match: once more from the other end
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            self.browser.moveCursor(QTextCursor.MoveOperation.End if backward
                                    else QTextCursor.MoveOperation.Start)
            found = self.browser.find(text, flags)
        self.not_found.setVisible(not found)
        return found
