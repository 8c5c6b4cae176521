"""What the grant views share: percent and contract texts, column sizing from a sample."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView

from app.formats import format_date
from app.services.grants import ContractRow

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
