"""What a printed career map shows, for the renderers (career_layout, career_map) and tests.

The model lives in app/services/career_data.py: the careers service fills it and the reports
draw it, and a model kept here made app.services.careers import app.services.reports while
the reports import careers (a cycle between the packages, checked by .importlinter).
"""

from __future__ import annotations

from app.services.career_data import PrintableMap, PrintLogo, PrintStep, PrintTool

__all__ = ["PrintLogo", "PrintStep", "PrintTool", "PrintableMap"]
