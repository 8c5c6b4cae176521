"""What an inspection looks like outside the service (app/services/inspections.py): the labels
of its codes, the records the views and reports get, the check of one answer, and the builder
that reads an inspection with its answers, photos and findings."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formats import number_or_none
from app.models import (
    Answer,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Inspection,
    InspectionWorkshop,
    Site,
    Workshop,
)
from app.services import clock
from app.services.base import translate
from app.services.checklists import AnswerType, TemplateKind
from app.services.errors import ValidationError
from app.services.findings import FindingData, finding_rows
from app.services.inspection_state import InspectionStatus, template_items
from app.services.photos import PhotoData, photo_rows

MAX_TEXT = 4000


STATUS_LABELS = {
    InspectionStatus.PLANNED: QT_TRANSLATE_NOOP("Inspections", "Planned"),
    InspectionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Inspections", "In progress"),
    InspectionStatus.DONE: QT_TRANSLATE_NOOP("Inspections", "Done"),
    InspectionStatus.SIGNED_OFF: QT_TRANSLATE_NOOP("Inspections", "Signed off"),
}
ANSWER_LABELS = {
    "yes": QT_TRANSLATE_NOOP("Inspections", "Yes"),
    "no": QT_TRANSLATE_NOOP("Inspections", "No"),
    "na": QT_TRANSLATE_NOOP("Inspections", "Not applicable"),
}


def status_label(code: str) -> str:
    return translate("Inspections", STATUS_LABELS.get(code, code))


def answer_label(value: str) -> str:
    return translate("Inspections", ANSWER_LABELS[value]) if value in ANSWER_LABELS else value


def names(lines: Iterable[str] | str) -> list[str]:
    """Inspectors' names: one a line (or a list), blanks and repeats dropped."""
    if isinstance(lines, str):
        lines = lines.split("\n")
    seen, out = set(), []
    for line in lines:
        name = " ".join(str(line).split())[:300]
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def long_text(value: object, limit: int = MAX_TEXT) -> str:
    """A comment: line breaks kept, ends trimmed, at most ``limit`` characters."""
    text = "\n".join(line.rstrip() for line in str(value or "").replace("\r", "").split("\n"))
    return text.strip()[:limit]


@dataclass
class NewInspection:
    site_id: uuid.UUID | None
    planned_on: date | None
    kind: str = TemplateKind.BRANDBOOK.value  # the current template of this kind…
    template_id: uuid.UUID | None = None  # …or this template revision
    workshop_ids: list[uuid.UUID] = field(default_factory=list)
    inspectors: list[str] = field(default_factory=list)
    title: str = ""


@dataclass
class AnswerData:
    item_id: uuid.UUID
    section: str
    text: str
    answer_type: str
    weight: Decimal
    critical: bool
    choices: list[str]
    guidance: str
    value: str = ""
    comment: str = ""
    id: uuid.UUID | None = None
    version: int = 0
    photos: int = 0


@dataclass
class InspectionData:
    id: uuid.UUID
    site_id: uuid.UUID
    site: str
    template_id: uuid.UUID
    template_title: str
    template_revision: int
    kind: str
    title: str
    planned_on: date
    inspected_on: date | None
    inspectors: list[str]
    status: str
    score: Decimal | None
    comment: str
    signed_by: str
    signed_on: date | None
    version: int
    workshop_ids: list[uuid.UUID] = field(default_factory=list)
    workshops: list[str] = field(default_factory=list)
    answers: list[AnswerData] = field(default_factory=list)
    photos: list[PhotoData] = field(default_factory=list)
    findings: list[FindingData] = field(default_factory=list)

    @property
    def locked(self) -> bool:
        return self.status == InspectionStatus.SIGNED_OFF


@dataclass(frozen=True)
class InspectionRow:
    id: uuid.UUID
    site: str
    title: str
    kind: str
    planned_on: date
    inspected_on: date | None
    inspectors: str
    status: str
    score: Decimal | None
    open_findings: int
    photos: int


def check_value(item: ChecklistItem, value: str) -> str:
    """The answer as stored, or a ValidationError saying what is wrong with it."""
    value = str(value or "").strip()
    if not value:
        return ""
    kind = item.answer_type
    if kind in (AnswerType.YES_NO, AnswerType.PHOTO):
        allowed = ("yes", "no", "na") if kind == AnswerType.YES_NO else ("na",)
        if value not in allowed:
            raise ValidationError({"value": translate(
                "Inspections", "Answer yes, no or not applicable.")})
        return value
    if kind == AnswerType.NUMBER:
        number = number_or_none(value)
        if number is None or abs(number) >= Decimal(10) ** 12:
            raise ValidationError({"value": translate("Inspections", "Write a number.")})
        return format(number.normalize(), "f")
    if kind == AnswerType.CHOICE:
        if value not in item.choices.split("\n"):
            raise ValidationError({"value": translate("Inspections", "Choose one of the options.")})
        return value
    return long_text(value)



def answer_data(item: ChecklistItem, section: str, answer: Answer | None,
                 photos: int) -> AnswerData:
    return AnswerData(
        item.id, section, item.text, item.answer_type, item.weight, item.critical,
        [c for c in item.choices.split("\n") if c], item.guidance,
        answer.value if answer else "", answer.comment if answer else "",
        answer.id if answer else None, answer.version if answer else 0, photos)


def inspection_data(s: Session, inspection: Inspection) -> InspectionData:
    site = s.get(Site, inspection.site_id)
    template = s.get(ChecklistTemplate, inspection.template_id)
    sections = {sec.id: sec.title for sec in s.scalars(select(ChecklistSection).where(
        ChecklistSection.template_id == template.id))}
    answers = {a.item_id: a for a in s.scalars(
        select(Answer).where(Answer.inspection_id == inspection.id))}
    photos = photo_rows(s, inspection_id=inspection.id)
    per_item: dict[uuid.UUID, int] = {}
    for p in photos:
        if p.item_id:
            per_item[p.item_id] = per_item.get(p.item_id, 0) + 1
    workshops = s.execute(
        select(Workshop.id, Workshop.name).join(
            InspectionWorkshop, InspectionWorkshop.workshop_id == Workshop.id)
        .where(InspectionWorkshop.inspection_id == inspection.id).order_by(Workshop.name)).all()
    return InspectionData(
        inspection.id, site.id, site.name, template.id, template.title, template.revision,
        template.kind, inspection.title, inspection.planned_on, inspection.inspected_on,
        names(inspection.inspectors), inspection.status, inspection.score, inspection.comment,
        inspection.signed_by, inspection.signed_on, inspection.version,
        [w.id for w in workshops], [w.name for w in workshops],
        [answer_data(item, sections[item.section_id], answers.get(item.id),
                      per_item.get(item.id, 0))
         for item in template_items(s, template.id)],
        photos, finding_rows(s, inspection_id=inspection.id, today=clock.today()))
