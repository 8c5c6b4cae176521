"""The dashboard's figures as they were last shown, for the next start to paint at once.

A start spends most of its time importing the database layer (SQLAlchemy, the models, the
services) before it can count anything; the user wants the figures.  When the dashboard has
counted them, the window keeps their texts here with a *stamp* of the data they were counted
from.  The next start reads the stamp of the database file with the standard library's sqlite3
(milliseconds, nothing of the database layer imported) and, when it is the same, the same day
and the same language, the start-up frame paints the figures while the real dashboard loads and
then takes their place.  Any change to the data changes the stamp, so the figures painted are
the figures the dashboard then shows; when the stamp differs nothing is painted from here.

The stamp is one SQL text (``STAMP_SQL``), run by the services on their connection when the
figures are counted and by :func:`read_stamp` here: one rule in one place.  It is the schema's
revision and the newest entry of the audit log that changed data (every change to a record is
logged, imports and restores included); entries that change nothing — a login, an export, a
backup — are left out, since each start logs one.

Only local SQLite files are read (a shared PostgreSQL server needs the database layer, and
its data changes under other users), and only starts that need no login (the demo, a
database without accounts): the figures are never shown to someone who has not logged in."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from datetime import date
from pathlib import Path

from app import paths

log = logging.getLogger(__name__)

#: Audit actions that change no data (each start logs a login; exports and backups read).
QUIET_ACTIONS = ("login", "login_failed", "denied", "export", "export_personal", "backup")

#: The stamp's row: whether the database has accounts (then a start asks for a login), the
#: schema's revision, the newest change in the audit log.
STAMP_SQL = (
    "SELECT (SELECT count(*) > 0 FROM app_user), (SELECT version_num FROM alembic_version), "
    "a.seq, a.hash FROM audit_log a "
    "WHERE a.action NOT IN ({quiet}) ORDER BY a.seq DESC LIMIT 1"
).format(quiet=", ".join(f"'{action}'" for action in QUIET_ACTIONS))

_FORMAT = 1


def stamp_of(row) -> str:
    """The stamp of STAMP_SQL's row («empty» when the log has no change yet)."""
    if row is None:
        return "empty"
    accounts, *rest = row
    return "|".join(["accounts" if accounts else "open", *(str(value) for value in rest)])


def read_stamp(db: Path) -> str | None:
    """The stamp of a SQLite file, read-only; None when it cannot be read."""
    try:
        connection = sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=0.2)
    except (sqlite3.Error, ValueError):
        return None
    try:
        return stamp_of(connection.execute(STAMP_SQL).fetchone())
    except sqlite3.Error:  # not one of ours, damaged, locked, an older schema
        return None
    finally:
        connection.close()


def _file(db: Path) -> Path:
    key = hashlib.sha256(str(Path(db).resolve()).encode("utf-8")).hexdigest()[:24]
    return paths.cache_dir() / "first-figures" / f"{key}.json"


def save(db: Path, stamp: str, day: date, language: str, figures: dict) -> None:
    """Keep the figures shown (their texts, by card) with the stamp they were counted at."""
    target = _file(db)
    data = {"format": _FORMAT, "database": str(Path(db).resolve()), "stamp": stamp,
            "day": day.isoformat(), "language": language, "figures": figures}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, target)  # a start never reads half a file
    except OSError:  # a cache: a full disk or a read-only folder costs only the early paint
        log.warning("could not keep the dashboard's figures in %s", target, exc_info=True)


def forget(db: Path) -> None:
    _file(db).unlink(missing_ok=True)


def load(db: Path, day: date, language: str, demo: bool = False) -> dict | None:
    """The figures kept for ``db`` if its data, the day and the language are still theirs,
    and the start needs no login (the demo logs in by itself; else no account exists)."""
    try:
        data = json.loads(_file(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != _FORMAT \
            or data.get("day") != day.isoformat() or data.get("language") != language \
            or data.get("database") != str(Path(db).resolve()):
        return None
    stamp = read_stamp(db)
    if stamp is None or stamp != data.get("stamp") or (stamp.startswith("accounts") and not demo):
        return None
    figures = data.get("figures")
    return figures if isinstance(figures, dict) else None


def window_database(demo: bool, cli_db: str | None, settings_url: str | None) -> Path | None:
    """The SQLite file a window start will open, known without the database layer (the same
    order as app.db.resolve_url: --db, CLUSTERDESK_DB, the settings); None for a server or
    any address this cannot read plainly."""
    if demo:
        return paths.demo_db_path()
    for candidate in (cli_db, os.environ.get("CLUSTERDESK_DB"), settings_url):
        if candidate:
            if candidate.startswith("sqlite:///"):
                return Path(candidate.removeprefix("sqlite:///"))
            return None if "://" in candidate else Path(candidate)
    return paths.default_db_path()
