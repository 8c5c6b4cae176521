"""What the career map editor does with the map it shows: Save, the workflow steps (Send to
the council, Return to draft, Approve…, New edition), printing and the logos.

A mixin of ``CareerMapEditor`` (editor.py builds the widgets these steps read).  Its strings
keep the editor's translation context, «CareerMapEditor», so the translations stay found.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.career_data import CareerMapData, LogoSlot
from app.services.errors import ServiceError, ValidationError
from app.views import dialogs
from app.views.careers.approve_dialog import ApproveMapDialog

translate = QCoreApplication.translate


class MapEditorActions:
    """Saving, workflow, printing and logos; ``self`` is the ``CareerMapEditor``."""

    # --- saving ---
    def save(self) -> bool:
        """Save the form; on refusal the errors stand under their fields and nothing is
        saved.  True when saved."""
        if not self.editable:
            return False
        self.form.clear_errors()
        try:
            saved = self.services.career_maps.save(self.form.read())
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            self.status.emit(translate("CareerMapEditor",
                                       "Not saved: see the fields marked in red"))
            return False
        except ServiceError as exc:  # a conflict, a map gone, a missing right
            dialogs.show_message(self, translate("CareerMapEditor", "Not saved"), str(exc))
            return False
        self._after(saved, translate("CareerMapEditor", "Saved: {name}").format(
            name=saved.profession))
        return True

    def _after(self, data: CareerMapData, message: str) -> None:
        self.load(data)
        self.status.emit(message)
        self.changed.emit(data.id)

    def _saved_first(self) -> bool:
        """A logo or a workflow step needs the map as it is shown saved."""
        return self.save() if (self.dirty or self.data.id is None) else True

    def go_back(self) -> None:
        if self.dirty and self.editable and not dialogs.confirm(
                self, translate("CareerMapEditor", "Career maps"),
                translate("CareerMapEditor",
                          "The map has unsaved changes. Leave without saving them?")):
            return
        self.dirty = False
        self.back.emit()

    # --- workflow ---
    def _workflow(self, call, message: str) -> None:
        try:
            data = call()
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            dialogs.show_message(self, translate("CareerMapEditor", "Career maps"), str(exc))
            return
        except ServiceError as exc:
            dialogs.show_message(self, translate("CareerMapEditor", "Career maps"), str(exc))
            return
        self._after(data, message)

    def send(self) -> None:
        if not self._saved_first():
            return
        maps, d = self.services.career_maps, self.data
        self._workflow(lambda: maps.send(d.id, d.version),
                       translate("CareerMapEditor", "Sent to the council: {name}").format(
                           name=d.profession))

    def return_to_draft(self) -> None:
        maps, d = self.services.career_maps, self.data
        self._workflow(lambda: maps.return_to_draft(d.id, d.version),
                       translate("CareerMapEditor", "Returned to draft: {name}").format(
                           name=d.profession))

    def new_edition(self) -> None:
        maps, d = self.services.career_maps, self.data
        self._workflow(lambda: maps.new_edition(d.id),
                       translate("CareerMapEditor", "New edition started: {name}").format(
                           name=d.profession))

    def approve_dialog(self) -> ApproveMapDialog:
        return ApproveMapDialog(self.services, self.data, self)

    def approve(self) -> None:
        dialog = self.approve_dialog()
        self.run_dialog(dialog, self.after_approved)

    def after_approved(self, data: CareerMapData) -> None:
        self._after(data, translate("CareerMapEditor", "Approved: {name}").format(
            name=data.profession))

    def print_pdf(self) -> None:
        d = self.data
        if d.id is not None:
            self.printer.print_map(d.id, d.code, d.profession, self.paper.size,
                                   self.paper.landscape)

    def print_on_paper(self) -> int:
        """The saved map through the print dialog; unsaved changes are not in it."""
        d = self.data
        if d.id is None:
            return 0
        return self.printer.print_on_paper(d.id, d.code, d.profession, self.paper.size,
                                           self.paper.landscape)

    # --- logos ---
    def _employer_id(self, row: int):
        employers = self.data.employers
        return employers[row].id if 0 <= row < len(employers) else None

    def import_logo(self, slot: str, row: int = -1) -> None:
        if not self.editable or not self._saved_first():
            return
        path = dialogs.choose_open_file(
            self, translate("CareerMapEditor", "Import a logo"), "",
            translate("CareerMapEditor", "Pictures (*.png *.jpg *.jpeg *.svg)"))
        if not path:
            return
        employer_id = self._employer_id(row) if slot == LogoSlot.EMPLOYER else None
        try:
            self.services.career_maps.import_logo(self.data.id, slot, path, employer_id)
        except ServiceError as exc:
            dialogs.show_message(self, translate("CareerMapEditor", "Logo not imported"),
                                 str(exc))
            return
        self._logos_changed(translate("CareerMapEditor", "Logo imported"))

    def remove_logo(self, slot: str, row: int = -1) -> None:
        if not self.editable or not self._saved_first():
            return
        employer_id = self._employer_id(row) if slot == LogoSlot.EMPLOYER else None
        try:
            self.services.career_maps.remove_logo(self.data.id, slot, employer_id)
        except ServiceError as exc:
            dialogs.show_message(self, translate("CareerMapEditor", "Logo not removed"),
                                 str(exc))
            return
        self._logos_changed(translate("CareerMapEditor", "Logo removed"))

    def _logos_changed(self, message: str) -> None:
        try:
            data = self.services.career_maps.get(self.data.id)
        except ServiceError as exc:
            dialogs.show_message(self, translate("CareerMapEditor", "Career maps"), str(exc))
            return
        self._after(data, message)
