"""Participants through the service: create, edit, history, delete and undo, conflicts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from app.models import Organization
from app.services import Services, open_store
from app.services.errors import ConflictError, NotFoundError, ValidationError
from app.services.participants import ContactData, MembershipData, OrganizationData

COLLEGE = OrganizationData(
    full_name="Государственное автономное профессиональное образовательное учреждение «Тестовый колледж»",
    short_name="ГАПОУ «ТК»",
    inn="7707083893",
    ogrn="1027700132195",
    kpp="770701001",
    region="Москва",
    contacts=[ContactData(full_name="Иванова Мария Петровна", post="директор",
                          email="ivanova@example.ru", consent_given=True,
                          consent_date=date(2025, 1, 15))],
    memberships=[MembershipData(role="college", joined_on=date(2024, 9, 1), agreement_no="17-П",
                                agreement_date=date(2024, 8, 20), is_grant_recipient=True)],
)


def test_create_and_read_back(services):
    saved = services.participants.create(COLLEGE)
    again = services.participants.get(saved.id)
    assert again.full_name == COLLEGE.full_name
    assert again.inn == "7707083893"
    assert again.contacts[0].full_name == "Иванова Мария Петровна"
    assert again.contacts[0].consent_date == date(2025, 1, 15)
    assert again.current_membership.agreement_no == "17-П"
    rows = services.participants.list_organizations()
    assert [(r.short_name, r.role, r.joined_on) for r in rows] == [
        ("ГАПОУ «ТК»", "college", date(2024, 9, 1))
    ]


def test_leading_zero_inn_is_kept(services):
    saved = services.participants.create(
        OrganizationData(full_name="ООО «Башкирская фирма»", inn="0274062111"))
    assert services.participants.get(saved.id).inn == "0274062111"


def test_bad_fields_are_reported_per_field_and_nothing_is_saved(services):
    bad = replace(COLLEGE, full_name="  ", inn="7707083894", email="not-an-email",
                  contacts=[], memberships=[])
    with pytest.raises(ValidationError) as err:
        services.participants.create(bad)
    assert set(err.value.errors) == {"full_name", "inn", "email"}
    assert "10-я цифра" in err.value.errors["inn"]
    assert services.participants.count() == 0


def test_same_inn_twice_is_refused(services):
    services.participants.create(COLLEGE)
    with pytest.raises(ValidationError) as err:
        services.participants.create(replace(COLLEGE, contacts=[], memberships=[]))
    assert "ИНН" in err.value.errors["inn"]


def test_leaving_needs_a_reason_and_keeps_history(services):
    saved = services.participants.create(COLLEGE)
    left = replace(saved, memberships=[replace(saved.memberships[0], left_on=date(2025, 6, 30))])
    with pytest.raises(ValidationError) as err:
        services.participants.update(left)
    assert "memberships[0].leave_reason" in err.value.errors
    left.memberships[0].leave_reason = "Решение координационного совета, протокол № 4 от 30.06.2025"
    updated = services.participants.update(left)
    rejoined = replace(updated, memberships=updated.memberships + [
        MembershipData(role="employer", joined_on=date(2026, 1, 10))])
    final = services.participants.update(rejoined)
    assert [m.role for m in final.memberships] == ["college", "employer"]
    assert final.memberships[0].left_on == date(2025, 6, 30)
    row = services.participants.list_organizations()[0]
    assert row.role == "employer"


def test_second_save_of_a_stale_copy_is_refused(services, db_url):
    """Two people open the same organization; the second save must not overwrite the first."""
    saved = services.participants.create(COLLEGE)
    other = Services(open_store(db_url))  # another user's program on the same database
    try:
        mine = services.participants.get(saved.id)
        theirs = other.participants.get(saved.id)
        services.participants.update(replace(mine, phone="+7 (495) 111-11-11"))
        with pytest.raises(ConflictError) as err:
            other.participants.update(replace(theirs, phone="+7 (495) 222-22-22"))
        assert "другой пользователь" in str(err.value)
        assert services.participants.get(saved.id).phone == "+7 (495) 111-11-11"
    finally:
        other.close()


def test_concurrent_flush_is_caught_by_the_version_column(services):
    """Below the service check: the UPDATE itself carries the version it read."""
    from sqlalchemy.orm.exc import StaleDataError

    saved = services.participants.create(COLLEGE)
    first = services.store.sessions()
    second = services.store.sessions()
    try:
        a = first.get(Organization, saved.id)
        b = second.get(Organization, saved.id)
        a.phone = "1"
        first.commit()
        b.phone = "2"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()


def test_child_only_change_moves_the_version(services):
    saved = services.participants.create(COLLEGE)
    changed = replace(saved, contacts=saved.contacts + [ContactData(full_name="Петров П. П.")])
    after = services.participants.update(changed)
    assert after.version == saved.version + 1


def test_delete_and_undo(services):
    saved = services.participants.create(COLLEGE)
    snapshot = services.participants.delete(saved.id, saved.version)
    assert services.participants.count() == 0
    with pytest.raises(NotFoundError):
        services.participants.get(saved.id)
    restored = services.participants.restore(snapshot)
    assert restored.id == saved.id
    assert restored.contacts[0].full_name == "Иванова Мария Петровна"
    assert restored.memberships[0].agreement_no == "17-П"


def test_contacts_deleted_with_their_organization(services):
    saved = services.participants.create(COLLEGE)
    services.participants.delete(saved.id, saved.version)
    from app.models import Contact

    with services.store.sessions() as s:
        assert s.scalars(select(Contact)).all() == []


def test_demo_data_is_realistic(demo):
    everyone = demo.participants.list_organizations()
    rows = [r for r in everyone if r.role]  # suppliers of the grant are not members
    assert 20 <= len(rows) <= 30
    roles = {r.role for r in rows}
    assert roles == {"college", "employer", "authority", "school", "university", "other"}
    for row in everyone:
        full = demo.participants.get(row.id)
        from app.services.participants import validate_organization

        validate_organization(full)  # every demo INN / OGRN / KPP passes its checksum
    cluster = demo.cluster.get()
    assert cluster.kind_code == "production"
    assert cluster.programme_end.year - cluster.programme_start.year >= 3
