"""Small shared labels."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.services.event_codes import plan_kind_label
from app.services.event_data import PlanData


def error_label() -> QLabel:
    """A red, wrapping, initially hidden message under a field or a form."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def add_field_row(form: QFormLayout, label: str, widget: QWidget) -> QLabel:
    """A row of ``form``: ``widget`` with a hidden error label under it (returned)."""
    error = error_label()
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    form.addRow(label, box)
    return error


def plan_name(plan: PlanData) -> str:
    """«2026 · Popularization: plan of events» for combos and tables."""
    return f"{plan.year} · {plan_kind_label(plan.kind)}"
