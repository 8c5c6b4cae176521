"""Career maps benchmark: the print shop's batch of 50 approved maps.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_career_maps.py \
        [--maps 50] [--repeat 3] [--size A3] [--portrait] [--strict]

A SQLite database in a temporary CLUSTERDESK_HOME gets 50 approved career maps: the three
demo maps (app/services/demo/careers.py) over and over under other codes, each with 3–5
steps (forks included), 3–4 employers and all their logos (Pillow PNGs and one SVG, stored
per map as the program stores them).  It is opened the way the program opens it
(``open_store`` + ``Services``) and these are timed, medians of ``--repeat`` runs:

* layout: ``layout_page`` of every map (no drawing), per map;
* combined: the 50 maps into one PDF (read from the database, laid out, drawn), per map;
* batch: ``services.career_map_reports.write_approved`` — 50 single-map PDFs plus the
  combined file, as the print shop gets them — per map.

Goal: batch ≤ 0.3 s a map.  The exit code is 0 (it is a report) unless ``--strict`` is
given, then 1 on a MISS.  Not a pytest test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL_S = 0.3


def build(url: str, count: int):
    from app.models import CareerMap
    from app.services import Services, open_store
    from app.services.cluster import current_cluster
    from app.services.demo.careers import add_demo_career_maps

    services = Services(open_store(url))
    with services.store.sessions.begin() as s:
        cluster_id = current_cluster(s).id
        made = 0
        while made < count:
            for mid in add_demo_career_maps(s, cluster_id):
                m = s.get(CareerMap, mid)
                if made >= count:
                    s.delete(m)
                    continue
                m.code = f"{10 + made // 90:02d}.{1 + made % 2:02d}.{made % 90 + 1:02d}"
                made += 1
            s.flush()
    return services


def median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--maps", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--size", default="A3")
    parser.add_argument("--portrait", action="store_true")
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - SVG logos need it
    home = Path(tempfile.mkdtemp(prefix="bench-careers-"))
    os.environ["CLUSTERDESK_HOME"] = str(home / "home")
    from app.db import sqlite_url
    from app.services.reports.career_layout import layout_page
    from app.services.reports.career_map import write_maps

    start = time.perf_counter()
    services = build(sqlite_url(home / "bench.sqlite3"), args.maps)
    print(f"database: {args.maps} approved maps in {time.perf_counter() - start:.1f} s")
    landscape = not args.portrait
    rows = services.career_maps.maps(status="approved")
    assert len(rows) == args.maps, len(rows)
    maps = [services.career_map_reports.printable(r.id) for r in rows]

    n = len(maps)
    layout = median(lambda: [layout_page(m, args.size, landscape) for m in maps], args.repeat)

    def combined():
        printable = [services.career_map_reports.printable(r.id) for r in rows]
        write_maps(printable, home / "combined.pdf", size=args.size, landscape=landscape)

    whole = median(combined, args.repeat)
    batch = median(lambda: services.career_map_reports.write_approved(
        home / "print", args.size, landscape), args.repeat)
    size_mb = (home / "combined.pdf").stat().st_size / 1e6
    files = len(list((home / "print").glob("*.pdf")))

    print(f"paper: {args.size} {'landscape' if landscape else 'portrait'}; "
          f"combined PDF {size_mb:.1f} MB; batch folder {files} files")
    print(f"layout only   {layout / n * 1000:7.1f} ms a map  ({layout:.2f} s for {n})")
    print(f"combined PDF  {whole / n * 1000:7.1f} ms a map  ({whole:.2f} s for {n})")
    verdict = "OK" if batch / n <= GOAL_S else "MISS"
    print(f"batch         {batch / n * 1000:7.1f} ms a map  ({batch:.2f} s for {n}: "
          f"{n} files + combined)  goal ≤ {GOAL_S * 1000:.0f} ms  {verdict}")
    services.close()
    return 1 if args.strict and verdict == "MISS" else 0


if __name__ == "__main__":
    sys.exit(main())
