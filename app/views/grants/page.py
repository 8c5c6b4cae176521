"""The grant and procurement section (грант и закупки): spending per source and budget line
as of a date, what lies behind a row, the monthly chart; the contracts register imported, the
monitoring form exported and printed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QStyledItemDelegate,
    QToolButton,
    QTreeView,
    QVBoxLayout,
)

from app.services import Services
from app.services.errors import ServiceError
from app.services.grants import SpendingRow
from app.services.importers import registry as importers
from app.services.tasks import TaskRunner
from app.settings import Settings
from app.views import dialogs, printing
from app.views.grants.chart import MonthlyChart
from app.views.grants.common import OVERDUE_TEXT, sample_widths
from app.views.grants.drilldown import DrillDownPanel
from app.views.grants.editor import GrantEditor
from app.views.grants.spending_model import SpendingModel
from app.views.grants.submissions import SubmissionsDialog
from app.views.widgets import importing
from app.views.widgets.date_edit import OptionalDateEdit
from app.views.widgets.empty_state import EmptyState
from app.views.widgets.lazy_tabs import LazyTabs, lazy_tab
from app.views.widgets.page import SectionPage
from app.views.widgets.page_actions import PageToolbar, set_tip

NAME_MINIMUM = 240
MONTHS = 1  # the chart's tab (the spending table's is the first)


class _NameDelegate(QStyledItemDelegate):
    """Sources cut at the end (their names differ at the start); lines in the middle:
    «Оборудование: Мастерская …» differ only at the end."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        row = index.model().row_at(index)
        option.textElideMode = (Qt.TextElideMode.ElideMiddle if row and row.level == "line"
                                else Qt.TextElideMode.ElideRight)


class SpendingTree(QTreeView):
    """The name column takes the width the figures leave (never less than NAME_MINIMUM)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.widths: list[int] = []

    def fit(self) -> None:
        if not self.widths:
            return
        for column, width in enumerate(self.widths[1:], start=1):
            self.setColumnWidth(column, width)
        others = sum(self.widths[1:])
        self.setColumnWidth(0, max(NAME_MINIMUM, self.viewport().width() - others))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()


class GrantsPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        self.spending: list[SpendingRow] = []
        self.target: tuple[str, object] | None = None  # what Edit and Delete act on
        self._select_after: tuple[str, object] | None = None
        self.after_load: Callable[[], None] | None = None  # once, after the next load
        self.editor = GrantEditor(self)

        title = self.title_label(self.tr("Grant and procurement"))
        self.toolbar = self._make_toolbar()

        self.as_of_edit = OptionalDateEdit()
        self.as_of_edit.setSpecialValueText(self.tr("today"))
        self.as_of_edit.setMaximumWidth(150)
        self.as_of_edit.setToolTip(self.tr("The figures as they stood on this date; "
                                           "empty means today."))
        self.as_of_edit.dateChanged.connect(lambda *_a: self.reload())
        today_button = QToolButton()
        today_button.setText(self.tr("Today"))
        today_button.clicked.connect(self.as_of_edit.clear_value)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueCount")
        self.units = QComboBox()
        self.units.addItem(self.tr("in thousands of roubles"), True)
        self.units.addItem(self.tr("in roubles and kopecks"), False)
        self.units.currentIndexChanged.connect(self._units_changed)
        info = QHBoxLayout()
        info.addWidget(QLabel(self.tr("As of:")))
        info.addWidget(self.as_of_edit)
        info.addWidget(today_button)
        info.addSpacing(20)
        info.addWidget(self.overdue_label)
        info.addStretch(1)
        info.addWidget(QLabel(self.tr("Sums:")))
        info.addWidget(self.units)

        self.model = SpendingModel(self)
        self.tree = SpendingTree()
        self.tree.setModel(self.model)
        self.tree.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.tree.setSortingEnabled(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(16)
        self.tree.setItemDelegateForColumn(0, _NameDelegate(self.tree))
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.header().setStretchLastSection(False)
        self.tree.activated.connect(self.drill)  # a double click, or Enter
        self.tree.selectionModel().currentRowChanged.connect(self._tree_current_changed)
        self.tree.setToolTip(self.tr("Double-click a row to see what lies behind it."))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.drill_action = QAction(self.tr("Show procedures and contracts"), self)
        self.drill_action.triggered.connect(lambda: self.drill(self.tree.currentIndex()))
        self.tree.addActions([self.drill_action, self.edit_action, self.delete_action])

        self.details = DrillDownPanel(services, tasks)
        self.details.target_changed.connect(self._details_target)
        self.details.line_opened.connect(self.drill_line)
        self.details.add_payment_requested.connect(self.editor.add_payment)
        self.details.add_acceptance_requested.connect(self.editor.add_acceptance)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.details)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 400])

        # the chart is made when its tab is first shown: the section opens without it
        self._monthly_year: int | None = None  # the year of the last rows, for the next fetch
        self.tabs = LazyTabs()
        self.tabs.addTab(self.splitter, self.tr("Spending"))
        self.tabs.add_lazy(self.tr("By month"), self._make_chart)
        # no source yet: neither the table nor the chart has anything to show
        self.empty_state = EmptyState(
            self.tabs, self.model, self.tr("There is no funding source yet."),
            self.tr("Add the first funding source"), self.editor.add_source,
            is_empty=lambda: not any(r.level == "source" for r in self.spending))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.toolbar)
        layout.addLayout(info)
        layout.addWidget(self.empty_state, 1)
        self.tabs.start()

    chart = lazy_tab(MONTHS)

    def _make_chart(self) -> MonthlyChart:
        chart = MonthlyChart()
        chart.year_changed.connect(self.reload_chart)
        return chart

    def _chart_year(self) -> int:
        if self.tabs.is_built(MONTHS):
            return self.chart.year.value()
        return self._monthly_year if self._monthly_year is not None else date.today().year

    def _show_monthly(self, year: int, rows: list) -> None:
        self._monthly_year = year
        self.tabs.when_built(MONTHS, lambda chart: chart.set_rows(year, rows))

    def _make_toolbar(self) -> PageToolbar:
        toolbar = PageToolbar()
        menu = self.add_menu = QMenu(self)
        self.add_source_action = menu.addAction(self.tr("Funding source…"),
                                                self.editor.add_source)
        self.add_line_action = menu.addAction(self.tr("Budget line…"), self.editor.add_line)
        self.add_procedure_action = menu.addAction(self.tr("Procurement procedure…"),
                                                   self.editor.add_procedure)
        self.add_contract_action = menu.addAction(self.tr("Contract…"), self.editor.add_contract)
        self.add_payment_action = menu.addAction(self.tr("Payment…"), self.editor.add_payment)
        self.add_acceptance_action = menu.addAction(self.tr("Acceptance document…"),
                                                    self.editor.add_acceptance)
        # «Add» is the menu of what can be added: the button, its arrow and Ctrl+N open it
        self.add_action = toolbar.standard("add", self.open_add_menu)
        self.add_action.setMenu(menu)
        self.edit_action = toolbar.standard("edit", self.editor.edit)
        self.delete_action = toolbar.standard("delete", self.editor.delete)
        self.import_action = toolbar.standard("import", self.import_contracts,
                                              self.tr("Import contracts…"))
        set_tip(self.import_action,
                self.tr("Import contracts and payments from an .xlsx register"))
        self.export_action = toolbar.standard("export", self.export_monthly_form,
                                              self.tr("Export monthly form…"))
        set_tip(self.export_action, self.tr("Export the monthly monitoring form to a file"))
        self.print_action = toolbar.standard("print", self.print_monthly_form)
        set_tip(self.print_action, self.tr("Print the monthly monitoring form"))
        self.submissions_action = toolbar.extra(self.tr("Forms handed in…"),
                                                self.open_submissions, "mdi6.send-check-outline",
                                                file_action=True)
        set_tip(self.submissions_action, self.tr(
            "Hand in the monthly monitoring form; the forms handed in and what changed since"))
        self.refresh_action = toolbar.standard("refresh", self.reload)
        # the tool button of the «Add» action: its arrow opens the menu, a click too
        self.add_button = toolbar.widgetForAction(self.add_action)
        if isinstance(self.add_button, QToolButton):
            self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        return toolbar

    def open_add_menu(self) -> None:
        """Ctrl+N: the «Add» menu under its button (at the cursor when the button is
        hidden), to choose with the arrow keys."""
        button = self.add_button
        if isinstance(button, QToolButton) and button.isVisible():
            where = button.mapToGlobal(QPoint(0, button.height()))
        else:
            where = QCursor.pos()
        self.add_menu.popup(where)

    # --- loading ---
    def as_of(self) -> date | None:
        return self.as_of_edit.value()

    def today(self) -> date:
        """The day deliveries are judged overdue on: the «as of» date, or today."""
        return self.as_of() or date.today()

    def fetch(self):
        grants, as_of, today, year = (self.services.grants, self.as_of(), self.today(),
                                      self._chart_year())
        behind = self.details.fetch_rows(as_of)  # what lies behind the chosen row

        def work():
            return grants.spending(as_of, today), grants.monthly(year), year, behind()

        return work

    def show_fetched(self, result) -> None:
        self.spending, monthly, year, behind = result
        keep = self._select_after or self._current_key()
        self._select_after = None
        self.model.set_rows(self.spending)
        self.tree.expandAll()
        self._fit_tree()
        if keep is not None:
            index = self.model.index_of(*keep)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        count = self.model.overdue_count
        self.overdue_label.setText(self.tr("Overdue deliveries: {count}").format(count=count))
        self.overdue_label.setStyleSheet(
            f"color: {OVERDUE_TEXT}; font-weight: 600;" if count else "color: #2e6b3a;")
        self._show_monthly(year, monthly)
        self.details.refresh(self.spending, self.as_of(), self.today(), behind)
        then, self.after_load = self.after_load, None
        if then is not None:
            then()

    def reload_chart(self, year: int) -> None:
        self.tasks.run(lambda: self.services.grants.monthly(year),
                       lambda rows: self._show_monthly(year, rows), self.fetch_failed)

    def _units_changed(self, *_args) -> None:
        self.model.set_thousands(bool(self.units.currentData()))
        self._fit_tree()

    def _fit_tree(self) -> None:
        self.tree.widths = sample_widths(self.tree, maximum=420, padding=12)
        self.tree.fit()

    # --- selection and drill-down ---
    def _current_key(self):
        row = self.model.row_at(self.tree.currentIndex())
        return (row.level, row.id) if row else None

    def _tree_current_changed(self, current, _previous) -> None:
        row = self.model.row_at(current)
        self.target = (row.level, row.id) if row and row.level != "total" else None

    def _details_target(self, kind: str, record_id) -> None:
        self.target = (kind, record_id)

    def show_record(self, kind: str, record_id) -> None:
        """Another section asks for a contract (an item's «Open contract»): it is chosen
        among the rows below the table once the page has loaded."""
        if kind != "contract":
            return
        self.tabs.setCurrentIndex(0)
        self.after_load = lambda: self.editor.show_contract(None, record_id)
        self.reload()

    def select(self, level: str, record_id) -> bool:
        index = self.model.index_of(level, record_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        return index.isValid()

    def drill(self, index) -> None:
        row = self.model.row_at(index)
        if row is None:
            return
        self.tabs.setCurrentIndex(0)
        self.details.show_row(row, self.spending, self.as_of(), self.today())

    def drill_line(self, line_id) -> None:
        if self.select("line", line_id):
            self.drill(self.tree.currentIndex())

    # --- export ---
    def export_monthly_form(self) -> None:
        dialog = self.editor.month_dialog()
        if not dialog.exec():
            return
        month = dialog.month()
        name = dialogs.choose_save_file(
            self, self.tr("Export the monthly monitoring form"),
            self.tr("monitoring-form-{month}.xlsx").format(month=month.strftime("%Y-%m")),
            dialogs.export_pattern())
        if not name:
            return
        if not name.lower().endswith((".xlsx", ".pdf")):
            name += ".xlsx"
        self.export_form(month, Path(name))

    def print_monthly_form(self) -> None:
        dialog = self.editor.month_dialog(for_print=True)
        if dialog.exec():
            self.print_form(dialog.month())

    def print_form(self, month: date) -> int:
        """The month's monitoring form (a draft) on the printer chosen; the pages printed."""
        monitoring = self.services.monitoring
        title = self.tr("Monthly monitoring form, {month}").format(
            month=month.strftime("%m.%Y"))
        return printing.print_report(
            self, title, lambda path: monitoring.export_form(month, path, final=False))

    def export_form(self, month: date, path: Path) -> None:
        """Write the monitoring form off the GUI thread; xlsx or pdf by the extension."""
        monitoring = self.services.monitoring
        self.status.emit(self.tr("Writing the monitoring form…"))
        self.tasks.run(lambda: monitoring.export_form(month, path, final=False),
                       lambda _r: self.status.emit(self.tr("Written: {path}").format(path=path)),
                       self._export_failed)

    def open_submissions(self) -> SubmissionsDialog:
        dialog = SubmissionsDialog(self.services, self.tasks, parent=self)
        dialog.open()
        return dialog

    def _export_failed(self, exc: Exception) -> None:
        if not isinstance(exc, OSError | ServiceError):
            raise exc
        dialogs.show_message(self, self.tr("Not exported"), str(exc))

    # --- import ---
    def import_contracts(self) -> None:
        path = importing.choose_spreadsheet(self, self.settings,
                                            self.tr("Import contracts and payments"))
        if path is not None:
            self.run_import(path)

    def run_import(self, path: Path) -> None:
        """Import the register off the GUI thread: everything or nothing."""
        importing.run_import(self, self.tasks, self.tr("Importing contracts…"),
                             lambda **kw: importers.run_import(self.services, "contracts",
                                                               path, **kw),
                             lambda _result: self.reload())
