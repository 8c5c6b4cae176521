"""Settings of this PC: interface language and which database to open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import display_url
from app.logs import log_file
from app.services import Services
from app.services.permissions import Permission
from app.settings import DATABASE_URL, LANGUAGE, Settings
from app.views import dialogs
from app.views.admin.accounts_page import AccountsPage
from app.views.admin.audit_page import AuditPage
from app.views.admin.backups_page import BackupsPage


class SettingsPage(QWidget):
    """General settings, and for those allowed: accounts, backups, the audit log."""

    restored = Signal()

    def __init__(self, services: Services, settings: Settings, parent=None):
        super().__init__(parent)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.general = GeneralSettings(services, settings)
        self.tabs.addTab(self.general, self.tr("General"))
        actor = services.actor
        self.accounts = self.backups = self.audit = None
        if actor.allows(Permission.USERS_MANAGE):
            self.accounts = AccountsPage(services)
            self.tabs.addTab(self.accounts, self.tr("Accounts"))
        if actor.allows(Permission.BACKUP_MAKE):
            self.backups = BackupsPage(services)
            self.backups.restored.connect(self.restored)
            self.tabs.addTab(self.backups, self.tr("Backups"))
        if actor.allows(Permission.AUDIT_READ):
            self.audit = AuditPage(services)
            self.tabs.addTab(self.audit, self.tr("Audit log"))
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def reload(self) -> None:
        page = self.tabs.currentWidget()
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

        self.database = QLineEdit(settings.get(DATABASE_URL))
        self.database.setPlaceholderText(self.tr(
            "empty: the local file; or postgresql://user:password@server/database"))
        current = QLabel(display_url(services.store.engine))
        current.setWordWrap(True)
        logs = QLabel(str(log_file()))
        logs.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Database to open"), self.database)
        form.addRow(self.tr("Database now open"), current)
        form.addRow(self.tr("Log file"), logs)

        save = QPushButton(self.tr("Save settings"))
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addStretch(1)
        note = QLabel(self.tr(
            "Changes take effect the next time ClusterDesk starts. The --db option and the "
            "CLUSTERDESK_DB environment variable take precedence over this setting."))
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def save(self) -> None:
        self.settings.set(LANGUAGE, self.language.currentData())
        self.settings.set(DATABASE_URL, self.database.text().strip())
        self.settings.sync()
        dialogs.show_message(self, self.tr("Settings"),
                             self.tr("Saved. Restart ClusterDesk to apply them."), warning=False)
