"""Career maps on paper: one map as a PDF page (A4 or A3, portrait or landscape), and the
batch for the print shop — every approved map of the cluster in one PDF plus each map as
its own file.

The page is laid out by career_layout (shared with the on-screen preview) and drawn here with
reportlab's canvas: PT Sans embedded, logos as images (one copy per picture in a file, however
many maps show it), the QR code as vector squares.
"""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from app.models import CareerMap
from app.services.base import Service, translate
from app.services.career_data import MapStatus
from app.services.career_store import printable_map, printable_maps
from app.services.cluster import current_cluster, document_author
from app.services.errors import NotFoundError, ValidationError
from app.services.files import atomic_write
from app.services.permissions import Permission, requires
from app.services.reports.career_batch import SharedBatch
from app.services.reports.career_layout import layout_page
from app.services.reports.career_model import PrintableMap
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
from app.services.reports.pdf import FONT, clean, register_fonts
from app.services.reports.pdf_images import SharedImages, binary_streams
from app.services.reports.properties import LANGUAGE, DocumentProperties


@dataclass(frozen=True)
class BatchResult:
    combined: Path  # every map, one a page
    files: list[Path]  # one PDF a map
    maps: int


class _Painter:
    """Draws ``Page`` items on a reportlab canvas (y flipped: the page's origin is top left)."""

    def __init__(self, canvas: Canvas, batch: SharedBatch | None = None):
        self.c = canvas
        self.batch = batch  # a batch's: its files number the characters alike, share pages
        self.colours: dict[str, HexColor] = {}
        self.images: dict[str, ImageReader] = {}
        self.encoded = SharedImages()  # each logo compressed once, whatever the files

    def colour(self, value: str) -> HexColor:
        if value not in self.colours:
            self.colours[value] = HexColor(value)
        return self.colours[value]

    def draw(self, page: Page) -> None:
        c, h = self.c, page.height
        for item in page.items:
            if isinstance(item, TextBlock):
                for line in item.lines:
                    c.setFillColor(self.colour(line.color))
                    if line.char_space:
                        text = c.beginText(line.x, h - line.baseline)
                        text.setFont(line.font, line.size)
                        text.setCharSpace(line.char_space)
                        text.textOut(line.text)
                        text.setCharSpace(0)  # Tc outlives the text object in PDF
                        c.drawText(text)
                    else:
                        c.setFont(line.font, line.size)
                        c.drawString(line.x, h - line.baseline, line.text)
            elif isinstance(item, Rect):
                self.rect(item, h)
            elif isinstance(item, Polyline):
                c.setStrokeColor(self.colour(item.color))
                c.setLineWidth(item.width)
                c.setLineJoin(1)
                path = c.beginPath()
                (x0, y0), *rest = item.points
                path.moveTo(x0, h - y0)
                for x, y in rest:
                    path.lineTo(x, h - y)
                c.drawPath(path, stroke=1, fill=0)
            elif isinstance(item, Polygon):
                c.setFillColor(self.colour(item.fill))
                path = c.beginPath()
                (x0, y0), *rest = item.points
                path.moveTo(x0, h - y0)
                for x, y in rest:
                    path.lineTo(x, h - y)
                path.close()
                c.drawPath(path, stroke=0, fill=1)
            elif isinstance(item, Circle):
                if item.fill:
                    c.setFillColor(self.colour(item.fill))
                if item.stroke:
                    c.setStrokeColor(self.colour(item.stroke))
                    c.setLineWidth(item.stroke_width)
                c.circle(item.cx, h - item.cy, item.r, stroke=int(bool(item.stroke)),
                         fill=int(bool(item.fill)))
            elif isinstance(item, Picture):
                self.picture(item, h)
            elif isinstance(item, QrCode):
                self.qr(item, h)

    def rect(self, item: Rect, h: float) -> None:
        c, b = self.c, item.box
        if item.fill:
            c.setFillColor(self.colour(item.fill))
        if item.stroke:
            c.setStrokeColor(self.colour(item.stroke))
            c.setLineWidth(item.stroke_width)
        stroke, fill = int(bool(item.stroke)), int(bool(item.fill))
        if item.radius:
            c.roundRect(b.x, h - b.bottom, b.w, b.h, item.radius, stroke=stroke, fill=fill)
        else:
            c.rect(b.x, h - b.bottom, b.w, b.h, stroke=stroke, fill=fill)

    def picture(self, item: Picture, h: float) -> None:
        c, f = self.c, item.frame
        c.setFillColor(self.colour(item.frame_fill))
        c.setStrokeColor(self.colour(item.frame_stroke))
        c.setLineWidth(0.6)
        c.roundRect(f.x, h - f.bottom, f.w, f.h, item.radius, stroke=1, fill=1)
        if item.image is None or not item.png:
            return
        key = item.key or str(hash(item.png))
        reader = self.images.get(key)
        if reader is None:
            try:
                reader = ImageReader(io.BytesIO(item.png))
            except Exception:  # noqa: BLE001 - a damaged logo leaves its frame empty
                return
            self.images[key] = reader
        b = item.image
        self.encoded.draw(c, key, reader, b.x, h - b.bottom, b.w, b.h)

    def qr(self, item: QrCode, h: float) -> None:
        c, b = self.c, item.box
        n = len(item.modules)
        cell = b.w / n
        c.setFillColor(self.colour("#FFFFFF"))
        c.rect(b.x, h - b.bottom, b.w, b.h, stroke=0, fill=1)
        c.setFillColor(self.colour(item.color))
        path = c.beginPath()
        for r, row in enumerate(item.modules):
            start = None
            for col, dark in enumerate((*row, False)):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    # a run of dark modules as one rectangle (a hair wider: no seams)
                    path.rect(b.x + start * cell, h - b.y - (r + 1) * cell,
                              (col - start) * cell + 0.01, cell + 0.01)
                    start = None
        c.drawPath(path, stroke=0, fill=1)


def _canvas(target, width: float, height: float, title: str, author: str) -> Canvas:
    register_fonts()
    canvas = Canvas(str(target), pagesize=(width, height), pageCompression=1,
                    initialFontName=FONT, lang=LANGUAGE)
    DocumentProperties(title, author, translate("CareerMaps", "Graduate career map"),
                       ).apply_to_canvas(canvas)
    return canvas


def _title(m: PrintableMap) -> str:
    return clean(f"{m.code} {m.profession}").replace("\n", " ")


def check_fits(m: PrintableMap, page: Page) -> None:
    """A map smaller than A3 whose text had to be cut («…») at the smallest readable type
    (career_text.MIN_SIZE) is refused with the advice to print it on A3, where it fits."""
    if min(page.width, page.height) < PAGE_SIZES["A3"][0] - 1 and any(
            b.truncated for b in page.blocks()):
        raise ValidationError({"size": translate(
            "CareerMaps", "The career map «{name}» does not fit on A4 without type smaller "
                          "than 6 pt. Print it on A3.").format(name=_title(m))})


def write_pages(pages: list[tuple[PrintableMap, Page]], target: Path | str, *,
                painter: _Painter | None = None, author: str = "") -> Path:
    """Laid-out pages into one PDF at ``target`` (written atomically); refused when a page
    smaller than A3 cannot hold its text (``check_fits``)."""
    for m, page in pages:
        check_fits(m, page)
    target = Path(target)
    first = pages[0][1]
    with atomic_write(target) as tmp, binary_streams():  # no ASCII85 text: smaller, faster
        title = _title(pages[0][0]) if len(pages) == 1 else translate(
            "CareerMaps", "Graduate career maps")
        canvas = _canvas(tmp, first.width, first.height, title, author)
        paint = _Painter(canvas)
        if painter is not None:
            paint.images = painter.images  # one decoded copy of each logo for the batch
            paint.encoded = painter.encoded  # and one compressed copy
            if painter.batch is not None:
                painter.batch.prepare(canvas)  # and of each font subset
        batch = painter.batch if painter is not None else None
        for _, page in pages:
            canvas.setPageSize((page.width, page.height))
            if batch is None:
                paint.draw(page)
            elif not batch.replay(canvas, page, paint.encoded):  # drawn once a batch
                paint.draw(page)
                batch.record(canvas, page)
            canvas.showPage()
        canvas.save()
    return target


def write_maps(maps: Iterable[PrintableMap], target: Path | str, *, size: str = "A3",
               landscape: bool = True, author: str = "") -> Path:
    """Every map of ``maps`` as one page of one PDF at ``target``."""
    return write_pages([(m, layout_page(m, size, landscape)) for m in maps], target,
                       author=author)


def file_name(m: PrintableMap) -> str:
    """«15.02.16 Технология машиностроения (БПОУ ВО ЧМК).pdf», safe on Windows."""
    base = f"{m.code} {m.profession}"
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f«»]+', " ", base)
    return f"{short_name(' '.join(base.split()), 90) or 'career-map'}.pdf"


def short_name(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, without a bracket left open
    («… оборудования (по» would be read as a typo)."""
    if len(text) > limit:
        cut = text[:limit + 1]
        text = cut.rsplit(" ", 1)[0] if " " in cut else text[:limit]
        if text.count("(") > text.count(")"):
            text = text[:text.rfind("(")]
    return text.rstrip(" .,;:-–—(")


class CareerMapReportService(Service):
    @requires(Permission.CAREERS_READ)
    def page(self, map_id: uuid.UUID, size: str = "A3", landscape: bool = True) -> Page:
        """The laid-out page, for a preview drawn with Qt (the same layout as the PDF)."""
        _check_size(size)
        return layout_page(self.printable(map_id), size, landscape)

    @requires(Permission.CAREERS_READ)
    def printable(self, map_id: uuid.UUID) -> PrintableMap:
        with self._session() as s:
            m = s.get(CareerMap, map_id)
            if m is None:
                raise NotFoundError(translate("CareerMaps", "This career map no longer exists."))
            return printable_map(s, m, current_cluster(s).name)

    @requires(Permission.CAREERS_READ)
    def write_pdf(self, map_id: uuid.UUID, target: Path | str, size: str = "A3",
                  landscape: bool = True) -> Path:
        """One map as a one-page PDF (a draft prints marked «ПРОЕКТ»)."""
        _check_size(size)
        with self._session() as s:
            author = document_author(s)
        return write_maps([self.printable(map_id)], target, size=size, landscape=landscape,
                          author=author)

    @requires(Permission.CAREERS_READ)
    def write_approved(self, folder: Path | str, size: str = "A3", landscape: bool = True,
                       combined_name: str = "", progress: Callable[[int, int], None] | None
                       = None) -> BatchResult:
        """Every approved map of the cluster for the print shop: one PDF a map in
        ``folder`` and all of them in one more file."""
        _check_size(size)
        folder = Path(folder)
        with self._session() as s:
            cluster = current_cluster(s)
            rows = s.scalars(select(CareerMap).where(
                CareerMap.cluster_id == cluster.id,
                CareerMap.status == MapStatus.APPROVED.value)
                .order_by(CareerMap.code, CareerMap.college))
            maps = printable_maps(s, list(rows), cluster.name)  # a few queries in all
            author = document_author(s)
        if not maps:
            raise ValidationError({"maps": translate(
                "CareerMaps", "There is no approved career map to print.")})
        folder.mkdir(parents=True, exist_ok=True)
        files, used = [], set()
        pages = [(m, layout_page(m, size, landscape)) for m in maps]  # laid out once, drawn twice
        # shares decoded logos and font subsets between the files
        painter = _Painter(None, SharedBatch.for_pages(page for _, page in pages))
        for index, (m, page) in enumerate(pages, start=1):
            name = file_name(m)
            if name.casefold() in used:  # the same code at two colleges
                name = f"{name[:-4]} ({index}).pdf"
            used.add(name.casefold())
            files.append(write_pages([(m, page)], folder / name, painter=painter, author=author))
            if progress is not None:
                progress(index, len(maps) + 1)
        combined = folder / (combined_name or translate(
            "CareerMaps", "All career maps {size}.pdf").format(size=size.upper()))
        write_pages(pages, combined, painter=painter, author=author)
        if progress is not None:
            progress(len(maps) + 1, len(maps) + 1)
        return BatchResult(combined, files, len(maps))


def _check_size(size: str) -> None:
    if str(size).upper() not in ("A4", "A3"):
        raise ValidationError({"size": translate("CareerMaps", "The paper is A4 or A3.")})
