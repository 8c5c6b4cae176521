"""Add or edit one line of a workshop's infrastructure list."""

from __future__ import annotations

import uuid
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_amount, format_date, format_money, format_number, number_or_none
from app.services import Services
from app.services.errors import ServiceError, ValidationError
from app.services.readiness import STAGES
from app.services.site_data import ItemCategory, ItemData, category_label, stage_label
from app.views import dialogs
from app.views.sites.items_model import STAGE_DATES
from app.views.sites.site_dialogs import not_a_number
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.form_dialog import FormDialog, select_data

# the database columns: Numeric(14, 3) for quantities, Numeric(18, 2) for money
QUANTITY_LIMIT, MONEY_LIMIT = Decimal(10) ** 11, Decimal(10) ** 16
UNITS = ("шт.", "компл.", "упак.", "м", "м²", "кг", "л", "лиц.")


class ItemDialog(FormDialog):
    def __init__(self, services: Services, workshop_id: uuid.UUID,
                 data: ItemData | None = None, position: int = 0, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data or ItemData(name="", workshop_id=workshop_id, position=position)
        # (section, kind, id) the user asked to open instead of saving («Open contract»)
        self.requested_record: tuple[str, str, object] | None = None
        self.setWindowTitle(self.tr("Edit item") if data else self.tr("New item"))
        dialogs.room_for_text(self, 900)

        main = self.new_form()
        self.name = self.line(main, "name", self.tr("Name *"),
                              self.tr("e.g. Lathe with CNC, model …"))
        self.category = QComboBox()
        for category in ItemCategory:
            self.category.addItem(category_label(category), category.value)
        self.add_field(main, "category", self.tr("Kind"), self.category)
        self.specification = QPlainTextEdit()
        self.specification.setFixedHeight(70)
        self.specification.setPlaceholderText(self.tr("Technical characteristics"))
        self.add_field(main, "specification", self.tr("Specification"), self.specification)
        self.quantity = self.line(main, "quantity", self.tr("Quantity *"), self.tr("e.g. 2"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.add_field(main, "unit", self.tr("Unit"), self.unit)
        self.unit_price = self.line(main, "unit_price", self.tr("Unit price, ₽"),
                                    self.tr("e.g. 1 234,50"))
        self.cost = QLabel()
        self.cost.setObjectName("itemCost")
        main.addRow(self.tr("Sum"), self.cost)
        self.budget_line = self.line(main, "budget_line", self.tr("Budget line"))
        # chosen from the register, never typed (one fact, one place)
        self.contract = QComboBox()
        self.contract.setObjectName("itemContract")
        self.contract.addItem(self.tr("— no contract —"), None)
        try:
            choices = services.sites.contract_choices()
        except ServiceError:
            choices = []
        for choice in choices:
            self.contract.addItem(choice.text, choice.id)
            self.contract.setItemData(self.contract.count() - 1, self.tr(
                "Signed on {date}").format(date=format_date(choice.signed_on)),
                Qt.ItemDataRole.ToolTipRole)
        self.contract.setMaxVisibleItems(20)
        self.contract.setMinimumContentsLength(30)
        self.contract.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.open_contract_button = QPushButton(self.tr("Open contract"))
        self.open_contract_button.setObjectName("openContract")
        self.open_contract_button.setToolTip(self.tr(
            "Show this contract, its acceptance and payments in «Grant and procurement»"))
        self.open_contract_button.clicked.connect(self._open_contract)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.contract, 1)
        row.addWidget(self.open_contract_button)
        holder = QWidget()
        holder.setLayout(row)
        self.add_field(main, "contract_id", self.tr("Contract"), holder)
        # a number typed before contracts were chosen that matches none: kept, visible
        self.legacy_contract = QLabel()
        self.legacy_contract.setObjectName("legacyContract")
        self.legacy_contract.setWordWrap(True)
        self.legacy_contract.setStyleSheet("color: #8a4b00;")
        main.addRow("", self.legacy_contract)
        self.contract.currentIndexChanged.connect(self._contract_changed)

        life = QGroupBox(self.tr("Stage"))
        life_form = self.new_form()
        life.setLayout(life_form)
        self.stage = QComboBox()
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage)
        self.add_field(life_form, "stage", self.tr("Current stage"), self.stage)
        self.dates: dict[str, OptionalDateEdit] = {}
        for stage, name in STAGE_DATES:
            self.dates[name] = self.add_field(life_form, name, stage_label(stage),
                                              OptionalDateEdit())
        hint = QLabel(self.tr("The date each stage was reached; they go in order."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4a5a68;")
        right = QVBoxLayout()
        right.addWidget(life)
        right.addWidget(hint)
        right.addWidget(self._verdicts_box(data))
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(main, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        self.finish(columns)
        self.quantity.textChanged.connect(self._show_cost)
        self.unit_price.textChanged.connect(self._show_cost)
        self._load(self.original)
        if data is None:  # a new item's quantity is typed, not appended to a «1» (6 → «16»)
            self.quantity.clear()

    def _verdicts_box(self, data: ItemData | None) -> QGroupBox:
        """What inspections answered about this item (the chain's last link), newest first;
        «Open inspection» shows the newest one's inspection."""
        box = QGroupBox(self.tr("Inspections"))
        self.verdicts = QLabel()
        self.verdicts.setObjectName("itemVerdicts")
        self.verdicts.setWordWrap(True)
        found = self.services.sites.item_verdicts(data.id) if data and data.id else []
        self.verdicts.setText("\n".join(v.text() for v in found[:5]) if found else self.tr(
            "No inspection has answered about this item yet."))
        self.open_inspection_button = QPushButton(self.tr("Open inspection"))
        self.open_inspection_button.setEnabled(bool(found))
        self.open_inspection_button.clicked.connect(
            lambda: self._open_record(("inspections", "inspection", found[0].inspection_id)))
        layout = QVBoxLayout(box)
        layout.addWidget(self.verdicts)
        layout.addWidget(self.open_inspection_button)
        return box

    def _open_record(self, record: tuple[str, str, object]) -> None:
        if self.has_unsaved_edits() and not dialogs.confirm(
                self, self.tr("Open inspection"),
                self.tr("Close this window without saving your changes?")):
            return
        self.requested_record = record
        self.reject()

    def _load(self, d: ItemData) -> None:
        self.name.setText(d.name)
        select_data(self.category, d.category)
        self.specification.setPlainText(d.specification)
        self.quantity.setText(format_number(d.quantity))
        self.unit.setCurrentText(d.unit)
        self.unit_price.setText(format_amount(d.unit_price) if d.unit_price else "")
        self.budget_line.setText(d.budget_line)
        select_data(self.contract, d.contract_id)
        self.legacy_contract.setText(self.tr(
            "Typed before: «{text}» — no such contract in the register; choose the contract "
            "from the list.").format(text=d.contract_text) if d.contract_text else "")
        self.legacy_contract.setVisible(bool(d.contract_text))
        self._contract_changed()
        select_data(self.stage, d.stage)
        for name, edit in self.dates.items():
            edit.set_value(getattr(d, name))
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)
        self._show_cost()

    def _show_cost(self, *_args) -> None:
        quantity = number_or_none(self.quantity.text())
        price = number_or_none(self.unit_price.text() or "0")
        if quantity is None or price is None:
            self.cost.setText("—")
        else:
            self.cost.setText(format_money(quantity * price))

    def _number(self, name: str, edit, limit: Decimal, errors: dict) -> Decimal:
        value = number_or_none(edit.text() or "0")
        if value is None:
            errors[name] = not_a_number()
        elif abs(value) >= limit:
            errors[name] = self.tr("The number is too large.")
        return value or Decimal(0)

    def read(self) -> ItemData:
        errors: dict[str, str] = {}
        quantity = self._number("quantity", self.quantity, QUANTITY_LIMIT, errors)
        price = self._number("unit_price", self.unit_price, MONEY_LIMIT, errors)
        if errors:
            raise ValidationError(errors)
        quantity = quantity.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
        return replace(
            self.original, name=self.name.text().strip(), category=self.category.currentData(),
            specification=self.specification.toPlainText().strip(),
            quantity=quantity, unit=self.unit.currentText().strip(),
            unit_price=price, budget_line=self.budget_line.text().strip(),
            contract_id=self.contract.currentData(), stage=self.stage.currentData(),
            **{name: edit.value() for name, edit in self.dates.items()},
        )

    def store(self, data: ItemData) -> ItemData:
        return self.services.sites.save_item(data)

    def _contract_changed(self, *_args) -> None:
        self.open_contract_button.setEnabled(self.contract.currentData() is not None)

    def _open_contract(self) -> None:
        """Close without saving; the list then asks the window to show the contract."""
        contract_id = self.contract.currentData()
        if contract_id is None:
            return
        if self.has_unsaved_edits() and not dialogs.confirm(
                self, self.tr("Open contract"),
                self.tr("Close this window without saving your changes?")):
            return
        self.requested_record = ("grants", "contract", contract_id)
        self.reject()

    def has_unsaved_edits(self) -> bool:
        try:
            data = self.read()
        except ValidationError:
            return True
        return data != self.original
