"""The event list: filters by plan, status, audience and «overdue only» (in SQL), search as
you type (in the model; the box is the page toolbar's), sorting, overdue rows in red, export of
what is shown to .xlsx; with no event at all, a sentence and a button to add the first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.services import Services
from app.services.errors import ServiceError
from app.services.event_codes import Audience, EventStatus, audience_label, status_label
from app.services.event_data import PlanData
from app.services.reports.xlsx import write_xlsx
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.events.events_model import EventsTableModel
from app.views.widgets.colours import OVERDUE_TEXT
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.filling_table import FillingTableView
from app.views.widgets.form_dialog import select_data
from app.views.widgets.labels import plan_name
from app.views.widgets.loader import Loader
from app.views.widgets.page import PagePart

_WIDTHS = (135, 330, 185, 190, 190, 200, 95, 95, 130)


class EventListTab(PagePart):
    open_event = Signal(object)  # an event id

    def __init__(self, services: Services, tasks: TaskRunner, search: QLineEdit | None = None,
                 on_add: Callable[[], None] | None = None, parent=None):
        """``search`` is the box that filters the list (the page toolbar's; the tab makes its
        own without it); ``on_add`` adds the first event from the empty list."""
        super().__init__(services, tasks, parent)
        self.model = EventsTableModel(self)
        self.loader = Loader(tasks, self._prepare, self._arrived, self._failed)
        self._select_after = None

        self.plan_filter = QComboBox()
        self.plan_filter.setMinimumWidth(210)
        self.plan_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_filter.addItem(self.tr("All plans"), None)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), "")
        for code in EventStatus:
            self.status_filter.addItem(status_label(code), code.value)
        self.audience_filter = QComboBox()
        self.audience_filter.addItem(self.tr("Any audience"), "")
        for code in Audience:
            self.audience_filter.addItem(audience_label(code), code.value)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setToolTip(self.tr("The date has passed and the event is not "
                                             "marked held or cancelled."))
        own_search = search is None
        if search is None:
            search = QLineEdit()
            search.setPlaceholderText(self.tr("Search by title, place, responsible…"))
            search.setClearButtonEnabled(True)
            search.setMinimumWidth(220)
        self.search = search
        self.search.textChanged.connect(self._search_changed)
        for combo in (self.plan_filter, self.status_filter, self.audience_filter):
            combo.currentIndexChanged.connect(lambda *_a: self.reload())
        self.overdue_only.toggled.connect(lambda *_a: self.reload())
        self.count_label = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.plan_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.audience_filter)
        filters.addWidget(self.overdue_only)
        if own_search:
            filters.addWidget(self.search, 1)
        else:
            filters.addStretch(1)

        self.table = FillingTableView(1)
        self.table.hidden_by_default = {"plan", "audiences"}  # the heading's menu shows them
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.set_widths(_WIDTHS)
        self.table.doubleClicked.connect(lambda _index: self._open_current())
        # a filter that finds nothing keeps the (empty) table: it is the filter that is empty
        self.empty_state = EmptyState(
            self.table, self.model, self.tr("There are no events yet."),
            self.tr("Add the first event") if on_add else None, on_add,
            is_empty=lambda: self.model.total == 0 and not self.filtered())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.empty_state, 1)
        layout.addWidget(self.count_label)

    # --- plans in the filter ---
    def set_plans(self, plans: list[PlanData]) -> None:
        current = self.plan_filter.currentData()
        self.plan_filter.blockSignals(True)
        self.plan_filter.clear()
        self.plan_filter.addItem(self.tr("All plans"), None)
        for plan in plans:
            self.plan_filter.addItem(plan_name(plan), plan.id)
            self.plan_filter.setItemData(self.plan_filter.count() - 1, plan.title,
                                         Qt.ItemDataRole.ToolTipRole)
        select_data(self.plan_filter, current)
        self.plan_filter.blockSignals(False)
        self.model.set_plans(plans)

    def filtered(self) -> bool:
        """A filter is on (the search aside: it filters in the model)."""
        return (self.plan_filter.currentData() is not None
                or bool(self.status_filter.currentData())
                or bool(self.audience_filter.currentData()) or self.overdue_only.isChecked())

    # --- loading ---
    def reload(self) -> None:
        self.loader.run()

    def _prepare(self):
        events = self.services.events
        plan_id, status = self.plan_filter.currentData(), self.status_filter.currentData()
        audience, overdue = self.audience_filter.currentData(), self.overdue_only.isChecked()
        return lambda: events.events(plan_id=plan_id, status=status, audience=audience,
                                     overdue=overdue)

    def _arrived(self, rows) -> None:
        keep = self._select_after or self.selected_id()
        self._select_after = None
        self.model.set_rows(rows)
        self._update_count()
        row = self.model.row_of(keep)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _failed(self, exc: Exception) -> None:
        dialogs.show_message(self, self.tr("Events"), str(exc))

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        text = (self.tr("{count} events").format(count=shown) if shown == total else
                self.tr("{shown} of {total}").format(shown=shown, total=total))
        late = self.model.overdue_count
        if late:
            text += " · " + self.tr("overdue: {count}").format(count=late)
        self.count_label.setText(text)
        self.count_label.setStyleSheet(f"color: {OVERDUE_TEXT};" if late else "")

    # --- selection ---
    def selected_id(self):
        index = self.table.currentIndex()
        return self.model.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select_after_load(self, event_id) -> None:
        self._select_after = event_id

    def _open_current(self) -> None:
        event_id = self.selected_id()
        if event_id is not None:
            self.open_event.emit(event_id)

    # --- export ---
    def export_file(self) -> None:
        name = dialogs.choose_save_file(self, self.tr("Export the event list"),
                                        self.tr("events.xlsx"), dialogs.excel_pattern())
        if not name:
            return
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the rows as shown (filtered, sorted) off the GUI thread."""
        report = self.model.report()
        self.status.emit(self.tr("Writing the event list…"))
        self.tasks.run(lambda: write_xlsx(report, path),
                       lambda _r: self.status.emit(self.tr("Written: {path}").format(path=path)),
                       self._export_failed)

    def _export_failed(self, exc: Exception) -> None:
        if not isinstance(exc, OSError | ServiceError):
            raise exc
        dialogs.show_message(self, self.tr("Not exported"), str(exc))
