"""No frozen moment: the longest gap of a heartbeat on the GUI thread (bench/heartbeat.py)
while each section opens (a click on the sidebar) on a 10,000-organization database and while the participants
list is exported to xlsx and to PDF through the page, as a user does it."""

from __future__ import annotations

from pathlib import Path

from bench.core import Measured

NAME = "no-freeze"
TITLE = "longest GUI-thread gap"
UNIT = "ms"
ABS_GOAL = 0.100
ABS_GOAL_GROWS = False  # a frozen window is as bad with 100,000 rows as with 10,000
GOAL = "every gap ≤ 100 ms"
BASE_ROWS = 10_000


def run(scale: float, repeat: int, work: Path) -> Measured:
    from app.bootstrap import gui_application
    from app.db import sqlite_url
    from app.i18n import install_translators
    from app.services import Services, open_store
    from app.settings import Settings
    from app.views import dialogs
    from app.views.main_window import SECTION_KEYS, MainWindow
    from app.views.style import apply_style
    from bench.bench_participants import guard_none_refcount
    from bench.figures.data import participants
    from bench.heartbeat import Heartbeat

    guard_none_refcount()
    app = gui_application()  # as the program starts it (the GUI thread's switch interval)
    install_translators(app, "ru")
    apply_style(app)
    count = max(200, int(BASE_ROWS * scale))
    url = sqlite_url(work / f"freeze-{count}.sqlite3")
    participants(url, count)
    services = Services(open_store(url))
    target: list[str] = [""]
    dialogs.choose_save_file = lambda *args, **kwargs: target[0]
    dialogs.show_message = lambda *args, **kwargs: None
    beat = Heartbeat()
    worst: list[float] = []
    gaps: dict[str, float] = {}
    for n in range(repeat):
        window = MainWindow(services, Settings(path=str(work / f"freeze-{n}.ini")))
        window.resize(1280, 800)
        window.show()
        window.wait_until_loaded()
        longest = 0.0
        for index, key in enumerate(SECTION_KEYS):
            # as a user opens it: a click on the sidebar (the row changes), until the page
            # has been built and has shown its rows
            gap = beat.run(lambda index=index, w=window: w.navigation.setCurrentRow(index),
                           until=lambda key=key, w=window: key in w._built and not w.tasks.busy)
            gaps[f"open {key}"] = max(gaps.get(f"open {key}", 0.0), gap)
            longest = max(longest, gap)
        page = window.show_section("participants")
        window.wait_until_loaded()
        for kind in ("xlsx", "pdf"):
            target[0] = str(work / f"members.{kind}")
            gap = beat.run(page.export_file)
            gaps[f"export {kind}"] = max(gaps.get(f"export {kind}", 0.0), gap)
            longest = max(longest, gap)
        worst.append(longest)
        window.close()
    services.close()
    slowest = sorted(gaps.items(), key=lambda kv: -kv[1])[:5]
    return Measured(worst, None, size=f"{count:,} organizations".replace(",", " "),
                    extra={"worst_gaps_ms": {k: round(v * 1000) for k, v in slowest},
                           "gaps_ms": {k: round(v * 1000) for k, v in gaps.items()}})
