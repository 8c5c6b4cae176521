"""Look at the whole window as a user on a 1366×768 laptop does (the «Done means» of issue 21):
every section and every tab of it, every dialog its add/edit actions open, at 1366×705.

Run as a script (``python -m tests.views.window_probe SHOTS_DIR``) so that the scaling
(``QT_SCALE_FACTOR``) is set before Qt starts; it prints one JSON list of the problems found
and saves a picture of each screen in SHOTS_DIR.  tests/views/test_window_fits.py runs it."""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path

SCALE = float(os.environ.get("QT_SCALE_FACTOR") or 1)
# a maximised window on a 1366×768 laptop; at 150 % a 1920×1080 one (1280×678 logical pixels)
SIZE = (1366, 705) if SCALE == 1 else (round(1920 / SCALE), round(1017 / SCALE))
MIN_WIDTH = 1024
# what must never be on screen: ids, URLs, Python booleans, ISO dates, table names
TECHNICAL = re.compile(
    r"_id\b|://|\bTrue\b|\bFalse\b|\b\d{4}-\d{2}-\d{2}\b|\bmembership\b|\borganization\b"
    r"|\bapp_user\b")
ADD_EDIT = ("action-add", "action-edit")
TEXT_ROWS = 60  # rows of a list whose text is scanned


def _visible(widget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _texts(root) -> list[str]:
    """The text a user can read in ``root``: labels, headings, list cells."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QLabel

    texts = [label.text() for label in root.findChildren(QLabel) if _visible(label)]
    for view in root.findChildren(QAbstractItemView):
        if not _visible(view) or view.model() is None:
            continue
        model = view.model()
        columns = _columns(model)
        for column in range(columns):
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        for row in range(min(model.rowCount(), TEXT_ROWS)):
            for column in range(columns):
                value = model.data(model.index(row, column))
                texts.append("" if value is None else str(value))
    return texts


def _columns(model) -> int:
    from PySide6.QtCore import QModelIndex

    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps its columnCount to itself
        return 1


def _list_problems(root, where: str) -> list[str]:
    """Horizontal scrolling on a list, headings narrower than their text."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    problems = []
    for view in root.findChildren(QTableView):
        if not _visible(view) or view.model() is None:
            continue
        name = view.objectName() or type(view.model()).__name__
        model = view.model()
        name += "[" + ", ".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                                for c in range(min(3, _columns(model)))) + "]"
        if view.horizontalScrollBar().isVisible():
            problems.append(f"{where}: {name} scrolls sideways")
        header = view.horizontalHeader()
        if header.isHidden():
            continue
        metrics = header.fontMetrics()
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
            needed = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 6
            if text and header.sectionSize(column) < needed:
                problems.append(f"{where}: {name} heading «{text}» clipped "
                                f"({header.sectionSize(column)} < {needed})")
    return problems


def _technical(root, where: str) -> list[str]:
    return [f"{where}: technical text «{text[:80]}»" for text in _texts(root)
            if TECHNICAL.search(text)]


class Probe:
    def __init__(self, app, window, shots: Path, tag: str):
        self.app, self.window, self.shots, self.tag = app, window, shots, tag
        self.problems: list[str] = []
        self.count = 0
        self.where = ""

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()
        self.window.wait_until_loaded()
        self.app.processEvents()

    def shot(self, widget, name: str) -> None:
        self.count += 1
        safe = re.sub(r"[^\w-]+", "_", name)[:60]
        widget.grab().save(str(self.shots / f"{self.tag}-{self.count:02d}-{safe}.png"))

    def look(self, name: str) -> None:
        """The window as it is now."""
        self.settle()
        self.where = name
        width = self.window.minimumSizeHint().width()
        width = max(width, self.window.minimumWidth())
        if width > MIN_WIDTH:
            pages = self.window.pages
            widest = max((pages.widget(i) for i in range(pages.count())),
                         key=lambda w: w.minimumSizeHint().width())
            self.problems.append(f"{name}: minimum window width {width} "
                                 f"(widest: {widest.objectName()})")
        height = max(self.window.minimumSizeHint().height(), self.window.minimumHeight())
        if height > SIZE[1]:
            self.problems.append(f"{name}: minimum window height {height}")
        page = self.window.pages.currentWidget()
        self.problems += _list_problems(page, name)
        self.problems += _technical(page, name)
        self.shot(self.window, name)

    def look_dialog(self, dialog) -> None:
        self.settle()
        name = f"{self.where} → {dialog.windowTitle()}"
        hint = dialog.minimumSizeHint()
        if hint.width() > MIN_WIDTH or hint.height() > SIZE[1]:
            self.problems.append(f"{name}: dialog needs {hint.width()}×{hint.height()}")
        self.problems += _list_problems(dialog, name)
        self.problems += _technical(dialog, name)
        self.shot(dialog, name)


def _tabs_of(widget):
    from PySide6.QtWidgets import QTabWidget

    return [tabs for tabs in widget.findChildren(QTabWidget) if _visible(tabs)]


def _walk(probe: Probe, page, name: str, seen: set) -> None:
    """Every tab of every visible tab widget, tabs within tabs too; add/edit on each."""
    tab_widgets = [t for t in _tabs_of(page) if id(t) not in seen]
    if not tab_widgets:
        probe.look(name)
        _add_and_edit(probe, page)
        return
    tabs = tab_widgets[0]
    seen.add(id(tabs))
    for index in range(tabs.count()):
        if not tabs.isTabEnabled(index):
            continue
        tabs.setCurrentIndex(index)
        probe.settle()
        _walk(probe, page, f"{name} - {tabs.tabText(index)}", set(seen))


def _add_and_edit(probe: Probe, page) -> None:
    from PySide6.QtWidgets import QTableView

    for view in page.findChildren(QTableView):
        if _visible(view) and view.model() is not None and view.model().rowCount():
            view.selectRow(0)
            view.setFocus()
    from shiboken6 import isValid

    for action in page.findChildren(object):
        if not isValid(action):  # an action shown before replaced it (a toolbar's separator)
            continue
        if getattr(action, "objectName", lambda: "")() in ADD_EDIT and hasattr(action, "trigger"):
            widgets = action.associatedObjects()
            if action.isEnabled() and any(_visible(w) for w in widgets if hasattr(w, "isVisible")):
                action.trigger()
                probe.settle()


def run(shots: Path, tag: str) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="clusterdesk-probe-")
    os.environ["CLUSTERDESK_HOME"] = home
    from PySide6.QtWidgets import QApplication, QDialog

    from app.i18n import install_translators
    from app.sections import SECTION_KEYS
    from app.services import Services, open_store
    from app.settings import Settings
    from app.views import dialogs
    from app.views.main_window import MainWindow
    from app.views.style import apply_style
    from app.views.widgets.svg_drawing import install as install_svg_drawing

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, "ru")
    apply_style(app)
    install_svg_drawing()
    url = os.environ.get("CLUSTERDESK_PROBE_DB") or f"sqlite:///{home}/probe.sqlite3"
    services = Services(open_store(url))
    services.demo.seed()
    window = MainWindow(services, Settings(f"{home}/settings.ini"))
    window.resize(*SIZE)
    window.show()
    probe = Probe(app, window, shots, tag)

    def look_instead_of_exec(dialog, *args):  # a modal dialog is looked at, then cancelled
        probe.look_dialog(dialog)
        dialog.reject()
        return 0

    QDialog.exec = look_instead_of_exec
    dialogs.confirm = lambda *a, **k: False  # nothing is deleted or replaced
    dialogs.show_message = lambda *a, **k: None
    for name in ("choose_open_file", "choose_save_file", "choose_folder"):
        setattr(dialogs, name, lambda *a, **k: "")
    dialogs.choose_open_files = lambda *a, **k: []
    dialogs.ask_text = lambda *a, **k: None
    for key in SECTION_KEYS:
        window.show_section(key)
        probe.settle()
        _walk(probe, window.pages.currentWidget(), key, set())
    window.resize(*SIZE)
    probe.settle()
    if window.width() > SIZE[0]:
        probe.problems.append(f"the window grew to {window.width()}×{window.height()}")
    window.hide()
    services.close()
    return probe.problems


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    print(json.dumps(run(target, f"x{scale}"), ensure_ascii=False))
