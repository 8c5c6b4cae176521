"""Start-up paints the window's frame first (issue 19): bootstrap.show_shell shows the title,
the sections and «opening the database» before SQLAlchemy, the models or the services are
imported; the database opens after the paint and the main window takes the frame's place.
Checked in fresh interpreters, where sys.modules shows what was really imported.  No timing
is asserted (bench/figures/startup.py measures it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import bootstrap

ROOT = Path(__file__).resolve().parent.parent
DATABASE_LAYER = ("sqlalchemy", "alembic", "app.db", "app.models", "app.services", "app.cli")

SHELL_ONLY = """
import json, sys
from app import bootstrap
from app.settings import Settings

early = bootstrap.window_start(["--demo"])
shell = bootstrap.show_shell(Settings(), "ru", early.demo)
print(json.dumps({"loaded": [m for m in LAYER if m in sys.modules],
                  "painted": not shell.grab().isNull(), "title": shell.windowTitle(),
                  "sections": shell.navigation.count()}))
""".replace("LAYER", repr(DATABASE_LAYER))

WHOLE_START = """
import json, sys
from app import bootstrap
from app.views import screenshot

seen = {}
_show_shell = bootstrap.show_shell

def show_shell(*args, **kwargs):
    shell = _show_shell(*args, **kwargs)
    seen["shell_before"] = [m for m in LAYER if m in sys.modules]
    seen["shell"] = shell
    return shell

_screenshot = screenshot.screenshot

def take(app, window, target):
    try:
        seen["shell_visible_at_screenshot"] = seen["shell"].isVisible()
    except RuntimeError:  # closed and already deleted
        seen["shell_visible_at_screenshot"] = False
    seen["window_title"] = window.windowTitle()
    return _screenshot(app, window, target)

bootstrap.show_shell = show_shell
screenshot.screenshot = take
code = bootstrap.main(["--demo", "--screenshot", sys.argv[1]])
del seen["shell"]
print(json.dumps({"code": code, **seen}))
""".replace("LAYER", repr(DATABASE_LAYER))


def _run(code: str, *args: str, home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLUSTERDESK_HOME=str(home))
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=280)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_frame_paints_before_the_database_layer_is_imported(tmp_path):
    seen = _run(SHELL_ONLY, home=tmp_path / "home")
    assert seen["painted"]
    assert seen["loaded"] == []  # the old start imported app.cli, and with it SQLAlchemy
    assert seen["sections"] == 13
    assert seen["title"].startswith("ClusterDesk") and "демонстрационная база" in seen["title"]


SHELL_THEN_ERROR = """
import json, sys
from app import bootstrap
from app.settings import Settings

shell = bootstrap.show_shell(Settings(), "ru", True)
before = "app.views.errors" in sys.modules
from app.views import dialogs
said = []
dialogs.show_message = lambda parent, title, text, details="": said.append(title)
try:
    raise ValueError("проверочная ошибка")
except ValueError as exc:
    sys.excepthook(type(exc), exc, exc.__traceback__)
from app.logs import log_file
print(json.dumps({"before": before, "said": said,
                  "logged": "проверочная ошибка" in log_file().read_text(encoding="utf-8")}))
"""


def test_the_crash_handler_loads_only_when_an_error_comes_and_still_logs_and_says_it(tmp_path):
    seen = _run(SHELL_THEN_ERROR, home=tmp_path / "home")
    assert seen["before"] is False  # not imported before the first paint
    assert seen["said"] == ["Произошла ошибка"]
    assert seen["logged"]


@pytest.mark.timeout(300)
def test_a_demo_start_shows_the_frame_then_the_main_window(tmp_path):
    shot = tmp_path / "window.png"
    seen = _run(WHOLE_START, str(shot), home=tmp_path / "home")
    assert seen["code"] == 0 and shot.stat().st_size > 0
    assert seen["shell_before"] == []
    assert seen["shell_visible_at_screenshot"] is False  # the main window took its place
    assert "демонстрационная база" in seen["window_title"]


@pytest.mark.parametrize(("argv", "window"), [
    ([], True),
    (["--demo", "--section", "participants", "--lang", "en"], True),
    (["--db", "x.sqlite3", "--user", "anna", "--screenshot", "a.png"], True),
    (["--version"], False),
    (["-h"], False),
    (["--demo", "--db", "x.sqlite3"], False),  # the full parser says what is wrong
    (["--section", "nowhere"], False),
    (["--field", "a.cdpkg"], False),
    (["--dem"], False),  # an abbreviation: the full parser decides
    (["list", "plans"], False),
    (["--demo", "check"], False),
])
def test_only_a_plain_window_start_gets_the_early_frame(argv, window):
    assert (bootstrap.window_start(argv) is not None) is window


KEPT_START = """
import json, sys
from app import bootstrap
from app.views import screenshot

seen = {}
_show_shell = bootstrap.show_shell

def show_shell(*args, **kwargs):
    shell = _show_shell(*args, **kwargs)
    seen["figures_before_paint"] = shell.figures_shown  # the frame is painted first
    return shell

_show_first_figures = bootstrap.show_first_figures

def show_first_figures(shell, *args, **kwargs):
    _show_first_figures(shell, *args, **kwargs)
    seen["figures_shown"] = shell.figures_shown
    seen["shell_before"] = [m for m in LAYER if m in sys.modules]
    seen["shell_cards"] = {card.title.text(): [card.figure.text(), card.change.text(),
                                               card.detail.text()]
                           for card in getattr(shell, "cards", [])}

def take(app, window, target):
    window.wait_until_loaded()
    page = window.show_section("dashboard")
    seen["window_cards"] = {card.title.text(): [card.figure.text(), card.change.text(),
                                                card.detail.text()]
                            for card in [*page.cards, page.data_check_card]}
    return 0

bootstrap.show_shell = show_shell
bootstrap.show_first_figures = show_first_figures
screenshot.screenshot = take
code = bootstrap.main(["--demo", "--screenshot", sys.argv[1]])
print(json.dumps({"code": code, **seen}))
""".replace("LAYER", repr(DATABASE_LAYER))


@pytest.mark.timeout(300)
def test_a_second_start_paints_the_dashboard_figures_it_then_shows(tmp_path):
    """Issue 19: the dashboard's figures are on screen before the database layer is loaded,
    and they are the figures the dashboard then shows (app/first_figures.py)."""
    home = tmp_path / "home"
    first = _run(KEPT_START, str(tmp_path / "a.png"), home=home)
    assert first["figures_shown"] is False  # nothing kept yet: the frame says «opening…»
    second = _run(KEPT_START, str(tmp_path / "b.png"), home=home)
    assert second["figures_before_paint"] is False and second["figures_shown"] is True
    assert second["shell_before"] == []
    assert len(second["shell_cards"]) == 10
    assert second["shell_cards"] == second["window_cards"]
    assert "Участники" in second["shell_cards"]
