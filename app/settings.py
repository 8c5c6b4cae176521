"""UI and machine preferences (QSettings), with declared, typed defaults.

Only what belongs to this PC lives here: the window's geometry, the language, the database
URL chosen in the settings page.  What reports need lives in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from app import APP_NAME, paths


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    type: type


LANGUAGE = Option("ui/language", "ru", str)
DATABASE_URL = Option("database/url", "", str)
WINDOW_GEOMETRY = Option("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Option("window/state", QByteArray(), QByteArray)
LAST_SECTION = Option("window/section", "dashboard", str)
PARTICIPANTS_HEADER = Option("participants/header", QByteArray(), QByteArray)
LAST_FOLDER = Option("files/last_folder", "", str)
#: The deadlines' .ics subscription file this PC rewrites on each start and each look at «Сроки»
DEADLINES_SUBSCRIPTION = Option("deadlines/subscription_file", "", str)
#: The day (ISO) the notice of overdue and coming deadlines was last shown: once a day
DEADLINES_NOTICE_DAY = Option("deadlines/notice_shown_on", "", str)
#: At most one automatic backup per database within this many hours (on close, while working).
BACKUP_INTERVAL_HOURS = Option("backups/auto_interval_hours", 4.0, float)


class Settings:
    """A thin typed wrapper; the file is an .ini in the user's config folder."""

    def __init__(self, path: str | None = None):
        file = path or str(paths.config_dir() / f"{APP_NAME.lower()}.ini")
        self._qs = QSettings(file, QSettings.Format.IniFormat)

    def get(self, option: Option) -> Any:
        value = self._qs.value(option.key, option.default)
        if value is None:
            return option.default
        if option.type is QByteArray and not isinstance(value, QByteArray):
            return option.default
        if option.type is not QByteArray and not isinstance(value, option.type):
            try:
                return option.type(value)
            except (TypeError, ValueError):
                return option.default
        return value

    def set(self, option: Option, value: Any) -> None:
        self._qs.setValue(option.key, value)

    def sync(self) -> None:
        self._qs.sync()

    @property
    def file_name(self) -> str:
        return self._qs.fileName()
