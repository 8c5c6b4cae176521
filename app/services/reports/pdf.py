"""Write a ``TableReport`` (or a book of them) to PDF with reportlab (platypus).

A4 landscape by default, PT Sans embedded (pdf_style.py) so Cyrillic prints everywhere.  User
text never reaches reportlab's markup parser as markup (pdf_text.py): a name like
``<img src="x"/> & </para>`` prints exactly as typed.  Long tables are laid out a page at a
time (pdf_table.py).  A report of several sections (a book, or a table with section rows) gets
bookmarks, and a book may open with a cover and a contents page (pdf_outline.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as landscape_size
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.services import clock
from app.services.files import atomic_write
from app.services.reports.model import ATTENTION_INK, TableReport
from app.services.reports.pdf_blocks import signature_block, with_tail
from app.services.reports.pdf_outline import (
    Heading,
    OutlinedDocTemplate,
    build,
    contents,
    cover_page,
)
from app.services.reports.pdf_style import (  # noqa: F401 (other modules import them from here)
    APPROVAL_WIDTH,
    BODY_SIZE,
    FONT,
    FONT_BOLD,
    FONT_FILES,
    GRID,
    HEADER_FILL,
    HYPHENATION,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    STYLES,
    format_date,
    format_int,
    format_money,
    format_value,
    register_fonts,
    signed,
    translate,
)
from app.services.reports.pdf_table import Layout, RowStream
from app.services.reports.pdf_text import clean, markup
from app.services.reports.period import preliminary_mark
from app.services.reports.properties import report_properties

#: Notes after a table this short stay whole with its last rows; longer ones keep only
#: their first lines there (no page holds only a footnote).
_NOTES_KEPT = 4

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


def _notes(report: TableReport) -> list[Flowable]:
    out: list[Flowable] = []
    if report.notes:
        out.append(Spacer(1, 5 * mm))
        if report.notes_title:
            out.append(Paragraph(markup(report.notes_title), STYLES["notes_title"]))
        out += [Paragraph(markup(note), STYLES["note"]) for note in report.notes]
    return out


def report_story(report: TableReport, width: float, page_height: float, subtitle: str = "",
                 progress: Callable[[int], None] | None = None, heading: str = "",
                 outline: bool = False) -> list[Flowable]:
    """The flowables of one report: approval block, title (``heading`` if given), subtitle,
    table, notes, signatures.  ``outline``: the title and the table's section rows are
    bookmarks (and the title a line of the contents)."""
    subtitle = subtitle or report.subtitle
    story: list[Flowable] = []
    if report.approval:
        story += [_approval_block(report.approval), Spacer(1, 5 * mm)]
    title = heading or report.title
    story.append(Heading(title, STYLES["title"]) if outline
                 else Paragraph(markup(title), STYLES["title"]))
    if subtitle and clean(subtitle).strip():
        story.append(Paragraph(markup(subtitle), STYLES["subtitle"]))
    mark = preliminary_mark(report.period_end, report.made_on)
    if mark:
        story.append(Paragraph(markup(mark), STYLES["preliminary"]))
    generated = translate("Reports", "Generated: {date}").format(
        date=format_date(report.made_on or clock.today()))
    story += [Paragraph(markup(generated), STYLES["generated"]), Spacer(1, 4 * mm)]
    notes = _notes(report)
    signatures = (signature_block(report.signatures, width, STYLES["approval"], markup)
                  if report.signatures else [])
    if not report.columns:
        story += notes
        if signatures:
            story[-1] = with_tail(story[-1], signatures)
        return story
    layout = Layout(report.columns, width, page_height, progress, 1 if outline else None)
    groups = [i in report.group_rows for i in range(len(report.rows))]
    stream: Flowable = RowStream(layout, [
        layout.group_cells(row) if groups[i] else
        layout.cells(row, i in report.bold_rows, i in report.attention_rows)
        for i, row in enumerate(report.rows)], groups=groups)
    # the notes and the signatures stay with the table's last rows
    kept = notes if len(notes) <= _NOTES_KEPT else notes[:3]
    later = notes[len(kept):]
    if later and signatures:
        later[-1] = with_tail(later[-1], signatures)
    elif signatures:
        kept = kept + signatures
    story.append(with_tail(stream, kept) if kept else stream)
    return story + later


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
                   progress: Callable[[int], None] | None = None,
                   cover: Sequence[str] = (), contents_title: str = "",
                   headings: Sequence[str] = ()) -> Path:
    """Several reports in one PDF, each from a new page (written atomically).  ``cover``:
    the lines of a cover page (the first one largest, the next two large); ``contents_title``: a contents page
    after it; ``headings``: the sections' titles as printed (e.g. numbered), by default the
    reports' own.  A book of several sections, or a report with section rows, has
    bookmarks."""
    register_fonts()
    pagesize = landscape_size(A4) if landscape else A4
    width = pagesize[0] - 2 * MARGIN_X
    height = pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM
    outline = len(reports) > 1 or any(r.group_rows for r in reports)
    story: list[Flowable] = []
    if cover:
        styles = [_COVER_STYLES[0], _COVER_STYLES[1], _COVER_STYLES[1]]
        story += cover_page([(line, styles[i] if i < len(styles) else _COVER_STYLES[2])
                             for i, line in enumerate(cover)], height)
    if contents_title:
        story += contents(contents_title, STYLES["title"], _CONTENTS_STYLE)
    for index, report in enumerate(reports):
        if index:
            story.append(PageBreak())
        story += report_story(report, width, height, subtitle if len(reports) == 1 else "",
                              progress if len(reports) == 1 else None,
                              headings[index] if index < len(headings) else "", outline)

    target = Path(target)
    with atomic_write(target) as tmp:
        doc = OutlinedDocTemplate(
            str(tmp),
            pagesize=pagesize,
            **report_properties(reports[0], clean(title), clean(subtitle)).doc_template_kwargs(),
            initialFontName=FONT,  # else every page names an unused, unembedded Helvetica
            initialFontSize=BODY_SIZE,
        )
        doc.draft_mark = reports[0].draft_mark if reports else ""  # read by _footer
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, width, height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=_footer)])
        build(doc, story)
    return target


_COVER_STYLES = [
    ParagraphStyle("CoverTitle", STYLES["title"], fontSize=24, leading=30, spaceAfter=14),
    ParagraphStyle("CoverLine", STYLES["subtitle"], fontSize=14, leading=19, spaceAfter=6),
    ParagraphStyle("CoverNote", STYLES["subtitle"], textColor=MUTED, spaceBefore=6),
]
_CONTENTS_STYLE = ParagraphStyle("ContentsEntry", STYLES["subtitle"], fontSize=11,
                                 leading=15)
