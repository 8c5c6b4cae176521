"""The dashboard's figures as they stood at the end of the previous calendar month, so each
tile can say how it moved («+3 за месяц»).  Every past figure is read from the data's own
dates — a membership's joining and leaving, a contract's signing, a roadmap item's deadline
and completion, an inspection's date and a finding's closing, the council meeting that
approved a career map — never from a stored copy of an earlier dashboard.

A figure whose past cannot be read from the data gets no change at all (its key is absent
from ``DashboardSummary.changes``), rather than an invented one:
- performance indicators: one actual per year, overwritten in place (``as_of`` dates only
  the latest figure), so whether one was behind a month ago is not kept;
- sites and workshops: a workshop carries no date of its own (``created_at`` is when the row
  was typed in, and a deleted workshop leaves nothing behind);
- the data check: its rules judge the records as they are now."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import CareerMap, Finding, Inspection, Site
from app.services.approvals import stamps
from app.services.career_data import MapStatus
from app.services.findings import FindingStatus
from app.services.participants import count_members
from app.services.roadmap import RoadmapData, RoadmapStatus


def previous_month_end(today: date) -> date:
    """The last day of the calendar month before ``today``'s."""
    return today.replace(day=1) - timedelta(days=1)


def roadmap_overdue_on(items: list[RoadmapData], day: date) -> int:
    """Items past their deadline on ``day`` and not done by then.  An item done without a
    date of completion, or cancelled (a cancellation has no date), counts as it does today:
    not overdue — the change then comes only from what the dates say."""
    def late(item: RoadmapData) -> bool:
        if item.deadline is None or item.deadline >= day:
            return False
        if item.status == RoadmapStatus.CANCELLED:
            return False
        if item.status == RoadmapStatus.DONE:
            return item.done_on is not None and item.done_on > day
        return True
    return sum(1 for item in items if late(item))


def findings_open_on(s: Session, day: date) -> int:
    """Findings open on ``day``: made by an inspection held (or planned) by then and not
    closed by then.  One closed without a date counts as closed, as it does today."""
    inspected = func.coalesce(Inspection.inspected_on, Inspection.planned_on)
    return s.scalar(
        select(func.count(Finding.id))
        .join(Inspection, Inspection.id == Finding.inspection_id)
        .join(Site, Site.id == Inspection.site_id)
        .where(inspected <= day,
               or_(Finding.status == FindingStatus.OPEN,
                   Finding.closed_on > day))) or 0


def maps_approved_on(s: Session, day: date) -> int:
    """Career maps in force on ``day``: approved by a council meeting held by then and not
    yet replaced by a later edition approved by then.  A map approved with no date known
    (a legacy approval typed without one) counts as approved all along."""
    rows = s.execute(select(CareerMap.id, CareerMap.status, CareerMap.previous_id,
                            CareerMap.approval_decision_id, CareerMap.approved_on)
                     .where(CareerMap.status.in_((MapStatus.APPROVED, MapStatus.SUPERSEDED))
                            )).all()
    known = stamps(s, [r.approval_decision_id for r in rows])

    def approved_by_then(r) -> bool:
        held = (known[r.approval_decision_id].held_on if r.approval_decision_id in known
                else r.approved_on)
        return held is None or held <= day

    approved = [r for r in rows if approved_by_then(r)]
    replaced = {r.previous_id for r in approved if r.previous_id is not None}
    return sum(1 for r in approved if r.id not in replaced)


def members_on(s: Session, day: date) -> int:
    """The participants' own rule of membership (``member_clause``), on ``day``."""
    return count_members(s, day)
