"""Where ClusterDesk keeps its files.

Everything lives in the user's folders from platformdirs.  ``CLUSTERDESK_HOME`` moves all of
them under one folder: a portable install on a USB stick uses it, and so do the tests.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import platformdirs

from app import APP_NAME

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS_SRC = Path(__file__).resolve().parent.parent / "translations"
I18N_BUILD = Path(__file__).resolve().parent / "i18n"


def _home() -> Path | None:
    value = os.environ.get("CLUSTERDESK_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home()
    path = home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home()
    path = home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    """The root of the backups: one folder per database inside (:func:`database_backup_dir`);
    loose files here were made by versions before those folders."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_backup_dir(database) -> Path:
    """The backups folder of one database: ``database`` is a SQLite file's path, or a server
    database's URL (text or SQLAlchemy URL; the user name and password do not count).

    Named for people (the file's stem, or server-database) and made unique by a short hash
    of what identifies the database (the resolved path; the server, port and database), so
    the demo and the real database, or two files both called clusterdesk.sqlite3, never share
    a folder."""
    if isinstance(database, Path):
        label = database.stem
        identity = os.path.normcase(str(database.resolve()))
    else:
        from sqlalchemy.engine import make_url

        url = make_url(database)
        host = url.host or "localhost"
        label = f"{host}-{url.database or ''}"
        identity = f"{url.get_backend_name()}://{host}:{url.port or ''}/{url.database or ''}"
    label = re.sub(r"[^\w.-]+", "_", label).strip("._-")[:40] or "database"
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:10]
    path = backup_dir() / f"{label}-{digest}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "clusterdesk.sqlite3"


def demo_db_path() -> Path:
    return data_dir() / "clusterdesk-demo.sqlite3"


def cache_dir() -> Path:
    home = _home()
    path = home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
