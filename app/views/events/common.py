"""What the event views share: date, audience and status texts."""

from __future__ import annotations

from datetime import date

from app.formats import format_date
from app.services.event_codes import audience_label


def fmt_days(starts_on: date | None, ends_on: date | None) -> str:
    """15.03.2026; 15.03–17.03.2026 for an event of several days (the year once when the
    event does not cross a year)."""
    if starts_on is None or ends_on is None or ends_on == starts_on:
        return format_date(starts_on)
    if starts_on.year == ends_on.year:
        return f"{starts_on.strftime('%d.%m')}–{format_date(ends_on)}"
    return f"{format_date(starts_on)}–{format_date(ends_on)}"


def audiences_text(codes) -> str:
    return ", ".join(audience_label(code) for code in codes)
