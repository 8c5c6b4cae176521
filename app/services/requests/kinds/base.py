"""What every kind of data request shares: the columns of its table, the cells read back
from a returned file, the changes an accepted file makes.

A kind is one module with one ``Kind`` subclass: its columns (which are pre-filled and
fixed, which are input), the rows it pre-fills from what the office already has, its
cross-column rules, and ``apply`` that compares the rows with the stored records and, unless
it only previews, writes them.  Adding a kind is one module and one entry in ``KINDS``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from sqlalchemy.orm import Session

from app.formats import format_date
from app.services.base import translate
from app.services.importers.base import RowErrors
from app.services.validation import FieldError, parse_date

CellType = Literal["text", "int", "date", "choice"]


@dataclass(frozen=True)
class Field:
    key: str
    header: str  # English source, translated in the "Requests" context when written
    type: CellType = "text"
    input: bool = True  # an input cell on a pre-filled row (on a free row every cell is)
    required: bool = False
    low: int = 0
    high: int = 1_000_000
    max_length: int = 500
    width: int = 16
    choices: Callable[[], dict[str, str]] | None = None  # code → label shown

    @property
    def title(self) -> str:
        return translate("Requests", self.header)

    def choice_labels(self) -> dict[str, str]:
        return self.choices() if self.choices else {}


@dataclass
class Prefilled:
    """A pre-filled row: the stored record it stands for, and its cells' values."""

    key: str  # the record's id (or "" when the row is not one record)
    values: dict[str, object]


@dataclass
class Row:
    """A row read back and parsed: the spreadsheet's row number, the record it stands for
    ("" for a free row), the values by field key (None: blank)."""

    number: int
    key: str
    values: dict[str, object]


@dataclass(frozen=True)
class Change:
    record: str  # what the user recognises: an event's title, a person's name
    what: str  # the column's title, or «новая запись»
    before: str
    after: str


@dataclass
class Context:
    """What ``apply`` knows about the file: whose it is and for which period."""

    cluster_id: uuid.UUID
    organization_id: uuid.UUID
    period_from: date
    period_to: date


@dataclass
class Applied:
    changes: list[Change] = field(default_factory=list)
    touched: list[tuple[str, uuid.UUID, str]] = field(default_factory=list)  # table, id, action

    def touch(self, table: str, record_id: uuid.UUID, action: str) -> None:
        if not any(t == table and r == record_id for t, r, _ in self.touched):
            self.touched.append((table, record_id, action))


class Kind:
    code: str = ""
    label: str = ""  # English source, "Requests" context
    sheet: str = ""  # the data sheet's name, English source
    fields: tuple[Field, ...] = ()
    free_rows: int = 0  # empty input rows under the pre-filled ones, for new records

    @property
    def title(self) -> str:
        return translate("Requests", self.label)

    @property
    def sheet_title(self) -> str:
        return translate("Requests", self.sheet)[:31]

    def prefill(self, s: Session, ctx: Context) -> list[Prefilled]:
        raise NotImplementedError

    def check(self, row: Row, errors: RowErrors) -> None:
        """Rules between the row's columns (each column's own is the field's)."""

    def apply(self, s: Session, ctx: Context, rows: list[Row], write: bool) -> Applied:
        raise NotImplementedError


# --- reading one cell -----------------------------------------------------------------------

def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_cell(f: Field, value: object) -> object:
    """The cell's value as the field's type, or FieldError with a message for the user."""
    if is_blank(value):
        if f.required:
            raise FieldError(translate("Requests", "The cell must be filled in."))
        return None
    if f.type == "int":
        number = _whole(value)
        if not f.low <= number <= f.high:
            raise FieldError(translate(
                "Requests", "{value} is out of range: a whole number from {low} to {high}.")
                .format(value=number, low=f.low, high=f.high))
        return number
    if f.type == "date":
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise FieldError(translate("Requests", "«{value}» is not a date; write it as "
                                                   "01.09.2024.").format(value=value))
        day = parse_date(value)
        if day is not None and not date(2000, 1, 1) <= day <= date(2100, 12, 31):
            raise FieldError(translate("Requests", "The date {date} is out of range.")
                             .format(date=format_date(day)))
        return day
    text = cell_text(value)
    if f.type == "choice":
        labels = f.choice_labels()
        for code, label in labels.items():
            if text.casefold() in (code.casefold(), label.casefold()):
                return code
        raise FieldError(translate("Requests", "«{value}» is not in the list: {choices}.")
                         .format(value=text, choices="; ".join(labels.values())))
    if len(text) > f.max_length:
        raise FieldError(translate("Requests", "The text is longer than {limit} characters.")
                         .format(limit=f.max_length))
    return text


def _whole(value: object) -> int:
    if isinstance(value, bool):
        raise FieldError(translate("Requests", "«{value}» is not a whole number.")
                         .format(value=value))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = re.sub(r"[\s\u00a0]", "", str(value))
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    raise FieldError(translate("Requests", "«{value}» is not a whole number.").format(
        value=cell_text(value)))


def cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return format_date(value)
    return " ".join(str(value).split())


def shown(value: object, f: Field | None = None) -> str:
    """A value as the preview shows it."""
    if value is None or value == "":
        return "—"
    if f is not None and f.type == "choice":
        return f.choice_labels().get(str(value), str(value))
    return cell_text(value)


def diff(record: str, fields: tuple[Field, ...], row: Row, target, names: list[str],
         out: Applied, write: bool) -> bool:
    """Compare the row's non-blank values of ``names`` with ``target``'s attributes; note
    each difference and (when writing) set it.  A blank input cell changes nothing."""
    by_key = {f.key: f for f in fields}
    changed = False
    for name in names:
        new = row.values.get(name)
        if new is None:
            continue
        old = getattr(target, name)
        if old == new:
            continue
        out.changes.append(Change(record, by_key[name].title, shown(old, by_key[name]),
                                  shown(new, by_key[name])))
        if write:
            setattr(target, name, new)
        changed = True
    return changed


def new_record(record: str, out: Applied) -> None:
    out.changes.append(Change(record, translate("Requests", "new record"), "—",
                              translate("Requests", "added")))
