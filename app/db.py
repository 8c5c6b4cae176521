"""The store: one function makes an Engine from a URL; sessions come from ``session_factory``.

SQLite is the default (a file in the user's data folder) and is tuned for never losing a row:
WAL journal, ``synchronous=FULL``, foreign keys on, a busy timeout.  PostgreSQL is used when
the URL says so; the code above this module does not care which one it is.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app import paths

#: «CLDS»: lets ``check`` tell our SQLite files from any other SQLite file.
SQLITE_APPLICATION_ID = 0x434C4453
BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).resolve().as_posix()}"


def resolve_url(cli_url: str | None = None, settings_url: str | None = None) -> str:
    """The database to open: ``--db`` beats ``CLUSTERDESK_DB`` beats the settings dialog."""
    for candidate in (cli_url, os.environ.get("CLUSTERDESK_DB"), settings_url):
        if candidate:
            return normalise_url(candidate)
    return sqlite_url(paths.default_db_path())


def normalise_url(url: str) -> str:
    """Accept a bare file path or ``postgresql://`` and return a full SQLAlchemy URL."""
    if "://" not in url:
        return sqlite_url(url)
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def is_sqlite(url_or_engine: str | Engine) -> bool:
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else make_url(url_or_engine)
    return url.get_backend_name() == "sqlite"


def sqlite_path(url_or_engine: str | Engine) -> Path | None:
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else make_url(url_or_engine)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def display_url(url_or_engine: str | Engine) -> str:
    """The URL as the status bar shows it: never with the password."""
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else make_url(url_or_engine)
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return url.render_as_string(hide_password=True)


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_on_connect(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def session_factory(engine: Engine, class_: type[Session] = Session) -> sessionmaker[Session]:
    return sessionmaker(engine, class_=class_, expire_on_commit=False)
