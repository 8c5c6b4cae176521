"""Figures of a table that are computed from its other cells: a total, a difference, a share.

A report keeps its figures as numbers (the PDF and the window print them); beside them it
may say how a figure follows from other cells (``TableReport.formulas``).  The workbook then
writes the cell as a formula *with the number stored*: every reader sees the figure, and
Excel or LibreOffice recompute it when a cell it depends on is edited.  A formula is
written only where it gives the report's own figure (``holds``): a figure the service
counted some other way stays a number, never a formula that disagrees with the PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import NamedTuple

Cell = tuple[int, int]  # (row index into the report's rows, column index)


def _number(value) -> Decimal | None:
    if value.__class__ is Decimal:  # most figures: checking a sum reads thousands of them
        return value
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(str(value))
    return None


def _cell(rows: Sequence[Sequence], r: int, c: int) -> Decimal | None:
    row = rows[r]
    if c >= len(row):
        return None
    value = row[c]
    return value if value.__class__ is Decimal else _number(value)


@cache
def _quantum(digits: int) -> Decimal:
    return Decimal(1).scaleb(-digits)


_ZERO = Decimal(0)


class Formula(NamedTuple):  # a tuple: a form makes ten thousand of them to check
    """``op``: "sum" (of ``cells``), "diff" (first minus the rest), "share" (first / second
    × 100, rounded to ``digits`` as the service rounds it), "product" (first × second)."""

    op: str
    cells: tuple[Cell, ...]
    digits: int = 1

    def value(self, rows: Sequence[Sequence]) -> Decimal | None:
        """What the formula computes from ``rows`` (None: it cannot, e.g. a share of 0)."""
        cells = self.cells
        if not cells:  # a sum of nothing: the figure stays a number
            return None
        # checking a form's formulas evaluates thousands of them: plain loops, no generators
        if self.op == "sum":
            total = _ZERO
            for r, c in cells:
                got = _cell(rows, r, c)
                if got is not None:
                    total += got
            return total
        a, b = _cell(rows, *cells[0]), _cell(rows, *cells[1])
        if a is None or b is None:
            return None
        if self.op == "diff":
            for r, c in cells[2:]:
                got = _cell(rows, r, c)
                if got is not None:
                    b += got
            return a - b
        if self.op == "product":
            return a * b
        if b == 0:
            return None
        return (a * 100 / b).quantize(_quantum(self.digits), ROUND_HALF_UP)

    def holds(self, rows: Sequence[Sequence], figure) -> bool:
        """Whether the formula gives ``figure`` (the report's own number)."""
        computed, shown = self.value(rows), _number(figure)
        return computed is not None and shown is not None and computed == shown

    def excel(self, ref: Callable[[int, int], str]) -> str:
        """The formula's text, ``ref(row, column)`` naming a cell (A1 style)."""
        if self.op == "sum":
            return f"=SUM({','.join(_ranges(self.cells, ref))})"
        a, b = ref(*self.cells[0]), ref(*self.cells[1])
        if self.op == "diff":
            return "=" + "-".join(ref(r, c) for r, c in self.cells)
        if self.op == "product":
            return f"={a}*{b}"
        return f"=IF({b}=0,\"\",ROUND({a}/{b}*100,{self.digits}))"


def _ranges(cells: Sequence[Cell], ref) -> list[str]:
    """Neighbouring cells of one column as ranges: SUM(K5:K90), not SUM(K5,K6,…)."""
    out: list[str] = []
    ordered = sorted(cells, key=lambda rc: (rc[1], rc[0]))
    start = prev = ordered[0]
    for cell in ordered[1:] + [None]:
        if cell is not None and cell[1] == prev[1] and cell[0] == prev[0] + 1:
            prev = cell
            continue
        out.append(ref(*start) if start == prev else f"{ref(*start)}:{ref(*prev)}")
        start = prev = cell
    return out


def column_sum(column: int, rows: Sequence[int]) -> Formula:
    return Formula("sum", tuple((r, column) for r in rows))


def share(row: int, part: int, whole: int, digits: int = 1) -> Formula:
    return Formula("share", ((row, part), (row, whole)), digits)


def difference(row: int, minuend: int, *subtrahends: int) -> Formula:
    return Formula("diff", ((row, minuend), *((row, c) for c in subtrahends)))


def product(row: int, a: int, b: int) -> Formula:
    return Formula("product", ((row, a), (row, b)))
