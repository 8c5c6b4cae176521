"""Rules of membership: a member of the cluster is one by a partnership agreement (seed 004:
the cluster has no legal entity, the agreement is what makes a participant)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Membership, Organization
from app.services.base import translate
from app.services.data_rules import Hit, Link, day, rule, short
from app.services.participants import member_clause

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
