"""What the grant dialogs add to ``FormDialog``: money fields read as Decimal, pickers of
sources, lines and contracts, and the «reason for the over-commitment» field.

The reason field stays hidden until the service refuses the sum as beyond its limit (the
source, the line or the contract); then it appears under the sum, and a sum given with a
reason is saved and the reason stored with it.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit

from app.formats import format_amount, number_or_none, round_half_up
from app.services.errors import ValidationError
from app.services.grants import ContractRow, LineData, SourceData
from app.views.grants.common import contract_title
from app.views.widgets.form_dialog import FormDialog, select_data

MONEY_LIMIT = Decimal(10) ** 16  # the columns are Numeric(18, 2)


def _grants(text: str) -> str:
    # the service's own words, so the dialog and the service say the same thing
    return QCoreApplication.translate("Grants", text)


def money_format_error() -> str:
    return _grants("Write a sum of money, e.g. 1 234 567,89.")


def combo(items: list[tuple[str, object]], current=None, empty: str | None = None) -> QComboBox:
    box = QComboBox()
    if empty is not None:
        box.addItem(empty, None)
    for text, data in items:
        box.addItem(text, data)
        box.setItemData(box.count() - 1, text, Qt.ItemDataRole.ToolTipRole)  # long names
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(30)
    box.setMaxVisibleItems(20)
    select_data(box, current)
    return box


def source_items(sources: list[SourceData]) -> list[tuple[str, object]]:
    return [(s.name if str(s.year) in s.name else f"{s.name} ({s.year})", s.id)
            for s in sources]


def line_items(lines: list[LineData], sources: list[SourceData]) -> list[tuple[str, object]]:
    names = {s.id: s.name for s in sources}
    order = {s.id: i for i, s in enumerate(sources)}
    ordered = sorted(lines, key=lambda x: (order.get(x.source_id, 0), x.position, x.name))
    return [(f"{x.name} — {names.get(x.source_id, '')}", x.id) for x in ordered]


def contract_items(contracts: list[ContractRow]) -> list[tuple[str, object]]:
    return [(contract_title(c), c.id) for c in contracts]


class GrantFormDialog(FormDialog):
    over_field = ""  # the sum the service may refuse as an over-commitment

    def __init__(self, parent=None):
        super().__init__(parent)
        self.reason: QPlainTextEdit | None = None
        self._reason_at: tuple[QFormLayout, int] | None = None
        self._service_refused = False

    # --- building ---
    def money(self, form: QFormLayout, name: str, label: str) -> QLineEdit:
        edit = self.line(form, name, label, self.tr("e.g. 1 234 567,89"))
        edit.setMaximumWidth(260)
        return edit

    def add_reason(self, form: QFormLayout, current: str = "") -> QPlainTextEdit:
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(58)
        self.reason.setPlaceholderText(self.tr(
            "Why the sum may go beyond the limit, e.g. supplementary agreement no. 2"))
        self.add_field(form, "over_reason", self.tr("Reason for over-commitment"), self.reason)
        self._reason_at = (form, form.rowCount() - 1)
        self.reason.setPlainText(current)
        form.setRowVisible(self._reason_at[1], bool(current))
        return self.reason

    @property
    def reason_shown(self) -> bool:
        return self._reason_at is not None and self._reason_at[0].isRowVisible(
            self._reason_at[1])

    def show_reason(self) -> None:
        if self._reason_at is not None:
            self._reason_at[0].setRowVisible(self._reason_at[1], True)

    def reason_text(self) -> str:
        if self.reason is None or not self.reason_shown:
            return ""
        return self.reason.toPlainText().strip()

    # --- reading ---
    def read_money(self, name: str, errors: dict[str, str], positive: bool = True,
                   required: bool = True) -> Decimal:
        """The sum typed in a field («1 234 567,89», «1234567.89 ₽») as Decimal in kopecks;
        the refusal goes to ``errors``."""
        text = self.fields[name].text().strip()
        if not text and not required:
            return Decimal(0)
        value = number_or_none(text)
        if value is None:
            errors[name] = money_format_error()
            return Decimal(0)
        if value < 0 or (positive and value == 0):
            errors[name] = _grants("The sum must be more than zero.")
        elif abs(value) >= MONEY_LIMIT:
            errors[name] = _grants("The sum is too large.")
        return round_half_up(value)  # kopecks, half up: the importer's rule too

    def set_money(self, name: str, value: Decimal | None, blank_zero: bool = True) -> None:
        """A new record's empty sum stays empty rather than «0,00»."""
        shown = value is not None and (value or not blank_zero)
        self.fields[name].setText(format_amount(value) if shown else "")
        self.fields[name].setCursorPosition(0)

    # --- saving ---
    def send(self, data):
        raise NotImplementedError

    def store(self, data):
        try:
            return self.send(data)
        except ValidationError:
            self._service_refused = True
            raise

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        refused, self._service_refused = self._service_refused, False
        # the sum passed the dialog's own checks, so the service refused it as too much
        if refused and self.over_field in errors and self.reason is not None:
            self.show_reason()
            if not self.reason.toPlainText().strip():
                self.reason.setFocus()
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to show wrapped messages whole: a window's minimum size ignores the height
        a wrapping label needs at the window's width."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)
