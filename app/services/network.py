"""Network cooperation (seed 000): agreements between participants, shared use of sites and
equipment, and the expert community (people, their specialties and organizations)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Expert, NetworkAgreement, Organization, SharedUse
from app.services.base import Service, conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import NotFoundError, ValidationError
from app.services.permissions import Permission, requires
from app.services.validation import check_field, optional_lines, optional_text, require_text


@dataclass
class AgreementData:
    party_a_id: uuid.UUID | None
    party_b_id: uuid.UUID | None
    subject: str
    number: str = ""
    signed_on: date | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    id: uuid.UUID | None = None
    version: int = 0
    party_a: str = ""
    party_b: str = ""

    def in_force(self, year: int) -> bool:
        begins = self.starts_on or self.signed_on
        return ((begins is None or begins <= date(year, 12, 31))
                and (self.ends_on is None or self.ends_on >= date(year, 1, 1)))


@dataclass
class SharedUseData:
    resource: str
    owner_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None
    site_id: uuid.UUID | None = None
    workshop_id: uuid.UUID | None = None
    purpose: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    hours: int = 0
    people: int = 0
    id: uuid.UUID | None = None
    version: int = 0
    owner: str = ""
    user: str = ""


@dataclass
class ExpertData:
    full_name: str
    specialty: str = ""
    organization_id: uuid.UUID | None = None
    organization_name: str = ""  # when not a participant
    expertise: str = ""
    since: date | None = None
    until: date | None = None
    id: uuid.UUID | None = None
    version: int = 0


def _orgs(s: Session) -> dict:
    return {i: short or full for i, short, full in s.execute(
        select(Organization.id, Organization.short_name, Organization.full_name))}


def _dates(errors: dict, start: date | None, end: date | None) -> None:
    if start and end and end < start:
        errors["ends_on"] = translate("Network", "The end date is before the start date.")


def _in_year(query, start_col, end_col, year: int | None):
    if year is None:
        return query
    return query.where(or_(start_col.is_(None), start_col <= date(year, 12, 31)),
                       or_(end_col.is_(None), end_col >= date(year, 1, 1)))


class NetworkService(Service):
    # ---- agreements --------------------------------------------------------------------
    @requires(Permission.INDICATORS_READ)
    def agreements(self, year: int | None = None) -> list[AgreementData]:
        """Agreements (in force at any time in ``year``, if given), by date."""
        with self._session() as s:
            orgs = _orgs(s)
            rows = s.scalars(select(NetworkAgreement).where(
                NetworkAgreement.cluster_id == current_cluster(s).id)
                .order_by(NetworkAgreement.signed_on, NetworkAgreement.number))
            out = [AgreementData(a.party_a_id, a.party_b_id, a.subject, a.number, a.signed_on,
                                 a.starts_on, a.ends_on, a.id, a.version,
                                 orgs.get(a.party_a_id, ""), orgs.get(a.party_b_id, ""))
                   for a in rows]
        return [a for a in out if a.in_force(year)] if year is not None else out

    @requires(Permission.INDICATORS_WRITE)
    def save_agreement(self, data: AgreementData) -> AgreementData:
        errors: dict[str, str] = {}
        subject = check_field(errors, "subject", require_text, data.subject, 4000)
        number = check_field(errors, "number", optional_text, data.number, 100)
        if data.party_a_id is None:
            errors["party_a_id"] = translate("Network", "Choose the first party.")
        if data.party_b_id is None:
            errors["party_b_id"] = translate("Network", "Choose the second party.")
        elif data.party_a_id == data.party_b_id:
            errors["party_b_id"] = translate("Network", "An agreement is between two different "
                                                        "organizations.")
        _dates(errors, data.starts_on or data.signed_on, data.ends_on)
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            row = self._row(s, NetworkAgreement, data)
            row.party_a_id, row.party_b_id, row.subject = data.party_a_id, data.party_b_id, subject
            row.number, row.signed_on = number, data.signed_on
            row.starts_on, row.ends_on = data.starts_on, data.ends_on
            s.flush()
            orgs = _orgs(s)
            return replace(data, subject=subject, number=number, id=row.id, version=row.version,
                           party_a=orgs.get(row.party_a_id, ""),
                           party_b=orgs.get(row.party_b_id, ""))

    @requires(Permission.INDICATORS_WRITE)
    def delete_agreement(self, agreement_id: uuid.UUID) -> None:
        with self._session() as s:
            s.delete(self._get(s, NetworkAgreement, agreement_id))

    # ---- shared use --------------------------------------------------------------------
    @requires(Permission.INDICATORS_READ)
    def shared_uses(self, year: int | None = None) -> list[SharedUseData]:
        with self._session() as s:
            orgs = _orgs(s)
            query = _in_year(select(SharedUse).where(
                SharedUse.cluster_id == current_cluster(s).id), SharedUse.starts_on,
                SharedUse.ends_on, year)
            return [SharedUseData(u.resource, u.owner_id, u.user_id, u.site_id, u.workshop_id,
                                  u.purpose, u.starts_on, u.ends_on, u.hours, u.people, u.id,
                                  u.version, orgs.get(u.owner_id, ""), orgs.get(u.user_id, ""))
                    for u in s.scalars(query.order_by(SharedUse.starts_on,
                                                      SharedUse.resource))]

    @requires(Permission.INDICATORS_WRITE)
    def save_shared_use(self, data: SharedUseData) -> SharedUseData:
        errors: dict[str, str] = {}
        resource = check_field(errors, "resource", require_text, data.resource, 2000)
        purpose = check_field(errors, "purpose", optional_lines, data.purpose, 4000)
        for key in ("hours", "people"):
            if not isinstance(getattr(data, key), int) or not 0 <= getattr(data, key) <= 10**7:
                errors[key] = translate("Network", "A whole number from 0 to 10,000,000.")
        if data.owner_id is not None and data.owner_id == data.user_id:
            errors["user_id"] = translate("Network", "The organization that uses the resource "
                                                     "is not its owner.")
        _dates(errors, data.starts_on, data.ends_on)
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            row = self._row(s, SharedUse, data)
            row.resource, row.purpose = resource, purpose
            for name in ("owner_id", "user_id", "site_id", "workshop_id", "starts_on",
                         "ends_on", "hours", "people"):
                setattr(row, name, getattr(data, name))
            s.flush()
            return replace(data, resource=resource, purpose=purpose, id=row.id,
                           version=row.version)

    @requires(Permission.INDICATORS_WRITE)
    def delete_shared_use(self, use_id: uuid.UUID) -> None:
        with self._session() as s:
            s.delete(self._get(s, SharedUse, use_id))

    # ---- the expert community ----------------------------------------------------------
    @requires(Permission.INDICATORS_READ)
    def experts(self, year: int | None = None) -> list[ExpertData]:
        with self._session() as s:
            orgs = _orgs(s)
            query = _in_year(select(Expert).where(Expert.cluster_id == current_cluster(s).id),
                             Expert.since, Expert.until, year)
            return [ExpertData(e.full_name, e.specialty, e.organization_id,
                               orgs.get(e.organization_id, "") or e.organization_name,
                               e.expertise, e.since, e.until, e.id, e.version)
                    for e in s.scalars(query.order_by(Expert.full_name))]

    @requires(Permission.INDICATORS_WRITE)
    def save_expert(self, data: ExpertData) -> ExpertData:
        errors: dict[str, str] = {}
        name = check_field(errors, "full_name", require_text, data.full_name, 300)
        specialty = check_field(errors, "specialty", optional_text, data.specialty, 500)
        org_name = check_field(errors, "organization_name", optional_text,
                               data.organization_name, 500)
        expertise = check_field(errors, "expertise", optional_lines, data.expertise, 4000)
        if data.organization_id is None and not org_name:
            errors["organization_name"] = translate("Network", "Give the expert's "
                                                               "organization.")
        _dates(errors, data.since, data.until)
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            row = self._row(s, Expert, data)
            row.full_name, row.specialty, row.expertise = name, specialty, expertise
            row.organization_id = data.organization_id
            row.organization_name = "" if data.organization_id else org_name
            row.since, row.until = data.since, data.until
            s.flush()
            return replace(data, full_name=name, specialty=specialty, expertise=expertise,
                           organization_name=_orgs(s).get(row.organization_id, "") or org_name,
                           id=row.id, version=row.version)

    @requires(Permission.INDICATORS_WRITE)
    def delete_expert(self, expert_id: uuid.UUID) -> None:
        with self._session() as s:
            s.delete(self._get(s, Expert, expert_id))

    # ---- inside ------------------------------------------------------------------------
    def _row(self, s: Session, model, data):
        if data.id is None:
            row = model(cluster_id=current_cluster(s).id)
            s.add(row)
            return row
        row = self._get(s, model, data.id)
        if row.version != data.version:
            raise conflict_error()
        return row

    def _get(self, s: Session, model, row_id):
        row = s.get(model, row_id) if row_id else None
        if row is None:
            raise NotFoundError(translate("Network",
                                          "This record no longer exists: someone deleted it."))
        return row
