"""The figures of issue 19, in the issue's order; each a module with ``run``."""

from __future__ import annotations

import importlib

#: name → (module, cheap: small enough for the smoke test's --only)
FIGURES: dict[str, tuple[str, bool]] = {
    "startup": ("bench.figures.startup", False),
    "participants-click": ("bench.figures.participants_click", False),
    "import": ("bench.figures.import_participants", False),
    "monitoring-form": ("bench.figures.monitoring_form", True),
    "export-xlsx": ("bench.figures.export_xlsx", True),
    "participants-pdf": ("bench.figures.participants_pdf", True),
    "career-maps": ("bench.figures.career_maps", False),
    "field-merge": ("bench.figures.field_merge", False),
    "no-freeze": ("bench.figures.no_freeze", False),
}


def load(name: str):
    return importlib.import_module(FIGURES[name][0])
