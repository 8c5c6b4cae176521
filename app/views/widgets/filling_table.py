"""The one rule every list here follows for its columns (issue 21):

- the main text column (``fill_column``) takes the width the others leave;
- the other columns fit their content, measured on a sample of rows (never
  ``resizeColumnsToContents`` over a big table: 0.7 s at 100k rows, DESIGN.md), and at least
  their heading;
- when the list is narrower than that, the widest other columns give way first, down to their
  heading, so a main list does not scroll sideways at 1366 px;
- a width the user drags is remembered (per user, in the program's settings) and comes back;
- a cell whose text does not fit shows the whole of it as a tooltip."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QTableView, QToolTip

SAMPLE_ROWS = 60  # rows measured: the first ones and some spread through the rest
CELL_PADDING = 20  # the cell's margins and the sort arrow's room
WIDEST = 280  # no other column takes more than this from the main one
FILL_FLOOR = 300  # the main column keeps this much (or its content) before the others give way
FILL_LEAST = 120  # … and gives way down to this only when nothing else can
WHOLE = 200  # content up to this wide (dates, phones, sums) is never cut; longer text may be


class ElidedTipDelegate(QStyledItemDelegate):
    """A cell cut short («…») shows its whole text as a tooltip; a model's own tooltip wins."""

    def helpEvent(self, event, view, option, index):  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            tip = index.data(Qt.ItemDataRole.ToolTipRole) or elided_text(view, index)
            if tip:
                QToolTip.showText(event.globalPos(), str(tip), view)
                return True
        return super().helpEvent(event, view, option, index)


def elided_text(view, index) -> str:
    """The cell's text when its column is too narrow to show all of it, else ''."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or text == "":
        return ""
    text = str(text)
    width = view.columnWidth(index.column()) - CELL_PADDING // 2
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        width -= view.iconSize().width() if view.iconSize().width() > 0 else 16
    metrics = view.fontMetrics()
    longest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    return text if longest > width else ""


class FillingTableView(QTableView):
    """A table whose one text column takes the width the others leave; the others are sized
    from a sample of their rows (see the module's rule)."""

    def __init__(self, fill_column: int, parent=None):
        super().__init__(parent)
        self.fill_column = fill_column
        self.fill_minimum = 0
        self._fill_floor = 0
        self.fit_rows = False  # wrapped text: row heights follow the width (tens of rows only)
        self._natural: dict[int, int] = {}  # a column's width before the narrow window's cut
        self._floors: dict[int, int] = {}  # the least a column gives way to
        self._chosen: dict[int, int] = {}  # widths the user dragged (remembered)
        self._sizing = False
        self._loaded_chosen = False
        self._hidden_applied = False
        self.hidden_by_default: set[str] = set()  # column keys a narrow list starts without
        self.setItemDelegate(ElidedTipDelegate(self))
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.horizontalHeader().sectionResized.connect(self._dragged)

    # --- the rule ---
    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.size_columns)
            model.rowsInserted.connect(self._rows_added)

    def set_widths(self, widths=None) -> None:
        """Size the columns now (``widths``, once the starting widths of a fixed layout, are
        no longer needed: the content decides)."""
        self.size_columns()

    def size_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        self._load_chosen()
        header = self.horizontalHeader()
        header.ensurePolished()  # the headings' bold font comes with the style sheet
        rows = _sample(model.rowCount())
        self._natural, self._floors = {}, {}
        metrics = self.fontMetrics()
        for column in range(model.columnCount()):
            if self.isColumnHidden(column):
                continue
            needed = self._heading_width(column)
            content = max((self._cell_width(model, metrics, row, column) for row in rows),
                          default=0)
            if column == self.fill_column:  # short content (a number) needs no 300 px
                self.fill_minimum = max(needed, min(content, FILL_FLOOR))
                self._fill_floor = max(needed, min(content, FILL_LEAST))
                continue
            self._natural[column] = self._chosen.get(column, max(needed, min(content, WIDEST)))
            self._floors[column] = min(self._natural[column],
                                       max(needed, content if content <= WHOLE else needed))
        self.fit()

    def fit(self) -> None:
        model = self.model()
        if model is None or not self.fill_minimum:
            return
        widths = dict(self._natural)
        room = self.viewport().width() or self.width()
        excess = sum(widths.values()) + self.fill_minimum - room
        # first the others give way to their content's floor (short content stays whole),
        # then the main column to its least, then, before scrolling, the others to headings
        excess = _give_way(widths, {c: self._floors.get(c, self._heading_width(c))
                                    for c in widths}, excess)
        excess -= min(max(excess, 0), self.fill_minimum - self._fill_floor)
        _give_way(widths, {c: self._heading_width(c) for c in widths}, excess)
        self._sizing = True
        try:
            for column, width in widths.items():
                if self.columnWidth(column) != width:
                    self.setColumnWidth(column, width)
            others = sum(widths.values())
            # the main column gives way last, down to its heading (or FILL_LEAST)
            self.setColumnWidth(self.fill_column, max(self._fill_floor, room - others))
        finally:
            self._sizing = False
        if self.fit_rows:
            self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded_chosen and self._settings() is not None:
            self.size_columns()  # the settings are reachable once the table is in its page

    # --- measuring ---
    def _heading_width(self, column: int) -> int:
        text = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        bold = self.horizontalHeader().font()
        bold.setBold(True)  # the style sheet's headings are bold; measure as they are drawn
        metrics = QFontMetrics(bold)
        widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        return max(widest + CELL_PADDING, self.horizontalHeader().minimumSectionSize())

    @staticmethod
    def _cell_width(model, metrics: QFontMetrics, row: int, column: int) -> int:
        # model.data, not index.data: a Python model answers without a trip through Qt and
        # back (660 such trips were 0.1 s of a 10,000-row list's load while a worker ran)
        index = model.index(row, column)
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        width = 0
        if text not in (None, ""):
            width = max(metrics.horizontalAdvance(line)
                        for line in str(text).split("\n")) + CELL_PADDING
        if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
            width += 20
        return width

    def _rows_added(self, _parent, first: int, _last: int) -> None:
        if first == 0:  # the first rows of an empty list: now there is something to measure
            self.size_columns()

    # --- columns shown ---
    def _columns_menu(self, position) -> None:
        """The heading's context menu: a tick for each column (the main one always shown)."""
        from PySide6.QtWidgets import QMenu

        model = self.model()
        menu = QMenu(self)
        for column in range(model.columnCount()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)
                                        or "").replace("\n", " "))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.setEnabled(column != self.fill_column)
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        menu.popup(self.horizontalHeader().mapToGlobal(position))

    def hide_by_default(self, *keys: str) -> None:
        """Columns (by key) a list starts without until the user shows them."""
        self.hidden_by_default = set(keys)
        self._hidden_applied = self._loaded_chosen = False
        self.size_columns()

    def show_column(self, column: int, shown: bool) -> None:
        self.setColumnHidden(column, not shown)
        settings = self._settings()
        if settings is not None:
            hidden = [self._column_key(c) for c in range(self.model().columnCount())
                      if self.isColumnHidden(c)]
            settings.set(self._option("hidden"), ",".join(hidden) or "-")
        self.size_columns()

    def _hide_columns(self, settings) -> None:
        saved = str(settings.get(self._option("hidden")) or "") if settings else ""
        hidden = set(saved.split(",")) if saved else self.hidden_by_default
        for column in range(self.model().columnCount()):
            if column != self.fill_column:
                self.setColumnHidden(column, self._column_key(column) in hidden)

    # --- the user's widths ---
    def _dragged(self, column: int, _old: int, new: int) -> None:
        if self._sizing or column == self.fill_column or self.model() is None:
            return
        self._chosen[column] = new
        self._natural[column] = new
        settings = self._settings()
        if settings is not None:
            settings.set(self._option(), ",".join(
                f"{self._column_key(c)}={w}" for c, w in sorted(self._chosen.items())))
        self.fit()

    def _load_chosen(self) -> None:
        settings = self._settings()
        if self._loaded_chosen:
            return
        if settings is not None or not self._hidden_applied:
            self._hide_columns(settings)  # the defaults now, the user's choice once reachable
            self._hidden_applied = True
        if settings is None:
            return
        self._loaded_chosen = True
        keys = {self._column_key(c): c for c in range(self.model().columnCount())}
        for pair in str(settings.get(self._option()) or "").split(","):
            key, _, width = pair.partition("=")
            if key in keys and width.isdigit():
                self._chosen[keys[key]] = int(width)

    def _settings(self):
        """The program's settings, from the page the table is in (app/views/widgets/page.py)."""
        from app.settings import Settings

        widget = self.parentWidget()
        while widget is not None:
            settings = getattr(widget, "settings", None)
            if isinstance(settings, Settings):
                return settings
            widget = widget.parentWidget()
        return None

    def _column_key(self, column: int) -> str:
        keys = getattr(self.model(), "COLUMNS", ())
        return keys[column] if column < len(keys) else str(column)

    def _option(self, what: str = "widths"):
        from app.settings import Option

        model = self.model()
        keys = [k for k in getattr(model, "COLUMNS", ()) if not str(k).isdigit()] or [
            # no names of columns: the headings tell the lists apart
            str(model.headerData(c, Qt.Orientation.Horizontal) or c)
            for c in range(model.columnCount())]
        name = self.objectName() or ".".join((type(model).__name__, *keys))
        name = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name)
        return Option(f"columns/{name}/{what}", "", str)


def _give_way(widths: dict[int, int], floors: dict[int, int], excess: int) -> int:
    """Narrow ``widths`` by ``excess`` in all, each by its share of what it can spare above
    its floor; returns what could not be taken."""
    spare = {c: max(0, widths[c] - floors[c]) for c in widths}
    total = sum(spare.values())
    if excess <= 0 or not total:
        return excess
    part = min(1.0, excess / total)
    for column in widths:
        cut = min(spare[column], math.ceil(spare[column] * part))
        widths[column] -= cut
        excess -= cut
    return excess


def _sample(count: int) -> list[int]:
    """The first rows and rows spread evenly through the rest, ``SAMPLE_ROWS`` in all."""
    if count <= SAMPLE_ROWS:
        return list(range(count))
    head = list(range(SAMPLE_ROWS // 2))
    step = (count - len(head)) / (SAMPLE_ROWS - len(head))
    return head + [len(head) + int(i * step) for i in range(SAMPLE_ROWS - len(head))]
