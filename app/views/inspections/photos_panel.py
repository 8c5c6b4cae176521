"""The photos of an inspection as thumbnails: add from files, a caption and the checklist item
each photo proves, remove after a yes."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.services.errors import ServiceError
from app.services.inspection_data import InspectionData
from app.services.photos import PhotoData
from app.views import dialogs
from app.views.widgets.form_dialog import select_data

THUMB = QSize(128, 96)


class PhotosPanel(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.inspection: InspectionData | None = None
        self.photos: dict[uuid.UUID, PhotoData] = {}
        # a photo's tile, read once: the panel is filled again after every saved answer, and
        # a photo's thumbnail never changes (a new picture is a new photo)
        self._icons: dict[uuid.UUID, QIcon] = {}
        self.editable = False

        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setGridSize(QSize(THUMB.width() + 16, THUMB.height() + 50))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.currentItemChanged.connect(lambda *_a: self._show_current())

        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("Caption"))
        self.caption.editingFinished.connect(self._save_details)
        self.item = QComboBox()
        self.item.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item.setMinimumContentsLength(20)
        self.item.activated.connect(lambda _i: self._save_details())
        self.add_button = QPushButton(self.tr("Add photos…"))
        self.add_button.clicked.connect(lambda: self.add_photo())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_photo)

        details = QHBoxLayout()
        details.addWidget(self.caption, 3)
        details.addWidget(self.item, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addLayout(details)

    # --- showing ---
    def set_inspection(self, data: InspectionData, editable: bool) -> None:
        self.inspection, self.editable = data, editable
        keep = self.current_id()
        self.item.blockSignals(True)
        self.item.clear()
        self.item.addItem(self.tr("— not linked to an item —"), None)
        for answer in data.answers:
            self.item.addItem(answer.text, answer.item_id)
            self.item.setItemData(self.item.count() - 1, answer.text,
                                  Qt.ItemDataRole.ToolTipRole)
        self.item.blockSignals(False)
        self.list.clear()
        self.photos = {p.id: p for p in data.photos}
        self._icons = {key: icon for key, icon in self._icons.items() if key in self.photos}
        for photo in data.photos:
            entry = QListWidgetItem(self._icon(photo), photo.caption or photo.filename)
            entry.setData(Qt.ItemDataRole.UserRole, photo.id)
            entry.setToolTip("\n".join(filter(None, (photo.caption, photo.filename,
                                                     photo.item_text))))
            self.list.addItem(entry)
            if photo.id == keep:
                self.list.setCurrentItem(entry)
        self.title.setText(self.tr("Photos: {count}").format(count=len(data.photos)))
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)
        self._show_current()

    def _icon(self, photo: PhotoData) -> QIcon:
        icon = self._icons.get(photo.id)
        if icon is not None:
            return icon
        pixmap = QPixmap()
        try:
            pixmap.loadFromData(self.services.photos.thumbnail(photo.id))
        except ServiceError:
            return QIcon(pixmap)  # a photo gone meanwhile: an empty tile, the next refresh drops it
        icon = self._icons[photo.id] = QIcon(pixmap)
        return icon

    def current_id(self) -> uuid.UUID | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def _show_current(self) -> None:
        photo = self.photos.get(self.current_id())
        self.caption.setText(photo.caption if photo else "")
        select_data(self.item, photo.item_id if photo else None)
        for widget in (self.caption, self.item):
            widget.setEnabled(photo is not None and self.editable)
        self.remove_button.setEnabled(photo is not None)

    # --- changing ---
    def add_photo(self, item_id: uuid.UUID | None = None) -> None:
        """Photos, many at once: each file is added on its own; those that could not be are
        named in one message at the end."""
        if self.inspection is None:
            return
        names = dialogs.choose_open_files(
            self, self.tr("Add photos"), "",
            self.tr("Pictures (*.jpg *.jpeg *.png);;All files (*)"))
        if not names:
            return
        refused: list[str] = []
        for name in names:
            try:
                self.services.photos.add(self.inspection.id, name, item_id=item_id)
            except ServiceError as exc:
                refused.append(f"{Path(name).name}: {exc}")
        if len(refused) < len(names):
            self.changed.emit()
        if refused:
            dialogs.show_message(self, self.tr("Not every photo was added"), "\n".join(refused))

    def _save_details(self) -> None:
        photo = self.photos.get(self.current_id())
        if photo is None or not self.editable:
            return
        caption, item_id = self.caption.text().strip(), self.item.currentData()
        if caption == photo.caption and item_id == photo.item_id:
            return
        try:
            self.services.photos.update(photo.id, caption, item_id, version=photo.version)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not saved"), str(exc))
        self.changed.emit()

    def remove_photo(self) -> None:
        photo = self.photos.get(self.current_id())
        if photo is None or not dialogs.confirm(
                self, self.tr("Remove the photo"),
                self.tr("Remove the photo «{name}» from the inspection?").format(
                    name=photo.caption or photo.filename)):
            return
        try:
            self.services.photos.remove(photo.id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Not removed"), str(exc))
        self.changed.emit()
