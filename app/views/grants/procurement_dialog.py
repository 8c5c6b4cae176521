"""Add or edit a procurement procedure (закупочная процедура) of a budget line."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QPlainTextEdit

from app.services import Services
from app.services.errors import ValidationError
from app.services.grants import (
    LineData,
    ProcurementData,
    ProcurementMethod,
    ProcurementStatus,
    SourceData,
    label,
)
from app.views import dialogs
from app.views.grants.grant_form import GrantFormDialog, combo, line_items
from app.views.widgets.date_edit import OptionalDateEdit


class ProcurementDialog(GrantFormDialog):
    def __init__(self, services: Services, sources: list[SourceData], lines: list[LineData],
                 data: ProcurementData, parent=None):
        super().__init__(parent)
        self.services = services
        self.original = data
        self.setWindowTitle(self.tr("Edit procedure") if data.id
                            else self.tr("New procurement procedure"))
        dialogs.room_for_text(self, 660)
        form = self.new_form()
        self.line_combo = self.add_field(form, "line_id", self.tr("Budget line *"), combo(
            line_items(lines, sources), data.line_id))
        self.subject = QPlainTextEdit()
        self.subject.setFixedHeight(58)
        self.subject.setPlaceholderText(self.tr("What is bought, e.g. welding equipment"))
        self.add_field(form, "subject", self.tr("Subject *"), self.subject)
        self.method = self.add_field(form, "method", self.tr("Method"), combo(
            [(label(m), m.value) for m in ProcurementMethod], data.method))
        self.status = self.add_field(form, "status", self.tr("Status"), combo(
            [(label(s), s.value) for s in ProcurementStatus], data.status))
        self.notice = self.line(form, "notice_no", self.tr("Notice no."),
                                self.tr("e.g. 0130200002426000123"))
        self.price = self.money(form, "initial_price", self.tr("Initial price, RUB"))
        self.planned_on = self.add_field(form, "planned_on", self.tr("Planned for"),
                                         OptionalDateEdit())
        self.announced_on = self.add_field(form, "announced_on", self.tr("Announced on"),
                                           OptionalDateEdit())
        self.summed_up_on = self.add_field(form, "summed_up_on", self.tr("Summed up on"),
                                           OptionalDateEdit())
        self.finish(form)
        self.subject.setPlainText(data.subject)
        self.notice.setText(data.notice_no)
        self.set_money("initial_price", data.initial_price, blank_zero=data.id is None)
        self.planned_on.set_value(data.planned_on)
        self.announced_on.set_value(data.announced_on)
        self.summed_up_on.set_value(data.summed_up_on)

    def read(self) -> ProcurementData:
        errors: dict[str, str] = {}
        price = self.read_money("initial_price", errors, positive=False, required=False)
        if self.line_combo.currentData() is None:
            errors["line_id"] = self.tr("Choose the budget line.")
        if errors:
            raise ValidationError(errors)
        return replace(self.original, line_id=self.line_combo.currentData(),
                       subject=self.subject.toPlainText().strip(),
                       method=self.method.currentData(), status=self.status.currentData(),
                       notice_no=self.notice.text().strip(), initial_price=price,
                       planned_on=self.planned_on.value(),
                       announced_on=self.announced_on.value(),
                       summed_up_on=self.summed_up_on.value())

    def send(self, data: ProcurementData) -> ProcurementData:
        return self.services.grants.save_procurement(data)
