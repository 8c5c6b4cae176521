"""What the event views share: colours, number and date texts, and a loader that runs one
fetch at a time off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from app.services.event_codes import EventStatus, audience_label, plan_kind_label
from app.services.events import EventRow, PlanData
from app.services.tasks import TaskRunner
from app.views.formats import fmt_date

OVERDUE_TEXT, OVERDUE_BACKGROUND = "#b3261e", "#fde2e1"
HELD_TEXT, CANCELLED_TEXT, MOVED_TEXT = "#2e6b3a", "#7a8691", "#8a5a00"
SECTION_BACKGROUND = "#eef2f6"
MUTED = "color: #4a5a68;"


def fmt_int(value: int | None) -> str:
    """1 234 567 (a no-break space between thousands)."""
    return "" if value is None else f"{value:,}".replace(",", "\u00a0")


def fmt_days(starts_on: date | None, ends_on: date | None) -> str:
    """15.03.2026; 15.03–17.03.2026 for an event of several days (the year once when the
    event does not cross a year)."""
    if starts_on is None or ends_on is None or ends_on == starts_on:
        return fmt_date(starts_on)
    if starts_on.year == ends_on.year:
        return f"{starts_on.strftime('%d.%m')}–{fmt_date(ends_on)}"
    return f"{fmt_date(starts_on)}–{fmt_date(ends_on)}"


def audiences_text(codes) -> str:
    return ", ".join(audience_label(code) for code in codes)


def plan_name(plan: PlanData) -> str:
    """«2026 · Popularization: plan of events» for combos and tables."""
    return f"{plan.year} · {plan_kind_label(plan.kind)}"


def status_colour(row: EventRow, today: date) -> str | None:
    if row.overdue(today):
        return OVERDUE_TEXT
    return {EventStatus.HELD: HELD_TEXT, EventStatus.CANCELLED: CANCELLED_TEXT,
            EventStatus.MOVED: MOVED_TEXT}.get(row.status)


class Loader:
    """One fetch at a time: a request that comes during a fetch runs once more after it, so
    the screen ends with the newest answer.  ``prepare`` reads the widgets (on the GUI
    thread) and returns the work to run off it."""

    def __init__(self, tasks: TaskRunner, prepare: Callable[[], Callable[[], Any]],
                 done: Callable[[Any], None], failed: Callable[[Exception], None]):
        self.tasks, self.prepare, self.done, self.failed = tasks, prepare, done, failed
        self.loading = self.again = False

    def run(self) -> None:
        if self.loading:
            self.again = True
            return
        self.loading, self.again = True, False
        self.tasks.run(self.prepare(), self._arrived, self._failed)

    def _arrived(self, result) -> None:
        self.loading = False
        if self.again:  # already out of date: fetch the newest instead
            self.run()
            return
        self.done(result)

    def _failed(self, exc: Exception) -> None:
        self.loading = self.again = False
        self.failed(exc)
