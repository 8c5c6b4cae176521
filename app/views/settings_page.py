"""Settings of this PC: interface language and which database to open."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.logs import log_file
from app.services import Services, connection
from app.services.cluster import MAX_DUE_DAY
from app.services.errors import ServiceError
from app.services.permissions import Permission
from app.services.tasks import TaskRunner
from app.services.training import MAX_STANDARD_HOURS, category_label
from app.settings import DATABASE_URL, LANGUAGE, Settings
from app.views import dialogs
from app.views.admin.accounts_page import AccountsPage
from app.views.admin.audit_page import AuditPage
from app.views.admin.backups_page import BackupsPage
from app.views.connection_dialog import ConnectionDialog
from app.views.widgets.lazy_tabs import LazyTabs
from app.views.widgets.page import SectionPage


class SettingsPage(SectionPage):
    """General settings, and for those allowed: accounts, backups, the audit log."""

    def __init__(self, services: Services, settings: Settings, tasks: TaskRunner, parent=None):
        super().__init__(services, settings, tasks, parent)
        title = self.title_label(self.tr("Settings"))
        # the administrator's tabs are built when first shown: the section opens with only
        # «General» made (issue 19)
        self.tabs = LazyTabs()
        self.general = GeneralSettings(services, settings)
        general = QScrollArea()  # the window stays small on a laptop: this tab scrolls
        general.setWidgetResizable(True)
        general.setFrameShape(QFrame.Shape.NoFrame)
        general.setWidget(self.general)
        self.tabs.addTab(general, self.tr("General"))
        actor = services.actor
        self._tab: dict[str, int] = {}
        if actor.allows(Permission.USERS_MANAGE):
            self._tab["accounts"] = self.tabs.add_lazy(self.tr("Accounts"),
                                                       lambda: AccountsPage(services))
        if actor.allows(Permission.BACKUP_MAKE):
            self._tab["backups"] = self.tabs.add_lazy(self.tr("Backups"),
                                                      lambda: BackupsPage(services))
        if actor.allows(Permission.AUDIT_READ):
            self._tab["audit"] = self.tabs.add_lazy(self.tr("Audit log"),
                                                    lambda: AuditPage(services, tasks))
        self.tabs.built.connect(self._built)
        self.tabs.currentChanged.connect(lambda _i: self.reload())  # after the tab is made
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.tabs.start()

    def _lazy(self, name: str):
        """A tab's page, made now if it was not yet; None where the role has no such tab."""
        index = self._tab.get(name)
        return None if index is None else self.tabs.page(index)

    accounts = property(lambda self: self._lazy("accounts"))
    backups = property(lambda self: self._lazy("backups"))
    audit = property(lambda self: self._lazy("audit"))

    def _built(self, index: int, page: QWidget) -> None:
        if index == self._tab.get("backups"):
            page.restored.connect(self.restored)

    def reload(self) -> None:
        page = self.tabs.current_page()
        if hasattr(page, "reload"):
            page.reload()


class GeneralSettings(QWidget):
    def __init__(self, services: Services, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings

        self.language = QComboBox()
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))

        self.opened = services.store.connection_label()
        current = QLabel(self.opened)
        current.setWordWrap(True)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self._show_chosen()
        connect = QPushButton(self.tr("Database connection…"))
        connect.clicked.connect(self.choose_connection)
        logs = QLabel(str(log_file()))
        logs.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Database now open"), current)
        form.addRow(self.tr("Database to open"), self.chosen)
        form.addRow("", connect)
        form.addRow(self.tr("Log file"), logs)

        save = QPushButton(self.tr("Save settings"))
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addStretch(1)
        note = QLabel(self.tr(
            "Changes take effect the next time ClusterDesk starts. A database named when the "
            "program is started (by a shortcut or an administrator) is opened instead."))
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.standards = TrainingStandards(services)
        layout.addWidget(self.standards)
        self.due_day = MonitoringDueDay(services)
        layout.addWidget(self.due_day)
        layout.addStretch(1)

    def save(self) -> None:
        self.settings.set(LANGUAGE, self.language.currentData())
        self.settings.sync()
        dialogs.show_message(self, self.tr("Settings"),
                             self.tr("Saved. Restart ClusterDesk to apply them."), warning=False)


    def _show_chosen(self) -> None:
        url = self.settings.get(DATABASE_URL)
        self.chosen.setText(connection.describe(url) if url else self.tr(
            "The file in your data folder ({path})").format(path=connection.default_file()))

    def choose_connection(self) -> bool:
        """«Подключение к базе…»: True when a new choice was saved."""
        dialog = ConnectionDialog(self.settings, self.opened, self)
        if dialog.exec() != ConnectionDialog.DialogCode.Accepted:
            return False
        self._show_chosen()
        dialogs.show_message(self, self.tr("Database connection"),
                             self.tr("Saved. Restart ClusterDesk to open this database."),
                             warning=False)
        return True


class TrainingStandards(QGroupBox):
    """The standard hours of training programmes: data the indicators count by, kept in the
    database for every computer (not a preference of this PC)."""

    def __init__(self, services: Services, parent=None):
        super().__init__(self.tr("Training standards (academic hours)"), parent)
        self.services = services
        self.editable = services.actor.allows(Permission.INDICATORS_WRITE)
        current = services.training.standard_hours()
        self.fields: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for category, hours in current.items():
            field = QSpinBox()
            field.setRange(1, MAX_STANDARD_HOURS)
            field.setValue(hours)
            field.setSuffix(self.tr(" h"))
            field.setEnabled(self.editable)
            field.setMaximumWidth(160)
            self.fields[category] = field
            form.addRow(category_label(category), field)
        note = QLabel(self.tr(
            "A course shorter than its category's standard is kept but does not count toward "
            "the training indicators. These values are stored in the database: they apply on "
            "every computer and in every report."))
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save standards"))
        self.save_button.setEnabled(self.editable)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)

    def save(self) -> None:
        try:
            saved = self.services.training.set_standard_hours(
                {category: field.value() for category, field in self.fields.items()})
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Training standards"), str(exc))
            return
        for category, hours in saved.items():
            self.fields[category].setValue(hours)
        dialogs.show_message(self, self.tr("Training standards"),
                             self.tr("Saved: the indicators count by the new standards."),
                             warning=False)


class MonitoringDueDay(QGroupBox):
    """The day of the next month by which the monthly monitoring form is due: cluster data
    (the data check and «Сроки» count by it on every computer)."""

    def __init__(self, services: Services, parent=None):
        super().__init__(self.tr("Monthly monitoring form"), parent)
        self.services = services
        editable = services.actor.allows(Permission.CLUSTER_WRITE)
        self.day = QSpinBox()
        self.day.setRange(1, MAX_DUE_DAY)
        self.day.setValue(services.cluster.monitoring_due_day())
        self.day.setEnabled(editable)
        self.day.setMaximumWidth(160)
        self.save_button = QPushButton(self.tr("Save the due day"))
        self.save_button.setEnabled(editable)
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Due by this day of the next month:"), self.day)
        note = QLabel(self.tr("A month's form not handed in («report monitoring --final») by "
                              "this day is overdue in «Сроки» and in the data check."))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)

    def save(self) -> None:
        try:
            saved = self.services.cluster.set_monitoring_due_day(self.day.value())
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Monthly monitoring form"), str(exc))
            return
        self.day.setValue(saved)
        dialogs.show_message(self, self.tr("Monthly monitoring form"),
                             self.tr("Saved: the form is due by day {day} of the next month.")
                             .format(day=saved), warning=False)
