"""The career map's form: the profession or specialty, the college and industry, the
career ladder, the employers, the motivation tools, the logos, geography and contacts.

It reads and fills a ``CareerMapData``, puts the service's errors (keys like
«steps.2.salary») where they belong, and turns read-only for a locked map.  It never calls a
service that writes: the editor does, on the form's signals.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.career_data import CareerMapData, LogoSlot, ProgrammeKind
from app.views.careers.common import MUTED, kind_label
from app.views.careers.logos import EmployersEditor
from app.views.careers.logos import LogoSlot as LogoSlotWidget
from app.views.careers.steps import StepsEditor
from app.views.careers.tools import ToolsEditor
from app.views.widgets.form_dialog import select_data
from app.views.widgets.labels import add_field_row, error_label

_ERROR_BORDER = "border: 1px solid #b3261e;"


class MapForm(QWidget):
    edited = Signal()
    import_logo = Signal(str, int)  # slot, employer row (-1: not an employer's)
    remove_logo = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data = CareerMapData()
        self.read_only = False
        self._filling = False
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        programme = QGroupBox(self.tr("Profession or specialty"))
        form = self._form(programme)
        self.kind = QComboBox()
        for kind in ProgrammeKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self._field(form, "kind", self.tr("Kind"), self.kind)
        self.code = self._line(form, "code", self.tr("Code *"), "15.02.16")
        self.code.setMaximumWidth(140)
        self.profession = self._line(form, "profession", self.tr("Name *"),
                                     self.tr("e.g. Mechanical engineering technology"))

        college = QGroupBox(self.tr("College and industry"))
        form = self._form(college)
        self.college_choice = QComboBox()
        self.college_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.college_choice.setMinimumContentsLength(20)
        self.college_choice.setMaxVisibleItems(20)
        self.college_choice.activated.connect(self._college_chosen)
        self._field(form, "college_id", self.tr("College (participant)"), self.college_choice)
        self.college = self._line(form, "college", self.tr("College as printed *"),
                                  self.tr("The short name, e.g. БПОУ ВО «ЧМК»"))
        self.industry = self._line(form, "industry", self.tr("Industry"),
                                   self.tr("e.g. Machine building"))

        ladder = QGroupBox(self.tr("Career ladder"))
        self.steps = StepsEditor()
        self.steps_error = error_label()
        column = QVBoxLayout(ladder)
        column.addWidget(self.steps)
        column.addWidget(self.steps_error)

        employers = QGroupBox(self.tr("Employers"))
        self.employers = EmployersEditor()
        self.employers.import_requested.connect(
            lambda row: self.import_logo.emit(LogoSlot.EMPLOYER.value, row))
        self.employers.remove_logo_requested.connect(
            lambda row: self.remove_logo.emit(LogoSlot.EMPLOYER.value, row))
        QVBoxLayout(employers).addWidget(self.employers)

        tools = QGroupBox(self.tr("Motivation tools"))
        self.tools = ToolsEditor()
        QVBoxLayout(tools).addWidget(self.tools)

        logos = QGroupBox(self.tr("Logos"))
        column = QVBoxLayout(logos)
        self.logo_slots: dict[str, LogoSlotWidget] = {}
        for slot, caption in ((LogoSlot.FEDERAL, self.tr("Federal project")),
                              (LogoSlot.INDUSTRY, self.tr("Industry")),
                              (LogoSlot.COLLEGE, self.tr("College"))):
            widget = LogoSlotWidget(slot.value, caption)
            widget.import_requested.connect(lambda s: self.import_logo.emit(s, -1))
            widget.remove_requested.connect(lambda s: self.remove_logo.emit(s, -1))
            self.logo_slots[slot.value] = widget
            column.addWidget(widget)
        self.logos_hint = QLabel(self.tr("Logos are PNG, JPEG or SVG files; the employers' "
                                         "logos are imported in the list of employers. A "
                                         "logo belongs to a saved map: Import… saves the "
                                         "map first."))
        self.logos_hint.setWordWrap(True)
        self.logos_hint.setStyleSheet(MUTED)
        column.addWidget(self.logos_hint)

        footer = QGroupBox(self.tr("Geography and contacts"))
        form = self._form(footer)
        self.geography = self._text(form, "geography", self.tr("Geography"),
                                    self.tr("Where graduates work: towns, districts"))
        self.contacts = self._text(form, "contacts", self.tr("Contacts"),
                                   self.tr("The college's address, admissions phone, e-mail"))
        self.website = self._line(form, "website", self.tr("Web page (QR code)"),
                                  "https://")

        self.general_error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        for box in (programme, college, ladder, employers, tools, logos, footer):
            layout.addWidget(box)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        for part in (self.steps, self.employers, self.tools):
            part.edited.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)

    # --- building ---
    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _field(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        error = add_field_row(form, label, widget)
        self.fields[name], self.errors[name] = widget, error
        return widget

    def _line(self, form, name: str, label: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        edit.textEdited.connect(lambda *_a, n=name: self._edited(n))
        return self._field(form, name, label, edit)

    def _text(self, form, name: str, label: str, hint: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setFixedHeight(54)
        edit.setPlaceholderText(hint)
        edit.textChanged.connect(lambda n=name: self._edited(n))
        return self._field(form, name, label, edit)

    def _edited(self, name=None) -> None:
        if self._filling:
            return
        if isinstance(name, str) and name in self.errors:
            self.clear_error(name)
        self.edited.emit()

    # --- filling and reading ---
    def set_organizations(self, colleges: list[tuple[str, object, str]],
                          employers: list[tuple[str, object, str]]) -> None:
        self.college_choice.clear()
        self.college_choice.addItem(self.tr("— not chosen —"), None)
        for name, org_id, _full in colleges:
            self.college_choice.addItem(name, org_id)
        self.employers.set_organizations(employers)

    def fill(self, data: CareerMapData, pngs: dict[object, bytes]) -> None:
        """Show ``data``; ``pngs`` holds the logos' pictures by logo id."""
        self._filling = True
        self.data = data
        select_data(self.kind, data.kind)
        self.code.setText(data.code)
        self.profession.setText(data.profession)
        select_data(self.college_choice, data.college_id)
        self.college.setText(data.college)
        self.industry.setText(data.industry)
        self.geography.setPlainText(data.geography)
        self.contacts.setPlainText(data.contacts)
        self.website.setText(data.website)
        for edit in (self.code, self.profession, self.college, self.industry, self.website):
            edit.setCursorPosition(0)
        self.steps.set_steps(data.steps)
        self.employers.set_employers(data.employers, pngs)
        self.tools.set_tools(data.tools)
        for slot, widget in self.logo_slots.items():
            info = data.logos.get(slot)
            widget.set_logo(info.filename if info else "", pngs.get(info.id) if info else None)
        self._filling = False
        self.clear_errors()

    def _college_chosen(self, index: int) -> None:
        if self.college_choice.itemData(index) is not None:
            self.college.setText(self.college_choice.itemText(index))
            self.college.setCursorPosition(0)
            self.clear_error("college")
        self._edited("college_id")

    def read(self) -> CareerMapData:
        return replace(
            self.data, kind=self.kind.currentData(), code=self.code.text().strip(),
            profession=self.profession.text().strip(),
            college_id=self.college_choice.currentData(), college=self.college.text().strip(),
            industry=self.industry.text().strip(),
            geography=self.geography.toPlainText().strip(),
            contacts=self.contacts.toPlainText().strip(), website=self.website.text().strip(),
            steps=self.steps.value(), employers=self.employers.value(),
            tools=self.tools.value())

    # --- errors ---
    def show_errors(self, errors: dict[str, str]) -> None:
        self.clear_errors()
        other = []
        for key, message in errors.items():
            if key in self.fields:
                self.errors[key].setText(message)
                self.errors[key].show()
                self.fields[key].setStyleSheet(_ERROR_BORDER)
            elif not key.startswith(("steps", "employers", "tools")):
                other.append(message)
        steps_message = self.steps.show_errors(errors)
        self.steps_error.setText(steps_message)
        self.steps_error.setVisible(bool(steps_message))
        self.employers.show_errors(errors)
        self.tools.show_errors(errors)
        self.general_error.setText("\n".join(other))
        self.general_error.setVisible(bool(other))

    def clear_error(self, name: str) -> None:
        self.errors[name].hide()
        self.fields[name].setStyleSheet("")

    def clear_errors(self) -> None:
        for name in self.fields:
            self.clear_error(name)
        self.steps.clear_errors()
        self.steps_error.hide()
        self.employers.show_errors({})
        self.tools.show_errors({})
        self.general_error.hide()

    def has_errors(self) -> bool:
        return any(not label.isHidden() for label in self.errors.values()) or bool(
            self.steps.step_errors) or not self.general_error.isHidden()

    # --- locking ---
    def set_read_only(self, read_only: bool, logos_writable: bool) -> None:
        self.read_only = read_only
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
        self.steps.set_read_only(read_only)
        self.employers.set_read_only(read_only)
        self.tools.set_read_only(read_only)
        for widget in self.logo_slots.values():
            widget.set_writable(logos_writable)
        self.logos_hint.setVisible(logos_writable)
