"""A checklist template edited as a whole: title and kind, then its sections and their items
(text, answer type, the options of a choice, weight, whether a «no» is critical, guidance).

The structure is a tree on the left; the section or item chosen in it is edited on the
right.  Saving goes to ``ChecklistsService.save_template``: a template no inspection uses is
changed in place, one in use becomes a new revision and the inspections keep theirs.  The
service's errors come back keyed by position («sections.1.items.0.choices»); they are tied to
the section or item they are about, shown under its fields and marked red in the tree.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_number
from app.services import Services
from app.services.checklists import (
    STANDARD,
    AnswerType,
    ItemData,
    SectionData,
    TemplateData,
    TemplateKind,
    answer_type_label,
    kind_label,
)
from app.views import dialogs
from app.views.inspections.common import CRITICAL_TEXT, MUTED
from app.views.widgets.form_dialog import FormDialog
from app.views.widgets.labels import add_field_row, error_label

_SECTION_KEY = re.compile(r"^sections\.(\d+)\.title$")
_ITEM_KEY = re.compile(r"^sections\.(\d+)\.items\.(\d+)\.(\w+)$")
_ERROR_BORDER = "border: 1px solid #b3261e;"
S_ROLE = Qt.ItemDataRole.UserRole
I_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_KINDS = (TemplateKind.CUSTOM, TemplateKind.BRANDBOOK, TemplateKind.SAFETY)


def copy_of(template: TemplateData, title: str) -> TemplateData:
    """A new template with the same sections and items (no ids, no link to a workshop)."""
    kind = TemplateKind.CUSTOM.value if template.kind == TemplateKind.EQUIPMENT else template.kind
    return TemplateData(
        title, kind, "", template.description,
        [SectionData(s.title, [replace(i, id=None, infra_item_id=None, choices=list(i.choices))
                               for i in s.items]) for s in template.sections])


def _fixed_kind(data: TemplateData) -> bool:
    """The shipped and the equipment checklists are found by their kind: it stays."""
    return data.code in STANDARD or data.code.startswith("equipment:")


class TemplateDialog(FormDialog):
    def __init__(self, services: Services, template: TemplateData | None = None, *,
                 used: int = 0, parent=None):
        super().__init__(parent)
        self.services = services
        template = template or TemplateData("")
        self.original = template
        self.sections: list[SectionData] = [
            SectionData(s.title, [replace(i, choices=list(i.choices)) for i in s.items], s.id)
            for s in template.sections]
        self.node_errors: dict[int, dict[str, str]] = {}  # id(section or item) → field → text
        self._loading = False
        self.setWindowTitle(self.tr("New checklist") if template.id is None
                            else self.tr("Checklist: edit"))
        dialogs.room_for_text(self, 900, 560)

        # --- the template ---
        form = self.new_form()
        self.title_edit = self.line(form, "title", self.tr("Title *"))
        self.title_edit.setText(template.title)
        self.kind = QComboBox()
        kinds = list(NEW_KINDS)
        if template.kind not in kinds:
            kinds.append(TemplateKind(template.kind))
        for kind in kinds:
            self.kind.addItem(kind_label(kind), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(template.kind)))
        self.kind.setEnabled(not _fixed_kind(template))
        if _fixed_kind(template):
            self.kind.setToolTip(self.tr("Inspections find this checklist by its kind, so the "
                                         "kind stays."))
        self.add_field(form, "kind", self.tr("Kind"), self.kind)
        self.used_note = QLabel()
        self.used_note.setWordWrap(True)
        self.used_note.setStyleSheet(MUTED)
        if used:
            self.used_note.setText(self.tr(
                "Inspections made with revision {revision}: {count}. Saving makes revision "
                "{next}; those inspections keep revision {revision}.").format(
                    revision=template.revision, count=used, next=template.revision + 1))
        self.used_note.setVisible(bool(used))

        # --- the structure: sections and items ---
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Section / item"), self.tr("Answer"),
                                   self.tr("Weight")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        dialogs.column_widths(header, {1: 170, 2: 50})
        # a long item text ends in «…» here: the whole of it is the tooltip and the editor's
        self.tree.setRootIsDecorated(True)
        self.tree.currentItemChanged.connect(lambda *_a: self._show_current())
        self.add_section_button = QPushButton(self.tr("Add section"))
        self.add_section_button.clicked.connect(self.add_section)
        self.add_item_button = QPushButton(self.tr("Add item"))
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        tree_buttons = QHBoxLayout()
        for button in (self.add_section_button, self.add_item_button, self.remove_button):
            tree_buttons.addWidget(button)
        tree_buttons.addStretch(1)
        tree_buttons.addWidget(self.up_button)
        tree_buttons.addWidget(self.down_button)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.tree, 1)
        sections_error = error_label()
        left_column.addWidget(sections_error)
        left_column.addLayout(tree_buttons)
        self.fields["sections"], self.errors["sections"] = self.tree, sections_error

        # --- the section or item chosen ---
        self.editor = QStackedWidget()
        self.editor.addWidget(self._empty_page())
        self.editor.addWidget(self._section_page())
        self.editor.addWidget(self._item_page())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([590, 390])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.used_note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._rebuild()
        if not self.sections:
            self.add_section()
        self.title_edit.setFocus()

    # --- the editor pages ---
    def _empty_page(self) -> QWidget:
        label = QLabel(self.tr("Add a section, then its items. Choose a section or an item "
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
        self.section_errors = {"title": add_field_row(form, self.tr("Section title *"),
                                                    self.section_title)}
        return page

    def _item_page(self) -> QWidget:
        page = QWidget()
        form = self._page_form(page)
        self.item_text = QPlainTextEdit()
        self.item_text.setFixedHeight(70)
        self.item_text.setTabChangesFocus(True)
        self.item_text.setPlaceholderText(self.tr("What the inspector checks"))
        self.answer_type = QComboBox()
        for answer_type in AnswerType:
            self.answer_type.addItem(answer_type_label(answer_type), answer_type.value)
        self.choices = QPlainTextEdit()
        self.choices.setFixedHeight(84)
        self.choices.setTabChangesFocus(True)
        self.choices.setPlaceholderText(self.tr("One option a line, at least two"))
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0, 100)
        self.weight.setDecimals(2)
        self.weight.setSingleStep(1)
        self.weight.setMaximumWidth(110)
        self.weight.setToolTip(self.tr("How much the item counts in the score: 0 to 100."))
        self.critical = QCheckBox(self.tr("A «no» is a critical finding"))
        self.guidance = QPlainTextEdit()
        self.guidance.setFixedHeight(70)
        self.guidance.setTabChangesFocus(True)
        self.guidance.setPlaceholderText(self.tr("How to check, what counts as a «yes»"))
        self.item_errors = {
            "text": add_field_row(form, self.tr("Item *"), self.item_text),
            "answer_type": add_field_row(form, self.tr("Answer type"), self.answer_type),
            "choices": add_field_row(form, self.tr("Options"), self.choices),
            "weight": add_field_row(form, self.tr("Weight"), self.weight),
            "critical": add_field_row(form, "", self.critical),
            "guidance": add_field_row(form, self.tr("Guidance"), self.guidance),
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

    # --- the tree ---
    def _position(self, node: QTreeWidgetItem | None = None) -> tuple[int, int] | None:
        """(section, item) of a tree node; item is -1 for a section."""
        node = node or self.tree.currentItem()
        if node is None:
            return None
        return node.data(0, S_ROLE), node.data(0, I_ROLE)

    def current_object(self) -> SectionData | ItemData | None:
        position = self._position()
        if position is None:
            return None
        s_no, i_no = position
        section = self.sections[s_no]
        return section if i_no < 0 else section.items[i_no]

    def _rebuild(self, select: tuple[int, int] | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        chosen = None
        for s_no, section in enumerate(self.sections):
            head = QTreeWidgetItem()
            head.setData(0, S_ROLE, s_no)
            head.setData(0, I_ROLE, -1)
            head.setFont(0, bold)
            self.tree.addTopLevelItem(head)
            self._label_section(head, s_no, section)
            if select == (s_no, -1):
                chosen = head
            for i_no, item in enumerate(section.items):
                child = QTreeWidgetItem()
                child.setData(0, S_ROLE, s_no)
                child.setData(0, I_ROLE, i_no)
                head.addChild(child)
                self._label_item(child, s_no, i_no, item)
                if select == (s_no, i_no):
                    chosen = child
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._show_current()

    def _label_section(self, node: QTreeWidgetItem, s_no: int, section: SectionData) -> None:
        node.setText(0, f"{s_no + 1}. {section.title or self.tr('(no title)')}")
        self._paint(node, section, None)

    def _label_item(self, node: QTreeWidgetItem, s_no: int, i_no: int, item: ItemData) -> None:
        text = " ".join(item.text.split()) or self.tr("(no text)")
        node.setText(0, f"{s_no + 1}.{i_no + 1}. {text}")
        node.setToolTip(0, item.text)
        answer = answer_type_label(item.answer_type)
        if item.answer_type == AnswerType.CHOICE and item.choices:
            answer += ": " + " / ".join(item.choices)
        node.setText(1, answer)
        node.setToolTip(1, answer)
        node.setText(2, format_number(Decimal(item.weight)))
        node.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._paint(node, item, CRITICAL_TEXT if item.critical else None)

    def _paint(self, node: QTreeWidgetItem, obj, colour: str | None) -> None:
        errors = self.node_errors.get(id(obj))
        if errors:
            colour = "#b3261e"
            node.setToolTip(0, "\n".join(errors.values()))
        for column in range(3):
            node.setForeground(column, QBrush(QColor(colour)) if colour else QBrush())
        if errors:
            node.setBackground(0, QBrush(QColor("#fdecea")))
        else:
            node.setBackground(0, QBrush())

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

    def _update_buttons(self) -> None:
        position = self._position()
        self.add_item_button.setEnabled(bool(self.sections))
        self.remove_button.setEnabled(position is not None)
        if position is None:
            self.up_button.setEnabled(False)
            self.down_button.setEnabled(False)
            return
        s_no, i_no = position
        if i_no < 0:
            self.up_button.setEnabled(s_no > 0)
            self.down_button.setEnabled(s_no < len(self.sections) - 1)
        else:  # an item at the edge of its section moves into the next one
            self.up_button.setEnabled(i_no > 0 or s_no > 0)
            self.down_button.setEnabled(i_no < len(self.sections[s_no].items) - 1
                                        or s_no < len(self.sections) - 1)

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

    def add_section(self) -> None:
        position = self._position()
        at = position[0] + 1 if position is not None else len(self.sections)
        self.sections.insert(at, SectionData(self.tr("Section {number}").format(
            number=len(self.sections) + 1)))
        self.clear_error("sections")
        self._rebuild((at, -1))
        self.section_title.setFocus()
        self.section_title.selectAll()

    def add_item(self) -> None:
        if not self.sections:
            self.add_section()
        position = self._position() or (len(self.sections) - 1, -1)
        s_no, i_no = position
        items = self.sections[s_no].items
        at = i_no + 1 if i_no >= 0 else len(items)
        items.insert(at, ItemData(""))
        self.clear_error("sections")
        self._rebuild((s_no, at))
        self.item_text.setFocus()

    def remove_current(self) -> None:
        position = self._position()
        if position is None:
            return
        s_no, i_no = position
        if i_no < 0:
            section = self.sections[s_no]
            if section.items and not dialogs.confirm(
                    self, self.tr("Remove the section"),
                    self.tr("Remove the section «{title}» with its items: {count}?").format(
                        title=section.title, count=len(section.items))):
                return
            del self.sections[s_no]
            select = (min(s_no, len(self.sections) - 1), -1) if self.sections else None
        else:
            items = self.sections[s_no].items
            del items[i_no]
            select = (s_no, min(i_no, len(items) - 1)) if items else (s_no, -1)
        self._rebuild(select)

    def move_current(self, step: int) -> None:
        position = self._position()
        if position is None:
            return
        s_no, i_no = position
        if i_no < 0:
            to = s_no + step
            if not 0 <= to < len(self.sections):
                return
            self.sections[s_no], self.sections[to] = self.sections[to], self.sections[s_no]
            self._rebuild((to, -1))
            return
        items = self.sections[s_no].items
        to = i_no + step
        if 0 <= to < len(items):
            items[i_no], items[to] = items[to], items[i_no]
            self._rebuild((s_no, to))
            return
        target = s_no + step
        if not 0 <= target < len(self.sections):
            return
        item = items.pop(i_no)
        if step < 0:  # to the end of the section above
            self.sections[target].items.append(item)
            self._rebuild((target, len(self.sections[target].items) - 1))
        else:  # to the start of the section below
            self.sections[target].items.insert(0, item)
            self._rebuild((target, 0))

    def select(self, s_no: int, i_no: int = -1) -> None:
        self._rebuild((s_no, i_no))

    # --- saving ---
    def read(self) -> TemplateData:
        sections = [SectionData(s.title, [
            replace(i, choices=list(i.choices) if i.answer_type == AnswerType.CHOICE else [])
            for i in s.items], s.id) for s in self.sections]
        return replace(self.original, title=self.title_edit.text(),
                       kind=self.kind.currentData(), sections=sections)

    def store(self, data: TemplateData) -> TemplateData:
        return self.services.checklists.save_template(data)

    def save(self) -> None:
        self.node_errors.clear()
        super().save()
        if self.result() != self.DialogCode.Accepted and not self.node_errors:
            self._rebuild(self._position())  # no red marks left from the last try

    def show_errors(self, errors: dict[str, str]) -> None:
        rest: dict[str, str] = {}
        first: tuple[int, int] | None = None
        for key, message in errors.items():
            section_match, item_match = _SECTION_KEY.match(key), _ITEM_KEY.match(key)
            if section_match and int(section_match[1]) < len(self.sections):
                s_no = int(section_match[1])
                self.node_errors.setdefault(id(self.sections[s_no]), {})["title"] = message
                first = first or (s_no, -1)
            elif item_match and int(item_match[1]) < len(self.sections) and \
                    int(item_match[2]) < len(self.sections[int(item_match[1])].items):
                s_no, i_no, name = int(item_match[1]), int(item_match[2]), item_match[3]
                if name not in self.item_errors:
                    name = "text"
                item = self.sections[s_no].items[i_no]
                self.node_errors.setdefault(id(item), {})[name] = message
                first = first or (s_no, i_no)
            else:
                rest[key] = message
        super().show_errors(rest)
        if first is not None:
            self._rebuild(first)
            if not rest or not any(k in self.fields for k in rest):
                (self.section_title if first[1] < 0 else self.item_text).setFocus()

    def revision_note(self) -> str:
        """After saving an edit of a template in use: which revision was made and which the
        inspections keep; blank otherwise."""
        if self.saved is None or self.original.id is None or self.saved.id == self.original.id:
            return ""
        return self.tr("A new revision {new} of the checklist was made; inspections done keep "
                       "revision {old}.").format(new=self.saved.revision,
                                                 old=self.original.revision)
