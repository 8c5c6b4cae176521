"""Word documents (.docx) for what people edit before signing: a table report with its approval
block (event plans), the council's protocol, the partnership agreement.  python-docx writes
them; the styles are Word's own (Normal, Title, Heading 1–2, Table Grid) set to Times New Roman
with Russian as the language, so Word's spelling check and hyphenation work and LibreOffice
converts them to PDF unchanged.

Headings are numbered in their text («1. Предмет соглашения»): the numbers survive any
editor and any conversion, which Word's list numbering does not always."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from app.formats import format_date
from app.services.files import atomic_write
from app.services.reports.model import TableReport

FONT = "Times New Roman"  # what Russian office documents are written in; every PC has it
LANGUAGE = "ru-RU"


def _set_language(style) -> None:
    """The style's language (w:lang): Word checks spelling and hyphenates in Russian."""
    rpr = style.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attr), LANGUAGE)


def _font(style, size: float, bold: bool | None = None) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        rfonts.attrib.pop(qn(attr), None)  # a theme font would win over the named one
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):  # Cyrillic included
        rfonts.set(qn(attr), FONT)
    _set_language(style)


def new_document(*, title: str, author: str, subject: str = "",
                 landscape: bool = False) -> Document:
    """An A4 document with Russian styles and its properties (title, author = the managing
    company, subject, language)."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(25), Mm(15)
    section.top_margin = section.bottom_margin = Mm(20)
    styles = doc.styles
    _font(styles["Normal"], 12)
    styles["Normal"].paragraph_format.space_after = Pt(3)
    _font(styles["Title"], 14, bold=True)
    styles["Title"].font.color.rgb = None
    styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    border = styles["Title"].element.get_or_add_pPr().find(qn("w:pBdr"))
    if border is not None:  # Word's Title underlines itself in blue: not on a document
        border.getparent().remove(border)
    for name, size in (("Heading 1", 13), ("Heading 2", 12)):
        _font(styles[name], size, bold=True)
        styles[name].font.color.rgb = None  # black, as a signed paper is
        styles[name].paragraph_format.keep_with_next = True
    props = doc.core_properties
    props.title, props.author, props.subject = title, author, subject
    props.last_modified_by, props.language, props.comments = author, LANGUAGE, ""
    return doc


def paragraph(doc, text: str, *, bold: bool = False, align: str = "",
              style: str | None = None, keep_with_next: bool = False):
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold or None
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if keep_with_next:
        p.paragraph_format.keep_with_next = True
    return p


def heading(doc, text: str, level: int = 1):
    return doc.add_heading(text, level=level)


def approval_block(doc, lines: Sequence[str]) -> None:
    """«УТВЕРЖДЕНО …» top right, its lines kept together."""
    for n, line in enumerate(lines):
        p = paragraph(doc, line, bold=n == 0 and line.isupper(), align="right")
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = n < len(lines) - 1
    doc.add_paragraph()


def table(doc, headers: Sequence[str], rows: Sequence[Sequence], *,
          widths_mm: Sequence[float] | None = None, group_rows: set[int] | None = None):
    """A bordered table (Word's «Table Grid»), the header row repeated on every page."""
    grid = doc.add_table(rows=1, cols=len(headers))
    grid.style = doc.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = grid.rows[0]
    trpr = head._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    trpr.append(repeat)
    for cell, text in zip(head.cells, headers, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for n, values in enumerate(rows):
        cells = grid.add_row().cells
        if group_rows and n in group_rows:  # a section header across the whole width
            merged = cells[0].merge(cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run(str(values[0])).bold = True
            continue
        for cell, value in zip(cells, values, strict=False):
            cell.text = "" if value is None else str(value)
    if widths_mm:
        for row in grid.rows:
            for cell, width in zip(row.cells, widths_mm, strict=False):
                cell.width = Mm(width)
    return grid


def save(doc, target: Path | str) -> Path:
    target = Path(target)
    with atomic_write(target) as tmp:
        doc.save(str(tmp))
    return target


def write_table_docx(report: TableReport, target: Path | str, *, author: str) -> Path:
    """A table report (an event plan) as Word: approval block, title, the table with its
    section rows, the notes (revisions) after it; landscape, as the PDF."""
    doc = new_document(title=report.title, author=author, subject=report.subtitle,
                       landscape=True)
    if report.approval:
        approval_block(doc, report.approval)
    doc.add_paragraph(report.title, style="Title")
    if report.subtitle:
        paragraph(doc, report.subtitle, align="center")
    usable = 297 - 25 - 15
    total = sum(c.width for c in report.columns) or 1
    table(doc, [c.title for c in report.columns],
          [[_cell(v) for v in row] for row in report.rows],
          widths_mm=[usable * c.width / total for c in report.columns],
          group_rows=report.group_rows)
    if report.notes:
        heading(doc, report.notes_title or "", level=2)
        for note in report.notes:
            paragraph(doc, note, align="justify")
    return save(doc, target)


def _cell(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return format_date(value)
    return str(value)
