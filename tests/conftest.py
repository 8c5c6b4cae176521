"""Shared fixtures.

Every test gets its own ClusterDesk home (data, logs, settings) under tmp_path, so nothing
touches the real user folders.  The database is a fresh SQLite file per test, or, when
CLUSTERDESK_TEST_DB names a PostgreSQL database, that database with its schema wiped first
(CI runs the whole suite both ways).
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Session-wide fixtures run before the per-test home is set: give them a throw-away home too.
os.environ["CLUSTERDESK_HOME"] = tempfile.mkdtemp(prefix="clusterdesk-tests-")

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from app.db import normalise_url, sqlite_url  # noqa: E402

PG_URL = os.environ.get("CLUSTERDESK_TEST_DB", "")


@pytest.fixture(autouse=True)
def no_application_wide_filters(qapp):
    """The program's start installs an event filter on the application (app/views/widgets/
    no_wheel.py); the tests share one application, so a test that started the program takes
    it away again instead of leaving it under every test after."""
    yield
    current = getattr(qapp, "_no_wheel_filter", None)
    if current is not None:
        qapp.removeEventFilter(current)
        del qapp._no_wheel_filter


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("CLUSTERDESK_HOME", str(home))
    for name in ("CLUSTERDESK_DB", "CLUSTERDESK_USER", "CLUSTERDESK_PASSWORD", "CLUSTERDESK_LANG"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(scope="session", autouse=True)
def russian(qapp):
    """The program's default language is Russian and its own style; tests see what users
    see.  The style goes on once, before any widget exists: the program itself styles the
    application once at start, and restyling a process full of earlier tests' widgets
    re-polishes every one of them (slow, and it crashed Qt once)."""
    from app.i18n import install_translators
    from app.views.style import apply_style
    from app.views.widgets.svg_drawing import install as install_svg_drawing

    install_translators(qapp, "ru")
    apply_style(qapp)
    install_svg_drawing()  # as the window's start does
    return qapp


def wipe_postgres(url: str) -> None:
    engine = create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def db_url(tmp_path) -> str:
    if PG_URL:
        wipe_postgres(PG_URL)
        return normalise_url(PG_URL)
    return sqlite_url(tmp_path / "test.sqlite3")


@pytest.fixture
def services(request, db_url):
    """The services on a new database; with ``demo`` among the test's fixtures, on the demo
    cluster.  Both are copies of one made at the first use (tests/db_templates.py)."""
    from app.services import Services, open_store
    from tests.db_templates import start_from_template

    demo = "demo" in request.fixturenames
    copied = start_from_template(db_url, demo)
    svc = Services(open_store(db_url))
    if demo and not copied:  # something was at the place already, or no copies here
        svc.demo.seed()
    yield svc
    svc.close()


@pytest.fixture
def demo(services):
    """The demo cluster, as ``services.demo.seed()`` leaves it (seeded by ``services``)."""
    return services


@pytest.fixture(autouse=True)
def collectable_after_test():
    """A main window freezes its sections' objects out of the cyclic collector (issue 19);
    between tests they are garbage again."""
    yield
    import gc

    gc.unfreeze()
