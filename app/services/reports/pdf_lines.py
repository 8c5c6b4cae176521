"""Plain cell text broken into lines the way reportlab's ``simpleSplit`` breaks it (at
spaces, greedily, a line's width the sum of its words and the spaces between them), with
each word's width measured once per document instead of once per cell.

Why not ``simpleSplit`` itself: it measures every word of every cell again; names in a long
list repeat the same words («Общество с ограниченной ответственностью», «ГБПОУ»,
«колледж»…), and measuring them was a third of a 10,000-row PDF's time (issue 19).  The
result is the same: the body font has no kerning, so a line's width is its words' widths
and the spaces' widths added up."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

_MEASURED_AT_MOST = 200_000  # words remembered (per font and size) before starting afresh


class LineBreaker:
    """Breaks text set in one font and size; remembers word widths while it lives."""

    def __init__(self, font: str, size: float):
        self.font, self.size = font, size
        self.space = pdfmetrics.stringWidth(" ", font, size)
        self._widths: dict[str, float] = {}

    def width(self, word: str) -> float:
        found = self._widths.get(word)
        if found is None:
            if len(self._widths) >= _MEASURED_AT_MOST:
                self._widths.clear()
            found = self._widths[word] = pdfmetrics.stringWidth(word, self.font, self.size)
        return found

    def lines(self, text: str, room: float) -> tuple[list[str], float]:
        """``text``'s lines within ``room`` points (a paragraph break starts a new line), and
        the widest of them (more than ``room`` when a single word does not fit)."""
        out: list[str] = []
        widest = 0.0
        space, width = self.space, self.width
        for paragraph in text.split("\n"):
            line: list[str] = []
            used = -space
            for word in paragraph.split():
                w = width(word)
                if used + space + w <= room or not line:
                    line.append(word)
                    used += space + w
                else:
                    out.append(" ".join(line))
                    widest = max(widest, used)
                    line, used = [word], w
            if line:  # a blank paragraph makes no line, as in simpleSplit
                out.append(" ".join(line))
                widest = max(widest, used)
        return out, widest
