"""The toolbar every section shares: the same actions in the same places, the same icons
(Material Design Icons through qtawesome: one set, drawn from a font, sharp at any size) and
the same shortcuts — Ctrl+N add, Del delete, Ctrl+E export, Ctrl+P print, F5 refresh,
Ctrl+F the search box.

A page asks for the standard actions it has (``toolbar.standard("add", self.add)``) and
for its own (``toolbar.extra(...)``); the toolbar orders them itself, so «Add» is always
first and «Refresh» always last whatever order the page asked in.  Shortcuts have Qt's
window context: only the actions of the visible page (and its visible tab) answer them.  A
section with several parts (tabs, lists) shows their toolbars one at a time in one row above
its tabs: app/views/widgets/section_toolbar.py."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QToolBar, QToolButton, QWidget

translate = QCoreApplication.translate

ICON_COLOR = "#1f5f99"
ICON_DISABLED = "#a7b3bf"

# kind → (text, icon, shortcut, group); groups are separated by a line in the toolbar
STANDARD: dict[str, tuple[str, str, object, int]] = {
    "add": (QT_TRANSLATE_NOOP("PageActions", "Add"), "mdi6.plus-circle-outline",
            QKeySequence.StandardKey.New, 0),
    "edit": (QT_TRANSLATE_NOOP("PageActions", "Edit"), "mdi6.pencil-outline", None, 0),
    "delete": (QT_TRANSLATE_NOOP("PageActions", "Delete"), "mdi6.delete-outline",
               QKeySequence.StandardKey.Delete, 0),
    "import": (QT_TRANSLATE_NOOP("PageActions", "Import…"), "mdi6.file-import-outline", None, 2),
    "export": (QT_TRANSLATE_NOOP("PageActions", "Export…"), "mdi6.file-export-outline",
               QKeySequence("Ctrl+E"), 2),
    "print": (QT_TRANSLATE_NOOP("PageActions", "Print…"), "mdi6.printer-outline",
              QKeySequence.StandardKey.Print, 2),
    "refresh": (QT_TRANSLATE_NOOP("PageActions", "Refresh"), "mdi6.refresh",
                QKeySequence.StandardKey.Refresh, 4),
}
_ORDER = {kind: position for position, kind in enumerate(STANDARD)}
RECORD_GROUP, FILE_GROUP, REFRESH_GROUP = 0, 2, 4  # a section's own actions join the first two


@cache
def icon(name: str) -> QIcon:
    """One icon of the set, in the program's accent colour (grey when disabled)."""
    from app.views.widgets.font_icons import icon as glyph  # qtawesome's font, not its import

    return glyph(name, ICON_COLOR, ICON_DISABLED)


def set_tip(action: QAction, text: str) -> None:
    """The tooltip says what the action does, and its key: «Печать… (Ctrl+P)»."""
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({key})" if key else text)


def standard_text(kind: str) -> str:
    return QCoreApplication.translate("PageActions", STANDARD[kind][0])


def search_box(placeholder: str, width: int = 320) -> QLineEdit:
    """The search box of every section (a toolbar's, or a list's own above it); Ctrl+F puts
    the cursor in it while it is on screen."""
    box = QLineEdit()
    box.setObjectName("searchBox")
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
    box.setAccessibleName(translate("PageActions", "Search"))
    for button in box.findChildren(QToolButton):  # named for screen readers
        clears = button.defaultAction() is not None and \
            button.defaultAction().objectName() == "_q_qlineeditclearaction"
        name = translate("PageActions", "Clear the search") if clears else \
            translate("PageActions", "Search")
        button.setAccessibleName(name)
        button.setToolTip(name)
    box.setMinimumWidth(min(width, 220))
    box.setMaximumWidth(width)  # the same box in every section, whatever the actions
    QShortcut(QKeySequence.StandardKey.Find, box, activated=lambda: (
        box.setFocus(Qt.FocusReason.ShortcutFocusReason), box.selectAll()))
    return box


class PageToolbar(QToolBar):
    """A section's toolbar.  ``standard`` and ``extra`` return the QAction they made."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pageToolbar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(18, 18))
        self.setMovable(False)
        self._entries: list[tuple[int, int, QAction]] = []
        self._separators: dict[int, QAction] = {}  # a line before each group
        self._tail: list[QAction] = []  # the spacer and the search box, always at the right
        self.search: QLineEdit | None = None
        more = self.findChild(QToolButton, "qt_toolbar_ext_button")  # «»» when space runs out
        if more is not None:
            more.setAccessibleName(translate("PageActions", "More actions"))
            more.setToolTip(translate("PageActions", "More actions"))

    def standard(self, kind: str, slot, text: str | None = None,
                 shortcut: bool = True) -> QAction:
        """One of the standard actions; ``text`` names it more exactly («Add event»), the
        icon, the place and the shortcut stay the standard ones.  ``shortcut=False`` for a
        second toolbar on the same screen whose key the first one already answers."""
        default, icon_name, key, group = STANDARD[kind]
        action = QAction(icon(icon_name), text or standard_text(kind), self)
        action.setObjectName(f"action-{kind}")
        if key is not None and shortcut:
            action.setShortcut(QKeySequence(key))
        set_tip(action, action.text())
        action.triggered.connect(lambda _checked=False: slot())
        self._place(group, _ORDER[kind], action)
        return action

    def extra(self, text: str, slot, icon_name: str | None = None,
              file_action: bool = False) -> QAction:
        """A section's own action: with the record actions, or (``file_action``) with the
        file actions."""
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self._place(FILE_GROUP if file_action else RECORD_GROUP, len(self._entries) + 100, action)
        return action

    def share(self, action: QAction) -> QAction:
        """Show another toolbar's action here too, at its standard place (the section's
        Refresh or Print beside a list's own actions).  One action, so one key: only the
        toolbar on screen makes it answer."""
        kind = action.objectName().removeprefix("action-")
        if kind in STANDARD:
            self._place(STANDARD[kind][3], _ORDER[kind], action)
        else:
            self._place(RECORD_GROUP, len(self._entries) + 100, action)
        return action

    def add_search(self, placeholder: str, width: int = 320) -> QLineEdit:
        """The search box at the toolbar's right end; Ctrl+F puts the cursor in it."""
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = search_box(placeholder, width)
        self._tail = [self.addWidget(spacer), self.addWidget(box)]
        self.search = box
        return box

    def _place(self, group: int, order: int, action: QAction) -> None:
        """Insert ``action`` at its place; the actions already there keep their buttons
        (a page may have set a button's popup mode), only the separators move."""
        self._entries.append((group, order, action))
        self._entries.sort(key=lambda entry: (entry[0], entry[1]))
        position = next(i for i, entry in enumerate(self._entries) if entry[2] is action)
        if position + 1 < len(self._entries):
            before = self._entries[position + 1][2]
        else:
            before = self._tail[0] if self._tail else None
        self.insertAction(before, action)
        # a line before the first action of every group but the first one
        groups = sorted({entry[0] for entry in self._entries})
        for separator in self._separators.values():
            self.removeAction(separator)
        for later in groups[1:]:
            first = next(entry[2] for entry in self._entries if entry[0] == later)
            if later not in self._separators:
                separator = QAction(self)
                separator.setSeparator(True)
                self._separators[later] = separator
            self.insertAction(first, self._separators[later])
