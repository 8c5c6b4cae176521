"""The roadmap (комплекс мер, дорожная карта): the seven standard stages of seed 003, created
for every cluster, plus the cluster's own items; deadlines, evidence, overdue at a glance."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Attachment, Organization, RoadmapItem
from app.services.attachments import add_attachment, read_evidence, write_attachment
from app.services.base import Service, conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import NotFoundError, ValidationError
from app.services.permissions import Permission, requires
from app.services.roadmap_stages import (  # noqa: F401 - STANDARD_STAGES: the roadmap's too
    STANDARD_STAGES,
    add_standard_stages,
)
from app.services.validation import check_field, optional_text, require_text


class RoadmapStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


STATUS_LABELS = {
    RoadmapStatus.PLANNED: QT_TRANSLATE_NOOP("Roadmap", "Planned"),
    RoadmapStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Roadmap", "In progress"),
    RoadmapStatus.DONE: QT_TRANSLATE_NOOP("Roadmap", "Done"),
    RoadmapStatus.CANCELLED: QT_TRANSLATE_NOOP("Roadmap", "Cancelled"),
}


def status_label(code: str) -> str:
    return translate("Roadmap", STATUS_LABELS.get(code, code))


@dataclass
class RoadmapData:
    title: str
    deadline: date | None = None
    responsible_person: str = ""
    responsible_org_id: uuid.UUID | None = None
    status: str = RoadmapStatus.PLANNED.value
    done_on: date | None = None
    evidence_doc: str = ""
    standard_stage: int | None = None
    position: int = 0
    attachment_name: str = ""
    id: uuid.UUID | None = None
    version: int = 0
    responsible_org: str = ""

    def overdue(self, today: date) -> bool:
        return (self.deadline is not None and self.deadline < today
                and self.status not in (RoadmapStatus.DONE, RoadmapStatus.CANCELLED))


def ensure_standard_stages(session: Session) -> None:
    """The seven stages exist, in order, for the cluster (idempotent)."""
    add_standard_stages(session, current_cluster(session))


def _data(item: RoadmapItem, orgs: dict, files: dict) -> RoadmapData:
    return RoadmapData(
        item.title, item.deadline, item.responsible_person, item.responsible_org_id,
        item.status, item.done_on, item.evidence_doc, item.standard_stage, item.position,
        files.get(item.attachment_id, ""), item.id, item.version,
        orgs.get(item.responsible_org_id, ""))


def validate_roadmap(data: RoadmapData) -> RoadmapData:
    errors: dict[str, str] = {}
    title = check_field(errors, "title", require_text, data.title, 2000)
    if data.status not in set(RoadmapStatus):
        errors["status"] = translate("Roadmap", "Choose the status.")
    if data.status == RoadmapStatus.DONE and data.done_on is None:
        errors["done_on"] = translate("Roadmap", "Give the date the item was done.")
    if errors:
        raise ValidationError(errors)
    return replace(data, title=title, responsible_person=optional_text(
        data.responsible_person, 300), evidence_doc=optional_text(data.evidence_doc, 300))


class RoadmapService(Service):
    @requires(Permission.ROADMAP_READ)
    def items(self) -> list[RoadmapData]:
        """The cluster's roadmap in order, the standard stages first created if missing."""
        with self._session() as s:
            ensure_standard_stages(s)
            cluster = current_cluster(s)
            rows = s.scalars(select(RoadmapItem).where(RoadmapItem.cluster_id == cluster.id)
                             .order_by(RoadmapItem.position, RoadmapItem.created_at)).all()
            # the names of the organizations and files the items refer to, not of every
            # one in the register (10,000 organizations made this 0.1 s, the dashboard's too)
            org_ids = {i.responsible_org_id for i in rows} - {None}
            file_ids = {i.attachment_id for i in rows} - {None}
            orgs = dict(s.execute(select(Organization.id, Organization.short_name)
                                  .where(Organization.id.in_(org_ids))).all()) if org_ids else {}
            files = dict(s.execute(select(Attachment.id, Attachment.filename)
                                   .where(Attachment.id.in_(file_ids))).all()) if file_ids else {}
            return [_data(i, orgs, files) for i in rows]

    @requires(Permission.ROADMAP_WRITE)
    def save(self, data: RoadmapData) -> RoadmapData:
        clean = validate_roadmap(data)
        with self._session() as s:
            if clean.id is None:
                cluster = current_cluster(s)
                last = s.scalar(select(func.max(RoadmapItem.position)).where(
                    RoadmapItem.cluster_id == cluster.id)) or 0
                item = RoadmapItem(cluster_id=cluster.id, position=last + 10)
                s.add(item)
            else:
                item = self._item(s, clean.id)
                if item.version != clean.version:
                    raise conflict_error()
            item.title, item.deadline = clean.title, clean.deadline
            item.responsible_person = clean.responsible_person
            item.responsible_org_id = clean.responsible_org_id
            item.status, item.done_on = clean.status, clean.done_on
            item.evidence_doc = clean.evidence_doc
            s.flush()
            return _data(item, {}, {})

    @requires(Permission.ROADMAP_WRITE)
    def delete(self, item_id: uuid.UUID) -> None:
        """The cluster's own items can be deleted; a standard stage can only be cancelled."""
        with self._session() as s:
            item = self._item(s, item_id)
            if item.standard_stage is not None:
                raise ValidationError({"status": translate(
                    "Roadmap", "A standard stage cannot be deleted; mark it cancelled.")})
            s.delete(item)

    @requires(Permission.ROADMAP_WRITE)
    def attach(self, item_id: uuid.UUID, path: Path | str) -> str:
        """Keep a file as the item's evidence (its bytes go into the database)."""
        name, content = read_evidence(path)
        with self._session() as s:
            item = self._item(s, item_id)
            item.attachment_id = add_attachment(s, name, content).id
            return name

    @requires(Permission.ROADMAP_READ)
    def save_attachment(self, item_id: uuid.UUID, target: Path | str) -> Path:
        with self._session() as s:
            return write_attachment(s, self._item(s, item_id).attachment_id, target)

    def _item(self, s: Session, item_id: uuid.UUID) -> RoadmapItem:
        item = s.get(RoadmapItem, item_id)
        if item is None:
            raise NotFoundError(translate("Roadmap", "This roadmap item no longer exists."))
        return item
