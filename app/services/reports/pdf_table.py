"""A report's table in a PDF, laid out a page at a time.

Each row is made and measured once (``Layout``): a plain string where the text fits its
column, a Paragraph only where one is needed (bold, red, a coloured percentage, a word wider
than its column).  ``_RowStream`` fills each page from those heights and hands reportlab one
small table per page with the heights given, so no row is measured again and no giant table
is split (a split re-measures every remaining row, page after page).  Because a page's table
ends exactly at the page break, the header starts every page and never shows up in the middle
of one.  ``_PageTable`` writes a page's plain strings as one PDF text object instead of a text
object per cell (drawing was half of a long list's time).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from app.services.reports.model import Column, percent_band
from app.services.reports.pdf_lines import LineBreaker
from app.services.reports.pdf_outline import OutlineMark, add_bookmark
from app.services.reports.pdf_style import (
    BODY_LEADING,
    BODY_SIZE,
    FONT,
    GRID,
    GROUP_FILL,
    HEADER_FILL,
    INK,
    MIN_COLUMN_WIDTH,
    MIN_ROW_HEIGHT,
    MUTED,
    PAD_X,
    PAD_Y,
    PERCENT_STYLES,
    STYLES,
    ZEBRA_FILL,
    format_value,
    variant,
)
from app.services.reports.pdf_text import clean, markup

_FUZZ = 1e-6


def column_widths(columns: Sequence[Column], total: float) -> list[float]:
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
    """A table cell's paragraph that breaks its lines once per width."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if self._wrapped is None or self._wrapped[0] != availWidth:
            self._wrapped = (availWidth, super().wrap(availWidth, availHeight))
        return self._wrapped[1]


class _GroupParagraph(_CellParagraph):
    """A section row's text; ``title`` names its bookmark."""

    def __init__(self, title: str):
        super().__init__(markup(title), STYLES["group"])
        self.title = clean(title)


def _content_height(value: Any, room: float) -> float:
    """How tall a cell's content is in a column ``room`` wide (as reportlab's Table counts)."""
    if isinstance(value, str):
        return BODY_LEADING * (value.count("\n") + 1)
    if isinstance(value, Flowable):
        value = [value]
    if not isinstance(value, list | tuple) or not value:
        return BODY_LEADING
    total = sum(f.wrap(room, 1e9)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in value)
    return total - value[0].getSpaceBefore() - value[-1].getSpaceAfter()


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


class _CellText(PDFTextObject):
    """The body font's text object, remembering what each string encodes to.

    Encoding a string for an embedded TrueType font maps every character to its subset in
    Python (``_formatText``, a third of a long list's time); roles, regions and dates repeat
    on every page, so the result is kept per document (on the canvas) by the string and the
    subset in use before it, with the subset in use after it.
    """

    def __init__(self, canv):
        super().__init__(canv)
        self.setFont(FONT, BODY_SIZE, BODY_LEADING)
        self.setFillColor(INK)
        self._memo = canv.__dict__.setdefault("_cell_text_memo", {})

    def put(self, x: float, y: float, line: str) -> None:
        key = (line, self._curSubset)
        done = self._memo.get(key)
        if done is None:
            done = self._memo[key] = (self._formatText(line), self._curSubset)
        self._code.append(f"1 0 0 1 {fp_str(x, y)} Tm {done[0]}")
        self._curSubset = done[1]


class _PageTable(Table):
    """One page of rows; its plain-string cells are written in a single text object."""

    _strings: list[tuple[float, float, str]] | None = None

    def draw(self):
        self._strings = []
        super().draw()  # backgrounds, lines, paragraphs; strings are collected below
        strings, self._strings = self._strings, None
        if strings:
            text = _CellText(self.canv)
            for x, y, line in strings:
                text.put(x, y, line)
            self.canv.drawText(text)

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 (reportlab's name)
        if (self._strings is None or not isinstance(cellval, str)
                or cellstyle.fontname != FONT or cellstyle.fontsize != BODY_SIZE):
            return super()._drawCell(cellval, cellstyle, pos, size)
        (left, bottom), (width, height) = pos, size
        lines = cellval.split("\n")
        if cellstyle.valign == "TOP":
            y = bottom + height - cellstyle.topPadding - BODY_SIZE
        else:  # MIDDLE, as Table does it
            y = bottom + (cellstyle.bottomPadding + height - cellstyle.topPadding
                          + len(lines) * BODY_LEADING) / 2 - BODY_SIZE
        for line in lines:
            if line:
                x = left + cellstyle.leftPadding
                if cellstyle.alignment != "LEFT":
                    room = width - cellstyle.leftPadding - cellstyle.rightPadding
                    free = room - pdfmetrics.stringWidth(line, FONT, BODY_SIZE)
                    x += free if cellstyle.alignment == "RIGHT" else free / 2
                self._strings.append((x, y, line))
            y -= BODY_LEADING
        return None


class Layout:
    """How one report's tables look: column widths, header row, styles, and each row made
    and measured once.  ``progress(rows)`` is told how many rows are laid out as pages are
    made (and may raise to stop); ``outline_level``: the section rows' bookmark level (None:
    no bookmarks)."""

    def __init__(self, columns: Sequence[Column], width: float, page_height: float,
                 progress: Callable[[int], None] | None = None,
                 outline_level: int | None = None):
        self.kinds = [c.kind for c in columns]
        self.widths = column_widths(columns, width)
        self.width = sum(self.widths)
        self.page_height = page_height
        self.progress = progress
        self.outline_level = outline_level
        self._head_styles = [_cell_style("LEFT", "MIDDLE") for _ in self.kinds]
        self._body_styles = [_cell_style(_ALIGN.get(k, "LEFT"), "TOP") for k in self.kinds]
        # plain text is drawn as a plain string (in lines, if long): a Paragraph per cell
        # cost ~1.5 ms each to parse and lay out
        self._room = [w - 2 * PAD_X for w in self.widths]
        self._breaker = LineBreaker(FONT, BODY_SIZE)  # word widths kept for the document
        self.header = [_CellParagraph(markup(c.title), STYLES["head"]) for c in columns]
        self.header_height = self.height(self.header)

    def height(self, cells: Sequence[Any], group: bool = False) -> float:
        """A row's height: its tallest cell and the padding (a section row spans the width)."""
        if group:
            tallest = _content_height(cells[0], self.width - 2 * PAD_X)
        else:
            tallest = max(_content_height(v, room) for v, room in zip(cells, self._room,
                                                                      strict=True))
        return max(MIN_ROW_HEIGHT, tallest + 2 * PAD_Y)

    def _plain(self, text: str, index: int) -> str | None:
        """``text`` as a plain string cell, broken into lines at spaces as a Paragraph
        would; None when a word is wider than the column (a Paragraph splits it)."""
        room = self._room[index]
        if "\n" not in text and (len(text) * _widest_glyph() < room  # surely fits
                                 or pdfmetrics.stringWidth(text, FONT, BODY_SIZE) <= room):
            return text
        lines, widest = self._breaker.lines(text, room)
        if widest > room:  # a line is too wide only when one word is
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
                style = variant(style, bold, attention)
            out.append(_CellParagraph(markup(format_value(v, k)), style))
        return out

    def group_cells(self, row: Sequence[Any]) -> list[Any]:
        """A section header: its first cell's text, spanning the row (see ``table``)."""
        text = "" if not row or row[0] is None else str(row[0])
        return [_GroupParagraph(text)] + [""] * (len(self.kinds) - 1)

    def table(self, rows: list[list[Any]], start: int, groups: Sequence[bool],
              heights: Sequence[float | None]) -> Table:
        """A table of the header and ``rows`` of the given ``heights`` (None: reportlab
        measures the row); ``start`` is the number of the first row in the whole report, so
        the zebra stripes run on across pages; ``groups`` marks the section headers."""
        first_fill = [colors.white, ZEBRA_FILL][start % 2]
        second_fill = [ZEBRA_FILL, colors.white][start % 2]
        # font, padding, alignment come with the shared cell styles: a style command for
        # them is applied to every cell of every page (a third of the PDF's time)
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
        return _PageTable(
            [self.header, *rows],
            colWidths=self.widths,
            rowHeights=[self.header_height, *heights],
            style=TableStyle(style),
            cellStyles=[self._head_styles, *([self._body_styles] * len(rows))],
            repeatRows=1,
            splitInRow=1,  # a cell taller than a page continues on the next one
            minRowHeights=[MIN_ROW_HEIGHT] * (len(rows) + 1),
            hAlign="LEFT",
        )


class RowStream(Flowable):
    """The table body, laid out a page at a time (see the module docstring).

    ``rows`` hold cells (strings, Paragraphs, or lists of flowables for a row that reportlab
    cut at a page break); ``start`` is the report-wide number of ``rows[0]``; ``groups`` (a
    flag a row) marks the section headers; ``heights``: the rows' measured heights.
    """

    def __init__(self, layout: Layout, rows: list[list[Any]], start: int = 0,
                 groups: Sequence[bool] | None = None,
                 heights: Sequence[float | None] | None = None):
        super().__init__()
        self._layout = layout
        self._rows = rows
        self._start = start
        self._groups = list(groups) if groups is not None else [False] * len(rows)
        self._heights = list(heights) if heights is not None else [
            layout.height(r, g) for r, g in zip(rows, self._groups, strict=True)]
        self._table: Table | None = None

    def _fit(self, avail_height: float) -> int:
        """How many rows fit under the header in ``avail_height``."""
        room = avail_height - self._layout.header_height + _FUZZ
        for count, height in enumerate(self._heights):
            room -= height
            if room < 0:
                return count
        return len(self._heights)

    def _page(self, count: int) -> Table:
        return self._layout.table(self._rows[:count], self._start, self._groups[:count],
                                  self._heights[:count])

    def _sections(self, count: int) -> list[tuple[str, int]]:
        """(title, table row) of the section rows among the first ``count``."""
        if self._layout.outline_level is None:
            return []
        return [(self._rows[i][0].title, i + 1) for i in range(count)
                if self._groups[i] and hasattr(self._rows[i][0], "title")]

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if self._fit(availHeight) == len(self._rows):
            self._table = self._page(len(self._rows))
            self.width, self.height = self._table.wrap(availWidth, availHeight)
        else:  # more rows than fit: "too tall", so the frame asks ``split`` where to cut
            self._table = None
            self.width, self.height = availWidth, availHeight + 1
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        count = self._fit(availHeight)
        if count == 0:
            return self._cut_row(availWidth, availHeight)
        if 1 < count < len(self._rows) and self._groups[count - 1]:
            count -= 1  # a section header does not stay alone at the foot of a page
        table = self._page(count)
        if self._layout.progress is not None:
            self._layout.progress(self._start + count)
        out: list[Flowable] = [table]
        level = self._layout.outline_level
        sections = self._sections(count)
        if sections:  # drawn under the table, when its rows' positions are known
            out.append(OutlineMark([(title, level, lambda r=row: table._rowpositions[r])
                                    for title, row in sections]))
        if count < len(self._rows):
            out += [PageBreak(), RowStream(self._layout, self._rows[count:],
                                           self._start + count, self._groups[count:],
                                           self._heights[count:])]
        return out

    def _cut_row(self, availWidth, availHeight):  # noqa: N803
        """The next row does not fit: it starts the next page, or, taller than a page,
        reportlab cuts it and the rest continues there."""
        if self._layout.header_height + self._heights[0] <= self._layout.page_height:
            return []
        table = self._layout.table(self._rows[:1], self._start, self._groups[:1], [None])
        parts = table.split(availWidth, availHeight)
        if len(parts) < 2:
            return parts
        left = [list(r) for r in parts[1]._cellvalues[1:]]  # without the repeated header
        rest = RowStream(self._layout, left + self._rows[1:], self._start,
                         [False] * len(left) + self._groups[1:],
                         [self._layout.height(r) for r in left] + self._heights[1:])
        return [parts[0], PageBreak(), rest]

    def draw(self):
        if self._table is not None:
            self._table.drawOn(self.canv, 0, 0)
            for title, row in self._sections(len(self._rows)):
                add_bookmark(self.canv, title, self._layout.outline_level,
                             self._table._rowpositions[row])

