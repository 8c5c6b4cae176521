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

    from app.db import sqlite_url
    from tests.db_templates import start_from_template

    for i in range(40):
        url = sqlite_url(tmp_path / f"{i}.sqlite3")
        start_from_template(url, demo=False)  # a new database, copied: the stores are the point
        svc = Services(open_store(url))
        try:
            staff(svc).participants.create(org())
            assert [e.action for e in svc.audit.entries(table_name="organization")] == [
                "create"], f"store {i} was not logged"
        finally:
            svc.close()
        gc.collect()


def test_file_bytes_enter_the_log_as_size_and_checksum_not_as_text(services, tmp_path):
    from app.services.event_codes import PlanKind
    from app.services.event_data import EventData

    plan = services.events.create_plan(2025, PlanKind.ANNUAL, source="empty")
    saved = services.events.save_event(EventData(plan.id, "Ярмарка", date(2025, 3, 1)))
    photo = tmp_path / "фото.jpg"
    photo.write_bytes(bytes(range(256)) * 4096)  # 1 MB
    services.events.attach_file(saved.id, photo)
    (entry,) = [e for e in services.audit.entries() if e.table_name == "attachment"]
    assert entry.after["content"].startswith("<1048576 bytes, sha256 ")
    assert len(str(entry.after)) < 1000


# --- the chain's key and recorded head (issue 16, item 5) --------------------------------------

def _two_changes(services):
    svc = staff(services)
    svc.participants.create(org())
    svc.participants.create(org(inn="7736207543", full_name="ООО «Лютик»", contacts=[]))


def _last_seq(conn) -> int:
    return conn.execute(text("SELECT max(seq) FROM audit_log")).scalar()


def _rewrite_plain(conn, from_seq: int, username: str | None = None) -> None:
    """What an attacker without the key can do: change entries and recompute every hash
    after them with plain SHA-256, so that each link holds."""
    from app.services.audit import entry_hash

    rows = conn.execute(text(
        "SELECT seq, at, username, action, table_name, row_id, before, after, detail, hash "
        "FROM audit_log ORDER BY seq")).all()
    prev = ""
    for r in rows:
        if r.seq >= from_seq:
            name = username if username is not None and r.seq == from_seq else r.username
            new = entry_hash(prev, r.seq, r.at, name, r.action, r.table_name, r.row_id,
                             r.before, r.after, r.detail)
            conn.execute(text("UPDATE audit_log SET username = :u, prev_hash = :p, hash = :h "
                              "WHERE seq = :s"), {"u": name, "p": prev, "h": new, "s": r.seq})
            prev = new
        else:
            prev = r.hash


def test_removing_the_newest_entries_is_found_by_check(services):
    _two_changes(services)
    engine = services.store.engine
    with engine.begin() as conn:
        last = _last_seq(conn)
        _drop_guard(conn)
        conn.execute(text("DELETE FROM audit_log WHERE seq > :s"), {"s": last - 2})
    from app.services.audit import verify_chain

    assert verify_chain(engine) == []  # what is left is a whole chain: only the head tells
    report = services.system.check()
    assert not report.ok
    assert any(f"{last - 1}–{last}" in p for p in report.problems), report.problems
    # the evidence stays: a later change does not make the recorded head forget it
    staff(services).participants.create(org(inn="7702070139", full_name="ООО «Мак»",
                                            contacts=[]))
    assert not services.system.check().ok


def test_rewriting_the_log_with_every_hash_recomputed_is_found_by_check(services):
    _two_changes(services)
    engine = services.store.engine
    with engine.begin() as conn:
        _drop_guard(conn)
        _rewrite_plain(conn, 2, username="someone_else")
    report = services.system.check()
    assert not report.ok
    assert services.audit.verify()


def test_a_plain_rewrite_after_signed_entries_is_found_even_without_the_head(services):
    from app.services import audit_chain

    if services.store.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL entries are not signed: only the recorded head protects them")
    _two_changes(services)
    engine = services.store.engine
    with engine.begin() as conn:
        _drop_guard(conn)
        _rewrite_plain(conn, 3, username="someone_else")
    audit_chain.head_file(engine).unlink()
    problems = services.audit.verify()
    assert any("3" in p for p in problems), problems
    assert not services.system.check().ok


def test_an_untouched_log_is_signed_and_matches_its_head(services):
    from app.services import audit_chain

    _two_changes(services)
    engine = services.store.engine
    report = services.system.check()
    assert report.ok, report.problems
    head = audit_chain.recorded_head(engine)
    with engine.connect() as conn:
        assert head == audit_chain.current_head(conn)
        hashes = [h for (h,) in conn.execute(text("SELECT hash FROM audit_log"))]
    assert audit_chain.compare_with_head(engine, head.seq, head.hash) == []
    assert audit_chain.compare_with_head(engine, head.seq + 3, "x")  # a backup knew more
    assert audit_chain.compare_with_head(engine, head.seq, "x")  # a backup knew other entries
    if engine.dialect.name == "sqlite":
        assert all(h.startswith("h1:") and len(h) <= 64 for h in hashes)
    else:
        assert not any(h.startswith("h1:") for h in hashes)


def test_the_key_is_outside_the_database_and_readable_by_its_owner_only(services):
    import os
    import stat

    from app.db import sqlite_path
    from app.services import audit_chain

    path = sqlite_path(services.store.engine)
    if path is None:
        pytest.skip("PostgreSQL entries are not signed")
    _two_changes(services)
    (key_file,) = audit_chain.keys_folder().glob("*.key")
    services.close()
    key = key_file.read_text().strip()
    assert key not in path.read_bytes().decode("latin-1")
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700


def test_entries_made_before_keying_still_verify_and_new_ones_are_signed(services):
    from app.services import audit_chain

    _two_changes(services)
    engine = services.store.engine
    with engine.begin() as conn:  # a database from before this version: plain hashes only
        _drop_guard(conn)
        _rewrite_plain(conn, 1)
        old_last = _last_seq(conn)
    audit_chain.accept_current_head(engine)
    assert services.system.check().ok
    staff(services).participants.create(org(inn="7702070139", full_name="ООО «Мак»",
                                            contacts=[]))
    report = services.system.check()
    assert report.ok, report.problems
    with engine.connect() as conn:
        newest = conn.execute(text("SELECT hash FROM audit_log WHERE seq > :s"),
                              {"s": old_last}).scalars().all()
    assert newest and all(h.startswith("h1:") == (engine.dialect.name == "sqlite")
                          for h in newest)


def test_a_computer_without_the_key_reports_what_it_cannot_verify(services):
    from app.services import audit_chain

    if services.store.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL entries are not signed")
    _two_changes(services)
    for key_file in audit_chain.keys_folder().glob("*.key"):
        key_file.unlink()
    audit_chain._keys.clear()  # another computer: this process never saw the key
    report = services.system.check()
    assert report.ok, report.problems  # nothing is wrong with the log; the head matches
    assert any(".key" in line for line in report.lines)
    # work goes on there under a new key; the earlier entries stay unverifiable, not wrong
    staff(services).participants.create(org(inn="7702070139", full_name="ООО «Мак»",
                                            contacts=[]))
    assert services.system.check().ok
    assert len(list(audit_chain.keys_folder().glob("*.key"))) == 1


def test_what_is_not_detected_a_full_rewrite_with_the_state_file_gone(services):
    """The documented limit: someone who rewrites the whole log and also deletes this
    computer's state file (or has the key) is not found by ``check``."""
    from app.services import audit_chain

    _two_changes(services)
    engine = services.store.engine
    with engine.begin() as conn:
        _drop_guard(conn)
        _rewrite_plain(conn, 1, username="someone_else")
    audit_chain.head_file(engine).unlink()
    assert services.system.check().ok


def test_a_restore_takes_the_restored_log_as_the_known_one(services, db_url):
    from datetime import datetime

    if services.store.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL is restored with pg_restore")
    saved = staff(services).participants.create(org())
    backup = services.backups.backup_now(now=datetime(2026, 11, 24, 10, 0))
    staff(services).participants.update(replace(saved, region="Москва"))
    services.backups.restore(backup, now=datetime(2026, 11, 24, 11, 0))
    services.close()
    again = Services(open_store(db_url))
    try:
        report = again.system.check()
        assert report.ok, report.problems
    finally:
        again.close()


def test_another_computer_writing_to_the_same_database_is_no_alarm(services, monkeypatch,
                                                                   tmp_path):
    """Each computer records the head it saw last; entries added after it by others are an
    extension, not a rewrite (a PostgreSQL database shared by a team)."""
    staff(services).participants.create(org())
    here = services.store.engine
    monkeypatch.setenv("CLUSTERDESK_HOME", str(tmp_path / "other-computer"))
    staff(services).participants.create(org(inn="7736207543", full_name="ООО «Лютик»",
                                            contacts=[]))
    monkeypatch.setenv("CLUSTERDESK_HOME", str(tmp_path / "home"))
    from app.services import audit_chain

    with here.connect() as conn:
        assert audit_chain.recorded_head(here).seq < audit_chain.current_head(conn).seq
    report = services.system.check()
    assert report.ok, report.problems
    staff(services).participants.create(org(inn="7702070139", full_name="ООО «Мак»",
                                            contacts=[]))
    with here.connect() as conn:
        assert audit_chain.recorded_head(here) == audit_chain.current_head(conn)


def test_accepting_the_log_as_it_is_takes_an_administrator_and_is_audited(services):
    from app.services.errors import PermissionDenied

    _two_changes(services)
    with services.store.engine.begin() as conn:
        last = _last_seq(conn)
        _drop_guard(conn)
        conn.execute(text("DELETE FROM audit_log WHERE seq = :s"), {"s": last})
    assert not services.system.check().ok
    with pytest.raises(PermissionDenied):
        staff(services).system.accept_audit_head()
    assert not services.system.check().ok
    services.system.accept_audit_head()
    assert services.system.check().ok
    assert services.audit.entries(action="audit_accepted")


def test_the_newest_backup_is_a_second_witness_of_the_log(services):
    """The head written in the newest backup's manifest must still be in the log: removing
    the newest entries is found through it even when this computer's state file is gone."""
    from datetime import datetime

    from app.services import audit_chain

    _two_changes(services)
    services.backups.backup_now(now=datetime(2026, 12, 7, 9, 0))
    assert services.system.check().ok
    engine = services.store.engine
    with engine.begin() as conn:
        last = _last_seq(conn)
        _drop_guard(conn)
        conn.execute(text("DELETE FROM audit_log WHERE seq > :s"), {"s": last - 3})
    audit_chain.head_file(engine).unlink()
    report = services.system.check()
    assert not report.ok
    assert any("clusterdesk-20261207-090000-manual" in p for p in report.problems), \
        report.problems
