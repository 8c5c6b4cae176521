"""A batch of career maps for the print shop — each map in its own PDF and all of them in
one more — with the work done once, not per file.

Fonts: reportlab embeds in each PDF a subset of every TrueType face it uses, numbering the
characters in the order the document first draws them, and compresses that subset (about
80 KB of PT Sans a face) for every file: 153 compressions of nearly the same glyphs were a
third of the batch's time.  ``SharedBatch`` gives every file of the batch the same numbering
— the characters of the whole batch, per face, sorted — so each face's subset is the same
bytes in every file, compressed once.  A single-map file only also carries the glyphs of the
other maps' characters (a few kB); what is drawn does not change.

Pages: with the same numbering, a page's drawing is the same PDF code in its own file and
in the combined one, so the combined file replays the code recorded from the single file
instead of drawing the page again (``record``/``replay``; refused, and the page drawn, when
anything the code names would differ).

It uses reportlab's TTFont state, ``PDFDocument.Reference`` and the canvas's page
accumulators as ``TTFont.splitString``, ``addSubsetObjects`` and ``Canvas.showPage`` do
(reportlab 4.x); tests read the files back with pypdf.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

from app.services.reports.career_page import Page
from app.services.reports.career_text import TextBlock
from app.services.reports.pdf_images import SharedImages


@dataclass(frozen=True)
class _Recorded:
    code: list[str]
    forms: list[str]  # pictures (XObject names) the code draws
    fonts: dict[str, str]  # face -> its name in the document (/F2)
    codes: dict[str, dict[int, int]]  # dynamic face -> character -> its number there


class SharedBatch:
    def __init__(self, chars: dict[str, str]):
        self.chars = chars  # face name -> every character the batch draws in it, sorted
        self._compressed: dict[bytes, bytes] = {}  # subset's digest -> its Flate stream
        self.compressed = 0  # subsets compressed (the rest came from the cache)
        self._pages: dict[int, _Recorded] = {}  # id(page) -> its drawing in a single file
        self.replayed = 0  # pages not drawn again

    @classmethod
    def for_pages(cls, pages: Iterable[Page]) -> SharedBatch:
        used: dict[str, set[str]] = {}
        for page in pages:
            for item in page.items:
                if isinstance(item, TextBlock):
                    for line in item.lines:
                        used.setdefault(line.font, set()).update(line.text)
        return cls({font: "".join(sorted(chars)) for font, chars in used.items()})

    def prepare(self, canvas: Canvas) -> None:
        """Number the batch's characters in ``canvas``'s document before anything is drawn,
        and have its font files compressed through the cache."""
        doc = canvas._doc
        for name, text in self.chars.items():
            pdfmetrics.getFont(name).splitString(text, doc)  # assigns codes only
        reference = doc.Reference

        def shared_reference(obj, name=None):
            if (isinstance(obj, PDFStream) and str(name or "").startswith("fontFile:")
                    and obj.filters == [PDFZCompress] and "Filter" not in obj.dictionary.dict):
                self._compress(obj)
            return reference(obj, name)

        doc.Reference = shared_reference  # this document only

    def _compress(self, stream: PDFStream) -> None:
        raw = stream.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8")  # as reportlab's Flate filter
        key = hashlib.sha1(raw).digest()
        packed = self._compressed.get(key)
        if packed is None:
            packed = self._compressed[key] = zlib.compress(raw)  # as reportlab's filter
            self.compressed += 1
        # already filtered: PDFStream.format applies no filter to a stream that names one
        stream.content = packed
        stream.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])

    def record(self, canvas: Canvas, page: Page) -> None:
        """Keep the code ``page`` was just drawn as on ``canvas`` (before ``showPage``),
        unless it needs what a replay would not bring along."""
        if (canvas._extgstate._c or canvas._annotationrefs or canvas._colorsUsed
                or canvas._shadingUsed or canvas._codeStack or canvas._psCommandsBeforePage
                or canvas._psCommandsAfterPage):
            return
        doc = canvas._doc
        codes = {name: dict(font.state[doc].assignments) for name in doc.fontMapping
                 if getattr(font := pdfmetrics.getFont(name), "_dynamicFont", 0)}
        self._pages[id(page)] = _Recorded(list(canvas._code), list(canvas._formsinuse),
                                          dict(doc.fontMapping), codes)

    def replay(self, canvas: Canvas, page: Page, images: SharedImages) -> bool:
        """Put ``page``'s recorded code on ``canvas``'s current page; False (nothing done
        to the page) when there is none or a font or picture would be named otherwise."""
        done = self._pages.get(id(page))
        if done is None or canvas._code:
            return False
        doc = canvas._doc
        for name, internal in done.fonts.items():  # in the recorded order: same /F numbers
            font = pdfmetrics.getFont(name)
            if getattr(font, "_dynamicFont", 0):
                font.getSubsetInternalName(0, doc)  # registers the face in the document
                if font.state[doc].assignments != done.codes[name]:
                    return False
            if doc.getInternalFontName(name) != internal:
                return False
        for name in done.forms:
            if not images.register(canvas, name):
                return False
        canvas._code.extend(done.code)
        canvas._formsinuse.extend(done.forms)
        self.replayed += 1
        return True
