"""Logos of a career map: a PNG, JPEG or SVG file turned into the PNG the printed page and
the preview use.  The original is kept too (a print shop may ask for it).

SVG is drawn by the window (Qt's renderer into a transparent image: a drawer the window
installs, so this module draws nothing itself); pictures go through Pillow with the same decompression-bomb guard as inspection
photos.  A file that is none of these is refused with a message, never a crash.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from app.services.base import translate
from app.services.drawing import svg_available, svg_drawer
from app.services.errors import ValidationError

#: A logo is small; a 10 MB file is already a photo of a billboard.
MAX_LOGO_BYTES = 10 * 1024 * 1024
#: The long side of the stored PNG: sharp at 300 dpi in a 80 mm frame on A3.
LOGO_PX = 1000
MAX_PIXELS = 100_000_000
_SVG = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]",
                  re.DOTALL | re.IGNORECASE)


@dataclass(frozen=True)
class LogoPicture:
    png: bytes
    width: int
    height: int
    content_type: str  # of the original


def _refuse(field: str, name: str) -> ValidationError:
    return ValidationError({field: translate(
        "CareerMaps", "The file {name} is not a logo: choose a PNG, JPEG or SVG picture."
    ).format(name=name)})


def is_svg(name: str, content: bytes) -> bool:
    return name.lower().endswith((".svg", ".svgz")) or bool(_SVG.match(content[:4096]))


def logo_picture(name: str, content: bytes, field: str = "logo") -> LogoPicture:
    """The PNG for a logo file's bytes, or a field error saying what is wrong."""
    if len(content) > MAX_LOGO_BYTES:
        raise ValidationError({field: translate(
            "CareerMaps", "The logo file is larger than 10 MB.")})
    if is_svg(name, content):
        return LogoPicture(*_svg_png(name, content, field), "image/svg+xml")
    return _raster_png(name, content, field)


def _svg_png(name: str, content: bytes, field: str) -> tuple[bytes, int, int]:
    if not svg_available():
        # Qt aborts the process when an SVG's text is drawn without a GUI application
        raise ValidationError({field: translate(
            "CareerMaps", "An SVG logo is imported in the program's window; here, choose "
                          "a PNG or JPEG file.")})
    if name.lower().endswith(".svgz") or content[:2] == b"\x1f\x8b":
        raise _refuse(field, name)  # compressed SVG: a decompression bomb in disguise
    try:
        return svg_drawer().draw(content, LOGO_PX)
    except ValueError:
        raise _refuse(field, name) from None


def _raster_png(name: str, content: bytes, field: str) -> LogoPicture:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            previous, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, MAX_PIXELS
            try:
                image = Image.open(io.BytesIO(content))
                if image.format not in ("PNG", "JPEG"):
                    raise _refuse(field, name)
                image.load()
            finally:
                Image.MAX_IMAGE_PIXELS = previous
    except Image.DecompressionBombError as exc:
        raise ValidationError({field: translate(
            "CareerMaps", "The picture {name} is too large (over 100 megapixels).").format(
                name=name)}) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise _refuse(field, name) from exc
    content_type = "image/png" if image.format == "PNG" else "image/jpeg"
    image = ImageOps.exif_transpose(image)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info)
    image = image.convert("RGBA" if has_alpha else "RGB")
    image.thumbnail((LOGO_PX, LOGO_PX), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG")
    return LogoPicture(out.getvalue(), image.width, image.height, content_type)
