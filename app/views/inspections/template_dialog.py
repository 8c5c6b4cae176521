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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.checklists import (
    STANDARD,
    AnswerType,
    SectionData,
    TemplateData,
    TemplateKind,
    kind_label,
)
from app.views import dialogs
from app.views.inspections.common import MUTED
from app.views.inspections.template_pages import TemplatePages
from app.views.inspections.template_tree import TemplateTree
from app.views.widgets.form_dialog import FormDialog
from app.views.widgets.labels import error_label

_SECTION_KEY = re.compile(r"^sections\.(\d+)\.title$")
_ITEM_KEY = re.compile(r"^sections\.(\d+)\.items\.(\d+)\.(\w+)$")
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


class TemplateDialog(TemplateTree, TemplatePages, FormDialog):
    """The template's own fields, the layout, saving and the service's errors; the tree is
    template_tree.py's, the page of the chosen node template_pages.py's."""

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
