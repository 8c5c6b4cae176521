"""Ambassador teams: 4–7 students and a curator; names stay out of the audit log."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.ambassadors import MemberData, TeamData
from app.services.errors import ValidationError
from app.services.event_codes import PlanKind
from app.services.event_data import EventData


def team(n: int, **kw) -> TeamData:
    return TeamData(name="Команда «Металлурги»", curator="Смирнова Анна Викторовна",
                    members=[MemberData(f"Студент {i} Иванович", "МТ-21") for i in range(n)],
                    **kw)


def test_a_team_of_three_is_refused_and_nothing_saved(services):
    with pytest.raises(ValidationError) as e:
        services.ambassadors.save(team(3))
    assert "members" in e.value.errors and "3" in e.value.errors["members"]
    with pytest.raises(ValidationError):
        services.ambassadors.save(team(8))
    assert services.ambassadors.teams() == []


def test_team_of_four_to_seven_with_its_events(services):
    saved = services.ambassadors.save(team(4))
    assert [m.full_name for m in saved.members][:2] == ["Студент 0 Иванович",
                                                        "Студент 1 Иванович"]
    bigger = services.ambassadors.save(team(7, id=saved.id, version=saved.version))
    assert len(bigger.members) == 7
    plan = services.events.create_plan(date.today().year, PlanKind.EVENTS, source="empty")
    services.events.save_event(EventData(plan.id, "Урок в школе № 3", date.today(),
                                         team_id=saved.id))
    (listed,) = services.ambassadors.teams()
    assert listed.events == 1 and len(listed.members) == 7
    smaller = services.ambassadors.save(team(5, id=saved.id, version=bigger.version))
    assert len(smaller.members) == 5
    everything = " ".join(str(e) for e in services.audit.entries())
    assert "Студент 0" not in everything and "Смирнова" not in everything
    services.ambassadors.delete(saved.id)
    assert services.ambassadors.teams() == []
    assert services.events.events(plan_id=plan.id)[0].title == "Урок в школе № 3"
