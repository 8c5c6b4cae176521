"""Qt's SVG renderer drawing a career map's SVG logo into a PNG for the services
(app/services/career_images.py draws nothing itself; the hook is app/services/drawing.py).  Installed where a QGuiApplication is
made: the window's start and the tests' application."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from app.services import drawing


class QtSvgDrawer:
    def available(self) -> bool:
        return isinstance(QGuiApplication.instance(), QGuiApplication)

    def draw(self, content: bytes, long_side: int) -> tuple[bytes, int, int]:
        from PySide6.QtSvg import QSvgRenderer  # loaded when a logo is drawn, not at start

        renderer = QSvgRenderer(QByteArray(content))
        if not renderer.isValid():
            raise ValueError("not a drawable SVG")
        box = renderer.viewBoxF()
        if box.isEmpty():
            size = renderer.defaultSize()
            box = QRectF(0, 0, size.width(), size.height())
        if box.width() <= 0 or box.height() <= 0:
            raise ValueError("not a drawable SVG")
        scale = long_side / max(box.width(), box.height())
        width = max(1, round(box.width() * scale))
        height = max(1, round(box.height() * scale))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, width, height))
        finally:
            painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(buffer.data()), width, height


def install() -> None:
    drawing.set_svg_drawer(QtSvgDrawer())
