"""The structure of a checklist template in its dialog: the tree of sections and items, how
each node is labelled and marked (critical, or red with the service's error), and the edits of
the structure — add a section or an item, remove, move up and down.

A mixin of ``TemplateDialog``: ``self`` is the dialog (its ``sections``, ``node_errors``, the
tree and its buttons built in template_dialog.py).  The strings keep the dialog's translation
context, «TemplateDialog», so the translations stay found.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidgetItem

from app.formats import format_number
from app.services.checklists import AnswerType, ItemData, SectionData, answer_type_label
from app.views import dialogs
from app.views.inspections.common import CRITICAL_TEXT

translate = QCoreApplication.translate
S_ROLE = Qt.ItemDataRole.UserRole
I_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplateTree:
    """The tree's nodes carry (section, item) positions; item -1 is the section itself."""

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
        title = section.title or translate("TemplateDialog", "(no title)")
        node.setText(0, f"{s_no + 1}. {title}")
        self._paint(node, section, None)

    def _label_item(self, node: QTreeWidgetItem, s_no: int, i_no: int, item: ItemData) -> None:
        text = " ".join(item.text.split()) or translate("TemplateDialog", "(no text)")
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

    def add_section(self) -> None:
        position = self._position()
        at = position[0] + 1 if position is not None else len(self.sections)
        self.sections.insert(at, SectionData(translate("TemplateDialog", "Section {number}")
                                             .format(number=len(self.sections) + 1)))
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
                    self, translate("TemplateDialog", "Remove the section"),
                    translate("TemplateDialog",
                              "Remove the section «{title}» with its items: {count}?").format(
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
