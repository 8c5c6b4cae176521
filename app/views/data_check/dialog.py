"""«Проверка данных»: a window beside the main one (not modal: the user fixes a record and
checks again) listing each contradiction the declared rules find.  A double-click (or Enter)
on a row asks the main window to open the record's section; the rule's explanation is shown
under the list for the row chosen.  The check runs off the GUI thread."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.formats import format_date
from app.services import Services
from app.services.data_check import Contradiction, DataCheckResult
from app.services.tasks import TaskRunner
from app.views.data_check.table_model import DataCheckModel
from app.views.widgets.colours import ALERT, CALM, GOOD
from app.views.widgets.loader import Loader


class DataCheckDialog(QDialog):
    open_record = Signal(str, object)  # a section key of the main window, the record's id
    loaded = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Data check"))
        self.setModal(False)
        self.result: DataCheckResult | None = None
        self.loader = Loader(tasks, lambda: services.data_check.run, self._arrived,
                             self._failed)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = DataCheckModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the rules' own order
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 300)
        header.resizeSection(1, 330)
        # a double-click or Enter (activated: doubleClicked as well would open it twice)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._explain(current.row()))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setStyleSheet(f"color: {CALM};")
        self.explanation.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        hint = QLabel(self.tr("Double-click a row to open the record's section."))
        hint.setStyleSheet(f"color: {CALM};")

        self.again = QPushButton(self.tr("Check again"))
        self.again.clicked.connect(self.reload)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.again)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(hint)
        layout.addLayout(bottom)
        self.resize(1000, 560)

    # --- loading ---
    def reload(self) -> None:
        self.again.setEnabled(False)
        self.summary.setText(self.tr("Checking…"))
        self.summary.setStyleSheet("")
        self.loader.run()

    def _arrived(self, result: DataCheckResult) -> None:
        self.result = result
        self.model.set_rows(result.contradictions)
        self.again.setEnabled(True)
        failed = sum(1 for count in result.by_rule().values() if count)
        if result.ok:
            self.summary.setText(self.tr("On {date} the data agree with all {rules} rules: "
                                         "no contradictions.").format(
                date=format_date(result.today), rules=len(result.rules)))
            self.summary.setStyleSheet(f"color: {GOOD};")
            self.explanation.clear()
        else:
            self.summary.setText(self.tr("On {date}: {count} contradictions with {failed} of "
                                         "{rules} rules.").format(
                date=format_date(result.today), count=len(result.contradictions), failed=failed,
                rules=len(result.rules)))
            self.summary.setStyleSheet(f"color: {ALERT};")
            self.table.selectRow(0)
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self.again.setEnabled(True)
        self.summary.setText(self.tr("The data check could not be run: {error}").format(
            error=exc))
        self.summary.setStyleSheet(f"color: {ALERT};")
        self.loaded.emit()

    # --- rows ---
    def _explain(self, row: int) -> None:
        found = self.model.contradiction(row)
        self.explanation.setText(f"{found.rule}. {found.explanation}" if found else "")

    def current(self) -> Contradiction | None:
        return self.model.contradiction(self.table.currentIndex().row())

    def open_row(self, row: int) -> None:
        found = self.model.contradiction(row)
        if found is not None:
            self.open_record.emit(found.section, found.record_id)

    def record_ids(self) -> list[uuid.UUID | None]:
        """For tests: the records listed, in the order shown."""
        return [self.model.contradiction(r).record_id for r in range(self.model.rowCount())]
