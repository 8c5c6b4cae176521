"""The checklist of an inspection, grouped by section, one row per item with the answer widget
its type asks for (yes / no / not applicable, a number, a text, a choice, a photo) and a
comment.  Every change is saved at once through the ``save`` callback; nothing waits for a
Save button."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.checklists import AnswerType
from app.services.errors import ServiceError, ValidationError
from app.services.inspection_data import AnswerData
from app.views.inspections.common import CRITICAL_TEXT, MUTED
from app.views.widgets.colours import CALM, SECTION_BACKGROUND
from app.views.widgets.labels import error_label
from app.views.widgets.wrapping_line import WrappingLineEdit

#: (inspection item id, value, comment or None) → the answer as saved
SaveAnswer = Callable[[uuid.UUID, str, str | None], AnswerData]
_YES_NO = ("yes", "no", "na")


class ItemRow(QFrame):
    """One checklist item: number, text (critical ones marked), answer widget, comment."""

    saved = Signal(object)  # AnswerData
    add_photo = Signal(object)  # the item id
    failed = Signal(str)  # a message that is not about this item's value

    def __init__(self, number: str, answer: AnswerData, save: SaveAnswer, editable: bool,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("checklistItem")
        self.answer = answer
        self._save = save
        self.value = answer.value
        self.comment_text = answer.comment
        self.buttons: dict[str, QRadioButton] = {}
        self.number_edit: QLineEdit | None = None
        self.choice: QComboBox | None = None
        self.not_applicable: QCheckBox | None = None
        self.photo_label: QLabel | None = None

        number_label = QLabel(number)
        number_label.setStyleSheet(MUTED)
        number_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        number_label.setFixedWidth(40)
        text = QLabel(answer.text)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if answer.guidance:
            text.setToolTip(answer.guidance)
        title = QHBoxLayout()
        title.setSpacing(8)
        title.addWidget(text, 1)
        self.tag: QLabel | None = None
        if answer.critical:
            text.setStyleSheet("font-weight: 600;")
            self.tag = QLabel(self.tr("critical"))
            self.tag.setObjectName("criticalTag")
            self.tag.setToolTip(self.tr("A «no» here is a critical finding."))
            title.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignTop)
            self._paint_tag()

        self.widget = self._answer_widget(answer)
        self.comment = WrappingLineEdit(answer.comment)  # a long comment read whole
        self.comment.setPlaceholderText(self.tr("Comment"))
        self.comment.editingFinished.connect(self._comment_done)
        self.error = error_label()

        grid = QGridLayout(self)
        grid.setContentsMargins(4, 6, 4, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(number_label, 0, 0, 3, 1)
        grid.addLayout(title, 0, 1, 1, 2)
        grid.addWidget(self.widget, 1, 1)
        grid.addWidget(self.comment, 1, 2)
        grid.addWidget(self.error, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.set_editable(editable)

    # --- building ---
    def _answer_widget(self, answer: AnswerData) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        kind = answer.answer_type
        if kind == AnswerType.YES_NO:
            self.group = QButtonGroup(self)
            labels = {"yes": self.tr("Yes"), "no": self.tr("No"), "na": self.tr("N/A")}
            for value in _YES_NO:
                button = QRadioButton(labels[value])
                button.setObjectName(f"answer-{value}")
                if value == "na":
                    button.setToolTip(self.tr("Not applicable"))
                button.setChecked(answer.value == value)
                self.group.addButton(button)
                self.buttons[value] = button
                row.addWidget(button)
                button.clicked.connect(lambda _c=False, v=value: self.commit(v))
        elif kind == AnswerType.PHOTO:
            self.photo_label = QLabel()
            self.photo_button = QPushButton(self.tr("Add photo…"))
            self.photo_button.clicked.connect(lambda: self.add_photo.emit(answer.item_id))
            self.not_applicable = QCheckBox(self.tr("N/A"))
            self.not_applicable.setToolTip(self.tr("Not applicable"))
            self.not_applicable.setChecked(answer.value == "na")
            self.not_applicable.clicked.connect(
                lambda checked: self.commit("na" if checked else ""))
            row.addWidget(self.photo_label)
            row.addWidget(self.photo_button)
            row.addWidget(self.not_applicable)
            self.set_photos(answer.photos)
        elif kind == AnswerType.CHOICE:
            self.choice = QComboBox()
            self.choice.addItem(self.tr("— not chosen —"), "")
            for option in answer.choices:
                self.choice.addItem(option, option)
            index = self.choice.findData(answer.value)
            self.choice.setCurrentIndex(max(index, 0))
            self.choice.currentIndexChanged.connect(
                lambda _i: self.commit(self.choice.currentData() or ""))
            row.addWidget(self.choice, 1)
        else:  # a number or a text
            self.number_edit = QLineEdit(answer.value.replace(".", ",")
                                         if kind == AnswerType.NUMBER else answer.value)
            if kind == AnswerType.NUMBER:
                self.number_edit.setPlaceholderText(self.tr("Number"))
                self.number_edit.setMaximumWidth(160)
            else:
                self.number_edit.setPlaceholderText(self.tr("Answer"))
            self.number_edit.editingFinished.connect(
                lambda: self.commit(self.number_edit.text()))
            row.addWidget(self.number_edit, 1)
        row.addStretch(0)
        return box

    def _paint_tag(self) -> None:
        """Red only while a critical item is unanswered or answered «no»; a neutral outline
        once it is met or not applicable (issue 21: colour means something)."""
        if self.tag is None:
            return
        alarm = self.value in ("", "no")
        self.tag.setProperty("alarm", alarm)
        self.tag.setStyleSheet(
            f"color: white; background: {CRITICAL_TEXT}; border-radius: 3px; padding: 1px 6px;"
            if alarm else
            f"color: {CALM}; border: 1px solid #b8c2cc; border-radius: 3px; padding: 0 5px;")

    def set_editable(self, editable: bool) -> None:
        self.widget.setEnabled(editable)
        self.comment.setReadOnly(not editable)

    def set_photos(self, count: int) -> None:
        if self.photo_label is None:
            return
        self.photo_label.setText(self.tr("Photo required · attached: {count}").format(
            count=count) if count else self.tr("Photo required · none yet"))
        self.photo_label.setStyleSheet("" if count or self.value == "na"
                                       else f"color: {CRITICAL_TEXT};")

    # --- saving ---
    def _comment_done(self) -> None:
        if self.comment.text().strip() != self.comment_text.strip():
            self.commit(self.value, self.comment.text())

    def commit(self, value: str, comment: str | None = None) -> None:
        """Save the answer now; a value the service refuses is said under the item."""
        if comment is None and value.strip() == self.value:
            return
        try:
            saved = self._save(self.answer.item_id, value, comment)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            self.error.show()
            return
        except ServiceError as exc:
            self.failed.emit(str(exc))
            return
        self.error.hide()
        self.value, self.comment_text = saved.value, saved.comment
        self._paint_tag()
        if self.number_edit is not None and self.answer.answer_type == AnswerType.NUMBER:
            self.number_edit.setText(saved.value.replace(".", ","))
        self.saved.emit(saved)


class ChecklistPanel(QScrollArea):
    """Every item of the inspection's checklist under its section heading."""

    saved = Signal(object)  # AnswerData
    add_photo = Signal(object)  # item id
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.rows: dict[uuid.UUID, ItemRow] = {}
        self.setWidget(QWidget())

    def set_answers(self, answers: list[AnswerData], save: SaveAnswer, editable: bool) -> None:
        self.rows = {}
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(0)
        section, s_no, i_no = None, 0, 0
        for answer in answers:
            if answer.section != section:
                section, s_no, i_no = answer.section, s_no + 1, 0
                heading = QLabel(f"{s_no}. {section}")
                heading.setWordWrap(True)
                heading.setStyleSheet(f"background: {SECTION_BACKGROUND}; font-weight: 600;"
                                      " padding: 5px 8px; margin-top: 6px;")
                column.addWidget(heading)
            i_no += 1
            row = ItemRow(f"{s_no}.{i_no}", answer, save, editable)
            row.saved.connect(self.saved)
            row.add_photo.connect(self.add_photo)
            row.failed.connect(self.failed)
            self.rows[answer.item_id] = row
            column.addWidget(row)
        column.addStretch(1)
        self.setWidget(body)

    def set_photos(self, answers: list[AnswerData]) -> None:
        for answer in answers:
            row = self.rows.get(answer.item_id)
            if row is not None:
                row.set_photos(answer.photos)

    def set_editable(self, editable: bool) -> None:
        for row in self.rows.values():
            row.set_editable(editable)
