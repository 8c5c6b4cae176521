"""How a workbook's sheet prints: one page setup for every sheet the program writes.

Paper and orientation are chosen from the columns' widths: the first of A4 portrait, A4
landscape and A3 landscape on which the table, fitted to the page's width, still prints its
text at ``CHOICE_PT`` or more (fitting 19 columns to an A4 width printed 4-pt text).  The
sheet is fitted to the width only (as many pages down as it takes), the header rows repeat
on every page, the footer numbers the pages, and rows are as tall as their wrapped text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.services.base import translate

FONT_NAME = "Arial"  # named on every format: a format without one prints in a serif in LibreOffice
FONT_SIZE = 10
TITLE_SIZE = 13
LINE_PT = 13.0  # one line of 10-pt text, with the cell's padding
MIN_PT = 7.0  # nothing prints smaller
CHOICE_PT = 8.0  # the paper chosen keeps the text at least this big (a margin over MIN_PT)
MARGIN_IN = 0.4  # left and right margins, inches
MM_PT = 72 / 25.4


@dataclass(frozen=True)
class Paper:
    code: int  # Excel's paper size: 9 A4, 8 A3
    name: str
    width_mm: float
    height_mm: float
    landscape: bool

    def printable_pt(self) -> float:
        across = self.height_mm if self.landscape else self.width_mm
        return across * MM_PT - 2 * MARGIN_IN * 72


PAPERS = (Paper(9, "A4", 210, 297, False), Paper(9, "A4", 210, 297, True),
          Paper(8, "A3", 297, 420, True))


def column_pt(width: float) -> float:
    """A column ``width`` characters wide, in points, as LibreOffice prints it (measured:
    6.1 pt a character; Excel's 7 px + 5 px is narrower, so its text only comes out bigger)."""
    return width * 6.1 + 1


def printed_size(widths: Sequence[float], paper: Paper, font: float = FONT_SIZE) -> float:
    """The text's size on ``paper`` once the columns are fitted to its width."""
    total = sum(column_pt(w) for w in widths) or 1.0
    return font * min(1.0, paper.printable_pt() / total)


def choose_paper(widths: Sequence[float]) -> Paper:
    for paper in PAPERS:
        if printed_size(widths, paper) >= CHOICE_PT:
            return paper
    return PAPERS[-1]


def chars_per_line(width: float, bold: bool = False) -> int:
    """About how many characters of running Russian text a column ``width`` wide holds
    (its width counts digits; letters and a bold face are wider)."""
    # measured in LibreOffice: a 20-wide column wraps «Предприятия-работодатели г. Вологды»
    # at about 18 characters; a line too many costs less than a line cut off
    return max(1, int(width * (0.85 if bold else 0.92)) - 1)


def header_width(width: float, title: str) -> float:
    """A column at least as wide as its header's longest word in bold: a narrower one
    breaks the word in the middle («Установле|но»)."""
    longest = max((len(word) for word in title.split()), default=0)
    return max(width, round(longest / 0.95 + 1.5, 1))


def line_count(text: str, chars: int) -> int:
    """How many lines ``text`` wraps to at ``chars`` a line (word by word, as a cell wraps)."""
    if len(text) <= chars and "\n" not in text:
        return 1
    total = 0
    for part in text.split("\n"):  # greedy, as textwrap (3× its speed on 100,000 rows)
        lines, used = 1, -1  # -1: nothing on the line yet
        for word in part.split():
            size = len(word)
            if used >= 0 and used + 1 + size <= chars:
                used += 1 + size
                continue
            if used >= 0:
                lines += 1
            lines += (size - 1) // chars  # a word longer than a line takes several
            used = (size - 1) % chars + 1
        total += lines
    return total


def row_height(lines: int, size: float = FONT_SIZE) -> float:
    return round(LINE_PT * size / FONT_SIZE * lines + 2, 1)


def footer_words(title: str) -> str:
    """«<report> — стр. N из M»: ``&`` is a code in a footer, a title's own is doubled."""
    title = " ".join(title.split())[:120].replace("&", "&&")
    return translate("Reports", "{title} — page &P of &N").format(title=title)


def footer_size(widths: Sequence[float], paper: Paper) -> int:
    """LibreOffice shrinks the footer with the fitted sheet (whatever scaleWithDoc says):
    a size that stays at MIN_PT or more after it."""
    scale = printed_size(widths, paper) / FONT_SIZE
    return max(9, math.ceil((MIN_PT + 0.5) / scale))


def footer_text(title: str, size: int = 9) -> str:
    return f"&C&\"{FONT_NAME},Regular\"&{size}{footer_words(title)}"


def set_up_page(ws, *, title: str, widths: Sequence[float], last_row: int,
                header: tuple[int, int] | None) -> Paper:
    """Paper, orientation, fit to width, margins, print area, repeated header rows
    (``header``: first and last row, 0-based) and the footer of one sheet."""
    paper = choose_paper(widths)
    ws.set_paper(paper.code)
    if paper.landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.fit_to_pages(1, 0)  # the width on one page, as many pages down as it takes
    ws.set_margins(left=MARGIN_IN, right=MARGIN_IN, top=0.5, bottom=0.6)
    # a footer scaled with the fitted sheet would shrink below MIN_PT
    ws.set_footer(footer_text(title, footer_size(widths, paper)),
                  {"margin": 0.25, "scale_with_doc": False})
    ws.print_area(0, 0, max(last_row, 0), max(len(widths) - 1, 0))
    if header is not None:
        ws.repeat_rows(*header)
    return paper


def set_up_openpyxl_page(ws, *, title: str, widths: Sequence[float], last_row: int,
                         header: tuple[int, int] | None) -> Paper:
    """The same page setup on an openpyxl sheet (the request workbooks, which openpyxl
    writes: their protection and very hidden manifest are read back by openpyxl).  Rows
    are 1-based here, as openpyxl counts them."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.page import PageMargins

    paper = choose_paper(widths)
    ws.page_setup.paperSize = paper.code
    ws.page_setup.orientation = "landscape" if paper.landscape else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=MARGIN_IN, right=MARGIN_IN, top=0.5, bottom=0.6,
                                  footer=0.25)
    ws.oddFooter.center.text = footer_words(title)
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"
    ws.oddFooter.center.size = footer_size(widths, paper)
    ws.HeaderFooter.scaleWithDoc = False
    ws.print_area = f"A1:{get_column_letter(max(len(widths), 1))}{max(last_row, 1)}"
    if header is not None:
        ws.print_title_rows = f"{header[0]}:{header[1]}"
    return paper
