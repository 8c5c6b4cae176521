"""Where ClusterDesk keeps its files.

Everything lives in the user's folders from platformdirs.  ``CLUSTERDESK_HOME`` moves all of
them under one folder: a portable install on a USB stick uses it, and so do the tests.
"""

from __future__ import annotations

import os
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
    path = data_dir() / "backups"
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
