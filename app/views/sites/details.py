"""What is known about the chosen site or workshop, read-only (Edit opens the dialog)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel

from app.formats import format_date, format_number
from app.services.site_data import SiteData, WorkshopData


class DetailsPanel(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("details")
        self.forms = (QFormLayout(), QFormLayout())
        for form in self.forms:
            # a narrow window puts a value under its label instead of growing (issue 21)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        columns = QHBoxLayout(self)
        columns.addLayout(self.forms[0], 1)
        columns.addSpacing(16)
        columns.addLayout(self.forms[1], 1)
        self.values: dict[str, QLabel] = {}
        self.clear()

    def _rows(self, rows: list[tuple[int, str, str, str]]) -> None:
        """(column, key, label, value) rows replace what was shown."""
        for form in self.forms:
            while form.rowCount():
                form.removeRow(0)
        self.values = {}
        for column, key, label, value in rows:
            text = QLabel(value or "—")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setObjectName(key)
            self.forms[column].addRow(label, text)
            self.values[key] = text

    def clear(self) -> None:
        self.setTitle(self.tr("Nothing chosen"))
        self._rows([(0, "hint", "", self.tr(
            "Choose a site or a workshop in the list on the left."))])

    def show_site(self, site: SiteData) -> None:
        self.setTitle(site.name)
        kinds = sorted({w.kind_of_work for w in site.workshops if w.kind_of_work})
        self._rows([
            (0, "organization", self.tr("Organization"), site.organization_name),
            (0, "address", self.tr("Address"), site.address),
            (0, "person", self.tr("Person in charge"), site.person_in_charge),
            (1, "workshops", self.tr("Workshops"), str(len(site.workshops))),
            (1, "kinds", self.tr("Kinds of work"), "; ".join(kinds)),
        ])

    def show_workshop(self, site: SiteData, w: WorkshopData) -> None:
        self.setTitle(w.name)
        area = self.tr("{area} m²").format(area=format_number(w.area_m2)) \
            if w.area_m2 is not None else ""
        self._rows([
            (0, "site", self.tr("Site"), site.name),
            (0, "kind", self.tr("Kind of work"), w.kind_of_work),
            (0, "area", self.tr("Area"), area),
            (0, "readiness", self.tr("Repairs / brand book"),
             f"{w.repairs_percent} % / {w.brandbook_percent} %"),
            (1, "design", self.tr("Design project"), self._approval(
                w.design_approved_by, w.design_approved_on, w.design_approved_doc,
                w.design_decision_id is not None)),
            (1, "equipment", self.tr("Equipment list"), self._approval(
                w.equipment_approved_by, w.equipment_approved_on, w.equipment_approved_doc,
                w.equipment_decision_id is not None)),
        ])

    def _approval(self, by: str, on: date | None, doc: str, linked: bool) -> str:
        """From the council's decision (the service reads it); typed text of before the
        register is said to be so."""
        if not (by or on or doc):
            return self.tr("not approved yet")
        first = self.tr("approved {date}").format(date=format_date(on)) if on else \
            self.tr("approved")
        text = ", ".join(filter(None, (first, by, doc)))
        return text if linked else self.tr("{text} (typed, no council decision)").format(
            text=text)
