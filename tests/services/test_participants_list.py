"""The participants list that feeds a 10,000-row table (issue 19): rows are made from the
query's tuples, the ids are converted only when one is read, and what the table shows is the
same as before (blanks as "", dates as dates, ids as UUIDs)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import insert

from app.models import Organization
from app.services.participants import MembershipData, OrganizationData

NAMES = ("Альфа", "Бета", "Гамма", "Дельта", "Эпсилон")


def _fill(services, count: int) -> list[uuid.UUID]:
    from app.models.base import utcnow

    now = utcnow()
    ids = [uuid.uuid4() for _ in range(count)]
    with services.store.sessions.begin() as s:
        s.execute(insert(Organization), [
            {"id": org_id, "full_name": f"ООО «{NAMES[i % 5]} {i:03d}»", "short_name": "",
             "inn": None, "ogrn": None, "kpp": None, "address": "", "region": "Москва",
             "phone": "", "email": "", "website": "", "version": 1, "created_at": now,
             "updated_at": now} for i, org_id in enumerate(ids)])
    return ids


def test_the_list_converts_no_id_until_one_is_read(services, monkeypatch):
    ids = _fill(services, 60)
    made = []
    real_init = uuid.UUID.__init__

    def counting(self, *args, **kwargs):
        made.append(1)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(uuid.UUID, "__init__", counting)
    rows = services.participants.list_organizations()
    if services.store.engine.dialect.name == "sqlite":  # PostgreSQL's driver makes its own
        assert made == []  # the old list made one UUID a row
    monkeypatch.undo()
    assert len(rows) == 60
    assert {r.id for r in rows} == set(ids)
    assert all(isinstance(r.id, uuid.UUID) for r in rows)


def test_the_list_shows_blanks_as_empty_text_and_the_membership(services):
    saved = services.participants.create(OrganizationData(
        full_name="ГАПОУ «Колледж»", inn="7707083893", region="Москва",
        memberships=[MembershipData(role="college", joined_on=date(2024, 9, 1),
                                    agreement_no="17-П")]))
    _fill(services, 2)
    rows = services.participants.list_organizations()
    assert [r.full_name for r in rows] == sorted(r.full_name for r in rows)
    member = next(r for r in rows if r.id == saved.id)
    assert (member.inn, member.role, member.joined_on, member.agreement_no, member.is_member) \
        == ("7707083893", "college", date(2024, 9, 1), "17-П", True)
    others = [r for r in rows if r.id != saved.id]
    assert {(r.inn, r.ogrn, r.kpp, r.role, r.joined_on, r.agreement_no) for r in others} \
        == {("", "", "", "", None, "")}
    assert services.participants.members() == [member]
    assert services.participants.counterparties() == others
