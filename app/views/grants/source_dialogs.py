"""Add or edit a funding source (источник финансирования) and a budget line (статья)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QPlainTextEdit, QSpinBox

from app.services import Services
from app.services.errors import ServiceError, ValidationError
from app.services.grants import LineCategory, LineData, SourceData, SourceKind, label
from app.views import dialogs
from app.views.grants.grant_form import GrantFormDialog, combo, source_items
from app.views.widgets.form_dialog import organization_combo, select_data


class SourceDialog(GrantFormDialog):
    def __init__(self, services: Services, data: SourceData | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data or SourceData(kind=SourceKind.FEDERAL_GRANT.value, name="",
                                           year=date.today().year, amount=0)
        self.setWindowTitle(self.tr("Edit funding source") if data and data.id
                            else self.tr("New funding source"))
        dialogs.room_for_text(self, 620)
        d = self.original
        form = self.new_form()
        self.kind = self.add_field(form, "kind", self.tr("Kind *"), combo(
            [(label(k), k.value) for k in SourceKind], d.kind))
        self.name = self.line(form, "name", self.tr("Name *"),
                              self.tr("e.g. Federal grant 2026"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setMaximumWidth(110)
        self.add_field(form, "year", self.tr("Year *"), self.year)
        self.amount = self.money(form, "amount", self.tr("Amount, RUB *"))
        self.recipient = self.add_field(form, "recipient_org_id", self.tr("Recipient"),
                                        organization_combo(services, d.recipient_org_id))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(64)
        self.add_field(form, "notes", self.tr("Notes"), self.notes)
        self.finish(form)
        self.name.setText(d.name)
        self.year.setValue(int(d.year))
        self.set_money("amount", d.amount)
        self.notes.setPlainText(d.notes)

    def read(self) -> SourceData:
        errors: dict[str, str] = {}
        amount = self.read_money("amount", errors)
        if errors:
            raise ValidationError(errors)
        return replace(self.original, kind=self.kind.currentData(),
                       name=self.name.text().strip(), year=self.year.value(), amount=amount,
                       recipient_org_id=self.recipient.currentData(),
                       notes=self.notes.toPlainText().strip())

    def send(self, data: SourceData) -> SourceData:
        return self.services.grants.save_source(data)


def workshop_items(services: Services) -> list[tuple[str, object]]:
    """«Workshop (site)» for every workshop; none for a role that cannot read sites."""
    try:
        sites = services.sites.list_sites()
    except ServiceError:
        return []
    return [(f"{w.name} ({s.name})", w.id) for s in sites for w in s.workshops]


class LineDialog(GrantFormDialog):
    over_field = "planned"

    def __init__(self, services: Services, sources: list[SourceData], data: LineData,
                 parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data
        self.setWindowTitle(self.tr("Edit budget line") if data.id
                            else self.tr("New budget line"))
        dialogs.room_for_text(self, 660)
        form = self.new_form()
        self.source = self.add_field(form, "source_id", self.tr("Source *"), combo(
            source_items(sources), data.source_id))
        self.category = self.add_field(form, "category", self.tr("Category *"), combo(
            [(label(c), c.value) for c in LineCategory], data.category))
        self.name = self.line(form, "name", self.tr("Name *"),
                              self.tr("e.g. Equipment for the welding workshop"))
        self.planned = self.money(form, "planned", self.tr("Planned, RUB *"))
        self.workshop = self.add_field(form, "workshop_id", self.tr("Workshop"), combo(
            workshop_items(services), data.workshop_id, self.tr("— not chosen —")))
        self.add_reason(form, data.over_reason)
        self.finish(form)
        self.name.setText(data.name)
        self.name.setCursorPosition(0)
        self.set_money("planned", data.planned, blank_zero=data.id is None)
        select_data(self.workshop, data.workshop_id)

    def read(self) -> LineData:
        errors: dict[str, str] = {}
        planned = self.read_money("planned", errors, positive=False)
        if errors:
            raise ValidationError(errors)
        return replace(self.original, source_id=self.source.currentData(),
                       category=self.category.currentData(), name=self.name.text().strip(),
                       planned=planned, workshop_id=self.workshop.currentData(),
                       over_reason=self.reason_text())

    def send(self, data: LineData) -> LineData:
        if data.source_id is None:
            raise ValidationError({"source_id": self.tr("Choose the source.")})
        return self.services.grants.save_line(data)
