"""What the inspection views share: score and date texts, the colours of critical and done
things (the table described by its columns is app/views/widgets/columns.py)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from app.formats import format_datetime
from app.views.widgets.colours import OVERDUE_TEXT

CRITICAL_TEXT = OVERDUE_TEXT
DONE_TEXT = "#2e6b3a"
MUTED = "color: #4a5a68;"


def score_text(score: Decimal | None) -> str:
    """87,5 % (blank when nothing is scored yet)."""
    if score is None:
        return ""
    return f"{score.normalize():f}".replace(".", ",") + "\u00a0%"


def fmt_moment(value: datetime | None) -> str:
    """A stored UTC moment as local time: 05.03.2026 14:07."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return format_datetime(value)
