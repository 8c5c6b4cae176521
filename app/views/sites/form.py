"""What the small edit dialogs of sites, workshops, items and the roadmap share: a field
with its red message under it, Save / Cancel, and the service's errors put in their place.

A dialog subclasses ``FormDialog`` and gives ``read()`` (the form as a dataclass; it may
raise ``ValidationError`` for text it cannot parse) and ``store(data)`` (the service call).
Tests call ``save()`` directly and look at ``saved``, without ``exec()``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError, ValidationError
from app.views import dialogs
from app.views.widgets.labels import add_field_row, error_label

_ERROR_BORDER = "border: 1px solid #b3261e;"
_CURRENCY = re.compile(r"(руб(лей|ля|ль)?\.?|р\.|₽)$")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)$")


def parse_decimal(text: str) -> Decimal | None:
    """«1 234,50», «1234.5», «1 234,50 руб.» → Decimal; None when the text is not a number
    (exponents, «NaN» and the like are not numbers to an accountant)."""
    clean = _CURRENCY.sub("", re.sub(r"\s", "", text).lower())  # \s: no-break spaces too
    if "," in clean and "." in clean:  # the last one is the decimal separator
        clean = clean.replace("." if clean.rfind(",") > clean.rfind(".") else ",", "")
    clean = clean.replace(",", ".")
    if not _PLAIN_NUMBER.match(clean):
        return None
    return Decimal(clean)


def decimal_text(value: Decimal | None) -> str:
    """A Decimal as a Russian office worker writes it: 1 234,5 (no trailing zeros)."""
    if value is None:
        return ""
    text = f"{value.normalize():,f}" if value != value.to_integral() else f"{int(value):,}"
    return text.replace(",", "\u00a0").replace(".", ",")


def organization_combo(services, current=None) -> QComboBox:
    """Participants by name, «not chosen» first; the organization's id is the item data."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("FormDialog", "— not chosen —"), None)
    try:
        rows = services.participants.list_organizations()
    except ServiceError:
        rows = []  # a role that cannot read participants still edits the rest
    for row in sorted(rows, key=lambda r: (r.short_name or r.full_name).casefold()):
        combo.addItem(row.short_name or row.full_name, row.id)
        combo.setItemData(combo.count() - 1, row.full_name, Qt.ItemDataRole.ToolTipRole)
    select_data(combo, current)
    combo.setMaxVisibleItems(20)
    return combo


def select_data(combo: QComboBox, value) -> None:
    """Make the item whose data equals ``value`` current (``findData`` cannot compare Python
    objects such as a UUID); the first item when none does."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return
    combo.setCurrentIndex(0)


def amount_text(value: Decimal | None) -> str:
    """Money for an edit field: 1 234,50 (no currency sign, so it can be edited as is)."""
    if value is None:
        return ""
    return f"{value.quantize(Decimal('0.01')):,.2f}".replace(",", "\u00a0").replace(".", ",")


class FillingTableView(QTableView):
    """A table whose one text column takes the width the others leave (never less than its
    starting width), so a wide window shows whole names and a narrow one scrolls."""

    def __init__(self, fill_column: int, parent=None):
        super().__init__(parent)
        self.fill_column = fill_column
        self.fill_minimum = 0
        self.fit_rows = False  # wrapped text: row heights follow the width (tens of rows only)

    def set_widths(self, widths) -> None:
        """The widths given, each at least as wide as its column's heading needs."""
        header = self.horizontalHeader()
        header.ensurePolished()  # the headings' bold font comes with the style sheet
        widths = [max(width, header.sectionSizeHint(column)) if self.model() is not None
                  else width for column, width in enumerate(widths)]
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self.fill_minimum = widths[self.fill_column]
        self.fit()

    def fit(self) -> None:
        model = self.model()
        if model is None or not self.fill_minimum:
            return
        others = sum(self.columnWidth(c) for c in range(model.columnCount())
                     if c != self.fill_column)
        self.setColumnWidth(self.fill_column,
                            max(self.fill_minimum, self.viewport().width() - others))
        if self.fit_rows:
            self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()


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
