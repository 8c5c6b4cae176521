"""An inspection's state shared by the inspections and their photos: its status, the score
recounted from the answers and photos, and the checks before a change (it exists, it is not
signed off)."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Answer, ChecklistItem, ChecklistSection, Inspection, InspectionPhoto
from app.services.base import translate
from app.services.checklists import AnswerType
from app.services.errors import NotFoundError, ValidationError


class InspectionStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SIGNED_OFF = "signed_off"


@dataclass(frozen=True)
class Progress:
    answered: int
    required: int
    score: Decimal | None
    critical_noes: int


def compute_progress(items: list[ChecklistItem], answers: dict[uuid.UUID, Answer],
                     photos: dict[uuid.UUID, int]) -> Progress:
    """The score: weight of "yes" over weight of "yes" and "no", in percent (one decimal);
    "not applicable" counts neither way, a photo item is a "yes" once it has a photo."""
    yes = total = Decimal(0)
    answered = required = critical = 0
    for item in items:
        answer = answers.get(item.id)
        value = answer.value if answer else ""
        if item.answer_type == AnswerType.PHOTO and value != "na":
            value = "yes" if photos.get(item.id) else ""
        if item.answer_type != AnswerType.TEXT:
            required += 1
            answered += bool(value)
        if item.answer_type in (AnswerType.YES_NO, AnswerType.PHOTO) and value in ("yes", "no"):
            total += item.weight
            yes += item.weight if value == "yes" else 0
            critical += value == "no" and item.critical
    score = (yes * 100 / total).quantize(Decimal("0.1"), ROUND_HALF_UP) if total else None
    return Progress(answered, required, score, critical)


def inspection_or_404(session: Session, inspection_id: uuid.UUID) -> Inspection:
    inspection = session.get(Inspection, inspection_id) if inspection_id else None
    if inspection is None:
        raise NotFoundError(translate("Inspections", "The inspection no longer exists."))
    return inspection


def ensure_open(inspection: Inspection) -> None:
    if inspection.status == InspectionStatus.SIGNED_OFF:
        raise ValidationError({"status": translate(
            "Inspections", "The inspection is signed off and can no longer be changed.")})


def template_items(session: Session, template_id: uuid.UUID) -> list[ChecklistItem]:
    return list(session.scalars(
        select(ChecklistItem).join(ChecklistSection)
        .where(ChecklistSection.template_id == template_id)
        .order_by(ChecklistSection.position, ChecklistItem.position)))


def refresh_score(session: Session, inspection: Inspection) -> Progress:
    items = template_items(session, inspection.template_id)
    answers = {a.item_id: a for a in session.scalars(
        select(Answer).where(Answer.inspection_id == inspection.id))}
    photos = dict(session.execute(
        select(InspectionPhoto.item_id, func.count()).where(
            InspectionPhoto.inspection_id == inspection.id,
            InspectionPhoto.item_id.is_not(None)).group_by(InspectionPhoto.item_id)).all())
    progress = compute_progress(items, answers, photos)
    if inspection.score != progress.score:
        inspection.score = progress.score
    return progress


def touch(inspection: Inspection, today: date) -> None:
    """The first answer starts a planned inspection."""
    if inspection.status == InspectionStatus.PLANNED:
        inspection.status = InspectionStatus.IN_PROGRESS.value
        inspection.inspected_on = inspection.inspected_on or today
