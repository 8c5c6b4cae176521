"""Admissions, graduates and employment: the college's rows of the admission figures for the
year the period ends in.  The profession and the admission figures (КЦП) are the region's
and stay fixed; the college gives who was admitted, the targeted contracts, the graduates and
how many of them are employed.  Free rows add a profession the office does not have yet."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AdmissionFigure
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
from app.services.training import MAX_PEOPLE

FIELDS = (
    Field("code", QT_TRANSLATE_NOOP("Requests", "Code"), input=False, required=True,
          max_length=20, width=12),
    Field("profession", QT_TRANSLATE_NOOP("Requests", "Profession / specialty"), input=False,
          required=True, width=40),
    Field("places_planned", QT_TRANSLATE_NOOP("Requests", "Admission figures (КЦП)"), "int",
          input=False, high=MAX_PEOPLE, width=12),
    Field("admitted", QT_TRANSLATE_NOOP("Requests", "Admitted"), "int", high=MAX_PEOPLE,
          width=11),
    Field("targeted_contracts", QT_TRANSLATE_NOOP("Requests", "Targeted contracts"), "int",
          high=MAX_PEOPLE, width=11),
    Field("graduates", QT_TRANSLATE_NOOP("Requests", "Graduates"), "int", high=MAX_PEOPLE,
          width=11),
    Field("employed", QT_TRANSLATE_NOOP("Requests", "Employed"), "int", high=MAX_PEOPLE,
          width=11),
)
EDITABLE = [f.key for f in FIELDS if f.input]
CODE = re.compile(r"\d{2}\.\d{2}\.\d{2}")


class AdmissionsKind(Kind):
    code = "admissions"
    label = QT_TRANSLATE_NOOP("Requests", "Admissions, graduates and employment")
    sheet = QT_TRANSLATE_NOOP("Requests", "Admission")
    fields = FIELDS
    free_rows = 10

    def _records(self, s: Session, ctx: Context):
        return s.scalars(select(AdmissionFigure).where(
            AdmissionFigure.cluster_id == ctx.cluster_id,
            AdmissionFigure.college_id == ctx.organization_id,
            AdmissionFigure.year == ctx.period_to.year).order_by(AdmissionFigure.code)).all()

    def prefill(self, s: Session, ctx: Context) -> list[Prefilled]:
        return [Prefilled(str(a.id), {f.key: getattr(a, f.key) for f in FIELDS})
                for a in self._records(s, ctx)]

    def check(self, row: Row, errors: RowErrors) -> None:
        v = row.values
        if not row.key and v.get("code") and not CODE.fullmatch(v["code"]):
            errors.add("code", translate("Requests", "A code is written as 15.02.16."))
        if (v.get("employed") or 0) > (v.get("graduates") or 0) and v.get("employed"):
            errors.add("employed", translate(
                "Requests", "More employed ({employed}) than graduates ({graduates}).").format(
                employed=v["employed"], graduates=v.get("graduates") or 0))
        if (v.get("targeted_contracts") or 0) > (v.get("admitted") or 0) \
                and v.get("targeted_contracts"):
            errors.add("targeted_contracts", translate(
                "Requests", "More targeted contracts than people admitted."))

    def apply(self, s: Session, ctx: Context, rows: list[Row], write: bool) -> Applied:
        out = Applied()
        records = self._records(s, ctx)
        known = {str(a.id): a for a in records}
        by_code = {a.code: a for a in records}
        for row in rows:
            record = known.get(row.key) if row.key else by_code.get(row.values["code"])
            label = f"{row.values.get('code') or ''} {row.values.get('profession') or ''}"
            if record is not None:
                names = EDITABLE if row.key else EDITABLE + ["places_planned", "profession"]
                if diff(label.strip(), FIELDS, row, record, names, out, write):
                    out.touch("admission_figure", record.id, "updated")
                continue
            new_record(label.strip(), out)
            if write:
                record = AdmissionFigure(
                    cluster_id=ctx.cluster_id, college_id=ctx.organization_id,
                    year=ctx.period_to.year,
                    **{k: (v if v is not None else 0) for k, v in row.values.items()})
                s.add(record)
                s.flush()
                by_code[record.code] = record
                out.touch("admission_figure", record.id, "created")
        return out
