"""What the toolbar of the grant section does: add, edit and delete sources, budget lines,
procedures, contracts, payments and acceptance documents.

Dialogs are made by the ``*_dialog`` methods (tests drive them without ``exec()``); the
actions show them modally and, after a save, reload the page with the saved row in view.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from app.services.errors import ServiceError
from app.services.grants import (
    AcceptanceData,
    ContractData,
    ContractStatus,
    LineCategory,
    LineData,
    PaymentData,
    ProcurementData,
    ProcurementStatus,
    SourceData,
    label,
)
from app.views import dialogs
from app.views.grants.contract_dialogs import AcceptanceDialog, ContractDialog, PaymentDialog
from app.views.grants.month_dialog import MonthDialog
from app.views.grants.procurement_dialog import ProcurementDialog
from app.views.grants.source_dialogs import LineDialog, SourceDialog


class GrantEditor(QObject):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.grants = page.services.grants

    # --- the dialogs ---
    def source_dialog(self, data: SourceData | None = None) -> SourceDialog:
        return SourceDialog(self.page.services, data, self.page)

    def line_dialog(self, data: LineData | None = None) -> LineDialog:
        data = data or LineData(source_id=self.chosen_source(), category=LineCategory.EQUIPMENT,
                                name="", planned=Decimal(0))
        return LineDialog(self.page.services, self.grants.sources(), data, self.page)

    def procedure_dialog(self, data: ProcurementData | None = None) -> ProcurementDialog:
        data = data or ProcurementData(line_id=self.chosen_line(), subject="")
        return ProcurementDialog(self.page.services, self.grants.sources(), self.grants.lines(),
                                 data, self.page)

    def contract_dialog(self, data: ContractData | None = None) -> ContractDialog:
        data = data or ContractData(line_id=self.chosen_line(), number="", signed_on=None,
                                    supplier_inn="", amount=Decimal(0))
        return ContractDialog(self.page.services, self.grants.sources(), self.grants.lines(),
                              data, self.page)

    def payment_dialog(self, data: PaymentData | None = None,
                       contracts: list | None = None) -> PaymentDialog:
        """``contracts``: every contract, when the caller has just read them."""
        data = data or PaymentData(contract_id=self.chosen_contract(), paid_on=None,
                                   amount=Decimal(0))
        return PaymentDialog(self.page.services, contracts or self.grants.contracts(), data,
                             self.page)

    def acceptance_dialog(self, data: AcceptanceData | None = None,
                          contracts: list | None = None) -> AcceptanceDialog:
        data = data or AcceptanceData(contract_id=self.chosen_contract(), document_no="",
                                      accepted_on=None, amount=Decimal(0))
        return AcceptanceDialog(self.page.services, contracts or self.grants.contracts(),
                                data, self.page)

    def month_dialog(self, for_print: bool = False) -> MonthDialog:
        dialog = MonthDialog(None, self.page)
        if for_print:  # its hint speaks of the file to save: nothing is saved when printing
            for hint in dialog.findChildren(QLabel):
                if hint.wordWrap():
                    hint.hide()
        return dialog

    # --- adding ---
    def add_source(self) -> None:
        self._show(self.source_dialog())

    def add_line(self) -> None:
        if self._missing(self.grants.sources(), self.tr("Add a funding source first.")):
            return
        self._show(self.line_dialog())

    def add_procedure(self) -> None:
        if self._missing(self.grants.lines(), self.tr("Add a budget line first.")):
            return
        self._show(self.procedure_dialog())

    def add_contract(self) -> None:
        if self._missing(self.grants.lines(), self.tr("Add a budget line first.")):
            return
        self._show(self.contract_dialog())

    def add_payment(self) -> None:
        contracts = self.grants.contracts()  # read once: asked whether any, then offered
        if self._missing(contracts, self.tr("Add a contract first.")):
            return
        self._show(self.payment_dialog(contracts=contracts))

    def add_acceptance(self) -> None:
        contracts = self.grants.contracts()
        if self._missing(contracts, self.tr("Add a contract first.")):
            return
        self._show(self.acceptance_dialog(contracts=contracts))

    def _missing(self, rows: list, text: str) -> bool:
        if not rows:
            dialogs.show_message(self.page, self.tr("Grant and procurement"), text, warning=False)
        return not rows

    def _show(self, dialog) -> None:
        if dialog.exec() and dialog.saved is not None:
            self.after_save(dialog)
        requested = getattr(dialog, "requested_record", None)
        if requested is not None:  # «Show in its list» on one of the contract's items
            self.page.link_requested.emit(*requested)

    def after_save(self, dialog) -> None:
        """Say what was saved, reload, and bring the saved row into view."""
        saved, page = dialog.saved, self.page
        if isinstance(dialog, SourceDialog | LineDialog):
            page._select_after = ("source" if isinstance(dialog, SourceDialog) else "line",
                                  saved.id)
            text = self.tr("Saved: {name}").format(name=saved.name)
        elif isinstance(dialog, ProcurementDialog):
            text = self.tr("Saved: {name}").format(name=saved.subject)
        elif isinstance(dialog, ContractDialog):
            text = self.tr("Saved: contract no. {number}").format(number=saved.number)
            page.after_load = lambda: self.show_contract(saved.line_id, saved.id)
        else:
            contract_id = dialog.contract.currentData()
            text = (self.tr("Payment saved") if isinstance(dialog, PaymentDialog)
                    else self.tr("Acceptance saved"))
            page.after_load = lambda: self.show_contract(None, contract_id)
        page.status.emit(text)
        page.reload()

    def show_contract(self, line_id, contract_id) -> None:
        """The contract among the rows shown below the table; its line's when it is not."""
        details = self.page.details
        if details.select_contract(contract_id):
            return
        if line_id is None:  # one contract's line, not every contract read on the GUI thread
            try:
                line_id = self.grants.contract(contract_id).line_id
            except ServiceError:  # deleted meanwhile: nothing to show
                return
        self.page.drill_line(line_id)
        details.when_read(lambda: details.select_contract(contract_id))  # read in background

    # --- what the new row belongs to: taken from what is chosen ---
    def chosen_line(self):
        kind, record_id = self.page.target or ("", None)
        if kind == "line":
            return record_id
        details = self.page.details
        for model in (details.procedures_model, details.contracts_model):
            row = next((r for r in model.rows if r.id == record_id), None)
            if row is not None:
                return row.line_id
        level, scope_id = details.scope
        return scope_id if level == "line" else None

    def chosen_source(self):
        kind, record_id = self.page.target or ("", None)
        if kind == "source":
            return record_id
        line_id = self.chosen_line()
        return next((s.id for s in self.page.spending if s.level == "source"
                     and any(x.id == line_id for x in s.children)), None)

    def chosen_contract(self):
        contract = self.page.details.selected_contract()
        return contract.id if contract else None

    # --- editing and deleting ---
    def edit(self) -> None:
        kind, record_id = self.page.target or ("", None)
        finders: dict[str, tuple[Callable, Callable]] = {
            "source": (self.grants.sources, self.source_dialog),
            "line": (self.grants.lines, self.line_dialog),
            # the chosen line's procedures, not every one (a procedure is chosen under its line)
            "procedure": (lambda: self.grants.procurements(self.chosen_line()),
                          self.procedure_dialog),
        }
        if kind == "contract":
            self._show(self.contract_dialog(self.grants.contract(record_id)))
            return
        if kind not in finders:
            self._choose_first()
            return
        rows, make = finders[kind]
        data = next((r for r in rows() if r.id == record_id), None)
        if data is not None:
            self._show(make(data))

    def delete(self) -> None:
        kind, record_id = self.page.target or ("", None)
        if kind in ("procedure", "contract"):
            status = ProcurementStatus.CANCELLED if kind == "procedure" else \
                ContractStatus.TERMINATED
            dialogs.show_message(self.page, self.tr("Not deleted"), self.tr(
                "Procedures and contracts stay in the register for the monitoring reports; "
                "give them the status «{status}» instead.").format(status=label(status)),
                warning=False)
            return
        row = next((r for s in self.page.spending for r in [s, *s.children]
                    if r.level == kind and r.id == record_id), None)
        if row is None:
            self._choose_first()
            return
        if kind == "source":
            question = self.tr("Delete the funding source «{name}» with its budget lines "
                               "({count})?").format(name=row.name, count=len(row.children))
            call = self.grants.delete_source
        else:
            question = self.tr("Delete the budget line «{name}»?").format(name=row.name)
            call = self.grants.delete_line
        if not dialogs.confirm(self.page, self.tr("Delete"), question):
            return
        try:
            call(record_id)
        except ServiceError as exc:
            dialogs.show_message(self.page, self.tr("Not deleted"), str(exc))
            return
        self.page.status.emit(self.tr("Deleted: {name}").format(name=row.name))
        self.page.target = None
        self.page.reload()

    def _choose_first(self) -> None:
        dialogs.show_message(self.page, self.tr("Grant and procurement"), self.tr(
            "Choose a source or a budget line in the table, or a procedure below it."),
            warning=False)

