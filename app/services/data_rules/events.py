"""Rules of the event plans: what was held must have its reach, and nothing is held before
its day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Event, EventReach
from app.services.base import translate
from app.services.data_rules import Hit, Link, day, rule, short
from app.services.event_codes import EventStatus, status_label

SECTION = "events"


def event_link(e) -> Link:
    return Link(SECTION, e.id, translate("DataCheck", "Event «{title}» of {date}").format(
        title=short(e.title, 70), date=day(e.starts_on)))


@rule("event.no_reach",
      QT_TRANSLATE_NOOP("DataCheck", "Event past its date without reach"),
      QT_TRANSLATE_NOOP("DataCheck", "The event planned to reach people, its last day has "
                                     "passed and it is not cancelled, but no people reached "
                                     "are recorded: the reach reports count it as nobody. Record the reach (and mark it held), "
                                     "or mark it cancelled or moved to its new date."))
def event_no_reach(s: Session, today: date):
    reach = (select(EventReach.event_id, func.sum(EventReach.people).label("people"))
             .group_by(EventReach.event_id).subquery())
    last_day = func.coalesce(Event.ends_on, Event.starts_on)
    rows = s.execute(
        select(Event.id, Event.title, Event.starts_on, Event.status, Event.planned_reach)
        .outerjoin(reach, reach.c.event_id == Event.id)
        # a publication or a report plans no people: it owes no reach
        .where(last_day < today, Event.status != EventStatus.CANCELLED.value,
               Event.planned_reach > 0,
               func.coalesce(reach.c.people, 0) == 0)
        .order_by(Event.starts_on, Event.position)).all()
    for e in rows:
        yield Hit(translate("DataCheck", "status «{status}», {planned} planned, no people "
                                         "reached recorded").format(
            status=status_label(e.status), planned=e.planned_reach), event_link(e))


@rule("event.held_in_future",
      QT_TRANSLATE_NOOP("DataCheck", "Event marked held before its date"),
      QT_TRANSLATE_NOOP("DataCheck", "The event is marked held, but its first day is still "
                                     "ahead. Correct the date, or mark it planned until it "
                                     "takes place."))
def event_held_in_future(s: Session, today: date):
    rows = s.execute(
        select(Event.id, Event.title, Event.starts_on)
        .where(Event.status == EventStatus.HELD.value, Event.starts_on > today)
        .order_by(Event.starts_on, Event.position)).all()
    for e in rows:
        yield Hit(translate("DataCheck", "marked held, its date {date} is ahead").format(
            date=day(e.starts_on)), event_link(e))
