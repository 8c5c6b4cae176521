"""Blocks of a printed document that must stay with what they sign or mark.

A signature block printed alone at the top of a page signs nothing: ``with_tail`` keeps it
(the «tail») on the page of the last rows of the table above it, moving those rows to the next
page when both do not fit.  (pdf.py imports this module: nothing here imports it back.)
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import _listWrapOn

#: How a signature's blank reads: room to sign, then the name in parentheses.
SIGN_LINE = "_" * 26


def signature_block(lines: Sequence[tuple[str, str | None]], width: float,
                    style: ParagraphStyle, markup) -> list[Flowable]:
    """«Руководитель ______ / Иванов И. И. /» lines: (who signs, their name or "" for a
    blank); a name of None makes a line to fill in, not to sign («Телефон ______»).
    ``markup`` escapes user text for a Paragraph."""
    style = ParagraphStyle(f"{style.name}-sign", style, hyphenationLang="")  # names whole
    rows = [[Paragraph(markup(role), style), Paragraph(SIGN_LINE, style),
             Paragraph("" if name is None else markup(f"/ {name or '_' * 20} /"), style)]
            for role, name in lines]
    table = Table(rows, colWidths=[width * 0.38, width * 0.3, width * 0.32], hAlign="LEFT",
                  style=TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 6 * mm), table]


class _WithTail(Flowable):
    """``body`` (a table, a row stream, a paragraph) followed by ``tail`` on the same page:
    when the tail does not fit under the body's end, the body's last rows go over with it."""

    def __init__(self, body: Flowable, tail: Sequence[Flowable]):
        super().__init__()
        self.body = body
        self.tail = KeepTogether(list(tail))
        self._moved = False

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        # always "too tall": the frame then asks ``split`` where the parts go
        self.width, self.height = availWidth, availHeight + 1
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        # splitOn gave us the canvas: the parts measure themselves on it
        _, body = self.body.wrapOn(self.canv, availWidth, availHeight)
        # (a KeepTogether measures itself as endless, to be split: measure its content)
        _, tail = _listWrapOn(self.tail._content, availWidth, self.canv)
        if body + tail <= availHeight:
            return [self.body, self.tail]
        # the body ends on this page but the tail does not fit: end the body earlier
        room = availHeight - tail if body <= availHeight else availHeight
        parts = self.body.splitOn(self.canv, availWidth, min(room, body - 1))
        parts = [p for p in parts if not isinstance(p, PageBreak)]
        if len(parts) < 2:
            if self._moved:  # already at the top of a page: print as it comes
                return [self.body, self.tail]
            self._moved = True
            return []  # the body cannot be cut: the whole goes to the next page
        return [*parts[:-1], PageBreak(), _WithTail(parts[-1], self.tail._content)]

    def draw(self):  # never drawn whole: the frame draws what split returned
        raise NotImplementedError


def with_tail(body: Flowable, tail: Sequence[Flowable]) -> Flowable:
    return _WithTail(body, tail)
