"""A new inspection: the site, the workshops of that site, the checklist — one of the three
standard kinds (the equipment checklist is made for exactly one workshop) or one of the
cluster's own checklists — the planned date, the inspectors."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QPlainTextEdit

from app.services import Services
from app.services.checklists import TemplateKind, kind_label
from app.services.errors import ServiceError
from app.services.inspection_data import InspectionData, NewInspection, names
from app.services.site_data import SiteData
from app.views import dialogs
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.form_dialog import FormDialog, select_data

KINDS = (TemplateKind.BRANDBOOK, TemplateKind.SAFETY, TemplateKind.EQUIPMENT)


class NewInspectionDialog(FormDialog):
    def __init__(self, services: Services, site_id=None, parent=None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("New inspection"))
        dialogs.room_for_text(self, 560)
        try:
            self.sites: list[SiteData] = services.sites.list_sites()
        except ServiceError:
            self.sites = []
        form = self.new_form()
        self.site = QComboBox()
        self.site.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.site.setMinimumContentsLength(30)
        self.site.addItem(self.tr("— choose the site —"), None)
        for site in self.sites:
            self.site.addItem(site.name, site.id)
        self.add_field(form, "site_id", self.tr("Site *"), self.site)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind.value)
        try:  # the cluster's own checklists, made in «Чек-листы», after the standard three
            custom = [t for t in services.checklists.list_templates()
                      if t.kind == TemplateKind.CUSTOM]
        except ServiceError:
            custom = []
        for template in sorted(custom, key=lambda t: t.title.casefold()):
            self.kind.addItem(template.title, template.id)
        self.add_field(form, "kind", self.tr("Checklist *"), self.kind)
        self.workshops = QListWidget()
        self.workshops.setFixedHeight(110)
        self.add_field(form, "workshop_ids", self.tr("Workshops"), self.workshops)
        self.workshops.itemChanged.connect(lambda _i: self.clear_error("workshop_ids"))
        self.planned_on = OptionalDateEdit()
        self.planned_on.set_value(date.today())
        self.add_field(form, "planned_on", self.tr("Planned date *"), self.planned_on)
        self.inspectors = QPlainTextEdit()
        self.inspectors.setPlaceholderText(self.tr("One name a line, e.g. Иванов И. И."))
        self.inspectors.setFixedHeight(80)
        self.add_field(form, "inspectors", self.tr("Inspectors"), self.inspectors)
        self.hint = None
        self.finish(form)
        self.site.currentIndexChanged.connect(lambda _i: self._fill_workshops())
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        if site_id is not None:  # findData cannot compare UUIDs: the site was never chosen
            select_data(self.site, site_id)
        self._fill_workshops()

    def _fill_workshops(self) -> None:
        self.workshops.clear()
        site = next((s for s in self.sites if s.id == self.site.currentData()), None)
        for workshop in site.workshops if site else []:
            item = QListWidgetItem(workshop.name)
            item.setData(Qt.ItemDataRole.UserRole, workshop.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.workshops.addItem(item)
        self._kind_changed()

    def _kind_changed(self) -> None:
        equipment = self.kind.currentData() == TemplateKind.EQUIPMENT
        self.workshops.setToolTip(self.tr("The equipment checklist is made from one "
                                          "workshop's infrastructure list: tick exactly one.")
                                  if equipment else "")

    def choose_checklist(self, title: str) -> bool:
        index = self.kind.findText(title)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        return index >= 0

    def check_workshop(self, name: str, checked: bool = True) -> None:
        for i in range(self.workshops.count()):
            item = self.workshops.item(i)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked if checked
                                   else Qt.CheckState.Unchecked)

    def read(self) -> NewInspection:
        chosen = [self.workshops.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.workshops.count())
                  if self.workshops.item(i).checkState() == Qt.CheckState.Checked]
        chosen_list = self.kind.currentData()  # a standard kind, or a custom template's id
        standard = isinstance(chosen_list, str)
        return NewInspection(site_id=self.site.currentData(),
                             planned_on=self.planned_on.value(),
                             kind=chosen_list if standard else TemplateKind.CUSTOM.value,
                             template_id=None if standard else chosen_list,
                             workshop_ids=chosen,
                             inspectors=names(self.inspectors.toPlainText()))

    def store(self, data: NewInspection) -> InspectionData:
        return self.services.inspections.create(data)

    def show_errors(self, errors: dict[str, str]) -> None:
        # «the checklist no longer exists» belongs to the checklist field
        super().show_errors({("kind" if k == "template_id" else k): v for k, v in errors.items()})
