"""How the program's PDFs look: PT Sans (embedded), sizes, colours, paragraph styles, and
figures formatted as the window shows them («−» for negatives, a no-break space in thousands).
"""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import fontpkg_pt_sans
from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

from app.formats import format_date, format_money
from app.services.readiness import percent_text
from app.services.reports.model import ATTENTION_INK, PERCENT_FILLS

translate = QCoreApplication.translate

FONT = "PTSans"
FONT_BOLD = "PTSans-Bold"
FONT_FILES = {
    FONT: "PT_Sans-Web-Regular.ttf",
    FONT_BOLD: "PT_Sans-Web-Bold.ttf",
    "PTSans-Italic": "PT_Sans-Web-Italic.ttf",
    "PTSans-BoldItalic": "PT_Sans-Web-BoldItalic.ttf",
}

NBSP = "\u00a0"
MARGIN_X = 12 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 14 * mm
BODY_SIZE, BODY_LEADING = 8.5, 10.5
PAD_X, PAD_Y = 3, 2.5
MIN_ROW_HEIGHT = BODY_LEADING + 2 * PAD_Y
MIN_COLUMN_WIDTH = 8 * mm

HEADER_FILL = colors.HexColor("#DDE7F0")
ZEBRA_FILL = colors.HexColor("#F3F6F9")
GRID = colors.HexColor("#B8C4CE")
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B76")
GROUP_FILL = colors.HexColor("#E8EEF4")
APPROVAL_WIDTH = 95 * mm

#: Russian hyphenation by syllables (pyphen's ru_RU dictionary through reportlab), where a
#: paragraph must break a word; without it a narrow cell cut «учебно-п|роизводственный».
HYPHENATION = {"hyphenationLang": "ru_RU", "embeddedHyphenation": 1}
_BASE = ParagraphStyle("ReportBody", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_LEADING,
                       textColor=INK, **HYPHENATION)
STYLES = {
    "title": ParagraphStyle("ReportTitle", _BASE, fontName=FONT_BOLD, fontSize=15, leading=19,
                            spaceAfter=2),
    "subtitle": ParagraphStyle("ReportSubtitle", _BASE, fontSize=11, leading=14, spaceAfter=2),
    "generated": ParagraphStyle("ReportGenerated", _BASE, fontSize=8.5, leading=11,
                                textColor=MUTED),
    "preliminary": ParagraphStyle("ReportPreliminary", _BASE, fontName=FONT_BOLD, fontSize=10.5,
                                  leading=14, textColor=colors.HexColor(ATTENTION_INK)),
    "head": ParagraphStyle("ReportHead", _BASE, fontName=FONT_BOLD),
    "group": ParagraphStyle("ReportGroup", _BASE, fontName=FONT_BOLD),
    "approval": ParagraphStyle("ReportApproval", _BASE, fontSize=10.5, leading=13.5),
    "notes_title": ParagraphStyle("ReportNotesTitle", _BASE, fontName=FONT_BOLD, fontSize=10,
                                  leading=13, spaceAfter=2),
    "note": ParagraphStyle("ReportNote", _BASE, fontSize=9, leading=11.5, spaceAfter=3),
    "text": ParagraphStyle("ReportCell", _BASE, alignment=TA_LEFT),
    "date": ParagraphStyle("ReportDate", _BASE, alignment=TA_CENTER),
    "money": ParagraphStyle("ReportMoney", _BASE, alignment=TA_RIGHT),
    "int": ParagraphStyle("ReportInt", _BASE, alignment=TA_RIGHT),
    "percent": ParagraphStyle("ReportPercent", _BASE, alignment=TA_RIGHT),
    "number": ParagraphStyle("ReportNumber", _BASE, alignment=TA_RIGHT),
}
#: A readiness percentage sits on its colour band (model.PERCENT_FILLS).
PERCENT_STYLES = {
    band: ParagraphStyle(f"ReportPercent-{band}", STYLES["percent"],
                         backColor=colors.HexColor(fill), borderPadding=(1, 2, 1, 2))
    for band, fill in PERCENT_FILLS.items()
}


_fonts_lock = threading.Lock()


class _Font(TTFont):
    """An embedded TrueType face whose strings encode by a short cut once every character
    of a string has its code in the document's first subset (a Russian report's letters,
    digits and signs, after the first rows): the string's bytes are those codes, one
    lookup a character.  reportlab's ``splitString`` (a loop with a branch per character,
    a fifth of a 10,000-row list's time) still runs for a string with a character new to
    the document or outside the first subset, and gives the same answer for the rest."""

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 (reportlab's name)
        state = self.state.get(doc)
        if state is not None and text and text.__class__ is str:
            codes = state.assignments
            try:  # a no-break space is drawn as a space, as reportlab does
                return [(0, bytes([codes[c] for c in map(ord, text.replace(NBSP, " "))]))]
            except (KeyError, ValueError):  # a new character, or a code ≥ 256
                pass
        return super().splitString(text, doc, encoding)


def register_fonts() -> None:
    """Register PT Sans with reportlab once per process, as a family (a PDF embeds only the
    faces and glyphs it uses)."""
    with _fonts_lock:  # exports may run in a worker thread
        if "PTSans-BoldItalic" in pdfmetrics.getRegisteredFontNames():
            return
        folder = Path(fontpkg_pt_sans.ROOT) / "files"
        for name, filename in FONT_FILES.items():
            pdfmetrics.registerFont(_Font(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD,
                                      italic="PTSans-Italic", boldItalic="PTSans-BoldItalic")
        # A Table sets its cells' font before drawing each cell, text or not, and reportlab's
        # default is Helvetica: every table without a FONTNAME command (signature blocks,
        # approval stamps) named an unembedded Helvetica that archive validators flag.
        CellStyle.fontname = FONT


def format_int(value: int) -> str:
    return format(value, ",d").replace(",", NBSP)


MINUS = "\u2212"


def signed(text: str) -> str:
    """A negative number typeset with the minus sign «−» (U+2212), not a hyphen, as the
    window shows it."""
    return MINUS + text[1:] if text.startswith("-") else text


def format_value(value: Any, kind: str) -> str:
    if value is None:
        return "—" if kind == "percent" else ""
    if kind == "date" and isinstance(value, date):
        return format_date(value)
    if kind == "money" and isinstance(value, (Decimal, int, float)) and not isinstance(value, bool):
        try:
            return signed(format_money(Decimal(str(value))))
        except InvalidOperation:
            return str(value)
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return signed(format_int(value))
    if kind == "percent":
        return percent_text(value)
    if kind == "number" and isinstance(value, int | Decimal) and not isinstance(value, bool):
        text = format(Decimal(value).normalize(), ",f")
        return signed(text.replace(",", NBSP).replace(".", ","))
    return str(value)


_variants: dict[tuple[str, bool, bool], ParagraphStyle] = {}


def variant(style: ParagraphStyle, bold: bool, attention: bool) -> ParagraphStyle:
    """The same cell style in bold (a total row) and/or in red (a row needing attention)."""
    key = (style.name, bold, attention)
    if key not in _variants:
        _variants[key] = ParagraphStyle(
            f"{style.name}-{int(bold)}{int(attention)}", style,
            fontName=FONT_BOLD if bold else style.fontName,
            textColor=colors.HexColor(ATTENTION_INK) if attention else style.textColor)
    return _variants[key]


