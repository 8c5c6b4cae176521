"""The career ladder in the editor: the steps as a list (add, remove, move up and down) and
the step chosen in it as a small form — job titles, kinds of work, the training that leads
to the next step, the salary (minimum, average, maximum) and, for a fork, the later steps
it leads to."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.career_data import MAX_STEPS, StepData
from app.views.careers.common import MUTED
from app.views.widgets.labels import add_field_row

ERROR_TEXT = "#b3261e"
_ERROR_BORDER = "border: 1px solid #b3261e;"
_SALARY_KEYS = ("salary", "salary_min", "salary_avg", "salary_max")


def salary_value(text: str):
    """«45 000» → 45000; blank → None; anything else stays text for the service to refuse
    under the field."""
    clean = re.sub(r"\s", "", text)
    if not clean:
        return None
    return int(clean) if clean.isdigit() else text.strip()


def salary_text(value) -> str:
    if value is None or value == "":
        return ""
    return f"{value:,}".replace(",", "\u00a0") if isinstance(value, int) else str(value)


def leads_value(text: str) -> list[int] | None:
    """«3, 4» → [3, 4]; blank → None (the next step); a wrong number is kept as 0 so the
    service names the mistake."""
    numbers = [n for n in re.split(r"[\s,;]+", text) if n]
    if not numbers:
        return None
    return [int(n) if n.isdigit() else 0 for n in numbers]


class StepsEditor(QWidget):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.steps: list[StepData] = []
        self.step_errors: dict[int, dict[str, str]] = {}  # step number → field → message
        self.read_only = False
        self._filling = False

        self.list = QListWidget()
        self.list.setFixedHeight(132)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the salary at the end
        self.list.currentRowChanged.connect(self._show_step)
        self.add_button = QPushButton(self.tr("Add step"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.buttons = (self.add_button, self.remove_button, self.up_button, self.down_button)
        side = QVBoxLayout()
        for button in self.buttons:
            side.addWidget(button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(side)

        self.detail = QWidget()
        form = QFormLayout(self.detail)
        form.setContentsMargins(0, 4, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.titles = self._text(form, "titles", self.tr("Job titles *"), 48,
                                 self.tr("One title a line"))
        self.work = self._text(form, "work", self.tr("Kinds of work"), 58)
        self.growth = self._text(form, "growth", self.tr("To reach the next step"), 48,
                                 self.tr("Training, experience, qualification"))
        salary = QWidget()
        row = QHBoxLayout(salary)
        row.setContentsMargins(0, 0, 0, 0)
        self.salary_min, self.salary_avg, self.salary_max = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, label in ((self.salary_min, self.tr("min")), (self.salary_avg, self.tr("avg")),
                            (self.salary_max, self.tr("max"))):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMinimumWidth(64)  # 9 999 999 fits; the row fits the editor's form
            edit.setMaximumWidth(100)
            edit.textEdited.connect(self._store)
            row.addWidget(QLabel(label))
            row.addWidget(edit)
        row.addWidget(QLabel("₽"))
        row.addStretch(1)
        self._field(form, "salary", self.tr("Salary a month"), salary)
        self.leads_to = QLineEdit()
        self.leads_to.setPlaceholderText(self.tr("the next step"))
        self.leads_to.setToolTip(self.tr("For a fork in the ladder: the numbers of the later "
                                         "steps this one leads to, e.g. 3, 4. Blank: the "
                                         "next step."))
        self.leads_to.textEdited.connect(self._store)
        self._field(form, "leads_to", self.tr("Leads to steps"), self.leads_to)
        self.empty_hint = QLabel(self.tr("No steps yet: «Add step» starts the ladder from the "
                                         "graduate's first job."))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet(MUTED)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.detail)
        self._update()

    # --- building ---
    def _field(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        error = add_field_row(form, label, widget)
        self.fields[name], self.errors[name] = widget, error

    def _text(self, form, name: str, label: str, height: int, hint: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setFixedHeight(height)
        edit.setPlaceholderText(hint)
        edit.textChanged.connect(self._store)
        self._field(form, name, label, edit)
        return edit

    # --- the list ---
    def set_steps(self, steps: list[StepData]) -> None:
        self.steps = [StepData(s.titles, s.work, s.growth, s.salary_min, s.salary_max,
                               s.salary_avg, list(s.leads_to) if s.leads_to else None)
                      for s in steps]
        self.step_errors = {}
        self._refill(0 if self.steps else -1)

    def _refill(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for number, step in enumerate(self.steps, start=1):
            self.list.addItem(QListWidgetItem())
            self._label(number, step)
        self.list.blockSignals(False)
        self.list.setCurrentRow(current)
        self._show_step(current)

    def _label(self, number: int, step: StepData) -> None:
        item = self.list.item(number - 1)
        title = " / ".join(line for line in step.titles.splitlines() if line.strip())
        salary = f" · {salary_text(step.salary_avg)} ₽" if isinstance(step.salary_avg, int) \
            else ""
        title = title or self.tr("(no title)")
        item.setText(f"{number}. {title}{salary}")
        errors = self.step_errors.get(number)
        item.setForeground(QBrush(QColor(ERROR_TEXT)) if errors else QBrush())
        item.setToolTip("\n".join(errors.values()) if errors else "")

    def add_step(self) -> None:
        if len(self.steps) >= MAX_STEPS:
            return
        self.steps.append(StepData(""))
        self._refill(len(self.steps) - 1)
        self.titles.setFocus()
        self.edited.emit()

    def remove_step(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self.steps[row]
        self.step_errors = {}
        self._refill(min(row, len(self.steps) - 1))
        self.edited.emit()

    def move_step(self, delta: int) -> None:
        row = self.list.currentRow()
        other = row + delta
        if row < 0 or not 0 <= other < len(self.steps):
            return
        self.steps[row], self.steps[other] = self.steps[other], self.steps[row]
        self.step_errors = {}
        self._refill(other)
        self.edited.emit()

    # --- the step chosen ---
    def _show_step(self, row: int) -> None:
        self._filling = True
        step = self.steps[row] if 0 <= row < len(self.steps) else StepData("")
        self.titles.setPlainText(step.titles)
        self.work.setPlainText(step.work)
        self.growth.setPlainText(step.growth)
        self.salary_min.setText(salary_text(step.salary_min))
        self.salary_avg.setText(salary_text(step.salary_avg))
        self.salary_max.setText(salary_text(step.salary_max))
        self.leads_to.setText(", ".join(str(n) for n in step.leads_to or ()))
        errors = self.step_errors.get(row + 1, {})
        for name, label in self.errors.items():
            keys = _SALARY_KEYS if name == "salary" else (name,)
            message = "\n".join(errors[k] for k in keys if k in errors)
            label.setText(message)
            label.setVisible(bool(message))
            self.fields[name].setStyleSheet(_ERROR_BORDER if message and name != "salary"
                                            else "")
        for edit, key in ((self.salary_min, "salary_min"), (self.salary_avg, "salary_avg"),
                          (self.salary_max, "salary_max")):
            wrong = key in errors or "salary" in errors
            edit.setStyleSheet(_ERROR_BORDER if wrong else "")
        self._filling = False
        self._update()

    def _store(self, *_args) -> None:
        row = self.list.currentRow()
        if self._filling or not 0 <= row < len(self.steps):
            return
        step = self.steps[row]
        step.titles = self.titles.toPlainText()
        step.work = self.work.toPlainText()
        step.growth = self.growth.toPlainText()
        step.salary_min = salary_value(self.salary_min.text())
        step.salary_avg = salary_value(self.salary_avg.text())
        step.salary_max = salary_value(self.salary_max.text())
        step.leads_to = leads_value(self.leads_to.text())
        self._label(row + 1, step)
        self.edited.emit()

    def value(self) -> list[StepData]:
        return [StepData("\n".join(line.strip() for line in s.titles.splitlines()
                                   if line.strip()), s.work.strip(), s.growth.strip(),
                         s.salary_min, s.salary_max, s.salary_avg, s.leads_to)
                for s in self.steps]

    # --- errors and locking ---
    def show_errors(self, errors: dict[str, str]) -> str:
        """Put «steps.N.field» errors on their step (the first wrong one shown); returns
        the message for the ladder as a whole («steps»), if any."""
        self.step_errors = {}
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "steps" and parts[1].isdigit():
                self.step_errors.setdefault(int(parts[1]), {})[parts[2]] = message
        for number, step in enumerate(self.steps, start=1):
            self._label(number, step)
        if self.step_errors:
            first = min(self.step_errors) - 1
            if 0 <= first < len(self.steps):
                self.list.setCurrentRow(first)
        self._show_step(self.list.currentRow())
        return errors.get("steps", "")

    def clear_errors(self) -> None:
        self.show_errors({})

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for edit in (self.titles, self.work, self.growth, self.salary_min, self.salary_avg,
                     self.salary_max, self.leads_to):
            edit.setReadOnly(read_only)
        self._update()

    def _update(self) -> None:
        row, count = self.list.currentRow(), len(self.steps)
        for button in self.buttons:
            button.setVisible(not self.read_only)
        self.add_button.setEnabled(count < MAX_STEPS)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.detail.setVisible(row >= 0)
        self.empty_hint.setVisible(count == 0)
