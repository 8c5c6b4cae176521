"""Checklist templates: the ones shipped in resources/checklists, the equipment checklist made
from a workshop's infrastructure list, and new revisions when a template in use is edited."""

from __future__ import annotations

import enum
import json
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.formats import number_or_none, round_half_up
from app.models import ChecklistItem, ChecklistSection, ChecklistTemplate, Inspection, Workshop
from app.paths import RESOURCES
from app.services.base import Service, conflict_error, translate
from app.services.errors import NotFoundError, ValidationError
from app.services.permissions import Permission, requires
from app.services.validation import check_field, optional_text, require_text

CHECKLISTS_DIR = RESOURCES / "checklists"
STANDARD = ("brandbook", "safety")  # installed as they are; "equipment" is made per workshop
MAX_WEIGHT = Decimal(100)


class AnswerType(enum.StrEnum):
    YES_NO = "yes_no"
    NUMBER = "number"
    TEXT = "text"
    CHOICE = "choice"
    PHOTO = "photo"


class TemplateKind(enum.StrEnum):
    EQUIPMENT = "equipment"
    BRANDBOOK = "brandbook"
    SAFETY = "safety"
    CUSTOM = "custom"


ANSWER_TYPE_LABELS = {
    AnswerType.YES_NO: QT_TRANSLATE_NOOP("Inspections", "Yes / no / not applicable"),
    AnswerType.NUMBER: QT_TRANSLATE_NOOP("Inspections", "Number"),
    AnswerType.TEXT: QT_TRANSLATE_NOOP("Inspections", "Text"),
    AnswerType.CHOICE: QT_TRANSLATE_NOOP("Inspections", "Choice"),
    AnswerType.PHOTO: QT_TRANSLATE_NOOP("Inspections", "Photo required"),
}
KIND_LABELS = {
    TemplateKind.EQUIPMENT: QT_TRANSLATE_NOOP("Inspections", "Equipment delivery and commissioning"),
    TemplateKind.BRANDBOOK: QT_TRANSLATE_NOOP("Inspections", "Brand book compliance"),
    TemplateKind.SAFETY: QT_TRANSLATE_NOOP("Inspections", "Labour safety"),
    TemplateKind.CUSTOM: QT_TRANSLATE_NOOP("Inspections", "Other"),
}


def kind_label(code: str) -> str:
    return translate("Inspections", KIND_LABELS.get(code, code))


def answer_type_label(code: str) -> str:
    return translate("Inspections", ANSWER_TYPE_LABELS.get(code, code))


@dataclass
class ItemData:
    text: str
    answer_type: str = AnswerType.YES_NO.value
    weight: Decimal = Decimal(1)
    critical: bool = False
    choices: list[str] = field(default_factory=list)
    guidance: str = ""
    infra_item_id: uuid.UUID | None = None
    id: uuid.UUID | None = None


@dataclass
class SectionData:
    title: str
    items: list[ItemData] = field(default_factory=list)
    id: uuid.UUID | None = None


@dataclass
class TemplateData:
    title: str
    kind: str = TemplateKind.CUSTOM.value
    code: str = ""
    description: str = ""
    sections: list[SectionData] = field(default_factory=list)
    workshop_id: uuid.UUID | None = None
    revision: int = 1
    current: bool = True
    id: uuid.UUID | None = None
    version: int = 0

    def items(self) -> list[ItemData]:
        return [item for section in self.sections for item in section.items]


@dataclass(frozen=True)
class TemplateRow:
    id: uuid.UUID
    code: str
    kind: str
    title: str
    revision: int
    current: bool
    items: int
    inspections: int


# --- reading and writing templates -------------------------------------------------------


def template_data(session: Session, template: ChecklistTemplate) -> TemplateData:
    sections = session.scalars(select(ChecklistSection).where(
        ChecklistSection.template_id == template.id).order_by(ChecklistSection.position)).all()
    items = session.scalars(select(ChecklistItem).where(
        ChecklistItem.section_id.in_([s.id for s in sections]))
        .order_by(ChecklistItem.position)).all() if sections else []
    by_section: dict[uuid.UUID, list[ItemData]] = {s.id: [] for s in sections}
    for i in items:
        by_section[i.section_id].append(ItemData(
            i.text, i.answer_type, i.weight, i.critical,
            [c for c in i.choices.split("\n") if c], i.guidance, i.infra_item_id, i.id))
    return TemplateData(
        template.title, template.kind, template.code, template.description,
        [SectionData(s.title, by_section[s.id], s.id) for s in sections],
        template.workshop_id, template.revision, template.current, template.id, template.version)


def _number(value, errors: dict[str, str], key: str) -> Decimal:
    number = number_or_none(value)
    if number is None or not Decimal(0) <= number <= MAX_WEIGHT:
        errors[key] = translate("Inspections", "The weight is a number from 0 to 100.")
        return Decimal(0)
    return round_half_up(number)


def validate_template(data: TemplateData) -> TemplateData:
    errors: dict[str, str] = {}
    title = check_field(errors, "title", require_text, data.title, 2000)
    if data.kind not in set(TemplateKind):
        errors["kind"] = translate("Inspections", "Choose the kind of checklist.")
    sections = []
    for s_no, section in enumerate(data.sections):
        s_title = check_field(errors, f"sections.{s_no}.title", require_text, section.title, 2000)
        items = []
        for i_no, item in enumerate(section.items):
            key = f"sections.{s_no}.items.{i_no}"
            text = check_field(errors, key + ".text", require_text, item.text, 4000)
            if item.answer_type not in set(AnswerType):
                errors[key + ".answer_type"] = translate("Inspections", "Choose the answer type.")
            choices = [" ".join(c.split()) for c in item.choices if c.strip()]
            if item.answer_type == AnswerType.CHOICE and len(choices) < 2:
                errors[key + ".choices"] = translate(
                    "Inspections", "A choice needs at least two options.")
            weight = _number(item.weight, errors, key + ".weight")
            items.append(ItemData(text or "", item.answer_type, weight, bool(item.critical),
                                  choices, optional_text(item.guidance, 4000),
                                  item.infra_item_id, item.id))
        sections.append(SectionData(s_title or "", items, section.id))
    if not any(s.items for s in sections):
        errors.setdefault("sections", translate(
            "Inspections", "A checklist needs at least one item."))
    if errors:
        raise ValidationError(errors)
    return TemplateData(title or "", data.kind, data.code, optional_text(data.description, 4000),
                        sections, data.workshop_id, data.revision, data.current, data.id,
                        data.version)


def _signature(data: TemplateData) -> list:
    """What a template asks, to tell whether a regenerated one differs from the last."""
    return [data.title, [[s.title, [[i.text, i.answer_type, str(Decimal(i.weight)), i.critical,
                                     i.choices, i.guidance, str(i.infra_item_id or "")]
                                    for i in s.items]] for s in data.sections]]


def write_template(session: Session, data: TemplateData, revision: int = 1) -> ChecklistTemplate:
    """A new template row with its sections and items (``data`` already validated)."""
    template = ChecklistTemplate(
        code=data.code or f"custom:{uuid.uuid4()}", kind=data.kind, revision=revision,
        current=True, title=data.title, description=data.description,
        workshop_id=data.workshop_id)
    session.add(template)
    session.flush()
    _write_sections(session, template, data)
    return template


def _write_sections(session: Session, template: ChecklistTemplate, data: TemplateData) -> None:
    for s_no, s in enumerate(data.sections):
        section = ChecklistSection(template_id=template.id, position=s_no, title=s.title)
        session.add(section)
        session.flush()
        for i_no, i in enumerate(s.items):
            session.add(ChecklistItem(
                section_id=section.id, position=i_no, text=i.text, guidance=i.guidance,
                answer_type=i.answer_type, choices="\n".join(i.choices),
                weight=Decimal(i.weight), critical=i.critical, infra_item_id=i.infra_item_id))
    session.flush()


def current_template(session: Session, code: str) -> ChecklistTemplate | None:
    return session.scalars(select(ChecklistTemplate).where(
        ChecklistTemplate.code == code, ChecklistTemplate.current.is_(True))).first()


def new_revision(session: Session, data: TemplateData) -> ChecklistTemplate:
    """Make ``data`` the current revision of its code, keeping older revisions untouched."""
    last = session.scalar(select(func.max(ChecklistTemplate.revision)).where(
        ChecklistTemplate.code == data.code)) or 0
    for old in session.scalars(select(ChecklistTemplate).where(
            ChecklistTemplate.code == data.code, ChecklistTemplate.current.is_(True))):
        old.current = False
    session.flush()
    return write_template(session, data, last + 1)


@cache
def _resource(code: str) -> dict:
    return json.loads((CHECKLISTS_DIR / f"{code}.json").read_text(encoding="utf-8"))


def _from_resource(raw: dict) -> TemplateData:
    return TemplateData(
        raw["title"], raw["kind"], raw["code"], raw.get("description", ""),
        [SectionData(s["title"], [ItemData(
            i["text"], i.get("type", AnswerType.YES_NO.value), Decimal(str(i.get("weight", 1))),
            bool(i.get("critical", False)), list(i.get("choices", [])), i.get("guidance", ""))
            for i in s["items"]]) for s in raw["sections"]])


def ensure_standard_templates(session: Session) -> None:
    """Install the shipped templates a database does not have yet."""
    for code in STANDARD:
        if session.scalar(select(func.count()).select_from(ChecklistTemplate).where(
                ChecklistTemplate.code == code)):
            continue
        write_template(session, validate_template(_from_resource(_resource(code))))


def equipment_template(session: Session, workshop: Workshop) -> ChecklistTemplate:
    """The workshop's equipment checklist from its infrastructure list as it is now: the
    current revision if the list has not changed since, else a new revision."""
    raw = _resource("equipment")
    data = _from_resource(raw)
    data.code = f"equipment:{workshop.id}"
    data.workshop_id = workshop.id
    data.title = f"{raw['title']}: {workshop.name}"
    generated: dict[str, SectionData] = {}
    for item in workshop.items:
        title = raw["generated_sections"].get(item.category, item.category)
        section = generated.setdefault(item.category, SectionData(title))
        quantity = format(item.quantity.normalize(), "f").replace(".", ",")
        section.items.append(ItemData(
            raw["generated_item"].format(name=item.name, quantity=quantity, unit=item.unit),
            AnswerType.YES_NO.value, Decimal(1),
            item.category in raw["critical_categories"], [], item.specification[:4000],
            item.id))
    order = list(raw["generated_sections"])
    categories = sorted(generated, key=lambda c: order.index(c) if c in order else len(order))
    data.sections = [generated[c] for c in categories] + data.sections
    data = validate_template(data)
    current = current_template(session, data.code)
    if current is not None and _signature(template_data(session, current)) == _signature(data):
        return current
    return new_revision(session, data)


def _used(session: Session, template_id: uuid.UUID) -> int:
    return session.scalar(select(func.count()).select_from(Inspection).where(
        Inspection.template_id == template_id)) or 0


class ChecklistsService(Service):
    @requires(Permission.INSPECTIONS_READ)
    def list_templates(self, *, include_old: bool = False) -> list[TemplateRow]:
        with self._session() as s:
            ensure_standard_templates(s)
            query = select(ChecklistTemplate).order_by(ChecklistTemplate.kind,
                                                       ChecklistTemplate.title,
                                                       ChecklistTemplate.revision)
            if not include_old:
                query = query.where(ChecklistTemplate.current.is_(True))
            templates = s.scalars(query).all()
            items = dict(s.execute(
                select(ChecklistSection.template_id, func.count(ChecklistItem.id))
                .join(ChecklistItem, ChecklistItem.section_id == ChecklistSection.id)
                .group_by(ChecklistSection.template_id)).all())
            used = dict(s.execute(select(Inspection.template_id, func.count())
                                  .group_by(Inspection.template_id)).all())
            return [TemplateRow(t.id, t.code, t.kind, t.title, t.revision, t.current,
                                items.get(t.id, 0), used.get(t.id, 0)) for t in templates]

    @requires(Permission.INSPECTIONS_READ)
    def template(self, template_id: uuid.UUID) -> TemplateData:
        with self._session() as s:
            template = s.get(ChecklistTemplate, template_id)
            if template is None:
                raise NotFoundError(translate("Inspections", "The checklist no longer exists."))
            return template_data(s, template)

    @requires(Permission.CHECKLISTS_WRITE)
    def save_template(self, data: TemplateData) -> TemplateData:
        """A new template, or an edit.  An edit of a template that inspections use becomes a
        new revision; those inspections keep the revision they were made with."""
        data = validate_template(data)
        with self._session() as s:
            if data.id is None:
                template = write_template(s, data)
                return template_data(s, template)
            old = s.get(ChecklistTemplate, data.id)
            if old is None:
                raise NotFoundError(translate("Inspections", "The checklist no longer exists."))
            if not old.current:
                raise ValidationError({"revision": translate(
                    "Inspections", "This is an older revision of the checklist; edit the "
                                   "current one.")})
            if old.version != data.version:
                raise conflict_error()
            data.code, data.workshop_id = old.code, old.workshop_id
            if _used(s, old.id):
                return template_data(s, new_revision(s, data))
            old.title, old.kind, old.description = data.title, data.kind, data.description
            for section in s.scalars(select(ChecklistSection).where(
                    ChecklistSection.template_id == old.id)):
                for item in s.scalars(select(ChecklistItem).where(
                        ChecklistItem.section_id == section.id)):
                    s.delete(item)
                s.delete(section)
            s.flush()
            _write_sections(s, old, data)
            return template_data(s, old)

    @requires(Permission.INSPECTIONS_WRITE)
    def equipment_checklist(self, workshop_id: uuid.UUID) -> TemplateData:
        """The equipment checklist of a workshop, made from its infrastructure list."""
        with self._session() as s:
            workshop = s.get(Workshop, workshop_id)
            if workshop is None:
                raise NotFoundError(translate("Inspections", "The workshop no longer exists."))
            return template_data(s, equipment_template(s, workshop))
