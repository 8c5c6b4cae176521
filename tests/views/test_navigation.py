"""The sidebar (issue 21, item 9): a glyph for every section, a caption over each group, and
every row still one section (the window's row numbers, the menus and the keys count on it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.sections import SECTION_KEYS, SECTIONS
from app.views.widgets.navigation import make_navigation


def test_every_row_is_a_section_with_its_glyph_under_a_group_caption(qtbot):
    navigation = make_navigation(SECTIONS)
    qtbot.addWidget(navigation)
    navigation.resize(navigation.width(), 700)
    navigation.show()
    assert [navigation.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(navigation.count())] == list(SECTION_KEYS)
    assert all(not navigation.item(r).icon().isNull() for r in range(navigation.count()))
    captions = navigation.itemDelegate().captions
    assert sorted(captions.values()) == sorted({"Обзор", "Кластер", "Работа",
                                                "Документы и настройки"})
    first, second = navigation.visualItemRect(navigation.item(0)), \
        navigation.visualItemRect(navigation.item(1))
    assert first.height() > second.height()  # the caption's room above the first section
    # every title whole: no row wider than the sidebar, no sideways scrolling
    longest = max(navigation.fontMetrics().horizontalAdvance(navigation.item(r).text())
                  for r in range(navigation.count()))
    assert longest + navigation.iconSize().width() < navigation.viewport().width()
    assert navigation.horizontalScrollBar().maximum() == 0


def test_the_selected_glyph_is_drawn_light_on_the_accent(qtbot):
    navigation = make_navigation(SECTIONS)
    qtbot.addWidget(navigation)
    icon = navigation.item(0).icon()
    normal = icon.pixmap(18, 18).toImage()
    selected = icon.pixmap(18, 18, icon.Mode.Selected).toImage()

    def lightest(image: QImage) -> int:
        return max(image.pixelColor(x, y).lightness() for x in range(18) for y in range(18)
                   if image.pixelColor(x, y).alpha() > 200)

    assert lightest(selected) > lightest(normal) + 60
