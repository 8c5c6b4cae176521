"""Field packages: export → fill in field mode → merge; idempotent merges, conflicts with
both values kept, damaged and foreign files refused with no change, nothing lost on a kill."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import (
    Answer,
    Attachment,
    AuditEntry,
    Base,
    FieldSync,
    InspectionPhoto,
    MergeConflict,
)
from app.services.field import (
    FieldService,
    PackageRefused,
    field_actor,
    open_field_store,
    package_info,
)
from app.services.permissions import Actor, Role
from tests.services.test_inspections_support import (
    answer_all,
    areas,
    make_site,
    photo_file,
    plan,
)


def snapshot(store) -> dict[str, int]:
    """Row counts and the highest version of every table: equal snapshots, no change."""
    out = {}
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            count = conn.execute(select(func.count()).select_from(table)).scalar()
            version = conn.execute(select(func.sum(table.c.version))).scalar() \
                if "version" in table.c else None
            out[table.name] = (count, version)
    return out


@pytest.fixture
def office(services, tmp_path):
    a = areas(services)
    site, workshop, college = make_site(services)
    brandbook = plan(a, site, inspectors=["Иванов И. И."])
    equipment = plan(a, site, workshop, kind="equipment", inspectors=["Иванов И. И."])
    other = plan(a, site, kind="safety", inspectors=["Петров П. П."])
    return dict(a=a, field=FieldService(services.store, services.actor), site=site,
                brandbook=brandbook, equipment=equipment, other=other, tmp=tmp_path)


def export(office, inspector="Иванов И. И.") -> Path:
    result = office["field"].export_package(office["tmp"] / "ivanov", inspector)
    assert result.path.suffix == ".cdpkg"
    return result.path


def fill(package: Path, tmp: Path, fn) -> None:
    """Open the package in field mode, as the inspector, and run ``fn(areas)``."""
    store = open_field_store(package)
    try:
        from app.services import Services

        info = package_info(store)
        fn(areas(Services(store, field_actor(info)), field_actor(info)), info)
    finally:
        store.close()


def test_export_holds_only_the_inspectors_work_and_no_personal_data(services, office):
    package = export(office)
    store = open_field_store(package)
    try:
        info = package_info(store)
        assert info.inspector == "Иванов И. И." and info.inspections == 2
        assert field_actor(info) == Actor("Иванов И. И.", Role.INSPECTOR)
        with store.sessions() as s:
            from app.models import Contact, Inspection, User
            assert {i.id for i in s.scalars(select(Inspection))} == {
                office["brandbook"].id, office["equipment"].id}
            assert s.query(Contact).count() == 0 and s.query(User).count() == 0
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    finally:
        store.close()
    assert package_info(services.store) is None
    every = office["field"].export_package(office["tmp"] / "all.cdpkg")
    assert every.inspections == 3 and every.sites == 1
    with pytest.raises(Exception) as error:
        office["field"].export_package(office["tmp"] / "x.cdpkg", "Никто")
    assert "Никто" in str(error.value)


def test_round_trip_then_merging_again_changes_nothing(services, office):
    package = export(office)
    tmp = office["tmp"]

    def work(a, info):
        answer_all(a, a.inspections.inspection(office["brandbook"].id), "yes", tmp)
        eq = a.inspections.inspection(office["equipment"].id)
        first = next(x for x in eq.answers if x.answer_type == "yes_no")
        a.inspections.answer(eq.id, first.item_id, "no", "Не поставлен")
        a.photos.add(eq.id, photo_file(tmp, "общий.jpg", orientation=6), caption="Общий вид")
        a.inspections.complete(office["brandbook"].id)

    fill(package, tmp, work)
    result = office["field"].merge_package(package)
    assert result.rows.conflicts == result.photos.conflicts == 0
    assert result.rows.changed > 10 and result.photos.added == 3 and result.files_added == 3
    assert result.rows.added == 1  # the finding made in the field
    a = office["a"]
    done = a.inspections.inspection(office["brandbook"].id)
    assert done.status == "done" and done.score == 100
    assert all(x.value or x.answer_type in ("photo",) for x in done.answers)
    assert [p.caption for p in a.photos.list_photos(office["equipment"].id)] == ["Общий вид"]
    [finding] = a.findings.list_findings()
    assert "Не поставлен" in finding.text
    before = snapshot(services.store)
    again = office["field"].merge_package(package)
    assert again.changes == 0
    assert snapshot(services.store) == before  # the audit log included: nothing written
    # an edit in the field after the merge comes over as a change, not a conflict
    def later(a, info):
        a.photos.update(a.photos.list_photos(office["equipment"].id)[0].id, "Вид от входа")
    fill(package, tmp, later)
    third = office["field"].merge_package(package)
    assert third.photos.changed == 1 and third.photos.conflicts == 0
    assert [p.caption for p in a.photos.list_photos(office["equipment"].id)] == ["Вид от входа"]


def test_the_same_answer_edited_on_both_sides_is_one_conflict_with_both_values(services, office):
    package = export(office)
    a = office["a"]
    item = next(x for x in office["brandbook"].answers if x.answer_type == "yes_no")
    a.inspections.answer(office["brandbook"].id, item.item_id, "yes", "В офисе: по фото")
    fill(package, office["tmp"], lambda fa, info: fa.inspections.answer(
        office["brandbook"].id, item.item_id, "no", "На месте: вывески нет"))
    result = office["field"].merge_package(package)
    conflicts = office["field"].conflicts()
    answer_conflicts = [c for c in conflicts if c.table_name == "inspection_answer"]
    assert len(answer_conflicts) == 1
    [c] = answer_conflicts
    assert c.kind == "both_changed" and item.text in c.label
    assert c.office_values["value"] == "yes" and c.field_values["value"] == "no"
    assert c.differences()["comment"] == ("В офисе: по фото", "На месте: вывески нет")
    assert len(conflicts) == 1  # not the score (worked out again), not the field's finding
    assert result.rows.conflicts == 1
    assert a.findings.list_findings(inspection_id=office["brandbook"].id) == []
    # the office value stays until someone chooses; a second merge adds no second conflict
    now = next(x for x in a.inspections.inspection(office["brandbook"].id).answers
               if x.item_id == item.item_id)
    assert now.value == "yes"
    assert office["field"].merge_package(package).changes == 0
    assert len(office["field"].conflicts()) == len(conflicts)
    resolved = office["field"].resolve_conflict(c.id, "field")
    assert resolved.resolved and resolved.resolution == "field"
    now = next(x for x in a.inspections.inspection(office["brandbook"].id).answers
               if x.item_id == item.item_id)
    assert (now.value, now.comment) == ("no", "На месте: вывески нет")
    assert len(a.findings.list_findings(inspection_id=office["brandbook"].id)) == 1
    assert a.inspections.inspection(office["brandbook"].id).score == 0
    assert office["field"].conflicts() == []
    assert office["field"].merge_package(package).changes == 0


def test_photos_are_deduplicated_by_checksum(services, office):
    package = export(office)
    picture = photo_file(office["tmp"], "same.jpg", color=(10, 200, 10))
    office["a"].photos.add(office["equipment"].id, picture, caption="Из офиса")
    fill(package, office["tmp"], lambda fa, info: fa.photos.add(
        office["equipment"].id, picture, caption="Из офиса"))
    result = office["field"].merge_package(package)
    assert result.files_added == 0 and result.files_reused == 1
    assert result.photos.added == 0 and result.photos.conflicts == 0
    with services.store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 1
        assert s.scalar(select(func.count()).select_from(InspectionPhoto)) == 1


def test_a_deleted_photo_in_the_field_is_deleted_at_the_office(services, office):
    photo = office["a"].photos.add(office["equipment"].id, photo_file(office["tmp"]))
    package = export(office)
    fill(package, office["tmp"], lambda fa, info: fa.photos.remove(photo.id))
    result = office["field"].merge_package(package)
    assert result.photos.deleted == 1
    assert office["a"].photos.list_photos() == []


@pytest.mark.parametrize("damage", ["truncated", "flipped", "foreign", "not sqlite", "office db",
                                    "empty date"])
def test_a_damaged_or_foreign_file_is_refused_with_no_change(services, office, damage, db_url):
    package = export(office)
    fill(package, office["tmp"], lambda fa, info: answer_all(
        fa, fa.inspections.inspection(office["brandbook"].id), "no", office["tmp"]))
    data = package.read_bytes()
    if damage == "truncated":
        package.write_bytes(data[: len(data) * 2 // 3])
    elif damage == "flipped":  # a photo's bytes changed: its checksum no longer matches
        import sqlite3
        with sqlite3.connect(package) as conn:
            photo = conn.execute("SELECT content FROM attachment LIMIT 1").fetchone()[0]
        at = data.index(photo[:200]) + 100  # inside the stored photo, not a thumbnail
        with open(package, "r+b") as handle:
            handle.seek(at)
            handle.write(bytes(b ^ 0x55 for b in data[at:at + 8]))
    elif damage == "foreign":  # a package of another office
        from app.services import Services, open_store
        other = Services(open_store(str(office["tmp"] / "other.sqlite3")))
        try:
            site, _, _ = make_site(other, "Чужая площадка")
            plan(areas(other), site)
            package = FieldService(other.store, other.actor).export_package(
                office["tmp"] / "other.cdpkg").path
        finally:
            other.close()
    elif damage == "not sqlite":
        package.write_bytes(b"PK\x03\x04" + os.urandom(2000))
    elif damage == "empty date":  # SQLite keeps any value in any column
        import sqlite3
        with sqlite3.connect(package) as conn:
            conn.execute("UPDATE inspection SET inspected_on = ''")
        conn.close()
    else:
        from app.db import sqlite_path
        path = sqlite_path(db_url)
        if path is None:
            pytest.skip("the office database is not a file")
        package = office["tmp"] / "office-copy.cdpkg"
        package.write_bytes(path.read_bytes())
    before = snapshot(services.store)
    with pytest.raises(PackageRefused) as error:
        office["field"].merge_package(package)
    assert "package" in error.value.errors
    assert snapshot(services.store) == before


def test_an_inspector_cannot_export_or_merge(services, office):
    inspector = FieldService(services.store, Actor("Иванов И. И.", Role.INSPECTOR))
    from app.services.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        inspector.export_package(office["tmp"] / "x.cdpkg")
    with pytest.raises(PermissionDenied):
        inspector.merge_package(office["tmp"] / "x.cdpkg")


KILLED_WORKER = r"""
import os, sys, signal
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from app.services import Services
from app.services.field import field_actor, open_field_store, package_info
from app.services.inspections import InspectionsService
from app.services.photos import PhotosService
store = open_field_store(sys.argv[1])
actor = field_actor(package_info(store))
inspections, photos = InspectionsService(store, actor), PhotosService(store, actor)
import uuid
inspection = inspections.inspection(uuid.UUID(sys.argv[2]))
yes_no = [x for x in inspection.answers if x.answer_type == "yes_no"]
for x in yes_no[:3]:
    inspections.answer(inspection.id, x.item_id, "no", "Сохранено до сбоя")
photos.add(inspection.id, sys.argv[3], caption="Снято до сбоя")
print("saved", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # the power is pulled: no clean exit, no close
"""


def test_a_killed_field_session_keeps_everything_saved_before(services, office):
    package = export(office)
    picture = photo_file(office["tmp"], "before-kill.jpg")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", KILLED_WORKER, str(package),
                           str(office["brandbook"].id), str(picture)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert "saved" in done.stdout, done.stderr
    assert done.returncode != 0  # it was killed
    # the package file alone (no journal, no WAL beside it) holds what was entered
    assert not any(package.with_name(package.name + s).exists() for s in ("-wal", "-journal"))
    lonely = office["tmp"] / "carried" / package.name
    lonely.parent.mkdir()
    lonely.write_bytes(package.read_bytes())
    result = office["field"].merge_package(lonely)
    assert result.rows.changed >= 3 and result.photos.added == 1
    answers = office["a"].inspections.inspection(office["brandbook"].id).answers
    assert sum(x.comment == "Сохранено до сбоя" for x in answers) == 3
    # and the laptop can open the package again after the crash (stale lock replaced)
    fill(package, office["tmp"], lambda fa, info: None)


def test_merge_audit_and_sync_bookkeeping(services, office):
    package = export(office)
    with services.store.sessions() as s:
        tracked = s.scalar(select(func.count()).select_from(FieldSync))
        answers = s.scalar(select(func.count()).select_from(Answer).where(
            Answer.inspection_id.in_([office["brandbook"].id, office["equipment"].id])))
        assert tracked > answers
    fill(package, office["tmp"], lambda fa, info: fa.inspections.answer(
        office["brandbook"].id, office["brandbook"].answers[0].item_id, "yes"))
    office["field"].merge_package(package)
    with services.store.sessions() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "field_package")
                            .order_by(AuditEntry.seq)).all()
        assert [e.action for e in entries if e.action in ("export", "import")] == [
            "export", "import"]
        assert s.scalar(select(func.count()).select_from(MergeConflict)) == 0
    [row] = office["field"].packages()
    assert row.merges == 1 and row.inspector == "Иванов И. И." and row.open_conflicts == 0
    assert row.merged_at is not None


def test_the_photos_a_test_attaches_are_never_the_same_picture(tmp_path):
    """answer_all coloured each photo by its item's random id (mod 255): near colours are the
    same JPEG bytes, so now and then two items got one picture and the second was refused
    («Эта фотография уже приложена»).  The colours now go by position, far apart."""
    import hashlib

    from tests.services.test_inspections_support import distinct_colour

    pictures = {hashlib.sha256(photo_file(tmp_path, f"{n}.jpg", color=distinct_colour(n))
                               .read_bytes()).digest() for n in range(30)}
    assert len(pictures) == 30
