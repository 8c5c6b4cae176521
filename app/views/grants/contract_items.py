"""The infrastructure items delivered under a contract, shown in the contract's window: the
other end of the item's «Contract» link.  Double-click (or «Show in its list») opens the item
in «Sites and workshops»."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.formats import format_date, format_money, format_number
from app.services.errors import ServiceError
from app.services.site_data import stage_label


class ContractItemsBox(QGroupBox):
    """``open_item(item_id)`` is called when the user asks to see an item."""

    def __init__(self, services, contract_id, open_item: Callable[[object], None], parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Infrastructure items bought under this contract"))
        self.setObjectName("contractItems")
        self.open_item = open_item
        try:
            self.rows = services.sites.contract_items(contract_id)
        except ServiceError:
            self.rows = []  # a role that cannot read sites still edits the contract
        self.table = QTableWidget(len(self.rows), 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Workshop"), self.tr("Item"), self.tr("Qty"), self.tr("Sum"),
            self.tr("Stage"), self.tr("Delivered on")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for n, row in enumerate(self.rows):
            cells = (row.workshop, row.name, format_number(row.quantity), format_money(row.cost),
                     stage_label(row.stage), format_date(row.delivered_on))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, row.id)
                cell.setToolTip(f"{row.site}\n{row.workshop}\n{row.name}")
                if column in (2, 3):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(n, column, cell)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 280)  # long names: the tooltip and the sideways scroll
        self.table.setMinimumWidth(760)
        self.table.cellDoubleClicked.connect(lambda *_a: self.show_chosen())
        self.show_button = QPushButton(self.tr("Show in its list"))
        self.show_button.setObjectName("showItem")
        self.show_button.clicked.connect(self.show_chosen)
        self.show_button.setEnabled(bool(self.rows))
        if self.rows:
            self.table.selectRow(0)
        empty = QLabel(self.tr("No infrastructure item is linked to this contract yet; "
                               "choose the contract in the item's window."))
        empty.setWordWrap(True)
        empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_chosen(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.open_item(self.rows[row].id)
