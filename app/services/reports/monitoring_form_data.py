"""The monthly monitoring form's data and its months, shared by the form's builder
(``monitoring_form``) and its files (``monitoring_form_files``)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


# --- months ----------------------------------------------------------------------------------

def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def month_text(day: date) -> str:
    return f"{day.month:02d}.{day.year}"


def parse_month(text: str) -> date:
    """«2026-10» or «10.2026» → 1 October 2026; anything else raises ValueError (translated)."""
    found = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*|\s*(\d{1,2})\.(\d{4})\s*", text or "")
    if found:
        year, month = (found[1], found[2]) if found[1] else (found[4], found[3])
        if 1 <= int(month) <= 12 and 2000 <= int(year) <= 2100:
            return date(int(year), int(month), 1)
    raise ValueError(translate(
        "MonitoringForm", "«{text}» is not a month: write it as YYYY-MM, e.g. 2026-10.").format(
            text=text))


# --- the form's data -------------------------------------------------------------------------

LEVELS = {"line": 1, "procurement": 2, "contract": 2}  # the outline: a line above its items


@dataclass
class FormRow:
    """One row of the form.  ``kind``: source, line, procurement, contract, subtotal, total."""

    kind: str
    number: str = ""
    item: str = ""
    id: uuid.UUID | None = None
    party: str = ""              # the procurement method or the supplier
    inn: str = ""
    doc_no: str = ""             # the notice or the contract number
    doc_date: date | None = None  # announced on / signed on
    end_date: date | None = None  # summed up on / delivery due
    status: str = ""             # the label; ``status_code`` is the code
    status_code: str = ""
    note: str = ""               # planned date, over-commitment reason
    planned: Decimal | None = None  # a line's plan, a procedure's initial price, a source's sum
    announced: Decimal | None = None
    contracted: Decimal | None = None
    vat: Decimal | None = None
    accepted: Decimal | None = None
    paid: Decimal | None = None
    remaining: Decimal | None = None
    pct_contracted: Decimal | None = None
    pct_paid: Decimal | None = None
    delta_contracted: Decimal | None = None
    delta_paid: Decimal | None = None
    name: str = ""               # a line's or a source's own name (the snapshot keeps it)
    parent: uuid.UUID | None = None  # a line's source
    attention: bool = False      # a contract past its delivery date
    under_procedure: bool = False  # a contract that came out of the procedure above it

    @property
    def level(self) -> int:
        return LEVELS.get(self.kind, 0)

    @property
    def bold(self) -> bool:
        return self.kind in ("source", "subtotal", "total")


@dataclass
class FormData:
    month: date
    as_of: date
    cluster: str
    recipient: str
    region: str
    prepared_by: str
    previous: date | None  # the month of the last form submitted before this one
    rows: list[FormRow] = field(default_factory=list)
    submitted_at: datetime | None = None  # a final export
    made_on: date | None = None  # the day it was made: the current month's form is preliminary
    author: str = ""  # the file's Author property: the managing company

    @property
    def total(self) -> FormRow:
        return self.rows[-1]
