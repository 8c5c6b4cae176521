"""How fast, and in how much memory, an oversized or broken workbook is refused.

Each case runs in its own child process (a fresh interpreter, its own temporary
CLUSTERDESK_HOME and SQLite database) that reports its wall time and its peak resident memory
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``). Beside each import the *floor* is the least
code that reads the same rows: openpyxl in read-only mode iterating the same number of rows
(``iter_rows(values_only=True)``), with no checks and no validation.

Cases (the workbooks are written once into the system temp folder and reused):
  issue     the file of issue 16: ~34 MB whose sheet unpacks to ~280 MB (ratio ~8), 800,000
            rows each with a wrong INN, the sheet's size declared in <dimension>
  streamed  the same kind of rows, ~190 MB unpacked, no <dimension>: only counting the rows
            while reading finds that it is too long
  capped    99,990 rows, every one with a wrong INN: under the limits, so every row is
            validated; refused with the first errors listed and all of them counted

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_big_import.py [--repeat N] [--strict]

Goals: under 300 MB peak memory in every case; a file over the limits (issue, streamed)
refused within 5 s; a file under them (capped) refused within 2× the floor's time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(tempfile.gettempdir()) / "clusterdesk-bench-big-import"
GOAL_REFUSAL_SECONDS, GOAL_FLOOR_RATIO, GOAL_MB = 5.0, 2.0, 300

_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>'),
}
HEADER = ["Наименование", "ИНН", "Роль", "Дата вступления", "Адрес"]


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def write_workbook(path: Path, rows: int, dimension: bool) -> Path:
    """Header + ``rows`` rows of participants, each with a wrong INN («12345»), written as
    sheet XML straight into the zip (seconds, where openpyxl would take minutes).  A random
    part in each row keeps the file from compressing much better than a real list (~8×)."""
    rng = random.Random(16)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, text in _PARTS.items():
            z.writestr(name, text)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            head = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                    'openxmlformats.org/spreadsheetml/2006/main">')
            if dimension:
                head += f'<dimension ref="A1:E{rows + 1}"/>'
            head += '<sheetData><row r="1">' + "".join(
                _cell(f"{c}1", h) for c, h in zip("ABCDE", HEADER, strict=True)) + "</row>"
            part.write(head.encode())
            batch = []
            for r in range(2, rows + 2):
                noise = f"{rng.getrandbits(40):010x}"
                batch.append(
                    f'<row r="{r}">' + _cell(f"A{r}", f"ООО «Участник {noise}»")
                    + _cell(f"B{r}", "12345") + _cell(f"C{r}", "Колледж")
                    + _cell(f"D{r}", "01.09.2024")
                    + _cell(f"E{r}", f"г. Вологда, ул. Мира, д. {r % 300}, {noise[:4]}")
                    + "</row>")
                if len(batch) == 10_000:
                    part.write("".join(batch).encode())
                    batch.clear()
            part.write(("".join(batch) + "</sheetData></worksheet>").encode())
    return path


CASES = {  # name: (data rows, <dimension> written)
    "issue": (800_000, True),
    "streamed": (530_000, False),
    "capped": (99_990, True),
}


def workbook(name: str) -> Path:
    CACHE.mkdir(exist_ok=True)
    rows, dimension = CASES[name]
    path = CACHE / f"{name}-{rows}.xlsx"
    if not path.exists():
        started = time.perf_counter()
        write_workbook(path.with_suffix(".part"), rows, dimension).rename(path)
        print(f"  (wrote {path.name} in {time.perf_counter() - started:.1f} s)")
    return path


# --- the child processes ----------------------------------------------------------------

_IMPORT = """
import json, os, resource, sys, tempfile, time
from pathlib import Path
home = tempfile.mkdtemp()
os.environ["CLUSTERDESK_HOME"] = home
from app.db import sqlite_url
from app.services import Services, open_store
from app.services.importers.base import ImportFileError
services = Services(open_store(sqlite_url(Path(home) / "bench.sqlite3")))
started, cpu = time.perf_counter(), time.process_time()
try:
    result = services.participants_import.import_xlsx(sys.argv[1])
    outcome = {"refused": False, "errors": result.error_count, "listed": len(result.errors),
               "rows": result.rows_read}
except ImportFileError as exc:
    outcome = {"refused": True, "message": str(exc)}
outcome["seconds"] = time.perf_counter() - started
outcome["cpu"] = time.process_time() - cpu
outcome["count"] = services.participants.count()
outcome["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(outcome))
"""

_FLOOR = """
import json, resource, sys, time
from itertools import islice
from openpyxl import load_workbook
started, cpu = time.perf_counter(), time.process_time()
wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
sheet = wb.worksheets[0]
sheet.reset_dimensions()
rows = sum(1 for _ in islice(sheet.iter_rows(values_only=True), int(sys.argv[2])))
wb.close()
print(json.dumps({"seconds": time.perf_counter() - started, "rows": rows,
                  "cpu": time.process_time() - cpu,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(code: str, *args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--strict", action="store_true")
    parser.add_argument("--cases", default=",".join(CASES))
    args = parser.parse_args()
    from app.services.importers.base import MAX_ROWS

    ok = True
    for name in args.cases.split(","):
        path = workbook(name)
        with zipfile.ZipFile(path) as z:
            unpacked = z.getinfo("xl/worksheets/sheet1.xml").file_size
        print(f"\n{name}: {path.stat().st_size / 2**20:.1f} MB file, sheet {unpacked / 2**20:.0f} MB"
              f" unpacked, {CASES[name][0]:,} data rows")
        runs = [child(_IMPORT, str(path)) for _ in range(args.repeat)]
        floors = [child(_FLOOR, str(path), str(min(CASES[name][0] + 1, MAX_ROWS + 1)))
                  for _ in range(args.repeat)]
        last = runs[-1]
        seconds = statistics.median(r["seconds"] for r in runs)
        peak = max(r["peak_mb"] for r in runs)
        floor = statistics.median(f["seconds"] for f in floors)
        floor_peak = max(f["peak_mb"] for f in floors)
        cpu = statistics.median(r["cpu"] for r in runs)
        floor_cpu = statistics.median(f["cpu"] for f in floors)
        what = (f"refused: {last['message']}" if last["refused"] else
                f"not imported: {last['errors']:,} errors, {last['listed']} listed")
        print(f"  {what}")
        print(f"  organizations in the database after: {last['count']}")
        print(f"  floor (openpyxl reads {floors[-1]['rows']:,} rows): {floor:.2f} s "
              f"(CPU {floor_cpu:.2f} s), peak {floor_peak:.0f} MB")
        ratio = seconds / floor if floor else float("inf")
        if last["refused"]:
            fast, goal = seconds <= GOAL_REFUSAL_SECONDS, f"≤ {GOAL_REFUSAL_SECONDS:.0f} s"
        else:
            fast, goal = ratio <= GOAL_FLOOR_RATIO, f"≤ {GOAL_FLOOR_RATIO:.0f}× the floor"
        good = fast and peak <= GOAL_MB and last["count"] == 0
        ok &= good
        print(f"  import: {seconds:.2f} s (CPU {cpu:.2f} s; median of {len(runs)}), "
              f"peak {peak:.0f} MB; {ratio:.2f}× the floor's time — goal {goal} and "
              f"≤ {GOAL_MB} MB: {'PASS' if good else 'MISS'}")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
