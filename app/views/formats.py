"""Russian date and money formats used everywhere on screen: 01.09.2026, 1 234 567,89 ₽."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal


def fmt_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def fmt_money(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP):,.2f}"  # kopecks, half up
    return text.replace(",", "\u00a0").replace(".", ",") + "\u00a0₽"
