"""The fixed vocabularies of event plans: plan kinds, audiences, statuses, formats, sections,
with their Russian labels (translated at display)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.base import translate


class PlanKind(enum.StrEnum):
    ANNUAL = "annual"  # the cluster's annual work plan (seed 004 §6.2)
    EVENTS = "events"  # the popularization programme: plan of events (15 + 14)
    CAMPAIGN = "campaign"  # the popularization programme: information campaign (14)


#: The plans whose reach counts toward the popularization programme's targets (seed 003);
#: the annual work plan's events are reported apart and never counted toward them.
POPULARIZATION = (PlanKind.EVENTS, PlanKind.CAMPAIGN)


PLAN_KIND_LABELS = {
    PlanKind.ANNUAL: QT_TRANSLATE_NOOP("Events", "Annual work plan"),
    PlanKind.EVENTS: QT_TRANSLATE_NOOP("Events", "Popularization: plan of events"),
    PlanKind.CAMPAIGN: QT_TRANSLATE_NOOP("Events", "Popularization: information campaign"),
}

#: The title a new plan gets, as councils write it.
PLAN_TITLES = {
    PlanKind.ANNUAL: QT_TRANSLATE_NOOP("Events", "Annual work plan of the cluster for {year}"),
    PlanKind.EVENTS: QT_TRANSLATE_NOOP(
        "Events", "Plan of events of the popularization programme for {year}"),
    PlanKind.CAMPAIGN: QT_TRANSLATE_NOOP(
        "Events", "Plan of the information campaign of the popularization programme for {year}"),
}


class Audience(enum.StrEnum):
    GRADE_6_7 = "grade_6_7"
    GRADE_8_9 = "grade_8_9"
    GRADE_10_11 = "grade_10_11"
    PARENTS = "parents"
    COLLEGE = "college"
    TEACHERS = "teachers"
    EMPLOYERS = "employers"


AUDIENCE_LABELS = {
    Audience.GRADE_6_7: QT_TRANSLATE_NOOP("Events", "Pupils, grades 6–7"),
    Audience.GRADE_8_9: QT_TRANSLATE_NOOP("Events", "Pupils, grades 8–9"),
    Audience.GRADE_10_11: QT_TRANSLATE_NOOP("Events", "Pupils, grades 10–11"),
    Audience.PARENTS: QT_TRANSLATE_NOOP("Events", "Parents"),
    Audience.COLLEGE: QT_TRANSLATE_NOOP("Events", "College students"),
    Audience.TEACHERS: QT_TRANSLATE_NOOP("Events", "Teachers"),
    Audience.EMPLOYERS: QT_TRANSLATE_NOOP("Events", "Employers"),
}

PUPILS = (Audience.GRADE_6_7, Audience.GRADE_8_9, Audience.GRADE_10_11)


class EventStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"
    MOVED = "moved"
    CANCELLED = "cancelled"


STATUS_LABELS = {
    EventStatus.PLANNED: QT_TRANSLATE_NOOP("Events", "Planned"),
    EventStatus.HELD: QT_TRANSLATE_NOOP("Events", "Held"),
    EventStatus.MOVED: QT_TRANSLATE_NOOP("Events", "Moved"),
    EventStatus.CANCELLED: QT_TRANSLATE_NOOP("Events", "Cancelled"),
}


class EventFormat(enum.StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


FORMAT_LABELS = {
    EventFormat.IN_PERSON: QT_TRANSLATE_NOOP("Events", "In person"),
    EventFormat.ONLINE: QT_TRANSLATE_NOOP("Events", "Online"),
    EventFormat.HYBRID: QT_TRANSLATE_NOOP("Events", "Hybrid"),
}

MANDATORY, VARIABLE = "mandatory", "variable"
SECTION_LABELS = {
    MANDATORY: QT_TRANSLATE_NOOP("Events", "Mandatory events"),
    VARIABLE: QT_TRANSLATE_NOOP("Events", "Variable events"),
}


class OrgKind(enum.StrEnum):
    SCHOOL = "school"
    ENTERPRISE = "enterprise"


def _label(labels: dict, code: str) -> str:
    return translate("Events", labels[code]) if code in labels else code


def plan_kind_label(code: str) -> str:
    return _label(PLAN_KIND_LABELS, code)


def audience_label(code: str) -> str:
    return _label(AUDIENCE_LABELS, code)


def status_label(code: str) -> str:
    return _label(STATUS_LABELS, code)


def format_label(code: str) -> str:
    return _label(FORMAT_LABELS, code)


def section_label(code: str) -> str:
    """«Обязательные мероприятия» for the code, or the section's own title."""
    return _label(SECTION_LABELS, code)


def plan_title(kind: str, year: int) -> str:
    return translate("Events", PLAN_TITLES[PlanKind(kind)]).format(year=year)
