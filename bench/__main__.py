"""Every figure of issue 19 beside its floor, in one run: ``python -m bench``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench [--repeat N] [--json FILE]
        [--only NAME,NAME] [--quick] [--scale 10] [--strict]

Each figure runs in its own interpreter, ours and its floor alternating (``--repeat``
times after a warm-up; medians).  Prints figure | size | ours | floor | ratio | goal |
result, and with ``--json`` writes the same rows (samples included) to a file.
``--scale 10`` runs every figure at 1× and at 10× the data and prints how the ratio moves;
``--quick`` runs a few percent of the data once or twice: a smoke test, not a measurement.
Timings are a report: the exit code is 0 whatever they are, unless ``--strict``."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.core import ROOT, child_env, machine, table
from bench.figures import FIGURES

QUICK_SCALE = 0.02


def run_figure(name: str, scale: float, repeat: int, work: Path) -> dict:
    cmd = [sys.executable, "-m", "bench.figures", name, "--scale", str(scale),
           "--repeat", str(repeat), "--work", str(work / f"{name}-{scale:g}")]
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=child_env(work / "home"), capture_output=True,
                          text=True, check=False)
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("BENCH-RESULT "):
            result = json.loads(line[len("BENCH-RESULT "):])
            result["wall_s"] = round(time.perf_counter() - start, 1)
            return result
    tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
    return {"name": name, "scale": scale, "error": f"exit {done.returncode}: {tail[0]}"}


def growth(base: list[dict], big: list[dict], factor: float) -> str:
    lines = [f"Growth: the same figures at {factor:g}× the data"]
    for a, b in zip(base, big, strict=True):
        if "error" in a or "error" in b or a.get("ratio") is None or b.get("ratio") is None:
            moved = "—"
            if "error" not in a and "error" not in b and a.get("ours") and b.get("ours"):
                moved = f"time ×{b['ours'] / a['ours']:.1f}"
        else:
            moved = (f"ratio {a['ratio']:.2f}× → {b['ratio']:.2f}× "
                     f"(ours ×{b['ours'] / a['ours']:.1f}, floor ×{b['floor'] / a['floor']:.1f})")
        lines.append(f"  {a['name']:<20} {a.get('size', ''):>24} → {b.get('size', ''):<24} "
                     f"{moved}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=None, help="timed runs (5; quick 2)")
    parser.add_argument("--json", type=Path, help="write the results to this file")
    parser.add_argument("--only", default="", help="figures to run, comma-separated: "
                        + ", ".join(FIGURES))
    parser.add_argument("--quick", action="store_true", help="a small size: a smoke test")
    parser.add_argument("--scale", type=float, default=None,
                        help="also run at this many times the data and show the growth")
    parser.add_argument("--strict", action="store_true", help="exit 1 on a MISS")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(FIGURES)
    unknown = [n for n in names if n not in FIGURES]
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(unknown)}; known: {', '.join(FIGURES)}")
    base_scale = QUICK_SCALE if args.quick else 1.0
    repeat = args.repeat or (2 if args.quick else 5)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    print(f"ClusterDesk benchmarks — {machine()}")
    print(f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}, medians of {repeat}, "
          f"scale {base_scale:g}{' (quick: a smoke test, not a measurement)' if args.quick else ''}")
    with tempfile.TemporaryDirectory(prefix="clusterdesk-bench-") as tmp:
        work = Path(tmp)
        # every module compiled once, as an installed copy ships them (core.child_env)
        subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", "app", "bench"],
                       cwd=ROOT, env=child_env(work / "home"), capture_output=True, check=False)
        rows = []
        for name in names:
            print(f"  running {name}…", flush=True)
            rows.append(run_figure(name, base_scale, repeat, work))
        bigger = []
        if args.scale and args.scale != 1:
            for name in names:
                print(f"  running {name} at {args.scale:g}×…", flush=True)
                bigger.append(run_figure(name, base_scale * args.scale, repeat, work))
    print()
    print(table(rows))
    for r in rows:  # the figures' second goals and breakdowns (dashboard, gaps per section)
        for key, value in (r.get("extra") or {}).items():
            print(f"  {r['name']}: {key} = {value}")
    if bigger:
        print()
        print(table(bigger))
        print()
        print(growth(rows, bigger, args.scale))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "repeat": repeat,
                                         "scale": base_scale, "figures": rows,
                                         "growth": bigger}, ensure_ascii=False, indent=2),
                             encoding="utf-8")
        print(f"\nJSON: {args.json}")
    missed = any(r.get("verdict") == "MISS" or "error" in r for r in rows + bigger)
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
