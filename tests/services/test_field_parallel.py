"""One package file copied to two laptops and filled on both: each save extends the package's
lineage (a hash chain of random save ids); the office keeps the lineage it merged and refuses,
whole, a copy that does not contain it — whichever copy comes second, whatever its count."""

# ruff: noqa: F811  (the fixture ``office`` is imported and used as an argument)

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from app.models import FieldPackage
from app.services.field import PackageRefused, package_info
from app.services.field import lineage as ln
from app.services.field.lineage import Lineage, Relation
from app.services.field.package import PackageDiverged
from tests.services.test_field import snapshot
from tests.services.test_field_stale import (
    Laptop,
    answer_of,
    copy,
    office,  # noqa: F401  (a fixture)
    user_state,
)
from tests.services.test_inspections_support import distinct_colour, photo_file

DIVERGED = ("This copy of the package was filled in parallel with the one already merged (on "
            "another computer): it was not merged, nothing was changed. The data in the file "
            "is kept; for a second inspector export a separate package.")


def fill(office, package, steps) -> None:
    """Field mode on one laptop: ``steps`` are (item index, value, comment) answers or
    ("photo", n) photos, one save each."""
    laptop = Laptop(package)
    try:
        for step in steps:
            if step[0] == "photo":
                laptop.a.photos.add(office["brandbook"].id, photo_file(
                    office["tmp"], f"{package.stem}-{step[1]}.jpg",
                    color=distinct_colour(step[1])), caption=f"Фото {step[1]}")
            else:
                laptop.a.inspections.answer(office["brandbook"].id, office["yes_no"][step[0]],
                                            step[1], step[2])
    finally:
        laptop.close()


def lineage_of(package) -> Lineage:
    from app.services.field import open_field_store

    store = open_field_store(package)
    try:
        info = package_info(store)
        return Lineage(info.saves, info.lineage)
    finally:
        store.close()


FIRST = [(0, "no", "Вывески нет"), ("photo", 3)]  # two saves: a finding and a photo
SECOND = [(1, "no", "Нет огнетушителя")]  # one save: another finding


@pytest.mark.parametrize("order", ["first, then second", "second, then first"])
def test_two_copies_filled_in_parallel_the_second_is_refused(office, order):
    """The one export copied to two laptops: each answers differently.  Whichever is merged
    second (with more saves or fewer) is refused whole, nothing changes, its file stays."""
    a_file = copy(office["package"], "ноутбук-1.cdpkg")
    b_file = copy(office["package"], "ноутбук-2.cdpkg")
    fill(office, a_file, FIRST)
    fill(office, b_file, SECOND)
    first, second = (a_file, b_file) if order.startswith("first") else (b_file, a_file)
    merged = office["field"].merge_package(first)
    assert merged.rows.added >= 1 and not merged.stale
    before, state = snapshot(office["services"].store), user_state(office["services"].store)
    data = second.read_bytes()
    with pytest.raises(PackageDiverged) as refused:
        office["field"].merge_package(second)
    assert isinstance(refused.value, PackageRefused)
    assert str(refused.value) == ln_translate(DIVERGED)
    assert snapshot(office["services"].store) == before  # the audit log included
    assert user_state(office["services"].store) == state
    assert second.read_bytes() == data
    a = office["a"]
    brandbook, items = office["brandbook"].id, office["yes_no"]
    kept = {0: "Вывески нет", 1: "Нет огнетушителя"}
    mine = 0 if first == a_file else 1
    assert answer_of(a, brandbook, items[mine]).comment == kept[mine]
    assert answer_of(a, brandbook, items[1 - mine]).value != "no"
    [finding] = a.findings.list_findings(inspection_id=brandbook)
    assert kept[mine] in finding.text
    # the merged copy still merges (nothing new); again the other is refused
    assert office["field"].merge_package(first).changes == 0
    with pytest.raises(PackageDiverged):
        office["field"].merge_package(second)


def ln_translate(text: str) -> str:
    from app.services.base import translate

    return translate("Inspections", text)


def test_copies_of_a_common_save_diverge_only_after_it(office):
    """Filled on one laptop, then copied to a second: merging the common save first, then
    either branch, is a normal merge; the other branch is refused; the common save and the
    export itself are older copies (nothing changes, said so)."""
    package = office["package"]
    fill(office, package, [(0, "no", "Вывески нет")])
    common = copy(package, "общий.cdpkg")
    branch = copy(package, "второй.cdpkg")
    fill(office, package, [(2, "yes", None), (0, "yes", None)])  # the finding goes
    fill(office, branch, [(1, "no", "Нет огнетушителя")])
    assert office["field"].merge_package(common).rows.added == 1
    assert office["field"].merge_package(branch).rows.added == 1
    state = user_state(office["services"].store)
    with pytest.raises(PackageDiverged):
        office["field"].merge_package(package)  # neither deletes the other's finding
    assert user_state(office["services"].store) == state
    stale = office["field"].merge_package(common)
    assert stale.stale and stale.changes == 0
    assert user_state(office["services"].store) == state
    texts = " | ".join(f.text for f in office["a"].findings.list_findings(
        inspection_id=office["brandbook"].id))
    assert "Вывески нет" in texts and "Нет огнетушителя" in texts


def test_each_save_extends_the_lineage_with_a_random_save(office):
    """Two laptops making the very same answer at the same count still differ; a copy's
    lineage starts with everything its original had."""
    one, two = copy(office["package"], "1.cdpkg"), copy(office["package"], "2.cdpkg")
    fill(office, one, [(0, "yes", None)])
    fill(office, two, [(0, "yes", None)])
    first, second = lineage_of(one), lineage_of(two)
    assert (first.saves, second.saves) == (1, 1) and first.known and second.known
    assert first.heads != second.heads
    assert ln.relation(first, second) is Relation.DIVERGED
    fill(office, one, [(1, "no", "Нет")])
    longer = lineage_of(one)
    assert longer.heads.startswith(first.heads) and longer.saves == 2
    assert ln.relation(first, longer) is Relation.NEWER
    assert ln.relation(longer, first) is Relation.OLDER
    assert ln.relation(longer, longer) is Relation.SAME
    assert ln.relation(Lineage(0), longer) is Relation.NEWER


def forget_lineage(package) -> None:
    """As a package from before lineages: saves counted, no chain."""
    with sqlite3.connect(package) as conn:
        conn.execute("UPDATE field_package SET lineage = ''")
    conn.close()


def test_packages_without_a_lineage_are_compared_by_their_count(office):
    """A package from before lineages: newer by count merges, older by count is stale — the
    behaviour before; a later package with a lineage then continues normally."""
    package = office["package"]
    fill(office, package, [(0, "no", "Вывески нет")])
    older = copy(package, "старый.cdpkg")
    fill(office, package, [(1, "no", "Нет огнетушителя")])
    forget_lineage(package)
    forget_lineage(older)
    assert not lineage_of(package).known
    assert office["field"].merge_package(package).rows.added == 2
    result = office["field"].merge_package(older)
    assert result.stale and result.changes == 0
    fill(office, package, [(2, "no", "Нет аптечки")])  # its chain stays unknown: by count
    assert office["field"].merge_package(package).rows.added == 1
    with office["services"].store.sessions() as s:
        export = s.scalars(select(FieldPackage).where(FieldPackage.role == "export")).one()
        assert export.saves == 3
