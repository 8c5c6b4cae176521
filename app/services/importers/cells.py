"""The cell parsers every importer shares: a cell as text, a number as people type it, a date
cell (a date, an Excel serial that lost its format, or «01.09.2024»), names folded for
comparing, the «Итого» line.  Each raises FieldError
with the message the user sees; None stands for an empty cell.  The number and date rules
themselves are app.formats' (rounding half up, to kopecks); these add the import's messages
and limits."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from app import formats
from app.services.base import translate
from app.services.validation import FieldError, parse_date

KOPECK, QUANTUM = Decimal("0.01"), Decimal("0.001")
_EXCEL_SERIALS = (36526, 73051)  # 01.01.2000 … 01.01.2100: a bare number there is a date
_TOTAL_LINE = re.compile(r"^(итого|всего)\b", re.IGNORECASE)


def cell_text(value: object) -> str:
    """A cell as one line of text: a number typed in a text column is «12», not «12.0»."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def fold(text: str) -> str:
    """Names compared in Python: case (Cyrillic too), ё and spacing aside.  SQLite's lower()
    does not fold Cyrillic."""
    return " ".join(str(text).casefold().replace("ё", "е").split())


def is_total_line(text: str) -> bool:
    """«Итого», «Всего по разделу»: a sum line, not a record."""
    return bool(_TOTAL_LINE.match(text))


def _not_a_number(value: object) -> FieldError:
    return FieldError(translate("Import", "«{value}» is not a number; write it as 1 234,50.")
                      .format(value=cell_text(value)))


def parse_number(value: object, quantum: Decimal, limit: Decimal) -> Decimal | None:
    """Exact Decimal from a number cell or from text such as «1 234,50 руб.» (app.formats'
    rule), rounded half up to ``quantum``; None for empty."""
    try:
        number = formats.parse_number(value)
    except formats.NotANumber:
        raise _not_a_number(value) from None
    if number is None:
        return None
    if abs(number) >= limit:
        raise FieldError(translate("Import", "The number is too large."))
    return formats.round_half_up(number, quantum)


def parse_cell_date(value: object) -> date | None:
    """A date cell, an Excel serial number of 2000–2100 (a date cell that lost its format),
    or a date typed as text; None for empty."""
    if isinstance(value, int | float) and not isinstance(value, bool) \
            and _EXCEL_SERIALS[0] <= value <= _EXCEL_SERIALS[1]:
        from openpyxl.utils.datetime import from_excel  # loaded with the first import

        return from_excel(value).date()
    return parse_date(value)
