"""The one clock services read, so tests can set the time instead of sleeping.

``now()`` is the real time (aware, UTC) unless a test has fixed it with ``set_now``; every
service that needs "now" or "today" should ask here rather than ``datetime.now()``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

_fixed: datetime | None = None


def now() -> datetime:
    return _fixed if _fixed is not None else datetime.now(UTC)


def today() -> date:
    return now().astimezone().date()


def set_now(at: datetime | None) -> None:
    """Fix the time (an aware datetime), or ``None`` for the real clock again."""
    global _fixed
    if at is not None and at.tzinfo is None:
        raise ValueError("the clock keeps aware datetimes")
    _fixed = at


def local_now() -> datetime:
    """The clock's time on this computer's wall, without a zone (backup file names)."""
    return now().astimezone().replace(tzinfo=None)
