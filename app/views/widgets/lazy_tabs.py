"""Tabs (and other hidden parts) built when first needed, so a section opens with only the tab on screen built.

A section page with several tabs used to build every tab's widgets, tables and dialogs'
models at once on the GUI thread, the hidden ones too: the click on the sidebar froze for
that long (issue 19).  ``LazyTabs.add_lazy`` adds a tab by the function that makes its
content; the content is made when the tab is first shown or first asked for
(``page(index)``, so code and tests that reach into a tab still find it), placed in the
tab's holder, and ``built`` tells the page, which connects it and registers its toolbars
then.  ``lazy_tab(INDEX)`` is a page attribute that builds on first access.  ``LazyWidget``
is the same for one place (a stack's hidden page, an editor shown on demand)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyWidget(QWidget):
    """A place in a layout, a stack or a tab widget whose content is made when first asked
    for (``content()``): a section's hidden editor or tab costs nothing until it is used."""

    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._make: Callable[[], QWidget] | None = make
        self._content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        if self._content is None:
            make, self._make = self._make, None
            self._content = make()
            self.layout().addWidget(self._content)
            # shown with its holder now, not at the next turn of the event loop: a toolbar
            # registered for it must find it on screen
            self._content.show()
        return self._content


class LazyTabs(QTabWidget):
    built = Signal(int, QWidget)  # the tab's index and its content, just made

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._ready = False  # until the page is laid out and calls start()
        self._waiting: dict[int, Callable[[QWidget], None]] = {}  # for tabs not made yet
        self.currentChanged.connect(self._turned)

    def add_lazy(self, label: str, make: Callable[[], QWidget]) -> int:
        return self.addTab(LazyWidget(make), label)

    def page(self, index: int) -> QWidget:
        """The tab's content, made now if it was not yet."""
        holder = self.widget(index)
        if not isinstance(holder, LazyWidget):
            return holder  # a tab added with addTab
        if holder.is_built:
            return holder.content()
        content = holder.content()
        self.built.emit(index, content)
        waiting = self._waiting.pop(index, None)
        if waiting is not None:
            waiting(content)
        return content

    def when_built(self, index: int, apply: Callable[[QWidget], None]) -> None:
        """``apply(content)`` now if the tab is made, else right after it is (a page's
        answer for a tab not shown yet: only the last one waits)."""
        if self.is_built(index):
            self._waiting.pop(index, None)
            apply(self.page(index))
        else:
            self._waiting[index] = apply

    def current_page(self) -> QWidget:
        return self.page(self.currentIndex())

    def is_built(self, index: int) -> bool:
        holder = self.widget(index)
        return not isinstance(holder, LazyWidget) or holder.is_built

    def built_pages(self) -> list[QWidget]:
        return [self.page(i) for i in range(self.count()) if self.is_built(i)]

    def index_of_page(self, content: QWidget) -> int:
        for index in range(self.count()):
            holder = self.widget(index)
            if holder is content or (isinstance(holder, LazyWidget) and holder.is_built
                                     and holder.content() is content):
                return index
        return -1

    def currentWidget(self) -> QWidget:  # noqa: N802
        """The shown tab's content once made (its holder before the page starts)."""
        holder = super().currentWidget()
        if isinstance(holder, LazyWidget) and holder.is_built:
            return holder.content()
        return holder

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802
        """A tab by its content too (``tabs.setCurrentWidget(page.backups)``), not only by
        its holder."""
        index = self.index_of_page(widget)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            super().setCurrentWidget(widget)

    def start(self) -> None:
        """The page is laid out: from now on a tab is built when it is shown (the current
        one at once)."""
        self._ready = True
        if self.currentIndex() >= 0:
            self.page(self.currentIndex())

    def _turned(self, index: int) -> None:
        if self._ready and index >= 0:
            self.page(index)


def lazy_tab(index: int, tabs: str = "tabs") -> property:
    """A page attribute for the content of tab ``index`` of its ``tabs``, made on first
    access."""
    return property(lambda page: getattr(page, tabs).page(index))
