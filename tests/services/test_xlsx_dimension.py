"""Every sheet we write declares its size (<dimension>), whatever sits above and below the
table: readers then need not scan the sheet to learn it (issue 19)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.services.reports.model import Column, TableReport
from app.services.reports.xlsx import write_xlsx


def _report(**extra) -> TableReport:
    return TableReport(
        title="Отчёт", columns=[Column("Имя"), Column("Дата", "date"), Column("Сумма", "money"),
                                Column("Число", "int")],
        rows=[["=1+1", date(2026, 1, 2), Decimal("10.50"), 3], ["#N/A", None, None, "—"],
              ["Итого", None, Decimal("10.50"), 3]],
        **extra)


@pytest.mark.parametrize("extra", [
    {},
    {"subtitle": "Кластер"},
    {"approval": ["УТВЕРЖДЕНО", "протоколом № 1"], "subtitle": "Кластер",
     "notes_title": "Изменения", "notes": ["Первое", "Второе"]},
    {"group_rows": {1}, "bold_rows": {2}, "attention_rows": {0}},
], ids=["plain", "titled", "approval-notes", "groups"])
def test_the_declared_size_is_the_written_size(tmp_path, extra):
    target = write_xlsx(_report(**extra), tmp_path / "r.xlsx")
    book = load_workbook(target, read_only=True)
    sheet = book.active
    declared = sheet.calculate_dimension()
    sheet.reset_dimensions()  # forget it: count what is really there
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    last = max(i for i, r in enumerate(rows, 1) if any(v is not None for v in r))
    assert declared == f"A1:D{last}"
    values = [v for r in rows for v in r if v is not None]
    assert "=1+1" in values and "#N/A" in values  # user text stays text
    full = load_workbook(target)  # and a normal read sees the same cells as text
    cells = [c for r in full.active.iter_rows() for c in r if c.value in ("=1+1", "#N/A")]
    assert [c.data_type for c in cells] == ["s", "s"]
