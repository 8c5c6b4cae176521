"""What lies behind a row of the spending table: a line's procedures and contracts, a
source's lines, every contract for the total; a chosen contract's payments and acceptances.
Overdue contracts are red."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_date
from app.services import Services
from app.services.errors import ServiceError
from app.services.grants import ContractRow, SpendingRow, label
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.grants.common import fit_columns, record_table
from app.views.grants.record_model import Column, RecordTableModel
from app.views.widgets.filling_table import FillingTableView
from app.views.widgets.lazy_tabs import LazyTabs, lazy_tab
from app.views.widgets.loader import Loader

LINES, PROCEDURES, CONTRACTS = range(3)
LINE_COLUMN = 8  # of the contracts table: hidden when they all belong to one line


def _contracts_part(name: str) -> property:
    """A widget of the contracts tab, the tab made on first access."""
    return property(lambda panel: (panel.contracts_split, getattr(panel, name))[1])


class DrillDownPanel(QWidget):
    target_changed = Signal(str, object)  # "line", "procedure" or "contract"; its id
    line_opened = Signal(object)  # a line double-clicked in the source's list
    add_payment_requested = Signal()
    add_acceptance_requested = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.services = services
        self._lines: list[SpendingRow] = []
        self._then: Callable[[], object] | None = None  # for when the rows are read
        # the rows behind a scope chosen between the page's fetches, read off the GUI thread
        self._reader = Loader(tasks, lambda: self.fetch_rows(self.as_of, quiet=False),
                              self._rows_read, self._read_failed)
        self.scope: tuple[str, uuid.UUID | None] = ("total", None)
        self.as_of: date | None = None
        self.today = date.today()
        self.line_names: dict[uuid.UUID, str] = {}

        self.heading = QLabel()
        self.heading.setObjectName("drillHeading")
        self.heading.setStyleSheet("font-weight: 600; color: #1d2b36;")
        self.heading.setWordWrap(True)

        self.lines_model = RecordTableModel([
            Column(self.tr("Budget line"), lambda r: r.name),
            Column(self.tr("Category"), lambda r: label(r.category)),
            Column(self.tr("Planned"), lambda r: r.figures.planned, "money"),
            Column(self.tr("Contracted"), lambda r: r.figures.contracted, "money"),
            Column(self.tr("Paid"), lambda r: r.figures.paid, "money"),
            Column(self.tr("Overdue deliveries"), lambda r: r.overdue, "count"),
        ], self)
        self.lines_model.is_marked = lambda r: r.overdue > 0
        self.procedures_model = RecordTableModel([
            Column(self.tr("Subject"), lambda p: p.subject),
            Column(self.tr("Method"), lambda p: label(p.method)),
            Column(self.tr("Notice no."), lambda p: p.notice_no),
            Column(self.tr("Initial price"), lambda p: p.initial_price, "money"),
            Column(self.tr("Planned for"), lambda p: p.planned_on, "date"),
            Column(self.tr("Announced"), lambda p: p.announced_on, "date"),
            Column(self.tr("Status"), lambda p: label(p.status)),
        ], self)
        self.contracts_model = RecordTableModel([
            Column(self.tr("No."), lambda c: c.number),
            Column(self.tr("Signed"), lambda c: c.signed_on, "date"),
            Column(self.tr("Supplier"), lambda c: c.supplier),
            Column(self.tr("Sum"), lambda c: c.amount, "money"),
            Column(self.tr("Accepted"), lambda c: c.accepted, "money"),
            Column(self.tr("Paid"), lambda c: c.paid, "money"),
            Column(self.tr("Delivery due"), lambda c: c.delivery_due, "date"),
            Column(self.tr("Status"), lambda c: c.status, text=self._status_text),
            Column(self.tr("Budget line"), lambda c: self.line_names.get(c.line_id, "")),
        ], self)
        self.contracts_model.is_marked = lambda c: c.overdue(self.today)
        self.contracts_model.tooltip = self._contract_tooltip
        self.payments_model = RecordTableModel([
            Column(self.tr("Paid on"), lambda p: p.paid_on, "date"),
            Column(self.tr("Order no."), lambda p: p.order_no),
            Column(self.tr("Sum"), lambda p: p.amount, "money"),
            Column(self.tr("Reason for over-commitment"), lambda p: p.over_reason),
        ], self)
        self.acceptances_model = RecordTableModel([
            Column(self.tr("Accepted on"), lambda a: a.accepted_on, "date"),
            Column(self.tr("Document"), lambda a: a.document_no),
            Column(self.tr("Sum"), lambda a: a.amount, "money"),
        ], self)

        # the procedures tab is made when first shown, the contracts tab by a timer just
        # after: the section's first block makes the lines' table only (issue 19).  The
        # contracts tab is not left until shown: its minimum size sets the height the
        # splitter above leaves to this panel.  (Not singleShot(0): that runs in the same
        # pass of posted events as the page's construction, one block again.)
        self.lines_table = record_table(self.lines_model, 0)
        self.lines_table.doubleClicked.connect(
            lambda index: self.line_opened.emit(self.lines_model.row_at(index.row()).id))
        self._watch(self.lines_table, "line")
        self.tabs = LazyTabs()
        self.tabs.addTab(self.lines_table, "")
        self.tabs.add_lazy("", self._make_procedures)
        self.tabs.add_lazy("", self._make_contracts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.tabs.start()
        QTimer.singleShot(1, self, lambda: self.tabs.page(CONTRACTS))

    procedures_table = lazy_tab(PROCEDURES)
    contracts_split = lazy_tab(CONTRACTS)
    contracts_table = _contracts_part("_contracts_table")
    payments_table = _contracts_part("_payments_table")
    acceptances_table = _contracts_part("_acceptances_table")
    add_payment_button = _contracts_part("_add_payment_button")
    add_acceptance_button = _contracts_part("_add_acceptance_button")
    payments_title = _contracts_part("_payments_title")
    acceptances_title = _contracts_part("_acceptances_title")

    def _watch(self, table: FillingTableView, kind: str) -> None:
        table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._current_changed(table, kind, current))

    def _make_procedures(self) -> FillingTableView:
        table = record_table(self.procedures_model, 0)
        self._watch(table, "procedure")
        fit_columns(table)
        return table

    def _make_contracts(self) -> QSplitter:
        """The contracts tab: the contracts, the chosen one's payments and acceptances."""
        self._contracts_table = record_table(self.contracts_model, 2)
        self._watch(self._contracts_table, "contract")
        self._payments_table = record_table(self.payments_model, 3)
        self._acceptances_table = record_table(self.acceptances_model, 1)
        self._add_payment_button = QPushButton(self.tr("Add payment…"))
        self._add_payment_button.clicked.connect(self.add_payment_requested)
        self._add_acceptance_button = QPushButton(self.tr("Add acceptance…"))
        self._add_acceptance_button.clicked.connect(self.add_acceptance_requested)
        self._payments_title = QLabel()
        self._acceptances_title = QLabel()
        below = QWidget()
        columns = QHBoxLayout(below)
        columns.setContentsMargins(0, 0, 0, 0)
        for title, button, table, stretch in (
                (self._payments_title, self._add_payment_button, self._payments_table, 3),
                (self._acceptances_title, self._add_acceptance_button,
                 self._acceptances_table, 2)):
            title.setStyleSheet("font-weight: 600;")
            head = QHBoxLayout()
            head.addWidget(title, 1)
            head.addWidget(button)
            column = QVBoxLayout()
            column.addLayout(head)
            column.addWidget(table, 1)
            columns.addLayout(column, stretch)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._contracts_table)
        split.addWidget(below)
        split.setChildrenCollapsible(False)
        split.setSizes([180, 150])
        # what refresh would have done to it, had it been there
        self._contracts_table.setColumnHidden(LINE_COLUMN, self.scope[0] == "line")
        fit_columns(self._contracts_table)
        self._contract_titles(None)  # none chosen in a table just made
        return split

    # --- what is shown ---
    def show_row(self, row: SpendingRow, spending: list[SpendingRow], as_of: date | None,
                 today: date) -> None:
        """Show what lies behind ``row`` and open the tab that answers it best."""
        self.scope = (row.level, row.id)
        self.refresh(spending, as_of, today)
        self.tabs.setCurrentIndex(LINES if row.level == "source" else CONTRACTS)

    def fetch_rows(self, as_of: date | None, quiet: bool = True):
        """The work, to run off the GUI thread, that reads the procedures and contracts
        behind the scope for ``refresh`` (the page runs it with its own fetch).  ``quiet``:
        a failure gives None (``refresh`` reads them again and says why), else it raises."""
        grants = self.services.grants
        only = self.scope[1] if self.scope[0] == "line" else None

        def work():
            try:
                return only, as_of, grants.procurements(only), grants.contracts(only, as_of)
            except ServiceError:
                if not quiet:
                    raise
                return None

        return work

    @property
    def loading(self) -> bool:
        """The rows behind a newly chosen scope are being read."""
        return self._reader.loading

    def refresh(self, spending: list[SpendingRow], as_of: date | None, today: date,
                behind=None) -> None:
        """Show the scope again for ``spending`` (after a save or a new «as of» date):
        its heading and budget lines at once; its procedures and contracts from
        ``behind`` (what ``fetch_rows`` read) when that was for this scope and date, else
        read off the GUI thread and shown when they arrive."""
        self.as_of, self.today = as_of, today
        level, record_id = self.scope
        sources = [r for r in spending if r.level == "source"]
        every_line = [line for s in sources for line in s.children]
        self.line_names = {line.id: line.name for line in every_line}
        if level == "line" and record_id not in self.line_names or (
                level == "source" and all(s.id != record_id for s in sources)):
            self.scope = level, record_id = ("total", None)  # deleted meanwhile
        if level == "line":
            lines = [x for x in every_line if x.id == record_id]
            heading = self.tr("Budget line «{name}»: procedures and contracts").format(
                name=self.line_names[record_id])
        elif level == "source":
            source = next(s for s in sources if s.id == record_id)
            lines = source.children
            heading = self.tr("Source «{name}»: budget lines, procedures and contracts").format(
                name=source.name)
        else:
            lines = every_line
            heading = self.tr("All budget lines, procedures and contracts. Double-click a row "
                              "of the table above to see only what lies behind it.")
        if as_of is not None:
            heading += " " + self.tr("(as of {date})").format(date=format_date(as_of))
        self.heading.setText(heading)
        self.lines_model.set_rows(lines)
        self.tabs.setTabVisible(LINES, level != "line")
        self.tabs.setTabText(LINES, self.tr("Budget lines ({count})").format(count=len(lines)))
        fit_columns(self.lines_table)
        self._lines = lines
        if behind is not None and behind[:2] == self._wanted():
            self._show_behind(*behind[2:])
        else:  # a scope chosen (or none fetched with the page): read it in the background
            self._reader.run()

    def _wanted(self) -> tuple[uuid.UUID | None, date | None]:
        return (self.scope[1] if self.scope[0] == "line" else None), self.as_of

    def when_read(self, then: Callable[[], object]) -> None:
        """``then()`` once the scope's procedures and contracts are shown: now, or when the
        read under way brings them (only the last one waits)."""
        if self._reader.loading:
            self._then = then
        else:
            then()

    def _rows_read(self, behind) -> None:
        if behind[:2] == self._wanted():  # else a newer scope's read follows
            self._show_behind(*behind[2:])
            then, self._then = self._then, None
            if then is not None:
                then()

    def _read_failed(self, exc: Exception) -> None:
        self._then = None
        if not isinstance(exc, ServiceError):
            raise exc
        dialogs.show_message(self, self.tr("Grant and procurement"), str(exc))
        self._show_behind([], [])

    def _show_behind(self, procedures: list, contracts: list[ContractRow]) -> None:
        """The scope's procedures and contracts (of its budget lines) in their tabs."""
        level, today = self.scope[0], self.today
        ids = {x.id for x in self._lines}
        procedures = [p for p in procedures if p.line_id in ids]
        contracts = [c for c in contracts if c.line_id in ids]
        chosen = self.selected_contract()
        contracts_built = self.tabs.is_built(CONTRACTS)
        self.procedures_model.set_rows(procedures)
        self.contracts_model.set_rows(contracts)
        if contracts_built:
            self.contracts_table.setColumnHidden(LINE_COLUMN, level == "line")
        self.tabs.setTabText(PROCEDURES, self.tr("Procedures ({count})").format(
            count=len(procedures)))
        overdue = sum(1 for c in contracts if c.overdue(today))
        text = self.tr("Contracts ({count})").format(count=len(contracts))
        if overdue:
            text += " " + self.tr("— overdue: {count}").format(count=overdue)
        self.tabs.setTabText(CONTRACTS, text)
        if self.tabs.is_built(PROCEDURES):
            fit_columns(self.procedures_table)
        if contracts_built:
            fit_columns(self.contracts_table)
        if not (chosen and self.select_contract(chosen.id, show=False)):
            self._show_contract(None)

    def _status_text(self, c: ContractRow) -> str:
        # overdue implies «in force»: the one word says both
        return self.tr("Overdue") if c.overdue(self.today) else label(c.status)

    def _contract_tooltip(self, c: ContractRow) -> str:
        parts = [f"{c.supplier}, {self.tr('INN')} {c.supplier_inn}"]
        if c.subject:
            parts.append(c.subject)
        if c.procurement_notice:
            parts.append(self.tr("Notice no. {number}").format(number=c.procurement_notice))
        if c.over_reason:
            parts.append(self.tr("Reason for over-commitment: {reason}").format(
                reason=c.over_reason))
        return "\n".join(parts)

    # --- the chosen contract ---
    def selected_contract(self) -> ContractRow | None:
        if not self.tabs.is_built(CONTRACTS):
            return None  # no contracts' table yet: none chosen
        index = self.contracts_table.currentIndex()
        if not index.isValid() or not self.contracts_table.selectionModel().hasSelection():
            return None
        return self.contracts_model.row_at(index.row())

    def select_contract(self, contract_id, show: bool = True) -> bool:
        """Choose the contract (and, with ``show``, open the contracts tab)."""
        row = self.contracts_model.row_of(contract_id)
        if row < 0:
            return False
        if show:
            self.tabs.setCurrentIndex(CONTRACTS)
        self.contracts_table.selectRow(row)
        self._show_contract(self.contracts_model.row_at(row))
        return True

    def _current_changed(self, table, kind: str, current) -> None:
        model = table.model()
        row = model.row_at(current.row()) if current.isValid() else None
        if kind == "contract":
            self._show_contract(row)
        if row is not None:
            self.target_changed.emit(kind, row.id)

    def _show_contract(self, contract: ContractRow | None) -> None:
        payments, acceptances = [], []
        if contract is not None:
            try:
                payments = self.services.grants.payments(contract.id)
                acceptances = self.services.grants.acceptances(contract.id)
            except ServiceError as exc:
                dialogs.show_message(self, self.tr("Grant and procurement"), str(exc))
            if self.as_of is not None:  # the same date the contract's figures are counted to
                payments = [p for p in payments if p.paid_on <= self.as_of]
                acceptances = [a for a in acceptances if a.accepted_on <= self.as_of]
        self.payments_model.set_rows(payments)
        self.acceptances_model.set_rows(acceptances)
        if self.tabs.is_built(CONTRACTS):
            self._contract_titles(contract)

    def _contract_titles(self, contract: ContractRow | None) -> None:
        if contract is not None:
            self._payments_title.setText(self.tr("Payments under no. {number}").format(
                number=contract.number))
            self._acceptances_title.setText(self.tr("Acceptance under no. {number}").format(
                number=contract.number))
        else:
            self._payments_title.setText(self.tr("Payments: choose a contract above"))
            self._acceptances_title.setText(self.tr("Acceptance"))
        for table in (self._payments_table, self._acceptances_table):
            fit_columns(table, 110)
