"""Staff trained: the participant's known training records in the period (pre-filled, the
person's name fixed), and free rows for people the office does not know of yet.  Hours and
certificates are the participant's to give; categories are the training service's list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.models import StaffTraining
from app.services.base import translate
from app.services.importers.base import RowErrors
from app.services.requests.kinds.base import (
    Applied,
    Context,
    Field,
    Kind,
    Prefilled,
    Row,
    diff,
    new_record,
)
from app.services.training import CATEGORY_LABELS, MAX_STANDARD_HOURS, TrainingCategory


def _categories() -> dict[str, str]:
    return {c.value: translate("Training", CATEGORY_LABELS[c]) for c in TrainingCategory}


FIELDS = (
    Field("full_name", QT_TRANSLATE_NOOP("Requests", "Full name"), input=False, required=True,
          max_length=300, width=32),
    Field("post", QT_TRANSLATE_NOOP("Requests", "Post"), max_length=300, width=24),
    Field("category", QT_TRANSLATE_NOOP("Requests", "Category"), "choice", required=True,
          width=28, choices=_categories),
    Field("programme", QT_TRANSLATE_NOOP("Requests", "Programme"), required=True,
          max_length=2000, width=40),
    Field("hours", QT_TRANSLATE_NOOP("Requests", "Hours"), "int", required=True, low=1,
          high=MAX_STANDARD_HOURS, width=8),
    Field("provider", QT_TRANSLATE_NOOP("Requests", "Provider"), width=28),
    Field("starts_on", QT_TRANSLATE_NOOP("Requests", "From"), "date", width=12),
    Field("ends_on", QT_TRANSLATE_NOOP("Requests", "To"), "date", width=12),
    Field("certificate_no", QT_TRANSLATE_NOOP("Requests", "Certificate No."), max_length=100,
          width=16),
    Field("certificate_on", QT_TRANSLATE_NOOP("Requests", "Certificate date"), "date",
          width=12),
)
EDITABLE = [f.key for f in FIELDS if f.input]


class TrainingKind(Kind):
    code = "training"
    label = QT_TRANSLATE_NOOP("Requests", "Staff trained with hours and certificates")
    sheet = QT_TRANSLATE_NOOP("Requests", "Training")
    fields = FIELDS
    free_rows = 30

    def _records(self, s: Session, ctx: Context):
        """Trainings of the participant ending in the period, or not ended yet."""
        in_period = and_(StaffTraining.ends_on >= ctx.period_from,
                         StaffTraining.ends_on <= ctx.period_to)
        return s.scalars(select(StaffTraining).where(
            StaffTraining.cluster_id == ctx.cluster_id,
            StaffTraining.organization_id == ctx.organization_id,
            or_(StaffTraining.ends_on.is_(None), in_period))
            .order_by(StaffTraining.full_name, StaffTraining.ends_on)).all()

    def prefill(self, s: Session, ctx: Context) -> list[Prefilled]:
        return [Prefilled(str(t.id), {f.key: getattr(t, f.key) for f in FIELDS})
                for t in self._records(s, ctx)]

    def check(self, row: Row, errors: RowErrors) -> None:
        v = row.values
        if v.get("starts_on") and v.get("ends_on") and v["ends_on"] < v["starts_on"]:
            errors.add("ends_on", translate("Requests", "The course ends before it starts."))
        if v.get("certificate_on") and not v.get("certificate_no"):
            errors.add("certificate_no", translate(
                "Requests", "A certificate date is given without the certificate's number."))

    def apply(self, s: Session, ctx: Context, rows: list[Row], write: bool) -> Applied:
        out = Applied()
        known = {str(t.id): t for t in self._records(s, ctx)}
        # a free row for a person and programme already on record updates that record
        # (a corrected file sent again must not add the people twice)
        by_name = {(t.full_name.casefold(), t.programme.casefold()): t for t in s.scalars(
            select(StaffTraining).where(StaffTraining.cluster_id == ctx.cluster_id,
                                        StaffTraining.organization_id == ctx.organization_id))}
        for row in rows:
            record = known.get(row.key) if row.key else by_name.get(
                (row.values["full_name"].casefold(), row.values["programme"].casefold()))
            if record is not None:
                if diff(record.full_name, FIELDS, row, record, EDITABLE, out, write):
                    out.touch("staff_training", record.id, "updated")
                continue
            new_record(row.values["full_name"], out)
            if write:
                record = StaffTraining(cluster_id=ctx.cluster_id,
                                       organization_id=ctx.organization_id,
                                       **{k: (v if v is not None else _empty(k))
                                          for k, v in row.values.items()})
                s.add(record)
                s.flush()
                by_name[(record.full_name.casefold(), record.programme.casefold())] = record
                out.touch("staff_training", record.id, "created")
        return out


def _empty(key: str):
    return None if key in ("starts_on", "ends_on", "certificate_on") else ""
