"""Checklist templates with their revisions and item counts, and the items of the one chosen.
Roles that may write checklists make new ones and edit them in ``TemplateDialog``; editing a
template that inspections use makes a new revision (the service decides), and those
inspections keep theirs.  Other roles see the same lists read-only.  The section toolbar
holds new / edit / copy, refresh and the search box."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_number
from app.services import Services
from app.services.checklists import TemplateData, answer_type_label, kind_label
from app.services.errors import ServiceError
from app.services.permissions import Permission
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.inspections.common import CRITICAL_TEXT
from app.views.inspections.template_dialog import TemplateDialog, copy_of
from app.views.widgets.columns import Col, ColumnsModel, make_table, select_id, selected_id
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.loader import Loader
from app.views.widgets.page_actions import PageToolbar


class ChecklistsTab(QWidget):
    changed = Signal()  # a template was saved
    refreshed = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.services = services
        self.writable = services.actor.allows(Permission.CHECKLISTS_WRITE)
        self._select_after = None
        self.loader = Loader(tasks, self._prepare, self._arrived, self._failed)
        self.model = ColumnsModel([
            Col("title", self.tr("Checklist"), lambda t: t.title, tip=True),
            Col("kind", self.tr("Kind"), lambda t: kind_label(t.kind), tip=True),
            Col("revision", self.tr("Revision"), lambda t: str(t.revision), sort=lambda t: t.revision,
                right=True),
            Col("items", self.tr("Items"), lambda t: str(t.items), sort=lambda t: t.items,
                right=True),
            Col("used", self.tr("Inspections"), lambda t: str(t.inspections or ""),
                sort=lambda t: t.inspections, right=True),
            Col("current", self.tr("Current"), lambda t: self.tr("yes") if t.current else "",
                sort=lambda t: not t.current),
        ], search_text=lambda t: f"{t.title} {kind_label(t.kind)}", parent=self)
        self.old_revisions = QCheckBox(self.tr("Show older revisions"))
        self.old_revisions.toggled.connect(lambda _c: self.reload())
        if self.writable:
            note = QLabel(self.tr("Editing a checklist that inspections use makes a new "
                                  "revision; those inspections keep theirs."))
        else:
            note = QLabel(self.tr("Read-only. Editing a checklist that inspections use makes a "
                                  "new revision; those inspections keep theirs."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #4a5a68;")
        self.toolbar = PageToolbar()
        bar = self.toolbar
        self.add_action = bar.standard("add", self.new_template, self.tr("New checklist…"))
        self.edit_action = bar.standard("edit", self.edit_current, self.tr("Edit…"))
        self.copy_action = bar.extra(self.tr("Copy as new…"), self.copy_current,
                                     "mdi6.content-copy")
        self.copy_action.setToolTip(self.tr("A new checklist with the same sections and items"))
        self.refresh_action = bar.standard("refresh", self.refresh)
        self.search = bar.add_search(self.tr("Search by checklist or kind…"))
        self.search.textChanged.connect(self._search_changed)
        for action in (self.add_action, self.edit_action, self.copy_action):
            action.setVisible(self.writable)
        self.new_button = bar.widgetForAction(self.add_action)
        self.edit_button = bar.widgetForAction(self.edit_action)
        self.copy_button = bar.widgetForAction(self.copy_action)
        top = QHBoxLayout()
        top.addWidget(self.old_revisions)
        top.addWidget(note, 1)
        self.table = make_table(self.model, 0, (280, 210, 95, 85, 90, 120))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_items())
        if self.writable:
            self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self._loaded = False
        self.empty_state = EmptyState(
            self.table, self.model, self.tr("There are no checklists yet."),
            self.tr("Add the first checklist") if self.writable else None, self.new_template,
            is_empty=lambda: self._loaded and self.model.total == 0)
        self.items = QTreeWidget()
        self.items.setHeaderLabels([self.tr("Item"), self.tr("Answer"), self.tr("Weight")])
        header = self.items.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 250)
        header.resizeSection(2, 60)
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.empty_state)
        splitter.addWidget(self.items)
        splitter.setSizes([220, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def reload(self) -> None:
        self.loader.run()

    def refresh(self) -> None:
        self.reload()
        self.refreshed.emit()

    def _prepare(self):
        service, old = self.services.checklists, self.old_revisions.isChecked()
        return lambda: service.list_templates(include_old=old)

    def _arrived(self, rows) -> None:
        keep = self._select_after or selected_id(self.table)
        self._select_after = None
        self._loaded = True
        self.model.set_rows(rows)
        self._select(keep)

    def _select(self, keep) -> None:
        """``keep`` chosen again if it is listed, else the first row; its items shown."""
        if self.model.rowCount():
            select_id(self.table, keep if self.model.row_of(keep) >= 0 else
                      self.model.row_at(0).id)
        else:
            self.items.clear()
        self._update_buttons()

    def _search_changed(self, text: str) -> None:
        keep = selected_id(self.table)
        self.model.set_search(text)
        self._select(keep)

    def _failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Checklists"), str(exc))

    def _show_items(self) -> None:
        template_id = selected_id(self.table)
        self.items.clear()
        self._update_buttons()
        if template_id is None:
            return
        try:
            template = self.services.checklists.template(template_id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Checklists"), str(exc))
            return
        self.show_template(template)

    def show_template(self, template: TemplateData) -> None:
        self.items.clear()
        bold = QFont(self.items.font())
        bold.setBold(True)
        for s_no, section in enumerate(template.sections, 1):
            head = QTreeWidgetItem([f"{s_no}. {section.title}"])
            head.setFont(0, bold)
            self.items.addTopLevelItem(head)
            for i_no, item in enumerate(section.items, 1):
                text = f"{s_no}.{i_no}. {item.text}"
                if item.critical:
                    text += " — " + self.tr("critical")
                answer = answer_type_label(item.answer_type)
                if item.choices:
                    answer += ": " + " / ".join(item.choices)
                child = QTreeWidgetItem([text, answer, format_number(Decimal(item.weight))])
                child.setToolTip(0, "\n\n".join(filter(None, (item.text, item.guidance))))
                child.setToolTip(1, answer)
                if item.critical:
                    child.setForeground(0, QBrush(QColor(CRITICAL_TEXT)))
                head.addChild(child)
        self.items.expandAll()

    # --- editing ---
    def current_row(self):
        template_id = selected_id(self.table)
        row = self.model.row_of(template_id) if template_id is not None else -1
        return self.model.row_at(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.edit_action.setEnabled(row is not None and row.current)
        self.edit_action.setToolTip(self.edit_action.text() if row is None or row.current
                                    else self.tr("An older revision is kept as it was; edit "
                                                 "the current one."))
        self.copy_action.setEnabled(row is not None)

    def _load(self, template_id) -> TemplateData | None:
        try:
            return self.services.checklists.template(template_id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Checklists"), str(exc))
            return None

    def new_dialog(self) -> TemplateDialog:
        return TemplateDialog(self.services, parent=self)

    def edit_dialog(self) -> TemplateDialog | None:
        row = self.current_row()
        if row is None or not row.current:
            return None
        template = self._load(row.id)
        if template is None:
            return None
        return TemplateDialog(self.services, template, used=row.inspections, parent=self)

    def copy_dialog(self) -> TemplateDialog | None:
        row = self.current_row()
        template = self._load(row.id) if row is not None else None
        if template is None:
            return None
        title = self.tr("{title} (copy)").format(title=template.title)
        return TemplateDialog(self.services, copy_of(template, title), parent=self)

    def _run(self, dialog: TemplateDialog | None) -> None:
        if dialog is not None and dialog.exec() and dialog.saved is not None:
            self.after_saved(dialog)

    def new_template(self) -> None:
        self._run(self.new_dialog())

    def edit_current(self) -> None:
        self._run(self.edit_dialog())

    def copy_current(self) -> None:
        self._run(self.copy_dialog())

    def after_saved(self, dialog: TemplateDialog) -> None:
        """The list again with the saved template chosen; a word when a new revision was
        made instead of changing the one in use."""
        self._select_after = dialog.saved.id
        self.changed.emit()
        self.reload()
        note = dialog.revision_note()
        if note:
            dialogs.show_message(self, self.tr("New revision"), note, warning=False)
