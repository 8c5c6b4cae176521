"""The sidebar: every section of app/sections.py with its glyph, under a small caption for
each group («Обзор», «Кластер», «Работа», «Документы и настройки»).

The captions are painted by the delegate above the first section of a group, not added as
rows: a row is a section, so a row number stays a section's index (the window, the menus and
the keys count on it) and the arrow keys never stop on a caption.  The start-up frame and
the main window build the same sidebar here, so nothing moves when one replaces the other."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from app.sections import Section

CAPTION_HEIGHT = 22
CAPTION_COLOUR = "#6b7885"
ICON_SIZE = 18
WIDTH = 230
ROOM = 54  # the item's padding and margins (style.py), the glyph's gap, the frame


class NavigationDelegate(QStyledItemDelegate):
    def __init__(self, captions: dict[int, str], parent=None):
        super().__init__(parent)
        self.captions = captions  # row → the caption above it

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        if index.row() in self.captions:
            size.setHeight(size.height() + CAPTION_HEIGHT)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        caption = self.captions.get(index.row())
        if caption:
            area = QRect(option.rect)
            area.setHeight(CAPTION_HEIGHT)
            painter.save()
            font = QFont(option.font)
            font.setPointSizeF(max(7.5, font.pointSizeF() * 0.8))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(CAPTION_COLOUR))
            painter.drawText(area.adjusted(12, 0, -4, -3),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             caption.upper())
            painter.restore()
            option = QStyleOptionViewItem(option)
            option.rect = option.rect.adjusted(0, CAPTION_HEIGHT, 0, 0)
        super().paint(painter, option, index)


def make_navigation(sections: tuple[Section, ...], glyphs: bool = True) -> QListWidget:
    """The sidebar (``glyphs=False``: the start-up frame, which loads no icon font yet, keeps
    the glyphs' room so the text does not move when the window arrives)."""
    translate = QCoreApplication.translate
    navigation = QListWidget()
    navigation.setObjectName("navigation")
    navigation.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
    blank = QPixmap(ICON_SIZE, ICON_SIZE)
    blank.fill(Qt.GlobalColor.transparent)
    captions: dict[int, str] = {}
    group = None
    for row, section in enumerate(sections):
        item = QListWidgetItem(translate("MainWindow", section.title))
        item.setData(Qt.ItemDataRole.UserRole, section.key)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                     translate("MainWindow", section.group) if section.group else "")
        item.setIcon(_glyph(section.icon) if glyphs and section.icon else QIcon(blank))
        navigation.addItem(item)
        if section.group and section.group != group:
            captions[row] = translate("MainWindow", section.group)
        group = section.group
    navigation.setItemDelegate(NavigationDelegate(captions, navigation))
    # as wide as the longest title needs (a longer translation widens it), at least WIDTH
    navigation.ensurePolished()
    longest = max((navigation.fontMetrics().horizontalAdvance(navigation.item(r).text())
                   for r in range(navigation.count())), default=0)
    navigation.setFixedWidth(max(WIDTH, longest + ICON_SIZE + ROOM))
    return navigation


def _glyph(name: str) -> QIcon:
    from app.views.widgets.font_icons import icon

    return icon(name, "#3d5366", "#a7b3bf", selected="#ffffff")
