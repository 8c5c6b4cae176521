"""The monthly monitoring form (seed 003, instrument 2) is sent for every month of grant
spending: a month counts as submitted when a final export of its form was recorded
(``MonitoringSubmission``, made by ``report monitoring --final``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Acceptance, Cluster, Contract, MonitoringSubmission, Payment, Procurement
from app.services.base import translate
from app.services.data_rules import Hit, Link, day, rule

#: The day of the following month by which a month's form is due, unless the cluster's
#: settings name another (``Cluster.monitoring_due_day``).  Seed 003 makes the form monthly
#: but names no day; the 5th is the day monthly grant reports are usually asked by («до 5
#: числа месяца, следующего за отчетным»).
DUE_DAY = 5


def due_day(s: Session) -> int:
    """The cluster's due day of the monthly form (1–28)."""
    found = s.scalar(select(Cluster.monitoring_due_day).order_by(Cluster.created_at).limit(1))
    return found or DUE_DAY


def due_on(month: date, day_of_month: int = DUE_DAY) -> date:
    """The due day of the form of ``month`` (its first day): that day of the next month."""
    return date(month.year + month.month // 12, month.month % 12 + 1, day_of_month)


def first_activity(s: Session) -> date | None:
    """The first day the form has something to report: a procedure announced, a contract
    signed, a document accepted, a payment made."""
    firsts = [s.scalar(select(func.min(Procurement.announced_on))),
              s.scalar(select(func.min(Contract.signed_on))),
              s.scalar(select(func.min(Acceptance.accepted_on))),
              s.scalar(select(func.min(Payment.paid_on)))]
    known = [d for d in firsts if d is not None]
    return min(known) if known else None


def months_due(s: Session, today: date) -> list[date]:
    """The months whose form was due before ``today``: from the first month of grant
    activity to the programme's last month (when the cluster names one)."""
    first = first_activity(s)
    if first is None:
        return []
    by = due_day(s)
    end = s.scalar(select(Cluster.programme_end).order_by(Cluster.created_at).limit(1))
    month, out = first.replace(day=1), []
    while due_on(month, by) < today and (end is None or month <= end):
        out.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return out


@rule("monitoring.not_submitted",
      QT_TRANSLATE_NOOP("DataCheck", "Monthly monitoring form not submitted"),
      QT_TRANSLATE_NOOP("DataCheck", "The monitoring form on procurement and grant spending is "
                                     "sent every month, by its due day of the next month (the "
                                     "5th unless the settings say otherwise); no "
                                     "final export is recorded for this month. Export the "
                                     "month's form as final: python -m app report monitoring "
                                     "--month YYYY-MM --out FILE --final."))
def form_not_submitted(s: Session, today: date):
    submitted = set(s.scalars(select(MonitoringSubmission.month)))
    by = due_day(s)
    for month in months_due(s, today):
        if month not in submitted:
            yield Hit(translate("DataCheck", "was due by {date}").format(
                date=day(due_on(month, by))),
                      Link("grants", None, translate(
                          "DataCheck", "Monitoring form for {month}").format(
                              month=f"{month:%m.%Y}")))
