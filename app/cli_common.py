"""What the command line's modules share: printing a line and translating it.

app/cli.py parses and dispatches; app/cli_careers.py, cli_governance.py and cli_inspections.py
carry out groups of commands.  Both sides import this module, so none imports the other back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def echo(text: str = "", err: bool = False) -> None:
    print(text, file=sys.stderr if err else sys.stdout, flush=True)
