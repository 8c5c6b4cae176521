"""``python -m bench`` runs (issue 19): a quick run of two cheap figures prints the table and
writes the JSON with every column.  Never a timing assertion: the numbers are a report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quick_bench_prints_the_table_and_writes_json(tmp_path):
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--repeat", "1",
         "--only", "monitoring-form,participants-pdf", "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    header = next(line for line in lines if line.startswith("| figure"))
    assert [c.strip() for c in header.strip("|").split("|")] == [
        "figure", "size", "ours", "floor", "ratio", "goal", "result"]
    rows = [line for line in lines if line.startswith("| monitoring") or
            line.startswith("| participants PDF")]
    assert len(rows) == 2
    assert all(line.rstrip(" |").endswith(("PASS", "MISS", "—")) for line in rows)

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["machine"] and data["repeat"] == 1
    figures = {f["name"]: f for f in data["figures"]}
    assert set(figures) == {"monitoring-form", "participants-pdf"}
    for figure in figures.values():
        assert "error" not in figure, figure
        assert figure["verdict"] in ("PASS", "MISS", "—")
        assert figure["ours"] > 0 and len(figure["samples"]["ours"]) == 1
    assert figures["monitoring-form"]["floor"] > 0  # paired with its floor
    assert figures["monitoring-form"]["ratio"] == (
        figures["monitoring-form"]["ours"] / figures["monitoring-form"]["floor"])
    assert figures["participants-pdf"]["floor"] is None  # the issue sets it a time only
    assert figures["participants-pdf"]["extra"]["thread"] != "MainThread"


def test_an_unknown_figure_is_refused():
    done = subprocess.run([sys.executable, "-m", "bench", "--only", "nonsense"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "unknown figure" in done.stderr


def test_at_10x_a_time_grows_with_the_data_but_a_frozen_window_does_not():
    """The verdicts the growth table prints: PASS/MISS read off recorded samples (no clock)."""
    from types import SimpleNamespace

    from bench.core import Measured, judge

    export = SimpleNamespace(NAME="pdf", TITLE="pdf", UNIT="s", GOAL="≤ 3 s", ABS_GOAL=3.0)
    freeze = SimpleNamespace(NAME="gap", TITLE="gap", UNIT="ms", GOAL="≤ 100 ms",
                             ABS_GOAL=0.100, ABS_GOAL_GROWS=False)
    assert judge(export, 10, Measured([25.0], None, size="100 000")).verdict == "PASS"
    assert "×10" in judge(export, 10, Measured([25.0], None, size="100 000")).goal
    assert judge(export, 1, Measured([3.3], None, size="10 000")).verdict == "MISS"
    assert judge(freeze, 10, Measured([0.278], None, size="100 000")).verdict == "MISS"
    assert judge(freeze, 1, Measured([0.09], None, size="10 000")).verdict == "PASS"
