"""Issue 21's «Done means»: every section, every tab and every dialog the add and edit actions
open, on the demo, offscreen, at 1366×705 (a maximised window on a 1366×768 laptop) and at
150 % scaling (QT_SCALE_FACTOR=1.5 on a 1920×1080 screen): no list scrolls sideways, no heading
is cut, the window's least width stays ≤ 1024 (and its least height within the screen), no
technical identifier is on screen.  Each run is a process of its own (the scale factor is read
when Qt starts): tests/views/window_probe.py.  Pictures of every screen go to
/tmp/window_shots to be looked at."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.views.window_probe import TECHNICAL

SHOTS = Path("/tmp/window_shots")
ROOT = Path(__file__).resolve().parents[2]


def probe(scale: str, db_url: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale,
               CLUSTERDESK_PROBE_DB=db_url)
    done = subprocess.run([sys.executable, "-m", "tests.views.window_probe", str(SHOTS)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.timeout(700)
@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_every_screen_fits_and_reads_as_office_software(db_url, scale):
    problems = probe(scale, db_url)
    assert problems == []
    shots = sorted(SHOTS.glob(f"x{scale}-*.png"))
    assert len(shots) > 60  # every section, tab and dialog was looked at


@pytest.mark.parametrize("text", [
    "organization_id: 5", "https://example.org", "consent_given: True", "False",
    "2024-03-01", "membership", "app_user", "organization"])
def test_the_scan_finds_technical_text(text):
    assert TECHNICAL.search(text)


@pytest.mark.parametrize("text", [
    "Организация", "01.03.2024", "да", "Участники кластера", "Trueman Ltd", "id"])
def test_the_scan_leaves_russian_office_text_alone(text):
    assert not TECHNICAL.search(text)
