"""Councils and who sits on them: the first half of ``GovernanceService`` (its meetings,
decisions and their carrying out are in app.services.governance)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Attendance, Council, CouncilMember, Meeting, Organization
from app.services.base import Service, conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import NotFoundError, ValidationError
from app.services.governance_codes import CouncilKind, MemberPost
from app.services.governance_data import CouncilData, MemberData, council_data, member_data
from app.services.permissions import Permission, requires
from app.services.validation import check_field, optional_text, require_text


class GovernanceCouncils(Service):
    # ---- councils ----------------------------------------------------------------------
    @requires(Permission.GOVERNANCE_READ)
    def councils(self) -> list[CouncilData]:
        with self._session() as s:
            cluster = current_cluster(s)
            members = dict(s.execute(select(CouncilMember.council_id, func.count())
                                     .where(CouncilMember.left_on.is_(None))
                                     .group_by(CouncilMember.council_id)).all())
            meetings = dict(s.execute(select(Meeting.council_id, func.count())
                                      .group_by(Meeting.council_id)).all())
            rows = s.scalars(select(Council).where(Council.cluster_id == cluster.id)
                             .order_by(Council.position, Council.name))
            return [council_data(c, members.get(c.id, 0), meetings.get(c.id, 0))
                    for c in rows]

    @requires(Permission.GOVERNANCE_WRITE)
    def save_council(self, data: CouncilData) -> CouncilData:
        errors: dict[str, str] = {}
        name = check_field(errors, "name", require_text, data.name, 500)
        genitive = check_field(errors, "name_genitive", optional_text, data.name_genitive, 500)
        if data.kind not in set(CouncilKind):
            errors["kind"] = translate("Governance", "Choose the kind of council.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            if data.id is None:
                council = Council(cluster_id=current_cluster(s).id)
                s.add(council)
            else:
                council = self._get(s, Council, data.id)
                if council.version != data.version:
                    raise conflict_error()
            council.kind, council.name, council.name_genitive = data.kind, name, genitive
            council.position = data.position
            s.flush()
            return council_data(council)

    @requires(Permission.GOVERNANCE_WRITE)
    def delete_council(self, council_id: uuid.UUID) -> None:
        with self._session() as s:
            council = self._get(s, Council, council_id)
            if s.scalar(select(func.count()).where(Meeting.council_id == council.id)):
                raise ValidationError({"council": translate(
                    "Governance", "The council has meetings on record and cannot be deleted.")})
            s.delete(council)

    # ---- members -----------------------------------------------------------------------
    @requires(Permission.GOVERNANCE_READ)
    def members(self, council_id: uuid.UUID, on: date | None = None) -> list[MemberData]:
        """The council's members (those on it on ``on``, if given): the chair first."""
        order = {p: i for i, p in enumerate(MemberPost)}
        with self._session() as s:
            orgs = dict(s.execute(select(Organization.id, Organization.short_name).where(
                Organization.id.in_(select(CouncilMember.organization_id).where(
                    CouncilMember.council_id == council_id)))).all())  # the members' only
            rows = [member_data(m, orgs) for m in s.scalars(
                select(CouncilMember).where(CouncilMember.council_id == council_id))]
        if on is not None:
            rows = [m for m in rows if m.sits_on(on)]
        return sorted(rows, key=lambda m: (order.get(m.role, 9), m.full_name))

    @requires(Permission.GOVERNANCE_WRITE)
    def save_member(self, data: MemberData) -> MemberData:
        errors: dict[str, str] = {}
        name = check_field(errors, "full_name", require_text, data.full_name, 300)
        post = check_field(errors, "post", optional_text, data.post, 300)
        if data.role not in set(MemberPost):
            errors["role"] = translate("Governance", "Choose the member's role on the council.")
        if data.joined_on and data.left_on and data.left_on < data.joined_on:
            errors["left_on"] = translate("Governance", "The member left before joining.")
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            self._get(s, Council, data.council_id)
            if data.id is None:
                member = CouncilMember(council_id=data.council_id)
                s.add(member)
            else:
                member = self._get(s, CouncilMember, data.id)
                if member.version != data.version:
                    raise conflict_error()
            member.full_name, member.post, member.role = name, post, data.role
            member.organization_id = data.organization_id
            member.joined_on, member.left_on = data.joined_on, data.left_on
            s.flush()
            orgs = dict(s.execute(select(Organization.id, Organization.short_name).where(
                Organization.id == member.organization_id)).all())  # the member's own
            return member_data(member, orgs)

    @requires(Permission.GOVERNANCE_WRITE)
    def delete_member(self, member_id: uuid.UUID) -> None:
        """Remove a member entered by mistake (one who left gets a date of leaving)."""
        with self._session() as s:
            member = self._get(s, CouncilMember, member_id)
            if s.scalar(select(func.count()).where(Attendance.member_id == member.id)):
                raise ValidationError({"member": translate(
                    "Governance", "The member is in meeting protocols: give the date of "
                                  "leaving instead of deleting.")})
            s.delete(member)

    # ---- inside ------------------------------------------------------------------------
    def _get(self, s: Session, model, row_id):
        row = s.get(model, row_id) if row_id is not None else None
        if row is None:
            raise NotFoundError(translate("Governance",
                                          "This record no longer exists: someone deleted it."))
        return row
