"""What the charts share: month names in the program's language, millions of roubles."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

MILLION = Decimal(1_000_000)


def month_short(month: int) -> str:
    """The one short month style of every chart and calendar: three letters, no dot — «янв»,
    «фев», «июн» (Qt's own «февр.», «июнь» differ in length and get cut on narrow axes)."""
    name = QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)
    return name.rstrip(".")[:3]


def month_names() -> list[str]:
    """Short month names in the program's language: янв, фев, мар, …"""
    return [month_short(m) for m in range(1, 13)]
