"""What the command line's modules share: printing a line, translating it, the messages for a
file that cannot be read or written, and the plain date a command takes.

app/cli/run.py dispatches to the modules of app/cli/; they all import this module and none
imports the package itself back, so the package has no import cycle.
"""

from __future__ import annotations

import re
import sys
from datetime import date

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def echo(text: str = "", err: bool = False) -> None:
    print(text, file=sys.stderr if err else sys.stdout, flush=True)


def line(values) -> str:
    """Tab-separated, each value on one line: a tab or a line break in it would split it."""
    return "\t".join(" ".join(str(v).split()) for v in values)


def parse_day(text: str | None) -> date:
    """«2026-03-12» or «12.03.2026» → the date; anything else raises ValueError (translated)."""
    found = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*|\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*",
                         text or "")
    if found:
        year, month, day = found.group(1, 2, 3) if found[1] else found.group(6, 5, 4)
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            pass
    raise ValueError(translate(
        "Cli", "«{text}» is not a date: write it as YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-03-12.")
        .format(text=text or ""))


def file_error(exc: OSError) -> str:
    return translate("Cli", "The file {path} could not be written or read: {reason}").format(
        path=exc.filename or "", reason=exc.strerror or exc)
