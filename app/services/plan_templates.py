"""Where a new plan's events come from: the template of its kind (resources/plans/*.csv,
plain text the managing company may edit), or another year's plan moved to the new year."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Event, EventPlan
from app.paths import RESOURCES
from app.services.event_codes import Audience, EventStatus, PlanKind

TEMPLATE_DAY = 15  # a template names the month; the event is put in its middle


def template_path(kind: str) -> Path:
    return RESOURCES / "plans" / f"{PlanKind(kind).value}.csv"


def template_events(kind: str, year: int) -> list[dict]:
    """Rows of the template: section; month; kind; audiences; title."""
    with template_path(kind).open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    return [dict(section=r["section"].strip(), title=r["title"].strip(),
                 kind=r["kind"].strip(),
                 starts_on=date(year, int(r["month"]), TEMPLATE_DAY),
                 # in Audience order, as save_event stores them (else a mere status change
                 # in an approved plan looks like a changed audience and needs a revision)
                 audiences=",".join(a for a in Audience
                                    if a in {x.strip() for x in r["audiences"].split(",")}))
            for r in rows if r.get("title", "").strip()]


def shift_year(day: date | None, years: int) -> date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def copy_events(s: Session, source: EventPlan, year: int) -> list[dict]:
    """The plan's events moved by whole years.  The results (status, reach, schools and
    enterprises, evidence) stay with last year: they are not plans."""
    years = year - source.year
    rows = []
    for e in s.scalars(select(Event).where(Event.plan_id == source.id).order_by(Event.position)):
        rows.append(dict(
            section=e.section, title=e.title, kind=e.kind,
            starts_on=shift_year(e.starts_on, years), ends_on=shift_year(e.ends_on, years),
            site_id=e.site_id, place=e.place, format=e.format,
            responsible_org_id=e.responsible_org_id, responsible_person=e.responsible_person,
            audiences=e.audiences, planned_reach=e.planned_reach,
            status=EventStatus.PLANNED.value, team_id=e.team_id))
    return rows

