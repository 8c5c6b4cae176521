"""Career maps, the print shop's batch of 50 approved maps (bench_career_maps.py's
database): ``write_approved`` per map beside the floor, one bare A3 page (PT Sans, one
line of text) written to a PDF, per page."""

from __future__ import annotations

from pathlib import Path

from bench.core import Measured, paired

NAME = "career-maps"
TITLE = "career maps batch"
UNIT = "ms/map"
ABS_GOAL = 0.040
ABS_GOAL_GROWS = False  # per map: the batch size does not change it
GOAL = "≤ 40 ms/map"
BASE_MAPS = 50


def bare_page(target: Path) -> None:
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfgen.canvas import Canvas

    from app.services.reports.pdf import FONT, register_fonts

    register_fonts()
    canvas = Canvas(str(target), pagesize=landscape(A3), pageCompression=1)
    canvas.setFont(FONT, 12)
    canvas.drawString(40, 40, "Карьерная карта выпускника")
    canvas.showPage()
    canvas.save()


def run(scale: float, repeat: int, work: Path) -> Measured:
    from PySide6.QtWidgets import QApplication

    from app.db import sqlite_url
    from bench.bench_career_maps import build

    app = QApplication.instance() or QApplication(["bench"])  # noqa: F841 - SVG logos
    count = max(3, int(BASE_MAPS * scale))
    services = build(sqlite_url(work / f"maps-{count}.sqlite3"), count)
    ours, floor = paired(
        lambda: services.career_map_reports.write_approved(work / "print"),
        lambda: bare_page(work / "bare.pdf"), repeat)
    services.close()
    # per map: the batch writes each map twice (its own file and the combined one), the
    # floor one page
    return Measured([t / count for t in ours], floor, size=f"{count} maps")
