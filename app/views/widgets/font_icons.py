"""Material Design Icons drawn from qtawesome's font files without importing qtawesome.

Importing qtawesome costs about a quarter of a second at start-up (QtPy star-imports every Qt
class, then every icon set is registered); the toolbar needs one font and a dozen glyphs.
This draws a glyph the way qtawesome's text painter does (pixel size 0.875 × the icon
height, centred), in one colour when enabled and another when disabled.  When the font files
cannot be found (an unusual build), ``icon`` falls back to qtawesome itself."""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPixmap,
)

FONT = "materialdesignicons6-webfont-6.9.96.ttf"
CHARMAP = "materialdesignicons6-webfont-charmap-6.9.96.json"


@cache
def _mdi6() -> tuple[str, dict[str, int]] | None:
    """The font family and the glyph of each name, loaded once; None when not found."""
    spec = importlib.util.find_spec("qtawesome")  # finds the package, does not run it
    if spec is None or not spec.submodule_search_locations:
        return None
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    try:
        charmap = json.loads((fonts / CHARMAP).read_text(encoding="utf-8"))
        data = (fonts / FONT).read_bytes()
    except OSError:
        return None
    font_id = QFontDatabase.addApplicationFontFromData(data)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    return families[0], {name: int(code, 16) for name, code in charmap.items()}


class GlyphEngine(QIconEngine):
    def __init__(self, family: str, char: str, color: str, disabled: str,
                 selected: str | None = None):
        super().__init__()
        self.family, self.char = family, char
        self.color, self.disabled = QColor(color), QColor(disabled)
        self.selected = QColor(selected) if selected else self.color

    def paint(self, painter: QPainter, rect: QRect, mode, state) -> None:
        painter.save()
        painter.setPen(self.disabled if mode == QIcon.Mode.Disabled else
                       self.selected if mode == QIcon.Mode.Selected else self.color)
        font = QFont(self.family)
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.family, self.char, self.color.name(), self.disabled.name(),
                           self.selected.name())


def icon(name: str, color: str, disabled: str, selected: str | None = None) -> QIcon:
    """``name`` as qtawesome spells it («mdi6.printer-outline»); ``selected``: its colour on
    a selected row (white on the sidebar's accent)."""
    prefix, _, glyph = name.partition(".")
    loaded = _mdi6() if prefix == "mdi6" else None
    if loaded is not None and glyph in loaded[1]:
        family, codes = loaded
        return QIcon(GlyphEngine(family, chr(codes[glyph]), color, disabled, selected))
    import os

    os.environ.setdefault("QT_API", "pyside6")  # QtPy must not go looking for PyQt
    import qtawesome

    return qtawesome.icon(name, color=color, color_disabled=disabled)
