"""Older copies of a field package: a package counts its saves in field mode, the office keeps
the newest it merged; merging any copies of one export, in any order, any number of times,
ends as merging only the newest, and nothing the office holds is deleted or reverted by a copy
that has not seen it."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select

from app.models import (
    Answer,
    Attachment,
    AuditEntry,
    Base,
    Cluster,
    FieldPackage,
    Finding,
    InspectionPhoto,
)
from app.services.field import FieldService, field_actor, open_field_store, package_info
from app.services.field import merge as m
from app.services.field.package import PackageDiverged, checked_package
from tests.services.test_field import snapshot
from tests.services.test_inspections_support import (
    areas,
    distinct_colour,
    make_site,
    photo_file,
    plan,
)

INSPECTOR = "Иванов И. И."


@pytest.fixture
def office(services, tmp_path):
    a = areas(services)
    site, workshop, _ = make_site(services)
    brandbook = plan(a, site, inspectors=[INSPECTOR])
    equipment = plan(a, site, workshop, kind="equipment", inspectors=[INSPECTOR])
    field = FieldService(services.store, services.actor)
    package = field.export_package(tmp_path / "export", INSPECTOR).path
    yes_no = [x.item_id for x in brandbook.answers if x.answer_type == "yes_no"]
    return dict(a=a, field=field, package=package, brandbook=brandbook, equipment=equipment,
                yes_no=yes_no, tmp=tmp_path, services=services)


class Laptop:
    """The package on the inspector's laptop, opened in field mode."""

    def __init__(self, package: Path):
        self.store = open_field_store(package)
        from app.services import Services

        self.a = areas(Services(self.store, field_actor(package_info(self.store))),
                       field_actor(package_info(self.store)))

    def saves(self) -> int:
        return package_info(self.store).saves

    def close(self) -> None:
        self.store.close()


def copy(package: Path, name: str) -> Path:
    target = package.with_name(name)
    shutil.copyfile(package, target)
    return target


def answer_of(a, inspection_id, item_id):
    return next(x for x in a.inspections.inspection(inspection_id).answers
                if x.item_id == item_id)


def test_an_older_copy_changes_nothing_and_says_so(office):
    """The issue's scenario: export, copy to the laptop, answer «no» with a comment (a finding
    is made), merge the laptop's copy, then the original export file."""
    original = office["package"]
    laptop_file = copy(original, "laptop.cdpkg")
    item = office["yes_no"][0]
    laptop = Laptop(laptop_file)
    try:
        laptop.a.inspections.answer(office["brandbook"].id, item, "no", "Вывески нет")
    finally:
        laptop.close()
    first = office["field"].merge_package(laptop_file)
    assert first.rows.added == 1 and first.rows.changed >= 1 and not first.stale
    before = snapshot(office["services"].store)
    again = office["field"].merge_package(original)
    assert again.stale and again.changes == 0
    assert (again.saves, again.merged_saves) == (0, first.saves) and first.saves > 0
    assert again.stale_text() == m.translate(
        "Inspections", "This package is older than the one already merged (save {saves} of "
                       "{merged}): nothing was changed.").format(saves=0, merged=first.saves)
    assert snapshot(office["services"].store) == before  # the audit log included
    a = office["a"]
    now = answer_of(a, office["brandbook"].id, item)
    assert (now.value, now.comment) == ("no", "Вывески нет")
    [finding] = a.findings.list_findings(inspection_id=office["brandbook"].id)
    assert "Вывески нет" in finding.text


def test_every_save_in_field_mode_counts_and_reading_does_not(office):
    laptop = Laptop(office["package"])
    try:
        assert laptop.saves() == 0
        laptop.a.inspections.inspection(office["brandbook"].id)  # only reads
        assert laptop.saves() == 0
        laptop.a.inspections.answer(office["brandbook"].id, office["yes_no"][0], "yes")
        assert laptop.saves() == 1
        laptop.a.photos.add(office["brandbook"].id, photo_file(office["tmp"]), caption="Фасад")
        assert laptop.saves() == 2
    finally:
        laptop.close()


def test_office_edits_to_what_a_package_brought_survive_an_older_copy(office):
    """The finding came from the field; the office then set its due date.  An older copy that
    never had the finding neither deletes it nor undoes the office's edit."""
    original = office["package"]
    laptop = Laptop(original)
    try:
        laptop.a.inspections.answer(office["brandbook"].id, office["yes_no"][0], "no", "Нет")
        photo = laptop.a.photos.add(office["brandbook"].id, photo_file(office["tmp"]))
    finally:
        laptop.close()
    older = copy(original, "older.cdpkg")
    laptop = Laptop(original)
    try:
        laptop.a.photos.update(photo.id, "Вход")
    finally:
        laptop.close()
    assert office["field"].merge_package(original).photos.added == 1
    a = office["a"]
    [finding] = a.findings.list_findings()
    a.findings.update(replace(finding, text="Нет вывески у входа", due_on=date(2026, 5, 1)))
    state = user_state(office["services"].store)
    result = office["field"].merge_package(older)
    assert result.stale and result.changes == 0
    assert user_state(office["services"].store) == state
    [finding] = a.findings.list_findings()
    assert (finding.text, finding.due_on) == ("Нет вывески у входа", date(2026, 5, 1))
    assert [p.caption for p in a.photos.list_photos(office["brandbook"].id)] == ["Вход"]


def test_the_merge_itself_never_reverts_or_deletes_what_an_older_copy_did_not_see(office):
    """Below the service's check of the save count: the row merge alone, given an older copy
    after a newer one, takes nothing from it (a lower version is older, not a change; a row it
    never had is not deleted; a row the newer copy deleted does not come back)."""
    original, item = office["package"], office["yes_no"][0]
    laptop = Laptop(original)
    try:
        photo = laptop.a.photos.add(office["brandbook"].id, photo_file(office["tmp"]))
        older = copy(original, "older.cdpkg")
        laptop.a.inspections.answer(office["brandbook"].id, item, "no", "Нет вывески")
        laptop.a.photos.remove(photo.id)
        laptop.a.photos.add(office["brandbook"].id, photo_file(
            office["tmp"], "второе.jpg", color=distinct_colour(3)), caption="Второе")
    finally:
        laptop.close()
    office["field"].merge_package(older)
    office["field"].merge_package(original)
    store = office["services"].store
    state = user_state(store)
    with store.sessions() as s:
        cluster = s.scalars(select(Cluster.id)).first()
        exported = set(s.scalars(select(FieldPackage.id)))
    with checked_package(older, cluster, exported) as package, store.sessions.begin() as s:
        result = m.MergeResult(package.info.id, package.info.inspector)
        m.Merger(s, package.engine, package.info.id, result, m.describe,
                 package.info.saves).run()
    assert result.changes == 0, result
    assert user_state(store) == state
    now = answer_of(office["a"], office["brandbook"].id, item)
    assert (now.value, now.comment) == ("no", "Нет вывески")
    assert [p.caption for p in office["a"].photos.list_photos(office["brandbook"].id)] == [
        "Второе"]


# --- the property --------------------------------------------------------------------------


def user_state(store) -> dict:
    """What users see of inspections, without ids made per run, versions or times."""
    with store.sessions() as s:
        return dict(
            answers=sorted((str(r.inspection_id), str(r.item_id), r.value, r.comment)
                           for r in s.scalars(select(Answer))),
            findings=sorted((str(r.inspection_id), str(r.item_id), r.text, r.status)
                            for r in s.scalars(select(Finding))),
            photos=sorted((str(p.inspection_id), str(p.item_id), p.caption, sha)
                          for p, sha in s.execute(select(InspectionPhoto, Attachment.sha256)
                                                  .join(Attachment))),
            inspections=sorted((str(i.id), i.status, str(i.score), i.comment)
                               for i in s.scalars(select(m.Inspection))))


def of_inspection(state: dict, inspection_id) -> dict:
    key = str(inspection_id)
    return {name: [r for r in rows if r[0] == key] for name, rows in state.items()}


class Rows:
    """Every row of the office database at one moment, put back by Core (the audit log,
    append-only, is left as it is: it is not part of what is compared)."""

    def __init__(self, store):
        self.store = store
        self.tables = [t for t in Base.metadata.sorted_tables
                       if t.name != AuditEntry.__tablename__]
        with store.engine.connect() as conn:
            self.rows = {t.name: [dict(r._mapping) for r in conn.execute(select(t))]
                         for t in self.tables}

    def restore(self) -> None:
        with self.store.engine.begin() as conn:
            for table in reversed(self.tables):
                conn.execute(delete(table))
            for table in self.tables:
                if self.rows[table.name]:
                    conn.execute(insert(table), self.rows[table.name])


def laptop_history(office) -> list[Path]:
    """One inspector's day: a copy of the package file after every save in field mode."""
    package, brandbook, items = office["package"], office["brandbook"].id, office["yes_no"]
    snapshots = [copy(package, "save-0.cdpkg")]
    laptop = Laptop(package)

    def saved():
        snapshots.append(copy(package, f"save-{laptop.saves()}.cdpkg"))

    try:
        fa = laptop.a
        fa.inspections.answer(brandbook, items[0], "no", "Вывески нет")  # a finding
        saved()
        first = fa.photos.add(brandbook, photo_file(office["tmp"], "1.jpg",
                                                    color=distinct_colour(7)), caption="Вход")
        saved()
        fa.inspections.answer(brandbook, items[1], "yes")
        saved()
        fa.photos.update(first.id, "Вход, слева")
        saved()
        fa.inspections.answer(brandbook, items[0], "yes")  # the finding goes
        saved()
        fa.photos.remove(first.id)
        saved()
        fa.photos.add(brandbook, photo_file(office["tmp"], "2.jpg", color=distinct_colour(8)),
                      caption="Зал")
        saved()
        fa.inspections.answer(brandbook, items[2], "no", "Нет огнетушителя")
        saved()
    finally:
        laptop.close()
    return snapshots


def second_laptop(office, common: Path) -> list[Path]:
    """The file copied at ``common`` to a second laptop and filled there too (in parallel
    with the first): its saves after the copy, one snapshot each."""
    package = copy(common, "second.cdpkg")
    brandbook, items = office["brandbook"].id, office["yes_no"]
    snapshots = []
    laptop = Laptop(package)
    try:
        laptop.a.inspections.answer(brandbook, items[1], "no", "Нет огнетушителя (второй)")
        snapshots.append(copy(package, f"second-{laptop.saves()}.cdpkg"))
        laptop.a.photos.add(brandbook, photo_file(office["tmp"], "склад.jpg",
                                                  color=distinct_colour(9)), caption="Склад")
        snapshots.append(copy(package, f"second-{laptop.saves()}.cdpkg"))
    finally:
        laptop.close()
    return snapshots


def is_prefix(short: tuple, long: tuple) -> bool:
    return long[:len(short)] == short


def test_any_copies_in_any_order_end_as_merging_only_the_newest(office):
    """Snapshots of one laptop's package, and of a copy filled in parallel on a second laptop
    from the first's second save: a copy whose saves contain the merged ones merges; one
    contained in them is older (nothing changes); one that is neither is refused whole."""
    services, field = office["services"], office["field"]
    snapshots = laptop_history(office)
    common = 2
    # which saves made each snapshot: ("1", k) on the first laptop, ("2", k) on the second
    made = [tuple(("1", k) for k in range(1, i + 1)) for i in range(len(snapshots))]
    for k, path in enumerate(second_laptop(office, snapshots[common]), start=common + 1):
        snapshots.append(path)
        made.append(made[common] + tuple(("2", j) for j in range(common + 1, k + 1)))
    assert len({p.read_bytes() for p in snapshots}) == len(snapshots) == 11
    start = Rows(services.store)
    equipment = office["equipment"]
    office_items = [x.item_id for x in equipment.answers if x.answer_type == "yes_no"]
    brandbook_id = office["brandbook"].id

    expected: dict[int, dict] = {}  # the office's state after merging only snapshot i
    for i in range(len(snapshots)):
        start.restore()
        field.merge_package(snapshots[i])
        expected[i] = of_inspection(user_state(services.store), brandbook_id)
    assert expected[len(snapshots) - 1] != expected[0]

    merges = st.tuples(st.just("merge"), st.integers(0, len(snapshots) - 1))
    edits = st.tuples(st.just("edit"), st.integers(0, len(office_items) - 1),
                      st.sampled_from(["yes", "no", "na"]))
    photos = st.tuples(st.just("photo"), st.integers(10, 29))

    @settings(max_examples=25, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow])
    @given(st.lists(st.one_of(merges, edits, photos), min_size=1, max_size=6))
    # the first laptop's saves 0-8, the second's 3-4 as 9-10: copies filled in parallel
    @example([("merge", 8), ("merge", 9)])
    @example([("merge", 10), ("edit", 0, "no"), ("merge", 3), ("merge", 1), ("merge", 9)])
    @example([("merge", 2), ("photo", 11), ("merge", 9), ("merge", 5), ("merge", 10)])
    def run(steps):
        start.restore()
        a = office["a"]
        newest, office_answers, office_photos = 0, {}, set()
        for step in steps:
            if step[0] == "merge":
                before, mine, merged = user_state(services.store), made[step[1]], made[newest]
                if not (is_prefix(mine, merged) or is_prefix(merged, mine)):
                    with pytest.raises(PackageDiverged):  # filled in parallel: refused
                        field.merge_package(snapshots[step[1]])
                    refused.append(step[1])
                    assert user_state(services.store) == before
                    continue
                result = field.merge_package(snapshots[step[1]])
                if len(mine) < len(merged):  # older than one merged: recognised, unchanged
                    assert result.stale and result.changes == 0
                if is_prefix(mine, merged):
                    assert user_state(services.store) == before
                else:
                    newest = step[1]
            elif step[0] == "edit":  # the office answers the inspection the field leaves alone
                a.inspections.answer(equipment.id, office_items[step[1]], step[2],
                                     f"Офис: {step[2]}")
                office_answers[office_items[step[1]]] = (step[2], f"Офис: {step[2]}")
            elif step[1] not in office_photos:
                office_photos.add(step[1])
                a.photos.add(equipment.id, photo_file(
                    office["tmp"], f"office-{step[1]}.jpg", color=distinct_colour(step[1])),
                    caption=f"Офис {step[1]}")
        state = user_state(services.store)
        assert of_inspection(state, brandbook_id) == expected[newest]
        theirs = {uuid_item: (v, c) for _, uuid_item, v, c in
                  of_inspection(state, equipment.id)["answers"]}
        for item, value in office_answers.items():
            assert theirs[str(item)] == value  # never reverted by any copy
        assert sorted(p[2] for p in of_inspection(state, equipment.id)["photos"]) == sorted(
            f"Офис {n}" for n in office_photos)

    refused: list[int] = []
    run()
    assert refused  # the examples did merge copies filled in parallel
