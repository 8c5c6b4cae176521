"""Benchmark: the site readiness map for 20 sites × 10 workshops × 200 items (40,000 items).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_readiness.py [--repeat N]

Prints medians of: computing the map (services.sites.readiness_map), writing it to xlsx and
to PDF, beside the floor of a plain SQL read of the same item columns.  Not a test: it only
reports.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

SITES, WORKSHOPS, ITEMS = 20, 10, 200
STAGES = ["planned", "ordered", "delivered", "installed", "commissioned"]
CATEGORIES = ["equipment", "tools", "consumables", "furniture", "software", "safety"]


def build(db: Path) -> None:
    from sqlalchemy import insert

    from app.models import InfraItem, Site, Workshop
    from app.services import Services, open_store
    from app.services.cluster import current_cluster

    services = Services(open_store(str(db)))
    now = datetime.now(UTC)
    common = {"created_at": now, "updated_at": now, "version": 1}
    with services.store.sessions.begin() as s:
        cluster_id = current_cluster(s).id
        sites, workshops, items = [], [], []
        for n in range(SITES):
            site_id = uuid.uuid4()
            sites.append({"id": site_id, "cluster_id": cluster_id, "name": f"Площадка {n:02d}",
                          "address": "", "person_in_charge": "", **common})
            for w in range(WORKSHOPS):
                workshop_id = uuid.uuid4()
                workshops.append({
                    "id": workshop_id, "site_id": site_id, "name": f"Мастерская {n}-{w}",
                    "kind_of_work": f"Вид работ {w}", "room_requirements": "",
                    "repairs_percent": (n * 7 + w * 11) % 101,
                    "brandbook_percent": (n * 5 + w * 13) % 101,
                    "design_approved_by": "", "design_approved_doc": "",
                    "equipment_approved_by": "", "equipment_approved_doc": "", **common})
                for i in range(ITEMS):
                    items.append({
                        "id": uuid.uuid4(), "workshop_id": workshop_id, "position": i,
                        "category": CATEGORIES[i % len(CATEGORIES)], "name": f"Позиция {i}",
                        "specification": "", "quantity": Decimal(1 + i % 5), "unit": "шт.",
                        "unit_price": Decimal(1000 + (i * 37) % 90000),
                        "budget_line": "", "contract": "",
                        "stage": STAGES[(i + w + n) % len(STAGES)], **common})
        s.execute(insert(Site), sites)
        s.execute(insert(Workshop), workshops)
        s.execute(insert(InfraItem), items)
    services.close()


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="clusterdesk-bench-"))
    os.environ["CLUSTERDESK_HOME"] = str(home)
    db = home / "readiness.sqlite3"
    build(db)

    from app.services import Services, open_store

    services = Services(open_store(str(db)))

    def floor():
        with sqlite3.connect(db) as conn:
            conn.execute("SELECT workshop_id, category, stage, quantity, unit_price "
                         "FROM infra_item").fetchall()

    results = {
        "floor: plain SQL read of the 40,000 items": [timed(floor) for _ in range(args.repeat)],
        "readiness_map() (query + arithmetic)": [timed(services.sites.readiness_map)
                                                 for _ in range(args.repeat)],
        "report readiness → xlsx": [timed(lambda: services.reports.readiness(home / "r.xlsx"))
                                    for _ in range(args.repeat)],
        "report readiness → PDF": [timed(lambda: services.reports.readiness(home / "r.pdf"))
                                   for _ in range(args.repeat)],
    }
    print(f"Readiness map: {SITES} sites × {WORKSHOPS} workshops × {ITEMS} items, "
          f"median of {args.repeat}")
    for name, values in results.items():
        print(f"  {name:<46} {statistics.median(values):8.1f} ms")
    services.close()


if __name__ == "__main__":
    main()
