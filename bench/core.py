"""What every figure shares: paired, interleaved timing; the result row; the table and JSON.

A figure module (bench/figures/<name>.py) has ``TITLE``, ``GOAL`` (text), ``RATIO_GOAL``
and/or ``ABS_GOAL`` (seconds, per unit), ``UNIT`` («s», «ms», «ms/map») and
``run(scale, repeat, work) -> Measured``.  Each figure runs in its own interpreter (``python
-m bench.figures <name>``), so one figure's Qt objects, caches or memory do not colour the
next one; the entry point reads its JSON line."""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Measured:
    """Seconds of each repetition (per unit when ``per`` > 1: a map, a row…)."""

    ours: list[float]
    floor: list[float] | None = None
    per: int = 1
    size: str = ""  # what was measured: «10,000 rows»
    extra: dict[str, object] = field(default_factory=dict)  # memory, informational figures
    thread: str = ""  # where the work ran, when the figure checks it


def paired(ours: Callable[[], object], floor: Callable[[], object] | None, repeat: int,
           warm: bool = True) -> tuple[list[float], list[float] | None]:
    """Run ``floor`` and ``ours`` alternately ``repeat`` times (after one untimed warm-up
    each): drift on a shared machine then hits both alike."""
    if warm:
        if floor is not None:
            floor()
        ours()
    mine: list[float] = []
    base: list[float] | None = [] if floor is not None else None
    for _ in range(repeat):
        if floor is not None:
            gc.collect()
            start = time.perf_counter()
            floor()
            base.append(time.perf_counter() - start)
        gc.collect()
        start = time.perf_counter()
        ours()
        mine.append(time.perf_counter() - start)
    return mine, base


@dataclass
class Row:
    name: str
    title: str
    scale: float
    size: str
    ours: float  # median seconds (per unit)
    floor: float | None
    ratio: float | None
    goal: str
    verdict: str  # PASS | MISS | —
    unit: str
    samples: dict[str, list[float] | None]
    extra: dict[str, object]


def judge(module, scale: float, m: Measured) -> Row:
    ours = statistics.median(m.ours) / m.per
    floor = statistics.median(m.floor) / m.per if m.floor else None
    ratio = ours / floor if floor else None
    checks = []
    if getattr(module, "RATIO_GOAL", None) is not None and ratio is not None:
        checks.append(ratio <= module.RATIO_GOAL)
    goal = module.GOAL
    if getattr(module, "ABS_GOAL", None) is not None:
        # an absolute time is for the stated size: at 10× it grows with the data, and the
        # goal column says so; a limit that holds at any size (no frozen moment) does not
        grows = getattr(module, "ABS_GOAL_GROWS", True) and scale > 1
        checks.append(ours <= module.ABS_GOAL * (scale if grows else 1.0))
        if grows:
            goal = f"{goal} (time ×{scale:g} at this size)"
    for key, limit in getattr(module, "EXTRA_GOALS", {}).items():
        if key in m.extra:
            checks.append(float(m.extra[key]) <= limit)
    verdict = "—" if not checks else ("PASS" if all(checks) else "MISS")
    return Row(module.NAME, module.TITLE, scale, m.size, ours, floor, ratio, goal,
               verdict, module.UNIT, {"ours": m.ours, "floor": m.floor},
               {**m.extra, **({"thread": m.thread} if m.thread else {})})


def as_dict(row: Row) -> dict:
    return asdict(row)


def fmt_time(seconds: float | None, unit: str) -> str:
    if seconds is None:
        return "—"
    if unit.startswith("ms"):
        return f"{seconds * 1000:,.1f} {unit}"
    return f"{seconds:,.2f} {unit}"


def table(rows: list[dict]) -> str:
    head = ["figure", "size", "ours", "floor", "ratio", "goal", "result"]
    body = []
    for r in rows:
        if "error" in r:
            body.append([r["name"], "", "failed", "", "", "", r["error"][:60]])
            continue
        body.append([r["title"], r["size"], fmt_time(r["ours"], r["unit"]),
                     fmt_time(r["floor"], r["unit"]),
                     f"{r['ratio']:.2f}×" if r["ratio"] is not None else "—",
                     r["goal"], r["verdict"]])
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=True)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths,  # noqa: E731
                                                                             strict=True)) + " |"
    out = [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(b) for b in body]
    return "\n".join(out)


def machine() -> str:
    import platform

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{platform.node()}: {os.cpu_count()} CPUs, {platform.system()} "
            f"{platform.release()}, Python {sys.version.split()[0]}, load {load:.1f}")


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["CLUSTERDESK_HOME"] = str(home)
    # bytecode as an installed copy has it (PyInstaller ships it): the checkout may run with
    # PYTHONDONTWRITEBYTECODE, which compiles every module from source in every process.
    # The cache lives beside the home, outside the checkout; the warm-up runs fill it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(home.parent / "pycache"))
    for name in ("CLUSTERDESK_DB", "CLUSTERDESK_USER", "CLUSTERDESK_PASSWORD",
                 "CLUSTERDESK_LANG"):
        env.pop(name, None)
    return env
