"""Whether a report's period has ended: a report of a period still running (the current year,
month or a period ending later) prints «Предварительные данные на <дата>» in its title block,
so nobody takes a year's figures on 7 December for the year's result."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.services import clock

translate = QCoreApplication.translate


def is_preliminary(period_end: date | None, today: date | None = None) -> bool:
    """True while the period has not ended: its last day is today or later."""
    return period_end is not None and (today or clock.today()) <= period_end


def preliminary_mark(period_end: date | None, today: date | None = None) -> str:
    """«Предварительные данные на 07.12.2026» for a period not ended, else ""."""
    if not is_preliminary(period_end, today):
        return ""
    day = today or clock.today()
    return translate("Reports", "Preliminary data as of {date}").format(
        date=f"{day.day:02d}.{day.month:02d}.{day.year}")
