"""Small shared labels."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def error_label() -> QLabel:
    """A red, wrapping, initially hidden message under a field or a form."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label
