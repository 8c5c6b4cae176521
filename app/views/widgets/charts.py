"""What the charts share: month names in the program's language, millions of roubles."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

MILLION = Decimal(1_000_000)


def month_names() -> list[str]:
    """Short month names in the program's language: янв., февр., …"""
    locale = QLocale()
    return [locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
