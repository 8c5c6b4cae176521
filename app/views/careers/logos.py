"""Logos and employers in the editor.

``LogoSlot`` shows one logo (the federal project's, the industry's, the college's) as a
thumbnail with Import… and Remove; ``EmployersEditor`` lists the employers taking part —
chosen from the participants or named by hand — each with its logo.  The editor does the
service calls: a logo belongs to a saved map (and a saved employer).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.career_data import EmployerData
from app.views import dialogs
from app.views.careers.common import MUTED
from app.views.widgets.labels import error_label

THUMB = QSize(96, 54)
ROW_THUMB = QSize(64, 30)
ERROR_TEXT = "#b3261e"


def thumbnail(png: bytes | None, size: QSize) -> QPixmap:
    """The logo fitted into ``size`` on white, a thin frame around (blank without one)."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#FFFFFF"))
    painter = QPainter(pixmap)
    image = QImage.fromData(png) if png else QImage()
    if not image.isNull():
        scaled = image.scaled(size.width() - 6, size.height() - 6,
                              Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        painter.drawImage((size.width() - scaled.width()) // 2,
                          (size.height() - scaled.height()) // 2, scaled)
    painter.setPen(QColor("#C9D5E1"))
    painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    painter.end()
    return pixmap


class LogoSlot(QWidget):
    import_requested = Signal(str)  # the slot
    remove_requested = Signal(str)

    def __init__(self, slot: str, caption: str, parent=None):
        super().__init__(parent)
        self.slot = slot
        self.has_logo = False
        self.picture = QLabel()
        self.picture.setFixedSize(THUMB)
        self.picture.setPixmap(thumbnail(None, THUMB))
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("font-weight: 600;")
        self.file_name = QLabel()
        self.file_name.setStyleSheet(MUTED)
        self.file_name.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(lambda: self.import_requested.emit(self.slot))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.slot))
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.caption)
        text.addWidget(self.file_name)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.picture)
        layout.addLayout(text, 1)

    def set_logo(self, filename: str, png: bytes | None) -> None:
        self.has_logo = bool(png)
        self.picture.setPixmap(thumbnail(png, THUMB))
        self.file_name.setText(filename or self.tr("no logo"))
        self.remove_button.setEnabled(self.has_logo)

    def set_writable(self, writable: bool) -> None:
        self.import_button.setVisible(writable)
        self.remove_button.setVisible(writable)


class EmployersEditor(QWidget):
    edited = Signal()
    import_requested = Signal(int)  # the employer's row
    remove_logo_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.employers: list[EmployerData] = []
        self.pngs: dict[object, bytes] = {}  # logo id → PNG
        self.read_only = False
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Logo"), self.tr("Employer")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        dialogs.column_widths(self.table.horizontalHeader(), {0: ROW_THUMB.width() + 12})
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_THUMB.height() + 8)
        self.table.setIconSize(ROW_THUMB)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFixedHeight(150)
        self.table.itemChanged.connect(self._name_changed)
        self.table.currentCellChanged.connect(lambda *_a: self._update())

        self.choice = QComboBox()
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(8)  # room for two buttons beside it
        self.choice.setMaxVisibleItems(20)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the participant chosen as an employer"))
        self.add_button.clicked.connect(self.add_chosen)
        self.add_other_button = QPushButton(self.tr("Add other"))
        self.add_other_button.setToolTip(self.tr("An employer that is not a participant: "
                                                 "type its name in the table"))
        self.add_other_button.clicked.connect(lambda: self.add_employer("", None))
        adding = QHBoxLayout()
        adding.addWidget(self.choice, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.add_other_button)

        self.import_button = QPushButton(self.tr("Logo…"))
        self.import_button.setToolTip(self.tr("Import the employer's logo (PNG, JPEG or SVG)"))
        self.import_button.clicked.connect(lambda: self._emit(self.import_requested))
        self.remove_logo_button = QPushButton(self.tr("Remove logo"))
        self.remove_logo_button.clicked.connect(lambda: self._emit(self.remove_logo_requested))
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move(1))
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(34)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        # two rows: the five buttons side by side are wider than the form under a longer
        # translation
        logo_buttons = QHBoxLayout()
        for button in (self.import_button, self.remove_logo_button):
            logo_buttons.addWidget(button)
        logo_buttons.addStretch(1)
        row_buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        self.write_widgets = (self.choice, self.add_button, self.add_other_button,
                              self.import_button, self.remove_logo_button, self.up_button,
                              self.down_button, self.remove_button)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(adding)
        layout.addWidget(self.table)
        layout.addLayout(logo_buttons)
        layout.addLayout(row_buttons)
        layout.addWidget(self.error)
        self._update()

    def set_organizations(self, organizations: list[tuple[str, object, str]]) -> None:
        """``organizations``: (name, id, full name) of the participants to choose from."""
        self.choice.clear()
        for name, org_id, full in organizations:
            self.choice.addItem(name, org_id)
            self.choice.setItemData(self.choice.count() - 1, full, Qt.ItemDataRole.ToolTipRole)

    # --- rows ---
    def set_employers(self, employers: list[EmployerData], pngs: dict[object, bytes]) -> None:
        self.employers = [EmployerData(e.name, e.organization_id, e.id, e.logo)
                          for e in employers]
        self.pngs = pngs
        self._refill(0 if employers else -1)

    def _refill(self, current: int) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.employers))
        for row, employer in enumerate(self.employers):
            logo = QTableWidgetItem()
            logo.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            png = self.pngs.get(employer.logo.id) if employer.logo else None
            if png:
                logo.setIcon(QIcon(thumbnail(png, ROW_THUMB)))
                logo.setToolTip(employer.logo.filename)
            else:
                logo.setText("—")
                logo.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 0, logo)
            name = QTableWidgetItem(employer.name)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self.read_only:
                flags |= Qt.ItemFlag.ItemIsEditable
            name.setFlags(flags)
            self.table.setItem(row, 1, name)
        self.table.blockSignals(False)
        if 0 <= current < len(self.employers):
            self.table.setCurrentCell(current, 1)
        self._update()

    def _name_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 1 and item.row() < len(self.employers):
            self.employers[item.row()].name = item.text()
            self.table.blockSignals(True)  # the colour change is an item change too
            item.setForeground(QBrush())
            self.table.blockSignals(False)
            self.edited.emit()

    def add_chosen(self) -> None:
        if self.choice.currentIndex() >= 0:
            self.add_employer(self.choice.currentText(), self.choice.currentData())

    def add_employer(self, name: str, organization_id) -> None:
        self.employers.append(EmployerData(name, organization_id))
        self._refill(len(self.employers) - 1)
        if not name:
            self.table.editItem(self.table.item(len(self.employers) - 1, 1))
        self.edited.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.employers):
            del self.employers[row]
            self._refill(min(row, len(self.employers) - 1))
            self.edited.emit()

    def move(self, delta: int) -> None:
        row = self.table.currentRow()
        other = row + delta
        if row < 0 or not 0 <= other < len(self.employers):
            return
        self.employers[row], self.employers[other] = self.employers[other], self.employers[row]
        self._refill(other)
        self.edited.emit()

    def _emit(self, signal) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.employers):
            signal.emit(row)

    def value(self) -> list[EmployerData]:
        return [EmployerData(" ".join(e.name.split()), e.organization_id, e.id, e.logo)
                for e in self.employers]

    # --- errors and locking ---
    def show_errors(self, errors: dict[str, str]) -> None:
        messages = []
        self.table.blockSignals(True)
        for row in range(len(self.employers)):
            message = errors.get(f"employers.{row + 1}.name", "")
            item = self.table.item(row, 1)
            item.setForeground(QBrush(QColor(ERROR_TEXT)) if message else QBrush())
            item.setToolTip(message)
            if message:
                messages.append(self.tr("Employer {number}: {message}").format(
                    number=row + 1, message=message))
        self.table.blockSignals(False)
        if "employers" in errors:
            messages.append(errors["employers"])
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._refill(self.table.currentRow())

    def _update(self) -> None:
        row, count = self.table.currentRow(), len(self.employers)
        for widget in self.write_widgets:
            widget.setVisible(not self.read_only)
        chosen = 0 <= row < count
        employer = self.employers[row] if chosen else None
        self.import_button.setEnabled(chosen)
        self.remove_logo_button.setEnabled(bool(employer and employer.logo))
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < count - 1)
