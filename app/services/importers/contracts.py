"""Import contracts and payments from the .xlsx register another office keeps.

One row is a contract, a payment, or both.  A row with a contract number and a contract sum
creates or updates that contract (a contract is known by its budget line and its number); a
row with a payment date and sum adds a payment to the contract with that number, whether it is
in the database or in an earlier row of the file.  The sheet is read and each row checked on
its own by app/services/importers/contracts_sheet.py; here the rows meet the database.

The rules are GrantsService's: contracts beyond their line and payments beyond their contract
need the reason for the over-commitment (column «Основание превышения»), and the file's earlier
rows count as if they were stored already.  Any bad cell stops the whole import: nothing is
written, every bad cell is reported.  A payment already recorded (same contract, date, sum and
order number) is not added again, and a contract whose sum does not grow is not refused again,
so importing the same file twice changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formats import format_date
from app.models import BudgetLine, Cluster, Contract, FundingSource, Organization, Payment
from app.services.base import Service, translate
from app.services.grants import ContractData, ContractStatus, PaymentData, rub
from app.services.importers.base import (
    Cancelled,
    ImportResult,
    Progress,
    RowError,
    read_sheet,
    record_import,
    write_batches,
)
from app.services.importers.cells import KOPECK, cell_text, fold
from app.services.importers.contracts_sheet import (
    ContractRow,
    ContractSheet,
    number_key,
    parse_rows,
)
from app.services.permissions import Permission, requires

# --- checking the rows against the database and against each other --------------------------


@dataclass
class _ContractPlan:
    """A contract as it will be after the import (stored, from the file, or both)."""

    id: uuid.UUID
    line: BudgetLine
    data: ContractData
    stored: ContractData | None  # as it is in the database; None for a new contract
    first_row: int | None = None  # the first row of the file that gives it
    paid: Decimal = Decimal(0)
    payment_keys: set[tuple] = field(default_factory=set)

    @property
    def counts(self) -> bool:
        return self.data.status != ContractStatus.TERMINATED


def _stored_data(c: Contract, inn: str) -> ContractData:
    return ContractData(c.line_id, c.number, c.signed_on, inn, c.amount, "", c.subject, c.vat,
                        c.delivery_due, c.status, c.procurement_id, c.over_reason, c.id,
                        c.version)


def _payment_key(paid_on: date, amount: Decimal, order_no: str) -> tuple:
    return paid_on, amount.quantize(KOPECK), number_key(order_no)


class _Planner:
    def __init__(self, s: Session, sheet: ContractSheet, result: ImportResult):
        self.sheet, self.result = sheet, result
        self.lines: dict[str, list[tuple[BudgetLine, str]]] = {}
        self.contracts: dict[tuple[uuid.UUID, str], _ContractPlan] = {}
        self.suppliers: dict[str, uuid.UUID | None] = {}  # INN → id; None: added by this file
        self.new_suppliers: dict[str, str] = {}  # INN → name
        self.payments: list[PaymentData] = []
        self.skipped = 0
        self.broken: set[str] = set()  # numbers of contracts whose rows are wrong
        self._load(s)

    def _load(self, s: Session) -> None:
        cluster = s.scalars(select(Cluster).order_by(Cluster.created_at)).first()
        cluster_id = cluster.id if cluster else None
        for line, source in s.execute(select(BudgetLine, FundingSource.name).join(FundingSource)
                                      .where(FundingSource.cluster_id == cluster_id)):
            self.lines.setdefault(fold(line.name), []).append((line, source))
        by_id = {line.id: line for same in self.lines.values() for line, _ in same}
        for c, inn in s.execute(select(Contract, Organization.inn)
                                .join(Organization, Organization.id == Contract.supplier_id)
                                .where(Contract.line_id.in_(list(by_id)))):
            stored = _stored_data(c, inn or "")
            self.contracts[(c.line_id, number_key(c.number))] = _ContractPlan(
                c.id, by_id[c.line_id], replace(stored), stored)
        plans = {p.id: p for p in self.contracts.values()}
        if plans:
            for contract_id, paid_on, amount, order_no in s.execute(
                    select(Payment.contract_id, Payment.paid_on, Payment.amount, Payment.order_no)
                    .where(Payment.contract_id.in_(list(plans)))):
                plans[contract_id].paid += amount
                plans[contract_id].payment_keys.add(_payment_key(paid_on, amount, order_no))
        inns = sorted({r.values["supplier_inn"] for r in self.sheet.rows
                       if r.values.get("supplier_inn")})
        if inns:
            self.suppliers = {inn: org_id for inn, org_id in s.execute(
                select(Organization.inn, Organization.id).where(Organization.inn.in_(inns)))}

    def error(self, row: ContractRow, name: str, message: str) -> None:
        self.result.add_error(RowError(row.row, self.sheet.column(name) if name else "",
                                       message))

    def plan(self) -> None:
        for row in self.sheet.rows:
            number = number_key(row.values.get("number") or "")
            if not row.ok:
                self.broken.add(number)
                continue
            contract_over = False
            if row.has_contract:
                plan, contract_over = self._contract(row)
                if plan is None:
                    self.broken.add(number)
                    continue
            if row.has_payment and number not in self.broken:
                self._payment(row, contract_over)

    def _line(self, row: ContractRow) -> BudgetLine | None:
        name = row.values["line"]
        same = self.lines.get(fold(name), [])
        if len(same) == 1:
            return same[0][0]
        if not same:
            self.error(row, "line", translate(
                "Import", "No budget line is called «{name}»: write the name as the grant "
                          "section lists it.").format(name=name))
        else:
            self.error(row, "line", translate(
                "Import", "Several budget lines are called «{name}» (in {sources}): rename "
                          "one of them so the file can tell them apart.").format(
                    name=name, sources=", ".join(f"«{source}»" for _, source in same)))
        return None

    def _contract(self, row: ContractRow) -> tuple[_ContractPlan | None, bool]:
        """Plan the row's contract: (the plan, whether it goes over its line), or (None,
        False) after an error, leaving the plans as they were."""
        v = row.values
        line = self._line(row)
        if line is None:
            return None, False
        key = (line.id, number_key(v["number"]))
        plan = self.contracts.get(key)
        if plan is not None and plan.first_row is not None:
            return (plan, False) if self._same_as_before(row, plan) else (None, False)
        if not self._supplier(row):
            return None, False
        given = {name: _as_stored(getattr(plan.data, name), v[name]) if plan else v[name]
                 for name in ("subject", "vat", "delivery_due") if v.get(name)}
        data = replace(  # an empty cell keeps what a stored contract had
            plan.data if plan else ContractData(line.id, v["number"], v["signed_on"], "",
                                                v["amount"]),
            signed_on=v["signed_on"], supplier_inn=v["supplier_inn"], amount=v["amount"],
            **given)
        if data.vat > data.amount:
            self.error(row, "vat" if "vat" in given else "amount",
                       translate("Grants", "VAT cannot exceed the contract's sum."))
            return None, False
        reason = v.get("over_reason") or ""
        over = False
        # a sum that does not grow is not refused again: a second import must pass
        grows = plan is None or data.amount > plan.data.amount
        if data.status != ContractStatus.TERMINATED and grows:
            total = data.amount + sum((p.data.amount for p in self.contracts.values()
                                       if p.line.id == line.id and p is not plan and p.counts),
                                      Decimal(0))
            over = total > line.planned
            if over and not (reason or data.over_reason):
                self.error(row, "amount", translate(
                    "Grants", "Contracts on the line «{line}» would come to {total}, more than "
                              "its {planned}. Lower the sum, or give the reason for the "
                              "over-commitment.").format(
                    line=line.name, total=rub(total), planned=rub(line.planned))
                    + " " + self._reason_hint())
                return None, False
        # in a row with a payment too, the reason goes where it is needed
        if reason and (over or not row.has_payment):
            data = replace(data, over_reason=_as_stored(data.over_reason, reason))
        if plan is None:
            plan = self.contracts[key] = _ContractPlan(uuid.uuid4(), line, data, None)
        plan.data, plan.first_row = data, row.row
        return plan, over

    def unchanged(self) -> int:
        """Contracts the file gives just as they are stored, and payments already recorded:
        nothing is written for them."""
        return self.skipped + sum(1 for p in self.contracts.values() if p.first_row is not None
                                  and p.stored is not None and not _differs(p))

    def _same_as_before(self, row: ContractRow, plan: _ContractPlan) -> bool:
        """A contract given again (say, on each of its payment rows) must not differ."""
        v, ok = row.values, True
        for name in ("signed_on", "supplier_inn", "amount", "subject", "vat", "delivery_due"):
            had = getattr(plan.data, name)
            if v.get(name) and _as_stored(had, v[name]) != had:
                ok = False
                self.error(row, name, translate(
                    "Import", "This differs from row {first}, which gives the contract "
                              "«{number}» with «{value}».")
                    .format(first=plan.first_row, number=plan.data.number,
                            value=_shown(getattr(plan.data, name))))
        return ok

    def _supplier(self, row: ContractRow) -> bool:
        inn, name = row.values["supplier_inn"], row.values.get("supplier_name") or ""
        if inn in self.suppliers:
            return True
        if not name:
            self.error(row, "supplier_name", translate(
                "Grants", "No organization with INN {inn} is listed: give the supplier's name "
                          "to add it.").format(inn=inn))
            return False
        self.suppliers[inn] = None
        self.new_suppliers[inn] = name
        return True

    def _payment(self, row: ContractRow, contract_over: bool) -> None:
        v = row.values
        plan = self._contract_for_payment(row)
        if plan is None:
            return
        key = _payment_key(v["paid_on"], v["paid"], v.get("order_no") or "")
        if key in plan.payment_keys:
            self.skipped += 1
            self.result.notes.append(translate(
                "Import", "Row {row}: the payment of {amount} on {date} under the contract "
                          "«{number}» is already recorded; it was not added again.").format(
                row=row.row, amount=rub(v["paid"]), date=v["paid_on"].strftime("%d.%m.%Y"),
                number=plan.data.number))
            return
        reason = v.get("over_reason") or ""
        total = plan.paid + v["paid"]
        over = total > plan.data.amount
        if over and not reason:
            self.error(row, "paid", translate(
                "Grants", "Payments would come to {total}, more than the contract's "
                          "{amount}. Lower the sum, or give the reason for the "
                          "over-payment.").format(total=rub(total), amount=rub(plan.data.amount))
                + " " + self._reason_hint())
            return
        plan.paid = total
        plan.payment_keys.add(key)
        self.payments.append(PaymentData(
            plan.id, v["paid_on"], v["paid"], v.get("order_no") or "",
            reason if (over or not contract_over) else ""))

    def _contract_for_payment(self, row: ContractRow) -> _ContractPlan | None:
        v = row.values
        number = number_key(v["number"])
        if v.get("line"):
            line = self._line(row)
            if line is None:
                return None
            found = [p for k, p in self.contracts.items() if k == (line.id, number)]
        else:
            found = [p for (_, n), p in self.contracts.items() if n == number]
        if len(found) > 1:
            self.error(row, "line", translate(
                "Import", "Several contracts are numbered «{number}»: write the budget line "
                          "to tell them apart.").format(number=v["number"]))
            return None
        if not found:
            self.error(row, "number", translate(
                "Import", "There is no contract «{number}» in the database or in the rows "
                          "above.").format(number=v["number"]))
            return None
        return found[0]

    def _reason_hint(self) -> str:
        return translate("Import", "The reason goes in the column «{column}».").format(
            column=self.sheet.column("over_reason"))

    def changes(self) -> tuple[list[_ContractPlan], list[_ContractPlan]]:
        """(contracts to create, contracts to update), in the file's order."""
        planned = sorted((p for p in self.contracts.values() if p.first_row is not None),
                         key=lambda p: p.first_row)
        new = [p for p in planned if p.stored is None]
        return new, [p for p in planned if p.stored is not None and _differs(p)]


def _as_stored(stored: object, value: object) -> object:
    """The file's value, or the stored text when the two differ only in the spacing a cell
    is read with (a subject typed on several lines): an unchanged row changes nothing."""
    return stored if isinstance(stored, str) and cell_text(stored) == value else value


def _differs(plan: _ContractPlan) -> bool:
    return any(getattr(plan.data, f.name) != getattr(plan.stored, f.name)
               for f in fields(ContractData) if f.name not in ("number", "supplier_name"))


def _shown(value: object) -> str:
    if isinstance(value, Decimal):
        return rub(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def _apply(s: Session, planner: _Planner, new: list[_ContractPlan],
           changed: list[_ContractPlan], progress: Progress | None,
           cancelled: Cancelled | None) -> None:
    suppliers = dict(planner.suppliers)
    for inn, name in planner.new_suppliers.items():
        supplier = Organization(id=uuid.uuid4(), full_name=" ".join(name.split()), inn=inn)
        s.add(supplier)
        suppliers[inn] = supplier.id
    s.flush()  # suppliers before the contracts that point at them

    def write(item) -> None:
        if isinstance(item, PaymentData):
            s.add(Payment(contract_id=item.contract_id, paid_on=item.paid_on, amount=item.amount,
                          order_no=item.order_no, over_reason=item.over_reason))
            return
        if item.stored is not None:
            contract = s.get(Contract, item.id)  # loaded by the planner: no query
        else:
            contract = Contract(id=item.id, line_id=item.line.id, number=item.data.number,
                                status=item.data.status)
            s.add(contract)
        d = item.data
        for name, value in (("signed_on", d.signed_on),
                            ("supplier_id", suppliers[d.supplier_inn]),
                            ("subject", d.subject), ("amount", d.amount), ("vat", d.vat),
                            ("delivery_due", d.delivery_due), ("over_reason", d.over_reason)):
            if getattr(contract, name, None) != value:
                setattr(contract, name, value)

    def write_batch(batch) -> None:
        for item in batch:
            write(item)

    write_batches([*new, *changed, *planner.payments], write_batch, progress, cancelled)


class ContractsImportService(Service):
    @requires(Permission.GRANTS_WRITE)
    def import_xlsx(
        self,
        path: Path | str,
        dry_run: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """Import an .xlsx register of contracts and payments: everything or nothing.

        A dry run checks the file against the database and counts what would be created
        and updated, writing nothing."""
        result = ImportResult(dry_run=dry_run)
        sheet = parse_rows(read_sheet(Path(path)), result)
        with self._session() as s:
            planner = _Planner(s, sheet, result)
            planner.plan()
            if not result.ok:
                return result
            new, changed = planner.changes()
            result.created = len(new) + len(planner.payments)
            result.updated = len(changed)
            result.unchanged = planner.unchanged()
            result.notes.append(translate(
                "Import", "Contracts: {new} new, {changed} changed. Payments: {paid} added, "
                          "{skipped} already recorded. Suppliers added: {suppliers}.").format(
                new=len(new), changed=len(changed), paid=len(planner.payments),
                skipped=planner.skipped, suppliers=len(planner.new_suppliers)))
            if dry_run:
                return result
            with s.no_autoflush:
                _apply(s, planner, new, changed, progress, cancelled)
            s.flush()  # the rows' audit entries before the import's own
            record_import(s, result, Path(path).name, "contract")
        result.committed = True
        return result
