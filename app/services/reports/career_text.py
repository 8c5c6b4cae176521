"""The drawing primitives of a laid-out page and the text fitting they rely on.

Coordinates are points with the origin at the top left and y growing down (as in Qt); the
PDF renderer flips them.  A ``TextBlock`` is already broken into lines, each with its font,
size, position and measured width, so every renderer draws exactly the same lines and a
test can check that no line is wider than its box and no block taller than its box.

Widths are measured with reportlab's ``stringWidth`` on the embedded PT Sans.  A text that
does not fit its box at the design size is set smaller, down to a floor; only if it still
does not fit is it cut with «…» (``TextBlock.truncated`` tells).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.services.reports.pdf import FONT, FONT_BOLD, clean, register_fonts

FONT_ITALIC = "PTSans-Italic"
NBSP = "\u00a0"
ELLIPSIS = "…"
ASCENT = 0.80  # of the font size: baseline below the top of a line box, PT Sans
#: The smallest type a printed map uses, in points: shrinking to fit stops here (on A4 the
#: design sizes are 6.5–19 pt; below 6 pt a printed map is not read).
MIN_SIZE = 6.0
_SPACES = re.compile(r"[ \t]+")  # not NBSP: «45 000 ₽» never breaks
_HYPHENATED = re.compile(r"[^-]+-+|[^-]+$|-+")


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, max(0.0, self.w - 2 * dx), max(0.0, self.h - 2 * dy))


@dataclass(frozen=True)
class Rect:
    box: Box
    fill: str | None = None  # "#RRGGBB"
    stroke: str | None = None
    stroke_width: float = 0.0
    radius: float = 0.0


@dataclass(frozen=True)
class Polyline:
    points: tuple[tuple[float, float], ...]
    color: str
    width: float


@dataclass(frozen=True)
class Polygon:
    points: tuple[tuple[float, float], ...]
    fill: str


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 0.0


@dataclass(frozen=True)
class TextLine:
    text: str
    x: float  # left end of the line (alignment already applied)
    baseline: float
    width: float  # measured, char spacing included
    font: str
    size: float
    color: str
    char_space: float = 0.0
    leading: float = 0.0


@dataclass(frozen=True)
class TextBlock:
    box: Box
    lines: tuple[TextLine, ...]
    height: float  # the lines' total height (leading included)
    truncated: bool = False
    role: str = ""  # what it is ("step-titles", "salary", …): for tests and previews


@dataclass(frozen=True)
class Picture:
    frame: Box
    image: Box | None  # where the picture goes, aspect kept; None: an empty frame
    png: bytes | None
    key: str = ""
    frame_stroke: str = "#C9D5E1"
    frame_fill: str = "#FFFFFF"
    radius: float = 0.0


@dataclass(frozen=True)
class QrCode:
    box: Box
    modules: tuple[tuple[bool, ...], ...]  # dark modules, quiet zone included
    color: str = "#163F6B"


@dataclass(frozen=True)
class Run:
    """A paragraph in one style; ``size`` is the design size before any shrinking."""

    text: str
    font: str = FONT
    size: float = 9.0
    color: str = "#1F2933"
    leading: float = 1.22  # × size
    space_before: float = 0.0  # × size
    align: str = "left"  # left | center | right
    char_space: float = 0.0  # × size


def width_of(text: str, font: str, size: float, char_space: float = 0.0) -> float:
    return stringWidth(text, font, size) + char_space * max(0, len(text) - 1)


def _break_word(word: str, font: str, size: float, width: float, cs: float) -> list[str]:
    """A word wider than the line, cut into pieces that fit, each but the last with «-»."""
    pieces = []
    while word and width_of(word, font, size, cs) > width:
        cut = 1
        for end in range(len(word) - 1, 0, -1):
            if width_of(word[:end] + "-", font, size, cs) <= width:
                cut = end
                break
        if cut == 1 and width_of(word[:1] + "-", font, size, cs) > width:
            pieces.append(word[:1])  # a box narrower than one letter: keep going, one a line
            word = word[1:]
            continue
        pieces.append(word[:cut] + "-")
        word = word[cut:]
    if word:
        pieces.append(word)
    return pieces


def _parts(paragraph: str) -> list[tuple[str, bool]]:
    """The pieces a line may break between: words, and inside a word after a hyphen
    («Инженер-|технолог»); each with whether a space goes before it."""
    out = []
    for word in _SPACES.split(paragraph.strip()):
        if word:
            pieces = _HYPHENATED.findall(word) or [word]
            out += [(piece, i == 0) for i, piece in enumerate(pieces)]
    return out


def wrap(text: str, font: str, size: float, width: float, char_space: float = 0.0
         ) -> list[str]:
    """Lines no wider than ``width``; a line break in the text starts a new line."""
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        line = ""
        for piece, spaced in _parts(paragraph):
            candidate = (f"{line} {piece}" if spaced else line + piece) if line else piece
            if width_of(candidate, font, size, char_space) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            pieces = _break_word(piece, font, size, width, char_space)
            lines.extend(pieces[:-1])
            line = pieces[-1] if pieces else ""
        if line:
            lines.append(line)
    return lines


def word_scale(runs: list[Run], width: float) -> float:
    """The largest scale at which every word of ``runs`` fits ``width`` unbroken."""
    best = 1.0
    for run in runs:
        widest = max((stringWidth(p, run.font, run.size) for line in run.text.split("\n")
                      for p, _ in _parts(line)), default=0.0)
        if widest > 0:
            # a hair under the exact fit: stringWidth's last digit differs between reportlab's
            # C accelerator and its Python code, and the widest word must not then be cut
            best = min(best, width / (widest * (1 + run.char_space)) * (1 - 1e-9))
    return best


@functools.lru_cache(maxsize=4096)
def _wrapped(text: str, font: str, size: float, width: float, cs: float) -> tuple[str, ...]:
    return tuple(wrap(text, font, size, width, cs))


def measure(runs: list[Run], width: float, scale: float) -> float:
    """The height ``runs`` take in ``width`` when set at ``scale`` of their size."""
    height = 0.0
    for i, run in enumerate(runs):
        size = sized(run, scale)
        lines = _wrapped(run.text, run.font, size, width, run.char_space * size)
        if not lines:
            continue
        if i and height:
            height += run.space_before * size
        height += len(lines) * run.leading * size
    return height


def sized(run: Run, scale: float) -> float:
    """``run``'s size at ``scale``, never below ``MIN_SIZE`` (nor above its design size)."""
    return max(run.size * scale, min(run.size, MIN_SIZE))


def fit_scale(runs: list[Run], box: Box, floor: float) -> float:
    """The largest scale in [floor, 1] at which ``runs`` fit ``box`` (floor if none); no
    run is set below ``MIN_SIZE`` whatever the scale (``sized``)."""
    # a word cut in two reads badly: smaller type first, as far as the floor allows
    high = max(floor, min(1.0, word_scale(runs, box.w)))
    if measure(runs, box.w, high) <= box.h:
        return high
    low = floor
    if measure(runs, box.w, low) > box.h:
        return floor
    for _ in range(7):
        middle = (low + high) / 2
        if measure(runs, box.w, middle) <= box.h:
            low = middle
        else:
            high = middle
    return low


def _truncate(line: str, font: str, size: float, width: float, cs: float) -> str:
    text = line.rstrip(" -")
    while text and width_of(text + ELLIPSIS, font, size, cs) > width:
        text = text[:-1].rstrip()
    return text + ELLIPSIS


def set_text(runs: list[Run], box: Box, *, scale: float = 1.0, valign: str = "top",
             role: str = "") -> TextBlock:
    """Lay ``runs`` into ``box`` at ``scale``; lines that do not fit are dropped and the
    last kept line ends with «…»."""
    register_fonts()
    placed: list[tuple[str, Run, float, float]] = []  # text, run, size, top
    top, truncated = 0.0, False
    for i, run in enumerate(runs):
        size = sized(run, scale)
        cs = run.char_space * size
        lines = _wrapped(run.text, run.font, size, box.w, cs)
        if not lines:
            continue
        gap = run.space_before * size if i and placed else 0.0
        for line in lines:
            lead = run.leading * size
            if top + gap + lead > box.h + 1e-6:  # (a paragraph's gap only with its line)
                truncated = True
                break
            top += gap
            gap = 0.0
            placed.append((line, run, size, top))
            top += lead
        if truncated:
            break
    if truncated and placed:
        text, run, size, t = placed[-1]
        placed[-1] = (_truncate(text, run.font, size, box.w, run.char_space * size), run,
                      size, t)
    height = top
    offset = {"top": 0.0, "middle": (box.h - height) / 2, "bottom": box.h - height}[valign]
    out = []
    for text, run, size, t in placed:
        cs = run.char_space * size
        w = width_of(text, run.font, size, cs)
        x = box.x + {"left": 0.0, "center": (box.w - w) / 2, "right": box.w - w}[run.align]
        lead = run.leading * size
        baseline = box.y + offset + t + (lead - size) / 2 + ASCENT * size
        out.append(TextLine(text, x, baseline, w, run.font, size, run.color, cs, lead))
    return TextBlock(box, tuple(out), height, truncated, role)


def fit_text(runs: list[Run], box: Box, *, floor: float = 0.6, valign: str = "top",
             role: str = "") -> TextBlock:
    """``runs`` in ``box``, shrunk as far as ``floor`` × their size if they must be."""
    register_fonts()
    return set_text(runs, box, scale=fit_scale(runs, box, floor), valign=valign, role=role)


__all__ = ["FONT", "FONT_BOLD", "FONT_ITALIC", "Box", "Circle", "Picture", "Polygon",
           "Polyline", "QrCode", "Rect", "Run", "TextBlock", "TextLine", "fit_scale",
           "fit_text", "measure", "set_text", "sized", "width_of", "word_scale", "wrap"]
