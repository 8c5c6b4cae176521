"""Inspections benchmark: merging a big field package, and the inspection report with 50 photos.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_inspections.py \
        [--repeat 3] [--answers 1000] [--photos 200] [--report-photos 50] [--profile] [--strict]

Photos: random-noise JPEGs of 2048×1536 at quality 92 (about 3 MB each, noise does not
compress), made once and kept in the system temp folder
(``clusterdesk-bench-photos-2048x1536q92``), so later runs skip the ~10 s it takes.

In a temporary CLUSTERDESK_HOME an office database gets, through the services: one college,
5 sites with 2 workshops each, two custom checklists of 100 yes/no items, and 10 planned
inspections (2 a site, 1,000 items in all) for one inspector.  Then:

* export: ``services.field.export_package`` for that inspector (timed once, informational);
* fill: the package opened in field mode (``open_field_store`` + ``Services`` as the
  inspector) and, through the services as the inspector would, every item answered (one in
  ten a "no" with a comment, which opens a finding) and 200 photos added (20 an inspection,
  half of them linked to an item).  Each call commits to the package with synchronous=FULL;
  the median call is reported;
* merge: ``services.field.merge_package`` into a fresh copy of the office database as it was
  right after the export (a merge into an office that already has the rows is a no-op);
* floors: ``shutil.copy`` of the package file, and ``shutil.copy`` of the 200 photo files
  (the same photo bytes, without the database around them);
* report: an office inspection with 50 of the photos, ``write_inspection_report`` to PDF.

Goals: the merge within 2× the copy of the package file; the report within 5 s.  The exit
code is 0 (it is a report) unless ``--strict`` is given, then 1 on a MISS.  Not a pytest test.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PHOTO_W, PHOTO_H, PHOTO_Q = 2048, 1536, 92
INSPECTOR = "Бенчев Б. Б."
SITES, WORKSHOPS, INSPECTIONS_PER_SITE = 5, 2, 2
MERGE_RATIO, REPORT_S = 2.0, 5.0


# --------------------------------------------------------------------------- photos
def photo_cache() -> Path:
    return Path(tempfile.gettempdir()) / f"clusterdesk-bench-photos-{PHOTO_W}x{PHOTO_H}q{PHOTO_Q}"


def noise_photos(count: int) -> list[Path]:
    """``count`` distinct noise JPEGs of about 3 MB, made once and reused."""
    from PIL import Image

    folder = photo_cache()
    folder.mkdir(exist_ok=True)
    out, made, start = [], 0, time.perf_counter()
    for n in range(count):
        path = folder / f"noise-{n:04d}.jpg"
        if not path.is_file():
            pixels = random.Random(n).randbytes(PHOTO_W * PHOTO_H * 3)
            buffer = io.BytesIO()
            Image.frombytes("RGB", (PHOTO_W, PHOTO_H), pixels).save(buffer, "JPEG",
                                                                    quality=PHOTO_Q)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(buffer.getvalue())
            tmp.replace(path)
            made += 1
        out.append(path)
    if made:
        print(f"Made {made} noise photos in {folder} ({time.perf_counter() - start:.1f} s)")
    return out


# --------------------------------------------------------------------------- the office
def checklist(title: str, items: int):
    from app.services.checklists import ItemData, SectionData, TemplateData

    per = 20
    return TemplateData(title=title, kind="custom", sections=[
        SectionData(f"Раздел {s + 1}", [
            ItemData(f"Пункт {s + 1}.{i + 1}: оборудование установлено и работает",
                     critical=i == 0) for i in range(min(per, items - s * per))])
        for s in range((items + per - 1) // per)])


def build_office(services, answers: int) -> list:
    """College, sites, workshops, two checklists and the planned inspections; their ids."""
    from app.services.inspections import NewInspection
    from app.services.participants import OrganizationData
    from app.services.sites import SiteData, WorkshopData

    college = services.participants.create(OrganizationData(
        full_name="БПОУ «Колледж для замеров»", short_name="Колледж для замеров"))
    inspections = SITES * INSPECTIONS_PER_SITE
    per = answers // inspections
    templates = [services.checklists.save_template(checklist(f"Чек-лист {n + 1}", per))
                 for n in range(2)]
    out = []
    for s in range(SITES):
        site = services.sites.save_site(SiteData(
            name=f"Площадка № {s + 1}", organization_id=college.id,
            address=f"г. Вологда, ул. Заводская, д. {s + 1}"))
        workshops = [services.sites.save_workshop(WorkshopData(
            name=f"Мастерская {s + 1}.{w + 1}", site_id=site.id)) for w in range(WORKSHOPS)]
        for n in range(INSPECTIONS_PER_SITE):
            out.append(services.inspections.create(NewInspection(
                site_id=site.id, planned_on=date.today(), template_id=templates[n % 2].id,
                workshop_ids=[workshops[n % WORKSHOPS].id], inspectors=[INSPECTOR])).id)
    return out


def fill(package: Path, photos: list[Path]) -> tuple[int, float, float]:
    """Answer everything and add the photos in field mode; (answers, median ms of an answer,
    median ms of a photo)."""
    from app.services import Services
    from app.services.field import field_actor, open_field_store, package_info

    store = open_field_store(package)
    answer_ms, photo_ms = [], []
    try:
        field = Services(store, field_actor(package_info(store)))
        inspections = field.inspections.list_inspections()
        per_photo = len(photos) // len(inspections)
        count = 0
        for k, row in enumerate(inspections):
            data = field.inspections.inspection(row.id)
            for n, answer in enumerate(data.answers):
                start = time.perf_counter()
                if n % 10 == 3:
                    field.inspections.answer(row.id, answer.item_id, "no",
                                             "Не смонтировано, ждём поставщика")
                else:
                    field.inspections.answer(row.id, answer.item_id, "yes")
                answer_ms.append((time.perf_counter() - start) * 1000)
                count += 1
            for p in range(per_photo):
                start = time.perf_counter()
                field.photos.add(row.id, photos[k * per_photo + p],
                                 item_id=data.answers[p].item_id if p % 2 == 0 else None,
                                 caption=f"Фото {p + 1} мастерской")
                photo_ms.append((time.perf_counter() - start) * 1000)
    finally:
        store.close()
    # a quick run may have fewer photos than inspections: none added, no median
    return (count, statistics.median(answer_ms) if answer_ms else 0.0,
            statistics.median(photo_ms) if photo_ms else 0.0)


# --------------------------------------------------------------------------- timing
def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def copy_floor(files: list[Path], folder: Path, repeat: int) -> float:
    """Median seconds to shutil.copy ``files`` into ``folder`` (emptied between runs)."""
    def run():
        for f in files:
            shutil.copy(f, folder / f.name)

    times = []
    for _ in range(repeat + 1):  # the first one warms the file cache
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        times.append(timed(run))
    shutil.rmtree(folder, ignore_errors=True)
    return statistics.median(times[1:])


def profiled(fn, top: int, title: str) -> None:
    profile = cProfile.Profile()
    profile.enable()
    fn()
    profile.disable()
    print(f"\n--- cProfile: {title} (cumulative, top {top}) ---")
    pstats.Stats(profile).sort_stats("cumulative").print_stats(top)
    print(f"--- cProfile: {title} (own time, top {top}) ---")
    pstats.Stats(profile).sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument("--answers", type=int, default=1000, help="items answered (1000)")
    parser.add_argument("--photos", type=int, default=200, help="photos in the package (200)")
    parser.add_argument("--report-photos", type=int, default=50,
                        help="photos in the report's inspection (50)")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile one merge and one report")
    parser.add_argument("--top", type=int, default=25, help="lines of each profile (25)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a goal is missed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="clusterdesk-bench-") as tmp:
        home = Path(tmp) / "home"
        os.environ["CLUSTERDESK_HOME"] = str(home)
        for name in ("CLUSTERDESK_DB", "CLUSTERDESK_USER", "CLUSTERDESK_PASSWORD"):
            os.environ.pop(name, None)
        return run(args, Path(tmp))


def run(args, tmp: Path) -> int:
    from app.db import sqlite_url
    from app.services import Services, open_store

    photos = noise_photos(max(args.photos, args.report_photos))
    photo_bytes = sum(p.stat().st_size for p in photos[:args.photos])

    # the office, and its state right after the export
    office = tmp / "office.sqlite3"
    services = Services(open_store(sqlite_url(office)))
    start = time.perf_counter()
    inspection_ids = build_office(services, args.answers)
    build_s = time.perf_counter() - start
    package = tmp / "field.cdpkg"
    export_s = timed(lambda: services.field.export_package(package, INSPECTOR))
    services.close()
    base = tmp / "office-after-export.sqlite3"
    shutil.copy(office, base)
    print(f"Office: {len(inspection_ids)} inspections for {INSPECTOR} built in {build_s:.1f} s; "
          f"package exported in {export_s * 1000:.0f} ms ({package.stat().st_size / 1e6:.1f} MB)")

    start = time.perf_counter()
    answered, answer_ms, photo_ms = fill(package, photos[:args.photos])
    fill_s = time.perf_counter() - start
    size = package.stat().st_size
    print(f"Field mode: {answered} answers and {args.photos} photos "
          f"({photo_bytes / 1e6:.0f} MB) in {fill_s:.1f} s; package now {size / 1e6:.0f} MB")

    floor_package = copy_floor([package], tmp / "floor-package", args.repeat)
    floor_photos = copy_floor(photos[:args.photos], tmp / "floor-photos", args.repeat)

    merges, result = [], None
    for n in range(args.repeat + (1 if args.profile else 0)):
        run_db = tmp / "office-run.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{run_db}{suffix}").unlink(missing_ok=True)
        shutil.copy(base, run_db)
        merged = Services(open_store(sqlite_url(run_db)))
        try:
            if args.profile and n == args.repeat:
                profiled(lambda s=merged: s.field.merge_package(package), args.top, "merge")
                continue
            start = time.perf_counter()
            result = merged.field.merge_package(package)
            merges.append(time.perf_counter() - start)
        finally:
            merged.close()
    merge_s = statistics.median(merges)

    # the report: an office inspection with the report's photos
    report_db = tmp / "office-report.sqlite3"
    shutil.copy(base, report_db)
    services = Services(open_store(sqlite_url(report_db)))
    try:
        inspection = inspection_ids[0]
        start = time.perf_counter()
        for p in photos[:args.report_photos]:
            services.photos.add(inspection, p, caption=f"Мастерская — {p.stem}")
        add_s = time.perf_counter() - start
        target = tmp / "report.pdf"
        reports = [timed(lambda: services.inspection_reports.write_inspection_report(
            inspection, target)) for _ in range(args.repeat)]
        report_s = statistics.median(reports)
        pdf_size = target.stat().st_size
        if args.profile:
            profiled(lambda: services.inspection_reports.write_inspection_report(
                inspection, target), args.top, "inspection report")
        from app.services.photos import print_copy

        contents = [p.read_bytes() for p in photos[:args.report_photos]]
        print_s = timed(lambda: [print_copy(c) for c in contents])
    finally:
        services.close()

    import PIL
    import reportlab
    import sqlalchemy

    print(f"\nMedian of {args.repeat} ({os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
          f"SQLAlchemy {sqlalchemy.__version__}, Pillow {PIL.__version__}, reportlab "
          f"{reportlab.Version})")
    rows = [
        ("field mode: one answer (median call)", f"{answer_ms:.1f} ms"),
        ("field mode: one 3 MB photo added (median call)", f"{photo_ms:.0f} ms"),
        (f"floor: shutil.copy of the package file ({size / 1e6:.0f} MB)",
         f"{floor_package:.2f} s"),
        (f"floor: shutil.copy of the {args.photos} photo files ({photo_bytes / 1e6:.0f} MB)",
         f"{floor_photos:.2f} s"),
        (f"merge_package: {result.rows.added} rows added, {result.rows.changed} changed, "
         f"{result.photos.added} photos, {result.files_added} files", f"{merge_s:.2f} s"),
        ("ratio merge / package copy", f"{merge_s / floor_package:.1f}×"),
        ("ratio merge / photo bytes copy", f"{merge_s / floor_photos:.1f}×"),
        (f"{args.report_photos} photos added in the office (informational)", f"{add_s:.1f} s"),
        (f"inspection report, {args.report_photos} photos → PDF ({pdf_size / 1e6:.1f} MB)",
         f"{report_s:.2f} s"),
        (f"  of which print copies of the {args.report_photos} photos (print_copy alone)",
         f"{print_s:.2f} s"),
    ]
    for label, value in rows:
        print(f"  {label:<86} {value:>10}")
    merge_ok = merge_s <= MERGE_RATIO * floor_package
    report_ok = report_s <= REPORT_S
    print(f"  goal: merge ≤ {MERGE_RATIO:.0f}× the package copy "
          f"(≤ {MERGE_RATIO * floor_package:.2f} s): {'PASS' if merge_ok else 'MISS'}")
    print(f"  goal: report ≤ {REPORT_S:.0f} s: {'PASS' if report_ok else 'MISS'}")
    return 1 if args.strict and not (merge_ok and report_ok) else 0


if __name__ == "__main__":
    sys.exit(main())
