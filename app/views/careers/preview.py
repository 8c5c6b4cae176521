"""The career map's page on screen: the very ``Page`` the PDF writer draws (career_layout),
painted with QPainter — rectangles, circles, arrows, the text lines at their baselines, the
logos and the QR code — scaled to fit the widget.

PT Sans is loaded from the same TTF files reportlab embeds, and every text line is stretched
to the width reportlab measured for it, so a line breaks and ends on screen where it does on
paper.
"""

from __future__ import annotations

from pathlib import Path

import fontpkg_pt_sans
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.services.reports.career_page import PAGE_SIZES, Page
from app.services.reports.career_text import (
    Circle,
    Picture,
    Polygon,
    Polyline,
    QrCode,
    Rect,
    TextBlock,
)
from app.services.reports.pdf import FONT_FILES

_fonts: dict[str, tuple[str, bool, bool]] = {}  # reportlab name → (family, bold, italic)


def qt_fonts() -> dict[str, tuple[str, bool, bool]]:
    """Register the PT Sans faces reportlab uses with Qt (once) and name their families."""
    if not _fonts:
        folder = Path(fontpkg_pt_sans.ROOT) / "files"
        for name, filename in FONT_FILES.items():
            font_id = QFontDatabase.addApplicationFont(str(folder / filename))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            _fonts[name] = (families[0] if families else "PT Sans", "Bold" in name,
                            "Italic" in name)
    return _fonts


class PagePainter:
    """Draws ``Page`` items on a QPainter whose coordinates are the page's points."""

    def __init__(self, painter: QPainter):
        self.p = painter
        self.images: dict[str, QImage] = {}
        self.dpi = painter.device().logicalDpiY() or 96
        self._font_cache: dict[tuple[str, float, float], QFont] = {}

    def font(self, name: str, size: float, char_space: float) -> QFont:
        key = (name, size, char_space)
        font = self._font_cache.get(key)
        if font is None:
            family, bold, italic = qt_fonts().get(name, ("PT Sans", False, False))
            font = QFont(family)
            font.setBold(bold)
            font.setItalic(italic)
            # a point size that comes out as ``size`` device units, whatever the screen's dpi
            font.setPointSizeF(size * 72.0 / self.dpi)
            font.setKerning(False)  # reportlab's widths have no kerning
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            if char_space:
                font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, char_space)
            self._font_cache[key] = font
        return font

    def draw(self, page: Page) -> None:
        p = self.p
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for item in page.items:
            if isinstance(item, TextBlock):
                self.text(item)
            elif isinstance(item, Rect):
                self.rect(item)
            elif isinstance(item, Polyline):
                pen = QPen(QColor(item.color), item.width)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPolyline(QPolygonF([QPointF(x, y) for x, y in item.points]))
            elif isinstance(item, Polygon):
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(item.fill))
                p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in item.points]))
            elif isinstance(item, Circle):
                self._pen_brush(item.fill, item.stroke, item.stroke_width)
                p.drawEllipse(QPointF(item.cx, item.cy), item.r, item.r)
            elif isinstance(item, Picture):
                self.picture(item)
            elif isinstance(item, QrCode):
                self.qr(item)

    def _pen_brush(self, fill: str | None, stroke: str | None, width: float) -> None:
        p = self.p
        p.setPen(QPen(QColor(stroke), width) if stroke else Qt.PenStyle.NoPen)
        p.setBrush(QColor(fill) if fill else Qt.BrushStyle.NoBrush)

    def rect(self, item: Rect) -> None:
        b = item.box
        self._pen_brush(item.fill, item.stroke, item.stroke_width)
        if item.radius:
            self.p.drawRoundedRect(QRectF(b.x, b.y, b.w, b.h), item.radius, item.radius)
        else:
            self.p.drawRect(QRectF(b.x, b.y, b.w, b.h))

    def text(self, block: TextBlock) -> None:
        p = self.p
        for line in block.lines:
            font = self.font(line.font, line.size, line.char_space)
            p.setFont(font)
            p.setPen(QColor(line.color))
            drawn = QFontMetricsF(font, p.device()).horizontalAdvance(line.text)
            if line.char_space:  # Qt spaces after the last letter too; reportlab's width not
                drawn -= line.char_space
            if drawn > 0 and abs(drawn - line.width) > 0.01:
                # end the line where reportlab's measure ends it
                p.save()
                p.translate(line.x, line.baseline)
                p.scale(line.width / drawn, 1.0)
                p.drawText(QPointF(0, 0), line.text)
                p.restore()
            else:
                p.drawText(QPointF(line.x, line.baseline), line.text)

    def picture(self, item: Picture) -> None:
        p, f = self.p, item.frame
        p.setPen(QPen(QColor(item.frame_stroke), 0.6))
        p.setBrush(QColor(item.frame_fill))
        p.drawRoundedRect(QRectF(f.x, f.y, f.w, f.h), item.radius, item.radius)
        if item.image is None or not item.png:
            return
        key = item.key or str(hash(item.png))
        image = self.images.get(key)
        if image is None:
            image = QImage.fromData(item.png)
            self.images[key] = image
        if image.isNull():  # a damaged logo leaves its frame empty, as on paper
            return
        b = item.image
        target = QRectF(b.x, b.y, b.w, b.h)
        # shrunk once, smoothly, to the pixels it covers: a big logo scaled by the painter
        # alone comes out jagged
        pixels = p.transform().mapRect(target).size().toSize()
        if 0 < pixels.width() < image.width() and 0 < pixels.height() < image.height():
            sized_key = f"{key}@{pixels.width()}x{pixels.height()}"
            sized = self.images.get(sized_key)
            if sized is None:
                sized = image.scaled(pixels, Qt.AspectRatioMode.IgnoreAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
                self.images[sized_key] = sized
            image = sized
        p.drawImage(target, image)

    def qr(self, item: QrCode) -> None:
        p, b = self.p, item.box
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#FFFFFF"))
        p.drawRect(QRectF(b.x, b.y, b.w, b.h))
        cell = b.w / len(item.modules)
        path = QPainterPath()
        for r, row in enumerate(item.modules):
            start = None
            for col, dark in enumerate((*row, False)):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    path.addRect(QRectF(b.x + start * cell, b.y + r * cell,
                                        (col - start) * cell + 0.01, cell + 0.01))
                    start = None
        p.fillPath(path, QBrush(QColor(item.color)))


class PagePreview(QWidget):
    """The page scaled to fit, on a grey desk; with no page, an empty sheet and a hint."""

    MARGIN = 12

    def __init__(self, parent=None):
        super().__init__(parent)
        self.page: Page | None = None
        self.size_name, self.landscape = "A3", True
        self.hint = ""
        self.painted = 0  # paint events served (tests)
        self.setMinimumSize(280, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._images: dict[str, QImage] = {}  # decoded logos, kept between paints

    def set_page(self, page: Page | None, hint: str = "") -> None:
        self.page, self.hint = page, hint
        self.update()

    def set_paper(self, size: str, landscape: bool) -> None:
        self.size_name, self.landscape = size, landscape
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 420)

    def paper(self) -> tuple[float, float]:
        if self.page is not None:
            return self.page.width, self.page.height
        w, h = PAGE_SIZES[self.size_name]
        return (h, w) if self.landscape else (w, h)

    def page_rect(self) -> QRectF:
        """Where the sheet lies in the widget, in pixels."""
        w, h = self.paper()
        room_w = max(1.0, self.width() - 2 * self.MARGIN)
        room_h = max(1.0, self.height() - 2 * self.MARGIN)
        scale = min(room_w / w, room_h / h)
        return QRectF((self.width() - w * scale) / 2, (self.height() - h * scale) / 2,
                      w * scale, h * scale)

    def paintEvent(self, event) -> None:  # noqa: N802
        self.painted += 1
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#D5DCE3"))
        sheet = self.page_rect()
        p.fillRect(sheet.translated(2, 3), QColor("#AEB8C2"))  # a shadow under the sheet
        p.fillRect(sheet, QColor("#FFFFFF"))
        if self.page is None:
            if self.hint:
                p.setPen(QColor("#5F6B76"))
                p.drawText(sheet.adjusted(24, 24, -24, -24),
                           Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.hint)
            p.end()
            return
        p.save()
        p.setClipRect(sheet)
        p.translate(sheet.topLeft())
        scale = sheet.width() / self.page.width
        p.scale(scale, scale)
        if len(self._images) > 100:  # sizes of many resizes: start afresh
            self._images.clear()
        painter = PagePainter(p)
        painter.images = self._images
        painter.draw(self.page)
        p.restore()
        p.end()


def render_page(page: Page, width_px: int) -> QImage:
    """The page as a picture ``width_px`` wide (for comparing with the PDF)."""
    scale = width_px / page.width
    image = QImage(width_px, round(page.height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    p = QPainter(image)
    p.scale(scale, scale)
    PagePainter(p).draw(page)
    p.end()
    return image
