"""Field inspections: checklist templates (versioned), inspections with their answers, photos
and findings; the bookkeeping of field packages (exports, the merge base, merge conflicts)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Entity


class ChecklistTemplate(Entity):
    """One revision of a checklist.  Editing a template that inspections already use makes a
    new revision with the same ``code``; the old one stays as it was for those inspections."""

    __tablename__ = "checklist_template"
    __table_args__ = (UniqueConstraint("code", "revision"),)

    code: Mapped[str] = mapped_column(String(100), index=True)  # e.g. brandbook, equipment:<id>
    kind: Mapped[str] = mapped_column(String(32))  # equipment | brandbook | safety | custom
    revision: Mapped[int] = mapped_column(Integer, default=1)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    workshop_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("workshop.id", ondelete="SET NULL")
    )


class ChecklistSection(Entity):
    __tablename__ = "checklist_section"

    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)


class ChecklistItem(Entity):
    __tablename__ = "checklist_item"

    section_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("checklist_section.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text, default="")
    answer_type: Mapped[str] = mapped_column(String(16))  # AnswerType
    choices: Mapped[str] = mapped_column(Text, default="")  # one a line, for "choice"
    weight: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal(1))
    critical: Mapped[bool] = mapped_column(Boolean, default=False)  # a "no" is critical
    infra_item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("infra_item.id", ondelete="SET NULL")
    )


class Inspection(Entity):
    __tablename__ = "inspection"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("checklist_template.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(Text, default="")
    planned_on: Mapped[date] = mapped_column(Date, index=True)
    inspected_on: Mapped[date | None] = mapped_column(Date)
    inspectors: Mapped[str] = mapped_column(Text, default="")  # names, one a line
    status: Mapped[str] = mapped_column(String(16), default="planned", index=True)
    score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))
    comment: Mapped[str] = mapped_column(Text, default="")
    signed_by: Mapped[str] = mapped_column(String(300), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)


class InspectionWorkshop(Entity):
    __tablename__ = "inspection_workshop"
    __table_args__ = (UniqueConstraint("inspection_id", "workshop_id"),)

    inspection_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"))


class Answer(Entity):
    """The answer to one checklist item in one inspection (made empty with the inspection,
    so the office and a field package share its id)."""

    __tablename__ = "inspection_answer"
    __table_args__ = (UniqueConstraint("inspection_id", "item_id"),)

    inspection_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("checklist_item.id", ondelete="RESTRICT")
    )
    value: Mapped[str] = mapped_column(Text, default="")  # yes | no | na | number | text
    comment: Mapped[str] = mapped_column(Text, default="")


class InspectionPhoto(Entity):
    """A photo of an inspection, or of one of its items; the original bytes are an
    attachment, the thumbnail is kept here."""

    __tablename__ = "inspection_photo"

    inspection_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("checklist_item.id", ondelete="SET NULL")
    )
    attachment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("attachment.id", ondelete="RESTRICT")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    caption: Mapped[str] = mapped_column(Text, default="")
    width: Mapped[int] = mapped_column(Integer, default=0)  # as shown (EXIF orientation applied)
    height: Mapped[int] = mapped_column(Integer, default=0)
    taken_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=False))
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)  # JPEG


class Finding(Entity):
    """A "no" in an inspection: what is wrong, who fixes it by when, and the evidence."""

    __tablename__ = "finding"
    __table_args__ = (UniqueConstraint("inspection_id", "item_id"),)

    inspection_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("checklist_item.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(Text)
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    responsible_org_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL")
    )
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, default="")
    evidence_attachment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )


class FieldPackage(Entity):
    """A field package.  In the office: one row per exported package.  In a package file:
    one row describing the package itself (``role`` = "package")."""

    __tablename__ = "field_package"

    role: Mapped[str] = mapped_column(String(16))  # export | package
    office_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    office_name: Mapped[str] = mapped_column(Text, default="")
    inspector: Mapped[str] = mapped_column(String(300), default="")
    exported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    exported_by: Mapped[str] = mapped_column(String(100), default="")
    inspections: Mapped[int] = mapped_column(Integer, default=0)
    merged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    merges: Mapped[int] = mapped_column(Integer, default=0)
    #: In a package file: how many times field mode saved it.  In the office: the highest of
    #: those a merge took (0: the export itself), so an older copy is recognised.
    saves: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: The hash chain of those saves (app/services/field/lineage.py): in a package file, its
    #: own; in the office, the merged copy's, so a copy filled in parallel is recognised.
    lineage: Mapped[str] = mapped_column(Text, default="", server_default="")


class FieldSync(Base):
    """The merge base: for each row a package holds, its version in the package and in the
    office when the two last agreed (at export, or at the last merge).  Bookkeeping, not user
    data: not an Entity, so not in the audit log."""

    __tablename__ = "field_sync"

    package_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("field_package.id", ondelete="CASCADE"), primary_key=True
    )
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    field_version: Mapped[int] = mapped_column(Integer)
    office_version: Mapped[int] = mapped_column(Integer)
    office_row_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # when merged onto another row
    #: The package save the row entered the base at (0: the export): a copy older than that
    #: never saw the row, so its absence there is no deletion.
    since_save: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class MergeConflict(Entity):
    """A row changed both in the office and in the field since they last agreed: both
    versions are kept here until a user chooses."""

    __tablename__ = "merge_conflict"

    package_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("field_package.id", ondelete="CASCADE"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    kind: Mapped[str] = mapped_column(String(24))  # both_changed | office_deleted | ...
    label: Mapped[str] = mapped_column(Text, default="")
    field_values: Mapped[str] = mapped_column(Text, default="")  # JSON
    office_values: Mapped[str] = mapped_column(Text, default="")  # JSON
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    resolution: Mapped[str] = mapped_column(String(16), default="")  # office | field
    resolved_by: Mapped[str] = mapped_column(String(100), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
