"""First run: the wizard's one call sets everything up, or writes nothing at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.services.accounts import accounts_exist, authenticate
from app.services.errors import ConflictError, ValidationError
from app.services.first_run import FirstRunService, SetupData
from app.services.permissions import Role

GOOD = SetupData(
    cluster_name="Кластер «Техника будущего»",
    kind="production",
    industry="machine_building",
    region="Свердловская область",
    start_year=2025,
    end_year=2027,
    org_name="ГАПОУ СО «Уральский политехнический колледж»",
    org_short_name="УПК",
    org_inn="7707083893",
    org_role="college",
    username="ivanova",
    full_name="Иванова Мария Петровна",
    password="надёжный-пароль",
)


def first_run(services) -> FirstRunService:
    return FirstRunService(services.store, services.actor)


def test_an_empty_database_needs_the_first_run(services):
    assert first_run(services).needed()
    services.cluster.get()  # reading the cluster makes the placeholder: still empty
    assert first_run(services).needed()


def test_complete_writes_the_cluster_programme_company_and_administrator(services):
    first_run(services).complete(GOOD)
    assert not first_run(services).needed()
    cluster = services.cluster.get()
    assert cluster.name == "Кластер «Техника будущего»"
    assert (cluster.kind_code, cluster.industry_code) == ("production", "machine_building")
    assert cluster.region == "Свердловская область"
    assert (cluster.programme_start, cluster.programme_end) == (date(2025, 1, 1), date(2027, 12, 31))
    programme = services.indicators.programme()
    assert (programme.year_from, programme.year_to) == (2025, 2027)
    assert "Техника будущего" in programme.title
    [org] = services.participants.list_organizations()
    assert (org.full_name, org.short_name, org.inn, org.role) == (
        GOOD.org_name, "УПК", "7707083893", "college")
    actor = authenticate(services.store, "ivanova", "надёжный-пароль")
    assert actor.role == Role.ADMIN


@pytest.mark.parametrize(("change", "field"), [
    ({"end_year": 2026}, "end_year"),
    ({"password": "коротко"}, "password"),
    ({"org_inn": "7707083894"}, "org_inn"),
    ({"cluster_name": "  "}, "cluster_name"),
    ({"industry": "no_such"}, "industry"),
    ({"kind": "educational"}, "industry"),  # machine building is a production industry
    ({"username": "мария петровна"}, "username"),
])
def test_a_bad_field_writes_nothing_at_all(services, change, field):
    with pytest.raises(ValidationError) as caught:
        first_run(services).complete(replace(GOOD, **change))
    assert field in caught.value.errors
    assert not accounts_exist(services.store)
    assert first_run(services).needed()
    assert services.participants.count() == 0
    assert services.indicators.programme() is None
    assert services.cluster.get().name != GOOD.cluster_name


def test_a_failure_while_writing_rolls_everything_back(services, monkeypatch):
    from app.services import first_run as module

    class BrokenHasher:  # fails after the cluster and the company are already flushed
        def hash(self, _password):
            raise RuntimeError("disk full")

    monkeypatch.setattr(module, "HASHER", BrokenHasher())
    with pytest.raises(RuntimeError):
        first_run(services).complete(GOOD)
    assert first_run(services).needed()
    assert services.participants.count() == 0
    assert services.cluster.get().name != GOOD.cluster_name


def test_complete_refuses_a_database_already_set_up(services):
    first_run(services).complete(GOOD)
    with pytest.raises(ConflictError):
        first_run(services).complete(replace(GOOD, username="other", org_inn=""))
    assert [u.username for u in services.accounts.list_users()] == ["ivanova"]
