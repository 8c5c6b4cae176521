"""One toolbar row per section, above its tabs, for the list the user works in.

A section whose tabs or panels each have their own actions (a ``PageToolbar`` made by the tab
or panel itself) registers them here with the part of the screen they act on, their *scope*
(a tab, a panel, a list).  The row shows one of them at a time:

- the one whose scope holds the keyboard focus (a click in the infrastructure list shows the
  list's actions, a click in the sites' tree the sites' ones);
- else, among the scopes on screen now (the current tab, the shown page of a stack), the one
  used last, or the first registered;
- else a toolbar registered without a scope (the section's own), else an empty row.

Only the shown toolbar is visible, so only its keys answer (Qt's window-context shortcuts
need a visible widget): Ctrl+N and Del always act where the buttons act.  The row keeps the
height of its tallest toolbar, so switching never moves the tabs under it.

Nothing here knows about tabs: a scope counts as on screen when it would be visible with the
section (``isVisibleTo``), and the row is chosen again whenever a stack holding a scope turns
(tab widgets, nested tabs, panels' stacks alike); a part shown or hidden otherwise calls
``choose``."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QSizePolicy, QStackedWidget, QWidget

from app.views.widgets.page_actions import PageToolbar


class SectionToolbar(QStackedWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sectionToolbar")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._blank = QWidget()  # no part on screen has actions
        self.addWidget(self._blank)
        self._targets: list[tuple[PageToolbar, QWidget | None]] = []
        self._recent: list[PageToolbar] = []  # the toolbars the focus chose, latest first
        self._watched: set[int] = set()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # --- registering ---
    def add(self, toolbar: PageToolbar, scope: QWidget | None = None) -> PageToolbar:
        """Show ``toolbar`` (taken out of wherever it was laid out) for ``scope``; ``scope``
        None: the section's own toolbar, shown where no scope on screen has one.  Register
        once the section's widgets are laid out (the scope's place decides when it shows)."""
        self._targets.append((toolbar, scope))
        if self.indexOf(toolbar) < 0:  # one toolbar may serve several scopes
            self.addWidget(toolbar)  # reparented: its old layout lets it go; hidden till chosen
        if scope is not None:
            self._watch(scope)
        self.choose()
        return toolbar

    def toolbars(self) -> list[PageToolbar]:
        return list(dict.fromkeys(toolbar for toolbar, _scope in self._targets))

    def current_toolbar(self) -> PageToolbar | None:
        shown = self.currentWidget()
        return shown if isinstance(shown, PageToolbar) else None

    # --- choosing ---
    def choose(self, focus: QWidget | None = None) -> None:
        """Show the toolbar for ``focus`` (the focused widget), else for what is on screen."""
        on_screen = [(bar, scope) for bar, scope in self._targets
                     if scope is not None and self._on_screen(scope)]
        if focus is not None:
            holding = [(bar, scope) for bar, scope in on_screen
                       if scope is focus or scope.isAncestorOf(focus)]
            if holding:  # the innermost scope: a list inside a tab before the tab
                bar = max(holding, key=lambda target: _depth(target[1]))[0]
                if bar in self._recent:
                    self._recent.remove(bar)
                self._recent.insert(0, bar)
                self._show(bar)
                return
        shown = [bar for bar, _scope in on_screen]
        if self.current_toolbar() in shown and focus is not None:
            return  # the focus moved to a widget of no list: the row stays
        chosen = next((bar for bar in self._recent if bar in shown), None)
        if chosen is None and shown:
            chosen = shown[0]
        if chosen is None:
            chosen = next((bar for bar, scope in self._targets if scope is None), None)
        self._show(chosen)

    def _show(self, toolbar: PageToolbar | None) -> None:
        widget = toolbar if toolbar is not None else self._blank
        if self.currentWidget() is not widget:
            self.setCurrentWidget(widget)

    def _on_screen(self, scope: QWidget) -> bool:
        root = self.parentWidget()
        if root is None or not root.isAncestorOf(scope):
            return not scope.isHidden()
        return scope.isVisibleTo(root)

    def _focus_changed(self, _old, new) -> None:
        root = self.parentWidget()
        if new is None or root is None or not root.isAncestorOf(new) or self.isAncestorOf(new):
            return  # another section, a dialog, or this row's own search box
        self.choose(new)

    # --- following what is on screen ---
    def _watch(self, scope: QWidget) -> None:
        """Learn when the scope comes on screen or leaves it: a tab widget, nested tabs, a
        list's empty state and a panel's stack all turn a QStackedWidget.  Its signal, not
        show events: a page being destroyed sends those from half-deleted widgets."""
        root = self.parentWidget()
        widget = scope.parentWidget()
        while widget is not None and widget is not root:
            if isinstance(widget, QStackedWidget) and id(widget) not in self._watched:
                self._watched.add(id(widget))
                widget.currentChanged.connect(self._turned)
            widget = widget.parentWidget()

    def _turned(self, _index: int) -> None:
        self.choose()


def _depth(widget: QWidget) -> int:
    depth = 0
    while widget is not None:
        widget, depth = widget.parentWidget(), depth + 1
    return depth
