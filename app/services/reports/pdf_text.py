"""User text made safe for reportlab: characters a PDF cannot carry removed, markup escaped.

(pdf.py and pdf_outline.py both use it; nothing here imports them back.)
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

#: C0/C1 control characters except tab and line feed, lone surrogates, non-characters.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

#: Arrows PT Sans has no glyph for (a revision reads «15.01.2026 → 19.03.2026»).
_SUBSTITUTES = str.maketrans({"→": "->", "←": "<-", "↔": "<->", "⇒": "=>"})
_ARROWS = re.compile("[→←↔⇒]")


def clean(text: str) -> str:
    """Text as the PDF can carry it: one kind of line break, no control characters, no
    character the font would print as an empty box."""
    text = _UNPRINTABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    # translate looks every character up in a dict: only text that has an arrow goes through
    # it (72,000 cells of a long list spent more time there than in the check above)
    return text.translate(_SUBSTITUTES) if _ARROWS.search(text) else text


def markup(text: str) -> str:
    """User text made safe for a ``Paragraph``: it prints as typed and carries no markup."""
    return escape(clean(text)).replace("\n", "<br/>")
