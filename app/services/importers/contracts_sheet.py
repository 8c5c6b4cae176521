"""Reading the register of contracts and payments another office keeps: the columns and their
Russian headers, and each row parsed and checked on its own (a contract, a payment, or both).
Checking the rows against the database and writing them is app/services/importers/contracts.py's.

Tolerated: title rows above the header, columns in any order, Russian headers in any case and
spacing, sums typed as text («1 234 567,89 руб.»), an INN typed as a number (its leading zero
lost), dates as dates, as Excel serial numbers or as «01.09.2024», «Итого» lines, section
headings, empty trailing rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from app.services.base import translate
from app.services.grants import money
from app.services.importers.base import (
    ImportResult,
    RowErrors,
    data_rows,
    is_blank,
    normalise_header,
)
from app.services.importers.cells import (
    KOPECK,
    cell_text,
    fold,
    is_total_line,
    parse_cell_date,
    parse_number,
)
from app.services.validation import FieldError, optional_text, validate_inn

#: The file's column headers.  They are a file format shared with other offices, so they stay
#: Russian whatever the interface language is.
HEADERS = {
    "line": "Статья бюджета",
    "number": "Номер контракта",
    "signed_on": "Дата контракта",
    "supplier_name": "Поставщик",
    "supplier_inn": "ИНН поставщика",
    "subject": "Предмет",
    "amount": "Сумма контракта",
    "vat": "НДС",
    "delivery_due": "Срок поставки",
    "paid_on": "Дата оплаты",
    "paid": "Сумма оплаты",
    "order_no": "№ платёжного поручения",
    "over_reason": "Основание превышения",
}
_EXTRA_ALIASES = {
    "line": ["Строка бюджета", "Статья расходов"],
    "number": ["№ контракта", "Контракт", "Номер договора", "№ договора"],
    "signed_on": ["Дата заключения", "Дата заключения контракта", "Дата договора"],
    "supplier_name": ["Наименование поставщика", "Исполнитель", "Поставщик (исполнитель)"],
    "supplier_inn": ["ИНН", "ИНН исполнителя"],
    "subject": ["Предмет контракта"],
    "amount": ["Цена контракта"],
    "vat": ["В том числе НДС", "в т.ч. НДС"],
    "delivery_due": ["Срок исполнения", "Срок поставки (исполнения)"],
    "paid_on": ["Дата платежа"],
    "paid": ["Сумма платежа", "Оплачено"],
    "order_no": ["Платёжное поручение", "Номер платёжного поручения", "№ ПП", "Номер ПП"],
    "over_reason": ["Обоснование превышения", "Причина превышения"],
}
ALIASES = {normalise_header(h): f for f, h in HEADERS.items()}
ALIASES.update({normalise_header(a): f for f, names in _EXTRA_ALIASES.items() for a in names})
for _field in ("amount", "vat", "paid"):  # «Сумма контракта, руб.», «НДС (₽)» …
    for _name in [HEADERS[_field], *_EXTRA_ALIASES[_field]]:
        for _unit in (", руб.", " (руб.)", ", ₽", " (₽)", ", рублей"):
            ALIASES.setdefault(normalise_header(_name + _unit), _field)

_CONTRACT_ONLY = ("signed_on", "supplier_name", "supplier_inn", "subject", "vat", "delivery_due")
_MONEY_LIMIT = Decimal(10) ** 16  # Numeric(18, 2)


def number_key(text: str) -> str:
    """«№ 12-К» and «12-к» are the same contract or payment order number."""
    return fold(text).replace(" ", "").removeprefix("№")


def parse_money(value: object, positive: bool = True) -> Decimal | None:
    """A sum as people type it («1 234,50 руб.», «1 234,5 ₽», 1234.5), under the rules of
    GrantsService's money(); None for an empty cell."""
    number = parse_number(value, KOPECK, _MONEY_LIMIT)
    if number is None:
        return None
    errors: dict[str, str] = {}
    amount = money(number, "sum", errors, positive)
    if errors:
        raise FieldError(errors["sum"])
    return amount


def _texts(limit: int):
    return lambda value: optional_text(cell_text(value), limit)


_PARSERS = {
    "line": _texts(500), "number": _texts(100), "supplier_name": _texts(500),
    "subject": _texts(4000), "order_no": _texts(100), "over_reason": _texts(2000),
    "signed_on": parse_cell_date, "delivery_due": parse_cell_date, "paid_on": parse_cell_date,
    "supplier_inn": validate_inn, "amount": parse_money, "paid": parse_money,
    "vat": lambda value: parse_money(value, positive=False),
}


@dataclass
class ContractRow:
    row: int
    values: dict[str, object]  # parsed: text, Decimal, date; None or "" for an empty cell
    ok: bool

    @property
    def has_contract(self) -> bool:
        return self.values.get("amount") is not None

    @property
    def has_payment(self) -> bool:
        return self.values.get("paid") is not None


@dataclass
class ContractSheet:
    rows: list[ContractRow]
    header_of: dict[str, str]  # field → the header as the file has it

    def column(self, name: str) -> str:
        return self.header_of.get(name, HEADERS[name])


def _first_text(raw: tuple) -> str:
    return next((cell_text(v) for v in raw if isinstance(v, str) and v.strip()), "")


def parse_rows(rows: Iterable[tuple], result: ImportResult) -> ContractSheet:
    columns, body = data_rows(rows, ALIASES, {"number": HEADERS["number"]})
    sheet = ContractSheet([], {name: text for name, text in columns.values()})
    for offset, raw in body:
        if is_blank(raw):
            continue
        cells = {name: raw[col] if col < len(raw) else None for col, (name, _) in columns.items()}
        if is_total_line(cell_text(cells.get("number")) or _first_text(raw)):
            result.notes.append(translate("Import", "Row {row} is a total line and was skipped.")
                                .format(row=offset))
            continue
        filled = [v for v in raw if not is_blank([v])]
        if len(filled) == 1 and isinstance(filled[0], str):  # «Раздел 1. Федеральный грант»
            result.notes.append(translate(
                "Import", "Row {row} was taken for a section heading and skipped: «{text}».")
                .format(row=offset, text=cell_text(filled[0])))
            continue
        result.rows_read += 1
        sheet.rows.append(_parse_row(offset, cells, sheet, result))
    return sheet


def _parse_row(row: int, cells: dict, sheet: ContractSheet, result: ImportResult) -> ContractRow:
    errors = RowErrors()
    values = {name: errors.read(name, _PARSERS[name], cell) for name, cell in cells.items()}
    given = {name for name, cell in cells.items() if not is_blank([cell])}

    def need(name: str, message: str) -> None:
        if name not in given:
            errors.add(name, message)

    need("number", translate("Import", "Write the contract number."))
    if "amount" in given:
        need("line", translate("Import", "Write the budget line."))
        need("signed_on", translate("Grants", "Give the date the contract was signed."))
        need("supplier_inn", translate("Grants", "Give the supplier's INN."))
        vat, amount = values.get("vat"), values.get("amount")
        if vat is not None and amount is not None and vat > amount:
            errors.add("vat", translate("Grants", "VAT cannot exceed the contract's sum."))
    if {"paid_on", "paid"} & given:
        need("paid_on", translate("Grants", "Give the date of the payment."))
        need("paid", translate("Import", "Write the sum of the payment."))
    elif "amount" not in given:
        if set(_CONTRACT_ONLY) & given:
            need("amount", translate("Import", "Write the contract's sum."))
        elif "number" in given:
            errors.add("", translate("Import", "The row has neither a contract sum nor a "
                                               "payment."))
    errors.report(result, row, sheet.column)
    return ContractRow(row, values, ok=not errors)
