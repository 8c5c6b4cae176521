"""Inspections of sites: made from a checklist revision, answered item by item (each change
saved at once), scored, done and signed off.  A "no" becomes a finding (app/services/findings.py).
The records it returns, the labels of its codes and the check of an answer live in
app/services/inspection_data.py.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Answer,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Finding,
    Inspection,
    InspectionPhoto,
    InspectionWorkshop,
    Site,
    Workshop,
)
from app.services import clock
from app.services.base import Service, conflict_error, translate
from app.services.checklists import (
    TemplateData,
    TemplateKind,
    current_template,
    ensure_standard_templates,
    equipment_template,
    template_data,
)
from app.services.errors import NotFoundError, ValidationError
from app.services.findings import sync_finding
from app.services.inspection_data import (
    AnswerData,
    InspectionData,
    InspectionRow,
    NewInspection,
    answer_data,
    check_value,
    inspection_data,
    long_text,
    names,
)
from app.services.inspection_state import (
    InspectionStatus,
    ensure_open,
    inspection_or_404,
    refresh_score,
    template_items,
    touch,
)
from app.services.permissions import Permission, requires
from app.services.validation import check_field, optional_text


class InspectionsService(Service):
    @requires(Permission.INSPECTIONS_READ)
    def list_inspections(self, *, site_id: uuid.UUID | None = None, status: str = "",
                         inspector: str = "") -> list[InspectionRow]:
        query = (select(Inspection, Site.name, ChecklistTemplate.kind)
                 .join(Site, Site.id == Inspection.site_id)
                 .join(ChecklistTemplate, ChecklistTemplate.id == Inspection.template_id)
                 .order_by(Inspection.planned_on.desc(), Site.name))
        if site_id:
            query = query.where(Inspection.site_id == site_id)
        if status:
            query = query.where(Inspection.status == status)
        with self._session() as s:
            open_findings = dict(s.execute(
                select(Finding.inspection_id, func.count()).where(Finding.status == "open")
                .group_by(Finding.inspection_id)).all())
            photos = dict(s.execute(select(InspectionPhoto.inspection_id, func.count())
                                    .group_by(InspectionPhoto.inspection_id)).all())
            wanted = inspector.casefold().strip()
            return [
                InspectionRow(i.id, site, i.title, kind, i.planned_on, i.inspected_on,
                              ", ".join(names(i.inspectors)), i.status, i.score,
                              open_findings.get(i.id, 0), photos.get(i.id, 0))
                for i, site, kind in s.execute(query)
                if not wanted or wanted in {n.casefold() for n in names(i.inspectors)}]

    @requires(Permission.INSPECTIONS_READ)
    def inspection(self, inspection_id: uuid.UUID) -> InspectionData:
        with self._session() as s:
            return inspection_data(s, inspection_or_404(s, inspection_id))

    @requires(Permission.INSPECTIONS_READ)
    def checklist(self, inspection_id: uuid.UUID) -> TemplateData:
        """The checklist revision the inspection was made with."""
        with self._session() as s:
            inspection = inspection_or_404(s, inspection_id)
            return template_data(s, s.get(ChecklistTemplate, inspection.template_id))

    @requires(Permission.INSPECTIONS_WRITE)
    def create(self, data: NewInspection) -> InspectionData:
        errors: dict[str, str] = {}
        if data.planned_on is None:
            errors["planned_on"] = translate("Inspections", "Give the date of the inspection.")
        title = check_field(errors, "title", optional_text, data.title, 2000)
        with self._session() as s:
            site = s.get(Site, data.site_id) if data.site_id else None
            if site is None:
                errors["site_id"] = translate("Inspections", "Choose the site.")
            workshops = [s.get(Workshop, w) for w in dict.fromkeys(data.workshop_ids)]
            if any(w is None or site is None or w.site_id != site.id for w in workshops):
                errors["workshop_ids"] = translate(
                    "Inspections", "Choose workshops of the inspected site.")
            template = self._template_for(s, data, workshops, errors)
            if errors:
                raise ValidationError(errors)
            inspection = Inspection(
                site_id=site.id, template_id=template.id, title=title or template.title,
                planned_on=data.planned_on, inspectors="\n".join(names(data.inspectors)),
                status=InspectionStatus.PLANNED.value)
            s.add(inspection)
            s.flush()
            for w in workshops:
                s.add(InspectionWorkshop(inspection_id=inspection.id, workshop_id=w.id))
            for item in template_items(s, template.id):
                s.add(Answer(inspection_id=inspection.id, item_id=item.id))
            s.flush()
            return inspection_data(s, inspection)

    def _template_for(self, s: Session, data: NewInspection, workshops: list,
                      errors: dict[str, str]) -> ChecklistTemplate | None:
        if data.template_id is not None:
            template = s.get(ChecklistTemplate, data.template_id)
            if template is None:
                errors["template_id"] = translate("Inspections", "The checklist no longer exists.")
            return template
        if data.kind == TemplateKind.EQUIPMENT:
            if len(workshops) != 1 or workshops[0] is None:
                errors["workshop_ids"] = translate(
                    "Inspections", "The equipment checklist is made for one workshop: choose it.")
                return None
            if not workshops[0].items:
                errors["workshop_ids"] = translate(
                    "Inspections", "The workshop's infrastructure list is empty.")
                return None
            return equipment_template(s, workshops[0])
        ensure_standard_templates(s)
        template = current_template(s, data.kind)
        if template is None:
            errors["kind"] = translate("Inspections", "There is no checklist of this kind.")
        return template

    @requires(Permission.INSPECTIONS_WRITE)
    def update(self, data: InspectionData) -> InspectionData:
        """The inspection's header: title, dates, inspectors, workshops, comment."""
        errors: dict[str, str] = {}
        title = check_field(errors, "title", optional_text, data.title, 2000)
        if data.planned_on is None:
            errors["planned_on"] = translate("Inspections", "Give the date of the inspection.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            inspection = inspection_or_404(s, data.id)
            ensure_open(inspection)
            if inspection.version != data.version:
                raise conflict_error()
            inspection.title = title
            inspection.planned_on = data.planned_on
            inspection.inspected_on = data.inspected_on
            inspection.inspectors = "\n".join(names(data.inspectors))
            inspection.comment = long_text(data.comment)
            wanted = set(data.workshop_ids)
            links = {link.workshop_id: link for link in s.scalars(select(InspectionWorkshop).where(
                InspectionWorkshop.inspection_id == inspection.id))}
            for workshop_id in wanted - set(links):
                workshop = s.get(Workshop, workshop_id)
                if workshop is None or workshop.site_id != inspection.site_id:
                    raise ValidationError({"workshop_ids": translate(
                        "Inspections", "Choose workshops of the inspected site.")})
                s.add(InspectionWorkshop(inspection_id=inspection.id, workshop_id=workshop_id))
            for workshop_id in set(links) - wanted:
                s.delete(links[workshop_id])
            s.flush()
            return inspection_data(s, inspection)

    @requires(Permission.INSPECTIONS_WRITE)
    def answer(self, inspection_id: uuid.UUID, item_id: uuid.UUID, value: str,
               comment: str | None = None, *, today: date | None = None) -> AnswerData:
        """Record one answer (saved at once).  A "no" opens a finding; changing it back
        removes a finding that is still open."""
        today = today or clock.today()
        with self._session() as s:
            inspection = inspection_or_404(s, inspection_id)
            ensure_open(inspection)
            answer = s.scalars(select(Answer).where(
                Answer.inspection_id == inspection.id, Answer.item_id == item_id)).first()
            item = s.get(ChecklistItem, item_id)
            if answer is None or item is None:
                raise NotFoundError(translate(
                    "Inspections", "This item is not in the inspection's checklist."))
            value = check_value(item, value)
            if answer.value != value:
                answer.value = value
            if comment is not None and answer.comment != long_text(comment):
                answer.comment = long_text(comment)
            touch(inspection, today)
            sync_finding(s, inspection, item, answer, today)
            refresh_score(s, inspection)
            s.flush()
            return answer_data(item, s.get(ChecklistSection, item.section_id).title, answer, 0)

    @requires(Permission.INSPECTIONS_WRITE)
    def complete(self, inspection_id: uuid.UUID, *, today: date | None = None) -> InspectionData:
        """Mark the inspection done: every item that needs an answer has one."""
        with self._session() as s:
            inspection = inspection_or_404(s, inspection_id)
            ensure_open(inspection)
            progress = refresh_score(s, inspection)
            if progress.answered < progress.required:
                raise ValidationError({"answers": translate(
                    "Inspections", "{missing} of {required} items have no answer (or no photo) "
                                   "yet.").format(missing=progress.required - progress.answered,
                                                  required=progress.required)})
            inspection.status = InspectionStatus.DONE.value
            inspection.inspected_on = inspection.inspected_on or today or clock.today()
            s.flush()
            return inspection_data(s, inspection)

    @requires(Permission.INSPECTIONS_SIGN)
    def sign_off(self, inspection_id: uuid.UUID, signed_by: str,
                 signed_on: date | None = None) -> InspectionData:
        signer = " ".join(str(signed_by or "").split())[:300]
        with self._session() as s:
            inspection = inspection_or_404(s, inspection_id)
            if inspection.status != InspectionStatus.DONE:
                raise ValidationError({"status": translate(
                    "Inspections", "Only a done inspection can be signed off.")})
            if not signer:
                raise ValidationError({"signed_by": translate(
                    "Inspections", "Give the name of who signs the inspection off.")})
            inspection.status = InspectionStatus.SIGNED_OFF.value
            inspection.signed_by, inspection.signed_on = signer, signed_on or clock.today()
            s.flush()
            return inspection_data(s, inspection)

    @requires(Permission.INSPECTIONS_SIGN)
    def reopen(self, inspection_id: uuid.UUID) -> InspectionData:
        """Back to "in progress" (e.g. a signed-off inspection found incomplete)."""
        with self._session() as s:
            inspection = inspection_or_404(s, inspection_id)
            inspection.status = InspectionStatus.IN_PROGRESS.value
            inspection.signed_by, inspection.signed_on = "", None
            s.flush()
            return inspection_data(s, inspection)

    @requires(Permission.INSPECTIONS_WRITE)
    def delete(self, inspection_id: uuid.UUID) -> None:
        with self._session() as s:
            inspection = inspection_or_404(s, inspection_id)
            ensure_open(inspection)
            for model in (Finding, InspectionPhoto, Answer, InspectionWorkshop):
                for row in s.scalars(select(model).where(model.inspection_id == inspection.id)):
                    s.delete(row)
            s.flush()
            s.delete(inspection)
