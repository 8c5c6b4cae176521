"""One plan as the council sees it: its status and approval line above its events, grouped by
section in the plan's order; new plan, approval, revisions, deleting a draft."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
)

from app.formats import format_date
from app.services import Services
from app.services.errors import ServiceError
from app.services.event_codes import PlanKind, plan_kind_label
from app.services.event_data import PlanData
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.events.plan_dialogs import ApproveDialog, NewPlanDialog, RevisionsDialog
from app.views.events.plan_model import PlanEventsModel
from app.views.widgets.colours import HELD_TEXT, MUTED
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.filling_table import FillingTableView
from app.views.widgets.form_dialog import select_data
from app.views.widgets.loader import Loader
from app.views.widgets.page import PagePart
from app.views.widgets.page_actions import PageToolbar

_WIDTHS = (45, 280, 135, 140, 140, 120, 130)  # «Запланировано» whole


class PlansTab(PagePart):
    open_event = Signal(object)  # an event id
    plans_changed = Signal(object)  # the plan to show after the page reloads its plans

    def __init__(self, services: Services, tasks: TaskRunner, writable: bool,
                 can_approve: bool, parent=None):
        super().__init__(services, tasks, parent)
        self.plans: list[PlanData] = []
        self.model = PlanEventsModel(self)
        self.loader = Loader(tasks, self._prepare, self._arrived, self._failed)
        self._select_after = None

        self.year = QComboBox()
        self.year.setMinimumWidth(90)
        self.year.currentIndexChanged.connect(self._year_changed)
        self.plan = QComboBox()
        self.plan.setMinimumWidth(340)
        self.plan.currentIndexChanged.connect(lambda *_a: self.reload())
        # the plan's actions; the section's row shows them, or the event actions of the
        # page while the cursor is in the plan's events (EventsPage), with their keys
        self.toolbar = PageToolbar()
        self.new_action = self.toolbar.standard("add", self.new_plan, self.tr("New plan…"))
        self.delete_action = self.toolbar.standard("delete", self.delete_plan,
                                                   self.tr("Delete draft plan"))
        self.approve_action = self.toolbar.extra(self.tr("Approve…"), self.approve,
                                                 "mdi6.check-decagram-outline")
        self.revisions_action = self.toolbar.extra(self.tr("Revisions…"), self.revisions,
                                                   "mdi6.history")
        self.new_action.setVisible(writable)
        self.delete_action.setVisible(writable)
        self.approve_action.setVisible(can_approve)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Year:")))
        chooser.addWidget(self.year)
        chooser.addSpacing(8)
        chooser.addWidget(QLabel(self.tr("Plan:")))
        chooser.addWidget(self.plan)
        chooser.addStretch(1)

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 11.5pt; font-weight: 600; color: #1d2b36;")
        self.approval = QLabel()
        self.approval.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setStyleSheet(MUTED)

        self.table = FillingTableView(1)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.set_widths(_WIDTHS)
        self.table.doubleClicked.connect(self._double_clicked)
        self.empty_state = EmptyState(
            self.table, self.model, self.tr("There are no plans yet."),
            self.tr("Create the first plan") if writable else None, self.new_plan,
            is_empty=lambda: not self.plans)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(chooser)
        layout.addWidget(self.title)
        layout.addWidget(self.approval)
        layout.addWidget(self.counts)
        layout.addWidget(self.empty_state, 1)

    # --- the plans to choose from ---
    def set_plans(self, plans: list[PlanData], show=None) -> None:
        """Fill the year and plan choosers; ``show`` is the plan to choose (else the one
        shown, else this year's first)."""
        self.plans = plans
        wanted = show or self.current_id()
        plan = next((p for p in plans if p.id == wanted), None)
        this_year = date.today().year
        years = sorted({p.year for p in plans} | {this_year}, reverse=True)
        year = plan.year if plan else (self.year.currentData() or self._default_year(plans))
        self.year.blockSignals(True)
        self.year.clear()
        for y in years:
            self.year.addItem(str(y), y)
        select_data(self.year, year)
        self.year.blockSignals(False)
        self._fill_plans(wanted)
        self.empty_state.update_state()

    @staticmethod
    def _default_year(plans: list[PlanData]) -> int:
        """This year when it has a plan, else the latest year before it that has one."""
        this_year = date.today().year
        have = {p.year for p in plans}
        earlier = [y for y in have if y <= this_year]
        if this_year in have or not have:
            return this_year
        return max(earlier) if earlier else min(have)

    def _year_changed(self, *_args) -> None:
        self._fill_plans(None)

    def _fill_plans(self, wanted) -> None:
        year = self.year.currentData()
        self.plan.blockSignals(True)
        self.plan.clear()
        kinds = list(PlanKind)
        for p in sorted(self.plans, key=lambda p: kinds.index(p.kind) if p.kind in kinds
                        else len(kinds)):
            if p.year == year:
                state = self.tr("approved") if p.approved else self.tr("draft")
                self.plan.addItem(f"{plan_kind_label(p.kind)} ({state})", p.id)
                self.plan.setItemData(self.plan.count() - 1, p.title,
                                      Qt.ItemDataRole.ToolTipRole)
        select_data(self.plan, wanted)
        self.plan.setEnabled(self.plan.count() > 0)
        self.plan.blockSignals(False)
        self.reload()

    def current_id(self):
        return self.plan.currentData() if self.plan.count() else None

    def current_plan(self) -> PlanData | None:
        return next((p for p in self.plans if p.id == self.current_id()), None)

    # --- loading ---
    def reload(self) -> None:
        self._show_plan(self.current_plan())
        self.loader.run()

    def _prepare(self):
        events, plan_id = self.services.events, self.current_id()
        return lambda: events.events(plan_id=plan_id) if plan_id else []

    def _arrived(self, rows) -> None:
        keep = self._select_after or self.selected_id()
        self._select_after = None
        self.model.set_rows(rows)
        self.table.clearSpans()
        for row in self.model.section_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        row = self.model.row_of(keep)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Plans"), str(exc))

    def _show_plan(self, plan: PlanData | None) -> None:
        self.approve_action.setEnabled(plan is not None and not plan.approved)
        self.delete_action.setEnabled(plan is not None and not plan.approved)
        self.revisions_action.setEnabled(plan is not None and plan.approved)
        if plan is None:
            # with no plan at all the empty state below says it (and offers the button)
            self.title.setText(self.tr("No plan for this year. Create one with «New plan…».")
                               if self.plans else "")
            self.approval.clear()
            self.counts.clear()
            return
        self.title.setText(plan.title)
        self.approval.setText(self.approval_text(plan))
        self.approval.setStyleSheet(f"color: {HELD_TEXT};" if plan.approved else MUTED)
        self.counts.setText(self.tr("Events: {count}, held: {held}").format(
            count=plan.events, held=plan.held))

    def approval_text(self, plan: PlanData) -> str:
        if not plan.approved:
            return self.tr("Draft: not approved yet.")
        text = self.tr("Approved by the protocol of the {council} No. {number} of {date}").format(
            council=plan.approved_by, number=plan.protocol_no, date=format_date(plan.approved_on))
        if plan.revision:
            text += " · " + self.tr("revision {number}").format(number=plan.revision)
        return text

    # --- selection ---
    def selected_id(self):
        event = self.model.event_at(self.table.currentIndex().row())
        return event.id if event else None

    def select_after_load(self, event_id) -> None:
        self._select_after = event_id

    def _double_clicked(self, index) -> None:
        event = self.model.event_at(index.row())
        if event is not None:
            self.open_event.emit(event.id)

    # --- plan actions ---
    def new_plan_dialog(self) -> NewPlanDialog:
        return NewPlanDialog(self.services, self.plans, self.year.currentData(), self)

    def new_plan(self) -> None:
        dialog = self.new_plan_dialog()
        self.run_dialog(dialog, self.after_plan_saved)

    def after_plan_saved(self, plan: PlanData) -> None:
        self.status.emit(self.tr("Saved: {name}").format(name=plan.title))
        self.plans_changed.emit(plan.id)

    def approve_dialog(self) -> ApproveDialog | None:
        plan = self.current_plan()
        return ApproveDialog(self.services, plan, self) if plan else None

    def approve(self) -> None:
        dialog = self.approve_dialog()
        self.run_dialog(dialog, self.after_plan_saved)

    def revisions_dialog(self) -> RevisionsDialog | None:
        plan = self.current_plan()
        if plan is None:
            return None
        try:
            rows = self.services.events.revisions(plan.id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Revisions"), str(exc))
            return None
        return RevisionsDialog(plan, rows, self)

    def revisions(self) -> None:
        dialog = self.revisions_dialog()
        if dialog is not None:
            dialog.exec()

    def delete_plan(self) -> None:
        plan = self.current_plan()
        if plan is None or plan.approved:
            return
        if not dialogs.confirm(self, self.tr("Delete draft plan"), self.tr(
                "Delete the draft «{name}» with its {count} events?").format(
                name=plan.title, count=plan.events)):
            return
        try:
            self.services.events.delete_plan(plan.id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not deleted"), str(exc))
            return
        self.status.emit(self.tr("Deleted: {name}").format(name=plan.title))
        self.plans_changed.emit(None)
