"""Participants: organizations, their contacts and their membership history; who is a
member on a day (``member_clause``, the one rule), an organization's checks and how it is
written onto its rows.  The use cases are in app.services.participants_service."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import and_, distinct, func, or_, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from app.models import Contact, Membership, Organization
from app.models.base import utcnow
from app.services import clock
from app.services.base import translate
from app.services.cluster import current_cluster
from app.services.errors import ValidationError
from app.services.validation import (
    check_field,
    optional_text,
    require_text,
    validate_email,
    validate_inn,
    validate_kpp,
    validate_ogrn,
)


class MemberRole(enum.StrEnum):
    COLLEGE = "college"
    EMPLOYER = "employer"
    AUTHORITY = "authority"
    SCHOOL = "school"
    UNIVERSITY = "university"
    OTHER = "other"


ROLE_LABELS = {
    MemberRole.COLLEGE: QT_TRANSLATE_NOOP("Roles", "College"),
    MemberRole.EMPLOYER: QT_TRANSLATE_NOOP("Roles", "Employer"),
    MemberRole.AUTHORITY: QT_TRANSLATE_NOOP("Roles", "Public authority"),
    MemberRole.SCHOOL: QT_TRANSLATE_NOOP("Roles", "School"),
    MemberRole.UNIVERSITY: QT_TRANSLATE_NOOP("Roles", "University"),
    MemberRole.OTHER: QT_TRANSLATE_NOOP("Roles", "Other partner"),
}


def role_label(role: str | None) -> str:
    if not role:
        return ""
    return translate("Roles", ROLE_LABELS.get(MemberRole(role), role))


class OrganizationRow(NamedTuple):
    """One line of the participants table: a tuple made straight from the query's row
    (10,000 of them feed the table, so nothing is converted that the table does not ask
    for: the id stays as the database gave it until ``id`` is read)."""

    raw_id: object  # uuid.UUID from PostgreSQL, its 32 hex digits from SQLite
    full_name: str
    short_name: str
    inn: str
    ogrn: str
    kpp: str
    region: str
    role: str  # MemberRole value of the current membership, "" if none
    joined_on: date | None
    agreement_no: str
    phone: str
    email: str

    @property
    def id(self) -> uuid.UUID:
        raw = self.raw_id
        return raw if isinstance(raw, uuid.UUID) else uuid.UUID(hex=str(raw))

    @property
    def is_member(self) -> bool:
        """A member today (``role`` comes from the membership ``member_clause`` picks);
        otherwise a counterparty: a supplier, or a former member."""
        return bool(self.role)


def member_day(year: int | None = None, today: date | None = None) -> date:
    """The day membership is counted on: today, or the end of ``year`` if that has passed
    (a year not ended yet counts who is a member now, as the indicators' «as of»)."""
    today = today or clock.today()
    return today if year is None else min(date(year, 12, 31), today)


def member_clause(on: date | None = None, cluster_id: uuid.UUID | None = None,
                  m=Membership):
    """THE rule of who is a member, as a condition on ``Membership``: joined on or before
    ``on`` (or no date) and not left by then (``left_on`` after ``on``, or none).  Every
    count of participants (the list, its export, the dashboard, the indicators, the annual
    report) reads it, so they cannot disagree; organizations without such a membership are
    counterparties (suppliers, former members)."""
    on = on or clock.today()
    conditions = [or_(m.joined_on.is_(None), m.joined_on <= on),
                  or_(m.left_on.is_(None), m.left_on > on)]
    if cluster_id is not None:  # the database keeps one cluster; metrics name it
        conditions.append(m.cluster_id == cluster_id)
    return and_(*conditions)


def member_ids(on: date | None = None, cluster_id: uuid.UUID | None = None):
    """A subquery of the organizations that are members on ``on``."""
    return select(Membership.organization_id).where(member_clause(on, cluster_id))


def count_members(s: Session, on: date | None = None, role: str | None = None,
                  cluster_id: uuid.UUID | None = None) -> int:
    """How many organizations are members on ``on`` (of ``role``, if given)."""
    query = select(func.count(distinct(Membership.organization_id))).where(
        member_clause(on, cluster_id))
    if role is not None:
        query = query.where(Membership.role == role)
    return s.scalar(query) or 0


def members_by_role(s: Session, on: date | None = None,
                    cluster_id: uuid.UUID | None = None) -> dict[str, int]:
    return {role: n for role, n in s.execute(
        select(Membership.role, func.count(distinct(Membership.organization_id)))
        .where(member_clause(on, cluster_id)).group_by(Membership.role))}


@dataclass
class ContactData:
    full_name: str
    post: str = ""
    phone: str = ""
    email: str = ""
    consent_given: bool = False
    consent_date: date | None = None
    id: uuid.UUID | None = None


class LeaveKind(enum.StrEnum):
    UNSPECIFIED = ""
    WITHDRAWAL = "withdrawal"  # left of its own will (seed 004 §5.1)
    EXCLUSION = "exclusion"  # excluded by the coordination council (seed 004 §5.3)


#: Words that make a free-text reason for leaving an exclusion (Russian and English).
EXCLUSION_WORDS = ("исключ", "exclu")


@dataclass
class MembershipData:
    role: str
    joined_on: date | None = None
    agreement_no: str = ""
    agreement_date: date | None = None
    left_on: date | None = None
    leave_reason: str = ""
    is_grant_recipient: bool = False
    id: uuid.UUID | None = None
    leave_kind: str = LeaveKind.UNSPECIFIED.value
    admission_decision_id: uuid.UUID | None = None
    exclusion_decision_id: uuid.UUID | None = None

    @property
    def is_exclusion(self) -> bool:
        """Marked an exclusion, or left with a reason that says so («исключён …»)."""
        if self.leave_kind == LeaveKind.EXCLUSION:
            return True
        reason = self.leave_reason.casefold()
        return (self.left_on is not None and self.leave_kind == LeaveKind.UNSPECIFIED
                and any(word in reason for word in EXCLUSION_WORDS))


@dataclass
class OrganizationData:
    full_name: str
    short_name: str = ""
    inn: str = ""
    ogrn: str = ""
    kpp: str = ""
    address: str = ""
    region: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    contacts: list[ContactData] = field(default_factory=list)
    memberships: list[MembershipData] = field(default_factory=list)
    id: uuid.UUID | None = None
    version: int = 0

    @property
    def current_membership(self) -> MembershipData | None:
        active = [m for m in self.memberships if m.left_on is None]
        return active[-1] if active else None


def _check(errors: dict[str, str], key: str, fn, *args):
    return check_field(errors, key, fn, *args, default=None)


def periods_overlap(periods) -> bool:
    """Whether two membership periods (joined_on, left_on) share a day (``member_clause``'s
    periods: from joining, no date = always, up to the day before leaving, no date = still a
    member)."""
    spans = sorted((joined or date.min, left or date.max) for joined, left in periods)
    return any(later[0] < earlier[1] for earlier, later in zip(spans, spans[1:], strict=False))


def _overlapping(memberships: list[MembershipData]) -> bool:
    return periods_overlap((m.joined_on, m.left_on) for m in memberships)


def validate_organization(data: OrganizationData) -> OrganizationData:
    """Check and tidy every field; raise ValidationError naming each bad field."""
    errors: dict[str, str] = {}
    clean = replace(
        data,
        full_name=_check(errors, "full_name", require_text, data.full_name, 500),
        short_name=_check(errors, "short_name", optional_text, data.short_name, 200),
        inn=_check(errors, "inn", validate_inn, data.inn),
        ogrn=_check(errors, "ogrn", validate_ogrn, data.ogrn),
        kpp=_check(errors, "kpp", validate_kpp, data.kpp),
        address=_check(errors, "address", optional_text, data.address, 1000),
        region=_check(errors, "region", optional_text, data.region, 200),
        phone=_check(errors, "phone", optional_text, data.phone, 100),
        email=_check(errors, "email", validate_email, data.email),
        website=_check(errors, "website", optional_text, data.website, 300),
    )
    if clean.inn and len(clean.inn) == 10 and clean.ogrn and len(clean.ogrn) == 15:
        errors["ogrn"] = translate("Validation", "A 15-digit OGRN belongs to an individual, not to a 10-digit INN.")
    for i, contact in enumerate(data.contacts):
        _check(errors, f"contacts[{i}].full_name", require_text, contact.full_name, 300)
        _check(errors, f"contacts[{i}].email", validate_email, contact.email)
    for i, m in enumerate(data.memberships):
        if m.role not in MemberRole.__members__.values():
            errors[f"memberships[{i}].role"] = translate("Validation", "Choose the participant's role.")
        if m.joined_on and m.left_on and m.left_on < m.joined_on:
            errors[f"memberships[{i}].left_on"] = translate(
                "Validation", "The date of leaving is earlier than the date of joining."
            )
        if m.leave_kind not in set(LeaveKind):
            errors[f"memberships[{i}].leave_kind"] = translate(
                "Validation", "Choose how the participant left.")
        elif m.leave_kind and m.left_on is None:
            errors[f"memberships[{i}].left_on"] = translate(
                "Validation", "Give the date the participant left.")
        if m.left_on and not m.leave_reason.strip():
            errors[f"memberships[{i}].leave_reason"] = translate(
                "Validation",
                "Say why the participant left: exclusion needs the council's decision.",
            )
    if len([m for m in data.memberships if m.left_on is None]) > 1:
        errors["memberships"] = translate(
            "Validation", "An organization can have only one current membership."
        )
    elif _overlapping(data.memberships):
        # two memberships on one day would count the organization twice (once a role)
        errors["memberships"] = translate(
            "Validation", "The periods of membership overlap: an organization is a "
                          "participant once at a time. End the earlier membership before "
                          "the later one begins."
        )
    if errors:
        raise ValidationError(errors)
    return clean


def organization_to_data(org: Organization) -> OrganizationData:
    return OrganizationData(
        id=org.id,
        version=org.version,
        full_name=org.full_name,
        short_name=org.short_name,
        inn=org.inn or "",
        ogrn=org.ogrn or "",
        kpp=org.kpp or "",
        address=org.address,
        region=org.region,
        phone=org.phone,
        email=org.email,
        website=org.website,
        contacts=[
            ContactData(c.full_name, c.post, c.phone, c.email, c.consent_given, c.consent_date, c.id)
            for c in org.contacts
        ],
        memberships=[
            MembershipData(
                m.role, m.joined_on, m.agreement_no, m.agreement_date, m.left_on,
                m.leave_reason, m.is_grant_recipient, m.id, m.leave_kind,
                m.admission_decision_id, m.exclusion_decision_id,
            )
            for m in org.memberships
        ],
    )


_SCALARS = ("full_name", "short_name", "address", "region", "phone", "email", "website")


def _assign(row, name: str, value, fresh: bool) -> bool:
    """Set ``row.name`` only when it differs (always on a new row); whether it was set.
    Assigning an equal value still enlists the row as dirty, and the caller's touch of
    ``updated_at`` would then move its version: compare first."""
    if not fresh and getattr(row, name) == value:
        return False
    setattr(row, name, value)
    return True


def _same_rows(new: list, old: list) -> bool:
    return len(new) == len(old) and all(a is b for a, b in zip(new, old, strict=True))


def apply_organization(session: Session, org: Organization, data: OrganizationData,
                       cluster_id: uuid.UUID | None = None) -> bool:
    """Copy validated data onto an ORM row, children matched by id; returns whether anything
    changed.  Only what differs is set, so data equal to what is stored leaves the row, its
    version and the audit log alone (a re-import of an unchanged file).  Bulk callers pass
    the cluster's id so that no query runs per row."""
    fresh = sa_inspect(org).transient or sa_inspect(org).pending
    values = {name: getattr(data, name) for name in _SCALARS}
    values.update(inn=data.inn or None, ogrn=data.ogrn or None, kpp=data.kpp or None)
    changed = False
    for name, value in values.items():
        changed |= _assign(org, name, value, fresh)

    old_contacts = [] if fresh else list(org.contacts)
    by_id = {c.id: c for c in old_contacts}
    contacts = []
    for c in data.contacts:
        row = by_id.get(c.id) if c.id else None
        new_row = row is None
        row = row or Contact(id=c.id or uuid.uuid4())
        for name, value in (("full_name", c.full_name.strip()), ("post", c.post),
                            ("phone", c.phone), ("email", c.email),
                            ("consent_given", c.consent_given),
                            ("consent_date", c.consent_date)):
            changed |= _assign(row, name, value, new_row)
        contacts.append(row)
    if fresh or not _same_rows(contacts, old_contacts):
        org.contacts = contacts
        changed = True

    old_members = [] if fresh else list(org.memberships)
    by_id = {m.id: m for m in old_members}
    memberships = []
    for m in data.memberships:
        row = by_id.get(m.id) if m.id else None
        new_row = row is None
        if new_row:
            cluster_id = cluster_id or current_cluster(session).id
            row = Membership(id=m.id or uuid.uuid4(), cluster_id=cluster_id)
        for name in ("role", "joined_on", "agreement_no", "agreement_date", "left_on",
                     "leave_reason", "is_grant_recipient", "leave_kind",
                     "admission_decision_id", "exclusion_decision_id"):
            changed |= _assign(row, name, getattr(m, name), new_row)
        memberships.append(row)
    if fresh or not _same_rows(memberships, old_members):
        org.memberships = memberships
        changed = True
    if changed:
        # Touch the row so its version moves even when only children changed.
        org.updated_at = utcnow()
    return changed
