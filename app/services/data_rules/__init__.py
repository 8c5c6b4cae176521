"""The declared data-check rules (DHIS2's validation rules are the idea): each rule is one
small object with an id, a title and an explanation (English source, shown in Russian) and a
query that returns the records contradicting it, each with a link to the record.

Adding a rule is one function in a module of this package, decorated with ``@rule(...)``;
the data check, the window's list, the dashboard's count and ``check --data`` all read
``RULES``; a new module is also named in ``MODULES`` (which orders the list).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.formats import format_date


@dataclass(frozen=True)
class Link:
    """Where the record lives: a section key of the main window, the record's id (None when
    the contradiction is a missing record, such as a form never submitted), and how the record
    reads to a person."""

    section: str
    record_id: uuid.UUID | None
    label: str


@dataclass(frozen=True)
class Hit:
    """One record that contradicts a rule: what is wrong with it, and the link to it."""

    detail: str
    link: Link


Query = Callable[[Session, date], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    id: str
    title: str  # English source: translated («DataCheck») when shown
    explanation: str  # English source: what contradicts what and how to put it right
    query: Query


RULES: list[Rule] = []


def rule(rule_id: str, title: str, explanation: str) -> Callable[[Query], Query]:
    """Declare a rule; the strings are English sources in the «DataCheck» context (marked
    with QT_TRANSLATE_NOOP where they are written, so lupdate finds them)."""

    def declare(query: Query) -> Query:
        if any(r.id == rule_id for r in RULES):
            raise ValueError(f"data rule {rule_id} declared twice")
        RULES.append(Rule(rule_id, title, explanation, query))
        return query

    return declare


#: The modules declaring rules, in the order the check lists them: the procurement chain
#: first (its items among it), then events, members, inspections, approvals.
MODULES = ("grants", "items", "monitoring", "events", "members", "inspections", "approvals")


def load() -> list[Rule]:
    """Every declared rule (importing the modules declares them)."""
    import importlib

    for name in MODULES:
        importlib.import_module(f"{__name__}.{name}")
    order = {name: n for n, name in enumerate(MODULES)}
    return sorted(RULES, key=lambda r: order[r.query.__module__.rsplit(".", 1)[-1]])


def day(value: date | None) -> str:
    return format_date(value) if value else "—"


def short(text: str, limit: int = 80) -> str:
    """One line of a record's text, cut where a list cell ends."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
