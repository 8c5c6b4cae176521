"""The kinds of events the calendar tells apart by a coloured dot: the popularization
programme's events, its information campaign, and the cluster's annual work plan.  These are
categories, not alarms, so their colours are quiet ones apart from amber and red
(app/views/widgets/colours.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon

from app.services.event_codes import PlanKind
from app.views.widgets.colours import dot

KIND_COLOURS = {PlanKind.EVENTS: "#1f5f99", PlanKind.CAMPAIGN: "#7b5ea7",
                PlanKind.ANNUAL: "#5f7d6b"}
_SHORT = {  # short enough for a calendar cell
    PlanKind.EVENTS: QT_TRANSLATE_NOOP("EventKinds", "events"),
    PlanKind.CAMPAIGN: QT_TRANSLATE_NOOP("EventKinds", "campaign"),
    PlanKind.ANNUAL: QT_TRANSLATE_NOOP("EventKinds", "work plan"),
}
_LONG = {
    PlanKind.EVENTS: QT_TRANSLATE_NOOP("EventKinds", "programme events"),
    PlanKind.CAMPAIGN: QT_TRANSLATE_NOOP("EventKinds", "information campaign"),
    PlanKind.ANNUAL: QT_TRANSLATE_NOOP("EventKinds", "annual work plan"),
}
ORDER = (PlanKind.EVENTS, PlanKind.CAMPAIGN, PlanKind.ANNUAL)


def kind_colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, "#4a5a68")


def kind_short(kind: str) -> str:
    return QCoreApplication.translate("EventKinds", _SHORT.get(kind, "events"))


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("EventKinds", _LONG.get(kind, "programme events"))


def kind_dot(kind: str) -> QIcon:
    return dot(kind_colour(kind))


def legend_html() -> str:
    """«● programme events ● information campaign ● annual work plan» for under the month."""
    return "&nbsp;&nbsp;&nbsp;".join(
        f"<span style='color:{kind_colour(k)}'>●</span>&nbsp;{kind_label(k)}" for k in ORDER)
