"""The audit log: every change with before and after, hash-chained, append-only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from app.services import Services, open_store
from app.services.participants import ContactData, OrganizationData
from app.services.permissions import Actor, Role


def staff(services) -> Services:
    return Services(services.store, Actor("ivanova", Role.STAFF))


def org(**kw) -> OrganizationData:
    data = OrganizationData(full_name="ООО «Ромашка»", inn="7707083893",
                            contacts=[ContactData(full_name="Петров Пётр Петрович",
                                                  phone="+7 900 000-00-00")])
    return replace(data, **kw)


def test_every_change_is_logged_with_who_before_and_after(services):
    svc = staff(services)
    saved = svc.participants.create(org())
    svc.participants.update(replace(saved, region="Вологодская область"))
    svc.participants.delete(saved.id, saved.version + 1)

    rows = [e for e in services.audit.entries() if e.table_name == "organization"]
    assert [e.action for e in rows] == ["delete", "update", "create"]
    assert all(e.username == "ivanova" and e.row_id == str(saved.id) for e in rows)
    delete, update, create = rows
    assert create.after["full_name"] == "ООО «Ромашка»"
    assert update.before == {"region": ""} and update.after == {"region": "Вологодская область"}
    assert delete.before["inn"] == "7707083893"


def test_personal_data_never_enters_the_log(services):
    svc = staff(services)
    svc.participants.create(org())
    contact_rows = [e for e in services.audit.entries() if e.table_name == "contact"]
    assert contact_rows and contact_rows[0].after["full_name"] == "•••"
    everything = " ".join(str(e) for e in services.audit.entries())
    assert "Петров" not in everything and "900 000" not in everything


def test_the_chain_is_intact_and_check_passes(services):
    staff(services).participants.create(org())
    assert services.audit.verify() == []
    report = services.system.check()
    assert report.ok, report.problems


def test_the_log_refuses_updates_and_deletes(services):
    staff(services).participants.create(org())
    for statement in ("UPDATE audit_log SET username = 'hacker'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError), services.store.engine.begin() as conn:
            conn.execute(text(statement))
    assert services.audit.verify() == []


def _drop_guard(conn) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
    else:
        conn.execute(text("DROP TRIGGER audit_log_append_only ON audit_log"))


def test_tampering_is_detected_by_check(services):
    svc = staff(services)
    saved = svc.participants.create(org())
    svc.participants.update(replace(saved, region="Москва"))
    with services.store.engine.begin() as conn:
        _drop_guard(conn)  # an attacker with the database file in hand
        conn.execute(text("UPDATE audit_log SET username = 'someone_else' WHERE seq = 2"))
    problems = services.audit.verify()
    assert any("2" in p for p in problems)
    report = services.system.check()
    assert not report.ok


def test_removed_entries_are_detected(services):
    svc = staff(services)
    svc.participants.create(org())
    svc.participants.create(org(inn="7736207543", full_name="ООО «Лютик»", contacts=[]))
    with services.store.engine.begin() as conn:
        _drop_guard(conn)
        conn.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    assert services.audit.verify() != []


def test_record_history_for_a_form(services):
    svc = staff(services)
    saved = svc.participants.create(org())
    svc.participants.update(replace(saved, phone="+7 (8172) 11-22-33"))
    history = svc.audit.history([saved.id])
    assert [e.action for e in history] == ["create", "update"]


def test_reopening_the_database_adds_no_noise(db_url):
    first = Services(open_store(db_url))
    count = len(first.audit.entries())
    first.close()
    second = Services(open_store(db_url))
    try:
        assert len(second.audit.entries()) == count
    finally:
        second.close()


def test_filters(services):
    svc = staff(services)
    svc.participants.create(org())
    assert {e.username for e in services.audit.entries(username="ivanova")} == {"ivanova"}
    assert {e.action for e in services.audit.entries(action="create")} == {"create"}
    assert services.audit.entries(since=date(2000, 1, 1), until=date.today())
    assert services.audit.entries(until=date(2000, 1, 1)) == []


def test_search_ignores_case_in_russian(services):
    staff(services).participants.create(org(full_name="ООО «Ромашка»"))
    assert services.audit.entries(search="ромашка")
    assert services.audit.entries(search="РОМАШКА")
    assert services.audit.entries(search="лютик") == []


def test_every_store_logs_even_after_many_were_opened_and_closed(tmp_path):
    """Listeners were once keyed to each store's sessionmaker class; a new class could take a
    collected one's id and go unlogged.  Open many stores, churn the garbage collector."""
    import gc

    for i in range(40):
        svc = Services(open_store(str(tmp_path / f"{i}.sqlite3")))
        try:
            staff(svc).participants.create(org())
            assert [e.action for e in svc.audit.entries(table_name="organization")] == [
                "create"], f"store {i} was not logged"
        finally:
            svc.close()
        gc.collect()


def test_file_bytes_enter_the_log_as_size_and_checksum_not_as_text(services, tmp_path):
    from app.services.event_codes import PlanKind
    from app.services.events import EventData

    plan = services.events.create_plan(2025, PlanKind.ANNUAL, source="empty")
    saved = services.events.save_event(EventData(plan.id, "Ярмарка", date(2025, 3, 1)))
    photo = tmp_path / "фото.jpg"
    photo.write_bytes(bytes(range(256)) * 4096)  # 1 MB
    services.events.attach_file(saved.id, photo)
    (entry,) = [e for e in services.audit.entries() if e.table_name == "attachment"]
    assert entry.after["content"].startswith("<1048576 bytes, sha256 ")
    assert len(str(entry.after)) < 1000
