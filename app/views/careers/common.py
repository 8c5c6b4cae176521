"""What the career map views share: the paper chooser (A3/A4, landscape/portrait) and the
printer that writes one map or every approved map to PDF off the GUI thread, or sends one
map to a printer through the print dialog."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.services import Services
from app.services.career_data import ProgrammeKind
from app.services.errors import ServiceError
from app.services.tasks import TaskRunner
from app.views import dialogs, printing

MUTED = "color: #4a5a68;"
LOCKED_BACKGROUND = "#fff4ce"


def kind_label(kind: str) -> str:
    from app.services.base import translate

    return (translate("CareerMaps", "Profession") if kind == ProgrammeKind.PROFESSION
            else translate("CareerMaps", "Specialty"))


def pdf_name(code: str, profession: str) -> str:
    """«15.02.16 Технология машиностроения.pdf», safe on Windows."""
    base = re.sub(r'[\\/:*?"<>|\x00-\x1f«»]+', " ", f"{code} {profession}")
    base = " ".join(base.split())[:90].rstrip(" .")
    return f"{base or 'career-map'}.pdf"


class PaperChooser(QWidget):
    """Paper size and orientation; ``changed`` after either changes."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.size_combo = QComboBox()
        for size in ("A3", "A4"):
            self.size_combo.addItem(size, size)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), True)
        self.orientation.addItem(self.tr("Portrait"), False)
        for combo in (self.size_combo, self.orientation):
            combo.currentIndexChanged.connect(lambda *_a: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Paper:")))
        layout.addWidget(self.size_combo)
        layout.addWidget(self.orientation)

    @property
    def size(self) -> str:
        return self.size_combo.currentData()

    @property
    def landscape(self) -> bool:
        return bool(self.orientation.currentData())

    def set_paper(self, size: str, landscape: bool) -> None:
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(size)))
        self.orientation.setCurrentIndex(0 if landscape else 1)


class MapPrinter(QObject):
    """Print PDF… and Print all approved…: the file or folder is asked on the GUI thread,
    the writing runs off it and says how it went in ``status``."""

    status = Signal(str)
    written = Signal(object)  # a Path or a BatchResult

    def __init__(self, services: Services, tasks: TaskRunner, widget: QWidget):
        super().__init__(widget)
        self.services = services
        self.tasks = tasks
        self.widget = widget

    def print_map(self, map_id, code: str, profession: str, size: str,
                  landscape: bool) -> None:
        name = dialogs.choose_save_file(self.widget, self.tr("Print the career map to PDF"),
                                        pdf_name(code, profession),
                                        self.tr("PDF documents (*.pdf)"))
        if not name:
            return
        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        self.write_map(map_id, Path(name), size, landscape)

    def print_on_paper(self, map_id, code: str, profession: str, size: str,
                       landscape: bool) -> int:
        """The map through the print dialog (its PDF's pages); returns the pages printed."""
        reports = self.services.career_map_reports
        return printing.print_report(
            self.widget, f"{code} {profession}".strip(),
            lambda path: reports.write_pdf(map_id, path, size, landscape))

    def write_map(self, map_id, path: Path, size: str, landscape: bool) -> None:
        reports = self.services.career_map_reports
        self.status.emit(self.tr("Writing the career map…"))
        self.tasks.run(lambda: reports.write_pdf(map_id, path, size, landscape),
                       self._map_written, self._failed)

    def _map_written(self, path) -> None:
        self.status.emit(self.tr("Written: {path}").format(path=path))
        self.written.emit(path)

    def print_approved(self, size: str, landscape: bool) -> None:
        folder = dialogs.choose_folder(self.widget, self.tr(
            "A folder for the approved career maps"), str(Path.home()))
        if folder:
            self.write_approved(Path(folder), size, landscape)

    def write_approved(self, folder: Path, size: str, landscape: bool) -> None:
        reports = self.services.career_map_reports

        def work(progress, cancelled):
            return reports.write_approved(folder, size, landscape, progress=progress)

        self.status.emit(self.tr("Writing the approved career maps…"))
        self.tasks.run(work, self._approved_written, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.status.emit(self.tr("Writing the approved career maps: {done} of {total}…")
                         .format(done=done, total=total))

    def _approved_written(self, result) -> None:
        self.status.emit(self.tr("Written: {count} maps and the combined file {name}").format(
            count=result.maps, name=result.combined.name))
        self.written.emit(result)

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, OSError | ServiceError):
            raise exc
        self.status.emit("")
        dialogs.show_message(self.widget, self.tr("Not printed"), str(exc))
