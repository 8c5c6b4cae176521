"""The cluster's own record: its programme period is counted in whole years, as the first-run
wizard counts it."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.cluster import ClusterData, three_years_on
from app.services.errors import ValidationError


def _update(services, start, end):
    current = services.cluster.get()
    return services.cluster.update(ClusterData(
        current.id, "Кластер «Машиностроение»", "production", None, "Вологодская область",
        start, end, current.version))


def test_a_programme_of_three_calendar_years_is_accepted(services):
    saved = _update(services, date(2025, 1, 1), date(2027, 12, 31))
    assert (saved.programme_start, saved.programme_end) == (date(2025, 1, 1), date(2027, 12, 31))


def test_a_programme_a_day_short_of_three_years_is_refused_and_nothing_changes(services):
    before = services.cluster.get()
    with pytest.raises(ValidationError) as caught:
        _update(services, date(2025, 9, 1), date(2028, 8, 30))
    assert "3 лет" in caught.value.errors["programme_end"] or "3 год" in \
        caught.value.errors["programme_end"]
    assert services.cluster.get().programme_end == before.programme_end
    assert _update(services, date(2025, 9, 1), date(2028, 8, 31)).programme_end == \
        date(2028, 8, 31)


def test_a_programme_ending_before_it_starts_is_refused(services):
    with pytest.raises(ValidationError) as caught:
        _update(services, date(2027, 1, 1), date(2026, 1, 1))
    assert "programme_end" in caught.value.errors


def test_three_years_from_the_29th_of_february():
    assert three_years_on(date(2024, 2, 29)) == date(2027, 2, 28)
    assert three_years_on(date(2025, 1, 1)) == date(2027, 12, 31)
