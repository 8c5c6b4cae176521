"""Add a contract (договор) to a budget line, a payment (платёж) or an acceptance document
(акт приёмки) to a contract.

A supplier is chosen by INN: a listed organization's name appears by itself; for an INN not
listed the user writes the name, and the service adds the organization with the contract.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from app.formats import format_money
from app.services import Services
from app.services.errors import ServiceError, ValidationError
from app.services.grants import (
    AcceptanceData,
    ContractData,
    ContractRow,
    ContractStatus,
    LineData,
    PaymentData,
    SourceData,
    label,
)
from app.services.validation import FieldError, validate_inn
from app.views import dialogs
from app.views.grants.contract_items import ContractItemsBox
from app.views.grants.grant_form import (
    GrantFormDialog,
    combo,
    contract_items,
    line_items,
)
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.form_dialog import select_data


class KnownSuppliers:
    """INN → the name the register shows, asked of the database for a whole INN as it is
    typed (the dialog read every organization as it opened: 10,000 of them)."""

    def __init__(self, services: Services):
        self.services = services
        self._names: dict[str, str | None] = {}

    def get(self, inn: str) -> str | None:
        if len(inn) not in (10, 12) or not inn.isdigit():
            return None  # no INN yet: nobody is listed under it
        if inn not in self._names:
            try:
                self._names[inn] = self.services.participants.name_by_inn(inn)
            except ServiceError:  # a role that cannot read participants types the name
                self._names[inn] = None
        return self._names[inn]

    def __contains__(self, inn: str) -> bool:
        return self.get(inn) is not None


class ContractDialog(GrantFormDialog):
    over_field = "amount"

    def __init__(self, services: Services, sources: list[SourceData], lines: list[LineData],
                 data: ContractData, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data
        self.known = KnownSuppliers(services)
        self._procedures: dict = {}  # a line's procedures, read when the line is chosen
        self.setWindowTitle(self.tr("Edit contract") if data.id else self.tr("New contract"))
        dialogs.room_for_text(self, 680)
        form = self.new_form()
        self.line_combo = self.add_field(form, "line_id", self.tr("Budget line *"), combo(
            line_items(lines, sources), data.line_id))
        self.procedure = self.add_field(form, "procurement_id", self.tr("Procedure"),
                                        combo([], None, self.tr("— not chosen —")))
        self.number = self.line(form, "number", self.tr("Contract no. *"),
                                self.tr("e.g. 15/2026"))
        self.number.setMaximumWidth(260)
        self.signed_on = self.add_field(form, "signed_on", self.tr("Signed on *"),
                                        OptionalDateEdit())
        self.inn = self.line(form, "supplier_inn", self.tr("Supplier's INN *"),
                             self.tr("10 or 12 digits"))
        self.inn.setMaximumWidth(260)
        self.supplier_name = self.wrapped_line(
            form, "supplier_name", self.tr("Supplier"),
            self.tr("Only for a supplier not listed yet: full name"))
        self.subject = self.wrapped_line(form, "subject", self.tr("Subject"))
        self.amount = self.money(form, "amount", self.tr("Sum, RUB *"))
        self.vat = self.money(form, "vat", self.tr("Incl. VAT, RUB"))
        self.delivery_due = self.add_field(form, "delivery_due", self.tr("Delivery due"),
                                           OptionalDateEdit())
        self.status = self.add_field(form, "status", self.tr("Status"), combo(
            [(label(s), s.value) for s in ContractStatus], data.status))
        self.add_reason(form, data.over_reason)
        # (section, kind, id) the user asked to open instead of saving (an item of the list)
        self.requested_record: tuple[str, str, object] | None = None
        self.items_box = None
        if data.id is None:
            self.finish(form)
        else:  # the contract's items on a tab of their own: the form keeps its height
            self.items_box = ContractItemsBox(services, data.id, self._open_item)
            page = QWidget()
            page.setLayout(form)
            self.tabs = QTabWidget()
            self.tabs.addTab(page, self.tr("Contract"))
            self.tabs.addTab(self.items_box, self.tr("Items ({count})").format(
                count=len(self.items_box.rows)))
            self.finish(self.tabs)

        self._named_by_list = False
        self.line_combo.currentIndexChanged.connect(self._fill_procedures)
        self.inn.textChanged.connect(self._supplier_changed)
        self._fill_procedures()
        select_data(self.procedure, data.procurement_id)
        self.number.setText(data.number)
        self.signed_on.set_value(data.signed_on if data.id else (data.signed_on or date.today()))
        self.inn.setText(data.supplier_inn)
        if not self._named_by_list:
            self.supplier_name.setText(data.supplier_name)
        self.subject.setText(data.subject)
        self.set_money("amount", data.amount, blank_zero=data.id is None)
        self.set_money("vat", data.vat)
        self.delivery_due.set_value(data.delivery_due)

    def _open_item(self, item_id) -> None:
        """Close without saving; the section then asks the window to show the item."""
        self.requested_record = ("sites", "item", item_id)
        self.reject()

    def _fill_procedures(self, *_args) -> None:
        line_id = self.line_combo.currentData()
        self.procedure.clear()
        self.procedure.addItem(self.tr("— not chosen —"), None)
        if line_id is None:
            return
        if line_id not in self._procedures:
            self._procedures[line_id] = self.services.grants.procurements(line_id)
        for p in self._procedures[line_id]:
            text = f"{p.notice_no} — {p.subject}" if p.notice_no else p.subject
            self.procedure.addItem(text, p.id)

    def _inn_text(self) -> str:
        return "".join(self.inn.text().split())

    def _supplier_changed(self, *_args) -> None:
        name = self.known.get(self._inn_text())
        if name is not None:
            self.supplier_name.setText(name)
            self.supplier_name.setCursorPosition(0)
            self._named_by_list = True
            self.clear_error("supplier_name")
        elif self._named_by_list:
            self.supplier_name.clear()
            self._named_by_list = False
        self.supplier_name.setReadOnly(name is not None)

    def read(self) -> ContractData:
        errors: dict[str, str] = {}
        amount = self.read_money("amount", errors)
        vat = self.read_money("vat", errors, positive=False, required=False)
        if self.line_combo.currentData() is None:
            errors["line_id"] = self.tr("Choose the budget line.")
        if errors:
            raise ValidationError(errors)
        listed = self._inn_text() in self.known
        return replace(
            self.original, line_id=self.line_combo.currentData(),
            procurement_id=self.procedure.currentData(), number=self.number.text().strip(),
            signed_on=self.signed_on.value(), supplier_inn=self._inn_text(),
            supplier_name="" if listed else self.supplier_name.text().strip(),
            subject=self.subject.text().strip(), amount=amount, vat=vat,
            delivery_due=self.delivery_due.value(), status=self.status.currentData(),
            over_reason=self.reason_text())

    def send(self, data: ContractData) -> ContractRow:
        return self.services.grants.save_contract(data)

    def show_errors(self, errors: dict[str, str]) -> None:
        # a valid INN nobody is listed under: what is missing is the name, so say it there
        if "supplier_inn" in errors and not self.supplier_name.text().strip():
            try:
                valid = bool(validate_inn(self._inn_text()))
            except FieldError:
                valid = False
            if valid and self._inn_text() not in self.known:
                errors = dict(errors)
                errors["supplier_name"] = errors.pop("supplier_inn")
        super().show_errors(errors)


class _ContractChildDialog(GrantFormDialog):
    """A payment or an acceptance: the contract to attach it to, with its figures shown."""

    def contract_field(self, form, contracts: list[ContractRow], current) -> None:
        self.contracts = {c.id: c for c in contracts}
        self.contract = self.add_field(form, "contract_id", self.tr("Contract *"), combo(
            contract_items(contracts), current))
        self.contract_info = QLabel()
        self.contract_info.setObjectName("contractInfo")
        self.contract_info.setStyleSheet("color: #4a5a68;")
        form.addRow("", self.contract_info)
        self.contract.currentIndexChanged.connect(self._show_contract)
        self._show_contract()

    def _show_contract(self, *_args) -> None:
        c = self.contracts.get(self.contract.currentData())
        self.contract_info.setText(self.tr(
            "Sum {amount}; accepted {accepted}; paid {paid}").format(
                amount=format_money(c.amount), accepted=format_money(c.accepted),
                paid=format_money(c.paid)) if c else "")

    def chosen_contract(self, errors: dict[str, str]):
        if self.contract.currentData() is None:
            errors["contract_id"] = self.tr("Choose the contract.")
        return self.contract.currentData()


class PaymentDialog(_ContractChildDialog):
    over_field = "amount"

    def __init__(self, services: Services, contracts: list[ContractRow], data: PaymentData,
                 parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data
        self.setWindowTitle(self.tr("New payment"))
        dialogs.room_for_text(self, 640)
        form = self.new_form()
        self.contract_field(form, contracts, data.contract_id)
        self.paid_on = self.add_field(form, "paid_on", self.tr("Paid on *"), OptionalDateEdit())
        self.amount = self.money(form, "amount", self.tr("Sum, RUB *"))
        self.order_no = self.line(form, "order_no", self.tr("Payment order no."),
                                  self.tr("e.g. 482"))
        self.order_no.setMaximumWidth(260)
        self.add_reason(form, data.over_reason)
        self.finish(form)
        self.paid_on.set_value(data.paid_on or date.today())
        self.set_money("amount", data.amount)
        self.order_no.setText(data.order_no)

    def read(self) -> PaymentData:
        errors: dict[str, str] = {}
        contract_id = self.chosen_contract(errors)
        amount = self.read_money("amount", errors)
        if errors:
            raise ValidationError(errors)
        return replace(self.original, contract_id=contract_id, paid_on=self.paid_on.value(),
                       amount=amount, order_no=self.order_no.text().strip(),
                       over_reason=self.reason_text())

    def send(self, data: PaymentData):
        return self.services.grants.add_payment(data)


class AcceptanceDialog(_ContractChildDialog):
    def __init__(self, services: Services, contracts: list[ContractRow],
                 data: AcceptanceData, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data
        self.setWindowTitle(self.tr("New acceptance document"))
        dialogs.room_for_text(self, 640)
        form = self.new_form()
        self.contract_field(form, contracts, data.contract_id)
        self.document_no = self.line(form, "document_no", self.tr("Document no. *"),
                                     self.tr("e.g. act no. 12 or UPD no. 345"))
        self.accepted_on = self.add_field(form, "accepted_on", self.tr("Accepted on *"),
                                          OptionalDateEdit())
        self.amount = self.money(form, "amount", self.tr("Sum, RUB *"))
        self.finish(form)
        self.document_no.setText(data.document_no)
        self.accepted_on.set_value(data.accepted_on or date.today())
        self.set_money("amount", data.amount)

    def read(self) -> AcceptanceData:
        errors: dict[str, str] = {}
        contract_id = self.chosen_contract(errors)
        amount = self.read_money("amount", errors)
        if self.accepted_on.value() is None:
            errors["accepted_on"] = self.tr("Give the date of acceptance.")
        if errors:
            raise ValidationError(errors)
        return replace(self.original, contract_id=contract_id,
                       document_no=self.document_no.text().strip(),
                       accepted_on=self.accepted_on.value(), amount=amount)

    def send(self, data: AcceptanceData):
        return self.services.grants.add_acceptance(data)
