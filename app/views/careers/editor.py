"""The career map editor: the form beside a live preview of the printed page, the status
line and the workflow — Save, Send to the council, Return to draft, Approve…, New edition,
Print PDF…, Print….

The preview is the page the PDF writer lays out (services.career_map_reports.page), laid
out off the GUI thread and drawn anew after every successful save, logo change or change of
paper.  A new map shows an empty sheet until it is saved.  A sent or approved map is locked
by the service; the form turns read-only and says why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.formats import format_date
from app.services import Services
from app.services.career_data import CareerMapData, MapStatus, status_label
from app.services.errors import ServiceError
from app.services.participants import MemberRole
from app.services.permissions import Permission
from app.services.tasks import TaskRunner
from app.views import dialogs
from app.views.careers.common import LOCKED_BACKGROUND, MUTED, MapPrinter, PaperChooser
from app.views.careers.editor_actions import MapEditorActions
from app.views.careers.map_form import MapForm
from app.views.careers.preview import PagePreview
from app.views.widgets.background import run_blocking
from app.views.widgets.loader import Loader
from app.views.widgets.page import PagePart
from app.views.widgets.page_actions import icon, standard_text


class CareerMapEditor(MapEditorActions, PagePart):
    """The widgets, the opening, the state and the preview; editor_actions.py holds what the
    buttons do."""

    back = Signal()
    changed = Signal(object)  # the id of the map saved, sent, approved…

    def __init__(self, services: Services, tasks: TaskRunner, parent=None):
        super().__init__(services, tasks, parent)
        self.writable = services.actor.allows(Permission.CAREERS_WRITE)
        self.can_approve = services.actor.allows(Permission.CAREERS_APPROVE)
        self.data = CareerMapData()
        self.dirty = False
        self.printer = MapPrinter(services, tasks, self)
        self.printer.status.connect(self.status)
        self.preview_loader = Loader(tasks, self._prepare_preview, self._preview_arrived,
                                     self._preview_failed)

        self.back_button = QPushButton(self.tr("← Back to the list"))
        self.back_button.clicked.connect(self.go_back)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 13pt;")
        self.title.setWordWrap(True)
        self.state = QLabel()
        self.state.setStyleSheet(MUTED)
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        self.lock_note.setStyleSheet(f"background: {LOCKED_BACKGROUND}; border: 1px solid "
                                     "#e6d28a; border-radius: 4px; padding: 4px 8px;")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.send_button = QPushButton(self.tr("Send to the council"))
        self.send_button.setToolTip(self.tr("The map must be complete; it is locked once sent."))
        self.send_button.clicked.connect(self.send)
        self.return_button = QPushButton(self.tr("Return to draft"))
        self.return_button.setToolTip(self.tr("The council sent the map back for changes."))
        self.return_button.clicked.connect(self.return_to_draft)
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.clicked.connect(self.approve)
        self.edition_button = QPushButton(self.tr("New edition"))
        self.edition_button.setToolTip(self.tr("A draft copy of the approved map to change; "
                                               "this edition stays in force until the new "
                                               "one is approved."))
        self.edition_button.clicked.connect(self.new_edition)
        self.print_button = QPushButton(self.tr("Print PDF…"))
        self.print_button.clicked.connect(self.print_pdf)
        self.paper_print_button = QPushButton(icon("mdi6.printer-outline"),
                                              standard_text("print"))
        self.paper_print_button.setToolTip(self.tr("Print the map on the paper chosen"))
        self.paper_print_button.clicked.connect(self.print_on_paper)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.state)
        top.addLayout(heading, 1)
        for button in (self.save_button, self.send_button, self.return_button,
                       self.approve_button, self.edition_button, self.print_button,
                       self.paper_print_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            button.hide()  # a map's state shows its own few; all of them would widen the window

        self.form = MapForm()
        self.form.edited.connect(self._edited)
        self.form.import_logo.connect(self.import_logo)
        self.form.remove_logo.connect(self.remove_logo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(360)  # the form scrolls; the window stays ≤ 1024 wide
        self.scroll = scroll

        self.paper = PaperChooser()
        self.paper.changed.connect(self._paper_changed)
        self.preview_note = QLabel(self.tr("Preview of the printed page"))
        self.preview_note.setStyleSheet(MUTED)
        self.preview_note.setWordWrap(True)
        self.preview = PagePreview()
        preview_panel = QWidget()
        column = QVBoxLayout(preview_panel)
        column.setContentsMargins(6, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.preview_note, 1)
        bar.addWidget(self.paper)
        column.addLayout(bar)
        column.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(preview_panel)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 640])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.lock_note)
        layout.addWidget(self.splitter, 1)

    # --- opening ---
    def _organizations(self) -> None:
        def fetch(progress, cancelled):  # off the GUI thread: thousands of organizations
            rows = self.services.participants.list_organizations()
            return sorted(rows, key=lambda r: (r.short_name or r.full_name).casefold())

        try:
            rows = run_blocking(self, self.tr("Reading the organizations…"), fetch, self.tasks)
        except ServiceError:
            rows = []

        def items(role: str):
            first = [r for r in rows if r.role == role]
            rest = [r for r in rows if r.role != role]
            return [(r.short_name or r.full_name, r.id, r.full_name) for r in first + rest]

        self.form.set_organizations(items(MemberRole.COLLEGE), items(MemberRole.EMPLOYER))

    def new_map(self) -> None:
        self._organizations()
        self.load(CareerMapData())

    def open_map(self, map_id) -> bool:
        try:
            data = self.services.career_maps.get(map_id)
        except ServiceError as exc:
            dialogs.show_message(self, self.tr("Career maps"), str(exc))
            return False
        self._organizations()
        self.load(data)
        return True

    def load(self, data: CareerMapData) -> None:
        """Show ``data`` as saved (the form, the status, the lock, the preview)."""
        self.data = data
        self.form.fill(data, self._pictures(data))
        self.dirty = False
        self._update_state()
        self.refresh_preview()

    def _pictures(self, data: CareerMapData) -> dict:
        infos = [*data.logos.values(), *(e.logo for e in data.employers if e.logo)]
        pngs = {}
        for info in infos:
            try:
                pngs[info.id] = self.services.career_maps.logo_png(info.id)
            except ServiceError:
                pass  # gone meanwhile: an empty frame
        return pngs

    def _edited(self) -> None:
        self.dirty = True
        self._update_state()

    # --- state ---
    @property
    def editable(self) -> bool:
        return self.writable and self.data.status == MapStatus.DRAFT

    def lock_reason(self) -> str:
        d = self.data
        if not self.writable:
            return self.tr("Your role lets you read career maps, not change them.")
        if d.status == MapStatus.SENT:
            return QCoreApplication.translate(
                "CareerMaps", "The map has been sent to the council: return it to draft to "
                              "change it.")
        if d.status == MapStatus.APPROVED:
            return QCoreApplication.translate(
                "CareerMaps", "The map is approved and locked: start a new edition to "
                              "change it.")
        if d.status == MapStatus.SUPERSEDED:
            return self.tr("This edition has been replaced by a newer one; it stays as it was "
                           "approved.")
        return ""

    def _update_state(self) -> None:
        d = self.data
        saved = d.id is not None
        self.title.setText(f"{d.code} {d.profession}".strip() if saved
                           else self.tr("New career map"))
        if not saved:
            state = self.tr("Not saved yet")
        elif d.status == MapStatus.SENT:
            state = self.tr("{status} on {date} · edition {edition}").format(
                status=status_label(d.status), date=format_date(d.sent_on), edition=d.edition)
        elif d.status in (MapStatus.APPROVED, MapStatus.SUPERSEDED) and d.approved_on:
            state = self.tr("{status}: protocol No. {number} of {date} · edition "
                            "{edition}").format(status=status_label(d.status),
                                                number=d.protocol_no,
                                                date=format_date(d.approved_on),
                                                edition=d.edition)
        else:
            state = self.tr("{status} · edition {edition}").format(
                status=status_label(d.status), edition=d.edition)
        if self.dirty and self.editable:
            state += " · " + self.tr("unsaved changes")
        self.state.setText(state)
        reason = self.lock_reason()
        self.lock_note.setText(reason)
        self.lock_note.setVisible(bool(reason))
        self.form.set_read_only(not self.editable, self.editable)
        draft, sent = d.status == MapStatus.DRAFT, d.status == MapStatus.SENT
        self.save_button.setVisible(self.editable)
        self.send_button.setVisible(self.writable and draft and saved)
        self.return_button.setVisible(self.writable and sent)
        self.approve_button.setVisible(self.can_approve and sent)
        self.edition_button.setVisible(self.writable and d.status == MapStatus.APPROVED)
        self.print_button.setVisible(saved)
        self.paper_print_button.setVisible(saved)

    # --- the preview ---
    def refresh_preview(self) -> None:
        self.preview.set_paper(self.paper.size, self.paper.landscape)
        if self.data.id is None:
            self.preview.set_page(None, self.tr("The page appears here once the map is "
                                                "saved."))
            return
        self.preview_loader.run()

    def _prepare_preview(self):
        reports, map_id = self.services.career_map_reports, self.data.id
        size, landscape = self.paper.size, self.paper.landscape
        return lambda: (map_id, reports.page(map_id, size, landscape))

    def _preview_arrived(self, result) -> None:
        map_id, page = result
        if map_id == self.data.id:
            self.preview.set_page(page)

    def _preview_failed(self, exc: Exception) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        self.preview.set_page(None, str(exc))

    def _paper_changed(self) -> None:
        self.refresh_preview()
