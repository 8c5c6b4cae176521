"""Pictures the services need drawn but do not draw: the window installs a drawer here (Qt's
SVG renderer, app/views/widgets/svg_drawing.py) and career_images asks it for SVG logos.
A tiny module, so installing the drawer at start-up loads nothing else."""

from __future__ import annotations

from typing import Protocol


class SvgDrawer(Protocol):
    """Draws an SVG: the window installs Qt's (app/views/widgets/svg_drawing.py)."""

    def available(self) -> bool: ...

    def draw(self, content: bytes, long_side: int) -> tuple[bytes, int, int]:
        """The PNG, its width and height; ValueError for a file it cannot draw."""


_drawer: SvgDrawer | None = None


def set_svg_drawer(drawer: SvgDrawer | None) -> None:
    global _drawer
    _drawer = drawer


def svg_drawer() -> SvgDrawer | None:
    return _drawer


def svg_available() -> bool:
    """SVG is drawn by the window's drawer, which needs a QGuiApplication (the command line
    runs a QCoreApplication and has no drawer)."""
    return _drawer is not None and _drawer.available()
