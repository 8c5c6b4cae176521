"""Merge a field package back into the office database, in one transaction.

Each row is matched by its UUID (or, for an answer, a finding, a workshop link or a photo, by
what makes it unique: the same item of the same inspection, the same picture).  Against the
merge base (``field_sync``: the versions both sides had when they last agreed):

- new in the field → added;  changed only in the field → the office takes it;
- changed only in the office → the office keeps it;
- changed on both sides to different values → a ``merge_conflict`` with both versions, the
  office value stays until a user chooses;
- deleted in the field and unchanged in the office → deleted; otherwise a conflict.

Versions only grow, so a row version lower than the base is an older copy, never a change;
and a row is deleted only by a package that had it (``since_save``): an older copy of the
package, which never saw a row merged from a newer one, does not delete it.  The service also
refuses a whole package older than the newest merged (``FieldPackage.saves``), or filled in
parallel with it on another laptop (``FieldPackage.lineage``: field/lineage.py).

Photos are matched by checksum: bytes the office already has are not stored twice.  A package
merged twice changes nothing the second time (every row equal, every base up to date).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.models import (
    Answer,
    Attachment,
    ChecklistItem,
    FieldSync,
    Finding,
    Inspection,
    InspectionPhoto,
    InspectionWorkshop,
    MergeConflict,
)
from app.models.base import Entity
from app.services import clock
from app.services.audit import is_bytes_marker, plain_value
from app.services.base import translate
from app.services.field.export import MERGED

_NOISE = {"id", "created_at", "updated_at", "version"}
#: What makes a row unique besides its id: a row made on both sides matches on it.
NATURAL_KEYS = {
    Answer: ("inspection_id", "item_id"),
    Finding: ("inspection_id", "item_id"),
    InspectionWorkshop: ("inspection_id", "workshop_id"),
    InspectionPhoto: ("inspection_id", "attachment_id"),
}
PHOTO_TABLES = {InspectionPhoto.__tablename__}


class ConflictKind:
    BOTH_CHANGED = "both_changed"
    OFFICE_DELETED = "office_deleted"  # changed in the field, deleted in the office
    FIELD_DELETED = "field_deleted"  # deleted in the field, changed in the office
    PARENT_MISSING = "parent_missing"  # new in the field, its parent deleted in the office


@dataclass
class MergeCounts:
    added: int = 0
    changed: int = 0
    deleted: int = 0
    conflicts: int = 0


@dataclass
class MergeResult:
    package_id: uuid.UUID
    inspector: str
    rows: MergeCounts = field(default_factory=MergeCounts)
    photos: MergeCounts = field(default_factory=MergeCounts)
    files_added: int = 0  # photo and evidence files stored (others were already here)
    files_reused: int = 0  # matched by checksum to a file the office had
    saves: int = 0  # the package's save count
    merged_saves: int = 0  # the newest save the office had merged before
    stale: bool = False  # older than that one: nothing was merged

    def stale_text(self) -> str:
        return translate("Inspections", "This package is older than the one already merged "
                                        "(save {saves} of {merged}): nothing was changed."
                         ).format(saves=self.saves, merged=self.merged_saves)

    @property
    def changes(self) -> int:
        r, p = self.rows, self.photos
        return (r.added + r.changed + r.deleted + r.conflicts + p.added + p.changed + p.deleted
                + p.conflicts + self.files_added)


#: Worked out from other rows after the merge (app/services/inspections.refresh_score), so
#: never a conflict of its own.
DERIVED = {"inspection": {"score"}}


def columns(model) -> list[str]:
    derived = DERIVED.get(model.__tablename__, set())
    return [c.key for c in model.__table__.columns if c.key not in _NOISE | derived]


def dump(values: dict) -> str:
    return json.dumps({k: plain_value(v) for k, v in values.items()}, ensure_ascii=False,
                      sort_keys=True)


def unplain(model, values: dict) -> dict:
    """Values from a conflict's JSON back as the columns' Python types."""
    out = {}
    for key, value in values.items():
        column = model.__table__.columns[key]
        if value is None or is_bytes_marker(value):
            if value is not None:
                continue  # bytes were not kept in the conflict: leave the column as it is
            out[key] = None
            continue
        kind = column.type.python_type
        if kind is uuid.UUID:
            value = uuid.UUID(value)
        elif kind is datetime:
            value = datetime.fromisoformat(value)
        elif kind is date:
            value = date.fromisoformat(value)
        elif kind is Decimal:
            value = Decimal(value)
        out[key] = value
    return out


class Merger:
    """One merge of one package (``source``: the checked copy) into an office session."""

    def __init__(self, session: Session, source: Engine, package_id: uuid.UUID,
                 result: MergeResult, label, saves: int = 0):
        self.s = session
        self.source = source
        self.package_id = package_id
        self.saves = saves  # the package's save count: what it can have seen
        self.result = result
        self.label = label  # (session, model, values) -> text for a conflict
        self.file_map: dict[uuid.UUID, uuid.UUID] = {}
        self._exists: dict[tuple[str, uuid.UUID], bool] = {}
        self.held: set[tuple] = set()  # (inspection, item) of answers left in conflict

    # --- files ----------------------------------------------------------------------
    def files(self) -> None:
        """Store the package's files the office lacks; map the others onto its own copies."""
        with self.source.connect() as conn:
            listing = conn.execute(select(Attachment.id, Attachment.sha256, Attachment.size)).all()
            for attachment_id, sha, size in listing:
                if self.s.get(Attachment, attachment_id) is not None:
                    self.file_map[attachment_id] = attachment_id
                    continue
                same = self.s.scalars(select(Attachment.id).where(
                    Attachment.sha256 == sha, Attachment.size == size)).first()
                if same is not None:
                    self.file_map[attachment_id] = same
                    self.result.files_reused += 1
                    continue
                row = conn.execute(select(Attachment.__table__).where(
                    Attachment.id == attachment_id)).one()._mapping
                self.s.add(Attachment(**{k: row[k] for k in
                                         ("id", "filename", "content_type", "size", "sha256",
                                          "content", "created_at", "updated_at")}))
                self.s.flush()
                self.file_map[attachment_id] = attachment_id
                self.result.files_added += 1

    # --- rows -----------------------------------------------------------------------
    def run(self) -> None:
        self.files()
        seen: dict[type, set[uuid.UUID]] = {}
        for model in MERGED:
            seen[model] = self._upsert(model)
        for model in reversed(MERGED):
            self._deletions(model, seen[model])

    def _counts(self, model) -> MergeCounts:
        return self.result.photos if model.__tablename__ in PHOTO_TABLES else self.result.rows

    def _field_rows(self, model) -> list[tuple[uuid.UUID, int, dict]]:
        with self.source.connect() as conn:
            rows = conn.execute(select(model.__table__)).all()
        out = []
        for r in rows:
            values = {k: r._mapping[k] for k in columns(model)}
            for key in ("attachment_id", "evidence_attachment_id"):
                if values.get(key) is not None:
                    values[key] = self.file_map.get(values[key], values[key])
            out.append((r.id, r.version, values))
        return out

    def _sync(self, model) -> dict[uuid.UUID, FieldSync]:
        return {s.row_id: s for s in self.s.scalars(select(FieldSync).where(
            FieldSync.package_id == self.package_id,
            FieldSync.table_name == model.__tablename__))}

    def _upsert(self, model) -> set[uuid.UUID]:
        sync = self._sync(model)
        counts = self._counts(model)
        seen = set()
        for row_id, field_version, values in self._field_rows(model):
            seen.add(row_id)
            base = sync.get(row_id)
            office = self.s.get(model, base.office_row_id or row_id) if base else \
                self.s.get(model, row_id) or self._natural(model, values)
            if base is None:
                base = FieldSync(package_id=self.package_id, table_name=model.__tablename__,
                                 row_id=row_id, field_version=-1, office_version=-1,
                                 since_save=self.saves,
                                 office_row_id=office.id if office is not None
                                 and office.id != row_id else None)
                self.s.add(base)
                if office is None:
                    self._insert(model, row_id, values, base, counts, field_version)
                    continue
            field_changed = field_version > base.field_version  # lower: an older copy
            if office is None:  # deleted in the office since
                if field_changed:
                    self._conflict(model, row_id, ConflictKind.OFFICE_DELETED, values, None)
                    counts.conflicts += 1
                base.field_version = field_version
                continue
            if not field_changed:
                continue  # only the office changed it, or nobody: the office keeps its own
            office_values = {k: getattr(office, k) for k in columns(model)}
            if office_values == values:
                base.field_version, base.office_version = field_version, office.version
                continue
            if office.version == base.office_version:  # changed in the field only
                for key, value in values.items():
                    if office_values[key] != value:
                        setattr(office, key, value)
                self.s.flush()
                counts.changed += 1
                base.field_version, base.office_version = field_version, office.version
                continue
            self._conflict(model, office.id, ConflictKind.BOTH_CHANGED, values, office_values)
            counts.conflicts += 1
            if model is Answer:
                self.held.add((values["inspection_id"], values["item_id"]))
            base.field_version = field_version  # seen; the office version stays the base
        self.s.flush()
        return seen

    def _natural(self, model, values: dict) -> Entity | None:
        keys = NATURAL_KEYS.get(model)
        if not keys or any(values.get(k) is None for k in keys):
            return None
        return self.s.scalars(select(model).where(
            *(getattr(model, k) == values[k] for k in keys))).first()

    def _exists_in_office(self, table, row_id) -> bool:
        key = (table.name, row_id)
        if key not in self._exists:
            self._exists[key] = self.s.execute(
                select(table.c.id).where(table.c.id == row_id)).first() is not None
        return self._exists[key]

    def _insert(self, model, row_id, values: dict, base: FieldSync, counts: MergeCounts,
                field_version: int) -> None:
        values = dict(values)
        if model is Finding and (values["inspection_id"], values["item_id"]) in self.held:
            # the field's "no" is in conflict: its finding waits for the user's choice (taking
            # the field's answer makes the finding then)
            base.field_version = field_version
            return
        for fk in model.__table__.foreign_keys:
            value = values.get(fk.parent.key)
            if value is None or self._exists_in_office(fk.column.table, value):
                continue
            if fk.parent.nullable:
                values[fk.parent.key] = None  # e.g. an organization deleted meanwhile
                continue
            self._conflict(model, row_id, ConflictKind.PARENT_MISSING, values, None)
            counts.conflicts += 1
            base.field_version = field_version
            return
        row = model(id=row_id, **values)
        self.s.add(row)
        self.s.flush()
        self._exists[(model.__tablename__, row_id)] = True
        counts.added += 1
        base.field_version, base.office_version = field_version, row.version

    def _deletions(self, model, seen: set[uuid.UUID]) -> None:
        counts = self._counts(model)
        for row_id, base in self._sync(model).items():
            if row_id in seen or base.field_version == 0 or base.since_save > self.saves:
                continue  # present; deleted in the field before; or never seen by this copy
            office = self.s.get(model, base.office_row_id or row_id)
            # the base stays (a tombstone): an older copy still holding the row, at a version
            # no higher than the base's, does not bring it back
            if office is None:
                continue
            if office.version == base.office_version:
                self.s.delete(office)
                counts.deleted += 1
            else:
                self._conflict(model, office.id, ConflictKind.FIELD_DELETED, None,
                               {k: getattr(office, k) for k in columns(model)})
                counts.conflicts += 1
                base.field_version = 0  # seen: deleted in the field
        self.s.flush()

    def _conflict(self, model, row_id, kind: str, field_values: dict | None,
                  office_values: dict | None) -> None:
        self.s.add(MergeConflict(
            package_id=self.package_id, table_name=model.__tablename__, row_id=row_id,
            kind=kind, label=self.label(self.s, model, field_values or office_values or {}),
            field_values=dump(field_values) if field_values is not None else "",
            office_values=dump(office_values) if office_values is not None else ""))
        self.s.flush()


def describe(session: Session, model, values: dict) -> str:
    """A conflict's label as a person reads it: the item's text, the inspection's title."""
    parts = []
    if values.get("item_id"):
        item = session.get(ChecklistItem, values["item_id"])
        if item is not None:
            parts.append(item.text)
    for key in ("text", "title", "caption"):
        if values.get(key) and values[key] not in parts:
            parts.append(str(values[key]))
    if values.get("inspection_id"):
        inspection = session.get(Inspection, values["inspection_id"])
        if inspection is not None:
            parts.append(inspection.title)
    return " — ".join(parts)[:1000]


def now() -> datetime:
    return clock.now()
