"""A document's properties, the same in every file the program writes: Title, Author (the
managing company — cluster.document_author, never the program), Subject, Keywords and the
language.  Archives and regulators' systems index PDFs and workbooks by these; a PDF without
them (or with «openpyxl» as its author) fails an archive validator's checks."""

from __future__ import annotations

import re
from dataclasses import dataclass

LANGUAGE = "ru-RU"
#: What made the file (the PDF Creator / xlsx application), not who it is from.
CREATOR = "ClusterDesk"

_SPACES = re.compile(r"\s+")


def one_line(text: str | None) -> str:
    """A property is one line: breaks and runs of spaces become one space."""
    return _SPACES.sub(" ", text or "").strip()


@dataclass(frozen=True)
class DocumentProperties:
    title: str
    author: str = ""
    subject: str = ""
    keywords: str = ""

    def __post_init__(self):
        for name in ("title", "author", "subject", "keywords"):
            object.__setattr__(self, name, one_line(getattr(self, name)))
        if not self.keywords:
            # searchable even when a service named no keywords: what and whose it is
            words = [self.title, self.author]
            object.__setattr__(self, "keywords", "; ".join(w for w in words if w))

    def doc_template_kwargs(self) -> dict:
        """Keyword arguments for reportlab's ``BaseDocTemplate``."""
        return {"title": self.title, "author": self.author, "subject": self.subject,
                "keywords": self.keywords, "creator": CREATOR, "lang": LANGUAGE}

    def apply_to_canvas(self, canvas) -> None:
        """The same on a bare reportlab ``Canvas`` (made with ``lang=LANGUAGE``)."""
        canvas.setTitle(self.title)
        canvas.setAuthor(self.author)
        canvas.setSubject(self.subject)
        canvas.setKeywords(self.keywords)
        canvas.setCreator(CREATOR)

    def apply_to_workbook(self, wb) -> None:
        """openpyxl's core properties (its default creator is «openpyxl»)."""
        props = wb.properties
        props.creator = props.lastModifiedBy = self.author or None
        props.title = self.title or None
        props.subject = self.subject or None
        props.keywords = self.keywords or None
        props.language = LANGUAGE


def report_properties(report, title: str = "", subject: str = "") -> DocumentProperties:
    """A ``TableReport``'s properties; ``title``/``subject`` override the report's own (a
    book of several reports is titled as a whole)."""
    return DocumentProperties(title=title or report.title, author=report.author,
                              subject=subject or report.subject or report.subtitle,
                              keywords=report.keywords)
