"""The databases tests start from, made once per run and copied for every test.

Opening a new database runs every migration (~0.6 s) and seeding the demo cluster takes 2–4 s;
about a thousand tests start from one or the other, which was half of the suite's time.  So the
first test that needs one makes it the way the program does (``open_store`` on a new database,
``services.demo.seed()``) under a home of its own, and every later test gets a copy: the SQLite
file copied (closed, so the write-ahead log is folded in), or on PostgreSQL the test database
created anew from a template database.  The copy is what a user's computer would hold after the
same steps, so the tests still run on a real file and a real server:

* the audit log's signing keys (SQLite) come along into the test's own home, and the copy's
  head is recorded there for its own place (app/services/audit_chain.py), as if this
  computer had written the entries;
* a template is made per day the services' clock shows (the demo's events are spread around
  today) and per fixed clock, and anew in every run (a template left by an older checkout is
  dropped, never reused);
* only a database that is still new is replaced: a test whose fixtures put something at the
  place first (an old version to upgrade, a damaged file) opens what it put there;
* a PostgreSQL database given by CLUSTERDESK_TEST_DB whose user may not create databases gets
  no copies: each test opens and seeds its own, as before (with a warning).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.db import normalise_url, sqlite_path


@dataclass(frozen=True)
class Template:
    source: str  # the SQLite file, or the PostgreSQL database's name
    home: Path  # the home it was made under (its audit keys)


class _NoCopies(Exception):
    pass


_made: dict[tuple, Template] = {}
_server_copies = True  # False once the server refused CREATE DATABASE


def _clock_key() -> tuple:
    from app.services import clock

    fixed = clock._fixed  # a test's fixed time is part of what the seed wrote
    return (fixed,) if fixed is not None else (clock.today(),)


def _is_new(url: str) -> bool:
    path = sqlite_path(url)
    if path is not None:
        return not path.exists() or path.stat().st_size == 0
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return not inspect(conn).get_table_names()
    finally:
        engine.dispose()


def _maintenance(url: str):
    """An engine on the server's ``postgres`` database, for CREATE/DROP DATABASE."""
    return create_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")


def _recreate(url: str, name: str, template: str | None = None) -> None:
    engine = _maintenance(url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            # a plain file copy: far quicker than the default WAL_LOG for a small database
            # (the choice exists from PostgreSQL 15 on; before it, a copy was always one)
            newer = int(conn.execute(text("SHOW server_version_num")).scalar()) >= 150000
            copy = ""
            if template:
                copy = f' TEMPLATE "{template}"' + (" STRATEGY FILE_COPY" if newer else "")
            conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    finally:
        engine.dispose()


def _make(url: str, demo: bool) -> Template:
    """Open a new database as the program does (and seed the demo) under a home of its own."""
    from app.services import Services, open_store

    home = Path(tempfile.mkdtemp(prefix="clusterdesk-template-"))
    atexit.register(shutil.rmtree, home, True)
    if sqlite_path(url) is not None:
        source = str(home / "template.sqlite3")
        target = normalise_url(source)
    else:
        source = f"{make_url(url).database}_tpl{len(_made)}"
        try:
            _recreate(url, source)
        except DBAPIError as exc:  # a server database given without the right to create one
            raise _NoCopies(str(exc.orig)) from exc
        target = make_url(url).set(database=source).render_as_string(hide_password=False)
    before = os.environ.get("CLUSTERDESK_HOME")
    os.environ["CLUSTERDESK_HOME"] = str(home)
    try:
        services = Services(open_store(target))
        try:
            if demo:
                services.demo.seed()
        finally:
            services.close()
    finally:
        if before is None:
            os.environ.pop("CLUSTERDESK_HOME", None)
        else:
            os.environ["CLUSTERDESK_HOME"] = before
    if sqlite_path(url) is not None:
        assert not Path(source + "-wal").exists(), "the template was left open"
    return Template(source, home)


def start_from_template(url: str, demo: bool) -> bool:
    """Put a new (or demo) database at ``url`` if nothing is there yet; False if something is
    (the caller opens what is there)."""
    from app.services.audit_chain import accept_current_head, keys_folder

    global _server_copies
    if not _is_new(url) or (sqlite_path(url) is None and not _server_copies):
        return False
    key = (sqlite_path(url) is None, url if sqlite_path(url) is None else "", demo,
           *_clock_key())
    template = _made.get(key)
    if template is None:
        try:
            template = _made[key] = _make(url, demo)
        except _NoCopies as exc:
            warnings.warn(f"no template databases on this server ({exc}); each test "
                          "opens a new database itself", stacklevel=2)
            _server_copies = False
            return False
    path = sqlite_path(url)
    if path is not None:
        shutil.copyfile(template.source, path)
    else:
        _recreate(url, make_url(url).database, template.source)
    keys = template.home / "data" / "audit-keys"
    if keys.is_dir():
        into = keys_folder()
        for key_file in keys.glob("*.key"):
            shutil.copy2(key_file, into / key_file.name)  # owner-only, as written
    engine = create_engine(url)
    try:
        accept_current_head(engine)  # this computer wrote these entries
    finally:
        engine.dispose()
    return True
