"""Findings: each "no" of an inspection, with the organization responsible for fixing it, a due
date and a status, until it is closed with evidence.  Overdue ones are flagged."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Attachment, ChecklistItem, Finding, Inspection, Organization, Site
from app.services import clock
from app.services.attachments import add_attachment, read_evidence, write_attachment
from app.services.base import Service, conflict_error, translate
from app.services.errors import NotFoundError, ValidationError
from app.services.permissions import Permission, requires

DUE_DAYS, CRITICAL_DUE_DAYS = 30, 10


class FindingStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


STATUS_LABELS = {
    FindingStatus.OPEN: QT_TRANSLATE_NOOP("Inspections", "Open"),
    FindingStatus.CLOSED: QT_TRANSLATE_NOOP("Inspections", "Closed"),
}


def finding_status_label(code: str) -> str:
    return translate("Inspections", STATUS_LABELS.get(code, code))


@dataclass
class FindingData:
    id: uuid.UUID
    inspection_id: uuid.UUID
    item_id: uuid.UUID | None
    text: str
    critical: bool
    responsible_org_id: uuid.UUID | None
    responsible: str
    due_on: date | None
    status: str
    closed_on: date | None
    evidence: str
    evidence_file: str
    site: str
    inspection_title: str
    version: int
    overdue: bool = False


def default_due(inspection: Inspection, critical: bool) -> date:
    start = inspection.inspected_on or inspection.planned_on or clock.today()
    return start + timedelta(days=CRITICAL_DUE_DAYS if critical else DUE_DAYS)


def finding_text(item: ChecklistItem, comment: str) -> str:
    return f"{item.text}: {comment}" if comment else item.text


def sync_finding(s: Session, inspection: Inspection, item: ChecklistItem, answer, today: date):
    """After an answer changed: a "no" has an open finding; an open finding whose answer is
    no longer "no" was a slip and goes (a closed one stays, it has its evidence)."""
    finding = s.scalars(select(Finding).where(
        Finding.inspection_id == inspection.id, Finding.item_id == item.id)).first()
    if answer.value == "no":
        text = finding_text(item, answer.comment)
        if finding is None:
            site = s.get(Site, inspection.site_id)
            s.add(Finding(inspection_id=inspection.id, item_id=item.id, text=text,
                          critical=item.critical, responsible_org_id=site.organization_id,
                          due_on=default_due(inspection, item.critical),
                          status=FindingStatus.OPEN.value))
        elif finding.status == FindingStatus.OPEN and finding.text != text:
            finding.text = text
    elif finding is not None and finding.status == FindingStatus.OPEN:
        s.delete(finding)


def finding_rows(s: Session, *, inspection_id: uuid.UUID | None = None,
                 site_id: uuid.UUID | None = None, status: str = "", overdue: bool = False,
                 today: date, finding_id: uuid.UUID | None = None) -> list[FindingData]:
    query = (select(Finding, Inspection.title, Site.name, Organization.short_name,
                    Organization.full_name, Attachment.filename)
             .join(Inspection, Inspection.id == Finding.inspection_id)
             .join(Site, Site.id == Inspection.site_id)
             .outerjoin(Organization, Organization.id == Finding.responsible_org_id)
             .outerjoin(Attachment, Attachment.id == Finding.evidence_attachment_id)
             .order_by(Finding.due_on, Site.name, Finding.created_at))
    if inspection_id:
        query = query.where(Finding.inspection_id == inspection_id)
    if finding_id:
        query = query.where(Finding.id == finding_id)
    if site_id:
        query = query.where(Inspection.site_id == site_id)
    if status:
        query = query.where(Finding.status == status)
    if overdue:
        query = query.where(Finding.status == FindingStatus.OPEN, Finding.due_on < today)
    return [
        FindingData(f.id, f.inspection_id, f.item_id, f.text, f.critical, f.responsible_org_id,
                    short or full or "", f.due_on, f.status, f.closed_on, f.evidence,
                    filename or "", site, title, f.version,
                    f.status == FindingStatus.OPEN and f.due_on is not None and f.due_on < today)
        for f, title, site, short, full, filename in s.execute(query)]


class FindingsService(Service):
    @requires(Permission.INSPECTIONS_READ)
    def list_findings(self, *, inspection_id: uuid.UUID | None = None,
                      site_id: uuid.UUID | None = None, status: str = "",
                      overdue: bool = False, today: date | None = None) -> list[FindingData]:
        """Findings by due date; ``overdue=True`` keeps open ones past their due date."""
        with self._session() as s:
            return finding_rows(s, inspection_id=inspection_id, site_id=site_id, status=status,
                                overdue=overdue, today=today or clock.today())

    @requires(Permission.INSPECTIONS_WRITE)
    def add(self, inspection_id: uuid.UUID, text: str, *, critical: bool = False,
            responsible_org_id: uuid.UUID | None = None,
            due_on: date | None = None) -> FindingData:
        """A finding not tied to a checklist item (something else the inspector saw)."""
        text = " ".join(str(text or "").split())[:4000]
        if not text:
            raise ValidationError({"text": translate("Inspections", "Describe the finding.")})
        with self._session() as s:
            inspection = s.get(Inspection, inspection_id) if inspection_id else None
            if inspection is None:
                raise NotFoundError(translate("Inspections", "The inspection no longer exists."))
            site = s.get(Site, inspection.site_id)
            finding = Finding(inspection_id=inspection.id, text=text, critical=bool(critical),
                              responsible_org_id=responsible_org_id or site.organization_id,
                              due_on=due_on or default_due(inspection, critical),
                              status=FindingStatus.OPEN.value)
            s.add(finding)
            s.flush()
            return self._one(s, finding.id)

    @requires(Permission.INSPECTIONS_WRITE)
    def update(self, data: FindingData) -> FindingData:
        """Text, responsible organization, due date, critical flag."""
        errors = {}
        text = " ".join(str(data.text or "").split())[:4000]
        if not text:
            errors["text"] = translate("Inspections", "Describe the finding.")
        if data.due_on is None:
            errors["due_on"] = translate("Inspections", "Give the due date.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            finding = self._get(s, data.id)
            if finding.version != data.version:
                raise conflict_error()
            if data.responsible_org_id and s.get(Organization, data.responsible_org_id) is None:
                raise ValidationError({"responsible_org_id": translate(
                    "Inspections", "The organization no longer exists.")})
            finding.text, finding.critical = text, bool(data.critical)
            finding.responsible_org_id, finding.due_on = data.responsible_org_id, data.due_on
            s.flush()
            return self._one(s, finding.id)

    @requires(Permission.INSPECTIONS_WRITE)
    def close(self, finding_id: uuid.UUID, *, evidence: str = "",
              evidence_file: Path | str | None = None, closed_on: date | None = None,
              version: int | None = None) -> FindingData:
        """Close a finding: it needs evidence (a description, a file, or both)."""
        evidence = str(evidence or "").strip()[:4000]
        content = read_evidence(evidence_file, "evidence_file") if evidence_file else None
        if not evidence and content is None:
            raise ValidationError({"evidence": translate(
                "Inspections", "A finding is closed with evidence: describe what was done or "
                               "attach a file.")})
        with self._session() as s:
            finding = self._get(s, finding_id)
            if version is not None and finding.version != version:
                raise conflict_error()
            if content is not None:
                finding.evidence_attachment_id = add_attachment(s, *content).id
            finding.status = FindingStatus.CLOSED.value
            finding.closed_on = closed_on or clock.today()
            finding.evidence = evidence
            s.flush()
            return self._one(s, finding.id)

    @requires(Permission.INSPECTIONS_WRITE)
    def reopen(self, finding_id: uuid.UUID) -> FindingData:
        with self._session() as s:
            finding = self._get(s, finding_id)
            finding.status, finding.closed_on = FindingStatus.OPEN.value, None
            s.flush()
            return self._one(s, finding.id)

    @requires(Permission.INSPECTIONS_READ)
    def save_evidence(self, finding_id: uuid.UUID, target: Path | str) -> Path:
        with self._session() as s:
            return write_attachment(s, self._get(s, finding_id).evidence_attachment_id, target)

    def _get(self, s: Session, finding_id: uuid.UUID) -> Finding:
        finding = s.get(Finding, finding_id) if finding_id else None
        if finding is None:
            raise NotFoundError(translate("Inspections", "The finding no longer exists."))
        return finding

    def _one(self, s: Session, finding_id: uuid.UUID) -> FindingData:
        s.flush()
        return finding_rows(s, finding_id=finding_id, today=clock.today())[0]
