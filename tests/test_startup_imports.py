"""Start-up loads only what the first screen needs (issue 19): the service areas are made on
first use, so opening the window imports no report library (reportlab, openpyxl) and not
qtawesome (its font is read directly).  Checked in a fresh interpreter, where sys.modules
shows what was really imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("reportlab", "openpyxl", "qtawesome", "qtpy", "barcode", "docx", "xlsxwriter")

OPEN_WINDOW = """
import json, sys
from app.bootstrap import gui_application
from app.db import sqlite_url
from app.services import Services, open_store
from app.settings import Settings
from app.views.main_window import MainWindow

app = gui_application()
services = Services(open_store(sqlite_url(sys.argv[1])))
window = MainWindow(services, Settings(path=sys.argv[2]))
window.show()
window.wait_until_loaded()
for _ in range(5):
    app.processEvents()
assert not window.grab().isNull()
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
window.close()
services.close()
"""


def _loaded(code: str, *args: str) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_importing_the_bootstrap_and_services_loads_no_report_library():
    loaded = _loaded("import json, sys, app.bootstrap, app.services; "
                     "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))")
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_the_painted_main_window_has_not_loaded_report_libraries(tmp_path):
    loaded = _loaded(OPEN_WINDOW, str(tmp_path / "db.sqlite3"), str(tmp_path / "s.ini"))
    assert "PySide6" in loaded and "sqlalchemy" in loaded  # it did open the window
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_services_areas_are_made_once_on_first_use(services):
    from app.services import AREAS

    assert "grants" not in vars(services)  # not made before it is asked for
    first = services.grants
    assert services.grants is first  # one per Services, kept
    assert set(services.all()) >= set(AREAS)  # the permission test still sees them all
