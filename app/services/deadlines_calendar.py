"""The deadlines as an iCalendar file (RFC 5545), read by Outlook, Thunderbird and phone
calendars — built with the ``icalendar`` library rather than by hand, because the format's
escaping, line folding and all-day dates are easy to get subtly wrong.

Each deadline is an all-day entry on its due day whose UID is the deadline's stable uid, so
importing the file again (or refreshing a subscription to it) moves an entry whose date
changed instead of adding a second one, and an entry whose record is done disappears from a
subscription."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event

from app.services.base import translate

PRODID = "-//ClusterDesk//Deadlines//RU"
UID_DOMAIN = "clusterdesk"
#: how often a subscribed calendar is asked to read the file again
REFRESH = timedelta(hours=6)


def uid(deadline_uid: str) -> str:
    return f"{deadline_uid}@{UID_DOMAIN}"


def build_calendar(deadlines: Iterable, *, name: str, stamp: datetime, today: date) -> bytes:
    """The calendar's bytes: one all-day VEVENT per deadline, overdue ones marked."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT6H")  # the same interval, as older clients read it
    for d in deadlines:
        entry = Event()
        entry.add("uid", uid(d.uid))
        entry.add("dtstamp", stamp)
        entry.add("dtstart", d.due_on)
        entry.add("dtend", d.due_on + timedelta(days=1))
        summary = f"{d.kind_label}: {d.title}"
        if d.due_on < today:
            summary = translate("Deadlines", "OVERDUE") + " — " + summary
        entry.add("summary", summary)
        lines = [translate("Deadlines", "Due: {date}").format(date=f"{d.due_on:%d.%m.%Y}")]
        if d.responsible:
            lines.append(translate("Deadlines", "Responsible: {who}").format(who=d.responsible))
        entry.add("description", "\n".join(lines))
        entry.add("categories", [d.kind_label])
        entry.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
        cal.add_component(entry)
    return cal.to_ical()
