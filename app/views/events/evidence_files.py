"""An event's evidence files (photos, scans): attach, save a copy, remove.  Files are kept
at once, apart from the dialog's Save, as the roadmap's attachments are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from app.services import Services
from app.services.errors import ServiceError
from app.settings import LAST_FOLDER, Settings
from app.views import dialogs
from app.views.widgets.colours import MUTED
from app.views.widgets.page import PagePart


class EvidenceFiles(PagePart):

    def __init__(self, services: Services, settings: Settings | None, event_id=None,
                 writable: bool = True, parent=None):
        super().__init__(services, None, parent, settings=settings)
        self.event_id = event_id
        self.touched = False  # a file was attached or removed
        self.list = QListWidget()
        self.list.setFixedHeight(74)
        self.list.itemDoubleClicked.connect(lambda _item: self.save_copy())
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.clicked.connect(self.attach)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.note = QLabel(self.tr("Save the event first, then attach its photos."))
        self.note.setStyleSheet(MUTED)
        buttons = QVBoxLayout()
        for button in (self.attach_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.attach_button.setVisible(writable)
        self.remove_button.setVisible(writable)
        self.set_event(event_id)

    def set_event(self, event_id) -> None:
        self.event_id = event_id
        self.note.setVisible(event_id is None)
        for button in (self.attach_button, self.save_button, self.remove_button):
            button.setEnabled(event_id is not None)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.event_id is None:
            return
        try:
            files = self.services.events.files(self.event_id)
        except ServiceError:
            files = []
        for file_id, name in files:
            self.list.addItem(name)
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, file_id)
        if self.list.count():
            self.list.setCurrentRow(0)

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _folder(self) -> str:
        return str(self.settings.get(LAST_FOLDER)) if self.settings else ""

    def _current(self):
        item = self.list.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole), item.text()) if item else (None, "")

    def attach(self) -> None:
        if self.event_id is None:
            return
        name = dialogs.choose_open_file(self, self.tr("Attach an evidence file"),
                                        self._folder(), self.tr("All files (*)"))
        if not name:
            return
        if self.settings:
            self.settings.set(LAST_FOLDER, str(Path(name).parent))
        try:
            attached = self.services.events.attach_file(self.event_id, Path(name))
        except (OSError, ServiceError) as exc:
            dialogs.show_message(self, self.tr("Not attached"), str(exc))
            return
        self.touched = True
        self.refresh()
        self.status.emit(self.tr("Attached: {name}").format(name=attached))

    def save_copy(self) -> None:
        file_id, shown = self._current()
        if file_id is None:
            return
        name = dialogs.choose_save_file(self, self.tr("Save attached file"), shown,
                                        self.tr("All files (*)"))
        if not name:
            return
        try:
            self.services.events.save_file(file_id, Path(name))
        except (OSError, ServiceError) as exc:
            dialogs.show_message(self, self.tr("Not saved"), str(exc))
            return
        self.status.emit(self.tr("Written: {path}").format(path=name))

    def remove(self) -> None:
        file_id, shown = self._current()
        if file_id is None:
            return
        if not dialogs.confirm(self, self.tr("Remove file"),
                               self.tr("Remove «{name}» from the event?").format(name=shown)):
            return
        try:
            self.services.events.remove_file(file_id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not removed"), str(exc))
            return
        self.touched = True
        self.refresh()
