"""The dashboard's tiles as shown, kept for the next start (app/first_figures.py says when
they are still true) and drawn again by the start-up frame in the same cards, before the
database layer is loaded.  What is kept is what the user saw — the texts, the figure's colour,
the bars — so the frame cannot show a figure the dashboard would not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.views.dashboard.cards import CARD_QSS, Card, ShareBar, even_heights


def card_state(card: Card, row: int, column: int, columns: int = 1) -> dict:
    bars = [{"kind": bar.kind, "caption": bar.caption.text(), "value": bar.bar.value(),
             "percent": bar.percent.text()}
            for bar in card.findChildren(ShareBar) if not bar.isHidden()]
    return {"title": card.title.text(), "section": card.section, "figure": card.figure.text(),
            "figure_style": card.figure.styleSheet(), "change": card.change.text(),
            "change_shown": not card.change.isHidden(), "detail": card.detail.text(),
            "detail_style": card.detail.styleSheet(), "bars": bars,
            "row": row, "column": column, "columns": columns}


def tiles_state(title: QLabel, as_of: QLabel, grid: QGridLayout, under: list[Card]) -> dict:
    """The page's title, its date line and every tile with its place in the grid; ``under``:
    full-width tiles below the grid (the data check)."""
    cards = []
    for index in range(grid.count()):
        card = grid.itemAt(index).widget()
        if isinstance(card, Card):
            row, column, _rows, columns = grid.getItemPosition(index)
            cards.append(card_state(card, row, column, columns))
    rows = grid.rowCount()
    cards += [card_state(card, rows + n, 0, grid.columnCount()) for n, card in enumerate(under)]
    return {"title": title.text(), "as_of": as_of.text(), "cards": cards}


def restore_cards(states: list[dict], grid: QGridLayout) -> list[Card]:
    """The kept tiles, each in its place; clicks do nothing yet (the database is opening)."""
    cards = []
    for state in states:
        card = Card(str(state.get("title", "")), str(state.get("section", "")))
        card.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        card.figure.setText(str(state.get("figure", "")))
        card.figure.setStyleSheet(str(state.get("figure_style", "")))
        card.detail.setText(str(state.get("detail", "")))
        card.detail.setStyleSheet(str(state.get("detail_style", "")))
        card.show_change(str(state.get("change", "")))
        card.change.setVisible(bool(state.get("change_shown", True)))
        for kept in state.get("bars", []):
            bar = ShareBar(str(kept.get("kind", "")))
            bar.caption.setText(str(kept.get("caption", "")))
            bar.bar.setValue(int(kept.get("value", 0)))
            bar.percent.setText(str(kept.get("percent", "")))
            card.extra.addWidget(bar)
        grid.addWidget(card, int(state.get("row", 0)), int(state.get("column", 0)), 1,
                       int(state.get("columns", 1)))
        cards.append(card)
    for column in range(grid.columnCount()):
        grid.setColumnStretch(column, 1)
    tiles = [card for card, state in zip(cards, states, strict=True)
             if int(state.get("columns", 1)) == 1]
    even_heights(grid, tiles)
    for state in states:  # a line across the page (the data check) keeps its own height
        if int(state.get("columns", 1)) > 1:
            grid.setRowMinimumHeight(int(state.get("row", 0)), 0)
    return cards


def kept_page(figures: dict, message: QLabel) -> QScrollArea:
    """The start-up frame's page: the dashboard's title, ``message`` (its date and «opening
    the database…») and the kept tiles."""
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(16, 12, 16, 12)
    top = QHBoxLayout()
    title = QLabel(str(figures.get("title", "")))
    title.setObjectName("pageTitle")
    top.addWidget(title)
    top.addSpacing(12)
    top.addWidget(message, 1, Qt.AlignmentFlag.AlignBottom)
    column.addLayout(top)
    grid = QGridLayout()
    grid.setSpacing(12)
    cards = restore_cards(list(figures.get("cards", [])), grid)
    column.addLayout(grid)
    column.addStretch(1)
    page = QScrollArea()  # as the dashboard: a small window scrolls, it does not grow
    page.setWidgetResizable(True)
    page.setFrameShape(QFrame.Shape.NoFrame)
    page.setWidget(body)
    page.setStyleSheet(CARD_QSS)
    page.cards = cards
    return page
