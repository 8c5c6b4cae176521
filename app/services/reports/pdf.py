"""Write a ``TableReport`` to PDF with reportlab (platypus).

A4 landscape by default, PT Sans embedded (regular and bold) so Cyrillic prints everywhere.
User text never reaches reportlab's markup parser as markup: it is cleaned of characters a PDF
cannot carry, escaped, and only then given ``<br/>`` for its line breaks, so a name like
``<img src="x"/> & </para>`` prints exactly as typed.

Long tables are laid out one page at a time (``_RowStream``): each page gets a small ``Table``
with the header and the rows that fit.  Splitting one giant ``Table`` re-measures every
remaining row on every page; chunks keep that cost flat, and because chunks end exactly at page
breaks the header starts every page and never shows up in the middle of one.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import fontpkg_pt_sans
from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as landscape_size
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from app.formats import format_date, format_money
from app.services import clock
from app.services.files import atomic_write
from app.services.readiness import percent_text
from app.services.reports.model import (
    ATTENTION_INK,
    PERCENT_FILLS,
    Column,
    TableReport,
    percent_band,
)
from app.services.reports.pdf_blocks import signature_block, with_tail
from app.services.reports.period import preliminary_mark
from app.services.reports.properties import report_properties

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

#: C0/C1 control characters except tab and line feed, lone surrogates, non-characters.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

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


def register_fonts() -> None:
    """Register PT Sans with reportlab once per process, as a family (a PDF embeds only the
    faces and glyphs it uses)."""
    with _fonts_lock:  # exports may run in a worker thread
        if "PTSans-BoldItalic" in pdfmetrics.getRegisteredFontNames():
            return
        folder = Path(fontpkg_pt_sans.ROOT) / "files"
        for name, filename in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD,
                                      italic="PTSans-Italic", boldItalic="PTSans-BoldItalic")
        # A Table sets its cells' font before drawing each cell, text or not, and reportlab's
        # default is Helvetica: every table without a FONTNAME command (signature blocks,
        # approval stamps) named an unembedded Helvetica that archive validators flag.
        CellStyle.fontname = FONT


#: Arrows PT Sans has no glyph for (a revision reads «15.01.2026 → 19.03.2026»).
_SUBSTITUTES = str.maketrans({"→": "->", "←": "<-", "↔": "<->", "⇒": "=>"})


def clean(text: str) -> str:
    """Text as the PDF can carry it: one kind of line break, no control characters, no
    character the font would print as an empty box."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNPRINTABLE.sub("", text).translate(_SUBSTITUTES)


def markup(text: str) -> str:
    """User text made safe for a ``Paragraph``: it prints as typed and carries no markup."""
    return escape(clean(text)).replace("\n", "<br/>")


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


def _variant(style: ParagraphStyle, bold: bool, attention: bool) -> ParagraphStyle:
    """The same cell style in bold (a total row) and/or in red (a row needing attention)."""
    key = (style.name, bold, attention)
    if key not in _variants:
        _variants[key] = ParagraphStyle(
            f"{style.name}-{int(bold)}{int(attention)}", style,
            fontName=FONT_BOLD if bold else style.fontName,
            textColor=colors.HexColor(ATTENTION_INK) if attention else style.textColor)
    return _variants[key]


def _column_widths(columns: Sequence[Column], total: float) -> list[float]:
    """Widths proportional to ``Column.width`` that fill ``total``; a column too narrow to
    hold a few characters gets a floor, and the others share what is left."""
    weights = [max(c.width, 1) for c in columns]
    floor = min(MIN_COLUMN_WIDTH, total / len(weights))
    widths: dict[int, float] = {}
    while True:
        free = [i for i in range(len(weights)) if i not in widths]
        if not free:
            break
        scale = (total - floor * len(widths)) / sum(weights[i] for i in free)
        narrow = [i for i in free if weights[i] * scale < floor]
        if not narrow:
            widths.update({i: weights[i] * scale for i in free})
            break
        widths.update({i: floor for i in narrow})
    return [widths[i] for i in range(len(weights))]


@cache
def _widest_glyph() -> float:
    """The widest advance in the body font at the body size, in points."""
    widths = pdfmetrics.getFont(FONT).face.charWidths
    return max(widths.values(), default=1000) * BODY_SIZE / 1000


class _CellParagraph(Paragraph):
    """A table cell's paragraph that breaks its lines once per width: a row stream's page
    windows wrap the same cells again and again (about five times each)."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if self._wrapped is None or self._wrapped[0] != availWidth:
            self._wrapped = (availWidth, super().wrap(availWidth, availHeight))
        return self._wrapped[1]


def _cell_style(align: str, valign: str) -> CellStyle:
    """One column's cell style, shared by all its cells (no style command changes it)."""
    style = CellStyle("ReportCell")
    style.fontname, style.fontsize, style.leading = FONT, BODY_SIZE, BODY_LEADING
    style.color, style.alignment, style.valign = INK, align, valign
    style.leftPadding = style.rightPadding = PAD_X
    style.topPadding = style.bottomPadding = PAD_Y
    return style


#: How a plain-text cell (not a Paragraph) is aligned, by column kind.
_ALIGN = {"date": "CENTER", "money": "RIGHT", "int": "RIGHT", "number": "RIGHT"}


class _Layout:
    """How one report's tables look: column widths, header row, styles.  ``progress(rows)``
    is told how many rows are laid out as pages are made (and may raise to stop)."""

    def __init__(self, columns: Sequence[Column], width: float,
                 progress: Callable[[int], None] | None = None):
        self.kinds = [c.kind for c in columns]
        self.widths = _column_widths(columns, width)
        self.header = [_CellParagraph(markup(c.title), STYLES["head"]) for c in columns]
        self.progress = progress
        self._head_styles = [_cell_style("LEFT", "MIDDLE") for _ in self.kinds]
        self._body_styles = [_cell_style(_ALIGN.get(k, "LEFT"), "TOP") for k in self.kinds]
        # plain text is drawn as a plain string (in lines, if long): a Paragraph per cell
        # cost ~1.5 ms each to parse and lay out (and again on every page split)
        self._room = [w - 2 * PAD_X for w in self.widths]

    def _plain(self, text: str, index: int) -> str | None:
        """``text`` as a plain string cell, broken into lines at spaces as a Paragraph
        would; None when a word is wider than the column (a Paragraph splits it)."""
        room = self._room[index]
        if "\n" not in text and (len(text) * _widest_glyph() < room  # surely fits
                                 or pdfmetrics.stringWidth(text, FONT, BODY_SIZE) <= room):
            return text
        lines = simpleSplit(text, FONT, BODY_SIZE, room)
        if any(pdfmetrics.stringWidth(line, FONT, BODY_SIZE) > room for line in lines):
            return None
        return "\n".join(lines)

    def cells(self, row: Sequence[Any], bold: bool = False,
              attention: bool = False) -> list[Any]:
        values = list(row)[: len(self.kinds)]
        values += [None] * (len(self.kinds) - len(values))
        out: list[Any] = []
        for index, (v, k) in enumerate(zip(values, self.kinds, strict=True)):
            if k != "percent" and not (bold or attention):
                plain = self._plain(clean(format_value(v, k)), index)
                if plain is not None:
                    out.append(plain)
                    continue
            style = PERCENT_STYLES[percent_band(v)] if k == "percent" else STYLES.get(
                k, STYLES["text"])
            if bold or attention:
                style = _variant(style, bold, attention)
            out.append(_CellParagraph(markup(format_value(v, k)), style))
        return out

    def group_cells(self, row: Sequence[Any]) -> list[Any]:
        """A section header: its first cell's text, spanning the row (see ``table``)."""
        text = "" if not row or row[0] is None else str(row[0])
        return [Paragraph(markup(text), STYLES["group"])] + [""] * (len(self.kinds) - 1)

    def table(self, rows: list[list[Any]], start: int,
              groups: Sequence[bool] = ()) -> Table:
        """A table of the header and ``rows``; ``start`` is the number of the first row in
        the whole report, so the zebra stripes run on across pages; ``groups`` marks the
        section headers among ``rows``."""
        first_fill = [colors.white, ZEBRA_FILL][start % 2]
        second_fill = [ZEBRA_FILL, colors.white][start % 2]
        # font, padding, alignment come with the shared cell styles: a style command for
        # them is applied to every cell of every page window (a third of the PDF's time)
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
            ("INNERGRID", (0, 0), (-1, -1), 0.25, GRID),
            ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ]
        if rows:
            style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [first_fill, second_fill]))
        for index, group in enumerate(groups, start=1):
            if group:
                style += [("SPAN", (0, index), (-1, index)),
                          ("BACKGROUND", (0, index), (-1, index), GROUP_FILL)]
        return Table(
            [self.header, *rows],
            colWidths=self.widths,
            style=TableStyle(style),
            cellStyles=[self._head_styles, *([self._body_styles] * len(rows))],
            repeatRows=1,
            splitInRow=1,  # a cell taller than a page continues on the next one
            minRowHeights=[MIN_ROW_HEIGHT] * (len(rows) + 1),
            hAlign="LEFT",
        )


class _RowStream(Flowable):
    """The table body, laid out a page at a time (see the module docstring).

    ``rows`` hold cell values (Paragraphs, or lists of flowables for a row that reportlab
    split across a page break).  ``start`` is the report-wide number of ``rows[0]``;
    ``groups`` (one flag a row) marks the section headers.
    """

    def __init__(self, layout: _Layout, rows: list[list[Any]], start: int = 0,
                 groups: Sequence[bool] | None = None):
        super().__init__()
        self._layout = layout
        self._rows = rows
        self._start = start
        self._groups = list(groups) if groups is not None else [False] * len(rows)
        self._table: Table | None = None

    def _window(self, avail_height: float) -> tuple[Table, int]:
        # More rows than can possibly fit (every row is at least MIN_ROW_HEIGHT tall), so a
        # window that is not the last one always ends at the page break.
        count = int(avail_height // MIN_ROW_HEIGHT) + 2
        return self._layout.table(self._rows[:count], self._start,
                                  self._groups[:count]), count

    def _rest(self, done: int) -> _RowStream:
        return _RowStream(self._layout, self._rows[done:], self._start + done,
                          self._groups[done:])

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        self._table, count = self._window(availHeight)
        width, height = self._table.wrap(availWidth, availHeight)
        if count < len(self._rows):
            height = max(height, availHeight + 1)  # more rows follow: make the frame split us
        self.width, self.height = width, height
        return width, height

    def split(self, availWidth, availHeight):  # noqa: N803
        table, count = self._window(availHeight)
        parts = table.split(availWidth, availHeight)
        if not parts:
            return []  # not even one row fits: the frame moves on to the next page
        later = self._rows[count:]
        if len(parts) == 1:
            rest = later
            done = min(count, len(self._rows))
        else:
            left = parts[1]._cellvalues[1:]  # without the repeated header
            rest = [list(r) for r in left] + later
            done = min(count, len(self._rows)) - len(left)  # a row split in two is not done
            whole = len(parts[0]._cellvalues) - 1 == done  # no row cut in two at the break
            if whole and done > 1 and self._groups[done - 1]:
                # a section header does not stay alone at the foot of a page
                keep = done - 1
                return [self._layout.table(self._rows[:keep], self._start,
                                           self._groups[:keep]),
                        PageBreak(), self._rest(keep)]
        if self._layout.progress is not None:
            self._layout.progress(self._start + done)
        out: list[Flowable] = [parts[0]]
        if rest:
            if len(parts) == 2:
                # The next row did not fit: it starts the next page, under the header,
                # rather than being cut in two under a header in the middle of this page.
                out.append(PageBreak())
            out.append(_RowStream(self._layout, rest, self._start + done,
                                  self._groups[done:]))
        return out

    def draw(self):
        if self._table is not None:
            self._table.drawOn(self.canv, 0, 0)


def _footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    text = translate("Reports", "Page {page}").format(page=doc.page)
    canvas.drawCentredString(doc.pagesize[0] / 2, MARGIN_BOTTOM / 2, text)
    mark = getattr(doc, "draft_mark", "")
    if mark:  # «ПРОЕКТ» on every page of a draft, not only under its approval block
        canvas.setFont(FONT_BOLD, 10)
        canvas.setFillColor(colors.HexColor(ATTENTION_INK))
        canvas.drawRightString(doc.pagesize[0] - MARGIN_X, doc.pagesize[1] - 8 * mm, mark)
    canvas.restoreState()


def _approval_block(lines: Sequence[str]) -> Table:
    """«УТВЕРЖДЕНО …» at the top right, its lines aligned left inside the block."""
    return Table([[Paragraph(markup(line), STYLES["approval"])] for line in lines],
                 colWidths=[APPROVAL_WIDTH], hAlign="RIGHT",
                 style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))


def report_story(report: TableReport, width: float, subtitle: str = "",
                 progress: Callable[[int], None] | None = None) -> list[Flowable]:
    """The flowables of one report: approval block, title, subtitle, table, notes."""
    subtitle = subtitle or report.subtitle
    story: list[Flowable] = []
    if report.approval:
        story += [_approval_block(report.approval), Spacer(1, 5 * mm)]
    story.append(Paragraph(markup(report.title), STYLES["title"]))
    if subtitle and clean(subtitle).strip():
        story.append(Paragraph(markup(subtitle), STYLES["subtitle"]))
    mark = preliminary_mark(report.period_end, report.made_on)
    if mark:
        story.append(Paragraph(markup(mark), STYLES["preliminary"]))
    generated = translate("Reports", "Generated: {date}").format(
        date=format_date(report.made_on or clock.today()))
    story += [Paragraph(markup(generated), STYLES["generated"]), Spacer(1, 4 * mm)]
    if report.columns:
        layout = _Layout(report.columns, width, progress)
        groups = [i in report.group_rows for i in range(len(report.rows))]
        story.append(_RowStream(layout, [
            layout.group_cells(row) if groups[i] else
            layout.cells(row, i in report.bold_rows, i in report.attention_rows)
            for i, row in enumerate(report.rows)], groups=groups))
    if report.notes:
        story.append(Spacer(1, 5 * mm))
        if report.notes_title:
            story.append(Paragraph(markup(report.notes_title), STYLES["notes_title"]))
        story += [Paragraph(markup(note), STYLES["note"]) for note in report.notes]
    if report.signatures and story:  # signed where the last rows are, never alone
        story[-1] = with_tail(story[-1], signature_block(report.signatures, width,
                                                         STYLES["approval"], markup))
    return story


def write_pdf(
    report: TableReport, target: Path | str, *, subtitle: str = "", landscape: bool = True,
    progress: Callable[[int], None] | None = None,
) -> Path:
    """Render ``report`` to ``target`` (written atomically); returns the path.
    ``progress(rows)``: how many of the rows are laid out (it may raise to cancel)."""
    return write_pdf_book([report], target, title=report.title,
                          subtitle=subtitle or report.subtitle, landscape=landscape,
                          progress=progress)


def write_pdf_book(reports: Sequence[TableReport], target: Path | str, *, title: str,
                   subtitle: str = "", landscape: bool = True,
                   progress: Callable[[int], None] | None = None) -> Path:
    """Several reports in one PDF, each from a new page (written atomically)."""
    register_fonts()
    pagesize = landscape_size(A4) if landscape else A4
    width = pagesize[0] - 2 * MARGIN_X
    story: list[Flowable] = []
    for index, report in enumerate(reports):
        if index:
            story.append(PageBreak())
        story += report_story(report, width, subtitle if len(reports) == 1 else "",
                              progress if len(reports) == 1 else None)

    target = Path(target)
    with atomic_write(target) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=pagesize,
            **report_properties(reports[0], clean(title), clean(subtitle)).doc_template_kwargs(),
            initialFontName=FONT,  # else every page names an unused, unembedded Helvetica
            initialFontSize=BODY_SIZE,
        )
        doc.draft_mark = reports[0].draft_mark if reports else ""  # read by _footer
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, width, pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=_footer)])
        doc.build(story)
    return target
