"""Translations, with Qt's own tools from PySide6.

    python scripts/build_translations.py update   # collect strings from app/ into the .ts
    python scripts/build_translations.py build    # compile translations/*.ts to app/i18n/*.qm

``update`` keeps every translation already made and drops strings no longer in the code;
new strings arrive marked unfinished until a translator fills them in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "app" / "i18n"
LANGUAGES = ("ru",)


def tool(name: str) -> str:
    return str(Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else "")))


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def lupdate(target: Path, extra: tuple[str, ...] = ()) -> None:
    subprocess.run(
        [tool("lupdate"), "-silent", "-locations", "none", *extra, *sources(), "-ts", str(target)],
        check=True, cwd=ROOT,
    )


def update() -> None:
    for lang in LANGUAGES:
        lupdate(TS_DIR / f"clusterdesk_{lang}.ts", ("-no-obsolete", "-target-language", lang))


def build() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        target = QM_DIR / f"clusterdesk_{lang}.qm"
        fresh = target.with_suffix(".qm.new")
        subprocess.run(
            [tool("lrelease"), "-silent", str(TS_DIR / f"clusterdesk_{lang}.ts"),
             "-qm", str(fresh)],
            check=True,
        )
        # put in place by a rename: a running program maps the .qm into memory, and a file
        # rewritten in place under it ends that program with a bus error
        os.replace(fresh, target)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    {"update": update, "build": build}[command]()
