"""Import a workshop's infrastructure list (инфраструктурный лист) from the .xlsx colleges send.

Tolerated: title rows above the header, columns in any order, Russian headers in any case and
spacing, numbers typed as text («1 234,50 руб.»), dates as dates, as Excel serial numbers or
as «01.09.2024», section headings («Раздел 1. Оборудование»), «Итого» lines, empty trailing
rows.  Any bad row stops the whole import: nothing is written, every bad cell is reported.

The rows are appended after the workshop's items; a row with the same name and specification
as an item already listed updates that item instead (cells the file leaves empty keep what the
item had), so importing the same file twice changes nothing.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy import select

from app.models import InfraItem, Workshop
from app.services.audit import Action, record
from app.services.base import Service, translate
from app.services.errors import NotFoundError, ValidationError
from app.services.importers.base import (
    Cancelled,
    ImportCancelled,
    ImportResult,
    Progress,
    RowError,
    find_header,
    is_blank,
    normalise_header,
)
from app.services.importers.participants import read_sheet
from app.services.permissions import Permission, requires
from app.services.readiness import STAGES
from app.services.sites import ItemCategory, ItemData, apply_item, validate_item
from app.services.validation import FieldError, optional_text, parse_date

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
_STAGE_LOOKUP.update({normalise_header("План"): "planned", normalise_header("Введено"): "commissioned"})

_DATES = ("ordered_on", "delivered_on", "installed_on", "commissioned_on")
_NUMBERS = {"quantity", "unit_price", "total"}
_ITEM_FIELDS = ("name", "category", "specification", "quantity", "unit", "unit_price",
                "budget_line", "contract", "stage", *_DATES)
KOPECK, QUANTUM = Decimal("0.01"), Decimal("0.001")
_MONEY_LIMIT, _QUANTITY_LIMIT = Decimal(10) ** 16, Decimal(10) ** 11  # Numeric(18,2), (14,3)
_CURRENCY = re.compile(r"(руб(лей|ля|ль)?\.?|р\.|₽)$")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)$")
_TOTAL_LINE = re.compile(r"^(итого|всего)\b", re.IGNORECASE)
_EXCEL_SERIALS = (36526, 73051)  # 01.01.2000 … 01.01.2100: a bare number there is a date


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _not_a_number(value: object) -> FieldError:
    return FieldError(translate("Import", "«{value}» is not a number; write it as 1 234,50.")
                      .format(value=_text(value)))


def parse_number(value: object, quantum: Decimal, limit: Decimal) -> Decimal | None:
    """Exact Decimal from a number cell or from text such as «1 234,50 руб.»; None for empty."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise _not_a_number(value)
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))  # str() of a float is its shortest exact spelling
    else:
        text = _CURRENCY.sub("", re.sub(r"\s", "", str(value)).lower())  # \s: nbsp too
        if not text:
            return None
        if "," in text and "." in text:  # the last one is the decimal separator
            text = text.replace("." if text.rfind(",") > text.rfind(".") else ",", "")
        text = text.replace(",", ".")
        if not _PLAIN_NUMBER.match(text):
            raise _not_a_number(value)
        number = Decimal(text)
    if not number.is_finite():
        raise _not_a_number(value)
    if abs(number) >= limit:
        raise FieldError(translate("Import", "The number is too large."))
    return number.quantize(quantum, rounding=ROUND_HALF_UP)


def parse_item_date(value: object) -> date | None:
    if isinstance(value, int | float) and not isinstance(value, bool) \
            and _EXCEL_SERIALS[0] <= value <= _EXCEL_SERIALS[1]:
        from openpyxl.utils.datetime import from_excel  # a date cell that lost its format

        return from_excel(value).date()
    return parse_date(value)


def _words(words: dict) -> str:
    return ", ".join(f"«{w}»" for w in words.values())


def parse_category(value: object) -> str:
    """An ItemCategory value, or "" for an empty cell."""
    text = normalise_header(value)
    if text and text not in _CATEGORY_LOOKUP:
        raise FieldError(translate("Import", "Unknown kind «{value}»; write one of: {words}.")
                         .format(value=_text(value), words=_words(CATEGORY_WORDS)))
    return _CATEGORY_LOOKUP.get(text, "")


def parse_stage(value: object) -> str:
    """A stage code, or "" for an empty cell."""
    text = normalise_header(value)
    if text and text not in _STAGE_LOOKUP:
        raise FieldError(translate("Import", "Unknown status «{value}»; write one of: {words}.")
                         .format(value=_text(value), words=_words(STAGE_WORDS)))
    return _STAGE_LOOKUP.get(text, "")


def money_text(value: Decimal) -> str:
    return f"{value:,.2f}".replace(",", " ").replace(".", ",")


def item_key(name: str, specification: str) -> tuple[str, str]:
    """Two lines are the same item when name and specification match (case, ё and spacing aside)."""
    def fold(text: str) -> str:
        return " ".join(text.lower().replace("ё", "е").split())
    return fold(name), fold(specification)


@dataclass
class _Parsed:
    row: int
    data: ItemData
    given: set[str]  # the fields whose cells were filled: an update takes only these


def parse_rows(rows: list[tuple], result: ImportResult) -> list[_Parsed]:
    header_index, columns = find_header(rows, ALIASES, {"name": HEADERS["name"]})
    header_of = {name: text for name, text in columns.values()}
    has_numbers = bool(_NUMBERS & set(header_of))
    parsed: list[_Parsed] = []
    first_of: dict[tuple[str, str], int] = {}
    for offset, raw in enumerate(rows[header_index + 1:], start=header_index + 2):
        if is_blank(raw):
            continue
        values = {name: raw[col] if col < len(raw) else None for col, (name, _) in columns.items()}
        given = {name for name, value in values.items() if not is_blank([value])}
        name = _text(values.get("name"))
        first_text = next((_text(v) for v in raw if isinstance(v, str) and v.strip()), "")
        if _TOTAL_LINE.match(name or first_text):
            result.notes.append(translate("Import", "Row {row} is a total line and was skipped.")
                                .format(row=offset))
            continue
        mapped = {col for col in columns}
        only_name = given <= {"name", "number"} and all(
            is_blank([v]) for col, v in enumerate(raw) if col not in mapped)
        if (not name and not given & _NUMBERS) or (name and only_name and has_numbers):
            result.notes.append(translate(
                "Import", "Row {row} was taken for a section heading and skipped: «{text}».")
                .format(row=offset, text=name or first_text or _text(next(
                    v for v in raw if not is_blank([v])))))
            continue
        result.rows_read += 1
        item = _parse_item(offset, values, given, header_of, result)
        if item is None:
            continue
        key = item_key(item.data.name, item.data.specification)
        if key in first_of:
            result.notes.append(translate(
                "Import", "Row {row} repeats row {first} (the same name and specification): "
                          "both are kept as separate items.").format(row=offset, first=first_of[key]))
        first_of.setdefault(key, offset)
        parsed.append(item)
    return parsed


def _parse_item(row: int, values: dict, given: set[str], header_of: dict[str, str],
                result: ImportResult) -> _Parsed | None:
    errors: dict[str, str] = {}

    def cell(name, parse):
        try:
            return parse(values.get(name))
        except FieldError as exc:
            errors[name] = str(exc)
            return None

    quantity = cell("quantity", lambda v: parse_number(v, QUANTUM, _QUANTITY_LIMIT))
    if "quantity" in header_of and "quantity" not in given:
        errors["quantity"] = translate("Import", "Write the quantity.")
    price = cell("unit_price", lambda v: parse_number(v, KOPECK, _MONEY_LIMIT))
    total = cell("total", lambda v: parse_number(v, KOPECK, _MONEY_LIMIT))
    texts = {name: cell(name, lambda v, limit=limit: optional_text(_text(v), limit)) or ""
             for name, limit in (("specification", 4000), ("unit", 32), ("budget_line", 200),
                                 ("contract", 200))}
    data = ItemData(
        name=_text(values.get("name")),
        category=cell("category", parse_category) or ItemCategory.EQUIPMENT.value,
        quantity=Decimal(1) if quantity is None else quantity,
        unit_price=price or Decimal(0),
        stage=cell("stage", parse_stage) or STAGES[0],
        **texts,
        **{name: cell(name, parse_item_date) for name in _DATES},
    )
    try:
        data = validate_item(data)
    except ValidationError as exc:
        for name, message in exc.errors.items():
            errors.setdefault(name, message)
    if total is not None and not {"quantity", "unit_price"} & set(errors):
        expected = data.quantity * data.unit_price
        if abs(expected - total) > KOPECK:
            errors["total"] = translate(
                "Import", "The sum {total} does not match quantity × price = {expected}.").format(
                total=money_text(total), expected=money_text(expected.quantize(KOPECK)))
    _report(row, errors, data, header_of, result)
    return None if errors else _Parsed(row, data, given - {"number", "total"})


def _report(row: int, errors: dict[str, str], data: ItemData, header_of: dict[str, str],
            result: ImportResult) -> None:
    for name, message in errors.items():
        if name == "stage" and "stage" not in header_of | {k: "" for k in errors if k != "stage"}:
            name = _first_out_of_order(data) or name
        result.errors.append(RowError(row, header_of.get(name, HEADERS.get(name, name)), message))


def _first_out_of_order(data: ItemData) -> str | None:
    """validate_item files a wrong order of dates under the stage: point at the date instead."""
    latest = None
    for name in _DATES:
        value = getattr(data, name)
        if value and latest and value < latest:
            return name
        latest = max(filter(None, (latest, value)), default=None)
    return None


def _item_data(item: InfraItem) -> ItemData:
    return ItemData(**{f.name: getattr(item, f.name) for f in fields(ItemData)})


def _workshop(s, workshop_id) -> Workshop:
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

        A dry run checks the file against the workshop and says what would be created and
        updated, without writing."""
        result = ImportResult(dry_run=dry_run)
        parsed = parse_rows(read_sheet(Path(path)), result)
        with self._session() as s:
            workshop = _workshop(s, workshop_id)
            existing = list(s.scalars(select(InfraItem).where(InfraItem.workshop_id == workshop.id)
                                      .order_by(InfraItem.position, InfraItem.name)))
            plan = self._plan(parsed, existing, result)
            if result.errors or dry_run:
                return result
            position = max((i.position for i in existing), default=0)
            with s.no_autoflush:  # one flush at the end, not one per row
                for done, (item, data) in enumerate(plan, start=1):
                    if cancelled and cancelled():
                        raise ImportCancelled(
                            translate("Import", "Import cancelled: nothing was changed."))
                    if item is None:
                        position += 1
                        item = InfraItem(workshop_id=workshop.id)
                        s.add(item)
                        data = replace(data, position=position)
                    apply_item(item, data)
                    if progress and (done % 200 == 0 or done == len(plan)):
                        progress(done, len(plan))
            record(s, Action.IMPORT, f"{workshop.name} ← {Path(path).name}: "
                                     f"+{result.created}, ~{result.updated}",
                   table_name="infra_item")
        result.committed = True
        return result

    @staticmethod
    def _plan(parsed: list[_Parsed], existing: list[InfraItem], result: ImportResult
              ) -> list[tuple[InfraItem | None, ItemData]]:
        """Pair each row with the item it updates (None: a new item).  The n-th row with a
        given name and specification updates the n-th such item, so repeats stay repeats."""
        waiting: dict[tuple[str, str], list[InfraItem]] = defaultdict(list)
        for item in existing:
            waiting[item_key(item.name, item.specification)].append(item)
        plan: list[tuple[InfraItem | None, ItemData]] = []
        for row in parsed:
            same = waiting[item_key(row.data.name, row.data.specification)]
            if not same:
                plan.append((None, row.data))
                result.created += 1
                continue
            item = same.pop(0)
            merged = replace(_item_data(item), **{f: getattr(row.data, f)
                                                  for f in _ITEM_FIELDS if f in row.given})
            try:
                plan.append((item, validate_item(merged)))
                result.updated += 1
            except ValidationError as exc:  # e.g. the file's dates clash with the stored ones
                for name, message in exc.errors.items():
                    name = _first_out_of_order(merged) or name if name == "stage" else name
                    result.errors.append(RowError(row.row, HEADERS.get(name, name), message))
        return plan
