"""Start-up: ``python -m app --demo`` until what the user sees first — the window's frame
(bootstrap.show_shell: title, sections, «opening the database») — has been painted, beside a
process that shows an empty QMainWindow and grabs it (bench_startup.py's floor).  The same
process goes on until the dashboard's figures are shown: that time is the second goal (≤ 4×
the floor).  They are shown first by the frame when the last start's figures are still true
(app/first_figures.py: the same data, the same day; the warm-up run keeps them, as any start
of the day does), else by the dashboard itself; the time until the real dashboard has loaded
is reported beside it (``dashboard_loaded``).  A process a repetition."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.bench_startup import FLOOR_SNIPPET, PAINTED_SNIPPET
from bench.core import ROOT, Measured, child_env

NAME = "startup"
TITLE = "start-up --demo to painted window"
UNIT = "s"
RATIO_GOAL = 2.0
EXTRA_GOALS = {"dashboard_ratio": 4.0}
GOAL = "≤ 2× (window painted), ≤ 4× (dashboard figures)"

FLOOR_PAINTED = FLOOR_SNIPPET + "\nprint('painted', flush=True)\nimport os; os._exit(0)\n"


def until_lines(code: str, env: dict, cwd: Path) -> dict[str, float]:
    """Seconds from the process's start to each line it prints («shell», «painted»)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seen: dict[str, float] = {}
    for line in proc.stdout:
        seen[line.strip()] = time.perf_counter() - start
        if line.strip() in ("painted", "failed"):
            break
    proc.wait()
    if "painted" not in seen:
        raise RuntimeError(f"no painted window ({proc.returncode}): {sorted(seen)}")
    return seen


def run(scale: float, repeat: int, work: Path) -> Measured:
    env = child_env(work / "startup-home")
    shot = work / "startup.png"
    # warm-up: seeds the demo database, builds the .qm files, warms the file cache
    subprocess.run([sys.executable, "-m", "app", "--demo", "--screenshot", str(shot)], env=env,
                   cwd=ROOT, check=True, capture_output=True)
    shell, figures, dashboard, floor = [], [], [], []
    for _ in range(repeat):
        floor.append(until_lines(FLOOR_PAINTED, env, ROOT)["painted"])
        seen = until_lines(PAINTED_SNIPPET, env, ROOT)
        dashboard.append(seen["painted"])
        shell.append(seen.get("shell", seen["painted"]))  # no frame: the window is the first
        # the figures are first shown by the frame (the last start's, still true) or else
        # by the dashboard itself
        figures.append(seen.get("figures", seen["painted"]))
    base = statistics.median(floor)
    return Measured(shell, floor, size="demo database", extra={
        "dashboard_s": round(statistics.median(figures), 3),
        "dashboard_ratio": round(statistics.median(figures) / base, 2),
        "dashboard_loaded_s": round(statistics.median(dashboard), 3),
        "dashboard_loaded_ratio": round(statistics.median(dashboard) / base, 2)})
