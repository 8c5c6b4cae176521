"""Bookmarks (the PDF outline), a contents page and a cover for documents of several sections.

A ``Heading`` is a paragraph that bookmarks itself where it is drawn and tells the document
its page, so a ``TableOfContents`` can list it; an ``OutlineMark`` bookmarks positions inside
something already drawn (the section rows of a table).  ``build`` makes the two passes a
contents page needs only when the story holds one.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, PageBreak, Paragraph, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from app.services.reports.pdf_text import clean, markup


def add_bookmark(canv, title: str, level: int, y: float) -> str:
    """Bookmark the height ``y`` (in the current coordinates) under ``title``; returns the
    key.  A level never jumps more than one below the previous entry (reportlab refuses)."""
    count = getattr(canv, "_outline_count", 0) + 1
    last = getattr(canv, "_outline_level", -1)
    level = max(0, min(level, last + 1))
    canv._outline_count, canv._outline_level = count, level
    key = f"section-{count}"
    canv.bookmarkHorizontal(key, 0, y)
    canv.addOutlineEntry(clean(title), key, level=level, closed=level > 0)
    canv.showOutline()  # the reader opens with the bookmarks shown
    return key


class Heading(Paragraph):
    """A section's heading: a bookmark at ``level`` and, with ``contents``, a line of the
    contents page.  ``text`` is plain text (escaped here)."""

    def __init__(self, text: str, style: ParagraphStyle, level: int = 0,
                 contents: bool = True):
        super().__init__(markup(text), style)
        self.outline = (clean(text), level, contents)
        self.key = ""

    def draw(self):
        self.key = add_bookmark(self.canv, self.outline[0], self.outline[1], self.height)
        super().draw()


class OutlineMark(Flowable):
    """No size of its own: bookmarks ``entries`` (title, level, height above this mark, or
    a function giving it when drawn) where it stands, e.g. under a table whose section rows
    it points to."""

    def __init__(self, entries: Sequence[tuple[str, int, float]]):
        super().__init__()
        self.entries = list(entries)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        return 0, 0

    def draw(self):
        for title, level, y in self.entries:
            add_bookmark(self.canv, title, level, y() if callable(y) else y)


class OutlinedDocTemplate(BaseDocTemplate):
    """Tells a contents page where each heading landed."""

    def afterFlowable(self, flowable):  # noqa: N802 (reportlab's name)
        if isinstance(flowable, Heading) and flowable.outline[2] and flowable.key:
            title, level, _ = flowable.outline
            self.notify("TOCEntry", (level, title, self.page, flowable.key))


def contents(title: str, title_style: ParagraphStyle, entry_style: ParagraphStyle) -> list:
    """A contents page: its title and the list of headings with their pages."""
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        ParagraphStyle("Contents0", entry_style, leftIndent=6 * mm, firstLineIndent=-6 * mm,
                       spaceBefore=3),
        ParagraphStyle("Contents1", entry_style, leftIndent=12 * mm, firstLineIndent=-6 * mm,
                       fontSize=entry_style.fontSize - 1),
    ]
    return [Paragraph(markup(title), title_style), Spacer(1, 6 * mm), toc, PageBreak()]


def cover_page(lines: Sequence[tuple[str, ParagraphStyle]], height: float) -> list:
    """A cover page: ``lines`` (text, style), a third of the way down the page."""
    return [Spacer(1, height / 3), *[Paragraph(markup(text), style) for text, style in lines
                                     if clean(text).strip()], PageBreak()]


def build(doc: BaseDocTemplate, story: list) -> None:
    """One pass, or as many as a contents page needs to know its page numbers."""
    if any(isinstance(f, TableOfContents) for f in story):
        doc.multiBuild(story)
    else:
        doc.build(story)
