"""Export a field package: the inspections assigned to one inspector (or every planned one),
with their sites, workshops, infrastructure items, checklists, answers, photos and findings."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, insert, or_, select
from sqlalchemy.orm import Session

from app.leftovers import announced
from app.models import (
    Answer,
    Attachment,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    Cluster,
    FieldPackage,
    FieldSync,
    Finding,
    InfraItem,
    Inspection,
    InspectionPhoto,
    InspectionWorkshop,
    Organization,
    Site,
    Workshop,
)
from app.services import clock
from app.services.field.package import EXPORT_ROLE, MERGED, PACKAGE_ROLE, new_package_file
from app.services.inspection_data import names
from app.services.inspection_state import InspectionStatus

#: Inspections that go to the field: not yet done.
EXPORTED_STATUSES = (InspectionStatus.PLANNED.value, InspectionStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: uuid.UUID
    inspector: str
    inspections: int
    sites: int
    photos: int


def chosen_inspections(session: Session, inspector: str | None) -> list[Inspection]:
    query = select(Inspection).where(Inspection.status.in_(EXPORTED_STATUSES)).order_by(
        Inspection.planned_on)
    found = list(session.scalars(query))
    if inspector:
        wanted = " ".join(inspector.split()).casefold()
        found = [i for i in found if wanted in {n.casefold() for n in names(i.inspectors)}]
    return found


def _rows(session: Session, model, *conditions) -> list[dict]:
    table = model.__table__
    return [dict(r._mapping) for r in session.execute(select(table).where(*conditions))]


def collect(session: Session, inspections: list[Inspection]) -> dict[type, list[dict]]:
    """Every row the package holds, by model, in an order that satisfies foreign keys."""
    ids = [i.id for i in inspections]
    site_ids = {i.site_id for i in inspections}
    out: dict[type, list[dict]] = {}
    out[Cluster] = _rows(session, Cluster)
    out[Organization] = _rows(session, Organization)  # contacts (personal data) stay home
    out[Site] = _rows(session, Site, Site.id.in_(site_ids))
    out[Workshop] = _rows(session, Workshop, Workshop.site_id.in_(site_ids))
    workshop_ids = [w["id"] for w in out[Workshop]]
    out[InfraItem] = _rows(session, InfraItem, InfraItem.workshop_id.in_(workshop_ids))
    used = {i.template_id for i in inspections}
    out[ChecklistTemplate] = _rows(session, ChecklistTemplate, or_(
        ChecklistTemplate.id.in_(used),
        ChecklistTemplate.current.is_(True) & (ChecklistTemplate.workshop_id.is_(None)
                                               | ChecklistTemplate.workshop_id.in_(workshop_ids))))
    template_ids = [t["id"] for t in out[ChecklistTemplate]]
    out[ChecklistSection] = _rows(session, ChecklistSection,
                                  ChecklistSection.template_id.in_(template_ids))
    out[ChecklistItem] = _rows(session, ChecklistItem, ChecklistItem.section_id.in_(
        [s["id"] for s in out[ChecklistSection]]))
    out[Inspection] = _rows(session, Inspection, Inspection.id.in_(ids))
    out[InspectionWorkshop] = _rows(session, InspectionWorkshop,
                                    InspectionWorkshop.inspection_id.in_(ids))
    out[Answer] = _rows(session, Answer, Answer.inspection_id.in_(ids))
    photos = _rows(session, InspectionPhoto, InspectionPhoto.inspection_id.in_(ids))
    findings = _rows(session, Finding, Finding.inspection_id.in_(ids))
    files = {p["attachment_id"] for p in photos} | {
        f["evidence_attachment_id"] for f in findings if f["evidence_attachment_id"]}
    out[Attachment] = _rows(session, Attachment, Attachment.id.in_(files))
    out[InspectionPhoto] = photos
    out[Finding] = findings
    return out


def write_package(target: Path, rows: dict[type, list[dict]], meta: dict) -> None:
    """Write the package file beside ``target`` and move it into place when complete."""
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    with announced(tmp):  # a kill meanwhile leaves a file the next start removes
        _write_package(tmp, target, rows, meta)


def _write_package(tmp: Path, target: Path, rows: dict[type, list[dict]], meta: dict) -> None:
    engine: Engine | None = None
    try:
        engine = new_package_file(tmp)
        with engine.connect() as conn:
            # the copy may point at rows it does not carry (an item of another site's
            # workshop, say); those columns are nullable references, harmless in the field
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside a transaction: no-op inside
            conn.commit()
            for model, values in rows.items():
                if model is Cluster:
                    conn.execute(model.__table__.delete())
                for start in range(0, len(values), 500):
                    conn.execute(insert(model.__table__), values[start:start + 500])
            conn.execute(insert(FieldPackage.__table__), [{**meta, "role": PACKAGE_ROLE}])
            conn.commit()
        engine.dispose()
        engine = None
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        if engine is not None:
            engine.dispose()
        tmp.unlink(missing_ok=True)
        for suffix in ("-journal", "-wal", "-shm"):
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)


def record_export(session: Session, rows: dict[type, list[dict]], meta: dict) -> None:
    """The office remembers the package and, for each row it holds, the versions both sides
    had at export: the base a merge compares against."""
    session.add(FieldPackage(**{**meta, "role": EXPORT_ROLE}))
    session.flush()
    sync = [dict(package_id=meta["id"], table_name=model.__tablename__, row_id=row["id"],
                 field_version=row["version"], office_version=row["version"], office_row_id=None)
            for model in MERGED for row in rows.get(model, [])]
    for start in range(0, len(sync), 500):
        session.execute(insert(FieldSync.__table__), sync[start:start + 500])


def package_meta(session: Session, inspector: str, inspections: int, username: str) -> dict:
    cluster = session.scalars(select(Cluster).order_by(Cluster.created_at)).first()
    now = clock.now()
    return dict(id=uuid.uuid4(), office_id=cluster.id, office_name=cluster.name,
                inspector=inspector, exported_at=now, exported_by=username,
                inspections=inspections, merged_at=None, merges=0, created_at=now,
                updated_at=now, version=1)
