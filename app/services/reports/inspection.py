"""The inspection report (a PDF: title block, answers by section, findings, photos two per
row, signature lines) and the photo report of all sites for the final report."""

from __future__ import annotations

import io
import os
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select

from app.models import Attachment, Cluster, Inspection, InspectionPhoto, Site
from app.services import clock
from app.services.base import Service
from app.services.checklists import kind_label
from app.services.cluster import document_author
from app.services.errors import NotFoundError
from app.services.findings import FindingData, FindingStatus, finding_status_label
from app.services.inspection_data import InspectionData, answer_label, inspection_data, status_label
from app.services.inspection_state import InspectionStatus
from app.services.permissions import Permission, requires
from app.services.photos import PhotoData, photo_rows, print_copy
from app.services.reports.pdf import (
    FONT,
    FONT_BOLD,
    GRID,
    HEADER_FILL,
    INK,
    MUTED,
    clean,
    format_date,
    markup,
    register_fonts,
)
from app.services.reports.pdf_images import binary_streams
from app.services.reports.pdf_outline import Heading
from app.services.reports.properties import DocumentProperties

translate = QCoreApplication.translate
MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
PHOTO_GAP = 6 * mm
PHOTO_W = (WIDTH - PHOTO_GAP) / 2
PHOTO_H = 68 * mm
_BASE = ParagraphStyle("InspBody", fontName=FONT, fontSize=9, leading=11.5, textColor=INK)
S = {
    "title": ParagraphStyle("InspTitle", _BASE, fontName=FONT_BOLD, fontSize=15, leading=19),
    "subtitle": ParagraphStyle("InspSub", _BASE, fontSize=11, leading=14, spaceAfter=4),
    "h2": ParagraphStyle("InspH2", _BASE, keepWithNext=1, fontName=FONT_BOLD, fontSize=11, leading=14,
                         spaceBefore=8, spaceAfter=4),
    "h3": ParagraphStyle("InspH3", _BASE, fontName=FONT_BOLD, fontSize=9.5, leading=12,
                         spaceBefore=6, spaceAfter=3),
    "text": _BASE,
    "label": ParagraphStyle("InspLabel", _BASE, textColor=MUTED),
    "head": ParagraphStyle("InspHead", _BASE, fontName=FONT_BOLD),
    "caption": ParagraphStyle("InspCaption", _BASE, fontSize=8.5, leading=10.5),
    "no": ParagraphStyle("InspNo", _BASE, textColor=colors.HexColor("#B3261E"),
                         fontName=FONT_BOLD),
}


def _p(text: str, style: str = "text") -> Paragraph:
    return Paragraph(markup(text), S[style])


def _h(text: str, level: int = 0) -> Paragraph:
    """A section's heading, and its bookmark (a part of a section: ``level`` 1)."""
    return Heading(text, S["h3" if level else "h2"], level, contents=False)


def _grid(rows: list[list], widths: list[float], header: bool = True) -> Table:
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("INNERGRID", (0, 0), (-1, -1), 0.25, GRID),
             ("BOX", (0, 0), (-1, -1), 0.5, GRID), ("LEFTPADDING", (0, 0), (-1, -1), 3),
             ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    return Table(rows, colWidths=widths, style=TableStyle(style), repeatRows=1 if header else 0,
                 hAlign="LEFT")


def print_copies(contents: list[bytes]) -> list[bytes]:
    """Print copies of many photos, made in threads: Pillow lets go of the GIL while it
    decodes, scales and encodes, and that is where a report of many photos spends its time."""
    if len(contents) < 2:
        return [print_copy(c) for c in contents]
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        return list(pool.map(print_copy, contents))


def _photo_cell(photo: PhotoData, jpeg: bytes) -> list:
    """``jpeg``: the photo's print copy (``print_copy``)."""
    ratio = min(PHOTO_W / max(photo.width, 1), PHOTO_H / max(photo.height, 1))
    image = Image(io.BytesIO(jpeg), width=photo.width * ratio, height=photo.height * ratio)
    caption = photo.caption or photo.filename
    if photo.item_text:
        caption += f"\n({photo.item_text})"
    return [image, Spacer(1, 1.5 * mm), _p(caption, "caption")]


def photo_grid(cells: list[list]) -> list:
    """Photos two per row; each row kept whole on a page."""
    out = []
    for start in range(0, len(cells), 2):
        pair = cells[start:start + 2] + ([""] if len(cells[start:start + 2]) == 1 else [])
        table = Table([pair], colWidths=[PHOTO_W + PHOTO_GAP / 2] * 2, hAlign="LEFT",
                      style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), PHOTO_GAP / 2),
                                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm)]))
        out.append(KeepTogether([table]))
    return out


def _answer_text(value: str) -> str:
    return answer_label(value) if value else "—"


def finding_status(f: FindingData, today: date) -> Paragraph:
    """«Закрыто 01.12.2026», «Открыто», or, for an open finding past its due date,
    «Просрочено (срок 26.11.2026)» in red: the act says what is late on the day it is printed."""
    if f.status == FindingStatus.OPEN and f.due_on is not None and f.due_on < today:
        return _p(translate("Inspections", "Overdue (due {date})").format(
            date=format_date(f.due_on)), "no")
    return _p(finding_status_label(f.status)
              + (f" {format_date(f.closed_on)}" if f.closed_on else ""))


def inspection_story(data: InspectionData, address: str, prints: dict[uuid.UUID, bytes]):
    """``prints``: each photo's print copy by photo id."""
    register_fonts()  # before the first Paragraph
    story: list = [_p(translate("Inspections", "Inspection report"), "title"), _p(data.title, "subtitle")]
    inspectors = ", ".join(data.inspectors) or "—"
    block = [
        (translate("Inspections", "Site"), data.site + (f", {address}" if address else "")),
        (translate("Inspections", "Workshops"), ", ".join(data.workshops) or "—"),
        (translate("Inspections", "Date"), format_date(data.inspected_on or data.planned_on)),
        (translate("Inspections", "Inspectors"), inspectors),
        (translate("Inspections", "Checklist"), translate("Inspections", "{title}, revision {revision}").format(
            title=data.template_title, revision=data.template_revision)),
        (translate("Inspections", "Kind"), kind_label(data.kind)),
        (translate("Inspections", "Status"), status_label(data.status)),
        (translate("Inspections", "Score"), f"{data.score}".replace(".", ",") + " %" if data.score is not None
         else "—"),
    ]
    story.append(_grid([[_p(k, "label"), _p(v)] for k, v in block], [40 * mm, WIDTH - 40 * mm],
                       header=False))
    if data.comment:
        story += [_p(translate("Inspections", "Comment"), "h3"), _p(data.comment)]
    section, rows, number = None, [], 0
    head = [_p("№", "head"), _p(translate("Inspections", "Item"), "head"), _p(translate("Inspections", "Answer"), "head"),
            _p(translate("Inspections", "Comment"), "head")]
    widths = [10 * mm, WIDTH - 10 * mm - 28 * mm - 55 * mm, 28 * mm, 55 * mm]

    def flush():
        if rows:
            story.extend([_h(section), _grid([head, *rows], widths)])

    for answer in data.answers:
        if answer.section != section:
            flush()
            section, rows = answer.section, []
        number += 1
        value = _answer_text(answer.value)
        if answer.answer_type == "photo" and not answer.value:
            value = translate("Inspections", "{count} photos").format(count=answer.photos) if answer.photos else "—"
        text = answer.text + (" *" if answer.critical else "")
        rows.append([_p(str(number)), _p(text), _p(value, "no" if answer.value == "no"
                                                    else "text"), _p(answer.comment)])
    flush()
    story.append(_p(translate("Inspections", "* a critical item"), "label"))
    story.append(CondPageBreak(40 * mm))
    story.append(_h(translate("Inspections", "Findings")))
    if data.findings:
        f_head = [_p("№", "head"), _p(translate("Inspections", "Finding"), "head"), _p(translate("Inspections", "Responsible"), "head"),
                  _p(translate("Inspections", "Due date"), "head"), _p(translate("Inspections", "Status"), "head")]
        today = clock.today()
        f_rows = [[_p(str(n)), _p(f.text + (" *" if f.critical else "")), _p(f.responsible),
                   _p(format_date(f.due_on) if f.due_on else "—"), finding_status(f, today)]
                  for n, f in enumerate(data.findings, 1)]
        story.append(_grid([f_head, *f_rows],
                           [10 * mm, WIDTH - 10 * mm - 45 * mm - 24 * mm - 26 * mm, 45 * mm,
                            24 * mm, 26 * mm]))
    else:
        story.append(_p(translate("Inspections", "No findings.")))
    if data.photos:
        story += [CondPageBreak(60 * mm), _h(translate("Inspections", "Photos"))]
        story += photo_grid([_photo_cell(p, prints[p.id]) for p in data.photos])
    story += [Spacer(1, 10 * mm), _h(translate("Inspections", "Signatures"))]
    lines = [(translate("Inspections", "Inspector"), name) for name in data.inspectors] or [(translate("Inspections", "Inspector"), "")]
    lines.append((translate("Inspections", "Representative of the site"), ""))
    if data.status == InspectionStatus.SIGNED_OFF:
        lines.append((translate("Inspections", "Signed off"), f"{data.signed_by}, {format_date(data.signed_on)}"
                      if data.signed_on else data.signed_by))
    signatures = [[_p(role, "label"), _p("_" * 28), _p(f"/ {name or '_' * 20} /")]
                  for role, name in lines]
    story.append(Table(signatures, colWidths=[55 * mm, 62 * mm, WIDTH - 117 * mm],
                       hAlign="LEFT", style=TableStyle([("BOTTOMPADDING", (0, 0), (-1, -1),
                                                         8 * mm), ("VALIGN", (0, 0), (-1, -1),
                                                                   "BOTTOM")])))
    return story


def _footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(A4[0] / 2, 8 * mm, translate("Reports", "Page {page}").format(
        page=doc.page))
    canvas.restoreState()


def build(story: list, target: Path | str, props: DocumentProperties) -> Path:
    from app.services.files import atomic_write

    register_fonts()
    target = Path(target)
    with atomic_write(target) as tmp:
        doc = BaseDocTemplate(str(tmp), pagesize=A4, **props.doc_template_kwargs(),
                              initialFontName=FONT, initialFontSize=9)
        frame = Frame(MARGIN, MARGIN, WIDTH, A4[1] - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", frames=[frame], onPage=_footer)])
        with binary_streams():  # no ASCII85: 0.3 s a photo without rl-accel
            doc.build(story)
    return target


class InspectionReportService(Service):
    @requires(Permission.INSPECTIONS_READ)
    def write_inspection_report(self, inspection_id: uuid.UUID, target: Path | str) -> Path:
        with self._session() as s:
            inspection = s.get(Inspection, inspection_id) if inspection_id else None
            if inspection is None:
                raise NotFoundError(translate("Inspections", "The inspection no longer exists."))
            data = inspection_data(s, inspection)
            address = s.get(Site, inspection.site_id).address
            author = document_author(s)
            contents = {p.id: s.scalar(select(Attachment.content).join(
                InspectionPhoto, InspectionPhoto.attachment_id == Attachment.id).where(
                    InspectionPhoto.id == p.id)) for p in data.photos}
        prints = dict(zip(contents, print_copies(list(contents.values())), strict=True))
        del contents
        title = translate("Inspections", "Inspection report") + f": {clean(data.title)}"
        return build(inspection_story(data, address, prints), target,
                     DocumentProperties(title, author, address or ""))

    @requires(Permission.INSPECTIONS_READ)
    def write_photo_report(self, target: Path | str, *,
                           site_id: uuid.UUID | None = None) -> Path:
        """Every inspection photo, by site and inspection, for the final report."""
        register_fonts()
        story: list = [_p(translate("Inspections", "Photo report"), "title"),
                       _p(translate("Reports", "Generated: {date}").format(
                           date=format_date(clock.today())), "label")]
        with self._session() as s:
            author = document_author(s)
            cluster = s.scalar(select(Cluster.name).order_by(Cluster.created_at).limit(1))
            query = select(Site).order_by(Site.name)
            if site_id:
                query = query.where(Site.id == site_id)
            found = 0
            for site in s.scalars(query):
                inspections = s.scalars(select(Inspection).where(
                    Inspection.site_id == site.id).order_by(Inspection.planned_on)).all()
                parts = []
                for inspection in inspections:
                    photos = photo_rows(s, inspection_id=inspection.id)
                    if not photos:
                        continue
                    when = format_date(inspection.inspected_on or inspection.planned_on)
                    parts.append(_h(f"{inspection.title} — {when}", 1))
                    contents = [s.scalar(select(Attachment.content).where(
                        Attachment.id == select(InspectionPhoto.attachment_id).where(
                            InspectionPhoto.id == photo.id).scalar_subquery()))
                        for photo in photos]  # one inspection's originals at a time
                    parts += photo_grid([_photo_cell(photo, jpeg) for photo, jpeg in zip(
                        photos, print_copies(contents), strict=True)])
                    found += len(photos)
                if parts:
                    story += [CondPageBreak(80 * mm), _h(site.name)]
                    if site.address:
                        story.append(_p(site.address, "label"))
                    story += parts
            if not found:
                story.append(_p(translate("Inspections", "No photos yet.")))
        return build(story, target, DocumentProperties(
            translate("Inspections", "Photo report"), author, cluster or ""))
