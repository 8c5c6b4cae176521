"""A workshop's infrastructure list as a tidy table: the same headers the importer reads, so an
exported file imports back as it is (into the same workshop: nothing changes; into another:
the same items)."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.models import InfraItem, Workshop
from app.services.audit import Action, record_now
from app.services.base import Service, translate
from app.services.cluster import document_author
from app.services.errors import NotFoundError
from app.services.importers.infrastructure_sheet import CATEGORY_WORDS, HEADERS, STAGE_WORDS
from app.services.permissions import Permission, requires
from app.services.reports.formulas import product
from app.services.reports.model import Column, TableReport

_KINDS = {"number": "int", "quantity": "number", "unit_price": "money", "total": "money",
          "ordered_on": "date", "delivered_on": "date", "installed_on": "date",
          "commissioned_on": "date"}
#: narrow enough for A3 landscape at 7 pt or more; long names wrap (the rows grow to fit)
_WIDTHS = {"number": 5, "name": 30, "category": 15, "specification": 32, "quantity": 11,
           "unit": 7, "unit_price": 14, "total": 15, "budget_line": 17, "contract": 15,
           "stage": 15}
COLUMNS = [Column(h, _KINDS.get(f, "text"), _WIDTHS.get(f, 11)) for f, h in HEADERS.items()]


def write_xlsx(report, target):
    from app.services.reports.xlsx import write_xlsx as write  # openpyxl: load when used

    return write(report, target)


def quantity_value(quantity: Decimal) -> Decimal:
    """A quantity is a number cell (kind "number"), 2.5 included."""
    return quantity.normalize() if quantity == quantity.to_integral_value() else quantity


def infrastructure_report(workshop_name: str, items: list[InfraItem]) -> TableReport:
    report = TableReport(
        title=translate("Reports", "Infrastructure list: {workshop}").format(
            workshop=workshop_name),
        columns=COLUMNS, sheet_name="Инфраструктурный лист")
    for number, item in enumerate(items, start=1):
        quantity, price = Decimal(item.quantity), Decimal(item.unit_price)
        report.formulas[number - 1, 7] = product(number - 1, 4, 6)  # quantity × price
        report.rows.append([
            number,
            item.name,
            CATEGORY_WORDS.get(item.category, item.category),  # StrEnum keys: str lookup
            item.specification,
            quantity_value(quantity),
            item.unit,
            price.quantize(Decimal("0.01")),
            (quantity * price).quantize(Decimal("0.01")),
            item.budget_line,
            item.contract,
            STAGE_WORDS.get(item.stage, item.stage),
            item.ordered_on,
            item.delivered_on,
            item.installed_on,
            item.commissioned_on,
        ])
    return report


class InfrastructureExportService(Service):
    @requires(Permission.SITES_READ)
    def export_xlsx(self, workshop_id: uuid.UUID, target: Path | str) -> int:
        """Write the workshop's infrastructure list to ``target``; returns the number of rows.
        No «Итого» row: it would only get in the way of sorting, filtering and importing."""
        with self._session() as s:
            try:
                workshop = s.get(Workshop, uuid.UUID(str(workshop_id)))
            except ValueError:
                workshop = None
            if workshop is None:
                raise NotFoundError(translate("Sites", "This workshop no longer exists."))
            items = list(s.scalars(
                select(InfraItem).where(InfraItem.workshop_id == workshop.id)
                .order_by(InfraItem.position, InfraItem.name)))
            report = infrastructure_report(workshop.name, items)
            report.author = document_author(s)
            name = workshop.name
        write_xlsx(report, target)
        record_now(self.store.sessions, Action.EXPORT,
                   f"{name} → {Path(target).name}: {len(report.rows)}", table_name="infra_item",
                   username=self.actor.username or "—")
        return len(report.rows)
