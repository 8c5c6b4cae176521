"""``translate`` for services: Qt's message lookup without widgets (base re-exports it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
