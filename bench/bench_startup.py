"""Start-up benchmark: ``python -m app --demo --screenshot`` beside an empty QMainWindow.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_startup.py [--repeat 5] [--strict]

Both are timed as whole processes (interpreter start to exit), so the floor is what Python
and Qt cost before ClusterDesk does anything:

* floor: a process that creates a QApplication and a 1280×800 QMainWindow, shows it,
  processes events and grabs it (so it has been laid out and painted), then exits;
* the app: ``python -m app --demo --screenshot PNG``: the real start-up (settings,
  translators, style, database open + migration check + reference data, services, main
  window, the participants table loaded from the demo database and painted), then exit.

Everything runs under a temporary CLUSTERDESK_HOME; the demo database is created by one
untimed warm-up run, so the timing is start-up, not the first seeding.

Goal: start-up within 2× the empty window.  This is a report: the exit code is 0 whatever
the result, unless ``--strict`` is given (then 1 on a MISS).  Not a pytest test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL_RATIO = 2.0

FLOOR_SNIPPET = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
pixmap = window.grab()
assert not pixmap.isNull()
window.close()
"""

# The same start-up, stopped the moment the main window has been grabbed with the dashboard's
# figures (what app.views.screenshot does, minus the PNG encoding and the interpreter's exit).
# It prints «shell» first, when the window's frame (bootstrap.show_shell) has been painted
# and grabbed as the floor's window is: what the user sees first; then «figures» when that
# frame painted the dashboard's figures kept by the last start (app/first_figures.py).
PAINTED_SNIPPET = """
import os, sys
from app import bootstrap
from app.views import screenshot

_show_shell = bootstrap.show_shell

def show_shell(*args, **kwargs):
    shell = _show_shell(*args, **kwargs)
    print("shell" if not shell.grab().isNull() else "failed", flush=True)
    return shell

_show_first_figures = bootstrap.show_first_figures

def show_first_figures(shell, *args, **kwargs):
    _show_first_figures(shell, *args, **kwargs)
    if shell.figures_shown and not shell.grab().isNull():  # the last start's, still true
        print("figures", flush=True)

bootstrap.show_shell = show_shell
bootstrap.show_first_figures = show_first_figures

def painted(app, window, target):
    window.resize(1280, 800)
    window.show()
    window.wait_until_loaded()
    for _ in range(5):
        app.processEvents()
    ok = not window.grab().isNull()
    print("painted" if ok else "failed", flush=True)
    os._exit(0 if ok else 1)

screenshot.screenshot = painted
sys.exit(bootstrap.main(["--demo", "--screenshot", "unused.png"]))
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["CLUSTERDESK_HOME"] = str(home)
    for name in ("CLUSTERDESK_DB", "CLUSTERDESK_USER", "CLUSTERDESK_PASSWORD", "CLUSTERDESK_LANG"):
        env.pop(name, None)
    return env


def _run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"command failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr}")
    return elapsed


def _run_until_painted(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from the start of the process until it reports the window painted."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    while line.strip() in ("shell", "figures"):  # the frame painted first: this waits for all
        line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    if line.strip() != "painted" or proc.returncode != 0:
        sys.exit(f"the painted-only run failed ({proc.returncode}): {line!r}")
    return elapsed


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.0f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if the goal is missed")
    args = parser.parse_args(argv)

    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="clusterdesk-bench-") as tmp:
        home = Path(tmp) / "home"
        env = _env(home)
        shot = Path(tmp) / "window.png"
        floor_cmd = [python, "-c", FLOOR_SNIPPET]
        app_cmd = [python, "-m", "app", "--demo", "--screenshot", str(shot)]
        bare_cmd = [python, "-c", "pass"]
        painted_cmd = [python, "-c", PAINTED_SNIPPET]

        # Warm-up, untimed: seeds the demo database, builds the .qm catalogue into the cache
        # folder, fills the OS file cache for Qt's libraries.
        _run(app_cmd, env)
        if not shot.exists():
            sys.exit("the app did not write its screenshot")
        _run(floor_cmd, env)

        floor, app, bare, painted = [], [], [], []
        for _ in range(args.repeat):  # interleaved, so drift on the machine hits both alike
            bare.append(_run(bare_cmd, env))
            floor.append(_run(floor_cmd, env))
            shot.unlink(missing_ok=True)
            app.append(_run(app_cmd, env))
            if not shot.exists():
                sys.exit("the app did not write its screenshot")
            painted.append(_run_until_painted(painted_cmd, env))

    floor_ms, app_ms = statistics.median(floor), statistics.median(app)
    ratio = app_ms / floor_ms
    ok = ratio <= GOAL_RATIO
    print(f"ClusterDesk start-up, median of {args.repeat} runs ({os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]}, QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']})")
    print(f"  python -c pass (interpreter only)    {_ms(statistics.median(bare))}")
    print(f"  floor: empty QMainWindow painted     {_ms(floor_ms)}   "
          f"(min {min(floor) * 1000:.0f}, max {max(floor) * 1000:.0f})")
    print(f"  app: --demo --screenshot             {_ms(app_ms)}   "
          f"(min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f})")
    print(f"  app until painted (no PNG, no exit)  {_ms(statistics.median(painted))}   "
          "(informational)")
    print(f"  ratio app / floor                    {ratio:7.2f}×")
    print(f"Goal: start-up within {GOAL_RATIO:g}× the empty window "
          f"(≤ {floor_ms * GOAL_RATIO * 1000:.0f} ms): {'PASS' if ok else 'MISS'}")
    return 1 if (args.strict and not ok) else 0


if __name__ == "__main__":
    sys.exit(main())
