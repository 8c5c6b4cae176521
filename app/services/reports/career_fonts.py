"""Fonts of a batch of career maps, subset and compressed once.

reportlab embeds in each PDF a subset of every TrueType face it uses, numbering the
characters in the order the document first draws them, and compresses that subset (about
80 KB of PT Sans a face) for every file.  The print shop's batch is 50 single-map files plus
the combined one: 153 compressions of nearly the same glyphs were a third of its time.

``SharedFonts`` gives every file of the batch the same numbering — the characters of the
whole batch, per face, sorted — so each face's subset is the same bytes in every file, and
keeps the compressed stream of each subset to reuse.  What is drawn does not change: a
single-map file only also carries the glyphs of the other maps' characters (a few kB).

It uses reportlab's TTFont state and ``PDFDocument.Reference`` the way ``TTFont.splitString``
and ``addSubsetObjects`` do (reportlab 4.x); tests read the fonts back with pypdf.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

from app.services.reports.career_page import Page
from app.services.reports.career_text import TextBlock


class SharedFonts:
    def __init__(self, chars: dict[str, str]):
        self.chars = chars  # face name -> every character the batch draws in it, sorted
        self._compressed: dict[bytes, bytes] = {}  # subset's digest -> its Flate stream
        self.compressed = 0  # subsets compressed (the rest came from the cache)

    @classmethod
    def for_pages(cls, pages: Iterable[Page]) -> SharedFonts:
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
            raw = raw.encode("latin-1")
        key = hashlib.sha1(raw).digest()
        packed = self._compressed.get(key)
        if packed is None:
            packed = self._compressed[key] = zlib.compress(raw)  # as reportlab's filter
            self.compressed += 1
        # already filtered: PDFStream.format applies no filter to a stream that names one
        stream.content = packed
        stream.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
