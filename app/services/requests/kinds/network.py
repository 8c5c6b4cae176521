"""Network figures: the sites and equipment the participant lets other participants use in
the period (shared use), with the hours of use and the people trained on them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Organization, SharedUse
from app.services.requests.kinds.base import Applied, Context, Field, Kind, Prefilled, Row, diff
from app.services.training import MAX_PEOPLE

FIELDS = (
    Field("resource", QT_TRANSLATE_NOOP("Requests", "Site or equipment"), input=False,
          width=44),
    Field("user", QT_TRANSLATE_NOOP("Requests", "Used by"), input=False, width=32),
    Field("starts_on", QT_TRANSLATE_NOOP("Requests", "From"), "date", input=False, width=12),
    Field("hours", QT_TRANSLATE_NOOP("Requests", "Hours of use"), "int", high=100_000,
          width=12),
    Field("people", QT_TRANSLATE_NOOP("Requests", "People trained"), "int", high=MAX_PEOPLE,
          width=12),
)


class NetworkKind(Kind):
    code = "network"
    label = QT_TRANSLATE_NOOP("Requests", "Network cooperation: shared use of sites and "
                                          "equipment")
    sheet = QT_TRANSLATE_NOOP("Requests", "Shared use")
    fields = FIELDS

    def _records(self, s: Session, ctx: Context):
        return s.scalars(select(SharedUse).where(
            SharedUse.cluster_id == ctx.cluster_id, SharedUse.owner_id == ctx.organization_id,
            or_(SharedUse.starts_on.is_(None), SharedUse.starts_on <= ctx.period_to),
            or_(SharedUse.ends_on.is_(None), SharedUse.ends_on >= ctx.period_from))
            .order_by(SharedUse.starts_on, SharedUse.resource)).all()

    def prefill(self, s: Session, ctx: Context) -> list[Prefilled]:
        names = {r.id: r.short_name or r.full_name for r in s.execute(
            select(Organization.id, Organization.short_name, Organization.full_name))}
        return [Prefilled(str(u.id), {"resource": u.resource, "user": names.get(u.user_id, ""),
                                      "starts_on": u.starts_on, "hours": u.hours,
                                      "people": u.people})
                for u in self._records(s, ctx)]

    def apply(self, s: Session, ctx: Context, rows: list[Row], write: bool) -> Applied:
        out = Applied()
        known = {str(u.id): u for u in self._records(s, ctx)}
        for row in rows:
            use = known.get(row.key)
            if use is not None and diff(use.resource, FIELDS, row, use, ["hours", "people"],
                                        out, write):
                out.touch("shared_use", use.id, "updated")
        return out
