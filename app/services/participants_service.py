"""The participants' use cases (``ParticipantsService``): the register's list and counts,
reading, creating, changing, deleting and restoring an organization, erasing a contact; and
the check that a membership's exclusion or admission names the council's decision."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from sqlalchemy import and_, func, select, type_coerce
from sqlalchemy.orm import Session, aliased, selectinload
from sqlalchemy.types import NullType

from app.models import Contact, Decision, Meeting, Membership, Organization
from app.models.base import utcnow
from app.services import clock
from app.services.base import Service, conflict_error, translate
from app.services.errors import NotFoundError, ValidationError
from app.services.participants import (
    MembershipData,
    OrganizationData,
    OrganizationRow,
    apply_organization,
    count_members,
    member_clause,
    organization_to_data,
    validate_organization,
)
from app.services.permissions import Permission, requires


def _exclusion_unchanged(m: MembershipData, old: Membership | None) -> bool:
    """A membership stored before decisions were kept keeps its old exclusion as it was."""
    return old is not None and (old.left_on, old.leave_kind, old.leave_reason,
                                old.exclusion_decision_id) == (
        m.left_on, m.leave_kind, m.leave_reason, m.exclusion_decision_id)


def check_decisions(s: Session, org_id: uuid.UUID | None, data: OrganizationData,
                    stored: list[Membership]) -> None:
    """Seed 004 §5.3: a participant is excluded only by the coordination council.  An
    exclusion needs the council's decision to exclude this organization, taken on or before
    the day it left; an admission decision, if given, must admit this organization."""
    old = {m.id: m for m in stored}
    errors: dict[str, str] = {}
    for i, m in enumerate(data.memberships):
        key = f"memberships[{i}]"
        checks = []
        if m.is_exclusion and not _exclusion_unchanged(m, old.get(m.id)):
            if m.exclusion_decision_id is None:
                errors[f"{key}.exclusion_decision_id"] = translate(
                    "Validation", "A participant is excluded only by a decision of the "
                                  "coordination council: choose the decision.")
            else:
                checks.append(("exclude_participant", m.exclusion_decision_id,
                               f"{key}.exclusion_decision_id", m.left_on))
        elif m.exclusion_decision_id is not None and not m.is_exclusion:
            errors[f"{key}.exclusion_decision_id"] = translate(
                "Validation", "An exclusion decision belongs to a membership that ended by "
                              "exclusion.")
        if m.admission_decision_id is not None:
            checks.append(("admit_participant", m.admission_decision_id,
                           f"{key}.admission_decision_id", None))
        for kind, decision_id, field_key, left_on in checks:
            row = s.execute(select(Decision.subject_kind, Decision.organization_id,
                                   Meeting.held_on)
                            .join(Meeting, Meeting.id == Decision.meeting_id)
                            .where(Decision.id == decision_id)).first()
            if row is None:
                errors[field_key] = translate("Validation", "This decision no longer exists.")
            # (a decision whose organization was deleted and is now being restored has none)
            elif row[0] != kind or row[1] not in (org_id, None) or org_id is None:
                errors[field_key] = translate(
                    "Validation", "The decision is not about admitting or excluding this "
                                  "participant.")
            elif left_on is not None and left_on < row[2]:
                errors[field_key] = translate(
                    "Validation", "The participant cannot leave before the council decided "
                                  "to exclude it.")
    if errors:
        raise ValidationError(errors)


class ParticipantsService(Service):
    @requires(Permission.PARTICIPANTS_READ)
    def list_organizations(self) -> list[OrganizationRow]:
        """Every organization (members and counterparties) with its membership of today
        (``member_clause``), by name.  Only shown columns are selected: this feeds a
        10,000-row table."""
        current = aliased(Membership)
        blank = lambda column: func.coalesce(column, "")  # noqa: E731 - "" in SQL, not per row
        query = (
            select(
                # the id as stored: a UUID object per row was a third of the time
                type_coerce(Organization.id, NullType()), Organization.full_name,
                Organization.short_name, blank(Organization.inn), blank(Organization.ogrn),
                blank(Organization.kpp), Organization.region, blank(current.role),
                current.joined_on, blank(current.agreement_no),
                Organization.phone, Organization.email,
            )
            .outerjoin(
                current,
                and_(current.organization_id == Organization.id,
                     member_clause(clock.today(), m=current)),
            )
            .order_by(Organization.full_name)
        )
        with self._session() as s:  # Core rows: no ORM loading for plain columns
            return list(map(OrganizationRow._make, s.connection().execute(query).all()))

    @requires(Permission.PARTICIPANTS_READ)
    def members(self) -> list[OrganizationRow]:
        """The participants of the cluster: members today."""
        return [r for r in self.list_organizations() if r.is_member]

    @requires(Permission.PARTICIPANTS_READ)
    def counterparties(self) -> list[OrganizationRow]:
        """«Контрагенты»: suppliers and former members, chosen in contracts."""
        return [r for r in self.list_organizations() if not r.is_member]

    @requires(Permission.PARTICIPANTS_READ)
    def member_count(self, on: date | None = None) -> int:
        with self._session() as s:
            return count_members(s, on)

    @requires(Permission.PARTICIPANTS_READ)
    def count(self) -> int:
        """Every organization in the register, members or not (is the database empty?)."""
        with self._session() as s:
            return s.scalar(select(func.count()).select_from(Organization)) or 0

    @requires(Permission.PARTICIPANTS_READ)
    def names(self) -> list[tuple[uuid.UUID, str, str]]:
        """Every organization's id, short and full name (a dialog's choice of participant:
        no membership, no other column)."""
        o = Organization
        with self._session() as s:
            return [tuple(r) for r in s.execute(select(o.id, o.short_name, o.full_name))]

    @requires(Permission.PARTICIPANTS_READ)
    def name_by_inn(self, inn: str) -> str | None:
        """The name shown (short, else full) of the organization with this INN, if listed."""
        with self._session() as s:
            row = s.execute(select(Organization.short_name, Organization.full_name)
                            .where(Organization.inn == inn).limit(1)).first()
            return None if row is None else (row[0] or row[1])

    @requires(Permission.PARTICIPANTS_READ)
    def register_stamp(self) -> tuple:
        """What changes whenever an organization is added, changed or removed (their count,
        the sum of their versions, the last change): a list made from the register is read
        again only when it differs."""
        o = Organization
        with self._session() as s:
            return tuple(s.execute(select(func.count(), func.coalesce(func.sum(o.version), 0),
                                          func.max(o.updated_at))).one())

    @requires(Permission.PARTICIPANTS_READ)
    def get(self, org_id: uuid.UUID) -> OrganizationData:
        with self._session() as s:
            return organization_to_data(self._load(s, org_id))

    @requires(Permission.PARTICIPANTS_WRITE)
    def create(self, data: OrganizationData) -> OrganizationData:
        clean = validate_organization(data)
        with self._session() as s:
            self._check_inn_free(s, clean.inn, None)
            check_decisions(s, clean.id, clean, [])
            org = Organization(id=clean.id or uuid.uuid4())
            s.add(org)
            apply_organization(s, org, clean)
            s.flush()
            return organization_to_data(org)

    @requires(Permission.PARTICIPANTS_WRITE)
    def update(self, data: OrganizationData) -> OrganizationData:
        """Save an edited organization.  ``data.version`` is the version the user opened:
        if someone saved in between, the save is refused instead of overwriting theirs."""
        if data.id is None:
            raise NotFoundError(translate("Participants", "The organization has not been saved yet."))
        clean = validate_organization(data)
        with self._session() as s:
            org = self._load(s, data.id)
            if org.version != data.version:
                raise conflict_error()
            self._check_inn_free(s, clean.inn, org.id)
            check_decisions(s, org.id, clean, org.memberships)
            apply_organization(s, org, clean)
            s.flush()
            return organization_to_data(org)

    @requires(Permission.PARTICIPANTS_WRITE)
    def delete(self, org_id: uuid.UUID, version: int) -> OrganizationData:
        """Delete an organization; returns what was deleted so the window can undo it."""
        with self._session() as s:
            org = self._load(s, org_id)
            if org.version != version:
                raise conflict_error()
            snapshot = organization_to_data(org)
            s.delete(org)
            return snapshot

    @requires(Permission.PARTICIPANTS_WRITE)
    def restore(self, snapshot: OrganizationData) -> OrganizationData:
        """Undo a delete: put the organization back with its id, contacts and history."""
        return self.create(replace(snapshot, version=0))

    @requires(Permission.PERSONAL_DATA)
    def erase_contact(self, contact_id: uuid.UUID) -> None:
        """Erase a person on request: the row goes; the log keeps only that it happened."""
        from app.services.audit import Action, record

        with self._session() as s:
            contact = s.get(Contact, contact_id)
            if contact is None:
                raise NotFoundError(translate("Participants", "This contact no longer exists."))
            org = contact.organization
            org.updated_at = utcnow()  # an open form of the organization must reload
            s.delete(contact)
            record(s, Action.ERASE_PERSONAL, table_name="contact", row_id=str(contact_id))

    def _load(self, s: Session, org_id: uuid.UUID) -> Organization:
        org = s.scalars(
            select(Organization)
            .where(Organization.id == org_id)
            .options(selectinload(Organization.contacts), selectinload(Organization.memberships))
        ).first()
        if org is None:
            raise NotFoundError(
                translate("Participants", "This organization no longer exists: someone deleted it.")
            )
        return org

    def _check_inn_free(self, s: Session, inn: str, own_id: uuid.UUID | None) -> None:
        if not inn:
            return
        other = s.scalars(select(Organization).where(Organization.inn == inn)).first()
        if other is not None and other.id != own_id:
            raise ValidationError(
                {
                    "inn": translate(
                        "Participants", "An organization with this INN is already listed: {name}."
                    ).format(name=other.short_name or other.full_name)
                }
            )
