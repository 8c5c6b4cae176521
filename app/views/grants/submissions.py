"""«Сданные формы»: handing in the monthly monitoring form from the window, the forms handed
in, and what changed in a month's figures since its form was handed in.

Handing in (``export_form(final=True)``) writes the workbook and its PDF together and keeps
the snapshot of the figures sent; the changes are read against the latest snapshot of the
month (``changes_since_submission``)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.formats import format_datetime, format_money
from app.services import clock
from app.services.errors import Cancelled, ServiceError
from app.services.permissions import Permission
from app.views import dialogs
from app.views.widgets.background import run_blocking
from app.views.widgets.columns import Col, ColumnsModel, make_table


def previous_month(today: date) -> date:
    """The month a form is usually handed in for: the one before ``today``'s."""
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


def month_text(month: date) -> str:
    return month.strftime("%m.%Y")


class SubmissionsDialog(QDialog):
    def __init__(self, services, tasks=None, month: date | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.monitoring = services.monitoring
        self.can_submit = services.actor.allows(Permission.MONITORING_SUBMIT)
        self.setWindowTitle(self.tr("Monthly forms handed in"))
        self.resize(860, 560)
        dialogs.room_for_text(self, 720)

        month = month or previous_month(clock.today())
        self.month_edit = QDateEdit(QDate(month.year, month.month, 1))
        self.month_edit.setDisplayFormat("MM.yyyy")
        self.month_edit.setCalendarPopup(True)
        self.month_edit.setMaximumWidth(130)
        self.month_edit.dateChanged.connect(lambda _d: self.reload())
        self.submit_button = QPushButton(self.tr("Hand in the form…"))
        self.submit_button.setEnabled(self.can_submit)
        if not self.can_submit:
            self.submit_button.setToolTip(self.tr(
                "Handing in the form needs the right to submit monitoring forms."))
        self.submit_button.clicked.connect(self.submit_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_edit)
        top.addWidget(self.submit_button)
        top.addStretch(1)

        self.state = QLabel()
        self.state.setWordWrap(True)
        self.changes = ColumnsModel([
            Col("what", self.tr("Record"), lambda c: c.what, tip=True),
            Col("figure", self.tr("Figure"), lambda c: c.figure),
            Col("before", self.tr("In the form handed in"), lambda c: _shown(c.before),
                right=True),
            Col("now", self.tr("Now"), lambda c: _shown(c.now), right=True),
        ])
        # a handful of rows in the service's order (the newest form first): no sorting, so
        # the headings need no room for a sort arrow
        self.changes_table = make_table(self.changes, 0, sortable=False,
                                        name="monitoringChanges")
        self.history = ColumnsModel([
            Col("month", self.tr("Month"), lambda r: month_text(r.month), sort=lambda r: r.month),
            Col("when", self.tr("Handed in"), lambda r: format_datetime(r.submitted_at),
                sort=lambda r: r.submitted_at),
            Col("who", self.tr("By"), lambda r: r.submitted_by),
        ])
        self.history_table = make_table(self.history, 2, sortable=False,
                                        name="monitoringSubmissions")
        self.history.sort(1, Qt.SortOrder.DescendingOrder)  # the newest form first
        self.history_table.doubleClicked.connect(self._history_chosen)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(QLabel(self.tr("Changed since the form was handed in:")))
        layout.addWidget(self.changes_table, 2)
        layout.addWidget(QLabel(self.tr("Forms handed in:")))
        layout.addWidget(self.history_table, 1)
        layout.addWidget(close)
        self.reload()

    def month(self) -> date:
        chosen = self.month_edit.date()
        return date(chosen.year(), chosen.month(), 1)

    def reload(self) -> None:
        """The history and the chosen month's changes (building the form takes a moment on a
        big register: off the GUI thread)."""
        month = self.month()
        monitoring = self.monitoring
        try:
            found = run_blocking(self, self.tr("Comparing with the form handed in…"),
                                 lambda progress, cancelled: (
                                     monitoring.submissions(),
                                     monitoring.changes_since_submission(month)),
                                 self.tasks)
        except ServiceError as exc:
            self.state.setText(str(exc))
            return
        history, changes = found
        self.history.set_rows(history)
        self.changes.set_rows(changes)
        self._size_columns()
        of_month = [r for r in history if r.month == month]
        if not of_month:
            self.state.setText(self.tr("The form for {month} has not been handed in yet.")
                               .format(month=month_text(month)))
        elif changes:
            self.state.setText(self.tr(
                "The form for {month} was handed in {when} ({who}); {count} figures changed "
                "since then: hand it in again or explain the changes.").format(
                month=month_text(month), when=format_datetime(of_month[0].submitted_at),
                who=of_month[0].submitted_by, count=len(changes)))
        else:
            self.state.setText(self.tr(
                "The form for {month} was handed in {when} ({who}); nothing changed since.")
                .format(month=month_text(month),
                        when=format_datetime(of_month[0].submitted_at),
                        who=of_month[0].submitted_by))

    def _size_columns(self) -> None:
        for table in (self.changes_table, self.history_table):
            table.size_columns()  # by the rows just shown, in the headings' (bold) font

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._size_columns()  # the style sheet's fonts are known once the dialog is shown

    def _history_chosen(self, index) -> None:
        row = self.history.row_at(index.row())
        self.month_edit.setDate(QDate(row.month.year, row.month.month, 1))

    def submit_clicked(self) -> None:
        month = self.month()
        if not dialogs.confirm(self, self.tr("Hand in the form"), self.tr(
                "Hand in the monitoring form for {month}? Its figures are kept as the ones "
                "sent; later changes will be shown against them.").format(
                month=month_text(month))):
            return
        name = dialogs.choose_save_file(
            self, self.tr("Save the form handed in"),
            self.tr("monitoring-form-{month}.xlsx").format(month=month.strftime("%Y-%m")),
            dialogs.excel_pattern())
        if name:
            self.submit(month, Path(name))

    def submit(self, month: date, workbook: Path) -> bool:
        """Hand in: the workbook and its PDF beside it, and the snapshot, in one step."""
        workbook = workbook.with_suffix(".xlsx")
        pdf = workbook.with_suffix(".pdf")
        monitoring = self.monitoring
        try:
            run_blocking(self, self.tr("Handing in the form…"),
                         lambda progress, cancelled: monitoring.export_form(
                             month, workbook, final=True, also=pdf), self.tasks)
        except Cancelled:
            return False
        except (ServiceError, OSError) as exc:
            dialogs.show_message(self, self.tr("Not handed in"), str(exc))
            return False
        dialogs.show_message(self, self.tr("Hand in the form"), self.tr(
            "Handed in: {workbook} and {pdf}.").format(workbook=workbook.name, pdf=pdf.name),
            warning=False)
        self.reload()
        return True


def _shown(value) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else format_money(value)
