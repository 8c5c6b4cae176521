"""Import a workshop's infrastructure list (инфраструктурный лист) from the .xlsx colleges send.

The sheet is read and each row checked by app/services/importers/infrastructure_sheet.py; here
the rows meet the workshop's items and the register's contracts.  Any bad row stops the whole
import: nothing is written, every bad cell is reported.

The rows are appended after the workshop's items; a row with the same name and specification
as an item already listed updates that item instead (cells the file leaves empty keep what the
item had), so importing the same file twice changes nothing.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import fields, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import InfraItem, Workshop
from app.services.base import Service, translate
from app.services.errors import NotFoundError, ValidationError
from app.services.importers.base import (
    Cancelled,
    ImportResult,
    Progress,
    RowError,
    read_sheet,
    record_import,
    write_batches,
)
from app.services.importers.cells import cell_text
from app.services.importers.infrastructure_sheet import (
    DATES,
    ItemSheet,
    ParsedItem,
    item_errors,
    item_key,
    parse_rows,
)
from app.services.permissions import Permission, requires
from app.services.procurement_chain import check_item_contract, find_contract
from app.services.site_data import ItemData, apply_item, item_data, validate_item

_ITEM_FIELDS = ("name", "category", "specification", "quantity", "unit", "unit_price",
                "budget_line", "contract", "contract_id", "stage", *DATES)


def _plan(sheet: ItemSheet, existing: list[InfraItem], result: ImportResult
          ) -> list[tuple[InfraItem | None, ItemData]]:
    """Pair each row with the item it updates (None: a new item).  The n-th row with a given
    name and specification updates the n-th such item, so repeats stay repeats.  A file
    without a specification column matches on the name alone."""
    with_spec = "specification" in sheet.header_of

    def key(name: str, specification: str) -> tuple[str, str]:
        return item_key(name, specification if with_spec else "")

    waiting: dict[tuple[str, str], list[InfraItem]] = defaultdict(list)
    for item in existing:
        waiting[key(item.name, item.specification)].append(item)
    plan: list[tuple[InfraItem | None, ItemData]] = []
    for row in sheet.items:
        same = waiting[key(row.data.name, row.data.specification)]
        if not same:
            plan.append((None, row.data))
            result.created += 1
            continue
        item = same.pop(0)
        stored = item_data(item)
        merged = replace(stored, **_differing(row, stored))
        try:
            merged = validate_item(merged)
        except ValidationError as exc:  # e.g. the file's dates clash with the stored ones
            for name, message in item_errors(exc, merged):
                result.add_error(RowError(row.row, sheet.column(name), message))
            continue
        plan.append((item, merged))
        if _same_item(merged, stored):
            result.unchanged += 1
        else:
            result.updated += 1
    return plan


def _differing(row: ParsedItem, stored: ItemData) -> dict[str, object]:
    """The row's filled cells that differ from the item.  A stored text is read as the file's
    cell is (spacing folded), so a list exported and imported back changes nothing."""
    out = {}
    for name in _ITEM_FIELDS:
        if name not in row.given:
            continue
        value, had = getattr(row.data, name), getattr(stored, name)
        if value != (cell_text(had) if isinstance(had, str) else had):
            out[name] = value
    return out


def _same_item(data: ItemData, stored: ItemData) -> bool:
    """Nothing to write: every field as stored (the contract's number only mirrors
    ``contract_id``).  An unchanged item is left alone: no version bump, no audit row."""
    return all(getattr(data, f.name) == getattr(stored, f.name)
               for f in fields(ItemData) if f.name != "contract")


def _link_contracts(s: Session, sheet: ItemSheet, result: ImportResult) -> None:
    """The «Контракт» cell names a contract of the register by its number; an unknown number
    is the row's error (a contract is never typed into an item)."""
    for row in sheet.items:
        if "contract" not in row.given:
            continue
        try:
            row.data = replace(row.data, contract_id=find_contract(s, row.data.contract))
            row.given.add("contract_id")
        except ValueError as exc:
            result.add_error(RowError(row.row, sheet.column("contract"), str(exc)))
            continue
        _contract_errors(s, sheet, row.row, row.data, result)


def _check_contracts(s: Session, sheet: ItemSheet, plan: list, result: ImportResult) -> None:
    """Dates before the contract, delivered with nothing accepted: the row's errors."""
    for row, (_item, data) in zip(sheet.items, plan, strict=True):
        _contract_errors(s, sheet, row.row, data, result)


def _contract_errors(s: Session, sheet: ItemSheet, row: int, data: ItemData,
                     result: ImportResult) -> None:
    for name, message in check_item_contract(s, data).items():
        column = "contract" if name == "contract_id" else name
        result.add_error(RowError(row, sheet.column(column), message))


def _workshop(s: Session, workshop_id: uuid.UUID | str) -> Workshop:
    try:
        workshop = s.get(Workshop, uuid.UUID(str(workshop_id)))
    except ValueError:
        workshop = None
    if workshop is None:
        raise NotFoundError(translate("Sites", "This workshop no longer exists."))
    return workshop


class InfrastructureImportService(Service):
    @requires(Permission.SITES_WRITE)
    def import_xlsx(
        self,
        workshop_id: uuid.UUID,
        path: Path | str,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Import an .xlsx infrastructure list into a workshop: everything or nothing.

        A dry run checks the file against the workshop's list and counts what would be
        created and updated, writing nothing."""
        result = ImportResult(dry_run=dry_run)
        sheet = parse_rows(read_sheet(Path(path)), result)
        with self._session() as s:
            workshop = _workshop(s, workshop_id)
            existing = list(s.scalars(
                select(InfraItem).where(InfraItem.workshop_id == workshop.id)
                .order_by(InfraItem.position, InfraItem.name)))
            _link_contracts(s, sheet, result)
            plan = _plan(sheet, existing, result)
            if result.ok:
                _check_contracts(s, sheet, plan, result)
            if not result.ok:
                result.created = result.updated = result.unchanged = 0
            if not result.ok or dry_run:
                return result
            position = max((i.position for i in existing), default=0)

            def write(batch) -> None:
                nonlocal position
                for item, data in batch:
                    if item is None:
                        position += 1
                        item = InfraItem(workshop_id=workshop.id)
                        s.add(item)
                        apply_item(item, replace(data, position=position))
                    elif not _same_item(data, item_data(item)):
                        apply_item(item, data)

            with s.no_autoflush:  # one flush at the end, not one per row
                write_batches(plan, write, progress, cancelled)
            s.flush()  # the items' audit entries before the import's own
            record_import(s, result, f"{workshop.name} ← {Path(path).name}", "infra_item")
        result.committed = True
        return result
