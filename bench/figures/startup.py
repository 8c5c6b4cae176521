"""Start-up: ``python -m app --demo`` until the main window has been painted (the process
prints «painted» and the clock stops there), beside a process that shows an empty
QMainWindow and grabs it (bench_startup.py's floor).  A process a repetition."""

from __future__ import annotations

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
GOAL = "≤ 2× (window painted)"

FLOOR_PAINTED = FLOOR_SNIPPET + "\nprint('painted', flush=True)\nimport os; os._exit(0)\n"


def _until_painted(code: str, env: dict, cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    if line.strip() != "painted":
        raise RuntimeError(f"no painted window ({proc.returncode}): {line!r}")
    return elapsed


def run(scale: float, repeat: int, work: Path) -> Measured:
    env = child_env(work / "startup-home")
    shot = work / "startup.png"
    # warm-up: seeds the demo database, builds the .qm files, warms the file cache
    subprocess.run([sys.executable, "-m", "app", "--demo", "--screenshot", str(shot)], env=env,
                   cwd=ROOT, check=True, capture_output=True)
    ours, floor = [], []
    for _ in range(repeat):
        floor.append(_until_painted(FLOOR_PAINTED, env, ROOT))
        ours.append(_until_painted(PAINTED_SNIPPET, env, ROOT))
    return Measured(ours, floor, size="demo database")
