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
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.services import Services
from app.services.errors import ValidationError
from app.services.sites import SiteData, WorkshopData
from app.views import dialogs
from app.views.sites.form import (
    FormDialog,
    decimal_text,
    organization_combo,
    parse_decimal,
    select_data,
)
from app.views.widgets.date_edit import OptionalDateEdit

AREA_LIMIT = Decimal(10) ** 8  # the column is Numeric(10, 2)


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

        design = QGroupBox(self.tr("Design project approval"))
        design_form = self.new_form()
        design.setLayout(design_form)
        self.design_by = self.line(design_form, "design_approved_by", self.tr("Approved by"))
        self.design_on = self.add_field(design_form, "design_approved_on", self.tr("Date"),
                                        OptionalDateEdit())
        self.design_doc = self.line(design_form, "design_approved_doc", self.tr("Document"),
                                    self.tr("e.g. letter no. 12-05/431"))
        equipment = QGroupBox(self.tr("Equipment list approval"))
        equipment_form = self.new_form()
        equipment.setLayout(equipment_form)
        self.equipment_by = self.line(equipment_form, "equipment_approved_by",
                                      self.tr("Approved by"))
        self.equipment_on = self.add_field(equipment_form, "equipment_approved_on",
                                           self.tr("Date"), OptionalDateEdit())
        self.equipment_doc = self.line(equipment_form, "equipment_approved_doc",
                                       self.tr("Document"))

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
        self.area.setText(decimal_text(w.area_m2))
        self.requirements.setPlainText(w.room_requirements)
        self.repairs.setValue(w.repairs_percent)
        self.brandbook.setValue(w.brandbook_percent)
        self.design_by.setText(w.design_approved_by)
        self.design_on.set_value(w.design_approved_on)
        self.design_doc.setText(w.design_approved_doc)
        self.equipment_by.setText(w.equipment_approved_by)
        self.equipment_on.set_value(w.equipment_approved_on)
        self.equipment_doc.setText(w.equipment_approved_doc)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)

    def read(self) -> WorkshopData:
        area_text = self.area.text().strip()
        area = parse_decimal(area_text) if area_text else None
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
            design_approved_by=self.design_by.text().strip(),
            design_approved_on=self.design_on.value(),
            design_approved_doc=self.design_doc.text().strip(),
            equipment_approved_by=self.equipment_by.text().strip(),
            equipment_approved_on=self.equipment_on.value(),
            equipment_approved_doc=self.equipment_doc.text().strip(),
        )

    def store(self, data: WorkshopData) -> WorkshopData:
        return self.services.sites.save_workshop(data)
