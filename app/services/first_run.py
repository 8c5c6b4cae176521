"""First run: on an empty database one call sets up the cluster, its programme period, the
managing company and the administrator's account — all in one transaction, so a failure
or a cancelled wizard leaves the database empty rather than half set up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Cluster, ClusterKind, Industry, Membership, Organization, Programme, User
from app.services import clock
from app.services.accounts import HASHER, _check_password
from app.services.base import Service, translate
from app.services.cluster import current_cluster
from app.services.errors import ConflictError, ValidationError
from app.services.indicators import MIN_YEARS
from app.services.participants import MemberRole
from app.services.permissions import Permission, Role, requires
from app.services.validation import (
    FieldError,
    check_field,
    optional_text,
    require_text,
    validate_inn,
)

FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass
class SetupData:
    cluster_name: str
    kind: str  # a ClusterKind code: "production" or "educational"
    industry: str  # an Industry code
    region: str
    start_year: int
    end_year: int
    org_name: str
    org_short_name: str = ""
    org_inn: str = ""
    org_role: str = MemberRole.OTHER.value
    username: str = ""
    full_name: str = ""
    password: str = ""


def _is_empty(s: Session) -> bool:
    """No accounts, no organizations, no cluster set up: nothing a user has entered."""
    if s.scalar(select(func.count()).select_from(User)):
        return False
    if s.scalar(select(func.count()).select_from(Organization)):
        return False
    return not s.scalar(select(func.count()).select_from(Cluster)
                        .where(Cluster.managing_organization_id.is_not(None)))


def _year(value: object) -> int | None:
    try:
        year = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def _username(value: str) -> str:
    name = require_text(value, 64)
    if " " in name:
        raise FieldError(translate("Accounts", "A user name has no spaces."))
    return name


class FirstRunService(Service):
    @requires(Permission.CLUSTER_READ)
    def needed(self) -> bool:
        """True while the database holds nothing a user entered (the wizard should run)."""
        with self.store.sessions() as s:  # read only: do not create the placeholder cluster
            return _is_empty(s)

    @requires(Permission.USERS_MANAGE)
    def complete(self, data: SetupData) -> None:
        """Validate every field first, then write everything in one transaction."""
        errors: dict[str, str] = {}
        name = check_field(errors, "cluster_name", require_text, data.cluster_name, 500)
        region = check_field(errors, "region", require_text, data.region, 200)
        org_name = check_field(errors, "org_name", require_text, data.org_name, 500)
        short_name = check_field(errors, "org_short_name", optional_text, data.org_short_name, 200)
        inn = check_field(errors, "org_inn", validate_inn, data.org_inn)
        username = check_field(errors, "username", _username, data.username)
        full_name = check_field(errors, "full_name", require_text, data.full_name, 300)
        check_field(errors, "password", _check_password, data.password)
        if data.org_role not in set(MemberRole):
            errors["org_role"] = translate("Validation", "Choose the participant's role.")
        start, end = _year(data.start_year), _year(data.end_year)
        if start is None:
            errors["start_year"] = translate("FirstRun", "The year must be between 2000 and 2100.")
        if end is None:
            errors["end_year"] = translate("FirstRun", "The year must be between 2000 and 2100.")
        elif start is not None and end - start + 1 < MIN_YEARS:
            errors["end_year"] = translate(
                "FirstRun", "The programme of activity runs for at least 3 years.")
        with self._session() as s:
            kind = s.scalars(select(ClusterKind).where(ClusterKind.code == (data.kind or ""))).first()
            if kind is None:
                errors["kind"] = translate("Cluster", "Choose the kind of cluster.")
            industry = s.scalars(
                select(Industry).where(Industry.code == (data.industry or ""))).first()
            if industry is None or (not errors.get("kind") and industry.kind_code != data.kind):
                errors["industry"] = translate("FirstRun", "Choose the industry.")
            if errors:
                raise ValidationError(errors)
            if not _is_empty(s):
                raise ConflictError(translate(
                    "FirstRun", "The database is already set up; log in instead."))
            cluster = current_cluster(s)
            cluster.name, cluster.kind_code, cluster.industry_code = name, data.kind, industry.code
            cluster.region = region
            cluster.programme_start, cluster.programme_end = date(start, 1, 1), date(end, 12, 31)
            org = Organization(full_name=org_name, short_name=short_name, inn=inn or None,
                               region=region)
            org.memberships = [Membership(cluster_id=cluster.id, role=data.org_role,
                                          joined_on=clock.today())]
            s.add(org)
            s.flush()
            cluster.managing_organization_id = org.id
            s.add(Programme(
                cluster_id=cluster.id, year_from=start, year_to=end,
                title=translate("FirstRun", "Programme of activity of the cluster «{name}»")
                .format(name=name)))
            s.add(User(username=username, full_name=full_name, role=Role.ADMIN.value,
                       password_hash=HASHER.hash(data.password), active=True))
