"""Field packages from the office's side: export, merge, the conflicts a merge listed."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import (
    ChecklistItem,
    Cluster,
    FieldPackage,
    FieldSync,
    Inspection,
    InspectionPhoto,
    MergeConflict,
    Site,
)
from app.services import clock
from app.services.audit import Action, record
from app.services.base import Service, translate
from app.services.errors import NotFoundError, ValidationError
from app.services.field import lineage
from app.services.field import merge as m
from app.services.field.export import (
    ExportResult,
    chosen_inspections,
    collect,
    package_meta,
    record_export,
    write_package,
)
from app.services.field.lineage import Lineage
from app.services.field.package import (
    EXPORT_ROLE,
    MERGED,
    PACKAGE_SUFFIX,
    PackageDiverged,
    checked_package,
    package_row,
)
from app.services.findings import sync_finding
from app.services.inspection_state import refresh_score
from app.services.permissions import Permission, requires

CONFLICT_TABLE_LABELS = {
    "inspection_answer": "Answer",
    "inspection": "Inspection",
    "finding": "Finding",
    "inspection_photo": "Photo",
}


@dataclass(frozen=True)
class PackageRow:
    id: uuid.UUID
    inspector: str
    exported_at: datetime
    exported_by: str
    inspections: int
    merged_at: datetime | None
    merges: int
    open_conflicts: int


@dataclass(frozen=True)
class ConflictData:
    id: uuid.UUID
    package_id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    kind: str
    label: str
    field_values: dict
    office_values: dict
    resolved: bool
    resolution: str
    created_at: datetime

    def differences(self) -> dict[str, tuple]:
        """field → (office value, field value) for the fields that differ."""
        keys = set(self.field_values) | set(self.office_values)
        return {k: (self.office_values.get(k), self.field_values.get(k)) for k in sorted(keys)
                if self.office_values.get(k) != self.field_values.get(k)}


def _conflict_data(c: MergeConflict) -> ConflictData:
    return ConflictData(c.id, c.package_id, c.table_name, c.row_id, c.kind, c.label,
                        json.loads(c.field_values) if c.field_values else {},
                        json.loads(c.office_values) if c.office_values else {},
                        c.resolved, c.resolution, c.created_at)


def _models() -> dict:
    return {model.__tablename__: model for model in MERGED}


class FieldService(Service):
    @requires(Permission.FIELD_EXPORT)
    def export_package(self, target: Path | str, inspector: str | None = None) -> ExportResult:
        """Write a field package holding the inspections assigned to ``inspector`` (every
        planned or started one when no inspector is named)."""
        target = Path(target)
        if target.suffix.lower() != PACKAGE_SUFFIX:
            target = target.with_name(target.name + PACKAGE_SUFFIX)
        inspector = " ".join((inspector or "").split())
        with self._session() as s:
            if package_row(s) is not None:
                raise ValidationError({"package": translate(
                    "Inspections", "A field package cannot be exported from field mode.")})
            inspections = chosen_inspections(s, inspector)
            if not inspections:
                raise ValidationError({"inspector": translate(
                    "Inspections", "There are no planned inspections to export for {name}."
                ).format(name=inspector) if inspector else translate(
                    "Inspections", "There are no planned inspections to export.")})
            rows = collect(s, inspections)
            meta = package_meta(s, inspector, len(inspections), self.actor.username or "—")
            write_package(target, rows, meta)
            try:
                record_export(s, rows, meta)
                record(s, Action.EXPORT, translate(
                    "Inspections", "Field package {file}: {count} inspections for {name}"
                ).format(file=target.name, count=len(inspections), name=inspector or "—"),
                    table_name="field_package", row_id=str(meta["id"]))
                s.flush()
            except BaseException:
                target.unlink(missing_ok=True)  # the office does not know it: useless
                raise
            return ExportResult(target, meta["id"], inspector, len(inspections),
                                len(rows[Site]), len(rows[InspectionPhoto]))

    @requires(Permission.FIELD_MERGE)
    def merge_package(self, path: Path | str) -> m.MergeResult:
        """Bring a package's answers, photos and findings into this database, in one
        transaction.  A damaged or foreign file is refused (PackageRefused, a ValidationError)
        before anything is written."""
        with self.store.sessions() as s:
            cluster = s.scalars(select(Cluster.id).order_by(Cluster.created_at)).first()
            exported = set(s.scalars(select(FieldPackage.id).where(
                FieldPackage.role == EXPORT_ROLE)))
        with checked_package(path, cluster, exported) as package, self._session() as s:
            # locked (PostgreSQL): two copies merged at once are compared one after the other
            export = s.get(FieldPackage, package.info.id, with_for_update=True)
            result = m.MergeResult(package.info.id, package.info.inspector,
                                   saves=package.info.saves, merged_saves=export.saves)
            mine = Lineage(package.info.saves, package.info.lineage)
            relation = lineage.relation(Lineage(export.saves, export.lineage), mine)
            if relation is lineage.Relation.DIVERGED:
                # filled in parallel with the copy merged: each holds entries the other lacks,
                # and either would delete or revert the other's; nothing is taken
                raise PackageDiverged()
            if relation is lineage.Relation.OLDER:
                # an older copy of a package already merged: it has not seen what the newer
                # one brought, so it can only revert; the office keeps everything
                result.stale = True
                return result
            merger = m.Merger(s, package.engine, package.info.id, result, m.describe,
                              package.info.saves)
            merger.run()
            self._rescore(s, package.info.id)
            if (export.saves, export.lineage) != (mine.saves, mine.heads):  # the newest merged
                export.saves = mine.saves  # versioned: a parallel merge of the export fails
                table = FieldPackage.__table__  # the chain by Core: bookkeeping, not audited
                s.execute(update(table).where(table.c.id == export.id).values(
                    lineage=mine.heads))
            if result.changes:
                export.merged_at, export.merges = m.now(), export.merges + 1
                record(s, Action.IMPORT, translate(
                    "Inspections", "Field package of {name} merged: {rows} rows added, {changed} "
                                   "changed, {photos} photos added, {conflicts} conflicts"
                ).format(name=package.info.inspector or "—", rows=result.rows.added,
                         changed=result.rows.changed, photos=result.photos.added,
                         conflicts=result.rows.conflicts + result.photos.conflicts),
                    table_name="field_package", row_id=str(package.info.id))
            return result

    def _rescore(self, s: Session, package_id: uuid.UUID) -> None:
        """Scores follow the merged answers (an answer in conflict keeps the office's)."""
        bases = {b.row_id: b for b in s.scalars(select(FieldSync).where(
            FieldSync.package_id == package_id, FieldSync.table_name == "inspection"))}
        for row_id, base in bases.items():
            inspection = s.get(Inspection, base.office_row_id or row_id)
            if inspection is None:
                continue
            before = inspection.version
            refresh_score(s, inspection)
            s.flush()
            if inspection.version != before and base.office_version == before:
                base.office_version = inspection.version
        s.flush()

    @requires(Permission.FIELD_MERGE)
    def packages(self) -> list[PackageRow]:
        with self._session() as s:
            open_conflicts: dict[uuid.UUID, int] = {}
            for package_id in s.scalars(select(MergeConflict.package_id).where(
                    MergeConflict.resolved.is_(False))):
                open_conflicts[package_id] = open_conflicts.get(package_id, 0) + 1
            return [PackageRow(p.id, p.inspector, p.exported_at, p.exported_by, p.inspections,
                               p.merged_at, p.merges, open_conflicts.get(p.id, 0))
                    for p in s.scalars(select(FieldPackage).where(
                        FieldPackage.role == EXPORT_ROLE).order_by(FieldPackage.exported_at))]

    @requires(Permission.FIELD_MERGE)
    def conflicts(self, *, include_resolved: bool = False,
                  package_id: uuid.UUID | None = None) -> list[ConflictData]:
        query = select(MergeConflict).order_by(MergeConflict.created_at)
        if not include_resolved:
            query = query.where(MergeConflict.resolved.is_(False))
        if package_id:
            query = query.where(MergeConflict.package_id == package_id)
        with self._session() as s:
            return [_conflict_data(c) for c in s.scalars(query)]

    @requires(Permission.FIELD_MERGE)
    def resolve_conflict(self, conflict_id: uuid.UUID, keep: str) -> ConflictData:
        """``keep="office"``: the office value stays.  ``keep="field"``: the field's version
        replaces it (restored if the office had deleted the row, deleted if the field had)."""
        if keep not in ("office", "field"):
            raise ValidationError({"keep": translate(
                "Inspections", "Choose which version to keep.")})
        with self._session() as s:
            conflict = s.get(MergeConflict, conflict_id) if conflict_id else None
            if conflict is None:
                raise NotFoundError(translate("Inspections", "The conflict no longer exists."))
            if conflict.resolved:
                raise ValidationError({"keep": translate(
                    "Inspections", "The conflict is already resolved.")})
            if keep == "field":
                self._take_field(s, conflict)
            conflict.resolved, conflict.resolution = True, keep
            conflict.resolved_by, conflict.resolved_at = self.actor.username or "—", m.now()
            s.flush()
            return _conflict_data(conflict)

    def _take_field(self, s: Session, conflict: MergeConflict) -> None:
        model = _models()[conflict.table_name]
        office = s.get(model, conflict.row_id)
        if conflict.kind == m.ConflictKind.PARENT_MISSING:
            raise ValidationError({"keep": translate(
                "Inspections", "The record it belongs to was deleted in the office; the field "
                               "version cannot be restored.")})
        if conflict.kind == m.ConflictKind.FIELD_DELETED:
            if office is not None:
                s.delete(office)
            return
        values = m.unplain(model, json.loads(conflict.field_values))
        if office is None:
            s.add(model(id=conflict.row_id, **values))
        else:
            for key, value in values.items():
                if getattr(office, key) != value:
                    setattr(office, key, value)
        s.flush()
        if office is not None:
            for base in s.scalars(select(FieldSync).where(
                    FieldSync.package_id == conflict.package_id,
                    FieldSync.table_name == conflict.table_name)):
                if (base.office_row_id or base.row_id) == conflict.row_id:
                    base.office_version = office.version
        if model.__tablename__ == "inspection_answer":
            row = office or s.get(model, conflict.row_id)
            inspection = s.get(Inspection, row.inspection_id)
            sync_finding(s, inspection, s.get(ChecklistItem, row.item_id), row,
                         clock.today())
            refresh_score(s, inspection)
