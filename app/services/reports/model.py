"""Report data, independent of the file it ends up in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

ColumnKind = Literal["text", "date", "money", "int", "number", "percent"]

#: Readiness colours, the same on screen, in xlsx and in PDF.
PERCENT_FILLS = {"full": "#D4EDDA", "mid": "#FFF3CD", "low": "#F8D7DA", "none": "#E9ECEF"}
ATTENTION_FILL = "#FBE3E4"  # a row that needs attention (an overdue item)
ATTENTION_INK = "#9B1C1C"


def percent_band(value) -> str:
    """100 % green, from 50 % yellow, below 50 % red, nothing to measure grey."""
    if value is None:
        return "none"
    if value >= 100:
        return "full"
    return "mid" if value >= 50 else "low"


@dataclass(frozen=True)
class Column:
    title: str
    kind: ColumnKind = "text"
    width: int = 20  # in characters, for xlsx


@dataclass
class TableReport:
    title: str
    columns: Sequence[Column]
    rows: list[Sequence[Any]] = field(default_factory=list)
    sheet_name: str = "Лист1"
    subtitle: str = ""
    bold_rows: set[int] = field(default_factory=set)  # indexes into rows (e.g. totals)
    attention_rows: set[int] = field(default_factory=set)  # e.g. overdue items
    #: Section headers inside the table: the row's first cell holds the header's text, which
    #: spans the whole width.
    group_rows: set[int] = field(default_factory=set)
    #: Lines of an approval block («УТВЕРЖДЕНО …») printed top right, above the title.
    approval: list[str] = field(default_factory=list)
    #: Paragraphs after the table (e.g. a plan's revisions), under ``notes_title``.
    notes_title: str = ""
    notes: list[str] = field(default_factory=list)
    #: The last day of the period the report is about (a year's 31 December, a period's
    #: end); while it has not passed, the title block says the data are preliminary
    #: (reports/period.py).  None: a picture as of today, never marked.
    period_end: date | None = None
    made_on: date | None = None  # the day the figures were taken; None: the clock's today
    #: Document properties (reports/properties.py): who the file is from (the managing
    #: company, cluster.document_author), what it is about (default: the subtitle), search words.
    author: str = ""
    subject: str = ""
    keywords: str = ""
    #: «ПРОЕКТ»: a draft's mark, printed on every page of the PDF.
    draft_mark: str = ""
    #: A signature block after the table (who signs, their name or ""), kept on the page of
    #: the table's last rows.
    signatures: list[tuple[str, str | None]] = field(default_factory=list)
    #: (row, column) → how that figure follows from other cells (reports/formulas.py): the
    #: workbook writes a formula with the figure stored; other renderers print the figure.
    formulas: dict[tuple[int, int], Any] = field(default_factory=dict)
