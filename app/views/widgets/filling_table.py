"""A table whose one text column takes the width the others leave."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


class FillingTableView(QTableView):
    """A table whose one text column takes the width the others leave (never less than its
    starting width), so a wide window shows whole names and a narrow one scrolls."""

    def __init__(self, fill_column: int, parent=None):
        super().__init__(parent)
        self.fill_column = fill_column
        self.fill_minimum = 0
        self.fit_rows = False  # wrapped text: row heights follow the width (tens of rows only)

    def set_widths(self, widths) -> None:
        """The widths given, each at least as wide as its column's heading needs."""
        header = self.horizontalHeader()
        header.ensurePolished()  # the headings' bold font comes with the style sheet
        widths = [max(width, header.sectionSizeHint(column)) if self.model() is not None
                  else width for column, width in enumerate(widths)]
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self.fill_minimum = widths[self.fill_column]
        self.fit()

    def fit(self) -> None:
        model = self.model()
        if model is None or not self.fill_minimum:
            return
        others = sum(self.columnWidth(c) for c in range(model.columnCount())
                     if c != self.fill_column)
        self.setColumnWidth(self.fill_column,
                            max(self.fill_minimum, self.viewport().width() - others))
        if self.fit_rows:
            self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()
