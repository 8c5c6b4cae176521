"""Add, edit and delete events from any tab (list, calendar, plan): the dialogs, the
reason an approved plan's change needs, and a signal after every change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from app.services import Services
from app.services.errors import ServiceError, ValidationError
from app.services.event_data import EventData, PlanData
from app.settings import Settings
from app.views import dialogs
from app.views.events.event_dialog import EventDialog


class EventEditor(QObject):
    changed = Signal(object)  # the id of the event saved or deleted
    status = Signal(str)

    def __init__(self, services: Services, settings: Settings, writable: bool, parent):
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.writable = writable
        self.widget = parent
        self.plans: list[PlanData] = []

    def open_dialog(self, data: EventData) -> EventDialog:
        """Make the dialog (tests drive it directly; ``add``/``edit`` show it modally)."""
        dialog = EventDialog(self.services, data, self.plans, self.settings, self.writable,
                             self.widget)
        dialog.files.status.connect(self.status)
        return dialog

    def new_event(self, plan_id=None, day: date | None = None) -> EventData | None:
        if not self.plans:
            dialogs.show_message(self.widget, self.tr("New event"), self.tr(
                "There is no plan yet. Create a plan on the «Plans» tab first."),
                warning=False)
            return None
        plan = next((p for p in self.plans if p.id == plan_id), None) or self._default_plan()
        return EventData(plan_id=plan.id, title="", starts_on=day)

    def _default_plan(self) -> PlanData:
        year = date.today().year
        return next((p for p in self.plans if p.year == year), self.plans[0])

    def add(self, plan_id=None, day: date | None = None) -> None:
        data = self.new_event(plan_id, day)
        if data is None:
            return
        dialog = self.open_dialog(data)
        if dialog.exec() and dialog.saved:
            self.after_save(dialog.saved)

    def edit(self, event_id) -> None:
        if event_id is None:
            return
        try:
            data = self.services.events.event(event_id)
        except ServiceError as exc:
            dialogs.show_message(self.widget, self.tr("Events"), str(exc))
            self.changed.emit(None)
            return
        dialog = self.open_dialog(data)
        if dialog.exec() and dialog.saved:
            self.after_save(dialog.saved)
        elif dialog.files.touched:  # files attached or removed, the rest cancelled
            self.changed.emit(data.id)

    def after_save(self, saved: EventData) -> None:
        self.status.emit(self.tr("Saved: {name}").format(name=saved.title))
        self.changed.emit(saved.id)

    def delete(self, event_id, title: str = "") -> bool:
        if event_id is None:
            return False
        if not dialogs.confirm(self.widget, self.tr("Delete event"),
                               self.tr("Delete the event «{name}»?").format(name=title)):
            return False
        reason = ""
        while True:
            try:
                self.services.events.delete_event(event_id, reason)
            except ValidationError as exc:
                if "reason" in exc.errors and not reason:
                    reason = dialogs.ask_text(self.widget, self.tr("Change to an approved plan"),
                                              exc.errors["reason"]) or ""
                    if reason:
                        continue
                    return False
                dialogs.show_message(self.widget, self.tr("Not deleted"), str(exc))
                return False
            except ServiceError as exc:
                dialogs.show_message(self.widget, self.tr("Not deleted"), str(exc))
                return False
            break
        self.status.emit(self.tr("Deleted: {name}").format(name=title))
        self.changed.emit(None)
        return True
