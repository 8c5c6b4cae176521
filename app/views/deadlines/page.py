"""«Сроки»: every deadline of the cluster in one list — overdue, this week, this month, later —
by kind and responsible organisation, searchable and sortable; a double-click (or Enter)
opens the record's section.  Done ones drop off (the service lists only open deadlines).

The list can be saved as an .ics file for Outlook or a phone, and a subscription file can be
named: this PC rewrites it each time the list is loaded, so a calendar subscribed to it (a
file in a shared or synced folder) follows the deadlines.  Everything runs off the GUI
thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.formats import format_date
from app.services import Services
from app.services.base import translate
from app.services.clock import today as clock_today
from app.services.deadlines import KIND_LABELS, Deadline, Urgency
from app.services.tasks import TaskRunner
from app.settings import DEADLINES_SUBSCRIPTION, LAST_FOLDER, Settings
from app.views import dialogs
from app.views.deadlines.model import DeadlinesModel
from app.views.widgets.colours import ALERT, CALM
from app.views.widgets.columns import make_table
from app.views.widgets.page import SectionPage


class DeadlinesPage(SectionPage):
    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        self.today: date = clock_today()

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.urgency = QComboBox()
        self.urgency.addItem(self.tr("All open"), "")
        for urgency in (Urgency.OVERDUE, Urgency.WEEK, Urgency.MONTH):
            self.urgency.addItem(self._urgency_choice(urgency), urgency.value)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(translate("Deadlines", label), kind.value)
        self.responsible = QComboBox()
        self.responsible.addItem(self.tr("Everyone responsible"), "")
        self.responsible.setMinimumContentsLength(18)
        self.responsible.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        for combo in (self.urgency, self.kind, self.responsible):
            combo.currentIndexChanged.connect(self._refilter)
        self.search.textChanged.connect(self._refilter)

        self.model = DeadlinesModel(self)
        # the kit's rule: the title stretches, the rest fit a sample of rows, widths kept
        self.table = make_table(self.model, 3, name="deadlines")
        self.table.activated.connect(lambda index: self.open_row(index.row()))

        self.save_ics = QPushButton(self.tr("Save to calendar (.ics)…"))
        self.save_ics.setToolTip(self.tr("A file Outlook, Thunderbird or a phone's calendar "
                                         "imports; importing it again updates the entries."))
        self.save_ics.clicked.connect(self.choose_ics)
        self.subscribe = QPushButton(self.tr("Subscription file…"))
        self.subscribe.clicked.connect(self.choose_subscription)
        self.subscription = QLabel()
        self.subscription.setStyleSheet(f"color: {CALM};")
        self.subscription.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.urgency)
        filters.addWidget(self.kind)
        filters.addWidget(self.responsible, 1)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.save_ics)
        actions.addWidget(self.subscribe)
        actions.addWidget(self.subscription, 1)
        hint = QLabel(self.tr("Double-click a row to open its record. A deadline drops off "
                              "the list when its record is done."))
        hint.setStyleSheet(f"color: {CALM};")
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(actions)
        self._show_subscription()

    # --- loading ---
    def reload(self) -> None:
        self.summary.setText(self.tr("Loading…"))
        self.loader.run()

    def fetch(self):
        services, target = self.services, self.settings.get(DEADLINES_SUBSCRIPTION)

        def work():
            today = clock_today()
            rows = services.deadlines.deadlines(today=today)
            if target:  # the subscription follows the list; a failure is said, not fatal
                try:
                    services.deadlines.export_ics(target, today=today)
                except OSError as exc:
                    return today, rows, str(exc)
            return today, rows, ""

        return work

    def show_fetched(self, result) -> None:
        self.today, rows, subscription_error = result
        chosen = self.responsible.currentData()
        self.responsible.blockSignals(True)
        self.responsible.clear()
        self.responsible.addItem(self.tr("Everyone responsible"), "")
        for name in sorted({d.responsible for d in rows if d.responsible}, key=str.casefold):
            self.responsible.addItem(name, name)
        found = self.responsible.findData(chosen)
        self.responsible.setCurrentIndex(max(found, 0))
        self.responsible.blockSignals(False)
        self.model.set_rows(rows, self.today)
        self._refilter()
        self._summarise(rows)
        if subscription_error:
            self.status.emit(self.tr("The subscription file could not be written: {error}")
                             .format(error=subscription_error))

    def fetch_failed(self, exc: Exception) -> None:
        self.summary.setText(self.tr("The deadlines could not be read: {error}").format(
            error=exc))
        self.summary.setStyleSheet(f"color: {ALERT};")

    def _summarise(self, rows: list[Deadline]) -> None:
        counts = {u: 0 for u in Urgency}
        for d in rows:
            counts[d.urgency(self.today)] += 1
        self.summary.setText(self.tr("On {date}: overdue {overdue}, this week {week}, this "
                                     "month {month}, later {later}.").format(
            date=format_date(self.today), overdue=counts[Urgency.OVERDUE],
            week=counts[Urgency.WEEK], month=counts[Urgency.MONTH],
            later=counts[Urgency.LATER]))
        self.summary.setStyleSheet(f"color: {ALERT};" if counts[Urgency.OVERDUE] else "")

    def _refilter(self, *_args) -> None:
        self.model.set_filter(self.urgency.currentData() or "", self.kind.currentData() or "",
                              self.responsible.currentData() or "", self.search.text())

    # --- rows ---
    def open_row(self, row: int) -> None:
        d = self.model.deadline(row)
        if d is not None:
            self.link_requested.emit(d.section, d.kind, d.record_id)

    def shown(self) -> list[Deadline]:
        """For tests: the deadlines listed, in the order shown."""
        return [self.model.deadline(r) for r in range(self.model.rowCount())]

    # --- calendar files ---
    def choose_ics(self) -> None:
        folder = self.settings.get(LAST_FOLDER) or str(Path.home())
        name = dialogs.choose_save_file(self, self.tr("Save the deadlines"),
                                        str(Path(folder) / self.tr("deadlines.ics")),
                                        self.tr("Calendar files (*.ics)"))
        if name:
            self.write_ics(name)

    def write_ics(self, name: str) -> None:
        path = Path(name) if Path(name).suffix.lower() == ".ics" else Path(name + ".ics")
        self.settings.set(LAST_FOLDER, str(path.parent))
        services = self.services
        self.save_ics.setEnabled(False)

        def done(count: int) -> None:
            self.save_ics.setEnabled(True)
            self.status.emit(self.tr("{count} deadlines saved to {path}").format(
                count=count, path=path))

        def failed(exc: Exception) -> None:
            self.save_ics.setEnabled(True)
            dialogs.show_message(self, self.tr("Save the deadlines"),
                                 self.tr("The file could not be written: {error}").format(
                                     error=exc))

        self.tasks.run(lambda: services.deadlines.export_ics(path), done, failed)

    def choose_subscription(self) -> None:
        current = self.settings.get(DEADLINES_SUBSCRIPTION)
        folder = str(Path(current).parent) if current else str(Path.home())
        name = dialogs.choose_save_file(
            self, self.tr("Subscription file"),
            current or str(Path(folder) / self.tr("deadlines.ics")),
            self.tr("Calendar files (*.ics)"))
        if name:
            self.set_subscription(name)

    def set_subscription(self, name: str) -> None:
        """Remember the subscription file (or "" for none) and write it now."""
        if name and Path(name).suffix.lower() != ".ics":
            name += ".ics"
        self.settings.set(DEADLINES_SUBSCRIPTION, name)
        self._show_subscription()
        if name:
            self.reload()

    def _urgency_choice(self, urgency: Urgency) -> str:
        """The filter's wording: «this week» includes what is overdue."""
        if urgency == Urgency.OVERDUE:
            return self.tr("Overdue")
        if urgency == Urgency.WEEK:
            return self.tr("Overdue and this week")
        return self.tr("Overdue and this month")

    def _show_subscription(self) -> None:
        target = self.settings.get(DEADLINES_SUBSCRIPTION)
        self.subscription.setText(
            self.tr("Calendars subscribed to {path} follow this list.").format(path=target)
            if target else self.tr("No subscription file: a calendar can subscribe to one kept "
                                   "in a shared or synced folder."))

