"""Reading an infrastructure list (инфраструктурный лист) from the sheet colleges send: the
columns and their Russian headers, the kinds and stages in words, and each row parsed and checked
on its own.  Matching the rows with the workshop's items and writing them is
app/services/importers/infrastructure.py's.

Tolerated: title rows above the header, columns in any order, Russian headers in any case and
spacing, numbers typed as text («1 234,50 руб.»), dates as dates, as Excel serial numbers or
as «01.09.2024», section headings («Раздел 1. Оборудование»), «Итого» lines, empty trailing
rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app import formats
from app.services.base import translate
from app.services.errors import ValidationError
from app.services.importers.base import (
    ImportResult,
    RowErrors,
    data_rows,
    is_blank,
    normalise_header,
)
from app.services.importers.cells import (
    KOPECK,
    QUANTUM,
    cell_text,
    fold,
    is_total_line,
    parse_cell_date,
    parse_number,
)
from app.services.readiness import STAGES
from app.services.site_data import ItemCategory, ItemData, validate_item
from app.services.validation import FieldError, optional_text

#: The file's column headers, in the order the export writes them.  They are a file format
#: shared with the colleges, so they stay Russian whatever the interface language is.
HEADERS = {
    "number": "№",
    "name": "Наименование",
    "category": "Вид",
    "specification": "Характеристики",
    "quantity": "Количество",
    "unit": "Ед. изм.",
    "unit_price": "Цена за единицу",
    "total": "Сумма",
    "budget_line": "Статья бюджета",
    "contract": "Контракт",
    "stage": "Статус",
    "ordered_on": "Дата заказа",
    "delivered_on": "Дата поставки",
    "installed_on": "Дата установки",
    "commissioned_on": "Дата ввода в эксплуатацию",
}
_EXTRA_ALIASES = {
    "number": ["№ п/п", "N п/п", "Номер", "№ позиции"],
    "name": ["Наименование оборудования", "Наименование позиции", "Оборудование"],
    "category": ["Категория", "Тип"],
    "specification": ["Технические характеристики", "Описание"],
    "quantity": ["Кол-во"],
    "unit": ["Единица измерения", "Ед."],
    "unit_price": ["Цена", "Цена, руб.", "Стоимость за ед.", "Цена за единицу, руб."],
    "total": ["Сумма, руб."],
    "budget_line": ["Источник", "Строка бюджета"],
    "contract": ["№ контракта"],
    "stage": ["Этап"],
}
ALIASES = {normalise_header(h): f for f, h in HEADERS.items()}
ALIASES.update({normalise_header(a): f for f, names in _EXTRA_ALIASES.items() for a in names})

#: The words the file uses (any case, ё or е); the export writes the first of each.
CATEGORY_WORDS = {
    ItemCategory.EQUIPMENT: "Оборудование",
    ItemCategory.TOOLS: "Инструмент",
    ItemCategory.CONSUMABLES: "Расходные материалы",
    ItemCategory.FURNITURE: "Мебель",
    ItemCategory.SOFTWARE: "Программное обеспечение",
    ItemCategory.SAFETY: "Охрана труда",
}
STAGE_WORDS = {
    "planned": "Запланировано",
    "ordered": "Заказано",
    "delivered": "Поставлено",
    "installed": "Установлено",
    "commissioned": "Введено в эксплуатацию",
}
_CATEGORY_LOOKUP = {normalise_header(w): c.value for c, w in CATEGORY_WORDS.items()}
_CATEGORY_LOOKUP.update({normalise_header(c.value): c.value for c in ItemCategory})
_CATEGORY_LOOKUP.update({normalise_header(w): c.value for w, c in (
    ("ПО", ItemCategory.SOFTWARE), ("Средства охраны труда", ItemCategory.SAFETY),
    ("Инструменты", ItemCategory.TOOLS), ("Расходный материал", ItemCategory.CONSUMABLES))})
_STAGE_LOOKUP = {normalise_header(w): s for s, w in STAGE_WORDS.items()}
_STAGE_LOOKUP.update({normalise_header(s): s for s in STAGES})
_STAGE_LOOKUP.update({normalise_header("План"): "planned",
                      normalise_header("Введено"): "commissioned"})

#: the stages' dates, in the order they must go
DATES = ("ordered_on", "delivered_on", "installed_on", "commissioned_on")
_NUMBERS = {"quantity", "unit_price", "total"}
_MONEY_LIMIT, _QUANTITY_LIMIT = Decimal(10) ** 16, Decimal(10) ** 11  # Numeric(18,2), (14,3)


def _words(words: dict) -> str:
    return ", ".join(f"«{w}»" for w in words.values())


def parse_category(value: object) -> str:
    """An ItemCategory value, or "" for an empty cell."""
    text = normalise_header(value)
    if text and text not in _CATEGORY_LOOKUP:
        raise FieldError(translate("Import", "Unknown kind «{value}»; write one of: {words}.")
                         .format(value=cell_text(value), words=_words(CATEGORY_WORDS)))
    return _CATEGORY_LOOKUP.get(text, "")


def parse_stage(value: object) -> str:
    """A stage code, or "" for an empty cell."""
    text = normalise_header(value)
    if text and text not in _STAGE_LOOKUP:
        raise FieldError(translate("Import", "Unknown status «{value}»; write one of: {words}.")
                         .format(value=cell_text(value), words=_words(STAGE_WORDS)))
    return _STAGE_LOOKUP.get(text, "")


def _sum_text(value: Decimal) -> str:
    """1 234,50 with plain spaces: the row's message is read in a list and may wrap there."""
    return formats.format_amount(value).replace(formats.NBSP, " ")


def item_key(name: str, specification: str) -> tuple[str, str]:
    """Two lines are the same item when name and specification match (case, ё and spacing aside)."""
    return fold(name), fold(specification)


@dataclass
class ParsedItem:
    row: int
    data: ItemData
    given: set[str]  # the fields whose cells were filled: an update takes only these


@dataclass
class ItemSheet:
    items: list[ParsedItem]
    header_of: dict[str, str]  # field → the header as the file has it

    def column(self, name: str) -> str:
        return self.header_of.get(name, HEADERS.get(name, name))


def _first_filled(raw: tuple) -> str:
    texts = [cell_text(v) for v in raw if isinstance(v, str) and v.strip()]
    return texts[0] if texts else next(cell_text(v) for v in raw if not is_blank([v]))


def _looks_like_data(value: object) -> bool:
    """A number or a date (typed or as text), not a heading's words such as «Раздел 1»."""
    if not isinstance(value, str):
        return True
    try:
        parse_number(value, QUANTUM, Decimal("Infinity"))
        return True
    except InvalidOperation:  # too many digits to quantize: a number all the same
        return True
    except FieldError:
        pass
    try:
        parse_cell_date(value)
        return True
    except FieldError:
        return False


def _is_heading(raw: tuple, values: dict, given: set[str], name: str, has_numbers: bool,
                columns: dict) -> bool:
    """A section heading: no name but no figures either («Раздел 1. Оборудование» in any
    column), or a name alone on its row in a list that has figures."""
    if name:
        return has_numbers and given <= {"name", "number"} and all(
            is_blank([v]) for col, v in enumerate(raw) if col not in columns)
    return not any(_looks_like_data(values[f]) for f in given & (_NUMBERS | set(DATES)))


def parse_rows(rows: Iterable[tuple], result: ImportResult) -> ItemSheet:
    columns, body = data_rows(rows, ALIASES, {"name": HEADERS["name"]})
    sheet = ItemSheet([], {name: text for name, text in columns.values()})
    has_numbers = bool(_NUMBERS & set(sheet.header_of))
    first_of: dict[tuple[str, str], int] = {}
    for offset, raw in body:
        if is_blank(raw):
            continue
        values = {name: raw[col] if col < len(raw) else None for col, (name, _) in columns.items()}
        given = {name for name, value in values.items() if not is_blank([value])}
        name = cell_text(values.get("name"))
        if is_total_line(name or _first_filled(raw)):
            result.notes.append(translate("Import", "Row {row} is a total line and was skipped.")
                                .format(row=offset))
            continue
        if _is_heading(raw, values, given, name, has_numbers, columns):
            result.notes.append(translate(
                "Import", "Row {row} was taken for a section heading and skipped: «{text}».")
                .format(row=offset, text=name or _first_filled(raw)))
            continue
        result.rows_read += 1
        item = _parse_item(offset, values, given, sheet, result)
        if item is None:
            continue
        key = item_key(item.data.name, item.data.specification)
        if key in first_of:
            result.notes.append(translate(
                "Import", "Row {row} repeats row {first} (the same name and specification): "
                          "both are kept as separate items.").format(row=offset, first=first_of[key]))
        first_of.setdefault(key, offset)
        sheet.items.append(item)
    return sheet


def _parse_item(row: int, values: dict, given: set[str], sheet: ItemSheet,
                result: ImportResult) -> ParsedItem | None:
    errors = RowErrors()

    def cell(name, parse):
        return errors.read(name, parse, values.get(name))

    quantity = cell("quantity", lambda v: parse_number(v, QUANTUM, _QUANTITY_LIMIT))
    if "quantity" in sheet.header_of and "quantity" not in given:
        errors.add("quantity", translate("Import", "Write the quantity."))
    price = cell("unit_price", lambda v: parse_number(v, KOPECK, _MONEY_LIMIT))
    total = cell("total", lambda v: parse_number(v, KOPECK, _MONEY_LIMIT))
    texts = {name: cell(name, lambda v, limit=limit: optional_text(cell_text(v), limit)) or ""
             for name, limit in (("specification", 4000), ("unit", 32), ("budget_line", 200),
                                 ("contract", 200))}
    data = ItemData(
        name=cell_text(values.get("name")),
        category=cell("category", parse_category) or ItemCategory.EQUIPMENT.value,
        quantity=Decimal(1) if quantity is None else quantity,
        unit_price=price or Decimal(0),
        stage=cell("stage", parse_stage) or STAGES[0],
        **texts,
        **{name: cell(name, parse_cell_date) for name in DATES},
    )
    try:
        data = validate_item(data)
    except ValidationError as exc:
        for name, message in item_errors(exc, data):
            errors.add_for_value(name, message)
    if total is not None and not {"quantity", "unit_price"} & errors.fields:
        expected = data.quantity * data.unit_price
        if abs(expected - total) > KOPECK:
            errors.add("total", translate(
                "Import", "The sum {total} does not match quantity × price = {expected}.").format(
                total=_sum_text(total), expected=_sum_text(expected)))
    errors.report(result, row, sheet.column)
    return None if errors else ParsedItem(row, data, given - {"number", "total"})


def item_errors(exc: ValidationError, data: ItemData):
    """validate_item files dates in the wrong order under the stage: point at the date."""
    for name, message in exc.errors.items():
        if name == "stage":
            name = _first_out_of_order(data) or name
        yield name, message


def _first_out_of_order(data: ItemData) -> str | None:
    latest = None
    for name in DATES:
        value = getattr(data, name)
        if value and latest and value < latest:
            return name
        latest = value or latest
    return None
