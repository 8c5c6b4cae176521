"""The right-hand side of the checklist template dialog: the page of the section or item
chosen in the tree — its fields, the service's errors shown under them — and the edits made
there, written back into the template at once.

A mixin of ``TemplateDialog``: ``self`` is the dialog (its ``sections``, ``node_errors``, the
stacked ``editor`` built in template_dialog.py).  The strings keep the dialog's translation
context, «TemplateDialog», so the translations stay found.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.checklists import AnswerType, answer_type_label
from app.views.inspections.common import MUTED
from app.views.widgets.labels import add_field_row

translate = QCoreApplication.translate
_ERROR_BORDER = "border: 1px solid #b3261e;"


class TemplatePages:
    """Page 0 says what to do, page 1 is a section's, page 2 an item's."""

    # --- the editor pages ---
    def _empty_page(self) -> QWidget:
        label = QLabel(translate("TemplateDialog",
                                 "Add a section, then its items. Choose a section or an item "
                                 "in the list to edit it."))
        label.setWordWrap(True)
        label.setStyleSheet(MUTED)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        return label

    def _page_form(self, page: QWidget) -> QFormLayout:
        """The fields at the top of the page, the spare height below them."""
        column = QVBoxLayout(page)
        column.setContentsMargins(8, 0, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _section_page(self) -> QWidget:
        page = QWidget()
        form = self._page_form(page)
        self.section_title = QLineEdit()
        self.section_title.textEdited.connect(self._section_edited)
        self.section_errors = {"title": add_field_row(
            form, translate("TemplateDialog", "Section title *"), self.section_title)}
        return page

    def _item_page(self) -> QWidget:
        page = QWidget()
        form = self._page_form(page)
        self.item_text = QPlainTextEdit()
        self.item_text.setFixedHeight(70)
        self.item_text.setTabChangesFocus(True)
        self.item_text.setPlaceholderText(
            translate("TemplateDialog", "What the inspector checks"))
        self.answer_type = QComboBox()
        for answer_type in AnswerType:
            self.answer_type.addItem(answer_type_label(answer_type), answer_type.value)
        self.choices = QPlainTextEdit()
        self.choices.setFixedHeight(84)
        self.choices.setTabChangesFocus(True)
        self.choices.setPlaceholderText(
            translate("TemplateDialog", "One option a line, at least two"))
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0, 100)
        self.weight.setDecimals(2)
        self.weight.setSingleStep(1)
        self.weight.setMaximumWidth(110)
        self.weight.setToolTip(
            translate("TemplateDialog", "How much the item counts in the score: 0 to 100."))
        self.critical = QCheckBox(translate("TemplateDialog", "A «no» is a critical finding"))
        self.guidance = QPlainTextEdit()
        self.guidance.setFixedHeight(70)
        self.guidance.setTabChangesFocus(True)
        self.guidance.setPlaceholderText(
            translate("TemplateDialog", "How to check, what counts as a «yes»"))
        self.item_errors = {
            "text": add_field_row(form, translate("TemplateDialog", "Item *"), self.item_text),
            "answer_type": add_field_row(form, translate("TemplateDialog", "Answer type"),
                                         self.answer_type),
            "choices": add_field_row(form, translate("TemplateDialog", "Options"), self.choices),
            "weight": add_field_row(form, translate("TemplateDialog", "Weight"), self.weight),
            "critical": add_field_row(form, "", self.critical),
            "guidance": add_field_row(form, translate("TemplateDialog", "Guidance"), self.guidance),
        }
        self.item_fields = {"text": self.item_text, "answer_type": self.answer_type,
                            "choices": self.choices, "weight": self.weight,
                            "critical": self.critical, "guidance": self.guidance}
        self.item_form = form
        self.item_text.textChanged.connect(lambda: self._item_edited("text"))
        self.answer_type.currentIndexChanged.connect(lambda _i: self._item_edited("answer_type"))
        self.choices.textChanged.connect(lambda: self._item_edited("choices"))
        self.weight.valueChanged.connect(lambda _v: self._item_edited("weight"))
        self.critical.toggled.connect(lambda _c: self._item_edited("critical"))
        self.guidance.textChanged.connect(lambda: self._item_edited("guidance"))
        return page

    def _show_current(self) -> None:
        position = self._position()
        self._loading = True
        try:
            if position is None:
                self.editor.setCurrentIndex(0)
            elif position[1] < 0:
                section = self.sections[position[0]]
                self.section_title.setText(section.title)
                self._show_errors_of(section, self.section_errors, {"title": self.section_title})
                self.editor.setCurrentIndex(1)
            else:
                item = self.sections[position[0]].items[position[1]]
                self.item_text.setPlainText(item.text)
                self.answer_type.setCurrentIndex(max(0, self.answer_type.findData(
                    str(item.answer_type))))
                self.choices.setPlainText("\n".join(item.choices))
                self.weight.setValue(float(item.weight))
                self.critical.setChecked(bool(item.critical))
                self.guidance.setPlainText(item.guidance)
                self._show_errors_of(item, self.item_errors, self.item_fields)
                self._choices_shown()
                self.editor.setCurrentIndex(2)
        finally:
            self._loading = False
        self._update_buttons()

    def _show_errors_of(self, obj, labels: dict[str, QLabel], fields: dict[str, QWidget]):
        errors = self.node_errors.get(id(obj), {})
        for name, label in labels.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
            if name in fields:
                fields[name].setStyleSheet(_ERROR_BORDER if name in errors else "")

    def _choices_shown(self) -> None:
        self.item_form.setRowVisible(self.choices.parentWidget(),
                                     self.answer_type.currentData() == AnswerType.CHOICE)

    # --- edits ---
    def _forget_error(self, obj, name: str) -> None:
        errors = self.node_errors.get(id(obj))
        if errors and name in errors:
            del errors[name]
            if not errors:
                del self.node_errors[id(obj)]

    def _section_edited(self, text: str) -> None:
        position = self._position()
        if self._loading or position is None or position[1] >= 0:
            return
        section = self.sections[position[0]]
        section.title = text
        self._forget_error(section, "title")
        self.section_errors["title"].hide()
        self.section_title.setStyleSheet("")
        self._label_section(self.tree.currentItem(), position[0], section)

    def _item_edited(self, name: str) -> None:
        if name == "answer_type":
            self._choices_shown()
        position = self._position()
        if self._loading or position is None or position[1] < 0:
            return
        s_no, i_no = position
        item = self.sections[s_no].items[i_no]
        if name == "text":
            item.text = self.item_text.toPlainText()
        elif name == "answer_type":
            item.answer_type = self.answer_type.currentData()
            self._forget_error(item, "choices")
            self.item_errors["choices"].hide()
            self.choices.setStyleSheet("")
        elif name == "choices":
            item.choices = [line.strip() for line in self.choices.toPlainText().split("\n")
                            if line.strip()]
        elif name == "weight":
            item.weight = Decimal(str(round(self.weight.value(), 2)))
        elif name == "critical":
            item.critical = self.critical.isChecked()
        elif name == "guidance":
            item.guidance = self.guidance.toPlainText()
        self._forget_error(item, name)
        self.item_errors[name].hide()
        self.item_fields[name].setStyleSheet("")
        self._label_item(self.tree.currentItem(), s_no, i_no, item)
