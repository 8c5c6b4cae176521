"""Codes of the councils' area and their labels (translated at display)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.base import translate


class CouncilKind(enum.StrEnum):
    COORDINATION = "coordination"  # координационный совет кластера (seed 004 §4)
    MANAGING = "managing"  # управляющий совет
    SUPERVISORY = "supervisory"  # региональный наблюдательный совет


class MemberPost(enum.StrEnum):
    CHAIR = "chair"
    DEPUTY = "deputy"
    SECRETARY = "secretary"
    MEMBER = "member"


class MeetingForm(enum.StrEnum):
    IN_PERSON = "in_person"
    REMOTE = "remote"  # заочное голосование / видеоконференция


class DecisionStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class DecisionSubject(enum.StrEnum):
    NONE = ""
    ADMIT = "admit_participant"
    EXCLUDE = "exclude_participant"
    PLAN = "approve_plan"
    CAREER_MAP = "approve_career_map"
    EQUIPMENT = "approve_equipment_list"
    PROGRAMME = "approve_programme"
    DESIGN = "approve_design_project"  # a workshop's design project (seed 003: agreed first)


PARTICIPANT_SUBJECTS = (DecisionSubject.ADMIT, DecisionSubject.EXCLUDE)
APPROVALS = (DecisionSubject.PLAN, DecisionSubject.CAREER_MAP, DecisionSubject.DESIGN,
             DecisionSubject.EQUIPMENT, DecisionSubject.PROGRAMME)

LABELS = {
    CouncilKind.COORDINATION: QT_TRANSLATE_NOOP("Governance", "Coordination council"),
    CouncilKind.MANAGING: QT_TRANSLATE_NOOP("Governance", "Managing council"),
    CouncilKind.SUPERVISORY: QT_TRANSLATE_NOOP("Governance", "Regional supervisory council"),
    MemberPost.CHAIR: QT_TRANSLATE_NOOP("Governance", "Chair"),
    MemberPost.DEPUTY: QT_TRANSLATE_NOOP("Governance", "Deputy chair"),
    MemberPost.SECRETARY: QT_TRANSLATE_NOOP("Governance", "Secretary"),
    MemberPost.MEMBER: QT_TRANSLATE_NOOP("Governance", "Member"),
    MeetingForm.IN_PERSON: QT_TRANSLATE_NOOP("Governance", "In person"),
    MeetingForm.REMOTE: QT_TRANSLATE_NOOP("Governance", "Remote"),
    DecisionStatus.OPEN: QT_TRANSLATE_NOOP("Governance", "Open"),
    DecisionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Governance", "In progress"),
    DecisionStatus.DONE: QT_TRANSLATE_NOOP("Governance", "Done"),
    DecisionStatus.CANCELLED: QT_TRANSLATE_NOOP("Governance", "Cancelled"),
    DecisionSubject.NONE: QT_TRANSLATE_NOOP("Governance", "Other question"),
    DecisionSubject.ADMIT: QT_TRANSLATE_NOOP("Governance", "Admit a participant"),
    DecisionSubject.EXCLUDE: QT_TRANSLATE_NOOP("Governance", "Exclude a participant"),
    DecisionSubject.PLAN: QT_TRANSLATE_NOOP("Governance", "Approve a plan"),
    DecisionSubject.CAREER_MAP: QT_TRANSLATE_NOOP("Governance", "Approve a career map"),
    DecisionSubject.EQUIPMENT: QT_TRANSLATE_NOOP("Governance", "Approve an equipment list"),
    DecisionSubject.DESIGN: QT_TRANSLATE_NOOP("Governance", "Approve a design project"),
    DecisionSubject.PROGRAMME: QT_TRANSLATE_NOOP("Governance",
                                                 "Approve the programme of activity"),
}


def label(code: str) -> str:
    """The Russian label of any code above ('' for an unknown one)."""
    for enum_type in (CouncilKind, MemberPost, MeetingForm, DecisionStatus, DecisionSubject):
        try:
            return translate("Governance", LABELS[enum_type(code)])
        except ValueError:
            continue
    return code
