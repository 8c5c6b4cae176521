"""Translations: Russian by default, English on request.

``translations/clusterdesk_ru.ts`` is the committed source; the .qm that Qt loads is built
from it by ``scripts/build_translations.py`` (pyside6-lrelease).  A source checkout that has
not run the script yet still starts in Russian: the .qm is then built into the user's cache
folder on first start.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths

log = logging.getLogger(__name__)
LANGUAGES = ("ru", "en")
DEFAULT_LANGUAGE = "ru"


def _tool(name: str) -> Path:
    folder = Path(PySide6.__file__).parent
    exe = folder / (name + (".exe" if sys.platform == "win32" else ""))
    return exe


def lrelease(ts_file: Path, qm_file: Path) -> Path:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
    )
    return qm_file


def qm_file(language: str) -> Path | None:
    """The compiled catalogue for ``language``, building it if the source is newer."""
    ts = paths.TRANSLATIONS_SRC / f"clusterdesk_{language}.ts"
    built = paths.I18N_BUILD / f"clusterdesk_{language}.qm"
    if built.exists() and (not ts.exists() or built.stat().st_mtime >= ts.stat().st_mtime):
        return built
    if not ts.exists():
        return built if built.exists() else None
    cached = paths.cache_dir() / f"clusterdesk_{language}.qm"
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    try:
        return lrelease(ts, cached)
    except (OSError, subprocess.CalledProcessError) as exc:
        log.warning("could not build translations: %s", exc)
        return built if built.exists() else None


_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def current_language() -> str:
    """The language install_translators put in effect (what the window's texts are in)."""
    return _language


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> str:
    """Load Qt's own catalogue (standard buttons read «Отмена») and ours; returns the
    language in effect."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    global _language
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _language = language
    QLocale.setDefault(QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English,
                               QLocale.Country.Russia if language == "ru" else QLocale.Country.UnitedKingdom))
    if language == "en":
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    ours = QTranslator(app)
    path = qm_file(language)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation catalogue for %s", language)
    return language
