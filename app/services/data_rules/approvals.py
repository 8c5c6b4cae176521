"""Rules of approvals: an approved plan or career map prints «УТВЕРЖДЕНО протоколом … № … от
…», so it must say by which protocol and when (the link to the council's decision itself is
the pending rule ``approval.without_decision``, see the package's docstring)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CareerMap, EventPlan
from app.services.base import translate
from app.services.career_data import MapStatus
from app.services.data_rules import Hit, Link, day, rule, short


def _what_is_wrong(protocol_no: str, approved_on: date | None, today: date) -> str | None:
    missing = []
    if not (protocol_no or "").strip():
        missing.append(translate("DataCheck", "no protocol number"))
    if approved_on is None:
        missing.append(translate("DataCheck", "no approval date"))
    elif approved_on > today:
        missing.append(translate("DataCheck", "approved on {date}, a day still ahead").format(
            date=day(approved_on)))
    return ", ".join(missing) or None


@rule("approval.undated",
      QT_TRANSLATE_NOOP("DataCheck", "Approved without the protocol's number or date"),
      QT_TRANSLATE_NOOP("DataCheck", "A plan or a career map is marked approved, but the "
                                     "approval has no protocol number or no date (or a date "
                                     "still ahead), so its approval stamp cannot be printed "
                                     "truthfully. Record the council's protocol, or return it "
                                     "to draft."))
def approved_undated(s: Session, today: date):
    plans = s.scalars(select(EventPlan).where(EventPlan.status == "approved")
                      .order_by(EventPlan.year, EventPlan.kind)).all()
    for plan in plans:
        wrong = _what_is_wrong(plan.protocol_no, plan.approved_on, today)
        if wrong:
            yield Hit(wrong, Link("events", plan.id, translate("DataCheck", "Plan «{title}»")
                                  .format(title=short(plan.title, 80))))
    maps = s.scalars(select(CareerMap).where(CareerMap.status == MapStatus.APPROVED.value)
                     .order_by(CareerMap.code, CareerMap.profession)).all()
    for m in maps:
        wrong = _what_is_wrong(m.protocol_no, m.approved_on, today)
        if wrong:
            yield Hit(wrong, Link("career-maps", m.id, translate(
                "DataCheck", "Career map {code} «{profession}»").format(
                    code=m.code, profession=short(m.profession, 60))))
