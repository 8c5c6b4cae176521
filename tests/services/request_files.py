"""What the data-request tests share: a fixed clock, a request to five participants who have
events, and filling a returned workbook as a participant would (input cells only)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import func, select

from app.models import DataRequest, Event, EventReach, FigureSource, RequestReturn, StaffTraining
from app.services import clock

TODAY = date(2026, 12, 7)
YEAR_FROM, YEAR_TO = date(2026, 1, 1), date(2026, 12, 31)


def set_today(day: date = TODAY) -> None:
    clock.set_now(datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC))


def five_with_events(services) -> list:
    """Five members who are responsible for events of 2026 (their files are not empty)."""
    from app.services.requests.kinds import KINDS
    from app.services.requests.kinds.base import Context

    kind = KINDS["events"]
    chosen = []
    with services.store.sessions() as s:
        from app.services.cluster import current_cluster

        cluster = current_cluster(s).id
        for c in services.requests.candidates(YEAR_TO):
            if c.inn and kind.prefill(s, Context(cluster, c.id, YEAR_FROM, YEAR_TO)):
                chosen.append(c)
    assert len(chosen) >= 5
    return chosen[:5]


def data_sheet(wb):
    return wb.worksheets[1]


def input_cells(ws, last_row: int, columns: int):
    """The unlocked cells of the table, as the participant sees them (row, column)."""
    for row in range(2, last_row + 1):
        for col in range(1, columns + 1):
            if not ws.cell(row, col).protection.locked:
                yield row, col


def last_row(wb) -> int:
    manifest = {r[0]: r[1] for r in wb["manifest"].iter_rows(values_only=True)}
    return int(manifest["last_row"])


def fill_events(path: Path, parents: int = 40, status: str = "Проведено") -> dict[int, int]:
    """Mark every event that has started held and give the parents reached (``parents`` +
    row); returns {row: parents written}.  Only input cells are written."""
    wb = load_workbook(path)
    ws = data_sheet(wb)
    headers = [c.value for c in ws[1]]
    status_col = 4
    parents_col = next(i for i, h in enumerate(headers, start=1) if h == "Родители")
    written = {}
    for row, col in input_cells(ws, last_row(wb), len(headers)):
        if ws.cell(row, 2).value.date() > clock.today():
            continue  # not held yet: nothing to report
        if col == status_col:
            ws.cell(row, col).value = status
        elif col == parents_col:
            ws.cell(row, col).value = parents + row
            written[row] = parents + row
    wb.save(path)
    return written


def resave_with_libreoffice(path: Path, work: Path) -> None:
    """Open and save the file in LibreOffice (headless), in place."""
    out = work / "lo-out"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work / 'lo-profile'}",
                    "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(out / path.name, path)


def counts(services) -> dict[str, int]:
    """Rows of every table a returned file may change."""
    with services.store.sessions() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (Event, EventReach, FigureSource, RequestReturn, StaffTraining,
                          DataRequest)}


def reach_values(services) -> list[tuple]:
    with services.store.sessions() as s:
        return sorted((str(r.event_id), r.audience, r.people)
                      for r in s.scalars(select(EventReach)))
