"""What the grant views share: percent and contract texts, column sizing from a sample,
the drill-down's tables."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from app.formats import format_date
from app.services.grants import ContractRow
from app.views.grants.record_model import RecordTableModel
from app.views.widgets.filling_table import FillingTableView

OVERDUE_TEXT, OVERDUE_BACKGROUND = "#b3261e", "#fde2e1"
TOTAL_BACKGROUND = "#eef2f6"
_SAMPLE = 200  # rows looked at to size a column (DESIGN.md: never resize to all contents)


def fmt_thousands(value: Decimal | None) -> str:
    """Thousands of roubles as Russian forms write them: 41 250,00 (for 41 250 000 ₽)."""
    if value is None:
        return ""
    text = f"{(value / 1000).quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"
    return text.replace(",", "\u00a0").replace(".", ",")


def contract_title(row: ContractRow) -> str:
    """«№ 15/2026 от 12.03.2026 — ООО «Станки»» for lists and headings."""
    return QCoreApplication.translate("Grants", "No. {number} of {date} — {supplier}").format(
        number=row.number, date=format_date(row.signed_on), supplier=row.supplier)


def sample_widths(view: QAbstractItemView, minimum: int = 60, maximum: int = 300,
                  padding: int = 22) -> list[int]:
    """Column widths from the header and the first rows' text (a sample, not every row);
    long texts are cut at ``maximum`` (their tooltip shows them whole)."""
    model = view.model()
    header = view.header() if hasattr(view, "header") else view.horizontalHeader()
    bold = header.font()
    bold.setBold(True)
    head_metrics, cell_metrics = QFontMetrics(bold), view.fontMetrics()
    bold_cells = QFontMetrics(bold)
    rows = _sample_indexes(model)
    widths = []
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal) or ""
        head = max(head_metrics.horizontalAdvance(part) for part in str(title).split("\n"))
        head += padding
        cells = 0
        for parent, row in rows:
            index = model.index(row, column, parent)
            text = str(model.data(index) or "")
            metrics = bold_cells if model.data(index, Qt.ItemDataRole.FontRole) else cell_metrics
            cells = max(cells, metrics.horizontalAdvance(text) + padding)
        widths.append(max(minimum, head, min(maximum, cells)))
    return widths


def _sample_indexes(model) -> list:
    out, queue = [], [QModelIndex()]
    while queue and len(out) < _SAMPLE:
        parent = queue.pop(0)
        for row in range(model.rowCount(parent)):
            out.append((parent, row))
            child = model.index(row, 0, parent)
            if model.rowCount(child):
                queue.append(child)
    return out[:_SAMPLE]


FILL_MINIMUM = 200


def record_table(model: RecordTableModel, fill_column: int) -> FillingTableView:
    """A table of the drill-down: sortable, one row chosen at a time, rows of one height."""
    table = FillingTableView(fill_column)
    table.setModel(model)
    # no column sorted, set before sorting is on: a table made over rows (a tab made when
    # first shown) keeps them in the order they came
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(26)
    return table


def fit_columns(table: FillingTableView, fill_minimum: int = FILL_MINIMUM) -> None:
    """A drill-down table's columns as wide as their header and a sample of the rows; the
    text column that fills the rest may shrink to FILL_MINIMUM (its tooltip shows it)."""
    widths = sample_widths(table, maximum=280, padding=16)
    widths[table.fill_column] = min(widths[table.fill_column], fill_minimum)
    table.set_widths(widths)
