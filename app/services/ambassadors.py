"""Ambassador teams («Амбассадоры Профессионалитета», seed 003): 4 to 7 students and one
teacher curator; the events each team ran.  Names are personal data: kept out of the log."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select

from app.models import AmbassadorMember, AmbassadorTeam, Event, Organization
from app.services.base import Service, conflict_error, translate
from app.services.cluster import current_cluster
from app.services.errors import NotFoundError, ValidationError
from app.services.permissions import Permission, requires
from app.services.validation import check_field, optional_text, require_text

MIN_STUDENTS, MAX_STUDENTS = 4, 7


@dataclass
class MemberData:
    full_name: str
    study_group: str = ""


@dataclass
class TeamData:
    name: str
    curator: str
    members: list[MemberData] = field(default_factory=list)
    college_id: uuid.UUID | None = None
    curator_post: str = ""
    id: uuid.UUID | None = None
    version: int = 0
    college: str = ""
    events: int = 0


def validate_team(data: TeamData) -> TeamData:
    errors: dict[str, str] = {}
    name = check_field(errors, "name", require_text, data.name, 300)
    curator = check_field(errors, "curator", require_text, data.curator, 300)
    members = [MemberData(" ".join(m.full_name.split())[:300], optional_text(m.study_group, 100))
               for m in data.members if m.full_name.strip()]
    if not MIN_STUDENTS <= len(members) <= MAX_STUDENTS:
        errors["members"] = translate(
            "Ambassadors", "A team has from 4 to 7 students; this one has {count}.").format(
            count=len(members))
    names = [m.full_name.casefold() for m in members]
    if len(set(names)) != len(names):
        errors["members"] = translate("Ambassadors", "A student is listed twice.")
    if errors:
        raise ValidationError(errors)
    return replace(data, name=name, curator=curator, members=members,
                   curator_post=optional_text(data.curator_post, 300))


class AmbassadorsService(Service):
    @requires(Permission.EVENTS_READ)
    def teams(self) -> list[TeamData]:
        with self._session() as s:
            cluster = current_cluster(s)
            colleges = dict(s.execute(select(Organization.id, Organization.short_name).where(
                Organization.id.in_(select(AmbassadorTeam.college_id)))).all())  # theirs only
            counts = dict(s.execute(select(Event.team_id, func.count())
                                    .where(Event.team_id.is_not(None))
                                    .group_by(Event.team_id)).all())
            out = []
            for team in s.scalars(select(AmbassadorTeam).where(
                    AmbassadorTeam.cluster_id == cluster.id).order_by(AmbassadorTeam.name)):
                out.append(self._data(s, team, colleges.get(team.college_id, ""),
                                      counts.get(team.id, 0)))
            return out

    @requires(Permission.EVENTS_READ)
    def team(self, team_id: uuid.UUID) -> TeamData:
        with self._session() as s:
            return self._data(s, self._team(s, team_id))

    @requires(Permission.EVENTS_WRITE)
    def save(self, data: TeamData) -> TeamData:
        clean = validate_team(data)
        with self._session() as s:
            if clean.id is None:
                team = AmbassadorTeam(cluster_id=current_cluster(s).id)
                s.add(team)
            else:
                team = self._team(s, clean.id)
                if team.version != clean.version:
                    raise conflict_error()
            team.name, team.curator, team.curator_post = clean.name, clean.curator, \
                clean.curator_post
            team.college_id = clean.college_id
            s.flush()
            old = list(s.scalars(select(AmbassadorMember)
                                 .where(AmbassadorMember.team_id == team.id)
                                 .order_by(AmbassadorMember.position)))
            for index, member in enumerate(clean.members):
                if index < len(old):
                    row = old[index]
                    if (row.full_name, row.study_group) != (member.full_name,
                                                            member.study_group):
                        row.full_name, row.study_group = member.full_name, member.study_group
                else:
                    s.add(AmbassadorMember(team_id=team.id, position=index,
                                           full_name=member.full_name,
                                           study_group=member.study_group))
            for row in old[len(clean.members):]:
                s.delete(row)
            s.flush()
            return self._data(s, team)

    @requires(Permission.EVENTS_WRITE)
    def delete(self, team_id: uuid.UUID) -> None:
        """The team goes; its events stay, no longer linked to it."""
        with self._session() as s:
            s.delete(self._team(s, team_id))

    def _data(self, s, team: AmbassadorTeam, college: str = "", events: int | None = None
              ) -> TeamData:
        members = [MemberData(m.full_name, m.study_group) for m in s.scalars(
            select(AmbassadorMember).where(AmbassadorMember.team_id == team.id)
            .order_by(AmbassadorMember.position))]
        if events is None:
            events = s.scalar(select(func.count()).where(Event.team_id == team.id)) or 0
        return TeamData(team.name, team.curator, members, team.college_id, team.curator_post,
                        team.id, team.version, college, events)

    def _team(self, s, team_id: uuid.UUID) -> AmbassadorTeam:
        team = s.get(AmbassadorTeam, team_id)
        if team is None:
            raise NotFoundError(translate("Ambassadors", "This team no longer exists."))
        return team
