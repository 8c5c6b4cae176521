"""A dashboard card (a tile): its caption, its number, the number's change since the end of
the last month, then what explains the number; it opens its section when clicked (or when
Enter or Space is pressed on it).  Tiles share one size (``even_heights``).  Also a labelled
progress bar for shares of a whole."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.formats import ROUBLE, format_percent, format_signed_number
from app.views.widgets.colours import CALM, Level, level_colour

_BAR_COLOURS = {"contracted": "#1f5f99", "paid": "#2e8b57"}

CARD_QSS = """
QFrame#dashboardCard { background: #ffffff; border: 1px solid #d5dde5; border-radius: 6px; }
QFrame#dashboardCard:hover { border: 1px solid #1f5f99; background: #f7fafd; }
QFrame#dashboardCard:focus { border: 2px solid #1f5f99; }
QFrame#dashboardCard QLabel { background: transparent; border: none; }
QLabel#cardTitle { font-weight: 600; color: #1d2b36; font-size: 10.5pt; }
QLabel#cardFigure { font-size: 17pt; font-weight: 600; color: #1d2b36; }
QLabel#cardChange { color: #6b7782; font-size: 9pt; }
"""


def change_text(change: int | Decimal | None, money: bool = False) -> str:
    """«+3 за месяц», «−1,2 млн ₽ за месяц», «без изменений за месяц»; empty for None (a
    figure with no history).  Money from 100 000 ₽ in millions, as the tiles show it."""
    if change is None:
        return ""
    if not change:
        return QCoreApplication.translate("DashboardPage", "no change this month")
    if not money:
        amount = format_signed_number(change)
    elif abs(change) >= 100_000:
        unit = QCoreApplication.translate("DashboardPage", "mln RUB").replace(" ", "\u00a0")
        amount = format_signed_number(Decimal(change) / 1_000_000, 1) + "\u00a0" + unit
    else:
        amount = format_signed_number(change, 0 if abs(change) >= 1 else 2) + "\u00a0" + ROUBLE
    return QCoreApplication.translate("DashboardPage", "{change} this month").format(
        change=amount)


class Card(QFrame):
    clicked = Signal(str)  # the section key
    width_changed = Signal()  # its text wraps anew: the tiles' common height may change

    def __init__(self, title: str, section: str, parent=None):
        super().__init__(parent)
        self.section = section
        self.setObjectName("dashboardCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.figure = QLabel()
        self.figure.setObjectName("cardFigure")
        # neutral grey whichever way it moved (issue 21: colour is for slipping and overdue);
        # one line kept even when empty, so the tiles' numbers and captions line up
        self.change = QLabel()
        self.change.setObjectName("cardChange")
        self.change.setTextFormat(Qt.TextFormat.PlainText)
        self.change.setMinimumHeight(self.change.fontMetrics().height())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 10)
        self.body.setSpacing(4)
        self.body.addWidget(self.title)
        self.body.addWidget(self.figure)
        self.body.addWidget(self.change)
        self.extra = QVBoxLayout()  # bars and the like go here
        self.extra.setSpacing(4)
        self.body.addLayout(self.extra)
        self.body.addWidget(self.detail, 1)

    def show_figures(self, figure: str, detail: str, alert: bool | Level = False) -> None:
        """``alert``: True (overdue: red) or a ``Level`` (amber for slipping)."""
        self.figure.setText(figure)
        level = Level.CRITICAL if alert is True else Level(alert or 0)
        colour = level_colour(level)
        self.figure.setStyleSheet(f"color: {colour};" if colour else "")
        self.detail.setText(detail)
        self.detail.setStyleSheet(f"color: {CALM};")

    def show_change(self, text: str) -> None:
        """«+3 за месяц»; empty where the figure has no history to compare with."""
        self.change.setText(text)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.width_changed.emit()

    # --- clicking ---
    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit(self.section)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.section)
            return
        super().keyPressEvent(event)


def even_heights(grid: QGridLayout, cards: list[Card]) -> None:
    """Every row of the grid as tall as the tallest tile needs at its width, so the tiles
    are one size whatever their text (a grid alone sizes each row by its own tallest)."""
    needed = 0
    for card in cards:
        width = card.width() if card.isVisible() else card.sizeHint().width()
        height = (card.heightForWidth(width) if card.hasHeightForWidth()
                  else card.sizeHint().height())
        needed = max(needed, height, card.minimumSizeHint().height())
    for row in range(grid.rowCount()):
        grid.setRowMinimumHeight(row, needed)


class ShareBar(QWidget):
    """«Contracted» over a bar filled to the per cent, the per cent written on it."""

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.caption = QLabel()
        self.caption.setStyleSheet(f"color: {CALM};")
        self.caption.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)  # the per cent beside the bar: never dark on dark
        self.bar.setFixedHeight(12)
        self.bar.setStyleSheet(
            "QProgressBar { border: 1px solid #c5cfd9; border-radius: 3px; background: #f2f5f8; }"
            f" QProgressBar::chunk {{ background: {_BAR_COLOURS.get(kind, '#1f5f99')}; }}")
        self.percent = QLabel()
        self.percent.setObjectName("sharePercent")
        self.percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.percent.setMinimumWidth(self.percent.fontMetrics().horizontalAdvance("100,0 %") + 4)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.bar, 1)
        row.addWidget(self.percent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.caption)
        layout.addLayout(row)

    def show_share(self, caption: str, percent: Decimal | None) -> None:
        self.caption.setText(caption)
        self.bar.setValue(0 if percent is None else max(0, min(100, int(percent))))
        self.bar.setFormat(format_percent(percent))
        self.percent.setText(format_percent(percent))
