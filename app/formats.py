"""Russian numbers, money and dates, read and written in one place: «1 234 567,89 ₽»,
«1 234,5», «01.09.2026».  Pure Python (no Qt), so the window, the services, the importers and
the reports all parse and print the same way.

Money is Decimal rounded to kopecks half up, as an accountant rounds (``ROUND_HALF_UP``):
«0,125» is 0,13 whether it was typed in a dialog or read from a file.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

DATE_FORMAT = "%d.%m.%Y"
DATETIME_FORMAT = "%d.%m.%Y %H:%M"
#: the forms a date may be typed in (dialogs, imported files)
DATE_INPUT_FORMATS = (DATE_FORMAT, "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y")
KOPECK = Decimal("0.01")
NBSP = "\u00a0"
ROUBLE = "₽"

_CURRENCY = re.compile(r"(руб(лей|ля|ль)?\.?|р\.|₽)$")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)$")


class NotANumber(ValueError):
    """The text is not a number an accountant would write (exponents and «NaN» are not)."""


class NotADate(ValueError):
    """The text is none of the date forms in ``DATE_INPUT_FORMATS``."""


# --- reading ----------------------------------------------------------------------------------

def parse_number(value: object) -> Decimal | None:
    """«1 234,50», «1234.5», «1 234,50 руб.», 1234.5 → exact Decimal; None for an empty value.
    Raises ``NotANumber`` for anything else."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise NotANumber(str(value))
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))  # str() of a float is its shortest exact spelling
    else:
        text = _CURRENCY.sub("", re.sub(r"\s", "", str(value)).lower())  # \s: nbsp too
        if not text:
            return None
        if "," in text and "." in text:  # the last one is the decimal separator
            text = text.replace("." if text.rfind(",") > text.rfind(".") else ",", "")
        text = text.replace(",", ".")
        if not _PLAIN_NUMBER.match(text):
            raise NotANumber(str(value))
        try:
            number = Decimal(text)
        except InvalidOperation as exc:  # pragma: no cover - the pattern lets none through
            raise NotANumber(str(value)) from exc
    if not number.is_finite():
        raise NotANumber(str(value))
    return number


def number_or_none(value: object) -> Decimal | None:
    """``parse_number`` for a form field: None both for empty text and for text that is not
    a number (the form says which)."""
    try:
        return parse_number(value)
    except NotANumber:
        return None


def round_half_up(value: Decimal, quantum: Decimal = KOPECK) -> Decimal:
    """The domain's rounding: half up (0,125 → 0,13), never the banker's half even."""
    return Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)


def parse_money(value: object) -> Decimal | None:
    """A sum of money in kopecks, rounded half up; None for an empty value; ``NotANumber``
    for text that is not a sum."""
    number = parse_number(value)
    return None if number is None else round_half_up(number)


def percent_of(part, whole) -> Decimal | None:
    """``part`` as a percentage of ``whole``, one decimal, half up; None when ``whole`` is 0."""
    if not whole:
        return None
    return round_half_up(Decimal(part) * 100 / Decimal(whole), Decimal("0.1"))


def parse_date(value: object) -> date | None:
    """A date from a date, a datetime or text such as «01.09.2024», «01.09.24», «2024-09-01»,
    «01/09/2024», «01.09.2024 г.»; None for empty; ``NotADate`` for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip().rstrip("г.").strip()
    if not text:
        return None
    for fmt in DATE_INPUT_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise NotADate(text)


# --- writing ----------------------------------------------------------------------------------

def _grouped(text: str) -> str:
    """Python's «1,234.5» as Russian «1 234,5» (a no-break space between thousands)."""
    return text.replace(",", NBSP).replace(".", ",")


def format_number(value: Decimal | int | None) -> str:
    """1 234,5 — as an office worker writes a quantity: no trailing zeros, blank for None."""
    if value is None:
        return ""
    value = Decimal(value)
    if value == value.to_integral():
        return _grouped(f"{int(value):,}")
    return _grouped(f"{value.normalize():,f}")


def format_amount(value: Decimal | None) -> str:
    """1 234,50 — money without the currency sign (an edit field, a table cell); half up."""
    if value is None:
        return ""
    value = Decimal(value)
    if not value.is_finite():
        return str(value)
    text = f"{round_half_up(value):,.2f}"
    if text.startswith("-") and not text.strip("-0.,"):
        text = text[1:]  # no «-0,00»
    return _grouped(text)


def format_money(value: Decimal | None) -> str:
    """1 234 567,89 ₽; blank for None."""
    return "" if value is None else format_amount(value) + NBSP + ROUBLE


def format_signed_money(value: Decimal) -> str:
    """A change: «+1 234,50 ₽», «-1 234,50 ₽», «0,00 ₽»."""
    return "+" + format_money(value) if value > 0 else format_money(value)


def format_signed_number(value: Decimal | int, places: int | None = None) -> str:
    """A change in a figure: «+3», «−1 234» (a true minus), «0»; ``places``: that many
    decimals, rounded half up («+1,2»)."""
    value = Decimal(value)
    if places is not None:
        value = round_half_up(value, Decimal(1).scaleb(-places))
        text = _grouped(f"{abs(value):,.{places}f}")
    else:
        text = format_number(abs(value))
    return ("+" if value > 0 else "\u2212" if value < 0 else "") + text


def format_percent(value: Decimal | None) -> str:
    """45,3 %; a dash where there is nothing to divide by."""
    if value is None:
        return "—"
    return f"{round_half_up(value, Decimal('0.1')):.1f}".replace(".", ",") + NBSP + "%"


def format_date(value: date | None) -> str:
    """01.09.2026 (``DATE_FORMAT``); blank for None.  Spelled out, not ``strftime``: every
    date cell of a table and a report passes here, and strftime imports a module per call
    (through PySide's import hook, once the window is loaded)."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}" if value else ""


def format_datetime(value: datetime | None) -> str:
    """01.09.2026 14:07; blank for None."""
    return value.strftime(DATETIME_FORMAT) if value else ""
