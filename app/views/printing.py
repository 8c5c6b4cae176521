"""Printing a report through Qt's print dialog.

Every report already has a PDF renderer (reportlab, with the embedded Cyrillic font), so the
printer gets exactly the pages the PDF file has: the PDF is written to a temporary file,
Qt's own PDF module (QtPdf, part of PySide6-Addons) renders each page at the printer's
resolution and the pages are painted onto the QPrinter the user chose.  One path for every
report, and no second layout to keep in step with the PDF.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from app.services.errors import Cancelled, ServiceError
from app.views import dialogs
from app.views.widgets.background import run_blocking

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
MAX_DPI = 300  # enough for text and photos; a 1200 dpi printer would get 16× the pixels


class PrintError(Exception):
    """The PDF could not be read or the printer refused the job (a Russian message)."""


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The print dialog (a seam: tests answer it, as they answer the file dialogs)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print"))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


def print_pdf_file(pdf: Path, printer: QPrinter) -> int:
    """Paint every page of ``pdf`` (or the range chosen in the dialog) onto ``printer``;
    returns the number of pages sent."""
    document = QPdfDocument()
    document.load(str(pdf))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintError(translate("Printing", "The report could not be prepared for printing."))
    first, last = 0, document.pageCount() - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(0, printer.fromPage() - 1)
        last = min(last, max(first, printer.toPage() - 1))
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    sent = 0
    for index in range(first, last + 1):
        points = document.pagePointSize(index)  # the PDF page in points (1/72 inch)
        landscape = points.width() > points.height()
        layout = QPageLayout(QPageSize(QSizeF(points), QPageSize.Unit.Point),
                             QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat:
            # a real printer keeps its paper; only the orientation follows the page
            layout = printer.pageLayout()
            layout.setOrientation(QPageLayout.Orientation.Landscape if landscape
                                  else QPageLayout.Orientation.Portrait)
        if sent == 0:
            printer.setPageLayout(layout)
            if not painter.begin(printer):
                raise PrintError(translate("Printing", "The printer did not accept the job."))
        else:
            printer.setPageLayout(layout)
            printer.newPage()
        target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        target.moveTo(0, 0)
        scale = min(target.width() / points.width(), target.height() / points.height())
        width, height = points.width() * scale, points.height() * scale
        pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        image = document.render(index, pixels)
        painter.drawImage(QRectF(target.x() + (target.width() - width) / 2,
                                 target.y() + (target.height() - height) / 2, width, height),
                          image)
        sent += 1
        QApplication.processEvents()  # a long report keeps the window painted
    painter.end()
    document.close()
    return sent


def print_report(parent: QWidget | None, title: str,
                 write_pdf: Callable[[Path], object]) -> int:
    """Ask for a printer, write the report's PDF with ``write_pdf(path)`` and print it.
    Returns the pages printed (0 when the user cancelled); errors are said to the user."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if not choose_printer(parent, printer):
        return 0
    try:
        # the process id in the name: a later start removes it if this process was killed
        with tempfile.TemporaryDirectory(prefix=f"clusterdesk-print-{os.getpid()}-") as folder:
            pdf = Path(folder) / "report.pdf"
            # the PDF is written off the GUI thread (a long list takes seconds): the window
            # stays painted, with progress and «Отмена» after half a second
            run_blocking(parent, translate("Printing", "Preparing the report for printing…"),
                         lambda progress, cancelled: write_pdf(pdf))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            return print_pdf_file(pdf, printer)
    except Cancelled:
        return 0
    except (ServiceError, PrintError, OSError) as exc:
        log.warning("printing %s failed: %s", title, exc)
        QApplication.restoreOverrideCursor()
        dialogs.show_message(parent, translate("Printing", "Not printed"), str(exc))
        return 0
    finally:
        if QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
