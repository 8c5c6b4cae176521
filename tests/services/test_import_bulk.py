"""Imports write their new records in bulk (Core inserts) and one shared write loop: the
audit log reads as if each record had been added by hand, the chain holds, and cancelling or
a progress callback behave the same for every importer."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.audit import HIDDEN, Action
from app.services.importers.base import BATCH, ImportCancelled, write_batches
from app.services.participants import ContactData, MembershipData, OrganizationData
from tests.helpers import write_sheet

HEADER = ["Наименование", "Краткое наименование", "ИНН", "Адрес", "Роль", "Дата вступления",
          "Контактное лицо", "Телефон", "E-mail"]
ROW = ["ООО «Верное»", "Верное", "7707083893", "г. Москва", "Работодатель", "01.09.2024",
       "Иванов Иван", "+7 900 000-00-00", "ivanov@example.ru"]


def _created(services, table: str) -> list[dict]:
    return [e.after for e in services.audit.entries(action=Action.CREATE, table_name=table)]


def _without_ids(after: dict) -> dict:
    return {k: v for k, v in after.items() if k not in ("id", "organization_id", "cluster_id")}


def test_an_imported_record_is_logged_as_one_added_by_hand(services, tmp_path, db_url):
    """The same organization added through the form and through a file: the same CREATE
    entries, field for field (personal data hidden), and the chain still verifies."""
    result = services.participants_import.import_xlsx(
        write_sheet(tmp_path / "p.xlsx", [HEADER, ROW]))
    assert result.created == 1 and result.committed
    imported = {t: _created(services, t) for t in ("organization", "contact", "membership")}
    assert [len(v) for v in imported.values()] == [1, 1, 1]
    org = services.participants.list_organizations()[0]
    history = services.audit.history([org.id])
    assert [h.action for h in history] == [Action.CREATE]
    assert imported["contact"][0]["full_name"] == HIDDEN  # 152-FZ: never in the log

    services.participants.delete(org.id, services.participants.get(org.id).version)
    services.participants.create(OrganizationData(
        full_name="ООО «Верное»", short_name="Верное", inn="7707083893", address="г. Москва",
        contacts=[ContactData("Иванов Иван", phone="+7 900 000-00-00",
                              email="ivanov@example.ru")],
        memberships=[MembershipData("employer", date(2024, 9, 1))]))
    by_hand = {t: _created(services, t)[0] for t in imported}  # newest first
    for table, entries in imported.items():
        assert _without_ids(entries[0]) == _without_ids(by_hand[table]), table
    assert services.audit.verify() == []
    imports = services.audit.entries(action=Action.IMPORT)
    assert len(imports) == 1 and imports[0].detail.endswith("+1, ~0")


def test_a_thousand_rows_are_one_import_and_one_entry_each(services, tmp_path):
    rows = [HEADER[:3]] + [[f"ООО «Участник {i}»", "", ""] for i in range(BATCH * 3 + 7)]
    seen = []
    result = services.participants_import.import_xlsx(
        write_sheet(tmp_path / "many.xlsx", rows), progress=lambda d, t: seen.append((d, t)))
    total = BATCH * 3 + 7
    assert result.created == total == services.participants.count()
    assert seen == [(BATCH, total), (2 * BATCH, total), (3 * BATCH, total), (total, total)]
    assert len(_created(services, "organization")) == total
    assert services.audit.verify() == []


def test_cancelling_between_batches_writes_nothing(services, tmp_path):
    rows = [HEADER[:3]] + [[f"ООО «Участник {i}»", "", ""] for i in range(BATCH + 5)]
    seen = []
    with pytest.raises(ImportCancelled):
        services.participants_import.import_xlsx(
            write_sheet(tmp_path / "many.xlsx", rows), progress=lambda d, t: seen.append(d),
            cancelled=lambda: bool(seen))
    assert seen == [BATCH]
    assert services.participants.count() == 0
    assert _created(services, "organization") == []


def test_the_write_loop_reports_each_batch_and_stops_when_asked():
    written, steps = [], []
    write_batches(list(range(450)), written.extend, lambda d, t: steps.append((d, t)), None)
    assert written == list(range(450)) and steps == [(200, 450), (400, 450), (450, 450)]
    with pytest.raises(ImportCancelled):
        write_batches(list(range(450)), written.extend, None, lambda: len(written) > 500)
    assert len(written) == 650  # one batch of the second run, then the flag was read


def test_new_organizations_are_inserted_without_an_orm_object_per_row(services, tmp_path):
    """The speed of an import (issue 19) comes from here: plain rows and one INSERT per table
    and batch, not an ORM object, its instrumentation and its flush per row."""
    from sqlalchemy import event

    from app.models import Contact, Membership, Organization

    made = []

    def count(target, args, kwargs):
        made.append(type(target).__name__)

    for model in (Organization, Contact, Membership):
        event.listen(model, "init", count)
    try:
        rows = [HEADER] + [[f"ООО «Участник {i}»", "", "", "", "Работодатель", "", f"Лицо {i}",
                            "", ""] for i in range(50)]
        result = services.participants_import.import_xlsx(write_sheet(tmp_path / "p.xlsx", rows))
    finally:
        for model in (Organization, Contact, Membership):
            event.remove(model, "init", count)
    assert result.created == 50 == services.participants.count()
    assert made == []
    assert len(_created(services, "contact")) == len(_created(services, "membership")) == 50
