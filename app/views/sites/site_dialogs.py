"""Add or edit a site (площадка) and a workshop (мастерская)."""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.formats import format_number, number_or_none
from app.services import Services
from app.services.errors import ValidationError
from app.services.site_data import SiteData, WorkshopData
from app.views import dialogs
from app.views.widgets.colours import MUTED
from app.views.widgets.decision_combo import DecisionCombo
from app.views.widgets.form_dialog import FormDialog, organization_combo, select_data

AREA_LIMIT = Decimal(10) ** 8  # the column is Numeric(10, 2)


def approval_text(w: WorkshopData, prefix: str) -> str:
    """«who, document, date» of a design project's or equipment list's approval."""
    day = getattr(w, f"{prefix}_approved_on")
    return ", ".join(x for x in (getattr(w, f"{prefix}_approved_by"),
                                 getattr(w, f"{prefix}_approved_doc"),
                                 f"{day:%d.%m.%Y}" if day else "") if x)


def not_a_number() -> str:
    # the same words the service uses for a bad amount
    return QCoreApplication.translate("Validation", "Write a number, e.g. 1 234,50.")


class SiteDialog(FormDialog):
    def __init__(self, services: Services, data: SiteData | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data or SiteData(name="")
        self.setWindowTitle(self.tr("Edit site") if data else self.tr("New site"))
        dialogs.room_for_text(self, 640)
        form = self.new_form()
        self.name = self.line(form, "name", self.tr("Name *"),
                              self.tr("e.g. College site: training and production building"))
        self.organization = self.add_field(
            form, "organization_id", self.tr("Organization"),
            organization_combo(services, self.original.organization_id))
        self.address = self.line(form, "address", self.tr("Address"))
        self.person = self.line(form, "person_in_charge", self.tr("Person in charge"),
                                self.tr("Surname, first name, patronymic"))
        self.name.setText(self.original.name)
        self.address.setText(self.original.address)
        self.person.setText(self.original.person_in_charge)
        for edit in (self.name, self.address, self.person):
            edit.setCursorPosition(0)
        self.finish(form)

    def read(self) -> SiteData:
        return replace(self.original, name=self.name.text().strip(),
                       organization_id=self.organization.currentData(),
                       address=self.address.text().strip(),
                       person_in_charge=self.person.text().strip())

    def store(self, data: SiteData) -> SiteData:
        return self.services.sites.save_site(data)


class WorkshopDialog(FormDialog):
    def __init__(self, services: Services, sites: list[SiteData],
                 data: WorkshopData | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data or WorkshopData(name="")
        self.setWindowTitle(self.tr("Edit workshop") if data and data.id else
                            self.tr("New workshop"))
        dialogs.room_for_text(self, 940)
        w = self.original

        main = self.new_form()
        self.site = QComboBox()
        for site in sites:
            self.site.addItem(site.name, site.id)
        select_data(self.site, w.site_id)
        self.add_field(main, "site_id", self.tr("Site *"), self.site)
        self.name = self.line(main, "name", self.tr("Name *"),
                              self.tr("e.g. Welding technologies workshop"))
        self.kind = self.line(main, "kind_of_work", self.tr("Kind of work"),
                              self.tr("e.g. Welding technologies"))
        kinds = sorted({x.kind_of_work for s in sites for x in s.workshops if x.kind_of_work})
        completer = QCompleter(kinds, self.kind)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.kind.setCompleter(completer)
        self.area = self.line(main, "area_m2", self.tr("Area, m²"), self.tr("e.g. 96,5"))
        self.requirements = QPlainTextEdit()
        self.requirements.setFixedHeight(70)
        self.add_field(main, "room_requirements", self.tr("Room requirements"),
                       self.requirements)
        self.repairs = self._percent(main, "repairs_percent", self.tr("Repairs done"))
        self.brandbook = self._percent(main, "brandbook_percent",
                                       self.tr("Brand book compliance"))

        # approvals are chosen from the council register, never typed
        design = QGroupBox(self.tr("Design project approval"))
        design_form = self.new_form()
        design.setLayout(design_form)
        self.design = self.add_field(design_form, "design_decision_id",
                                     self.tr("Council's decision"), self._decisions(
                                         services, "approve_design_project", w,
                                         w.design_decision_id))
        equipment = QGroupBox(self.tr("Equipment list approval"))
        equipment_form = self.new_form()
        equipment.setLayout(equipment_form)
        self.equipment = self.add_field(equipment_form, "equipment_decision_id",
                                        self.tr("Council's decision"), self._decisions(
                                            services, "approve_equipment_list", w,
                                            w.equipment_decision_id))
        for form, prefix in ((design_form, "design"), (equipment_form, "equipment")):
            typed = getattr(w, f"{prefix}_approved_by") or getattr(w, f"{prefix}_approved_doc")
            if typed and getattr(w, f"{prefix}_decision_id") is None:
                legacy = QLabel(self.tr("Typed before the register (no decision): {text}")
                                .format(text=approval_text(w, prefix)))
                legacy.setWordWrap(True)
                legacy.setStyleSheet(MUTED)
                form.addRow(legacy)

        right = QVBoxLayout()
        right.addWidget(design)
        right.addWidget(equipment)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(main, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        self.finish(columns)
        self._load(w)

    def _decisions(self, services: Services, kind: str, w: WorkshopData,
                   current) -> DecisionCombo:
        return DecisionCombo(services.sites.approval_decisions(kind, w.id), current,
                             self.tr("— not approved yet —"))

    def _percent(self, form, name: str, label: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 100)
        box.setSuffix(" %")
        box.setMaximumWidth(110)
        self.add_field(form, name, label, box)
        return box

    def _load(self, w: WorkshopData) -> None:
        self.name.setText(w.name)
        self.kind.setText(w.kind_of_work)
        self.area.setText(format_number(w.area_m2))
        self.requirements.setPlainText(w.room_requirements)
        self.repairs.setValue(w.repairs_percent)
        self.brandbook.setValue(w.brandbook_percent)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)

    def read(self) -> WorkshopData:
        area_text = self.area.text().strip()
        area = number_or_none(area_text) if area_text else None
        if area_text and area is None:
            raise ValidationError({"area_m2": not_a_number()})
        if area is not None and abs(area) >= AREA_LIMIT:
            raise ValidationError({"area_m2": self.tr("The number is too large.")})
        if area is not None:
            area = area.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return replace(
            self.original, site_id=self.site.currentData(), name=self.name.text().strip(),
            kind_of_work=self.kind.text().strip(), area_m2=area,
            room_requirements=self.requirements.toPlainText().strip(),
            repairs_percent=self.repairs.value(), brandbook_percent=self.brandbook.value(),
            design_decision_id=self.design.value(),
            equipment_decision_id=self.equipment.value(),
        )

    def store(self, data: WorkshopData) -> WorkshopData:
        return self.services.sites.save_workshop(data)
