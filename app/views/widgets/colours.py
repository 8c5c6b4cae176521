"""The program's one colour language (issue 21): neutral by default, amber for what is
slipping, red only for what is overdue or critical — shown as a small badge (a dot before the
text, the model's decoration role), never as a row's background or a whole row's text colour,
so the few coloured things stand out.

``Level`` says how much attention a thing needs; ``badge`` is its dot; ``level_colour`` the
colour of a figure or a label that must carry the same meaning."""

from __future__ import annotations

from enum import IntEnum
from functools import cache

OVERDUE_TEXT, OVERDUE_BACKGROUND = "#b3261e", "#fde2e1"
HELD_TEXT, CANCELLED_TEXT, MOVED_TEXT = "#2e6b3a", "#7a8691", "#8a5a00"
SECTION_BACKGROUND = "#eef2f6"
MUTED = "color: #4a5a68;"
ALERT, GOOD, CALM = "#b3261e", "#2e6b3a", "#4a5a68"  # dashboard cards and data check
AMBER = "#c77700"  # slipping: late soon, behind the plan, not yet overdue
RED = ALERT  # overdue or critical

BADGE_SIZE = 10


class Level(IntEnum):
    NEUTRAL = 0
    SLIPPING = 1  # amber
    CRITICAL = 2  # red: overdue, a failed critical check


def level_colour(level: Level) -> str | None:
    """The text colour of a figure at this level; None: the ordinary text colour."""
    return {Level.SLIPPING: AMBER, Level.CRITICAL: RED}.get(Level(level))


def level_style(level: Level) -> str:
    """A label's style sheet at this level (empty when neutral)."""
    colour = level_colour(level)
    return f"color: {colour}; font-weight: 600;" if colour else ""


@cache
def dot(colour: str):
    """A small filled circle of ``colour`` as a QIcon (badges, kinds in the calendar)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

    icon = QIcon()
    for scale in (1, 2):  # sharp at 150 % and 200 % as well
        side = BADGE_SIZE * scale
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(scale, scale, side - 2 * scale, side - 2 * scale)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon


def badge(level: Level):
    """The small dot of this level (a QIcon for ``Qt.DecorationRole``); None when neutral."""
    colour = level_colour(level)
    return dot(colour) if colour else None


SLIPPING_BELOW = 90  # % of the target: under it a running period is slipping


def progress_level(percent, period_over: bool) -> Level:
    """A figure against its target: neutral when met or nearly so while the period runs;
    amber when well behind; red only when the period is over and the target missed."""
    if percent is None or percent >= 100:
        return Level.NEUTRAL
    if period_over:
        return Level.CRITICAL
    return Level.SLIPPING if percent < SLIPPING_BELOW else Level.NEUTRAL


SOON_DAYS = 14  # a deadline this close with the work not done is slipping


def deadline_level(deadline, done: bool, today, overdue: bool | None = None) -> Level:
    """Red when overdue, amber when due within ``SOON_DAYS`` and not done, else neutral;
    ``overdue`` is the service's own verdict when it has one."""
    if done or deadline is None:
        return Level.NEUTRAL
    if overdue if overdue is not None else deadline < today:
        return Level.CRITICAL
    return Level.SLIPPING if (deadline - today).days <= SOON_DAYS else Level.NEUTRAL
