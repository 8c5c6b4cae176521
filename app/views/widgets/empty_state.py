"""What a list shows while it has no rows at all: one calm sentence and a button that adds
the first row — the same in every section.  When a search or a filter hides every row,
the (empty) table stays, so the user sees the filter is what is empty."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.views.widgets.page_actions import icon


class EmptyState(QStackedWidget):
    """``view`` (a table or a tree over ``model``) or, while ``is_empty()``, the sentence and
    the button.  ``is_empty`` defaults to «the model has no rows»; a model that filters
    passes «the unfiltered rows are none»."""

    def __init__(self, view: QWidget, model: QAbstractItemModel, text: str,
                 button_text: str | None = None, on_add: Callable[[], None] | None = None,
                 is_empty: Callable[[], bool] | None = None, parent=None):
        super().__init__(parent)
        self.view = view
        self._is_empty = is_empty or (lambda: model.rowCount() == 0)
        self.panel = QWidget()
        self.panel.setObjectName("emptyState")
        column = QVBoxLayout(self.panel)
        column.addStretch(2)
        self.label = QLabel(text)
        self.label.setObjectName("emptyStateText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.label)
        self.button: QPushButton | None = None
        if button_text and on_add is not None:
            self.button = QPushButton(icon("mdi6.plus-circle-outline"), button_text)
            self.button.setObjectName("emptyStateButton")
            self.button.clicked.connect(lambda _checked=False: on_add())
            column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)
        self.addWidget(view)
        self.addWidget(self.panel)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.update_state)
        self.update_state()

    def showing_empty(self) -> bool:
        return self.currentWidget() is self.panel

    def update_state(self, *_args) -> None:
        self.setCurrentWidget(self.panel if self._is_empty() else self.view)
