"""Rules of membership: a member of the cluster is one by a partnership agreement (seed 004:
the cluster has no legal entity, the agreement is what makes a participant)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import Membership, Organization
from app.services.base import translate
from app.services.data_rules import Hit, Link, day, rule, short
from app.services.participants import member_clause, periods_overlap

SECTION = "participants"


def _organization_link(row) -> Link:
    return Link(SECTION, row.organization_id, short(row.short_name or row.full_name, 90))


@rule("member.no_agreement",
      QT_TRANSLATE_NOOP("DataCheck", "Member without a partnership agreement"),
      QT_TRANSLATE_NOOP("DataCheck", "The organization is a member of the cluster now, but its "
                                     "membership has no partnership agreement number or date. "
                                     "Enter the agreement's number and date in its "
                                     "membership."))
def member_no_agreement(s: Session, today: date):
    rows = s.execute(
        select(Membership.organization_id, Membership.agreement_no, Membership.agreement_date,
               Organization.short_name, Organization.full_name)
        .join(Organization, Organization.id == Membership.organization_id)
        .where(member_clause(today),  # the one rule of who is a member
               or_(Membership.agreement_no == "", Membership.agreement_date.is_(None)))
        .order_by(Organization.full_name)).all()
    for row in rows:
        missing = []
        if not row.agreement_no.strip():
            missing.append(translate("DataCheck", "no agreement number"))
        if row.agreement_date is None:
            missing.append(translate("DataCheck", "no agreement date"))
        yield Hit(", ".join(missing), _organization_link(row))


@rule("member.left_before_joined",
      QT_TRANSLATE_NOOP("DataCheck", "Membership ends before it begins"),
      QT_TRANSLATE_NOOP("DataCheck", "The date the organization left the cluster is before "
                                     "the date it joined. One of the dates is wrong: correct "
                                     "it."))
def left_before_joined(s: Session, today: date):
    rows = s.execute(
        select(Membership.organization_id, Membership.joined_on, Membership.left_on,
               Organization.short_name, Organization.full_name)
        .join(Organization, Organization.id == Membership.organization_id)
        .where(Membership.left_on < Membership.joined_on)
        .order_by(Organization.full_name)).all()
    for row in rows:
        yield Hit(translate("DataCheck", "joined {joined}, left {left}").format(
            joined=day(row.joined_on), left=day(row.left_on)), _organization_link(row))


@rule("member.overlapping_periods",
      QT_TRANSLATE_NOOP("DataCheck", "Membership periods that overlap"),
      QT_TRANSLATE_NOOP("DataCheck", "The organization has two memberships that share days, so "
                                     "on those days it would be counted twice. Saved before "
                                     "the program refused it; end the earlier membership "
                                     "before the later one starts, or delete the duplicate."))
def member_overlapping_periods(s: Session, today: date):
    # only organizations with two memberships or more can overlap: the database picks them
    # (the dashboard runs this rule; all 10,000 memberships through Python took 0.1–0.3 s)
    several = (select(Membership.organization_id).group_by(Membership.organization_id)
               .having(func.count() > 1))
    rows = s.execute(
        select(Membership.organization_id, Membership.joined_on, Membership.left_on,
               Organization.short_name, Organization.full_name)
        .join(Organization, Organization.id == Membership.organization_id)
        .where(Membership.organization_id.in_(several))
        .order_by(Organization.full_name, Membership.joined_on)).all()
    by_org: dict = {}
    for row in rows:
        by_org.setdefault(row.organization_id, []).append(row)
    for periods in by_org.values():
        if len(periods) > 1 and periods_overlap((p.joined_on, p.left_on) for p in periods):
            spans = "; ".join(f"{day(p.joined_on) if p.joined_on else '…'} — "
                              f"{day(p.left_on) if p.left_on else '…'}" for p in periods)
            yield Hit(translate("DataCheck", "memberships {spans}").format(spans=spans),
                      _organization_link(periods[0]))
