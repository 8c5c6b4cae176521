"""What every section's edit dialogs share: a field with its red message under it, Save /
Cancel, the service's errors put in their place, and the participants' and data pickers.
Numbers and money in the fields are read and written by app/formats.py.

A dialog subclasses ``FormDialog`` and gives ``read()`` (the form as a dataclass; it may
raise ``ValidationError`` for text it cannot parse) and ``store(data)`` (the service call).
Tests call ``save()`` directly and look at ``saved``, without ``exec()``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError, ValidationError
from app.views import dialogs
from app.views.widgets.labels import add_field_row, error_label
from app.views.widgets.organization_choices import OrganizationCombo, organization_choices
from app.views.widgets.wrapping_line import WrappingLineEdit

_ERROR_BORDER = "border: 1px solid #b3261e;"


def organization_combo(services, current=None) -> OrganizationCombo:
    """Participants by name, «not chosen» first; the organization's id is the item data.
    The names are the database's shared list (``organization_choices``): read once, not
    for every dialog."""
    return OrganizationCombo(organization_choices(services), current)


def select_data(combo: QComboBox, value) -> None:
    """Make the item whose data equals ``value`` current (``findData`` cannot compare Python
    objects such as a UUID); the first item when none does."""
    if isinstance(combo, OrganizationCombo):  # the shared list knows its rows
        combo.select(value)
        return
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return
    combo.setCurrentIndex(0)


class FormDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.saved = None
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # --- building ---
    def new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def add_field(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> QWidget:
        """``widget`` with a hidden error label under it; editing it hides the error."""
        widget.setObjectName(name)
        error = add_field_row(form, label, widget)
        self.fields[name], self.errors[name] = widget, error
        clear = lambda *_a, n=name: self.clear_error(n)  # noqa: E731
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(clear)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(clear)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(clear)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(clear)
            widget.setMaximumWidth(170)
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(clear)
        return widget

    def line(self, form: QFormLayout, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.add_field(form, name, label, edit)
        return edit

    def wrapped_line(self, form: QFormLayout, name: str, label: str,
                     placeholder: str = "") -> WrappingLineEdit:
        """A field for a long one-line text (a full name, a subject): wraps, shown whole."""
        edit = WrappingLineEdit()
        edit.setPlaceholderText(placeholder)
        self.add_field(form, name, label, edit)
        return edit

    def finish(self, *parts) -> None:
        """Lay out the dialog: the given layouts or widgets, the general error, the buttons."""
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        layout.addStretch(1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    # --- errors ---
    def set_error(self, name: str, message: str) -> None:
        self.errors[name].setText(message)
        self.errors[name].show()
        self.fields[name].setStyleSheet(_ERROR_BORDER)

    def clear_error(self, name: str) -> None:
        self.errors[name].hide()
        self.fields[name].setStyleSheet("")

    def clear_errors(self) -> None:
        for name in self.fields:
            self.clear_error(name)
        self.general_error.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        other = []
        for key, message in errors.items():
            if key in self.fields:
                self.set_error(key, message)
            else:
                other.append(message)
        self.general_error.setText("\n".join(other))
        self.general_error.setVisible(bool(other))
        shown = [self.fields[k] for k in errors if k in self.fields]
        if shown:
            shown[0].setFocus()

    def has_errors(self) -> bool:
        return any(not label.isHidden() for label in self.errors.values())

    # --- saving ---
    def read(self):
        raise NotImplementedError

    def store(self, data):
        raise NotImplementedError

    def save(self) -> None:
        self.clear_errors()
        try:
            self.saved = self.store(self.read())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except ServiceError as exc:  # a conflict, a row gone, a missing right
            dialogs.show_message(self, self.tr("Not saved"), str(exc))
            return
        self.accept()
