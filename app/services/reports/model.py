"""Report data, independent of the file it ends up in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

ColumnKind = Literal["text", "date", "money", "int"]


@dataclass(frozen=True)
class Column:
    title: str
    kind: ColumnKind = "text"
    width: int = 20  # in characters, for xlsx


@dataclass
class TableReport:
    title: str
    columns: Sequence[Column]
    rows: list[Sequence[Any]] = field(default_factory=list)
    sheet_name: str = "Лист1"
