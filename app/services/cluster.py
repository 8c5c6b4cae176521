"""The cluster itself: name, kind, industry, region, programme period."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Cluster, Organization
from app.services.base import Service, conflict_error, translate
from app.services.errors import ValidationError
from app.services.permissions import Permission, requires
from app.services.roadmap_stages import add_standard_stages
from app.services.validation import FieldError, require_text

#: the last day every month has: a due day after it would not exist in February
MAX_DUE_DAY = 28


@dataclass(frozen=True)
class ClusterData:
    id: uuid.UUID | None
    name: str
    kind_code: str
    industry_code: str | None
    region: str
    programme_start: date | None
    programme_end: date | None
    version: int = 0


def current_cluster(session: Session) -> Cluster:
    """The database keeps one cluster; a new database gets a placeholder until set up."""
    cluster = session.scalars(select(Cluster).order_by(Cluster.created_at)).first()
    if cluster is None:
        cluster = Cluster(name=translate("Cluster", "New cluster"), kind_code="production", region="")
        session.add(cluster)
        session.flush()
        add_standard_stages(session, cluster)  # every cluster gets them
    return cluster


def _to_data(c: Cluster) -> ClusterData:
    return ClusterData(
        c.id, c.name, c.kind_code, c.industry_code, c.region,
        c.programme_start, c.programme_end, c.version,
    )


def three_years_on(start: date) -> date:
    """The last day of a three-year period starting on ``start``, counted as the first-run
    wizard counts whole years: 01.01.2025 → 31.12.2027 (29 February moves to 1 March)."""
    try:
        after = start.replace(year=start.year + 3)
    except ValueError:
        after = date(start.year + 3, 3, 1)
    return after - timedelta(days=1)


class ClusterService(Service):
    @requires(Permission.CLUSTER_READ)
    def get(self) -> ClusterData:
        with self._session() as s:
            return _to_data(current_cluster(s))

    @requires(Permission.CLUSTER_WRITE)
    def update(self, data: ClusterData) -> ClusterData:
        errors: dict[str, str] = {}
        try:
            name = require_text(data.name, 500)
        except FieldError as exc:
            errors["name"] = str(exc)
        if data.kind_code not in ("production", "educational"):
            errors["kind_code"] = translate("Cluster", "Choose the kind of cluster.")
        start, end = data.programme_start, data.programme_end
        if start and end and end < start:
            errors["programme_end"] = translate(
                "Cluster", "The programme cannot end before it starts.")
        elif start and end and end < three_years_on(start):
            errors["programme_end"] = translate(
                "Cluster", "The programme of activity runs for at least 3 years."
            )
        if errors:
            raise ValidationError(errors)
        with self._session() as s:
            c = current_cluster(s)
            if data.version and c.version != data.version:
                raise conflict_error()
            c.name, c.kind_code, c.industry_code = name, data.kind_code, data.industry_code
            c.region, c.programme_start, c.programme_end = data.region, start, end
            s.flush()
            return _to_data(c)

    @requires(Permission.CLUSTER_READ)
    def monitoring_due_day(self) -> int:
        """The day of the next month by which a month's monitoring form is due."""
        with self._session() as s:
            return current_cluster(s).monitoring_due_day

    @requires(Permission.CLUSTER_WRITE)
    def set_monitoring_due_day(self, day: int) -> int:
        """Set the due day (1–28: every month has it); the data check and the deadlines
        count by it from now on."""
        if not isinstance(day, int) or not 1 <= day <= MAX_DUE_DAY:
            raise ValidationError({"monitoring_due_day": translate(
                "Cluster", "The due day is a day of the month from 1 to {last}.").format(
                    last=MAX_DUE_DAY)})
        with self._session() as s:
            cluster = current_cluster(s)
            if cluster.monitoring_due_day != day:
                cluster.monitoring_due_day = day
            return day


def managing_company(session: Session) -> Organization | None:
    """The cluster's managing company (named in the first-run wizard), if any."""
    cluster = session.scalars(select(Cluster).order_by(Cluster.created_at).limit(1)).first()
    if cluster is None or cluster.managing_organization_id is None:
        return None
    return session.get(Organization, cluster.managing_organization_id)


def document_author(session: Session) -> str:
    """Who a document is from (its Author property): the managing company, or the cluster
    while none is named — never the program."""
    org = managing_company(session)
    if org is not None:
        return org.full_name
    return session.scalar(select(Cluster.name).order_by(Cluster.created_at).limit(1)) or ""
