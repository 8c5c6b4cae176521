"""Writing an import's new records in bulk: one Core INSERT per table and batch instead of an
ORM object per row (DESIGN.md: ~5× faster), with the same audit trail.

A Core insert runs no flush, so the audit hook (app/services/audit_trail.py) does not see
these rows; :func:`insert_created` writes their CREATE entries itself, in the same
transaction and built by the same rule (``created_entries``), so the log of an imported
record reads as if it had been added by hand.  Records that already exist are updated
through the ORM, and the hook logs those as always.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from functools import cache

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.models.base import Entity
from app.services import clock
from app.services.audit_trail import append, created_entries

_COMMON = ("id", "created_at", "updated_at", "version")


_ID, _VERSION, _NOW, _FIXED = range(4)


@cache
def _plan(model: type[Entity]) -> tuple[tuple[str, int, object], ...]:
    """For each column of ``model``'s table: its key, where its value comes from when not
    given, and the plain default (worked out once, not for each of 10,000 rows)."""
    plan = []
    for column in model.__table__.columns:
        key = column.key
        if key == "id":
            plan.append((key, _ID, None))
        elif key == "version":
            plan.append((key, _VERSION, None))
        elif key in _COMMON:  # created_at, updated_at
            plan.append((key, _NOW, None))
        else:
            scalar = column.default is not None and column.default.is_scalar
            plan.append((key, _FIXED, column.default.arg if scalar else None))
    return tuple(plan)


def new_row(model: type[Entity], **values) -> dict:
    """Every column of ``model``'s table: ``values``, else the column's plain default, else
    None; a new id, version 1 and the time from the services' clock."""
    now = clock.now()
    row = {}
    for key, source, default in _plan(model):
        if key in values:
            row[key] = values[key]
        elif source == _FIXED:
            row[key] = default
        elif source == _ID:
            row[key] = uuid.uuid4()
        elif source == _VERSION:
            row[key] = 1
        else:
            row[key] = now
    return row


def insert_created(session: Session, created: dict[type[Entity], Sequence[dict]]) -> None:
    """Insert the rows (made by :func:`new_row`) into each model's table, parents first as
    given, and log each row as created in one append to the chain, inside the session's
    transaction."""
    entries: list[dict] = []
    for model, rows in created.items():
        if rows:
            session.connection().execute(insert(model.__table__), list(rows))
            entries += created_entries(model.__tablename__, rows)
    append(session, entries)
