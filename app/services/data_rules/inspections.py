"""Rules of field inspections: findings are closed by their due date, and an equipment
inspection has the equipment list it checks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.models import (
    ChecklistTemplate,
    Finding,
    InfraItem,
    Inspection,
    InspectionWorkshop,
    Site,
    Workshop,
)
from app.services.base import translate
from app.services.checklists import TemplateKind
from app.services.data_rules import Hit, Link, day, rule, short
from app.services.findings import FindingStatus

SECTION = "inspections"


@rule("finding.overdue",
      QT_TRANSLATE_NOOP("DataCheck", "Finding past its due date"),
      QT_TRANSLATE_NOOP("DataCheck", "An inspection's finding is still open after the day it "
                                     "was due to be put right. Close it with the evidence, or "
                                     "agree a new due date."))
def finding_overdue(s: Session, today: date):
    rows = s.execute(
        select(Finding.id, Finding.text, Finding.due_on, Site.name)
        .join(Inspection, Inspection.id == Finding.inspection_id)
        .join(Site, Site.id == Inspection.site_id)
        .where(Finding.status != FindingStatus.CLOSED.value, Finding.due_on < today)
        .order_by(Finding.due_on, Site.name)).all()
    for f in rows:
        yield Hit(translate("DataCheck", "due {date}, still open").format(date=day(f.due_on)),
                  Link(SECTION, f.id, translate("DataCheck", "Finding «{text}» ({site})").format(
                      text=short(f.text, 60), site=short(f.name, 40))))


@rule("inspection.no_equipment_list",
      QT_TRANSLATE_NOOP("DataCheck", "Equipment inspection without an equipment list"),
      QT_TRANSLATE_NOOP("DataCheck", "An inspection by the equipment checklist names no "
                                     "workshop, or its workshop's infrastructure list is "
                                     "empty: there is nothing it checks against. Fill in the "
                                     "workshop's list, or correct the inspection's workshop."))
def inspection_no_equipment_list(s: Session, today: date):
    has_items = exists().where(InfraItem.workshop_id == InspectionWorkshop.workshop_id)
    with_list = (select(InspectionWorkshop.inspection_id).where(has_items))
    rows = s.execute(
        select(Inspection.id, Inspection.title, Inspection.planned_on, Site.name)
        .join(ChecklistTemplate, ChecklistTemplate.id == Inspection.template_id)
        .join(Site, Site.id == Inspection.site_id)
        .where(ChecklistTemplate.kind == TemplateKind.EQUIPMENT.value,
               Inspection.id.not_in(with_list))
        .order_by(Inspection.planned_on)).all()
    named = dict(s.execute(
        select(InspectionWorkshop.inspection_id, Workshop.name)
        .join(Workshop, Workshop.id == InspectionWorkshop.workshop_id)).all())
    for i in rows:
        workshop = named.get(i.id)
        detail = (translate("DataCheck", "the infrastructure list of «{workshop}» is empty")
                  .format(workshop=short(workshop, 60)) if workshop else
                  translate("DataCheck", "no workshop is named"))
        yield Hit(detail, Link(SECTION, i.id, translate(
            "DataCheck", "Inspection «{title}» of {date} ({site})").format(
                title=short(i.title, 50), date=day(i.planned_on), site=short(i.name, 40))))
