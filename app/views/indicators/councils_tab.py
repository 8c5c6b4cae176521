"""Councils («Советы»): the councils with their members (added, edited and deleted here); the
chosen council's meetings with the quorum; the chosen meeting's decisions.  A decision to
admit or exclude a participant is carried out on its membership, an approval is written into
what it approves; a meeting's protocol is written to PDF or printed.  Read-only roles see all
of it without the write buttons (and may open a meeting or a decision to read it).

Each of the four lists has its toolbar (``toolbars``): the section's row above the tabs shows
the one of the list the cursor is in, the meetings' one first (Ctrl+N a new meeting, Del
deletes it, Ctrl+E the protocol PDF, Ctrl+P prints it, F5), and the keys act where the
buttons do.  A list with nothing in it says so with a button that adds the first one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.formats import format_date
from app.services import Services
from app.services.governance_codes import (
    DecisionStatus,
    DecisionSubject,
    label,
)
from app.services.governance_data import (
    CouncilData,
    DecisionRow,
    MeetingRow,
    MemberData,
)
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.indicators.common import (
    BEHIND_TEXT,
    MUTED_TEXT,
    Column,
    ListModel,
    make_table,
    selected_row,
)
from app.views.indicators.council_actions import CouncilActions
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.loader import Loader
from app.views.widgets.page import PagePart
from app.views.widgets.page_actions import PageToolbar, set_tip


def _titled(title: str, widget: QWidget) -> QWidget:
    """A list under its heading (its actions are in the section's row above the tabs)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 4, 0, 0)
    column.setSpacing(2)
    heading = QLabel(title)
    heading.setStyleSheet("font-weight: 600;")
    column.addWidget(heading)
    column.addWidget(widget, 1)
    return box


class CouncilsTab(CouncilActions, PagePart):
    participants_changed = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, writable: bool, parent=None):
        super().__init__(services, tasks, parent)
        self.writable = writable
        self.councils: list[CouncilData] = []
        self._select_council = None
        self._select_member = None
        self._select_meeting = None
        self._select_decision = None
        self.councils_model = ListModel([
            Column(self.tr("Council"), lambda c: c.name),
            Column(self.tr("Members"), lambda c: str(c.members), lambda c: c.members, right=True),
            Column(self.tr("Meetings"), lambda c: str(c.meetings), lambda c: c.meetings,
                   right=True),
        ], self)
        self.members_model = ListModel([
            Column(self.tr("Member"), lambda m: m.full_name),
            Column(self.tr("Role"), lambda m: label(m.role)),
            Column(self.tr("Post"), lambda m: m.post),
            Column(self.tr("Organization"), lambda m: m.organization),
            Column(self.tr("Joined"), lambda m: format_date(m.joined_on),
                   lambda m: m.joined_on or 0),
            Column(self.tr("Left"), lambda m: format_date(m.left_on), lambda m: m.left_on or 0),
        ], self)
        self.meetings_model = ListModel([
            Column(self.tr("No."), lambda m: m.number),
            Column(self.tr("Date"), lambda m: format_date(m.held_on), lambda m: m.held_on),
            Column(self.tr("Items"), lambda m: str(m.agenda_items), lambda m: m.agenda_items,
                   right=True),
            Column(self.tr("Attendance"), lambda m: f"{m.present} / {m.members}",
                   lambda m: m.present, right=True),
            Column(self.tr("Quorum"), lambda m: self.tr("yes") if m.quorum else self.tr("no")),
            Column(self.tr("Decisions"), lambda m: str(m.decisions), lambda m: m.decisions,
                   right=True),
        ], self)
        self.meetings_model.colour = lambda m: None if m.quorum else BEHIND_TEXT
        self.decisions_model = ListModel([
            Column(self.tr("No."), lambda d: str(d.position), lambda d: d.position, right=True),
            Column(self.tr("Decided"), lambda d: d.text),
            Column(self.tr("About"), lambda d: self._about(d)),
            Column(self.tr("Responsible"), lambda d: d.responsible),
            Column(self.tr("Due"), lambda d: format_date(d.due_on), lambda d: d.due_on or 0),
            Column(self.tr("Status"), lambda d: label(d.status)),
        ], self)
        self.decisions_model.colour = self._decision_colour

        # the tab's toolbar: meetings and the protocol, with the keys
        self.toolbar = PageToolbar()
        bar = self.toolbar
        self.new_meeting_action = bar.standard("add", self.add_meeting, self.tr("New meeting…"))
        self.edit_meeting_action = bar.standard(
            "edit", self.edit_meeting,
            self.tr("Edit meeting…") if writable else self.tr("Open meeting"))
        self.delete_meeting_action = bar.standard("delete", self.delete_meeting,
                                                  self.tr("Delete meeting"))
        self.protocol_action = bar.standard("export", self.export_protocol,
                                            self.tr("Protocol PDF…"))
        self.print_action = bar.standard("print", self.print_protocol)
        set_tip(self.print_action, self.tr("Print the protocol of the chosen meeting"))
        self.refresh_action = bar.standard("refresh", self.reload)
        self.add_action, self.edit_action = self.new_meeting_action, self.edit_meeting_action
        self.delete_action, self.export_action = self.delete_meeting_action, self.protocol_action
        for action in (self.new_meeting_action, self.delete_meeting_action):
            action.setVisible(writable)

        # the other lists' toolbars: the row above the tabs shows them when the cursor is in
        # their list, with their keys then
        self.council_bar = PageToolbar()
        bar = self.council_bar
        self.new_council_action = bar.standard("add", self.add_council, self.tr("Add council…"))
        self.edit_council_action = bar.standard("edit", self.edit_council,
                                                self.tr("Edit council…"))
        self.delete_council_action = bar.standard("delete", self.delete_council,
                                                  self.tr("Delete council"))
        self.member_bar = PageToolbar()
        bar = self.member_bar
        self.new_member_action = bar.standard("add", self.add_member, self.tr("Add member…"))
        self.edit_member_action = bar.standard("edit", self.edit_member, self.tr("Edit member…"))
        self.delete_member_action = bar.standard("delete", self.delete_member,
                                                 self.tr("Delete member"))
        for action in (self.new_council_action, self.edit_council_action,
                       self.delete_council_action, self.new_member_action,
                       self.edit_member_action, self.delete_member_action):
            action.setVisible(writable)

        self.decision_bar = PageToolbar()
        bar = self.decision_bar
        self.new_decision_action = bar.standard("add", self.add_decision,
                                                self.tr("Add decision…"))
        self.edit_decision_action = bar.standard(
            "edit", self.edit_decision,
            self.tr("Edit decision…") if writable else self.tr("Open decision"))
        self.delete_decision_action = bar.standard("delete", self.delete_decision,
                                                   self.tr("Delete decision"))
        self.carry_out_action = bar.extra(self.tr("Carry out…"), self.carry_out,
                                          "mdi6.gavel")
        self.carry_out_action.setToolTip(self.tr(
            "Admit or exclude the participant, or write the approval into what it approves"))
        for action in (self.new_decision_action, self.delete_decision_action,
                       self.carry_out_action):
            action.setVisible(writable)
        for small in (self.council_bar, self.member_bar, self.decision_bar):
            small.share(self.refresh_action)

        self.councils_table = make_table(self.councils_model, (220, 70, 95), 0)
        self.members_table = make_table(self.members_model, (160, 110, 110, 110, 85, 85), 2)
        self.meetings_table = make_table(self.meetings_model, (35, 82, 80, 60, 70, 76), 0)
        self.meetings_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.meetings_table.hide_by_default("2")  # «Items»: the heading's menu shows it
        self.decisions_table = make_table(self.decisions_model,
                                          (35, 130, 110, 125, 85, 105), 1)
        self.councils_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._council_chosen())
        self.meetings_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._meeting_chosen())
        self.meetings_table.doubleClicked.connect(lambda _i: self.edit_meeting())
        if writable:
            self.councils_table.doubleClicked.connect(lambda _i: self.edit_council())
            self.members_table.doubleClicked.connect(lambda _i: self.edit_member())
        self.decisions_table.doubleClicked.connect(lambda _i: self.edit_decision())
        for table in (self.members_table, self.decisions_table):
            table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        for model in (self.councils_model, self.members_model, self.meetings_model,
                      self.decisions_model):
            model.modelReset.connect(self._update_actions)

        self._loaded = False
        add = writable  # the empty lists' buttons, for roles that may add

        def empty(table, model, text, button, on_add, is_empty):
            return EmptyState(table, model, text, button if add else None, on_add,
                              is_empty=lambda: self._loaded and model.rowCount() == 0
                              and is_empty())

        self.councils_empty = empty(
            self.councils_table, self.councils_model, self.tr("There are no councils yet."),
            self.tr("Add the first council"), self.add_council, lambda: True)
        self.members_empty = empty(
            self.members_table, self.members_model, self.tr("The council has no members yet."),
            self.tr("Add the first member"), self.add_member,
            lambda: self.current_council_id() is not None)
        self.meetings_empty = empty(
            self.meetings_table, self.meetings_model,
            self.tr("The council has no meetings yet."), self.tr("Add the first meeting"),
            self.add_meeting, lambda: self.current_council_id() is not None)
        self.decisions_empty = empty(
            self.decisions_table, self.decisions_model,
            self.tr("The meeting has no decisions yet."), self.tr("Add the first decision"),
            self.add_decision, lambda: self.current_meeting_id() is not None)

        councils = _titled(self.tr("Councils"), self.councils_empty)
        members = _titled(self.tr("Members of the council"), self.members_empty)
        meetings = _titled(self.tr("Meetings of the council"), self.meetings_empty)
        decisions = _titled(self.tr("Decisions of the meeting"), self.decisions_empty)
        # each list with its toolbar, the meetings' first (the row shows it to begin with)
        self.toolbars = ((self.toolbar, meetings), (self.council_bar, councils),
                         (self.member_bar, members), (self.decision_bar, decisions))
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(councils)
        top.addWidget(members)
        top.setSizes([430, 610])
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(meetings)
        bottom.addWidget(decisions)
        bottom.setSizes([430, 610])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([220, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)
        self._update_actions()

        self.loader = Loader(tasks, lambda: services.governance.councils, self._councils_arrived,
                             self._failed)
        self.council_loader = Loader(tasks, self._prepare_council, self._council_arrived,
                                     self._failed)
        self.decisions_loader = Loader(tasks, self._prepare_decisions,
                                       self._decisions_arrived, self._failed)

    # --- texts ---
    def _about(self, d: DecisionRow) -> str:
        if d.subject_kind == DecisionSubject.NONE:
            return ""
        what = label(d.subject_kind)
        return f"{what}: {d.organization}" if d.organization else what

    def _decision_colour(self, d: DecisionRow):
        if d.overdue(date.today()):
            return BEHIND_TEXT
        return MUTED_TEXT if d.status == DecisionStatus.CANCELLED else None

    # --- loading: councils → the council's members and meetings → the meeting's decisions
    def reload(self) -> None:
        self.loader.run()

    def _failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Councils"), str(exc))

    def _councils_arrived(self, councils: list[CouncilData]) -> None:
        keep = self._select_council or self.current_council_id()
        self._select_council = None
        self._loaded = True
        self.councils = councils
        self.councils_model.set_rows(councils, keep_order=True)
        row = max(0, self.councils_model.row_of(keep))
        if councils:
            self.councils_table.selectRow(row)
        self._council_chosen()

    def current_council_id(self):
        council = selected_row(self.councils_table)
        return council.id if council else None

    def select_council(self, council_id) -> None:
        self.councils_table.selectRow(self.councils_model.row_of(council_id))

    def _council_chosen(self) -> None:
        self.council_loader.run()

    def _prepare_council(self):
        governance, council_id = self.services.governance, self.current_council_id()
        if council_id is None:
            return lambda: ([], [])
        return lambda: (governance.members(council_id), governance.meetings(council_id))

    def _council_arrived(self, result) -> None:
        members, meetings = result
        keep = self._select_meeting or self.current_meeting_id()
        self._select_meeting = None
        keep_member = self._select_member or self.current_member_id()
        self._select_member = None
        self.members_model.set_rows(members, keep_order=True)
        member_row = self.members_model.row_of(keep_member)
        if member_row >= 0:
            self.members_table.selectRow(member_row)
        self.meetings_model.set_rows(meetings)
        row = self.meetings_model.row_of(keep)
        self.meetings_table.selectRow(row if row >= 0 else 0)
        self._meeting_chosen()

    def current_meeting(self) -> MeetingRow | None:
        return selected_row(self.meetings_table)

    def current_meeting_id(self):
        meeting = self.current_meeting()
        return meeting.id if meeting else None

    def _meeting_chosen(self) -> None:
        self.decisions_loader.run()

    def _prepare_decisions(self):
        governance, meeting_id = self.services.governance, self.current_meeting_id()
        if meeting_id is None:
            return lambda: []
        return lambda: governance.decisions(meeting_id=meeting_id)

    def _decisions_arrived(self, rows: list[DecisionRow]) -> None:
        keep = self._select_decision or self.current_decision_id()
        self._select_decision = None
        self.decisions_model.set_rows(rows, keep_order=True)
        row = self.decisions_model.row_of(keep)
        if row >= 0:
            self.decisions_table.selectRow(row)

    def current_decision(self) -> DecisionRow | None:
        return selected_row(self.decisions_table)

    def current_decision_id(self):
        decision = self.current_decision()
        return decision.id if decision else None

    def current_council(self) -> CouncilData | None:
        return selected_row(self.councils_table)

    def current_member(self) -> MemberData | None:
        return selected_row(self.members_table)

    def current_member_id(self):
        member = self.current_member()
        return member.id if member else None

    def _update_actions(self) -> None:
        council = self.current_council_id() is not None
        meeting = self.current_meeting_id() is not None
        member = self.current_member_id() is not None
        decision = self.current_decision_id() is not None
        for action, enabled in ((self.edit_council_action, council),
                                (self.delete_council_action, council),
                                (self.new_member_action, council),
                                (self.edit_member_action, member),
                                (self.delete_member_action, member),
                                (self.edit_meeting_action, meeting),
                                (self.delete_meeting_action, meeting),
                                (self.protocol_action, meeting),
                                (self.print_action, meeting),
                                (self.new_decision_action, meeting),
                                (self.edit_decision_action, decision),
                                (self.delete_decision_action, decision),
                                (self.carry_out_action, decision)):
            action.setEnabled(enabled)
