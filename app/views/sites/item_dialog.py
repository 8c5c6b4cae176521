"""Add or edit one line of a workshop's infrastructure list."""

from __future__ import annotations

import uuid
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.services import Services
from app.services.errors import ValidationError
from app.services.readiness import STAGES
from app.services.sites import ItemCategory, ItemData, category_label, stage_label
from app.views import dialogs
from app.views.formats import fmt_money
from app.views.sites.form import (
    FormDialog,
    amount_text,
    decimal_text,
    parse_decimal,
    select_data,
)
from app.views.sites.items_model import STAGE_DATES
from app.views.sites.site_dialogs import not_a_number
from app.views.widgets.date_edit import OptionalDateEdit

# the database columns: Numeric(14, 3) for quantities, Numeric(18, 2) for money
QUANTITY_LIMIT, MONEY_LIMIT = Decimal(10) ** 11, Decimal(10) ** 16
UNITS = ("шт.", "компл.", "упак.", "м", "м²", "кг", "л", "лиц.")


class ItemDialog(FormDialog):
    def __init__(self, services: Services, workshop_id: uuid.UUID,
                 data: ItemData | None = None, position: int = 0, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data or ItemData(name="", workshop_id=workshop_id, position=position)
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
        self.contract = self.line(main, "contract", self.tr("Contract"),
                                  self.tr("e.g. no. 15/2026 of 12.03.2026"))

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
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(main, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        self.finish(columns)
        self.quantity.textChanged.connect(self._show_cost)
        self.unit_price.textChanged.connect(self._show_cost)
        self._load(self.original)

    def _load(self, d: ItemData) -> None:
        self.name.setText(d.name)
        select_data(self.category, d.category)
        self.specification.setPlainText(d.specification)
        self.quantity.setText(decimal_text(d.quantity))
        self.unit.setCurrentText(d.unit)
        self.unit_price.setText(amount_text(d.unit_price) if d.unit_price else "")
        self.budget_line.setText(d.budget_line)
        self.contract.setText(d.contract)
        select_data(self.stage, d.stage)
        for name, edit in self.dates.items():
            edit.set_value(getattr(d, name))
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)
        self._show_cost()

    def _show_cost(self, *_args) -> None:
        quantity = parse_decimal(self.quantity.text())
        price = parse_decimal(self.unit_price.text() or "0")
        if quantity is None or price is None:
            self.cost.setText("—")
        else:
            self.cost.setText(fmt_money(quantity * price))

    def _number(self, name: str, edit, limit: Decimal, errors: dict) -> Decimal:
        value = parse_decimal(edit.text() or "0")
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
            contract=self.contract.text().strip(), stage=self.stage.currentData(),
            **{name: edit.value() for name, edit in self.dates.items()},
        )

    def store(self, data: ItemData) -> ItemData:
        return self.services.sites.save_item(data)
