"""The career map's page and its frame: the paper sizes, the palette, the ``Page`` of
placed primitives, and ``PageFrame``, which draws what surrounds the body: the federal
project's band, the logos row, the profession's heading and the footer with its QR code.
The body (the ladder and the motivation tools) and ``layout_page`` are in career_layout.py.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from reportlab.lib.units import mm

from app.services.reports.career_model import PrintableMap, PrintLogo
from app.services.reports.career_text import (
    FONT,
    FONT_BOLD,
    Box,
    Picture,
    QrCode,
    Rect,
    Run,
    TextBlock,
    fit_text,
    measure,
)

translate = QCoreApplication.translate

PAGE_SIZES = {"A4": (595.28, 841.89), "A3": (841.89, 1190.55)}

BLUE = "#1F5C99"
NAVY = "#163F6B"
SKY = "#5B9BD5"
PALE = "#EEF3F8"
LINE = "#C9D5E1"
INK = "#1F2933"
MUTED = "#5F6B76"
ACCENT = "#D9731A"  # salaries
ACCENT_PALE = "#FDF1E4"
WHITE = "#FFFFFF"
TOOL_COLOURS = {"college": BLUE, "employer": "#2E8B7A", "region": ACCENT}


@dataclass
class Page:
    width: float
    height: float
    safe: Box  # inside the bleed-safe margin
    items: list = field(default_factory=list)

    def blocks(self, role: str = "") -> list[TextBlock]:
        return [i for i in self.items if isinstance(i, TextBlock)
                and (not role or i.role == role)]

    @property
    def text(self) -> str:
        return "\n".join(line.text for b in self.blocks() for line in b.lines)


def page_size(size: str = "A3", landscape: bool = True) -> tuple[float, float]:
    try:
        short, long = PAGE_SIZES[size.upper()]
    except KeyError:
        raise ValueError(f"unknown page size {size!r}: A4 or A3") from None
    return (long, short) if landscape else (short, long)


@functools.lru_cache(maxsize=256)
def qr_modules(data: str) -> tuple[tuple[bool, ...], ...]:
    # imported here: reportlab's barcode package costs ~1 s under load, and the career-map
    # section opens (its preview lays out maps) long before a QR code is drawn
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(data)
    code.make()
    n = code.getModuleCount()
    quiet = (False,) * (n + 4)
    rows = [quiet, quiet]
    rows += [(False, False, *(code.isDark(r, c) for c in range(n)), False, False)
             for r in range(n)]
    return tuple(rows + [quiet, quiet])


class PageFrame:
    """A page being laid out for one map, and the pieces around its body."""

    def __init__(self, m: PrintableMap, width: float, height: float):
        self.m = m
        self.u = min(width, height) / PAGE_SIZES["A4"][0]  # 1 on A4, 1.41 on A3
        margin = 12 * mm * self.u
        self.page = Page(width, height, Box(margin, margin, width - 2 * margin,
                                            height - 2 * margin))
        self.landscape = width > height
        self.add = self.page.items.append

    # ---- pieces --------------------------------------------------------------------------
    def label(self, text: str, box: Box, colour: str = BLUE, size: float = 7.5,
              align: str = "left", role: str = "label") -> TextBlock:
        u = self.u
        block = fit_text([Run(text.upper(), FONT_BOLD, size * u, colour, 1.15,
                              align=align, char_space=0.08)], box, floor=0.7, role=role)
        self.add(block)
        return block

    def band(self) -> float:
        """The header band; returns where the content below it starts."""
        u, safe, page = self.u, self.page.safe, self.page
        bottom = safe.y + 44 * u
        self.add(Rect(Box(0, 0, page.width, bottom), fill=BLUE))
        self.add(Rect(Box(0, bottom, page.width, 2.2 * u), fill=ACCENT))
        # inset from the safe edge: a wrapped title's first line keeps its capitals inside
        inner = Box(safe.x, safe.y + 2.5 * u, safe.w, bottom - safe.y - 8.5 * u)
        left_w = 150 * u
        self.add(fit_text([
            Run(translate("CareerMaps", "FEDERAL PROJECT"), FONT, 6.5 * u, "#CFE0F2", 1.2,
                char_space=0.18),
            Run(translate("CareerMaps", "PROFESSIONALITET"), FONT_BOLD, 16 * u, WHITE, 1.1,
                space_before=0.05, char_space=0.06)],
            Box(inner.x, inner.y, left_w, inner.h), valign="middle", role="band"))
        rule_x = inner.x + left_w + 8 * u
        self.add(Rect(Box(rule_x, inner.y + 4 * u, 0.8 * u, inner.h - 8 * u), fill="#7FA6CF"))
        right_w = 165 * u
        title_box = Box(rule_x + 10 * u, inner.y, inner.right - right_w - rule_x - 22 * u,
                        inner.h)
        runs = [Run(translate("CareerMaps", "GRADUATE CAREER MAP"), FONT_BOLD, 14 * u, WHITE,
                    1.15, char_space=0.04)]
        if self.m.cluster:
            runs.append(Run(self.m.cluster, FONT, 7.5 * u, "#DCE8F5", 1.2, space_before=0.3))
        self.add(fit_text(runs, title_box, floor=0.7, valign="middle", role="title"))
        stamp = Box(inner.right - right_w, inner.y, right_w, inner.h)
        if self.m.approval:
            first, *rest = self.m.approval
            self.add(fit_text([Run(first, FONT_BOLD, 8 * u, WHITE, 1.25, char_space=0.08)]
                              + [Run(line, FONT, 7 * u, "#DCE8F5", 1.25) for line in rest],
                              stamp, floor=0.6, valign="middle", role="approval"))
        else:
            pill = Box(stamp.right - 70 * u, stamp.cy - 9 * u, 70 * u, 18 * u)
            self.add(Rect(pill, stroke=WHITE, stroke_width=1.0 * u, radius=9 * u))
            self.add(fit_text([Run(translate("CareerMaps", "DRAFT"), FONT_BOLD, 8.5 * u, WHITE,
                                   1.1, align="center", char_space=0.15)],
                              pill.inset(4 * u, 2 * u), valign="middle", role="draft"))
            if self.m.edition > 1:
                self.add(fit_text([Run(translate("CareerMaps", "edition {n}").format(
                    n=self.m.edition), FONT, 7 * u, "#DCE8F5", align="right")],
                    Box(stamp.x, pill.bottom + 2 * u, stamp.w, 10 * u), role="edition"))
        return bottom + 2.2 * u

    def logo(self, logo: PrintLogo, frame: Box, caption_h: float) -> None:
        u = self.u
        image = None
        if logo.png and logo.width > 0 and logo.height > 0:
            room = frame.inset(5 * u)
            scale = min(room.w / logo.width, room.h / logo.height)
            w, h = logo.width * scale, logo.height * scale
            image = Box(room.cx - w / 2, room.cy - h / 2, w, h)
        self.add(Picture(frame, image, logo.png if image else None, logo.key,
                         radius=4 * u, frame_fill=WHITE if image else "#F7F9FB"))
        if logo.caption:
            self.add(fit_text([Run(logo.caption, FONT, 6.5 * u, MUTED, 1.15, align="center")],
                              Box(frame.x, frame.bottom + 3 * u, frame.w, caption_h),
                              floor=0.75, role="logo-caption"))

    def logos(self, top: float) -> float:
        u, safe, m = self.u, self.page.safe, self.m
        own = [m.federal_logo, m.industry_logo, m.college_logo]
        employers = list(m.employers)
        label_h, caption_h = 11 * u, 16 * u
        frame_h = 40 * u if self.landscape else 36 * u
        gap, split = 6 * u, 16 * u
        count = len(own) + len(employers)
        frame_w = min(92 * u, (safe.w - gap * (count - 1) - (split if employers else 0))
                      / count)
        y = top + 8 * u
        x = safe.x
        self.label(translate("CareerMaps", "Project · industry · college"),
                   Box(x, y, 3 * frame_w + 2 * gap, label_h))
        if employers:
            ex = x + 3 * (frame_w + gap) - gap + split
            self.label(translate("CareerMaps", "Employers"),
                       Box(ex, y, safe.right - ex, label_h))
        y += label_h
        for i, logo in enumerate(own + employers):
            fx = x + i * (frame_w + gap) + (split if i >= len(own) else 0)
            self.logo(logo, Box(fx, y, frame_w, frame_h), caption_h)
        if employers:
            sx = x + 3 * (frame_w + gap) - gap + split / 2
            self.add(Rect(Box(sx - 0.4 * u, y + 4 * u, 0.8 * u, frame_h - 8 * u), fill=LINE))
        return y + frame_h + 3 * u + caption_h

    def heading(self, top: float) -> float:
        u, safe, m = self.u, self.page.safe, self.m
        y = top + 6 * u
        code_w = 70 * u
        pill = Box(safe.x, y + 2 * u, code_w, 22 * u)
        self.add(Rect(pill, fill=BLUE, radius=11 * u))
        self.add(fit_text([Run(m.code, FONT_BOLD, 11 * u, WHITE, 1.1, align="center",
                               char_space=0.04)], pill.inset(4 * u, 2 * u), valign="middle",
                          role="code"))
        kind = (translate("CareerMaps", "Profession") if m.kind == "profession"
                else translate("CareerMaps", "Specialty"))
        facts = " · ".join(x for x in (kind, m.college, m.industry and translate(
            "CareerMaps", "industry: {name}").format(name=m.industry)) if x)
        runs = [Run(m.profession, FONT_BOLD, 19 * u, NAVY, 1.12),
                Run(facts, FONT, 8.5 * u, MUTED, 1.25, space_before=0.35)]
        width = safe.right - pill.right - 10 * u
        box = Box(pill.right + 10 * u, y, width, min(max(measure(runs, width, 1.0), 40 * u),
                                                     72 * u))
        self.add(fit_text(runs, box, floor=0.6, role="profession"))
        return y + box.h

    def footer(self, area: Box) -> None:
        u, m = self.u, self.m
        self.add(Rect(Box(area.x, area.y, area.w, 0.8 * u), fill=LINE))
        top = area.y + 8 * u
        qr_side = area.bottom - top if m.website else 0.0
        qr_w = qr_side + 130 * u if m.website else 0.0
        columns = [(translate("CareerMaps", "Geography"), m.geography),
                   (translate("CareerMaps", "Contacts"), m.contacts)]
        columns = [(h, t) for h, t in columns if t]
        if columns:
            gap = 14 * u
            w = (area.w - qr_w - gap * len(columns)) / len(columns)
            for i, (head, text) in enumerate(columns):
                x = area.x + i * (w + gap)
                self.label(head, Box(x, top, w, 10 * u), size=7)
                self.add(fit_text([Run(text, FONT, 7.8 * u, INK, 1.25)],
                                  Box(x, top + 13 * u, w, area.bottom - top - 13 * u),
                                  floor=0.6, role="footer"))
        if m.website:
            qr = Box(area.right - qr_side, top, qr_side, qr_side)
            self.add(QrCode(qr, qr_modules(m.website), NAVY))
            text = Box(qr.x - 126 * u, top, 120 * u, qr_side)
            self.add(fit_text([
                Run(translate("CareerMaps", "The cluster's web page"), FONT_BOLD, 7.5 * u,
                    BLUE, 1.2, align="right"),
                Run(m.website.split("://", 1)[-1].rstrip("/"), FONT, 7.5 * u, INK, 1.25,
                    align="right", space_before=0.2)], text, floor=0.6, valign="middle",
                role="website"))
