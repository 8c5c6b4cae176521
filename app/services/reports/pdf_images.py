"""Pictures in PDFs, encoded once.

reportlab compresses (and by default ASCII85-encodes) an image's pixels for every document it
is drawn in, and hashes the pixels on every ``drawImage`` to find it again.  A batch of 50
career maps draws the same dozen logos into 51 files: without this, a third of the batch's
time was zlib and MD5 over the same bytes.  ``SharedImages`` keeps each picture's encoded
XObject and registers a copy of it (the compressed bytes shared) in each document.

It uses reportlab's canvas internals the way ``Canvas.drawImage`` does (reportlab 4.x);
tests read the pictures back out of the files with pypdf.
"""

from __future__ import annotations

import copy
import hashlib
from contextlib import contextmanager

from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFImageXObject, PDFObjectReference
from reportlab.pdfgen.canvas import Canvas


@contextmanager
def binary_streams():
    """Streams written as they are, not as ASCII85 text: without reportlab's C accelerator
    its pure-Python encoder took 0.3 s per 700 KB photo; binary is also 20 % smaller.  A
    process-wide setting, restored after; a PDF written meanwhile is valid either way."""
    previous, rl_config.useA85 = rl_config.useA85, 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


class SharedImages:
    """Pictures by key (their checksum), encoded the first time and reused in every
    document drawn afterwards."""

    def __init__(self) -> None:
        self._encoded: dict[str, PDFImageXObject] = {}
        self._named: dict[str, PDFImageXObject] = {}  # by XObject name, for ``register``

    def _xobject(self, key: str, reader: ImageReader) -> PDFImageXObject:
        made = self._encoded.get(key)
        if made is None:
            name = "Pic" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
            with binary_streams():
                made = PDFImageXObject(name, reader, mask="auto")  # compressed here, once
            made.name = name
            smask = getattr(made, "_smask", None)
            if smask is not None:
                smask.name = name + "A"
            self._encoded[key] = self._named[name] = made
        return made

    def draw(self, canvas: Canvas, key: str, reader: ImageReader, x: float, y: float,
             width: float, height: float) -> None:
        shared = self._xobject(key, reader)
        reg = self._register(canvas, shared)
        canvas._currentPageHasImages = 1
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(width, height)
        canvas._code.append(f"/{reg} Do")
        canvas.restoreState()
        canvas._formsinuse.append(shared.name)

    def register(self, canvas: Canvas, name: str) -> bool:
        """The picture drawn as ``name`` made available in ``canvas``'s document (for a
        page's drawing replayed there); False if this cache never encoded it."""
        shared = self._named.get(name)
        if shared is not None:
            self._register(canvas, shared)
        return shared is not None

    @staticmethod
    def _register(canvas: Canvas, shared: PDFImageXObject) -> str:
        doc = canvas._doc
        reg = doc.getXObjectName(shared.name)
        if doc.idToObject.get(reg) is None:  # first time in this document: register a copy
            obj = copy.copy(shared)
            smask = obj.__dict__.pop("_smask", None)
            canvas._setXObjects(obj)
            doc.Reference(obj, reg)
            doc.addForm(shared.name, obj)
            if smask is not None:
                mask_reg = doc.getXObjectName(smask.name)
                if doc.idToObject.get(mask_reg) is None:
                    mask = copy.copy(smask)
                    canvas._setXObjects(mask)
                    obj.smask = doc.Reference(mask, mask_reg)
                else:
                    obj.smask = PDFObjectReference(mask_reg)
        return reg
