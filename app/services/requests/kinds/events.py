"""Event results: the participant's events in the period (it is the responsible
organisation), each with its status and the people reached per audience.  The office knows
the events; the participant says whether each was held and whom it reached."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Event, EventPlan, EventReach
from app.services import clock
from app.services.base import translate
from app.services.event_codes import AUDIENCE_LABELS, STATUS_LABELS, Audience, EventStatus
from app.services.importers.base import RowErrors
from app.services.requests.kinds.base import (
    Applied,
    Change,
    Context,
    Field,
    Kind,
    Prefilled,
    Row,
    diff,
    shown,
)

MAX_REACH = 1_000_000


def _statuses() -> dict[str, str]:
    return {s.value: translate("Events", STATUS_LABELS[s]) for s in
            (EventStatus.HELD, EventStatus.CANCELLED, EventStatus.MOVED, EventStatus.PLANNED)}


class _AudienceHeader(Field):
    """An audience column's title is the audience's own label (the "Events" context)."""

    @property
    def title(self) -> str:
        return translate("Events", self.header)


FIELDS = (
    Field("title", QT_TRANSLATE_NOOP("Requests", "Event"), input=False, width=50),
    Field("starts_on", QT_TRANSLATE_NOOP("Requests", "Date"), "date", input=False, width=12),
    Field("place", QT_TRANSLATE_NOOP("Requests", "Place"), input=False, width=28),
    Field("status", QT_TRANSLATE_NOOP("Requests", "Status"), "choice", required=True,
          width=16, choices=_statuses),
    Field("status_note", QT_TRANSLATE_NOOP("Requests", "Why cancelled or moved"),
          max_length=4000, width=30),
    *(_AudienceHeader(f"people_{a.value}", AUDIENCE_LABELS[a], "int", high=MAX_REACH,
                      width=12) for a in Audience),
)
PEOPLE = [f.key for f in FIELDS if f.key.startswith("people_")]


class EventsKind(Kind):
    code = "events"
    label = QT_TRANSLATE_NOOP("Requests", "Event results and reach by audience")
    sheet = QT_TRANSLATE_NOOP("Requests", "Events")
    fields = FIELDS

    def _events(self, s: Session, ctx: Context):
        return s.scalars(
            select(Event).join(EventPlan, EventPlan.id == Event.plan_id)
            .where(EventPlan.cluster_id == ctx.cluster_id,
                   Event.responsible_org_id == ctx.organization_id,
                   Event.starts_on >= ctx.period_from, Event.starts_on <= ctx.period_to)
            .order_by(Event.starts_on, Event.title)).all()

    def prefill(self, s: Session, ctx: Context) -> list[Prefilled]:
        out = []
        for e in self._events(s, ctx):
            reach = dict(s.execute(select(EventReach.audience, EventReach.people)
                                   .where(EventReach.event_id == e.id)).all())
            values = {"title": e.title, "starts_on": e.starts_on, "place": e.place,
                      "status": e.status, "status_note": e.status_note}
            values |= {f"people_{a.value}": reach.get(a.value) for a in Audience}
            out.append(Prefilled(str(e.id), values))
        return out

    def check(self, row: Row, errors: RowErrors) -> None:
        """The events service's rules for results: reach for a held event only, a held
        event has started, a cancelled one says why."""
        given = sum(row.values.get(k) or 0 for k in PEOPLE)
        status, starts_on = row.values.get("status"), row.values.get("starts_on")
        if given and status != EventStatus.HELD.value:
            errors.add("status", translate(
                "Requests", "People reached are given for an event that was not held: mark "
                            "it «{held}» or clear the numbers.").format(
                held=_statuses()[EventStatus.HELD.value]))
        if status == EventStatus.HELD.value and starts_on and starts_on > clock.today():
            errors.add("status", translate(
                "Requests", "The event has not started yet and cannot be marked held."))
        if status == EventStatus.CANCELLED.value and not row.values.get("status_note"):
            errors.add("status_note", translate("Requests", "Say why the event was cancelled."))

    def apply(self, s: Session, ctx: Context, rows: list[Row], write: bool) -> Applied:
        out = Applied()
        events = {str(e.id): e for e in self._events(s, ctx)}
        for row in rows:
            event = events.get(row.key)
            if event is None:  # the event left the period or the participant since
                continue
            changed = diff(event.title, FIELDS, row, event, ["status", "status_note"], out,
                           write)
            reach = {r.audience: r for r in s.scalars(
                select(EventReach).where(EventReach.event_id == event.id))}
            for a in Audience:
                people = row.values.get(f"people_{a.value}")
                if people is None:
                    continue
                stored = reach.get(a.value)
                if (stored.people if stored is not None else 0) == people:
                    continue
                label = translate("Events", AUDIENCE_LABELS[a])
                out.changes.append(Change(event.title, label,
                                          shown(stored.people if stored else None),
                                          shown(people)))
                changed = True
                if not write:
                    continue
                if stored is None:
                    s.add(EventReach(event_id=event.id, audience=a.value, people=people))
                else:
                    stored.people = people
            if changed:
                out.touch("event", event.id, "updated")
        return out
