"""Rules of approvals: an approved plan, career map, programme of activity (its indicator
targets with it), design project or equipment list prints «УТВЕРЖДЕНО протоколом … № … от …»
from the council decision it is linked to (app.services.approvals); one without a decision,
or whose protocol lacks a number or a date, cannot print it truthfully."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CareerMap, EventPlan, Programme, Site, Workshop
from app.services.approvals import approval_of, is_approved, stamps
from app.services.base import translate
from app.services.data_rules import Hit, Link, day, rule, short
from app.services.governance_codes import DecisionSubject as Subject


def _approved(s: Session) -> Iterator[tuple[str, object, Link]]:
    """(subject, record, link) of every record marked approved, in the check's order."""
    for plan in s.scalars(select(EventPlan).order_by(EventPlan.year, EventPlan.kind)):
        if is_approved(Subject.PLAN, plan):
            yield Subject.PLAN, plan, Link("events", plan.id, translate(
                "DataCheck", "Plan «{title}»").format(title=short(plan.title, 80)))
    for m in s.scalars(select(CareerMap).order_by(CareerMap.code, CareerMap.profession,
                                                  CareerMap.edition)):
        if is_approved(Subject.CAREER_MAP, m):
            yield Subject.CAREER_MAP, m, Link("career-maps", m.id, translate(
                "DataCheck", "Career map {code} «{profession}»").format(
                    code=m.code, profession=short(m.profession, 60)))
    for p in s.scalars(select(Programme).order_by(Programme.year_from)):
        if is_approved(Subject.PROGRAMME, p):
            yield Subject.PROGRAMME, p, Link("indicators", p.id, translate(
                "DataCheck", "Programme of activity «{title}»").format(title=short(p.title, 70)))
    workshops = s.execute(select(Workshop, Site.name).join(Site, Site.id == Workshop.site_id)
                          .order_by(Site.name, Workshop.name)).all()
    for kind, what in ((Subject.DESIGN, QT_TRANSLATE_NOOP("DataCheck", "Design project")),
                       (Subject.EQUIPMENT, QT_TRANSLATE_NOOP("DataCheck", "Equipment list"))):
        for w, site in workshops:
            if is_approved(kind, w):
                yield kind, w, Link("sites", w.id, translate(
                    "DataCheck", "{what}: {site} — {workshop}").format(
                        what=translate("DataCheck", what), site=short(site, 50),
                        workshop=short(w.name, 50)))


@rule("approval.without_decision",
      QT_TRANSLATE_NOOP("DataCheck", "Approved without a council decision"),
      QT_TRANSLATE_NOOP("DataCheck", "A plan, a career map, the programme of activity, a design "
                                     "project or an equipment list is marked approved, but no "
                                     "decision of a recorded council meeting approves it: its "
                                     "approval is typed text (kept from before the register), so "
                                     "what it prints is not in the register. Record the meeting "
                                     "and its decision, then approve the record by choosing it."))
def approved_without_decision(s: Session, today: date):
    for kind, record, link in _approved(s):
        if getattr(record, "design_decision_id" if kind == Subject.DESIGN else
                   "equipment_decision_id" if kind == Subject.EQUIPMENT
                   else "approval_decision_id") is not None:
            continue
        stamp = approval_of(s, kind, record)
        detail = (translate("DataCheck", "typed as «{text}», no decision in the register")
                  .format(text=short(stamp.line(), 90)) if stamp is not None
                  else translate("DataCheck", "no decision in the register"))
        yield Hit(detail, link)


def _what_is_wrong(number: str, approved_on: date | None, today: date) -> str | None:
    missing = []
    if not (number or "").strip():
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
    rows = [(k, r, link) for k, r, link in _approved(s)
            if k in (Subject.PLAN, Subject.CAREER_MAP)
            and (k == Subject.PLAN or r.status == "approved")]
    known = stamps(s, [r.approval_decision_id for _, r, _ in rows])
    for kind, record, link in rows:
        stamp = approval_of(s, kind, record, known)
        wrong = _what_is_wrong(stamp.number if stamp else "", stamp.held_on if stamp else None,
                               today)
        if wrong:
            yield Hit(wrong, link)
