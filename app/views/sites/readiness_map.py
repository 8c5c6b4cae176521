"""The site readiness map (карта готовности площадок): per site a total row in bold, then its
workshops; each figure coloured so the weak places stand out."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from app.formats import format_date
from app.services import Services, clock
from app.services.errors import Cancelled, ServiceError
from app.services.readiness import Readiness, percent_text
from app.services.reports.model import percent_band
from app.services.site_data import ReadinessRow
from app.views import dialogs
from app.views.widgets.background import run_blocking
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.page import PagePart
from app.views.widgets.page_actions import PageToolbar

GREEN, YELLOW, RED, GREY = "#d4edda", "#fff3cd", "#f8d7da", "#e9ecef"
# a column shows one figure, or two (by value / by count); the colour follows the first
COLUMNS: tuple[tuple[str, ...], ...] = (
    ("name",), ("repairs",), ("brandbook",),
    ("delivered_value", "delivered_count"), ("installed_value", "installed_count"),
    ("commissioned_value", "commissioned_count"), ("software",), ("overall",),
)
_INDENT = "\u2003\u2003"

_Index = QModelIndex | QPersistentModelIndex


def colour(value: Decimal | None) -> str:
    """The band the printed map paints (``percent_band``: 100 % green, from 50 % yellow,
    below red, nothing to measure grey), so the window and the PDF never disagree: a 99.6 %
    workshop is yellow beside its «99 %» in both."""
    return {"full": GREEN, "mid": YELLOW, "low": RED, "none": GREY}[percent_band(value)]


class ReadinessModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ReadinessRow] = []
        self._headers = (
            self.tr("Site / workshop"), self.tr("Repairs"), self.tr("Brand book"),
            self.tr("Delivered\nvalue / count"), self.tr("Installed\nvalue / count"),
            self.tr("Commissioned\nvalue / count"), self.tr("Software"), self.tr("Overall"),
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[ReadinessRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def figures(self, row: int, column: int) -> list[Decimal | None]:
        figures: Readiness = self._rows[row].figures
        return [getattr(figures, name) for name in COLUMNS[column]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        is_site = not row.workshop
        column = index.column()
        if role == Qt.ItemDataRole.FontRole and is_site:
            return self._bold
        if column == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.site if is_site else _INDENT + row.workshop
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.site if is_site else f"{row.site}\n{row.workshop}"
            return None
        values = self.figures(index.row(), column)
        if role == Qt.ItemDataRole.DisplayRole:
            return " / ".join(percent_text(v) for v in values)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(colour(values[0])))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1d2b36"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and len(values) == 2:
            return self.tr("By value: {value}\nBy count: {count}").format(
                value=percent_text(values[0]), count=percent_text(values[1]))
        return None

    def row_at(self, row: int) -> ReadinessRow:
        return self._rows[row]


class ReadinessPanel(PagePart):
    def __init__(self, services: Services, parent=None, on_add=None):
        super().__init__(services, None, parent)
        self.model = ReadinessModel(self)
        self._loaded = False  # until the first rows arrive the map is empty, not the cluster
        self.as_of = QLabel()
        self.as_of.setObjectName("asOfDate")
        # the page's toolbar prints the map; this tab's own toolbar exports it (Ctrl+E: the
        # infrastructure list, whose Ctrl+E it is too, is on the other tab)
        self.toolbar = PageToolbar()
        self.export_action = self.toolbar.standard("export", self.export_file,
                                                   self.tr("Export the map…"))
        legend = QLabel(self.tr(
            "Green: 100 %; yellow: 50 % and more; red: below 50 %; grey «—»: nothing to "
            "measure yet. Delivered, installed and commissioned: by value / by count, "
            "software excluded."))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #4a5a68;")
        rule = QLabel(self.tr(
            "Items bought under a contract count as delivered by its acceptance documents: "
            "the share of the contract's sum accepted (as in the monitoring form) of their "
            "value; installed and commissioned never exceed it. Items without a contract "
            "count by their stage."))
        rule.setObjectName("contractRule")
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #4a5a68;")
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.as_of)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        for column, width in enumerate((380, 90, 100, 130, 130, 130, 90, 90)):
            if column:
                self.table.setColumnWidth(column, width)

        self.empty_state = EmptyState(
            self.table, self.model, self.tr("There are no sites yet."),
            self.tr("Add the first site") if on_add else None, on_add,
            is_empty=lambda: self._loaded and self.model.rowCount() == 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(legend)
        layout.addWidget(rule)
        layout.addWidget(self.empty_state, 1)

    def set_rows(self, rows: list[ReadinessRow]) -> None:
        self._loaded = True
        self.model.set_rows(rows)
        self.as_of.setText(self.tr("As of {date}").format(date=format_date(clock.today())))

    def export_file(self) -> None:
        name = dialogs.choose_save_file(self, self.tr("Export the readiness map"),
                                        self.tr("readiness-map.xlsx"), dialogs.export_pattern())
        if not name:
            return
        if not name.lower().endswith((".xlsx", ".pdf")):
            name += ".xlsx"
        try:  # off the GUI thread, progress and «Отмена» after half a second
            run_blocking(self, self.tr("Exporting…"),
                         lambda progress, cancelled: self.services.reports.readiness(Path(name)))
        except Cancelled:
            return
        except (OSError, ServiceError) as exc:
            dialogs.show_message(self, self.tr("Not exported"), str(exc))
            return
        self.status.emit(self.tr("Written: {path}").format(path=name))
